"""Mark boilerplate lines (sources, comment counters, notices) so later stages skip them."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from ..document import Document, Span
from . import stage


@lru_cache(maxsize=1)
def _patterns() -> list[re.Pattern]:
    raw = yaml.safe_load((resources.files("parley") / "data" / "boilerplate.yaml").read_text("utf-8"))
    return [re.compile(p, re.IGNORECASE) for p in raw["lines"]]


def is_boilerplate(line: str) -> bool:
    s = line.strip()
    return bool(s) and any(p.search(s) for p in _patterns())


@stage("clean", adds="boilerplate")
def clean(doc: Document) -> Document:
    pos = 0
    for line in doc.text.splitlines(keepends=True):
        if is_boilerplate(line):
            doc.boilerplate.append(Span(pos, pos + len(line.rstrip("\r\n")), "boilerplate"))
        pos += len(line)
    return doc
