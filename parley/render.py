"""Human renderings of events: one English line, and the marked-up evidence."""
from __future__ import annotations

from .countries import english_names


def _entity(e: dict) -> str:
    country = english_names().get(e["code"], e["code"])
    if e["code"] == "IGO" and e.get("name"):
        return e["name"]
    detail = ", ".join(x for x in (e.get("office"), e.get("sector")) if x)
    who = e.get("name")
    if who and who != country:
        return f"{country}: {who}" + (f" ({detail})" if detail else "")
    return country + (f" ({detail})" if detail else "")


def english(rec: dict) -> str:
    """'2025-12-04 · Tokyo · Vietnam: Hoang Xuan Chien (…, MIL) — CONSULT/visit → Japan: …'."""
    head = [rec.get("date") or "date unknown"]
    if rec.get("event_loc"):
        head.append(rec["event_loc"].get("name") or "")
    actors = "; ".join(_entity(e) for e in rec["actor"]) or "unknown"
    etype = rec["event"] + (f"/{rec['mode']}" if rec.get("mode") else "")
    line = f"{' · '.join(head)} · {actors} — {etype}"
    if rec["recipient"]:
        line += " → " + "; ".join(_entity(e) for e in rec["recipient"])
    if rec.get("historical"):
        line += " (background)"
    return line


def evidence_spans(rec: dict) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the trigger, actor, recipient, date and place inside the
    evidence sentence, in text order, outer spans before the spans they contain."""
    ti = rec["text_info"]
    start, end = ti["start"], ti["end"]
    spans = [(ti["trigger"][0], ti["trigger"][1], "trigger")]
    for side in ("actor", "recipient"):
        spans += [(e["span"][0], e["span"][1], side) for e in rec[side] if e.get("span")]
    for key, kind in (("date_span", "date"), ("place_span", "place")):
        if ti.get(key):
            spans.append((ti[key][0], ti[key][1], kind))
    return sorted((x for x in spans if start <= x[0] < x[1] <= end), key=lambda x: (x[0], -x[1]))


_BRACKETS = {"trigger": ("⟦", "⟧"), "actor": ("{A ", "}"), "recipient": ("{R ", "}"),
             "date": ("[D ", "]"), "place": ("[L ", "]")}


def explain(text: str, rec: dict) -> str:
    """The evidence sentence with trigger ⟦…⟧, actor {A …}, recipient {R …}, date and place marked."""
    ti = rec["text_info"]
    start, end = ti["start"], ti["end"]
    marks = [(s, t, *_BRACKETS[kind]) for s, t, kind in evidence_spans(rec)]
    # Insert from the end so earlier offsets stay valid; skip marks that cross others.
    kept: list[tuple[int, int, str, str]] = []
    for m in marks:
        if all(m[1] <= k[0] or m[0] >= k[1] or (k[0] <= m[0] and m[1] <= k[1]) or
               (m[0] <= k[0] and k[1] <= m[1]) for k in kept):
            kept.append(m)
    inserts: list[tuple[int, int, str]] = []
    for s, t, open_, close in kept:
        inserts.append((s, 1, open_))
        inserts.append((t, 0, close))
    out = text[start:end]
    for pos, _, tok in sorted(inserts, key=lambda x: (x[0], x[1]), reverse=True):
        out = out[:pos - start] + tok + out[pos - start:]
    lines = [english(rec), f"  {rec['cite_info']['language']} §{ti['sequence']}: {out}",
             f"  rule: {rec.get('rule')}  cameo {rec.get('cameo')}  confidence {rec.get('confidence')}"]
    for ev in ti.get("evidence", [])[1:]:
        lines.append(f"  also §{ev['sequence']} ({ev['language']}): {text[ev['start']:ev['end']]}")
    return "\n".join(lines)
