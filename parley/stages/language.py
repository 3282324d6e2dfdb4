"""Identify the language of each paragraph; documents may mix languages.

The document is identified once, on a sample. Paragraphs written in the document's
script take its language; a paragraph in another script (the Urdu translation under an
English article) is identified on its own. So identification runs about once per
document, not once per paragraph, and a bilingual document still splits by script.
"""
from __future__ import annotations

import unicodedata
from collections import Counter

from ..document import Document
from ..langdata import supported_languages
from ..langid import IDENTIFIERS, normalise_code
from ..settings import get
from . import stage

_MIN_CHARS = 25  # shorter paragraphs (titles, captions) take the document's language
_SAMPLE = 600  # characters of the document the document-level guess reads (cost is per character)
_SCRIPT_CHARS = 200  # characters read to tell a paragraph's script
_SCRIPTS: dict[str, str] = {}
# Japanese writes with Han and kana together; Chinese with Han alone: one group.
_SCRIPT_GROUP = {"CJK": "HAN", "HIRAGANA": "HAN", "KATAKANA": "HAN", "HALFWIDTH": "HAN"}


def _script(ch: str) -> str:
    s = _SCRIPTS.get(ch)
    if s is None:
        word = unicodedata.name(ch, "?").split(" ")[0]
        s = _SCRIPTS[ch] = _SCRIPT_GROUP.get(word, word)
    return s


def script_of(text: str) -> str | None:
    """The script most letters at the start of ``text`` are written in (LATIN, ARABIC, HAN...)."""
    counts = Counter(map(_script, filter(str.isalpha, text[:_SCRIPT_CHARS])))
    return counts.most_common(1)[0][0] if counts else None


@stage("language", adds="paragraph.lang, document.lang")
def language(doc: Document) -> Document:
    identify = IDENTIFIERS[get("language_identifier")]
    hint = normalise_code(doc.lang)
    long_paras = [(p, script_of(doc.text[p.start:p.end])) for p in doc.paragraphs if p.end - p.start >= _MIN_CHARS]

    def usable(guess: str | None) -> str | None:
        # The caller's label beats a guess we could not use anyway.
        return hint if hint and guess != hint and guess not in supported_languages() else guess

    # The document-level guess: its main script and the language of a sample in that script.
    scripts: Counter[str] = Counter()
    for p, sc in long_paras:
        scripts[sc] += p.end - p.start
    main_script = scripts.most_common(1)[0][0] if scripts else None
    sample = " ".join(doc.text[p.start:p.end] for p, sc in long_paras if sc == main_script)[:_SAMPLE]
    doc_guess = usable(identify(sample)[0]) if sample else None
    weights: Counter[str] = Counter()
    for p, sc in long_paras:
        p.lang = doc_guess if sc == main_script and doc_guess else usable(identify(doc.text[p.start:p.end])[0])
        weights[p.lang] += p.end - p.start
    main = hint or (weights.most_common(1)[0][0] if weights else None)
    if main is None and doc.paragraphs:
        main = identify(doc.text[doc.paragraphs[0].start:doc.paragraphs[-1].end])[0]
    for p in doc.paragraphs:
        if p.lang is None:
            p.lang = main
    doc.lang = main
    return doc
