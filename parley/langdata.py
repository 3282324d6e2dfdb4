"""Per-language data: loaded from files when a language is first seen, then kept.

Each language has two files under ``parley/data``:
- ``cldr/<lang>.json``: generated from CLDR by ``scripts/gen_cldr.py`` (countries,
  months, weekdays, language names used as demonyms);
- ``lang/<lang>.yaml``: written by hand (demonyms and other country forms, false
  friends, organisations, institutions, offices and ranks, event triggers, markers for
  tense, negation, visits, calls, "the two sides", date patterns).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import yaml

from .errors import UnsupportedLanguage
from .matcher import Matcher, MatcherGroup
from .textnorm import fold_str

# libyaml when built in: the language files are large and parsed at every process start.
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MARKERS = ("future", "negation", "visit", "phone", "multilateral", "both_sides", "anaphor",
           "historical", "subject", "hypothetical", "conditional", "passive", "topic", "honorific",
           "locative")


def _data_dir():
    return resources.files("parley") / "data"


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    return tuple(sorted(p.name[:-5] for p in (_data_dir() / "lang").iterdir()
                        if p.name.endswith(".yaml")))


@dataclass
class LangData:
    code: str
    name: str
    cased: bool
    spaced: bool
    verb_final: bool
    sentence_end: str
    abbreviations: tuple[str, ...]
    countries: Matcher
    organizations: Matcher
    institutions: Matcher
    offices: Matcher
    triggers: Matcher
    markers: dict[str, Matcher]
    name_stops: frozenset[str]
    conjunctions: frozenset[str]
    attach_blockers: frozenset[str]
    country_blockers: Matcher
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, list]
    ordinals: dict[str, int]
    date_patterns: list[str]
    raw: dict = field(repr=False, default_factory=dict)


def _entries(items: list[dict], kind: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for i, item in enumerate(items or []):
        payload = {k: v for k, v in item.items() if k not in ("forms", "patterns")}
        payload["kind"] = kind
        payload["rule"] = f"{kind}[{i}]"
        for form in item.get("forms", []):
            out.setdefault(str(form), dict(payload, form=str(form)))
    return out


def _patterns(items: list[dict], kind: str) -> list[tuple[str, dict]]:
    out = []
    for i, item in enumerate(items or []):
        payload = {k: v for k, v in item.items() if k not in ("forms", "patterns")}
        payload.update(kind=kind, rule=f"{kind}[{i}]")
        for p in item.get("patterns", []):
            out.append((p, dict(payload, form=p)))
    return out


@cache
def load(lang: str) -> LangData:
    """The data of one language; raises UnsupportedLanguage when there is none."""
    if lang not in supported_languages():
        raise UnsupportedLanguage(lang, supported_languages())
    raw = yaml.load((_data_dir() / "lang" / f"{lang}.yaml").read_text(encoding="utf-8"), Loader=_YamlLoader)
    cldr = json.loads((_data_dir() / "cldr" / f"{lang}.json").read_text(encoding="utf-8"))
    spaced = raw.get("spaced", True)
    affix = {"spaced": spaced, "prefixes": tuple(raw.get("prefixes", [])),
             "suffixes": tuple(raw.get("suffixes", [])), "group": MatcherGroup()}

    not_countries = {str(x) for x in raw.get("not_countries", [])}
    country_entries: dict[str, dict] = {}
    for code, forms in (raw.get("countries") or {}).items():
        for form in forms:
            country_entries.setdefault(str(form), {"code": code, "form": str(form), "source": "supplement"})
    # Forms that name two or more states at once: {"中美": [CHN, USA]}.
    for form, codes in (raw.get("country_pairs") or {}).items():
        country_entries.setdefault(str(form), {"code": [str(c) for c in codes], "form": str(form),
                                               "source": "supplement"})
    for name, code in cldr["countries"].items():
        country_entries.setdefault(name, {"code": code, "form": name, "source": "cldr"})
    for name, code in cldr.get("language_demonyms", {}).items():
        country_entries.setdefault(name, {"code": code, "form": name, "source": "cldr-language"})
    for bad in not_countries:
        country_entries.pop(bad, None)
    for p in country_entries.values():
        p["kind"] = "country"
        p.setdefault("rule", f"country:{p['source']}")

    markers = {}
    for key in MARKERS:
        spec = (raw.get("markers") or {}).get(key) or []
        forms = [s for s in spec if not (isinstance(s, dict))]
        pats = [(d["re"], {"kind": key, "form": d["re"]}) for d in spec if isinstance(d, dict)]
        markers[key] = Matcher({f: {"kind": key, "form": f} for f in forms}, **affix, patterns=pats)

    months = dict(cldr["months"])
    months.update(raw.get("months") or {})
    return LangData(
        code=lang,
        name=raw.get("name", lang),
        cased=raw.get("cased", False),
        spaced=spaced,
        verb_final=raw.get("verb_final", False),
        sentence_end=raw.get("sentence_end", ".!?"),
        abbreviations=tuple(raw.get("abbreviations", [])),
        countries=Matcher(country_entries, **affix),
        organizations=Matcher(_entries(raw.get("organizations"), "org"), **affix,
                              patterns=_patterns(raw.get("organizations"), "org")),
        institutions=Matcher(_entries(raw.get("institutions"), "institution"), **affix,
                             patterns=_patterns(raw.get("institutions"), "institution")),
        offices=Matcher(_entries(raw.get("offices"), "office"), **affix,
                        patterns=_patterns(raw.get("offices"), "office")),
        triggers=Matcher(_entries(raw.get("triggers"), "trigger"), **affix,
                         patterns=_patterns(raw.get("triggers"), "trigger")),
        markers=markers,
        name_stops=frozenset(fold_str(str(w)) for w in raw.get("name_stops", [])),
        conjunctions=frozenset(fold_str(str(w)) for w in raw.get("conjunctions", [])),
        attach_blockers=frozenset(fold_str(str(w)) for w in raw.get("attach_blockers", [])),
        country_blockers=Matcher({str(p): {"kind": "blocker", "form": str(p)} for p in not_countries
                                  if " " in str(p).strip() or "." in str(p) or not spaced}, **affix),
        months=months,
        weekdays={k: v for k, v in {**cldr["weekdays"],
                                    **{str(k): int(v) for k, v in (raw.get("weekdays") or {}).items()}}.items()
                  if k not in set(raw.get("not_weekdays") or [])},
        relative={**cldr.get("relative", {}),
                  **{str(k): (str(v[0]), int(v[1])) for k, v in (raw.get("relative") or {}).items()}},
        ordinals={str(k): int(v) for k, v in (raw.get("ordinals") or {}).items()},
        date_patterns=list(raw.get("date_patterns", [])),
        raw=raw,
    )
