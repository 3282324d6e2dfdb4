"""Identify the language of each paragraph; documents may mix languages."""
from __future__ import annotations

from collections import Counter

from ..document import Document
from ..langdata import supported_languages
from ..langid import IDENTIFIERS, normalise_code
from ..settings import get
from . import stage

_MIN_CHARS = 25  # shorter paragraphs (titles, captions) take the document's language


@stage("language", adds="paragraph.lang, document.lang")
def language(doc: Document) -> Document:
    identify = IDENTIFIERS[get("language_identifier")]
    hint = normalise_code(doc.lang)
    weights: Counter[str] = Counter()
    for p in doc.paragraphs:
        text = doc.text[p.start:p.end]
        if len(text) >= _MIN_CHARS:
            p.lang = identify(text)[0]
            if hint and p.lang != hint and p.lang not in supported_languages():
                p.lang = hint  # the caller's label beats a guess we could not use anyway
            weights[p.lang] += len(text)
    main = hint or (weights.most_common(1)[0][0] if weights else None)
    if main is None and doc.paragraphs:
        main = identify(doc.text[doc.paragraphs[0].start:doc.paragraphs[-1].end])[0]
    for p in doc.paragraphs:
        if p.lang is None:
            p.lang = main
    doc.lang = main
    return doc
