"""Write the dev documents as JSON Lines carrying the publication dates the dev gold assumes.

usage: python scripts/dev_with_pub_dates.py [SHARED_DIR] > dev_pub.jsonl
then:  parley extract dev_pub.jsonl -o out.jsonl && python SHARED/tools/score.py SHARED/corpus/dev/gold.jsonl out.jsonl

The .txt dev documents carry no publication date, so relative dates ("early this month")
cannot be resolved from them; this measures date resolution when a feed supplies one.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    shared = Path(argv[1]) if len(argv) > 1 else Path("../shared")
    dev = shared / "corpus" / "dev"
    for line in open(dev / "gold.jsonl", encoding="utf-8"):
        gold = json.loads(line)
        rec = {"id": gold["doc"], "text": (dev / "docs" / gold["doc"]).read_text(encoding="utf-8")}
        if gold.get("pub_date"):
            rec["published"] = gold["pub_date"]
        print(json.dumps(rec, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
