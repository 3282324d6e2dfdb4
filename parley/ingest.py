"""Ingest documents into the store: read, code, commit each document with its events."""
from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field

from .extract import code_paths
from .readers import Skipped
from .store import Store


@dataclass
class IngestReport:
    documents: int = 0
    duplicates: int = 0
    events: int = 0
    languages: Counter = field(default_factory=Counter)
    unsupported: Counter = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    read: int = 0

    def summary(self) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        lines = [f"{self.read} inputs read in {self.seconds:.0f} s ({rate:.1f}/s): {self.documents} documents stored, "
                 f"{self.duplicates} already stored, {self.events} events, {len(self.skipped)} skipped"]
        if self.languages:
            lines.append("languages: " + ", ".join(f"{k} {v}" for k, v in self.languages.most_common()))
        if self.unsupported:
            lines.append("unsupported languages (skipped): " +
                         ", ".join(f"{k or 'unknown'} {v}" for k, v in self.unsupported.most_common()))
        reasons = Counter(s.reason.split(";")[0].split(" (")[0] for s in self.skipped
                          if "not supported" not in s.reason)
        for reason, n in reasons.most_common(10):
            lines.append(f"skipped {n}: {reason}")
        return "\n".join(lines)


def ingest(paths: list[str], store: Store, progress: bool = True, engine: str = "local",
           scheduler: str | None = None, workers: int | None = None) -> IngestReport:
    """Code every document under ``paths`` into ``store``; safe to rerun after a crash.
    With ``engine="dask"`` documents are coded on Dask workers and stored here, in input order."""
    from .actors import actors
    report = IngestReport()
    store.load_dictionary(actors())
    t0 = last = time.perf_counter()
    seen = 0
    # Already stored documents are not coded again (in this process; Dask workers cannot
    # see the store, and the duplicate is caught when it is stored).
    coded_stream = code_paths(paths, engine=engine, scheduler=scheduler, workers=workers,
                              skip=lambda doc: store.has_document(doc.text))
    for coded in coded_stream:
        item = coded.item
        seen += 1
        if isinstance(item, Skipped):
            report.skipped.append(item)
            store.add_skipped(item.source, item.reason)
            if item.unsupported_lang:
                report.unsupported[item.unsupported_lang] += 1
            else:
                print(f"skipped {item.source}: {item.reason}", file=sys.stderr)
            continue
        if coded.records is None or not store.add_document(item, coded.records, source=None):
            report.duplicates += 1
            continue
        report.documents += 1
        report.events += len(coded.records)
        report.languages[item.lang] += 1
        now = time.perf_counter()
        if progress and now - last >= 2:
            last = now
            print(f"\r{seen} read, {report.documents} stored, {report.documents / (now - t0):.1f} documents/s",
                  end="", file=sys.stderr, flush=True)
    report.seconds = time.perf_counter() - t0
    report.read = seen
    if progress and report.seconds >= 2:
        print(file=sys.stderr)
    return report

