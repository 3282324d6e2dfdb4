"""Throughput and memory of `extract` over the NTREX corpus (project languages only).

usage: python benchmarks/bench_extract.py [NTREX_DIR] [--langs eng,urd,...]
Prints documents/s, characters/s and peak RSS. Run from the project root.
"""
from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

from parley.extract import Report, extract

DEFAULT_LANGS = "eng,urd,arb,fas,vie,fra,spa,rus,zho-CN,jpn,ind,hin,tur"


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 and not argv[1].startswith("--") else Path("../shared/corpus/ntrex")
    langs = argv[argv.index("--langs") + 1] if "--langs" in argv else DEFAULT_LANGS
    files = [str(root / f"{code}.jsonl") for code in langs.split(",")]
    chars = sum(len(line) for f in files for line in open(f, encoding="utf-8"))
    report = Report()
    t0 = time.perf_counter()
    n_events = sum(1 for _ in extract(files, report))
    dt = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{report.documents} documents, {n_events} events in {dt:.1f} s: "
          f"{report.documents / dt:.1f} documents/s, {chars / dt / 1000:.0f} kchar/s, peak RSS {peak_mb:.0f} MB")
    for lang, n in sorted(report.languages.items()):
        print(f"  {lang}: {n} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
