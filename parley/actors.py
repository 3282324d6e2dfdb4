"""The actor knowledge base: known people with their codes, sectors, offices and aliases.

Entries come from ``parley/data/actors.yaml`` and from the file named by the
``actors_file`` setting; the user's file wins where both name the same actor.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .matcher import Matcher
from .settings import get


@dataclass
class Actor:
    name: str
    code: str
    sector: str | None
    offices: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


def _read(text: str, source: str) -> list[Actor]:
    raw = yaml.safe_load(text) or []
    if not isinstance(raw, list):
        raise ValueError(f"{source}: expected a list of actors")
    out = []
    for i, e in enumerate(raw):
        if not isinstance(e, dict) or not e.get("name") or not e.get("code"):
            raise ValueError(f"{source}: entry {i} needs at least 'name' and 'code'")
        out.append(Actor(str(e["name"]), str(e["code"]).upper(), e.get("sector"),
                         [str(o) for o in e.get("offices", [])], [str(a) for a in e.get("aliases", [])]))
    return out


@lru_cache(maxsize=4)
def load_actors(user_file: str = "") -> tuple[Actor, ...]:
    shipped = _read((resources.files("parley") / "data" / "actors.yaml").read_text("utf-8"), "actors.yaml")
    user = _read(Path(user_file).read_text("utf-8"), user_file) if user_file else []
    by_name = {a.name: a for a in shipped}
    by_name.update({a.name: a for a in user})  # the user's entry wins
    return tuple(by_name.values())


def actors() -> tuple[Actor, ...]:
    return load_actors(str(get("actors_file")))


@lru_cache(maxsize=8)
def _matcher(user_file: str, spaced: bool) -> Matcher:
    entries = {}
    for a in load_actors(user_file):
        for alias in [a.name, *a.aliases]:
            entries.setdefault(alias, {"kind": "person", "form": alias, "code": a.code, "sector": a.sector,
                                       "name": a.name, "title": a.offices[0] if a.offices else None,
                                       "rule": f"actors:{a.name}"})
    return Matcher(entries, spaced=spaced, suffixes=("'s", "’s") if spaced else ())


def alias_matcher(spaced: bool) -> Matcher:
    return _matcher(str(get("actors_file")), spaced)


@lru_cache(maxsize=4)
def _keyed(user_file: str) -> tuple[tuple[str, Actor], ...]:
    from .names import person_key
    return tuple((person_key(alias), a) for a in load_actors(user_file) for alias in [a.name, *a.aliases]
                 if person_key(alias))


def lookup(name: str) -> Actor | None:
    """The dictionary actor a name written in any script stands for, if any."""
    from .names import person_key, same_person
    key = person_key(name)
    if len(key.replace(" ", "")) < 4:
        return None  # a skeleton this short ("md") matches too many names
    entries = _keyed(str(get("actors_file")))
    exact = next((a for k, a in entries if k == key), None)
    if exact is not None:
        return exact
    return next((a for _, a in entries if same_person(a.name, name)), None)
