"""Library entry point: documents in, PLOVER records out."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

from .document import Document
from .errors import UnsupportedLanguage
from .langdata import supported_languages
from .pipeline import Pipeline
from .plover import to_record
from .readers import Skipped, read_paths


@dataclass
class Report:
    documents: int = 0
    events: int = 0
    languages: dict[str, int] = field(default_factory=dict)
    skipped: list[Skipped] = field(default_factory=list)


def extract_document(doc: Document, pipeline: Pipeline | None = None) -> list[dict]:
    """Run the pipeline over one document and return its event records."""
    doc = (pipeline or Pipeline())(doc)
    return [to_record(doc, ev) for ev in doc.events]


def extract(paths: list[str], report: Report | None = None, with_sentence: bool = False) -> Iterator[dict]:
    """Event records for every document under ``paths``; problems are noted in ``report``."""
    report = report if report is not None else Report()
    pipeline = Pipeline()
    for item in read_paths(paths):
        if isinstance(item, Skipped):
            report.skipped.append(item)
            print(f"skipped {item.source}: {item.reason}", file=sys.stderr)
            continue
        doc = pipeline(item)
        if doc.lang not in supported_languages():
            reason = str(UnsupportedLanguage(doc.lang, supported_languages()))
            report.skipped.append(Skipped(doc.id, reason))
            print(f"skipped {doc.id}: {reason}", file=sys.stderr)
            continue
        report.documents += 1
        report.languages[doc.lang] = report.languages.get(doc.lang, 0) + 1
        for ev in doc.events:
            rec = to_record(doc, ev)
            if with_sentence:
                rec["_sentence"] = doc.sentence_text(ev.sentence)
            report.events += 1
            yield rec


def explain(paths: list[str]) -> Iterator[str]:
    """For each event: its English rendering, the marked evidence and the rule that fired."""
    from .render import explain as render_explain
    pipeline = Pipeline()
    for item in read_paths(paths):
        if isinstance(item, Skipped):
            yield f"skipped {item.source}: {item.reason}"
            continue
        doc = pipeline(item)
        yield f"== {doc.id} ({doc.lang}): {len(doc.events)} events"
        for ev in doc.events:
            yield render_explain(doc.text, to_record(doc, ev))
