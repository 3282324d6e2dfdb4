"""PLOVER records: the output contract (EVENT_GUIDE §6) and the PLOVER scores."""
from __future__ import annotations

import hashlib

from . import __version__
from .document import Document, Event

QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2,
        "RETREAT": 2, "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
        "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}
# PLOVER manual scores table (type, then type:mode).
SCORE = {
    "AGREE": 2.5, "CONSULT": 2.5, "CONSULT:visit": 4, "CONSULT:third-party": 1,
    "CONSULT:multilateral": 4, "CONSULT:phone": 1.5, "SUPPORT": 5, "CONCEDE": 4.5,
    "COOPERATE": 9.5, "AID": 10, "RETREAT": 6.5, "RETREAT:withdraw": 8, "RETREAT:disarm": 10,
    "RETREAT:ceasefire": 7.5, "RETREAT:resign": 4.5, "REQUEST": 0, "REQUEST:assist": 0.5,
    "REQUEST:change": -1, "REQUEST:yield": -1, "ACCUSE": -2, "ACCUSE:investigate": -3.5,
    "ACCUSE:allege": -3.5, "REJECT": -2, "REJECT:assist": -1.5, "THREATEN": -3.5,
    "THREATEN:restrict": -3, "THREATEN:territory": -4, "PROTEST": -5, "PROTEST:riot": -7,
    "PROTEST:hunger": -4.5, "PROTEST:boycott": -4.5, "PROTEST:obstruct": -4.5, "SANCTION": -6,
    "SANCTION:expel": -5.5, "MOBILIZE": -5.5, "MOBILIZE:troops": -6.5, "MOBILIZE:weapons": -6.5,
    "MOBILIZE:militia": -6, "COERCE": -7, "COERCE:censor": -6.5, "COERCE:curfew": -6.5,
    "COERCE:misinformation": -6.5, "COERCE:martial-law": -7.5, "ASSAULT": -9,
    "ASSAULT:abduct": -8.5, "ASSAULT:torture": -8.5, "ASSAULT:sexual": -8.5, "ASSAULT:destroy": -8.5,
    "ASSAULT:beat": -7.5, "ASSAULT:crowd-control": -7.5, "ASSAULT:targeted": -9.5,
    "ASSAULT:suicide-attack": -9.5, "ASSAULT:aerial": -9.5, "ASSAULT:drone": -9.5,
    "ASSAULT:heavy-weapons": -9.5, "ASSAULT:primitive": -8, "ASSAULT:unconventional": -10,
}
# ACCUSE is printed as 3 in the manual, read as a sign error: all its modes are negative.


def event_scale(etype: str, mode: str | None) -> float:
    return float(SCORE.get(f"{etype}:{mode}", SCORE.get(etype, 0.0)))


def event_id(doc: Document, ev: Event) -> str:
    basis = f"{doc.id}|{ev.sentence}|{ev.trigger_start}|{ev.type}|{sorted(ev.codes())}"
    return "PRL-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


def to_record(doc: Document, ev: Event) -> dict:
    sent = doc.sentences[ev.sentence]
    return {
        "id": event_id(doc, ev),
        "doc": doc.id,
        "date": ev.date,
        "actor": [e.as_dict() for e in ev.actor],
        "recipient": [e.as_dict() for e in ev.recipient],
        "event": ev.type,
        "mode": ev.mode,
        "context": ev.context,
        "event_loc": ev.location,
        "event_text": [doc.text[ev.trigger_start:ev.trigger_end]],
        "text_info": {
            "sequence": ev.sentence, "start": sent.start, "end": sent.end,
            "trigger": [ev.trigger_start, ev.trigger_end],
            "date_span": list(ev.date_span) if ev.date_span else None,
            "place_span": list(ev.place_span) if ev.place_span else None,
            "evidence": [{"sequence": i, "start": doc.sentences[i].start, "end": doc.sentences[i].end,
                          "language": doc.sentences[i].lang} for i in ev.evidence],
        },
        "cite_info": {"citation": doc.id, "language": sent.lang, "url": doc.url, "title": doc.title,
                      "published": doc.published,
                      "coder": f"parley {__version__}", "codebook": "plover-1.3"},
        "cameo": ev.cameo or None,
        "quad_code": QUAD[ev.type],
        "event_scale": event_scale(ev.type, ev.mode),
        "confidence": round(ev.confidence, 2),
        "historical": ev.historical,
        "rule": ev.rule,
    }
