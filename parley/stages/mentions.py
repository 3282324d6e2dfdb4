"""Find countries, organisations, institutions, offices and the people holding them.

Offices and institutions take the country named right beside them ("Japanese Defense
Minister", "وزیر دفاع جاپان", "Bộ Quốc phòng Nhật Bản"); the name that follows an
office or rank is the person holding it.
"""
from __future__ import annotations

import regex

from ..actors import alias_matcher, lookup
from ..document import Document, Mention
from ..errors import UnsupportedLanguage
from ..langdata import LangData, load
from ..names import display, is_latin, same_person
from ..textnorm import fold_str
from . import stage

_GAP_TOKENS = 2       # at most this many short words between an office and its country
_GAP_CHARS = 12
_NAME_TOKENS = 4
_CASED_NAME = regex.compile(
    r"\p{Lu}[\p{L}\p{M}'’\-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’\-]*|bin|al|van|de|da|el|von|la))*")
_TRAILING_PARTICLE = regex.compile(r"(?:\s+(?:bin|al|van|de|da|el|von|la|del|di))+$")
_TOKEN = regex.compile(r"[\p{L}\p{M}\u200c'’\-]+")
_STOP_PUNCT = regex.compile(r"[,،;:؛()\[\]\"“”«».!?۔؟0-9，、；：（）「」『』《》。！？]")

KIND_ORDER = {"person": 0, "office": 1, "institution": 2, "org": 3, "country": 4}


def _case_ok(doc_text: str, start: int, form_original: str | None, data: LangData) -> bool:
    """In cased languages a name written with a capital must be capitalised in the text
    ("pháp luật" is not France, "may" is not a month)."""
    if not data.cased or not form_original or not form_original[:1].isupper():
        return True
    return doc_text[start:start + 1].isupper()


def _gap_ok(text: str, blockers: frozenset[str]) -> bool:
    if _STOP_PUNCT.search(text):
        return False
    toks = text.split()
    if any(fold_str(t) in blockers for t in toks):
        return False
    return len(toks) <= _GAP_TOKENS and len(text.strip()) <= _GAP_CHARS


def _attach_country(doc: Document, m: Mention, owners: list[Mention], mentions: list[Mention],
                    data: LangData) -> None:
    """Give an office or institution the country (or organisation) written right beside it,
    not across another mention ("President Erdogan in Germany") nor across a preposition of
    place or direction listed in the language's ``attach_blockers`` ("Ambassador to Pakistan")."""
    best = None
    for c in owners:
        if c.end <= m.start:
            lo, hi = c.end, m.start
        elif c.start >= m.end:
            lo, hi = m.end, c.start
        else:
            continue
        gap = doc.text[lo:hi]
        if any(lo <= o.start and o.end <= hi for o in mentions):
            continue
        if _gap_ok(gap, data.attach_blockers):
            before = c.end <= m.start
            # Ties go to the side the language writes an office's country on ("الرئيس التونسي").
            preferred = before if data.raw.get("office_country", "before") == "before" else not before
            score = (len(gap.strip()), 0 if preferred else 1)
            if best is None or score < best[0]:
                best = (score, c)
    if best:
        owner = best[1]
        m.code = owner.code
        if owner.kind == "org" and owner.name:
            m.title = f"{m.title or m.name} of {owner.name}"
        owner.rule += "+attached"


def _name_after(doc: Document, m: Mention, end_limit: int, data: LangData,
                taken: list[Mention]) -> tuple[int, int] | None:
    text = doc.text[m.end:end_limit]
    lead = len(text) - len(text.lstrip())  # any space, incl. the no-break space of "M.\xa0Trump"
    if lead == 0 and data.spaced:
        return None
    custom = data.raw.get("name_after")
    if custom:
        mm = regex.match(custom, text[lead:])
        if not mm or not mm.end():
            return None
        start, end = m.end + lead, m.end + lead + mm.end()
        for t in taken:  # a known mention (a dictionary person, a country) ends the name
            if start <= t.start < end:
                end = t.start
        for tok in _TOKEN.finditer(doc.text, start, end):  # a stop word, however vocalised ("كلٌّ")
            if fold_str(tok.group(0)) in data.name_stops:
                end = tok.start()
                break
        end = start + len(doc.text[start:end].rstrip(" ,،"))
        return (start, end) if end > start else None
    if data.cased:
        mm = _CASED_NAME.match(text, lead)
        if not mm:
            return None
        words = mm.group(0).split()[:_NAME_TOKENS]
        # A following mention (a country, another title) ends the name.
        start = m.end + lead
        end = start + len(" ".join(words))
        for t in taken:
            if start <= t.start < end:
                end = t.start
        name = _TRAILING_PARTICLE.sub("", doc.text[start:end].rstrip())
        return (start, start + len(name)) if name else None
    start, pos, count, end = m.end + lead, m.end + lead, 0, None
    for tok in _TOKEN.finditer(doc.text, start, end_limit):
        between = doc.text[pos:tok.start()]
        if _STOP_PUNCT.search(between) or count >= _NAME_TOKENS:
            break
        if fold_str(tok.group(0)) in data.name_stops or any(t.start <= tok.start() < t.end for t in taken):
            break
        end, pos, count = tok.end(), tok.end(), count + 1
    return (start, end) if end else None


