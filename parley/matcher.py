"""Phrase matching over folded text, with word boundaries and optional affixes."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import ahocorasick
import regex

from .textnorm import Folded, fold_str


@dataclass
class Match:
    start: int  # original-text offsets
    end: int
    form: str  # the folded form that matched
    payload: dict


def _group_end(p: str, i: int) -> int:
    """Index of the parenthesis closing the group opened at ``p[i]`` (-1 if none)."""
    depth, esc, in_class = 0, False, False
    for j in range(i, len(p)):
        c = p[j]
        if esc:
            esc = False
        elif c == "\\":
            esc = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
    return -1


def _lookahead_first(p: str) -> str:
    """``(?<=CONTEXT)BODY`` -> ``(?=BODY)(?<=CONTEXT)BODY``: the same matches, but the costly
    variable-length look-behind ("a future word up to 80 characters before") is tried only
    where the body can match, not at every position of the text."""
    if not p.startswith("(?<="):
        return p
    j = _group_end(p, 0)
    body = p[j + 1:]
    if j < 0 or not body or "(?P<" in body:
        return p
    return f"(?={body}){p[:j + 1]}{body}"


_LETTERS: dict[str, bool] = {}


def _is_letter(ch: str) -> bool:
    """The regex class [\\p{L}\\p{M}\\p{N}], cached: word boundaries are checked per hit."""
    v = _LETTERS.get(ch)
    if v is None:
        v = _LETTERS[ch] = ch.isalnum() or unicodedata.category(ch)[0] == "M"
    return v


class Matcher:
    """Finds lexicon phrases in folded text.

    ``spaced`` languages match whole words, optionally with clitic ``prefixes`` and
    inflectional ``suffixes`` from the language data; unspaced scripts (Chinese,
    Japanese) match anywhere. ``patterns`` are raw regular expressions over folded text.

    Forms are found with an Aho-Corasick automaton (every occurrence of every form in one
    pass over the text), shared by the matchers of a ``group``; word boundaries and affixes
    are then checked at each hit.
    """

    def __init__(self, entries: dict[str, dict], *, spaced: bool = True,
                 prefixes: tuple[str, ...] = (), suffixes: tuple[str, ...] = (),
                 patterns: list[tuple[str, dict]] | None = None, group: MatcherGroup | None = None):
        self.entries: dict[str, dict] = {}
        for form, payload in entries.items():
            key = fold_str(form)
            if key and key not in self.entries:
                self.entries[key] = payload
        self.patterns = [(regex.compile(_lookahead_first(p)), pl) for p, pl in (patterns or [])]
        self.spaced = spaced
        self.prefixes = tuple(p for p in (fold_str(p) for p in prefixes) if p)
        self.suffixes = tuple(s for s in (fold_str(s) for s in suffixes) if s)
        # A matcher on its own is a group of one: the scan is the same either way.
        self._group, self._gid = group or MatcherGroup(), -1
        self._group.add(self)

    def __bool__(self) -> bool:
        return bool(self.entries or self.patterns)

    def _left_ok(self, text: str, s: int) -> bool:
        if s == 0 or not _is_letter(text[s - 1]):
            return True
        for p in self.prefixes:  # a clitic glued to the word: "وال", "l'"
            b = s - len(p)
            if b >= 0 and text.startswith(p, b) and (b == 0 or not _is_letter(text[b - 1])):
                return True
        return False

    def _right_ok(self, text: str, e: int) -> bool:
        n = len(text)
        if e == n or not _is_letter(text[e]):
            return True
        for suf in self.suffixes:
            b = e + len(suf)
            if text.startswith(suf, e) and (b == n or not _is_letter(text[b])):
                return True
        return False

    def find(self, folded: Folded) -> list[Match]:
        """All non-overlapping matches, longest first where they overlap."""
        text = folded.text
        found = list(self._group.hits(folded)[self._gid])
        if not found and not self.patterns:
            return []
        for rx, payload in self.patterns:
            for m in rx.finditer(text):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), m.group(0), payload))
        if not found:
            return []
        found.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
        taken: list[tuple[int, int]] = []
        out: list[Match] = []
        for s, e, form, payload in found:
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            os_, oe = folded.span(s, e)
            out.append(Match(os_, oe, form, payload))
        out.sort(key=lambda m: m.start)
        return out

    def search(self, folded: Folded) -> bool:
        return bool(self.find(folded))


class MatcherGroup:
    """The matchers of one language, scanned together: one automaton pass over a sentence
    finds the forms of all of them (countries, offices, triggers, every marker), and the
    hits are remembered on the folded sentence for each member's ``find``."""

    def __init__(self) -> None:
        self.members: list[Matcher] = []
        self._ac = None

    def add(self, matcher: Matcher) -> None:
        matcher._gid = len(self.members)
        self.members.append(matcher)
        self._ac = None

    def _automaton(self):
        if self._ac is None:
            owners: dict[str, list[int]] = {}
            for gid, m in enumerate(self.members):
                for key in m.entries:
                    owners.setdefault(key, []).append(gid)
            ac = ahocorasick.Automaton()
            for key, gids in owners.items():
                ac.add_word(key, (key, tuple(gids)))
            if owners:
                ac.make_automaton()
            self._ac = ac if owners else False
        return self._ac

    def hits(self, folded: Folded) -> list[list[tuple[int, int, str, dict]]]:
        """Per member, the (start, end, form, payload) of every boundary-respecting hit."""
        memo = folded.memo.get(id(self))
        if memo is not None:
            return memo
        memo = [[] for _ in self.members]
        ac, text = self._automaton(), folded.text
        if ac and text:
            for last, (key, gids) in ac.iter(text):
                e = last + 1
                s = e - len(key)
                for gid in gids:
                    m = self.members[gid]
                    if not m.spaced or (m._left_ok(text, s) and m._right_ok(text, e)):
                        memo[gid].append((s, e, key, m.entries[key]))
        folded.memo[id(self)] = memo
        return memo
