"""The ``parley`` command: thin wrappers over library functions of the same name."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .extract import Report, extract
from .table import render


def cmd_extract(args) -> int:
    report = Report()
    from .export import write, write_parts
    from .link import link_records
    records = link_records(list(extract(args.paths, report, with_sentence=True, engine=args.engine,
                                        scheduler=args.scheduler, workers=args.workers)))
    target = args.output
    if target and (target.endswith(("/", "\\")) or Path(target).is_dir()):
        parts = write_parts(records, target, "parquet" if args.format == "parquet" else "plover", args.part_size)
        _extract_summary(report, f"{target} ({len(parts)} part files)")
        return 0
    if target and (args.format == "parquet" or target.endswith(".parquet") and args.format is None):
        write(records, "parquet", target)
        _extract_summary(report, target)
        return 0
    if target or not args.table:
        out = open(target, "w", encoding="utf-8") if target else sys.stdout
        try:
            write(records, "plover", out)
        finally:
            if target:
                out.close()
    if args.table:
        print(render(records))
    _extract_summary(report, target)
    return 0


def _extract_summary(report: Report, output: str | None) -> None:
    langs = ", ".join(f"{k} {v}" for k, v in sorted(report.languages.items()))
    print(f"{report.documents} documents ({langs}), {report.events} events, "
          f"{len(report.skipped)} skipped" + (f"; events written to {output}" if output else ""),
          file=sys.stderr)


def _engine_options(p) -> None:
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="code in this process (local) or on Dask workers (dask)")
    p.add_argument("--scheduler", help="with --engine dask: address of a running Dask scheduler, "
                                       "e.g. tcp://10.0.0.5:8786 (default: a local cluster)")
    p.add_argument("--workers", type=int, help="with --engine dask and no --scheduler: worker processes "
                                               "(default: one per core)")


def cmd_show(args) -> int:
    if args.file:
        records = [json.loads(line) for line in Path(args.file).read_text("utf-8").splitlines() if line.strip()]
    else:
        with _open_store(args.db) as store:
            records = list(store.events(**_filters(args)))
    print(render(records))
    return 0


def _db_option(p) -> None:
    p.add_argument("--db", default="parley.db", help="SQLite store (default: parley.db)")


def _filter_options(p) -> None:
    p.add_argument("--country", help="ISO alpha-3 code (or UNO, EUR, IGO) on either side")
    p.add_argument("--dyad", help="two codes, e.g. VNM-JPN")
    p.add_argument("--type", help="PLOVER type, e.g. CONSULT")
    p.add_argument("--from", dest="date_from", help="earliest date, YYYY[-MM[-DD]]")
    p.add_argument("--to", dest="date_to", help="latest date, YYYY[-MM[-DD]]")
    p.add_argument("--language", help="ISO 639-1 code of the evidence")
    p.add_argument("--text", help="full-text search in the evidence (any script)")


def _filters(args) -> dict:
    dyad = tuple(args.dyad.upper().split("-", 1)) if args.dyad else None
    if dyad is not None and len(dyad) != 2:
        raise SystemExit("--dyad takes two codes joined by '-', e.g. VNM-JPN")
    return {"country": args.country, "dyad": dyad, "type": args.type, "date_from": args.date_from,
            "date_to": args.date_to, "language": args.language, "text": args.text}


def cmd_ingest(args) -> int:
    from .ingest import ingest
    from .store import Store
    with Store(args.db) as store:
        report = ingest(args.paths, store, progress=not args.quiet, engine=args.engine,
                        scheduler=args.scheduler, workers=args.workers)
        print(report.summary(), file=sys.stderr)
        print(f"store: {args.db} ({store.count('documents')} documents, {store.count('events')} events)",
              file=sys.stderr)
    return 0


def cmd_export(args) -> int:
    from .export import write
    with _open_store(args.db) as store:
        records = store.events(**_filters(args))
        if args.format == "parquet":
            if not args.output:
                raise SystemExit("--format parquet needs -o FILE")
            n = write(records, "parquet", args.output)
        elif args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as out:
                n = write(records, args.format, out)
        else:
            n = write(records, args.format, sys.stdout)
    print(f"{n} rows exported", file=sys.stderr)
    return 0


def _open_store(path: str):
    from .store import Store
    if not Path(path).exists():
        raise SystemExit(f"no store at {path}; run `parley ingest PATH --db {path}` first")
    return Store(path, readonly=True)


def cmd_actors(args) -> int:
    with _open_store(args.db) as store:
        found = store.find_actors(args.name)
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=1))
    for a in found if not args.json else []:
        print(f"{a['name']}  [{a['code']}{'/' + a['sector'] if a['sector'] else ''}]  ({a['source']}, "
              f"{a['events']} events)")
        if a["offices"]:
            print("  offices: " + "; ".join(a["offices"]))
        print("  aliases: " + " | ".join(a["aliases"]))
    if not found:
        print(f"no actor matches {args.name!r}", file=sys.stderr)
    return 0


def cmd_events(args) -> int:
    from .render import english
    with _open_store(args.db) as store:
        groups = store.merged_events(**_filters(args))
    for g in groups[: args.limit]:
        rec = g["record"]
        print(f"{english(rec)}\n  {len(g['sources'])} sources in {len(g['languages'])} languages "
              f"({', '.join(g['languages'])}); link {g['link']}")
        for src in g["sources"]:
            print(f"    [{src['language']}] {src['doc']}: {' '.join(src['evidence'].split())[:160]}")
    print(f"{len(groups)} merged events", file=sys.stderr)
    return 0


def cmd_serve(args) -> int:
    import uvicorn

    from .web.app import create_app
    try:
        app = create_app(args.db)
    except FileNotFoundError as exc:
        raise SystemExit(str(exc)) from None
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: serving on {args.host}, reachable from other machines", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_explain(args) -> int:
    from .extract import explain
    for block in explain(args.paths):
        print(block + "\n")
    return 0


def cmd_eval(args) -> int:
    from .evaluate import evaluate, format_report
    result = evaluate(args.gold, args.output, docs_regex=args.docs)
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else format_report(result))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="parley", description="Multilingual political event coding.")
    ap.add_argument("--version", action="version", version=f"parley {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="code events in .txt files, directories or .jsonl files")
    p.add_argument("paths", nargs="+")
    p.add_argument("-o", "--output", help="write JSON Lines here (default: stdout); a .parquet name writes "
                                          "Parquet; a directory (DIR/) gets numbered part files")
    p.add_argument("--format", choices=["jsonl", "parquet"], help="output format (default: from the -o name)")
    p.add_argument("--part-size", type=int, default=50_000, help="events per part file when -o is a directory")
    p.add_argument("--table", action="store_true", help="print a table of the events")
    _engine_options(p)
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("show", help="print a table of events from a JSON Lines file or from the store")
    p.add_argument("file", nargs="?", help="PLOVER JSON Lines; without it, the store given by --db")
    _db_option(p)
    _filter_options(p)
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("ingest", help="code documents into the store (txt, html, jsonl, rss/atom, warc, URLs)")
    p.add_argument("paths", nargs="+")
    _db_option(p)
    p.add_argument("--quiet", action="store_true", help="no progress line")
    _engine_options(p)
    p.set_defaults(func=cmd_ingest)
    p = sub.add_parser("export", help="export stored events")
    _db_option(p)
    p.add_argument("--format", choices=["plover", "cameo", "csv", "parquet"], default="plover")
    p.add_argument("-o", "--output")
    _filter_options(p)
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("actors", help="look up people in the actor knowledge base, in any script")
    p.add_argument("name")
    _db_option(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_actors)
    p = sub.add_parser("events", help="merged events: one line per real-world event with all its sources")
    _db_option(p)
    _filter_options(p)
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_events)
    p = sub.add_parser("serve", help="the dashboard and JSON API over a store (loopback by default)")
    _db_option(p)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)
    p = sub.add_parser("explain", help="each event in English, with its evidence marked and the rule that fired")
    p.add_argument("paths", nargs="+")
    p.set_defaults(func=cmd_explain)
    p = sub.add_parser("eval", help="score output against gold (EVENT_GUIDE §6), with error lists")
    p.add_argument("gold")
    p.add_argument("output")
    p.add_argument("--docs", help="only documents whose name matches this regex")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_eval)
    args = ap.parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # output piped into head & co.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
