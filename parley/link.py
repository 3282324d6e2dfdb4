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

import datetime as dt
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

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


# Heads of state and government appear in story after story about their country: two of
# them named together say little about which occasion a report is about.
_LEADERS = re.compile(r"^(?:President|Prime Minister|Chancellor|Head of (?:State|Government)|Leader|King|Queen|"
                      r"Emperor|Supreme Leader|Chairman)\b")
_STORY_DAYS = 7  # reports published further apart than this are not one story
_BLOCK_LIMIT = 1000  # a name or place shared by more documents than this is no evidence alone


@dataclass
class Story:
    """What a document reports, as far as telling stories apart needs."""

    people: list[tuple[str, str]] = field(default_factory=list)  # (name, code), leaders aside
    names: set[str] = field(default_factory=set)  # every person named, leaders included
    kinds: dict[tuple, set[str]] = field(default_factory=dict)  # (type, parties) -> dates given
    places: set[int] = field(default_factory=set)
    published: str | None = None


def stories(records: list[dict]) -> dict[str, Story]:
    """Document -> its Story."""
    out: dict[str, Story] = defaultdict(Story)
    for r in records:
        st = out[r["doc"]]
        st.published = st.published or (r.get("cite_info") or {}).get("published")
        st.kinds.setdefault((r["event"], _codes(r)), set()).update([r["date"]] if r.get("date") else [])
        if _city(r) is not None:
            st.places.add(_city(r))
        for e in r["actor"] + r["recipient"]:
            if not (e.get("name") and e.get("name_text")):
                continue  # people only (a name as written): "Ministry of Defence" is in every story
            st.names.add(e["name"])
            if (e.get("code") and e["code"] not in ("IGO", "UNO", "EUR") and not _LEADERS.match(e.get("office") or "")
                    and (e["name"], e["code"]) not in st.people):
                st.people.append((e["name"], e["code"]))
    return out


def share_counterparts(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> bool:
    """Two documents name the same people of two different states: the same counterparts
    meeting ("General Hoang and Deputy Minister Kano" in both)."""
    states = {ca for na, ca in a for nb, cb in b if ca == cb and same_person(na, nb)}
    return len(states) >= 2


def _different_counterparts(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> bool:
    """Both documents name people of some state and none of them are the same: another
    occasion (the same general meeting another Japanese official)."""
    for code in {c for _, c in a} & {c for _, c in b}:
        pa, pb = [n for n, c in a if c == code], [n for n, c in b if c == code]
        if not any(same_person(x, y) for x in pa for y in pb):
            return True
    return False


def same_story(a: Story, b: Story) -> bool:
    """Two documents report one story when they name the same counterparts of two states,
    or report two or more of the same kinds of event between the same parties and share a
    person or a place — unless their publication dates lie apart, they date a shared kind
    of event differently, or the people they name for some state are all different."""
    if a.published and b.published and _days_apart(a.published, b.published) > _STORY_DAYS:
        return False
    shared = a.kinds.keys() & b.kinds.keys()
    for k in shared:
        da, db = a.kinds[k], b.kinds[k]
        if da and db and not any(dates_compatible(x, y) for x in da for y in db):
            return False
    if share_counterparts(a.people, b.people):
        return True
    if _different_counterparts(a.people, b.people):
        return False
    return len(shared) >= 2 and (bool(a.places & b.places) or any(same_person(x, y) for x in a.names
                                                                     for y in b.names))


def _days_apart(a: str, b: str) -> int:
    try:
        da, db = (dt.date.fromisoformat((x + "-01-01")[:10] if len(x) < 10 else x[:10]) for x in (a, b))
    except ValueError:
        return 0
    return abs((da - db).days)


def story_documents(records: list[dict]) -> set[tuple[str, str]]:
    """Pairs of documents that report the same story (see same_story). Candidates share a
    person's name key or a place; a name or place in very many documents is skipped."""
    st = stories(records)
    blocks: dict[object, set[str]] = defaultdict(set)
    for doc, story in st.items():
        for name in story.names:
            for k in _person_blocks(name):
                blocks[k].add(doc)
        for place in story.places:
            blocks[place].add(doc)
    candidates = {(a, b) for docs in blocks.values() if len(docs) <= _BLOCK_LIMIT
                  for a in docs for b in docs if a < b}
    return {(a, b) for a, b in candidates if same_story(st[a], st[b])}


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
    aligned = aligned_documents(records, strict) | story_documents(records)
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
