"""Country names and codes shared by the stages and outputs."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

NON_STATE = {"UNO": "United Nations", "EUR": "European Union", "IGO": "International organisation"}


@lru_cache(maxsize=1)
def english_names() -> dict[str, str]:
    """ISO alpha-3 (and PLOVER non-state codes) -> English name, from CLDR."""
    data = json.loads((resources.files("parley") / "data" / "cldr" / "en.json").read_text("utf-8"))
    names: dict[str, str] = dict(NON_STATE)
    for name, code in data["countries"].items():
        names.setdefault(code, name)
    return names
