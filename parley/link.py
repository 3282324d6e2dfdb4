"""Corpus-level linking: one person across scripts, one real-world event across reports.

Events link when they are of one type between the same parties on compatible dates.
Dates are compatible when every part both know agrees and they share the month or the
year ("2025-12-04" and "--12-04" link; "--12-04" and "2024" do not: nothing says they
are one day). Undated events link only to undated events: through the same people (or
one person at the same city) and no conflicting place, or, between two documents that
share a linked event (reports of one story), through their type and parties alone. A link id is
derived from the smallest event id of its cluster, so the result does not depend on
input order, and new events are compared only with events of the same type and parties.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from .names import display, is_latin, same_person


def _parts(date: str | None) -> tuple[str | None, str | None, str | None]:
    if not date:
        return None, None, None
    if date.startswith("--"):
        bits = date[2:].split("-")
        return None, bits[0], bits[1] if len(bits) > 1 else None
    bits = date.split("-")
    return bits[0], bits[1] if len(bits) > 1 else None, bits[2] if len(bits) > 2 else None


def dates_compatible(a: str | None, b: str | None) -> bool:
    pa, pb = _parts(a), _parts(b)
    shared = [(x, y) for x, y in zip(pa, pb, strict=True) if x is not None and y is not None]
    if any(x != y for x, y in shared):
        return False
    return bool(shared) and (pa[1] is not None and pb[1] is not None or pa[0] is not None and pb[0] is not None)


def _people(rec: dict) -> list[str]:
    return [e["name"] for e in rec["actor"] + rec["recipient"] if e.get("name") and e.get("sector")]


def _city(rec: dict) -> int | None:
    return (rec.get("event_loc") or {}).get("geonameid")


def _place_country(rec: dict) -> str | None:
    return (rec.get("event_loc") or {}).get("country")


def _codes(rec: dict) -> tuple[str, ...]:
    return tuple(sorted({e["code"] for e in rec["actor"] + rec["recipient"]}))


def same_occasion(a: dict, b: dict) -> bool:
    if a["event"] != b["event"] or _codes(a) != _codes(b):
        return False
    if a.get("date") and b.get("date"):
        return dates_compatible(a["date"], b["date"])
    if a.get("date") or b.get("date"):
        return False  # a dated and an undated report: nothing says they are one occasion
    pa, pb = _place_country(a), _place_country(b)
    if pa and pb and pa != pb:
        return False
    # Undated: the same people on both sides, or one person at the same city. One shared
    # person alone is not enough: officials meet the same counterparts many times.
    shared = {x for x in _people(a) for y in _people(b) if same_person(x, y)}
    same_city = _city(a) is not None and _city(a) == _city(b)
    return len(shared) >= 2 or (len(shared) == 1 and same_city)


def same_story_occasion(a: dict, b: dict) -> bool:
    """Reports of one type between the same parties, in two documents already shown to report
    the same story, are one occasion unless places differ or both are dated differently: one
    report may leave the date out ("during his visit") that the other gives ("on 4 December")."""
    if a["event"] != b["event"] or _codes(a) != _codes(b):
        return False
    if a.get("date") and b.get("date") and not dates_compatible(a["date"], b["date"]):
        return False
    pa, pb = _place_country(a), _place_country(b)
    return not (pa and pb and pa != pb)


def _person_blocks(name: str) -> set[str]:
    """Keys under which two spellings of one person meet: their first and last word skeletons."""
    from .names import token_keys
    k = token_keys(name)
    return {f"^{k[0]}", f"${k[-1]}"} if len(k) >= 2 else set()


def people_of(records: list[dict]) -> dict[str, list[tuple[str, str]]]:
    """Document -> the named people (name, country) of its events, heads of state and
    government left out."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in records:
        for e in r["actor"] + r["recipient"]:
            # People only (a name as written): "Ministry of Defence" is in every story.
            if (e.get("name") and e.get("name_text") and e.get("code") and e["code"] not in ("IGO", "UNO", "EUR")
                    and not _LEADERS.match(e.get("office") or "")):
                if (e["name"], e["code"]) not in out[r["doc"]]:
                    out[r["doc"]].append((e["name"], e["code"]))
    return out


