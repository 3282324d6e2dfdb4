"""Split the text into paragraphs: non-empty lines that are not boilerplate."""
from __future__ import annotations

from ..document import Document, Span
from . import stage


@stage("paragraphs", adds="paragraphs")
def paragraphs(doc: Document) -> Document:
    skip = {(b.start, b.end) for b in doc.boilerplate}
    pos = 0
    for line in doc.text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        lead = len(body) - len(body.lstrip())
        start, end = pos + lead, pos + len(body.rstrip())
        if end > start and (pos, pos + len(body)) not in skip:
            doc.paragraphs.append(Span(start, end, "paragraph"))
        pos += len(line)
    return doc
