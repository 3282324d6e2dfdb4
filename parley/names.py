"""Person names across scripts: romanisation, phonetic keys, and which spelling to show.

Arabic-script spellings drop short vowels and write v as w, so keys compare consonant
skeletons of romanised names, after folding the digraphs that scripts render
differently (Vietnamese x/gi, Arabic تش for "ch", Persian ژ for "zh").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Applied in order to a lower-case romanisation.
_DIGRAPHS = [("tsh", "c"), ("tch", "c"), ("sch", "s"), ("ch", "c"), ("sh", "s"), ("zh", "j"), ("kh", "k"),
             ("gh", "g"), ("th", "t"), ("ph", "f"), ("gi", "j"), ("dh", "d"), ("ts", "c"), ("x", "s"), ("q", "k"),
             ("z", "j"), ("ck", "k"), ("c", "k"), ("ng", "n")]
_DROP = set("aeiouywhv'`-")


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def latin(name: str) -> str:
    """A Latin-script rendering without diacritics. A Chinese name of two to four
    characters reads as family name and given name, in pinyin: 李英浩 -> "Li Yinghao"."""
    compact = name.replace(" ", "")
    if 2 <= len(compact) <= 4 and all(_is_han(c) for c in compact):
        syllables = [anyascii(c) for c in compact]
        return f"{syllables[0]} {''.join(syllables[1:]).lower()}"
    return " ".join(anyascii(name).split())


def is_latin(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


@lru_cache(maxsize=1 << 16)
def token_keys(name: str) -> tuple[str, ...]:
    """Consonant skeleton of each word: 'Hoàng Xuân Chiến' and 'ہونگ شوان چیان' -> ('n', 'sn', 'kn')."""
    out = []
    for word in re.split(r"[\s\-]+", latin(name).lower()):
        w = re.sub(r"[^a-z]", "", word)
        for a, b in _DIGRAPHS:
            w = w.replace(a, b)
        key = "".join(c for c in w if c not in _DROP)
        key = re.sub(r"(.)\1+", r"\1", key)
        if key:
            out.append(key)
    return tuple(out)


def person_key(name: str) -> str:
    return " ".join(token_keys(name))


def same_person(a: str, b: str) -> bool:
    """Same person's name in two spellings: every word's skeleton agrees (short names need all words)."""
    ka, kb = token_keys(a), token_keys(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if len(ka) == len(kb) >= 2:
        # Scripts disagree on one sound now and then (Persian ژ or گ for Vietnamese x and gi):
        # one word may differ by one letter of the same length.
        diffs = [(x, y) for x, y in zip(ka, kb, strict=True) if x != y]
        if len(diffs) == 1:
            x, y = diffs[0]
            if len(x) == len(y) >= 2 and sum(c != d for c, d in zip(x, y, strict=True)) == 1:
                return True
    # A two-word form of a three-word name ("Varela" vs "Juan Carlos Varela") links only on
    # the family name plus one more word.
    short, long_ = (ka, kb) if len(ka) < len(kb) else (kb, ka)
    return len(short) >= 2 and all(k in long_ for k in short) and short[-1] == long_[-1]


def display(name: str) -> str:
    """The name as shown: Latin letters, no diacritics, words capitalised."""
    return " ".join(w[:1].upper() + w[1:] for w in latin(name).split())
