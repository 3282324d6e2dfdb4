"""Score event output against gold (EVENT_GUIDE §6), with the errors to study.

The key, precision/recall/F1 and secondary agreements follow the official scorer;
on top come a confusion table of event types (over matched dyads) and lists of misses
and false alarms with their evidence.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from difflib import SequenceMatcher

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def _entities(side) -> list[dict]:
    if side is None:
        return []
    if isinstance(side, dict):
        return [side]
    return [e for e in side if isinstance(e, dict)]


def event_type(ev: dict) -> str | None:
    t = ev.get("event")
    if isinstance(t, list):
        t = t[0] if t else None
    return t.upper() if isinstance(t, str) else None


def _codes(ev: dict, side: str) -> list[str]:
    out = []
    for ent in _entities(ev.get(side)):
        code = ent.get("code") or ent.get("country")
        if isinstance(code, str) and code.strip():
            out.append(code.strip().upper()[:3])
    return out


def dyads(ev: dict) -> set[frozenset]:
    actors, recipients = _codes(ev, "actor"), _codes(ev, "recipient")
    if recipients:
        return {frozenset((a, r)) for a in actors for r in recipients if a != r}
    return {frozenset((a, b)) for a in actors for b in actors if a != b}


def keys(ev: dict) -> set[tuple]:
    t = event_type(ev)
    return {(t, p) for p in dyads(ev)} if t in TYPES else set()


def doc_name(name) -> str | None:
    return str(name).replace("\\", "/").rsplit("/", 1)[-1] if name is not None else None


def _date_agrees(gold, pred):
    if not gold:
        return None
    if not isinstance(pred, str) or not pred:
        return False
    if gold.startswith("--"):
        return pred[4:10] == gold[1:] or pred[-6:] == gold[1:]
    return pred[: len(gold)] == gold


def _fold(name: str) -> str:
    s = unicodedata.normalize("NFKD", name or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return "".join(c for c in s if c.isalnum())


def _names(ev: dict) -> set[str]:
    out = set()
    for side in ("actor", "recipient"):
        for ent in _entities(ev.get(side)):
            for f in ("name", "identifier_text", "entity_name"):
                if ent.get(f):
                    out.add(_fold(ent[f]))
                    break
    return {n for n in out if n}


def _load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate(gold_path: str, out_path: str, docs_regex: str | None = None) -> dict:
    gold = {}
    for d in _load(gold_path):
        name = doc_name(d["doc"])
        if docs_regex is None or re.search(docs_regex, name):
            gold[name] = d
    pred = defaultdict(list)
    for ev in _load(out_path):
        name = doc_name(ev.get("doc") or (ev.get("cite_info") or {}).get("citation"))
        if name in gold:
            pred[name].append(ev)
    tot = defaultdict(lambda: [0, 0, 0])
    date_ok = date_n = mode_ok = mode_n = 0
    name_scores: list[float] = []
    confusion: Counter = Counter()
    misses, false_alarms = [], []
    for doc, g in gold.items():
        gkeys: dict = {}
        for ev in g.get("events", []):
            for k in keys(ev):
                gkeys.setdefault(k, ev)
        pkeys: dict = {}
        for ev in pred.get(doc, []):
            for k in keys(ev):
                pkeys.setdefault(k, []).append(ev)
        tp = len(gkeys.keys() & pkeys.keys())
        for lang in (g.get("lang", "?"), "ALL"):
            tot[lang][0] += tp
            tot[lang][1] += len(pkeys) - tp
            tot[lang][2] += len(gkeys) - tp
        for k in gkeys.keys() & pkeys.keys():
            gev, pevs = gkeys[k], pkeys[k]
            agrees = [_date_agrees(gev.get("date"), p.get("date")) for p in pevs]
            if agrees[0] is not None:
                date_n += 1
                date_ok += any(agrees)
            if gev.get("mode"):
                mode_n += 1
                mode_ok += any(gev["mode"] in (p.get("mode") if isinstance(p.get("mode"), list)
                                               else [p.get("mode")]) for p in pevs)
            gn = _names(gev)
            if gn:
                pn = set().union(*(_names(p) for p in pevs))
                name_scores.append(sum(1 for n in gn if any(SequenceMatcher(None, n, p).ratio() >= 0.8
                                                            for p in pn)) / len(gn))
        # Confusion over dyads: gold type vs the types predicted for the same pair of codes.
        gpairs = defaultdict(set)
        for t, p in gkeys:
            gpairs[p].add(t)
        ppairs = defaultdict(set)
        for t, p in pkeys:
            ppairs[p].add(t)
        for p in gpairs.keys() | ppairs.keys():
            for t in gpairs[p] | ppairs[p]:
                g_has, p_has = t in gpairs[p], t in ppairs[p]
                if g_has and p_has:
                    confusion[(t, t)] += 1
                elif g_has:
                    others = ppairs[p] - gpairs[p]
                    confusion[(t, sorted(others)[0] if others else "-")] += 1
                else:
                    if not gpairs[p]:
                        confusion[("-", t)] += 1
        for k in gkeys.keys() - pkeys.keys():
            gev = gkeys[k]
            misses.append({"doc": doc, "key": [k[0], sorted(k[1])], "quote": gev.get("quote"),
                           "note": gev.get("note")})
        for k in pkeys.keys() - gkeys.keys():
            pev = pkeys[k][0]
            false_alarms.append({"doc": doc, "key": [k[0], sorted(k[1])], "rule": pev.get("rule"),
                                 "event_text": pev.get("event_text"), "text_info": pev.get("text_info")})
    result: dict = {"languages": {}}
    for lang, (tp, fp, fn) in sorted(tot.items()):
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        result["languages"][lang] = {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f1}
    result["secondary"] = {
        "date_agreement": date_ok / date_n if date_n else None,
        "mode_agreement": mode_ok / mode_n if mode_n else None,
        "person_name_recall": sum(name_scores) / len(name_scores) if name_scores else None,
    }
    result["confusion"] = [{"gold": g, "predicted": p, "count": n} for (g, p), n in sorted(confusion.items())]
    result["misses"] = misses
    result["false_alarms"] = false_alarms
    return result


def format_report(result: dict) -> str:
    lines = []
    for lang, r in result["languages"].items():
        lines.append(f"{lang:>6}  P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}"
                     f"  (tp {r['tp']} fp {r['fp']} fn {r['fn']})")
    for k, v in result["secondary"].items():
        lines.append(f"{k}: {'n/a' if v is None else f'{v:.3f}'}")
    lines.append("\nconfusion (gold -> predicted, per dyad; '-' = none):")
    for c in result["confusion"]:
        if c["gold"] != c["predicted"]:
            lines.append(f"  {c['gold']:>10} -> {c['predicted']:<10} {c['count']}")
    lines.append(f"\nmisses ({len(result['misses'])}):")
    for m in result["misses"]:
        lines.append(f"  {m['doc']}  {m['key'][0]} {'-'.join(m['key'][1])}  {(m['quote'] or m['note'] or '')[:100]}")
    lines.append(f"\nfalse alarms ({len(result['false_alarms'])}):")
    for f in result["false_alarms"]:
        lines.append(f"  {f['doc']}  {f['key'][0]} {'-'.join(f['key'][1])}  rule {f['rule']}"
                     f"  trigger {f['event_text']}")
    all_ = result["languages"].get("ALL", {"f1": 0.0})
    lines.append(f"F1 {all_['f1']:.3f}")
    return "\n".join(lines)