def _named_person(doc: Document, span: tuple[int, int], index: int, code: str | None, sector: str | None,
                  title: str | None, rule: str) -> Mention:
    """The person named at ``span``: as the actor dictionary knows them (its code and name
    win), else with the code and sector of the title or office they were named after."""
    raw = doc.text[span[0]:span[1]]
    known = lookup(raw)
    if known is not None:
        return Mention("person", span[0], span[1], index, code=known.code, sector=known.sector or sector,
                       name=known.name, title=title, rule=f"actors:{known.name}")
    return Mention("person", span[0], span[1], index, code=code, sector=sector, name=display(raw), title=title,
                   rule=rule)


def sentence_mentions(doc: Document, index: int, data: LangData) -> list[Mention]:
    s = doc.sentences[index]
    folded = doc.folded(index)
    found: list[Mention] = []
    paired: list[Mention] = []
    for matcher in (data.countries, data.organizations, data.institutions, data.offices):
        for hit in matcher.find(folded):
            p = hit.payload
            if p["kind"] in ("country", "org") and not _case_ok(doc.text, hit.start, p.get("form"), data):
                continue
            codes = p.get("code")
            # A word naming two states at once ("中美", "日米") is a mention of each.
            for k, code in enumerate(codes if isinstance(codes, list) else [codes]):
                mention = Mention(p["kind"], hit.start, hit.end, index, code=code, sector=p.get("sector"),
                                  name=p.get("name"), title=p.get("title"), rule=p.get("rule", ""))
                (paired if k else found).append(mention)
    for hit in alias_matcher(data.spaced).find(folded):
        p = hit.payload
        if not _case_ok(doc.text, hit.start, p.get("form"), data):
            continue
        found.append(Mention("person", hit.start, hit.end, index, code=p["code"], sector=p.get("sector"),
                             name=p["name"], title=p.get("title"), rule=p["rule"]))
    # Phrases that contain a country name without meaning the state ("долларов США").
    blocked = [(h.start, h.end) for h in data.country_blockers.find(folded)]
    found = [m for m in found if not (m.kind == "country" and any(a <= m.start and m.end <= b for a, b in blocked))]
    # Longest mention wins where two overlap.
    found.sort(key=lambda m: (-(m.end - m.start), KIND_ORDER[m.kind]))
    kept: list[Mention] = []
    for m in found:
        if not any(m.start < k.end and k.start < m.end for k in kept):
            kept.append(m)
    kept += [m for m in paired if any(k.start == m.start and k.end == m.end and k.kind == m.kind for k in kept)]
    kept.sort(key=lambda m: m.start)
    owners = [m for m in kept if m.kind in ("country", "org")]
    for m in kept:
        if m.kind in ("office", "institution") and not m.code:
            _attach_country(doc, m, owners, kept, data)
    people = []
    for i, m in enumerate(kept):
        if m.kind != "office":
            continue
        j = i + 1
        anchor = m
        # "министр иностранных дел России Сергей Лавров", "Defense Minister of Japan Taro Kono":
        # the name comes after the office's own country.
        gap = doc.text[m.end:kept[j].start] if j < len(kept) else ""
        if (j < len(kept) and kept[j].kind in ("country", "org") and "+attached" in kept[j].rule
                and (len(gap.split()) <= 1 if data.spaced else not gap)):
            anchor, j = kept[j], j + 1
        nxt = kept[j].start if j < len(kept) else s.end
        span = _name_after(doc, anchor, nxt if nxt > anchor.end else s.end, data, kept)
        if span:
            person = _named_person(doc, span, index, m.code, m.sector, m.title, f"name-after:{m.rule}")
            if person.rule.startswith("actors:"):
                m.code = person.code  # the dictionary knows this person: the office is of their country
            people.append(person)
    # "Mr. X, Deputy Foreign Minister" / "السيد X، نائب وزير الخارجية": a name after an
    # honorific is a person; a title written right after the name is theirs.
    for hit in data.markers["honorific"].find(folded):
        if any(hit.start < k.end and k.start < hit.end for k in kept + people):
            continue
        anchor = Mention("honorific", hit.start, hit.end, index)
        nxt = min((k.start for k in kept + people if k.start >= hit.end), default=s.end)
        span = _name_after(doc, anchor, nxt if nxt > hit.end else s.end, data, kept)
        if not span:
            continue
        person = _named_person(doc, span, index, None, None, None, "name-after:honorific")
        title = next((k for k in kept if k.kind == "office" and k.start >= span[1]
                      and regex.fullmatch(r"[\s,،、]{0,3}", doc.text[span[1]:k.start])), None)
        if title is not None:
            person.title, person.sector = title.title, person.sector or title.sector
            person.code = person.code or title.code
        people.append(person)
    _chain_offices(doc, kept, people)
    for key in ("both_sides", "anaphor", "subject"):
        for hit in data.markers[key].find(folded):
            kept.append(Mention(key, hit.start, hit.end, index, rule=f"marker:{key}"))
    out = kept + people
    out.sort(key=lambda m: (m.start, KIND_ORDER.get(m.kind, 9)))
    return out


