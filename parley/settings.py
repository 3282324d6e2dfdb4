"""Settings, declared once as (name, default, help); overridable by environment or CLI."""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS = [
    Setting("language_identifier", "py3langid", "Paragraph language identifier (see parley.langid.IDENTIFIERS)."),
    Setting("min_city_population", 100000, "Smallest city population considered for event places."),
    Setting("actors_file", "", "Extra actor dictionary (YAML, as parley/data/actors.yaml); its entries win."),
    Setting("api_token", "", "Bearer token that allows POST /api/ingest; empty keeps the server read-only."),
    Setting("cache_dir", "", "Where derived indexes (the city index) are cached between runs; "
            "empty: $XDG_CACHE_HOME/parley or ~/.cache/parley; 'off' disables the cache."),
    Setting("stages", "clean,paragraphs,language,sentences,mentions,dates,places,events",
            "Comma-separated pipeline stages, in order."),
]
_BY_NAME = {s.name: s for s in SETTINGS}
_OVERRIDES: dict[str, object] = {}


def get(name: str):
    """Value of a setting: CLI override, then PARLEY_<NAME> environment variable, then default."""
    s = _BY_NAME[name]
    if name in _OVERRIDES:
        return _OVERRIDES[name]
    env = os.environ.get("PARLEY_" + name.upper())
    if env is not None:
        return type(s.default)(env)
    return s.default


def override(name: str, value) -> None:
    if name not in _BY_NAME:
        raise KeyError(f"unknown setting {name!r}; known: {', '.join(_BY_NAME)}")
    _OVERRIDES[name] = type(_BY_NAME[name].default)(value)
