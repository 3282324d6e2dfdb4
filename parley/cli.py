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
    records = list(extract(args.paths, report, with_sentence=True))
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        if args.output or not args.table:
            for r in records:
                out.write(json.dumps({k: v for k, v in r.items() if not k.startswith("_")},
                                     ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    if args.table:
        print(render(records))
    langs = ", ".join(f"{k} {v}" for k, v in sorted(report.languages.items()))
    print(f"{report.documents} documents ({langs}), {report.events} events, "
          f"{len(report.skipped)} skipped" + (f"; events written to {args.output}" if args.output else ""),
          file=sys.stderr)
    return 0


def cmd_show(args) -> int:
    records = [json.loads(line) for line in Path(args.file).read_text("utf-8").splitlines() if line.strip()]
    print(render(records))
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
    p.add_argument("-o", "--output", help="write JSON Lines here (default: stdout)")
    p.add_argument("--table", action="store_true", help="print a table of the events")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("show", help="print a table of events from a JSON Lines file")
    p.add_argument("file")
    p.set_defaults(func=cmd_show)
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
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