# Heads of state and government appear in story after story about their country: two of
# them named together say little about which occasion a report is about.
_LEADERS = re.compile(r"^(?:President|Prime Minister|Chancellor|Head of (?:State|Government)|Leader|King|Queen|"
                      r"Emperor|Supreme Leader|Chairman)\b")


def share_counterparts(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> bool:
    """Two documents name the same people of two different states: the same counterparts
    meeting, so the same story ("General Hoang and Deputy Minister Kano" in both)."""
    states = {ca for na, ca in a for nb, cb in b if ca == cb and same_person(na, nb)}
    return len(states) >= 2


def counterpart_documents(records: list[dict]) -> set[tuple[str, str]]:
    """Pairs of documents that name the same people of two states (see share_counterparts)."""
    people = people_of(records)
    blocks: dict[str, set[str]] = defaultdict(set)
    for doc, ps in people.items():
        for name, _ in ps:
            for k in _person_blocks(name):
                blocks[k].add(doc)
    candidates = {(a, b) for docs in blocks.values() for a in docs for b in docs if a < b}
    return {(a, b) for a, b in candidates if share_counterparts(people[a], people[b])}


def link_id(members: Iterable[str]) -> str:
    return "LNK-" + hashlib.sha1(min(members).encode("utf-8")).hexdigest()[:12]


def _finder(parent: dict[str, str]):
    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    return find


def aligned_documents(records: list[dict], links: dict[str, str]) -> set[tuple[str, str]]:
    """Pairs of documents that share a linked event: reports of the same story."""
    docs: dict[str, set[str]] = defaultdict(set)
    for r in records:
        docs[links[r["id"]]].add(r["doc"])
    return {(a, b) for ds in docs.values() for a in ds for b in ds if a < b}


def assign_links(records: list[dict]) -> dict[str, str]:
    """Event id -> link id over a set of records: same-occasion pairs first, then undated
    events of documents that those links show to report the same story."""
    strict = _cluster(records, lambda a, b: same_occasion(a, b))
    aligned = aligned_documents(records, strict) | counterpart_documents(records)
    return _cluster(records, lambda a, b: same_occasion(a, b) or (
        (min(a["doc"], b["doc"]), max(a["doc"], b["doc"])) in aligned and same_story_occasion(a, b)))


def _cluster(records: list[dict], linked) -> dict[str, str]:
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for r in records:
        by_key[(r["event"], _codes(r))].append(r)
    links: dict[str, str] = {}
    for group in by_key.values():
        parent = {r["id"]: r["id"] for r in group}
        find = _finder(parent)
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a["doc"] != b["doc"] and linked(a, b):
                    ra, rb = find(a["id"]), find(b["id"])
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
        clusters: dict[str, list[str]] = defaultdict(list)
        for r in group:
            clusters[find(r["id"])].append(r["id"])
        for members in clusters.values():
            lid = link_id(members)
            for m in members:
                links[m] = lid
    return links


def canonical_people(records: list[dict]) -> dict[str, str]:
    """Person name as coded -> the name to show for that person across the corpus:
    a spelling written in Latin script by some source if there is one, else the commonest."""
    seen: Counter = Counter()
    latin_seen: Counter = Counter()
    for r in records:
        for e in r["actor"] + r["recipient"]:
            if e.get("name") and e.get("sector"):
                seen[e["name"]] += 1
                if is_latin(e.get("entity_text") or ""):
                    latin_seen[e["name"]] += 1
    clusters: list[list[str]] = []
    for name in sorted(seen, key=lambda n: (-latin_seen[n], -seen[n], n)):
        for c in clusters:
            if same_person(c[0], name):
                c.append(name)
                break
        else:
            clusters.append([name])
    return {n: display(c[0]) for c in clusters for n in c}


def link_records(records: list[dict]) -> list[dict]:
    """Give every record its canonical person names and its ``link`` id."""
    names = canonical_people(records)
    for r in records:
        for e in r["actor"] + r["recipient"]:
            if e.get("name") in names:
                e["name"] = names[e["name"]]
    links = assign_links(records)
    for r in records:
        r["link"] = links[r["id"]]
    return records
