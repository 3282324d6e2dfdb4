"""The pipeline: named stages applied in order to one Document."""
from __future__ import annotations

from .document import Document
from .settings import get
from .stages import REGISTRY, clean, dates, events, language, mentions, paragraphs, places, sentences  # noqa: F401


class Pipeline:
    def __init__(self, stages: list[str] | None = None):
        names = stages or [s for s in str(get("stages")).split(",") if s]
        unknown = [n for n in names if n not in REGISTRY]
        if unknown:
            raise ValueError(f"unknown stage(s) {unknown}; known: {sorted(REGISTRY)}")
        self.names = names
        self.stages = [REGISTRY[n] for n in names]

    def __call__(self, doc: Document) -> Document:
        for fn in self.stages:
            doc = fn(doc)
        return doc
