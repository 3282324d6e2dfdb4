"""Split paragraphs into sentences, with each language's terminators and abbreviations."""
from __future__ import annotations

import regex

from ..document import Document, Sentence
from ..errors import UnsupportedLanguage
from ..langdata import load
from . import stage

_CLOSERS = "\"')]}»”’"
_CJK_END = "。！？"


def _is_abbreviation(text: str, dot: int, abbreviations: tuple[str, ...]) -> bool:
    # Only the word before the dot matters: a bounded window keeps this linear in the text.
    word = regex.search(r"[\p{L}.]+$", text[max(0, dot - 40):dot + 1])
    if not word:
        return False
    w = word.group(0)
    if w in abbreviations or regex.fullmatch(r"(?:\p{Lu}\.)+", w):
        return True
    return False


def split(text: str, start: int, end: int, terminators: str, abbreviations: tuple[str, ...]):
    """Yield (start, end) of sentences in text[start:end]."""
    ends = set(terminators) | set(_CJK_END) | {"۔", "؟", "।"}
    i, s = start, start
    while i < end:
        ch = text[i]
        if ch in ends:
            j = i + 1
            while j < end and (text[j] in ends or text[j] in _CLOSERS):
                j += 1
            boundary = j >= end or text[j].isspace() or ch in _CJK_END
            if ch == "." and boundary and _is_abbreviation(text, i, abbreviations):
                boundary = False
            if ch == "." and i + 1 < end and text[i + 1].isdigit():
                boundary = False
            if boundary:
                if text[s:j].strip():
                    yield s, j
                while j < end and text[j].isspace():
                    j += 1
                s = i = j
                continue
        i += 1
    if text[s:end].strip():
        yield s, end


@stage("sentences", adds="sentences")
def sentences(doc: Document) -> Document:
    for pi, p in enumerate(doc.paragraphs):
        try:
            data = load(p.lang)
            terms, abbr = data.sentence_end, data.abbreviations
        except UnsupportedLanguage:
            terms, abbr = ".!?", ()
        for s, e in split(doc.text, p.start, p.end, terms, abbr):
            doc.sentences.append(Sentence(len(doc.sentences), s, e, p.lang, pi))
    return doc
