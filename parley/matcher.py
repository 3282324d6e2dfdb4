"""Phrase matching over folded text, with word boundaries and optional affixes."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .textnorm import Folded, fold_str

_LETTER = r"[\p{L}\p{M}\p{N}]"


@dataclass
class Match:
    start: int  # original-text offsets
    end: int
    form: str  # the folded form that matched
    payload: dict


class Matcher:
    """Finds lexicon phrases in folded text.

    ``spaced`` languages match whole words, optionally with clitic ``prefixes`` and
    inflectional ``suffixes`` from the language data; unspaced scripts (Chinese,
    Japanese) match anywhere. ``patterns`` are raw regular expressions over folded text.
    """

    def __init__(self, entries: dict[str, dict], *, spaced: bool = True,
                 prefixes: tuple[str, ...] = (), suffixes: tuple[str, ...] = (),
                 patterns: list[tuple[str, dict]] | None = None):
        self.entries: dict[str, dict] = {}
        for form, payload in entries.items():
            key = fold_str(form)
            if key and key not in self.entries:
                self.entries[key] = payload
        self.patterns = [(regex.compile(p), pl) for p, pl in (patterns or [])]
        self._rx = None
        self._bare = None  # the same forms without clitics: an optional prefix must not hide a longer form
        if self.entries:
            alts = "|".join(regex.escape(f) for f in sorted(self.entries, key=len, reverse=True))
            if spaced:
                pre = "|".join(regex.escape(fold_str(p)) for p in sorted(prefixes, key=len, reverse=True))
                suf = "|".join(regex.escape(fold_str(s)) for s in sorted(suffixes, key=len, reverse=True))
                body = (f"(?:{pre})?" if pre else "") + f"(?P<m>{alts})" + (f"(?:{suf})?" if suf else "")
                self._rx = regex.compile(f"(?<!{_LETTER}){body}(?!{_LETTER})")
                if pre:
                    bare = f"(?P<m>{alts})" + (f"(?:{suf})?" if suf else "")
                    self._bare = regex.compile(f"(?<!{_LETTER}){bare}(?!{_LETTER})")
            else:
                self._rx = regex.compile(f"(?P<m>{alts})")

    def __bool__(self) -> bool:
        return bool(self.entries or self.patterns)

    def find(self, folded: Folded) -> list[Match]:
        """All non-overlapping matches, longest first where they overlap."""
        found: list[tuple[int, int, str, dict]] = []
        for rx in (self._rx, self._bare):
            if rx is None:
                continue
            for m in rx.finditer(folded.text, overlapped=True):
                found.append((m.start("m"), m.end("m"), m.group("m"), self.entries[m.group("m")]))
        for rx, payload in self.patterns:
            for m in rx.finditer(folded.text):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), m.group(0), payload))
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
