"""The pipeline: named stages applied in order to one Document."""
from __future__ import annotations

from time import perf_counter

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

        self.timings: dict[str, float] | None = None

    def time_stages(self) -> dict[str, float]:
        """From now on add each stage's wall time (seconds) to the returned dict."""
        self.timings = dict.fromkeys(self.names, 0.0)
        return self.timings

    def __call__(self, doc: Document) -> Document:
        if self.timings is None:
            for fn in self.stages:
                doc = fn(doc)
            return doc
        for name, fn in zip(self.names, self.stages, strict=True):
            t0 = perf_counter()
            doc = fn(doc)
            self.timings[name] += perf_counter() - t0
        return doc
