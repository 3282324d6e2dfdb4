"""Shared, cheap fixtures and helpers for the tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.document import Document
from parley.extract import extract_document
from parley.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_DOCS = SHARED / "corpus" / "dev" / "docs"
DEV_GOLD = SHARED / "corpus" / "dev" / "gold.jsonl"
NTREX = SHARED / "corpus" / "ntrex"

needs_shared = pytest.mark.skipif(not DEV_GOLD.exists(), reason="../shared corpus not present")


def analyse(text: str, lang: str | None = None) -> Document:
    """Run the whole pipeline over one text."""
    return Pipeline()(Document(id="t", text=text, lang=lang))


def codes_of(text: str, lang: str, kinds=("country", "org", "office", "institution", "person")) -> set[str]:
    """Top-level codes recognised in a text."""
    return {m.code for m in analyse(text, lang).mentions if m.kind in kinds and m.code}


def events_of(text: str, lang: str) -> list[dict]:
    return extract_document(Document(id="t", text=text, lang=lang))


def keys_of(text: str, lang: str) -> set[tuple[str, frozenset]]:
    """(type, {code, code}) keys as the official scorer counts them."""
    out = set()
    for r in events_of(text, lang):
        actors = [e["code"] for e in r["actor"]]
        recips = [e["code"] for e in r["recipient"]]
        pairs = ({frozenset((a, b)) for a in actors for b in recips if a != b} if recips
                 else {frozenset((a, b)) for a in actors for b in actors if a != b})
        out |= {(r["event"], p) for p in pairs}
    return out


def sides_of(text: str, lang: str) -> set[tuple[str, frozenset, frozenset]]:
    """Per event: (type, {(code, sector)} of the actors, {(code, sector)} of the recipients)."""
    return {(r["event"], frozenset((e["code"], e["sector"]) for e in r["actor"]),
             frozenset((e["code"], e["sector"]) for e in r["recipient"])) for r in events_of(text, lang)}


def reports(sides, etype: str, actor: frozenset, recipient: frozenset | None = None) -> bool:
    """``sides_of`` holds an event of that type and actor side, and of that recipient side
    unless ``recipient`` is None (not checked: the text names no target group)."""
    return any(t == etype and a == actor and recipient in (None, r) for t, a, r in sides)


def with_groups(sides, types=None) -> list:
    """The events of ``sides_of`` that involve a non-state group (police, protesters, rebels…),
    of the given ``types`` if any: what a sentence with no domestic event must not have."""
    from parley.stages.events import NON_STATE
    return [e for e in sides if (types is None or e[0] in types) and any(s in NON_STATE for _, s in e[1] | e[2])]


def side(*members: tuple[str, str | None]) -> frozenset:
    """One side of an event for ``sides_of``: side(("PAK", "COP"))."""
    return frozenset(members)


def key(etype: str, *codes: str) -> tuple[str, frozenset]:
    """One scored key, (TYPE, {code, code}), to compare with ``keys_of``."""
    return (etype, frozenset(codes))


def ntrex_text(lang_file: str, doc_id: str) -> str:
    for line in (NTREX / lang_file).open(encoding="utf-8"):
        rec = json.loads(line)
        if rec["id"].endswith(doc_id):
            return rec["text"]
    raise KeyError(doc_id)
