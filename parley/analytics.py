"""Aggregates over the store for the dashboard and its API: counts over time, the dyad network."""
from __future__ import annotations

from collections import Counter, defaultdict

from .plover import QUAD
from .store import Store

COOPERATION = {t for t, q in QUAD.items() if q in (1, 2)}


def counts_over_time(store: Store, by: str = "type", **filters) -> dict:
    """Events per month (dated events only) by type or by dyad."""
    series: dict[str, Counter] = defaultdict(Counter)
    for rec in store.events(**filters):
        date = rec.get("date") or ""
        if not date[:4].isdigit():
            continue
        month = date[:7] if len(date) >= 7 else date[:4]
        if by == "dyad":
            codes = sorted({e["code"] for e in rec["actor"] + rec["recipient"]})
            key = "-".join(codes)
        else:
            key = rec["event"]
        series[key][month] += 1
    months = sorted({m for c in series.values() for m in c})
    return {"by": by, "periods": months,
            "series": {k: [c.get(m, 0) for m in months] for k, c in sorted(series.items())}}


def timeline(store: Store, **filters) -> dict:
    """Per period: cooperation (quads 1-2) above the axis, conflict (3-4) below, by type."""
    c = counts_over_time(store, by="type", **filters)
    rows = []
    for i, period in enumerate(c["periods"]):
        coop = {t: v[i] for t, v in c["series"].items() if t in COOPERATION and v[i]}
        conf = {t: v[i] for t, v in c["series"].items() if t not in COOPERATION and v[i]}
        rows.append({"period": period, "cooperation": coop, "conflict": conf})
    return {"periods": rows}


def network(store: Store, limit: int = 40, **filters) -> dict:
    """Countries as nodes, dyads as edges weighted by events and coloured by net cooperation."""
    edges: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for rec in store.events(**filters):
        codes = sorted({e["code"] for e in rec["actor"] + rec["recipient"]})
        side = "cooperation" if rec["event"] in COOPERATION else "conflict"
        for i, a in enumerate(codes):
            for b in codes[i + 1:]:
                edges[(a, b)][side] += 1
    weight = Counter()
    for (a, b), c in edges.items():
        n = c["cooperation"] + c["conflict"]
        weight[a] += n
        weight[b] += n
    nodes = [code for code, _ in weight.most_common(limit)]
    keep = set(nodes)
    return {
        "nodes": [{"code": n, "events": weight[n]} for n in nodes],
        "edges": [{"source": a, "target": b, "events": c["cooperation"] + c["conflict"],
                   "net_cooperation": c["cooperation"] - c["conflict"]}
                  for (a, b), c in sorted(edges.items()) if a in keep and b in keep],
    }
