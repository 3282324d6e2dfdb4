"""Coding speed on the NTREX corpus in the project languages: one core, then Dask.

usage: python benchmarks/bench_extract.py [NTREX_DIR] [--langs eng,urd,...] [--no-dask]

Part 1 codes every document in this process and prints documents/s, sentences/s and
characters/s per language and overall, the one-off start-up (language data, city index,
identifier model) and the peak resident memory. Part 2 codes the same files with
``--engine dask`` on a LocalCluster of 1 and then 2 worker processes, checks that the
events equal the single-process run, and prints the speed-up. Run from the project root.
"""
from __future__ import annotations

import json
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

DEFAULT_LANGS = "eng,urd,arb,fas,vie,fra,spa,rus,zho-CN,jpn,ind,hin,tur"


def _startup() -> float:
    """Load what every process loads once: language data, city index, identifier model."""
    from parley.langdata import load, supported_languages
    from parley.langid import py3langid_identify
    from parley.settings import get
    from parley.stages.places import city_index
    t0 = time.perf_counter()
    for lang in supported_languages():
        load(lang)
    city_index(int(get("min_city_population")))
    py3langid_identify("warm up")
    return time.perf_counter() - t0


def one_core(files: list[str]) -> tuple[list[dict], float]:
    from parley.extract import code_items
    from parley.pipeline import Pipeline
    from parley.readers import Skipped, read_paths

    startup = _startup()
    pipeline = Pipeline()
    stage_times = pipeline.time_stages()
    sentences_seen = 0

    def counting(doc):
        nonlocal sentences_seen
        doc = pipeline(doc)
        sentences_seen += len(doc.sentences)
        return doc

    rows = []
    records: list[dict] = []
    for f in files:
        docs = [d for d in read_paths([f]) if not isinstance(d, Skipped)]
        chars = sum(len(d.text) for d in docs)
        sentences_seen = 0
        t0 = time.perf_counter()
        coded = list(code_items(docs, pipeline=counting))
        dt = time.perf_counter() - t0
        records += [r for c in coded if c.records for r in c.records]
        lang = coded[0].item.lang if coded else "?"
        rows.append((lang, len(docs), sentences_seen, chars, dt))
    total = [sum(r[i] for r in rows) for i in (1, 2, 3, 4)]
    print(f"{'lang':6} {'docs':>6} {'sents':>7} {'chars':>9} {'docs/s':>8} {'sents/s':>8} {'kchar/s':>8}")
    for lang, n, s, c, dt in rows + [("ALL", *total)]:
        print(f"{lang:6} {n:6d} {s:7d} {c:9d} {n / dt:8.1f} {s / dt:8.0f} {c / dt / 1000:8.0f}")
    n, s, c, dt = total
    wall = dt + startup
    print(f"one core: {n} documents, {len(records)} events; coding {dt:.2f} s + start-up {startup:.2f} s; "
          f"with start-up {n / wall:.1f} documents/s, {s / wall:.0f} sentences/s")
    print("time per stage (s): " + ", ".join(f"{k} {v:.2f}" for k, v in stage_times.items()))
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return records, wall


def on_dask(files: list[str], workers: int) -> tuple[list[dict], float]:
    from parley.extract import extract
    t0 = time.perf_counter()
    records = list(extract(files, engine="dask", workers=workers))
    return records, time.perf_counter() - t0


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 and not argv[1].startswith("--") else Path("../shared/corpus/ntrex")
    langs = argv[argv.index("--langs") + 1] if "--langs" in argv else DEFAULT_LANGS
    files = [str(root / f"{code}.jsonl") for code in langs.split(",")]
    records, wall = one_core(files)
    if "--no-dask" in argv:
        return 0
    key = [json.dumps(r, sort_keys=True) for r in records]
    times: dict[int, float] = defaultdict(float)
    for workers in (1, 2):
        dask_records, times[workers] = on_dask(files, workers)
        same = [json.dumps(r, sort_keys=True) for r in dask_records] == key
        print(f"dask, {workers} worker process{'es' if workers > 1 else ''}: {times[workers]:.2f} s wall "
              f"(cluster start and worker start-up included), {len(dask_records)} events, "
              f"{'identical to' if same else 'DIFFERENT from'} the one-core run")
        if not same:
            return 1
    print(f"speed-up 1 -> 2 workers: {times[1] / times[2]:.2f}x (one core in-process: {wall:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
