"""Export stored events: PLOVER JSONL, CAMEO dyadic TSV (GDELT column order), CSV, Parquet."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from .countries import english_names

FORMATS = ("plover", "cameo", "csv", "parquet")

# GDELT 2.0 event-table columns, in GDELT's order, for the fields Parley has.
CAMEO_COLUMNS = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Code", "Actor1Name",
                 "Actor1CountryCode", "Actor1Type1Code", "Actor2Code", "Actor2Name", "Actor2CountryCode",
                 "Actor2Type1Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                 "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName",
                 "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL"]

FLAT_COLUMNS = ["id", "doc", "date", "event", "mode", "cameo", "quad_code", "event_scale", "confidence",
                "actor_codes", "actor_names", "recipient_codes", "recipient_names", "location", "location_country",
                "lat", "lon", "language", "link", "historical", "sources", "evidence_start", "evidence_end", "url"]


def _dyads(rec: dict) -> Iterator[tuple[dict, dict | None, str]]:
    """(actor1, actor2, CAMEO code) rows: each actor-recipient pair, or each pair of joint actors.
    A visit is two rows: the visitor visits (042), the host receives (043). Inside one country
    the pair differs by sector (PAKCOP arrests PAKCVL); a lone actor (a protest) is one row."""
    cameo = rec.get("cameo") or ""
    actors, recips = rec["actor"], rec["recipient"]

    def same(a: dict, b: dict) -> bool:
        return a["code"] == b["code"] and (a.get("sector") or "") == (b.get("sector") or "")

    if recips:
        for a in actors:
            for r in recips:
                if same(a, r):
                    continue
                if rec["event"] == "CONSULT" and rec.get("mode") == "visit":
                    yield a, r, "042"
                    yield r, a, "043"
                else:
                    yield a, r, cameo
    elif len(actors) == 1:
        yield actors[0], None, cameo
    else:
        for i, a in enumerate(actors):
            for b in actors[i + 1:]:
                if not same(a, b):
                    yield a, b, cameo


# PLOVER sectors whose CAMEO/GDELT code differs: PLOVER's MED is health, CAMEO's is media.
PLOVER_TO_CAMEO_SECTOR = {"JRN": "MED", "MED": "HLH"}


def _cameo_actor(e: dict | None) -> tuple[str, str, str, str]:
    if e is None:
        return ("", "", "", "")
    sector = PLOVER_TO_CAMEO_SECTOR.get(e.get("sector") or "", e.get("sector") or "")
    return (e["code"] + sector, e.get("name") or english_names().get(e["code"], e["code"]), e["code"], sector)


def cameo_rows(records: Iterable[dict]) -> Iterator[list]:
    for rec in records:
        date = rec.get("date") or ""
        full = len(date) == 10 and not date.startswith("--")
        sqldate = date.replace("-", "") if full else ""
        loc = rec.get("event_loc") or {}
        n_sources = len(rec.get("text_info", {}).get("evidence", [])) or 1
        for k, (a, b, code) in enumerate(_dyads(rec)):
            a1, a2 = _cameo_actor(a), _cameo_actor(b)
            yield [f"{rec['id']}-{k}", sqldate, date[:7].replace("-", "") if date[:4].isdigit() else "",
                   date[:4] if date[:4].isdigit() else "", *a1, *a2, 1, code, code[:3], code[:2],
                   rec.get("quad_code"), rec.get("event_scale"), n_sources, n_sources, 1,
                   loc.get("name") or "", loc.get("country") or "", loc.get("lat") or "", loc.get("lon") or "",
                   (rec.get("cite_info") or {}).get("url") or rec.get("doc")]


def flat(rec: dict) -> dict:
    loc = rec.get("event_loc") or {}
    ti = rec.get("text_info") or {}
    return {
        "id": rec["id"], "doc": rec["doc"], "date": rec.get("date"), "event": rec["event"], "mode": rec.get("mode"),
        "cameo": rec.get("cameo"), "quad_code": rec.get("quad_code"), "event_scale": rec.get("event_scale"),
        "confidence": rec.get("confidence"),
        "actor_codes": " ".join(e["code"] for e in rec["actor"]),
        "actor_names": "; ".join(e.get("name") or "" for e in rec["actor"]),
        "recipient_codes": " ".join(e["code"] for e in rec["recipient"]),
        "recipient_names": "; ".join(e.get("name") or "" for e in rec["recipient"]),
        "location": loc.get("name"), "location_country": loc.get("country"),
        "lat": loc.get("lat"), "lon": loc.get("lon"),
        "language": (rec.get("cite_info") or {}).get("language"), "link": rec.get("link"),
        "historical": bool(rec.get("historical")), "sources": len(ti.get("evidence", [])) or 1,
        "evidence_start": ti.get("start"), "evidence_end": ti.get("end"),
        "url": (rec.get("cite_info") or {}).get("url"),
    }


def write(records: Iterable[dict], fmt: str, out) -> int:
    """Write records in ``fmt`` to ``out`` (a text stream; a binary path for parquet). Returns rows."""
    n = 0
    if fmt == "plover":
        for rec in records:
            out.write(json.dumps({k: v for k, v in rec.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "cameo":
        w = csv.writer(out, delimiter="\t", lineterminator="\n")
        w.writerow(CAMEO_COLUMNS)
        for row in cameo_rows(records):
            w.writerow(row)
            n += 1
    elif fmt == "csv":
        w = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\n")
        w.writeheader()
        for rec in records:
            w.writerow(flat(rec))
            n += 1
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq
        rows = [flat(r) for r in records]
        types = {"quad_code": pa.int8(), "event_scale": pa.float32(), "confidence": pa.float32(),
                 "lat": pa.float64(), "lon": pa.float64(), "historical": pa.bool_(), "sources": pa.int32(),
                 "evidence_start": pa.int64(), "evidence_end": pa.int64()}
        schema = pa.schema([(c, types.get(c, pa.string())) for c in FLAT_COLUMNS])
        table = pa.Table.from_pylist(rows, schema=schema)
        pq.write_table(table, out)
        n = len(rows)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return n


def write_parts(records: list[dict], directory: str, fmt: str = "plover", part_size: int = 50_000) -> list[Path]:
    """Write records as numbered part files (part-00000.jsonl or .parquet) of at most
    ``part_size`` records each, in order: what Dask, Spark or DuckDB read as one dataset."""
    if fmt not in ("plover", "parquet"):
        raise ValueError("partitioned output is plover (JSON Lines) or parquet")
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(0, max(len(records), 1), part_size):
        chunk = records[i:i + part_size]
        path = root / f"part-{i // part_size:05d}.{'parquet' if fmt == 'parquet' else 'jsonl'}"
        if fmt == "parquet":
            write(chunk, "parquet", str(path))
        else:
            with path.open("w", encoding="utf-8") as f:
                write(chunk, "plover", f)
        paths.append(path)
    return paths
