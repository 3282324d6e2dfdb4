"""Library entry point: documents in, PLOVER records out."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
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


@dataclass
class Coded:
    """One input after coding: a document with its event records, or why it was skipped."""

    item: Document | Skipped
    records: list[dict] | None = None  # None when skipped or in an unsupported language


def code_items(items: Iterable[Document | Skipped], pipeline: Pipeline | None = None,
               with_sentence: bool = False, skip: Callable[[Document], bool] | None = None) -> Iterator[Coded]:
    """Code each document; documents in unsupported languages come back as Skipped.
    ``skip(doc)`` true leaves a document uncoded (records None), e.g. when already stored."""
    pipeline = pipeline or Pipeline()
    for item in items:
        if isinstance(item, Skipped) or (skip is not None and skip(item)):
            yield Coded(item)
            continue
        doc = pipeline(item)
        if doc.lang not in supported_languages():
            yield Coded(Skipped(doc.id, str(UnsupportedLanguage(doc.lang, supported_languages())),
                                unsupported_lang=doc.lang or "unknown"))
            continue
        records = []
        for ev in doc.events:
            rec = to_record(doc, ev)
            if with_sentence:
                rec["_sentence"] = doc.sentence_text(ev.sentence)
            records.append(rec)
        # Only what the store and the report need travels on (and across the network).
        yield Coded(Document(id=doc.id, text=doc.text, lang=doc.lang, url=doc.url, title=doc.title,
                             published=doc.published), records)


def code_paths(paths: list[str], with_sentence: bool = False, engine: str = "local",
               scheduler: str | None = None, workers: int | None = None,
               skip: Callable[[Document], bool] | None = None) -> Iterator[Coded]:
    """Code every input under ``paths``, in input order, in this process or on Dask."""
    if engine == "dask":
        from .dask_engine import code_on_dask
        yield from code_on_dask(paths, with_sentence=with_sentence, scheduler=scheduler, workers=workers)
    elif engine == "local":
        yield from code_items(read_paths(paths), with_sentence=with_sentence, skip=skip)
    else:
        raise ValueError(f"unknown engine {engine!r}; use 'local' or 'dask'")


def extract(paths: list[str], report: Report | None = None, with_sentence: bool = False,
            engine: str = "local", scheduler: str | None = None, workers: int | None = None) -> Iterator[dict]:
    """Event records for every document under ``paths``; problems are noted in ``report``."""
    report = report if report is not None else Report()
    for coded in code_paths(paths, with_sentence, engine, scheduler, workers):
        item = coded.item
        if isinstance(item, Skipped):
            report.skipped.append(item)
            print(f"skipped {item.source}: {item.reason}", file=sys.stderr)
            continue
        report.documents += 1
        report.languages[item.lang] = report.languages.get(item.lang, 0) + 1
        report.events += len(coded.records)
        yield from coded.records


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
