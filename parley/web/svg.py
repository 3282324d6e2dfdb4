"""Server-drawn SVG charts: no script or asset from outside, works offline."""
from __future__ import annotations

import math
from html import escape

TYPE_COLOURS = {"AGREE": "#9ecae1", "CONSULT": "#4292c6", "SUPPORT": "#2171b5", "CONCEDE": "#6baed6",
                "COOPERATE": "#41ab5d", "AID": "#238b45", "RETREAT": "#74c476", "REQUEST": "#fdae6b",
                "ACCUSE": "#f16913", "REJECT": "#d94801", "THREATEN": "#a63603", "SANCTION": "#ef3b2c",
                "PROTEST": "#cb181d", "MOBILIZE": "#a50f15", "COERCE": "#67000d", "ASSAULT": "#3f007d"}


def timeline_svg(data: dict, width: int = 900, height: int = 260) -> str:
    periods = data["periods"]
    if not periods:
        return '<p class="empty">No dated events match these filters.</p>'
    top = max([sum(p["cooperation"].values()) for p in periods] + [sum(p["conflict"].values()) for p in periods]
              + [1])
    mid = height / 2
    bw = max(4, (width - 60) / len(periods))
    scale = (mid - 20) / top
    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="Events over time: cooperation above the axis, conflict below">',
             f'<line x1="40" y1="{mid}" x2="{width}" y2="{mid}" stroke="#555"/>',
             '<text x="2" y="14" class="axis">cooperation</text>',
             f'<text x="2" y="{height - 4}" class="axis">conflict</text>']
    for i, p in enumerate(periods):
        x = 40 + i * bw
        y = mid
        for t, n in sorted(p["cooperation"].items()):
            h = n * scale
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bw * 0.8:.1f}" height="{h:.1f}" '
                         f'fill="{TYPE_COLOURS.get(t, "#888")}"><title>{escape(p["period"])} {t}: {n}</title></rect>')
        y = mid
        for t, n in sorted(p["conflict"].items()):
            h = n * scale
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bw * 0.8:.1f}" height="{h:.1f}" '
                         f'fill="{TYPE_COLOURS.get(t, "#888")}"><title>{escape(p["period"])} {t}: {n}</title></rect>')
            y += h
        if len(periods) <= 24 or i % max(1, len(periods) // 12) == 0:
            parts.append(f'<text x="{x:.1f}" y="{mid + 12}" class="tick">{escape(p["period"])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def network_svg(data: dict, size: int = 560) -> str:
    nodes = data["nodes"]
    if not nodes:
        return '<p class="empty">No events between two parties match these filters.</p>'
    c = size / 2
    r = size / 2 - 50
    pos = {}
    for i, n in enumerate(nodes):
        a = 2 * math.pi * i / len(nodes) - math.pi / 2
        pos[n["code"]] = (c + r * math.cos(a), c + r * math.sin(a))
    top = max(e["events"] for e in data["edges"]) if data["edges"] else 1
    parts = [f'<svg class="network" viewBox="0 0 {size} {size}" role="img" aria-label="Network of countries">']
    for e in data["edges"]:
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        colour = "#2b8a3e" if e["net_cooperation"] > 0 else "#c92a2a" if e["net_cooperation"] < 0 else "#868e96"
        w = 3 + 9 * e["events"] / top
        label = f'{e["source"]}–{e["target"]}: {e["events"]} events, net cooperation {e["net_cooperation"]}'
        parts.append(f'<a class="edge" href="/dyads/{e["source"]}-{e["target"]}" data-dyad="{e["source"]}-'
                     f'{e["target"]}"><line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                     f'stroke="{colour}" stroke-width="{w:.1f}" stroke-opacity="0.7"><title>{escape(label)}</title>'
                     f'</line></a>')
    for n in nodes:
        x, y = pos[n["code"]]
        parts.append(f'<a href="/events?country={n["code"]}"><circle cx="{x:.1f}" cy="{y:.1f}" r="14" '
                     f'fill="#fff" stroke="#333"/><text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle" '
                     f'class="node">{escape(n["code"])}</text></a>')
    parts.append("</svg>")
    return "".join(parts)
