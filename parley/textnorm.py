"""Normalisation for matching, with a map back to the original characters.

The original text is never changed: ``fold`` returns a folded copy and, for every
character of the copy, the index of the original character it came from, so a match
in the folded text is a span of the original text.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

# Arabic-script letter variants across Arabic, Persian and Urdu, folded for matching only.
_ARABIC_FOLD = {
    "ي": "ی", "ى": "ی", "ئ": "ی", "ے": "ی", "ۓ": "ی",
    "ك": "ک",
    "ة": "ه", "ہ": "ه", "ۂ": "ه", "ۀ": "ه", "ھ": "ه",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ؤ": "و",
}
_DROP = {
    "\u0640",  # tatweel
    "\u200b", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
    "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u00ad",
}
_PUNCT_MAP = {"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "«": '"', "»": '"',
              "‐": "-", "–": "-", "—": "-", "‑": "-", "\u200c": " ", "٬": ",", "،": ","}
# A space before these is dropped, so "quan tâm ." and "quan tâm." fold alike.
_NO_SPACE_BEFORE = set(",.;:!?)]}\"%۔؟")


def _is_arabic_mark(ch: str) -> bool:
    o = ord(ch)
    return 0x064B <= o <= 0x065F or o == 0x0670 or 0x06D6 <= o <= 0x06ED or 0x0610 <= o <= 0x061A


@dataclass
class Folded:
    text: str
    offsets: list[int]  # offsets[i] = index in the original of folded char i; one extra at end
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # matcher hits on this text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) for a folded [start, end) range."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def fold_char(ch: str) -> str:
    """Fold one character for matching (used for lexicon entries and text alike)."""
    if ch in _DROP or _is_arabic_mark(ch):
        return ""
    if ch in _ARABIC_FOLD:
        return _ARABIC_FOLD[ch]
    if "\u0958" <= ch <= "\u095f":
        return unicodedata.normalize("NFD", ch)  # Devanagari nukta letters: one spelling for both forms
    if ch in _PUNCT_MAP:
        return _PUNCT_MAP[ch]
    if ch.isspace():
        return " "
    if ch.isdigit() and not ch.isascii():
        d = unicodedata.digit(ch, None)
        if d is not None:
            return str(d)
    out = ch.casefold()
    return out.replace("\u0307", "") if len(out) > 1 else out


# fold_char results by character: folding is the hot loop of every stage.
_CHAR_CACHE: dict[str, str] = {}


def _folded_char(ch: str) -> str:
    f = _CHAR_CACHE.get(ch)
    if f is None:
        f = _CHAR_CACHE[ch] = fold_char(ch)
    return f


class _OneToOne(dict):
    """str.translate table: each character to its single-character fold, filled on demand."""

    def __missing__(self, o: int) -> str:
        f = _folded_char(chr(o))
        self[o] = f
        return f


_TABLE = _OneToOne()


@lru_cache(maxsize=1)
def _special() -> regex.Pattern:
    """Characters whose fold is not exactly one character (dropped, expanded, spaces other
    than U+0020, combining marks) and so need the character-by-character path."""
    odd = [chr(o) for o in range(0x80, 0x10000)
           if not 0xD800 <= o <= 0xDFFF and len(_folded_char(chr(o))) != 1]
    cls = "".join(regex.escape(c) for c in odd)
    return regex.compile(f"[{cls}\\p{{M}}\\t\\n\\r\\f\\v]")


# After translation: what the slow path would collapse or drop.
_SPACING = regex.compile(r"  |^ | $| [" + regex.escape("".join(sorted(_NO_SPACE_BEFORE))) + "]")


def fold(text: str, start: int = 0, end: int | None = None) -> Folded:
    """Fold ``text[start:end]``; offsets are indexes into the whole ``text``."""
    end = len(text) if end is None else end
    # Fast path, most sentences: one folded character per original character.
    if not _special().search(text, start, end):
        out = text[start:end].translate(_TABLE)
        if len(out) == end - start and not _SPACING.search(out):
            return Folded(out, list(range(start, end + 1)))
    return _fold_slow(text, start, end)


def _fold_slow(text: str, start: int, end: int) -> Folded:
    out: list[str] = []
    offs: list[int] = []
    cache = _CHAR_CACHE
    combining = unicodedata.combining
    for i in range(start, end):
        ch = text[i]
        f = cache.get(ch)
        if f is None:
            f = _folded_char(ch)
        if ch >= "\u0300" and combining(ch) and out and not _is_arabic_mark(ch):
            # Compose decomposed Latin/Vietnamese diacritics onto the previous letter.
            composed = unicodedata.normalize("NFC", out[-1] + ch)
            if len(composed) == 1:
                out[-1] = composed.casefold()
                continue
        if len(f) == 1 and f != " " and f not in _NO_SPACE_BEFORE:
            out.append(f)
            offs.append(i)
            continue
        for c in f:
            if c == " ":
                if not out or out[-1] == " ":
                    continue
            elif c in _NO_SPACE_BEFORE and out and out[-1] == " ":
                out.pop()
                offs.pop()
            out.append(c)
            offs.append(i)
    while out and out[-1] == " ":
        out.pop()
        offs.pop()
    offs.append(end)
    return Folded("".join(out), offs)


@lru_cache(maxsize=1 << 16)
def fold_str(s: str) -> str:
    """Fold a lexicon entry the same way text is folded."""
    return fold(unicodedata.normalize("NFC", s)).text
