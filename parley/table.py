"""A plain-text table of event records for people to read."""
from __future__ import annotations

import unicodedata


def _side(ents: list[dict]) -> str:
    parts = []
    for e in ents:
        label = e["code"]
        if e.get("name"):
            label += f": {e['name']}"
        if e.get("sector"):
            label += f" ({e['sector']})"
        parts.append(label)
    return "; ".join(parts) or "-"


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1
               for c in s)


def _cut(s: str, n: int) -> str:
    s = " ".join(str(s).split())
    out, w = "", 0
    for c in s:
        cw = _width(c)
        if w + cw > n - 1 and len(s) > len(out) + 1:
            return out + "…"
        out, w = out + c, w + cw
    return out


def _pad(s: str, n: int) -> str:
    return s + " " * max(0, n - _width(s))


def render(records: list[dict], evidence_width: int = 70) -> str:
    cols = [("date", 10), ("place", 12), ("actor", 34), ("type", 18), ("recipient", 34), ("lang", 4),
            ("evidence", evidence_width)]
    lines = ["  ".join(_pad(name, w) for name, w in cols)]
    lines.append("  ".join("-" * w for _, w in cols))
    for r in records:
        ev = r["event"] + (f"/{r['mode']}" if r.get("mode") else "")
        loc = (r.get("event_loc") or {}).get("name") or "-"
        start, end = r["text_info"]["start"], r["text_info"]["end"]
        text = r.get("_sentence") or r.get("_evidence") or f"[{start}:{end}]"
        row = [r.get("date") or "-", loc, _side(r["actor"]), ev, _side(r["recipient"]),
               r["cite_info"]["language"] or "-", text]
        lines.append("  ".join(_pad(_cut(v, w), w) for v, (_, w) in zip(row, cols, strict=True)))
    return "\n".join(lines)