def _chain_offices(doc: Document, mentions: list[Mention], people: list[Mention]) -> None:
    """Titles written one after another ("Chief of Army Staff (COAS) General X",
    "Thượng tướng ... Thứ trưởng") describe one person: share country and name."""
    offices = [m for m in mentions if m.kind == "office"]
    for a, b in zip(offices, offices[1:], strict=False):
        gap = doc.text[a.end:b.start]
        if regex.fullmatch(r"[\s(),،]*(?:\([^()]{1,12}\))?[\s,،]*", gap):
            if a.code and not b.code:
                b.code = a.code
            elif b.code and not a.code:
                a.code = b.code
    for p in people:
        if not p.code:
            for o in offices:
                if o.end <= p.start and o.code and regex.fullmatch(r"[\s\S]{0,3}", doc.text[o.end:p.start]):
                    p.code = o.code


@stage("mentions", adds="mentions: country, org, institution, office, person, markers")
def mentions(doc: Document) -> Document:
    for s in doc.sentences:
        try:
            data = load(s.lang)
        except UnsupportedLanguage:
            continue
        found = sentence_mentions(doc, s.index, data)
        _one_state_sentence(doc, s.index, data, found)
        doc.mentions.extend(found)
    _propagate_people(doc)
    return doc


_NOT_STATES = {"UNO", "EUR", "IGO"}


def _one_state_sentence(doc: Document, index: int, data: LangData, found: list[Mention]) -> None:
    """People of unknown country in a sentence whose delegation or officials are of one state,
    and that reports no event between parties ("The Vietnamese delegation was headed by X and
    General Y"), belong to that state."""
    people = [m for m in found if m.kind == "person" and not m.code]
    if not people:
        return
    states = {m.code for m in found if m.kind == "office" and m.title == "Officials" and m.code
              and m.code not in _NOT_STATES}
    if len(states) == 1 and not data.triggers.find(doc.folded(index)):
        for m in people:
            m.code = next(iter(states))


_LATIN_NAME = regex.compile(r"\b\p{Lu}[\p{Ll}\p{M}]+(?:[ -]\p{Lu}[\p{Ll}\p{M}]+){1,3}\b")


def _propagate_people(doc: Document) -> None:
    """Link a document's person mentions: the same person (across scripts) keeps the country
    first found for them, and a Latin spelling the document itself gives is preferred
    ("Phan Van Giang" written beside the Persian فان وان جیانگ)."""
    people = [m for m in doc.mentions if m.kind == "person" and m.name]
    _trim_overlong_names(doc, people)
    latin_forms = [mm.group(0) for mm in _LATIN_NAME.finditer(doc.text)]
    for m in people:
        raw = doc.text[m.start:m.end]
        if not is_latin(raw):
            match = next((f for f in latin_forms if same_person(f, raw)), None)
            if match:
                m.name = display(match)
    for i, m in enumerate(people):
        if m.code:
            continue
        for other in people[:i] + people[i + 1:]:
            if other.code and same_person(other.name, m.name):
                m.code, m.sector = other.code, m.sector or other.sector
                break


def _trim_overlong_names(doc: Document, people: list[Mention]) -> None:
    """In scripts without capitals a name after a title can run into the next word
    ("کوئزومی شنجیرو طوفان": Koizumi Shinjiro + "storm"). When the document names the same
    person elsewhere in fewer words, the longer capture is cut to that length."""
    words = {id(m): _TOKEN.findall(doc.text[m.start:m.end]) for m in people}
    for m in people:
        toks = words[id(m)]
        if len(toks) < 3 or m.rule.startswith("actors:"):
            continue
        for other in people:
            k = len(words[id(other)])
            if 2 <= k < len(toks) and same_person(" ".join(toks[:k]), doc.text[other.start:other.end]):
                cut = [t for t in _TOKEN.finditer(doc.text, m.start, m.end)][k - 1].end()
                m.end, m.name = cut, display(doc.text[m.start:cut])
                break
