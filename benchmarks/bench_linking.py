"""Linking quality: events across languages (NTREX) and people across scripts (dev gold).

usage: python benchmarks/bench_linking.py [SHARED_DIR]
1. Codes the NTREX stories in the project languages, links events across documents, and
   reports the share of same-story same-key events (EVENT_GUIDE §6 key) that share one
   link id, and how many links join events of different stories.
2. Pairwise precision and recall of person alias clustering on the people of the dev gold
   (each gold entity's written name against the canonical name it stands for).
"""
from __future__ import annotations

import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path

from parley.evaluate import keys
from parley.extract import extract
from parley.link import assign_links
from parley.names import same_person

LANGS = "eng,urd,arb,fas,vie,fra,spa,rus,zho-CN,jpn,ind,hin,tur".split(",")


def event_linking(shared: Path) -> None:
    files = [str(shared / "corpus" / "ntrex" / f"{code}.jsonl") for code in LANGS]
    records = list(extract(files))
    links = assign_links(records)
    by_story_key: dict[tuple, list[str]] = defaultdict(list)
    link_stories: dict[str, set[str]] = defaultdict(set)
    for r in records:
        story = r["doc"].split("/", 1)[1]
        link_stories[links[r["id"]]].add(story)
        for k in keys(r):
            by_story_key[(story, k)].append(links[r["id"]])
    multi = [v for v in by_story_key.values() if len(v) > 1]
    shared_one = sum(1 for v in multi if len(set(v)) == 1)
    events_in_multi = sum(len(v) for v in multi)
    in_majority = sum(max(v.count(x) for x in set(v)) for v in multi)
    cross = sum(1 for s in link_stories.values() if len(s) > 1)
    print(f"NTREX, {len(LANGS)} languages: {len(records)} events, {len(set(links.values()))} links")
    print(f"  same-story same-key groups with 2+ events: {len(multi)}; all sharing one link: {shared_one} "
          f"({shared_one / max(1, len(multi)):.1%}); events in their group's main link: "
          f"{in_majority / max(1, events_in_multi):.1%}")
    print(f"  links joining different stories: {cross}")


def person_linking(shared: Path) -> None:
    aliases: dict[str, str] = {}
    for line in open(shared / "corpus" / "dev" / "gold.jsonl", encoding="utf-8"):
        doc = json.loads(line)
        for ev in doc["events"]:
            for e in ev["actor"] + ev["recipient"]:
                if e.get("name") and e.get("entity_text") and e.get("sector"):
                    aliases[e["entity_text"]] = e["name"]
    # Compare the written names: the canonical name against every mention text of it.
    items = sorted(set(aliases.values())) + sorted(aliases)
    truth = {x: aliases.get(x, x) for x in items}
    tp = fp = fn = 0
    for a, b in itertools.combinations(items, 2):
        gold = truth[a] == truth[b]
        pred = same_person(_name_part(a, truth[a]), _name_part(b, truth[b]))
        tp += gold and pred
        fp += pred and not gold
        fn += gold and not pred
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(f"person alias clustering on dev gold: {len(set(truth.values()))} people, {len(items)} names; "
          f"pairwise precision {p:.3f}, recall {r:.3f} (tp {tp} fp {fp} fn {fn})")


def _name_part(text: str, canonical: str) -> str:
    """The trailing words of a mention that stand for the name (titles come first)."""
    words = text.split()
    n = len(canonical.split())
    return " ".join(words[-n:]) if len(words) > n else text


def main(argv: list[str]) -> int:
    shared = Path(argv[1]) if len(argv) > 1 else Path("../shared")
    person_linking(shared)
    event_linking(shared)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
