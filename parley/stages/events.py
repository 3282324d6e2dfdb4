"""Turn triggers and mentions into events: type, mode, participants, date and place.

Per trigger: the clause around it (from the previous trigger to the next) gives its
participants; the subject side is the actor. Future, negated and hypothetical
statements are recoded or dropped per the language's markers; "the two sides" and
unnamed officials resolve to the document's main parties. Events of one type between
the same parties on the same date are one event with several evidence sentences.
"""
from __future__ import annotations

from collections import Counter

import regex

from ..document import Document, Entity, Event, Mention
from ..errors import UnsupportedLanguage
from ..langdata import LangData, load
from ..names import same_person
from ..textnorm import fold_str
from . import stage

_NEGATION_WINDOW = 60  # characters before the trigger
_NEGATION_AFTER = 15   # and, in verb-final languages, after it ("ملاقات نہیں کی", "会わなかった")
SPECIFICITY = {"person": 0, "office": 1, "institution": 2, "org": 3, "country": 4}
# Types that become AGREE when only promised, planned or announced.
FUTURE_TO_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
GENERIC_OFFICES = {"Officials", "Ambassador", "Spokesperson"}
FUTURE_UNREALISED = {"ASSAULT", "COERCE", "MOBILIZE"}
FUTURE_CAMEO = {"CONSULT": "036", "SUPPORT": "030", "COOPERATE": "0312", "AID": "033"}


def doc_parties(doc: Document) -> list[str]:
    """Country codes of the document ranked by how often they are mentioned."""
    c: Counter[str] = Counter(m.code for m in doc.mentions
                              if m.code and m.kind in ("country", "office", "institution", "person")
                              and "+attached" not in m.rule)
    return [code for code, _ in c.most_common()]


def _entities(doc: Document, ms: list[Mention]) -> list[tuple[Mention, Entity]]:
    """Participants among mentions: a person absorbs the office before it."""
    out: list[tuple[Mention, Entity]] = []
    people = [m for m in ms if m.kind == "person"]
    for m in ms:
        if m.kind not in SPECIFICITY or (m.kind == "country" and "+attached" in m.rule):
            continue
        if m.kind == "org" and not m.code:
            continue  # a name that is not a party ("ADMM+" as a venue, "NATO allies")
        start, name, sector = m.start, m.name, m.sector
        if m.kind == "office" and any(0 <= p.start - m.end <= 3 for p in people):
            continue
        if m.kind == "person":
            office = next((o for o in ms if o.kind == "office" and 0 <= m.start - o.end <= 3), None)
            start = office.start if office else m.start
        out.append((m, Entity(m.code or "", sector, name, doc.text[start:m.end], start, m.end,
                              office=m.title,
                              name_text=doc.text[m.start:m.end] if m.kind == "person" else None)))
    return out


def _dedupe(pairs: list[tuple[Mention, Entity]]) -> list[tuple[Mention, Entity]]:
    """Drop a bare country when a more specific entity of that country is present."""
    specific = {e.code for m, e in pairs if m.kind != "country" and e.code}
    seen: set[tuple] = set()
    out = []
    for m, e in pairs:
        if m.kind == "country" and e.code in specific:
            continue
        key = (e.code, e.name, e.sector) if m.kind != "country" else (e.code,)
        if key in seen:
            continue
        seen.add(key)
        out.append((m, e))
    return out


def _within(ms: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in ms if start <= m.start and m.end <= end]


def _joined(text: str, a: int, b: int, data: LangData) -> bool:
    gap = text[a:b].replace(",", " ").replace("،", " ").replace("、", " ").split()
    return 0 < b - a <= 12 and all(fold_str(w) in data.conjunctions for w in gap)


def _split_sides(pairs, trigger_start, data: LangData, subjects: list[Mention], reciprocal: bool,
                 doc_text: str = "", sentence_pairs=()):
    if reciprocal or len(pairs) < 2:
        return [e for _, e in pairs], []
    if data.verb_final:
        marked = [p for p in pairs if any(0 <= s.start - p[1].end <= 2 for s in subjects)]
        if not marked:
            # The clause's subject may stand earlier in the sentence ("国務省の担当者は … 呼び戻す").
            outer = [p for p in sentence_pairs if any(0 <= s.start - p[1].end <= 2 for s in subjects)
                     and p[1].end <= trigger_start]
            if outer and len({p[1].code for p in pairs} - {outer[-1][1].code}) >= 1:
                subject = outer[-1]
                rest = [p for p in pairs if p[1].code != subject[1].code]
                return [subject[1]], [e for _, e in rest]
        actor = marked or [pairs[0]]
        # "X اور Y نے": participants joined to the subject by a conjunction share its role.
        idx = [i for i, p in enumerate(pairs) if p in actor]
        while idx and idx[0] > 0 and _joined(doc_text, pairs[idx[0] - 1][1].end, pairs[idx[0]][1].start, data):
            idx.insert(0, idx[0] - 1)
        actor = [pairs[i] for i in idx] if marked else actor
        return [e for _, e in actor], [e for p, e in pairs if (p, e) not in actor]
    before_pairs = [(m, e) for m, e in pairs if m.end <= trigger_start]
    after = [e for m, e in pairs if m.start >= trigger_start]
    if not before_pairs:
        return after[:1], after[1:]
    # A coordinated group right before the trigger ("El Salvador, the Dominican Republic and
    # Panama … decisions to no longer recognise") is its subject, not what came earlier.
    k = len(before_pairs) - 1
    while k > 0 and _joined(doc_text, before_pairs[k - 1][1].end, before_pairs[k][1].start, data):
        k -= 1
    if k > 0 and len(before_pairs) - k >= 2 and after:
        before_pairs = before_pairs[k:]
    return [e for _, e in before_pairs], after


# Event types that happen inside one country as often as between two.
DOMESTIC_TYPES = {"PROTEST", "COERCE", "ASSAULT", "ACCUSE", "THREATEN", "MOBILIZE"}
# Sectors that are not the state (PLOVER codes): police, civilians, opposition, rebels,
# unidentified armed groups, courts, journalists, health, education, criminals, labour,
# religion, civil society, farmers, refugees, parties, business.
NON_STATE = {"COP", "CVL", "OPP", "REB", "UAF", "JUD", "JRN", "MED", "EDU", "CRM", "LAB", "REL", "SOC", "AGR",
             "REF", "PTY", "BUS"}
# Groups that belong where they are: the people, police and workers of a place.
PLACE_BOUND = {"COP", "CVL", "OPP", "LAB", "EDU", "AGR", "REF", "SOC"}
# Who protests, and at whom a protest is aimed.
PROTESTERS = {"CVL", "OPP", "LAB", "EDU", "REL", "SOC", "AGR", "REF", "REB", "PTY"}
PROTEST_TARGETS = {"GOV", "COP", "MIL", "JUD", "LEG", "PTY", "BUS", "SPY"}
# Who arrests and raids; who may attack with no one named as the target.
_ENFORCERS = {"COP", "MIL", "GOV", "JUD"}
_ARMED_GROUPS = {"REB", "UAF", "CRM"}


_PLACE_LOOKBACK = 3  # sentences back a report's place still holds ("Erdogan headed for Cologne. … protesters")


def _locate_groups(pairs: list[tuple[Mention, Entity]], doc: Document, index: int,
                   lookback: int = 0) -> list[tuple[Mention, Entity]]:
    """Police, protesters and other people of a place with no stated country belong to the
    country of the one place the sentence names ("protesters in Cologne") or, with
    ``lookback``, of the place the report was last at that many sentences earlier. A court
    or an armed group named with a place need not be of it (the court in The Hague)."""
    if not any(not e.code and e.sector in PLACE_BOUND for _, e in pairs):
        return pairs
    country = None
    for i in range(index, max(-1, index - 1 - lookback), -1):
        places = {m.code for m in doc.mentions_in(i, "place") if m.code}
        if places:
            country = next(iter(places)) if len(places) == 1 else None
            break
    if country:
        for _, e in pairs:
            if not e.code and e.sector in PLACE_BOUND:
                e.code = country
    return pairs


def _domestic(pairs: list[tuple[Mention, Entity]], etype: str, ms: list[Mention],
              parties: list[str]) -> list[tuple[Mention, Entity]] | None:
    """The participants when they report an event inside one country ("Police arrested
    dozens of protesters in Karachi", "Myanmar's army fired on protesters"), each given that
    country; None when they do not make one.

    It needs a non-state group (police, protesters, rebels…) and at most one country among
    the participants. The country is that one (a bare country named is where it happened,
    not a party), else the country of a place in the sentence, else the document's only
    state. And the event must be complete: someone arrests someone, someone protests, two
    sides clash or an armed group attacks."""
    if etype not in DOMESTIC_TYPES or not any(e.sector in NON_STATE for _, e in pairs):
        return None
    # A government or its officials named with their country make it a matter between
    # states, or comment ("the president-elect vowed never to use force against civilians");
    # a state's own forces acting on its people ("Myanmar's army fired on protesters") do not.
    if any(e.code and e.sector and e.sector not in NON_STATE and e.sector != "MIL" for _, e in pairs):
        return None
    codes = {e.code for _, e in pairs if e.code}
    if len(codes) > 1:
        return None
    places = {m.code for m in ms if m.kind == "place" and m.code}
    if codes:
        country = next(iter(codes))
    elif len(places) == 1:
        country = next(iter(places))
    elif len(parties) == 1:
        country = parties[0]
    else:
        return None
    sided = [(m, e) for m, e in pairs if e.sector]
    sectors = {e.sector for _, e in sided}
    complete = {
        "COERCE": bool(sectors & _ENFORCERS) and bool(sectors - _ENFORCERS),
        "PROTEST": bool(sectors & PROTESTERS),
        "ASSAULT": len(sectors) >= 2 or bool(sectors & _ARMED_GROUPS),
    }.get(etype, len(sectors) >= 2)
    if not complete:
        return None
    for _, e in sided:
        e.code = e.code or country
    return sided


_CLAUSE_BREAK = regex.compile(r"[,;:!?.،؛。，；：！？、—()（）\"«»“”]")
_PASSIVE_REACH = 40  # characters between a passive verb and its agent marker ("were arrested … by")
_AGENT_GAP = 20  # characters between the agent marker and the agent ("by the Japanese Defense Minister")


def _passive_agent(pairs: list[tuple[Mention, Entity]], trig, passive_markers, data: LangData,
                   text: str) -> list[Entity] | None:
    """In a passive ("six people were arrested by police", "پلیس توسط …", "पुलिस द्वारा
    गिरफ्तार") the agent, named beside its marker, is the actor, wherever it stands. The
    marker is a preposition or, where the language says `passive_agent: before`, a
    postposition. A marker that is part of the trigger ("was received by") is the
    trigger's own business."""
    before = data.raw.get("passive_agent", "after") == "before"
    reach = _PASSIVE_REACH if data.spaced else _PASSIVE_REACH // 3
    gap = _AGENT_GAP if data.spaced else _AGENT_GAP // 2

    def same_clause(a: int, b: int) -> bool:
        return not _CLAUSE_BREAK.search(text, a, b)

    for pm in passive_markers:
        if pm.start < trig.end and trig.start < pm.end:
            continue
        if before and pm.start > trig.start:
            continue  # "AGENT によって VERB": a postposition comes before its verb
        if min(abs(pm.start - trig.end), abs(trig.start - pm.end)) > reach:
            continue
        # The participant nearest the marker on its side, in the same clause ("by the Japanese
        # Defense Minister"; not "被一名狙击手击毙，而他 … 英国": a sniper, then another clause).
        if before:
            near = [e for _, e in pairs if 0 <= pm.start - e.end <= gap and same_clause(e.end, pm.start)][-1:]
        else:
            near = sorted((e for _, e in pairs if 0 <= e.start - pm.end <= gap and same_clause(pm.end, e.start)),
                          key=lambda e: e.start)[:1]
        if near and len(pairs) > 1:
            # Participants of the agent's country written with it ("Japan's minister and army chief").
            return [e for _, e in pairs if e.code == near[0].code]
    return None


def _domestic_roles(etype: str, everyone: list[Entity], actor: list[Entity],
                    recipient: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """Who does what inside a country follows from who they are, whatever the word order
    ("Six people were arrested … after protesters clashed with riot police"): police and
    the state arrest and raid; civilians, the opposition and workers protest against them."""
    if etype == "COERCE":
        doers = [e for e in everyone if e.sector in _ENFORCERS]
        return doers, [e for e in everyone if e not in doers]
    if etype == "PROTEST":
        # Reporters around a protest are not its target; the state and its police are.
        return ([e for e in everyone if e.sector in PROTESTERS],
                [e for e in everyone if e.sector in PROTEST_TARGETS])
    return actor, recipient


def sentence_events(doc: Document, index: int, data: LangData, parties: list[str]) -> list[Event]:
    s = doc.sentences[index]
    folded = doc.folded(index)
    ms = doc.mentions_in(index)
    triggers = data.triggers.find(folded)
    if not triggers:
        return []
    markers = {k: data.markers[k].find(folded) for k in
               ("future", "negation", "hypothetical", "conditional", "visit", "phone", "multilateral", "historical",
                "passive", "topic")}
    events = []
    future_verb = False  # a future verb ("will arrive on a visit") makes the rest of its sentence future
    for i, trig in enumerate(triggers):
        p = trig.payload
        lo = triggers[i - 1].end if i > 0 else s.start
        hi = trig.end if data.verb_final else (triggers[i + 1].start if i + 1 < len(triggers) else s.end)
        scope = (lo, hi)

        def has(key: str, near: bool = True, scope=scope) -> bool:
            a, b = scope if near else (s.start, s.end)
            return any(a <= m.start and m.end <= b for m in markers[key])

        # Negation and hypotheticals bind to their verb: look just around the trigger,
        # not anywhere in the clause (a quote after "met with X" may hold a "not").
        after = _NEGATION_AFTER * 2 if data.verb_final else 0  # SVO negation precedes its verb
        near = (max(lo, trig.start - _NEGATION_WINDOW), min(s.end, trig.end + after))
        if has("negation", scope=near) or has("hypothetical", scope=near):
            continue
        # A condition ("if", "اگر") governs every verb after it in its sentence.
        if has("conditional", scope=(s.start, trig.start)):
            continue
        topical = _topic_spans(markers["topic"], trig, lo, hi, data.verb_final)
        untopical = [m for m in ms if not any(a <= m.start < b for a, b in topical)]
        # Protesters are people of where the story is, even when the sentence names no place.
        look = _PLACE_LOOKBACK if p["type"] == "PROTEST" else 0
        pairs = _locate_groups(_dedupe(_entities(doc, _within(untopical, *scope))), doc, index, look)
        clause_pairs = list(pairs)
        both = [m for m in ms if m.kind == "both_sides" and lo <= m.start < hi]
        if len({e.code for _, e in pairs if e.code}) < 2 and not both:
            pairs = _locate_groups(_dedupe(_entities(doc, untopical)), doc, index, look)
            both = [m for m in ms if m.kind == "both_sides"]
        anaphor = [m for m in ms if m.kind == "anaphor" and lo <= m.start < hi]
        reciprocal = bool(p.get("reciprocal"))
        codes = {e.code for _, e in pairs if e.code}
        # Only a specific office ("the COAS", "the deputy minister") stands for the document's
        # other party; "officials", "diplomats", "a spokesman" could be anyone's.
        unresolved = [e for _, e in pairs if not e.code and e.office not in GENERIC_OFFICES
                      and (e.office or not e.name_text)  # a bare "Mr. X" could be anyone's
                      and e.sector not in NON_STATE]  # reporters, courts, gangs: not a party's
        if both and len(codes) < 2 and len(parties) >= 2:
            for code in parties[:2]:
                if code not in codes:
                    pairs.append((both[0], Entity(code, None, None, doc.text[both[0].start:both[0].end],
                                                  both[0].start, both[0].end)))
            reciprocal = True
        elif len(codes) == 1 and (unresolved or anaphor):
            other = next((c for c in parties[:2] if c not in codes), None)
            if other:
                for e in unresolved:
                    e.code = other
                if not unresolved:
                    a = anaphor[0]
                    pairs.insert(0, (a, Entity(other, None, None, doc.text[a.start:a.end], a.start, a.end)))
        coded = [(m, e) for m, e in pairs if e.code]
        domestic = None
        if len({e.code for _, e in coded}) < 2:
            # Not between states: perhaps inside one ("Police arrested protesters in Karachi").
            # Inside one country a group may take the place of the sentences before ("Erdogan
            # headed for Cologne. … Police blocked the crowd"); between states it may not.
            domestic = None if both else (
                _domestic(_locate_groups(clause_pairs, doc, index, _PLACE_LOOKBACK), p["type"], ms, parties)
                or _domestic(_locate_groups(pairs, doc, index, _PLACE_LOOKBACK), p["type"], ms, parties))
            if domestic is None:
                continue
            coded = domestic
        pairs = coded
        subjects = [m for m in ms if m.kind == "subject"]
        actor, recipient = _split_sides(pairs, trig.start, data, subjects, reciprocal, doc.text,
                                        [(m, e) for m, e in _dedupe(_entities(doc, ms)) if e.code])
        agent = None if reciprocal else _passive_agent(pairs, trig, markers["passive"], data, doc.text)
        if agent:
            actor, recipient = agent, [e for _, e in pairs if e not in agent]
        if domestic is not None:
            actor, recipient = _domestic_roles(p["type"], actor + recipient, actor, recipient)
            if not actor or not recipient and not (p["type"] == "PROTEST" or reciprocal and len(actor) >= 2
                                                   or p["type"] == "ASSAULT"
                                                   and all(e.sector in _ARMED_GROUPS for e in actor)):
                continue  # an arrest needs whom; a lone attacker is a group, not "police said"
        etype, mode, cameo = p["type"], p.get("mode"), str(p.get("cameo", ""))
        future = has("future") or p.get("future") or future_verb
        future_verb = future_verb or bool(p.get("future"))
        if etype in FUTURE_UNREALISED and future:
            continue  # a violent act only announced is not that act (a threat, if anything)
        if etype in FUTURE_TO_AGREE and future:
            etype, mode, cameo = "AGREE", None, FUTURE_CAMEO[etype]
        if etype == "CONSULT" and not mode:
            if has("phone", near=False):
                mode = "phone"
            elif has("visit", near=False):
                mode = "visit"
            elif has("multilateral", near=False):
                mode = "multilateral"
        events.append(Event(etype, mode, cameo, actor, recipient, index, trig.start, trig.end,
                            rule=f"{p.get('rule', '')}:{p.get('form', '')}", evidence=[index],
                            historical=has("historical", near=False),
                            confidence=0.8 if len(codes) >= 2 else 0.5))
    return _protest_absorbs_condemnation(events)


def _topic_spans(topics, trig, lo: int, hi: int, verb_final: bool) -> list[tuple[int, int]]:
    """What a clause is about is not a party to it: after "discussed … about X" (or, in
    verb-final languages, "در خصوص X … مذاکره کردند") X is the topic. Topic markers are
    prepositions; languages whose topic words follow the topic (Japanese について) list none."""
    if verb_final:
        return [(t.end, trig.start) for t in topics if lo <= t.start and t.end <= trig.start]
    return [(t.end, hi) for t in topics if trig.end <= t.start < hi]


def _protest_absorbs_condemnation(events: list[Event]) -> list[Event]:
    """Demonstrators "condemning" something in the sentence that reports their protest are
    voicing the protest, not making a separate accusation (PLOVER codes the demonstration)."""
    protests = [e for e in events if e.type == "PROTEST"]
    if not protests:
        return events
    return [e for e in events if not (e.type == "ACCUSE" and any(e.codes() <= p.codes() for p in protests))]


def _date_for(doc: Document, ev: Event, anchor: str | None) -> str | None:
    ds = [m for m in doc.mentions_in(ev.sentence) if m.kind in ("date", "weekday") and m.value]
    if ev.type == "AGREE":
        # A promise or invitation is dated when made; a date after the trigger is usually
        # that of the promised act ("invited him to the expo in December 2024").
        ds = [m for m in ds if m.end <= ev.trigger_start]
    if ds:
        m = min(ds, key=lambda m: abs(m.start - ev.trigger_start))
        ev.date_span = (m.start, m.end)
        return m.value
    return None if ev.historical else anchor


def _is_party(doc: Document, m: Mention, events: list[Event]) -> bool:
    """The place is a party to one of the events."""
    return any(e.start < m.end and m.start < e.end for ev in events for e in ev.actor + ev.recipient)


def _as_state(doc: Document, m: Mention) -> bool:
    """The place is also read as its state: a capital for its government ("little pushback
    from Washington"). Such a place stands for a whole report only where the text says it
    is a place."""
    return any(c.start < m.end and m.start < c.end for c in doc.mentions_in(m.sentence, "country"))


_LOCATIVE_GAP = 2  # characters between a place and its preposition or postposition


def _locative(doc: Document, m: Mention) -> bool:
    """A locative word ("in", "في", "で", "'de") stands right before or after the place."""
    try:
        data = load(doc.sentences[m.sentence].lang)
    except UnsupportedLanguage:
        return False
    return any(-_LOCATIVE_GAP <= m.start - h.end <= _LOCATIVE_GAP or -_LOCATIVE_GAP <= h.start - m.end <= _LOCATIVE_GAP
               for h in data.markers["locative"].find(doc.folded(m.sentence)))


def _place_for(doc: Document, ev: Event, anchor: dict | None, country_names: dict[str, str]) -> dict | None:
    # A capital standing for its state as a party ("recognised Beijing") is not where it
    # happened, unless the text says it is ("held in Tokyo", "Berlin'de").
    ps = [m for m in doc.mentions_in(ev.sentence) if m.kind == "place"
          and (not _is_party(doc, m, [ev]) or _locative(doc, m))]
    if ps:
        m = min(ps, key=lambda m: abs(m.start - ev.trigger_start))
        ev.place_span = (m.start, m.end)
        return _place(doc, m)
    if ev.mode == "visit" and ev.recipient:
        code = ev.recipient[0].code
        return {"name": country_names.get(code, code), "country": code, "extracted_place": None}
    return None if ev.historical else anchor


def _visit_from_place(ev: Event) -> None:
    """A meeting held in one participant's country, with no resident ambassador among the
    others, is a visit by the others: host as recipient, visitors as actor."""
    if ev.type != "CONSULT" or ev.mode or not ev.location or ev.historical:
        return
    host = ev.location.get("country")
    parties = ev.actor + ev.recipient
    codes = {e.code for e in parties}
    if host not in codes or len(codes) < 2:
        return
    if any((e.office or "").lower().startswith(("ambassador", "envoy", "embassy")) for e in parties):
        return  # a resident diplomat: CONSULT with no mode
    ev.mode = "visit"
    ev.actor = [e for e in parties if e.code != host]
    ev.recipient = [e for e in parties if e.code == host]


def _place(doc: Document, m: Mention) -> dict:
    lat, lon = (float(x) for x in (m.value or "0,0").split(","))
    return {"name": m.name, "country": m.code, "extracted_place": doc.text[m.start:m.end],
            "lat": lat, "lon": lon, "geonameid": int(m.rule.split(":")[1])}


def _merge(events: list[Event]) -> list[Event]:
    merged: dict[tuple, Event] = {}
    for ev in events:
        key = (ev.type, ev.codes(), ev.date)
        old = merged.get(key)
        if old is None:
            merged[key] = ev
            continue
        _absorb(old, ev)
    # A sentence that gives no date for an occasion another sentence dates ("early this
    # month" … "the decision") is about that occasion, when it is the only one so dated.
    out = list(merged.values())
    for ev in [e for e in out if e.date is None]:
        dated = [e for e in out if e.date and e.type == ev.type and e.codes() == ev.codes()]
        if len(dated) == 1:
            _absorb(dated[0], ev)
            out.remove(ev)
    return out


def _name_on_side(side: list[Entity], named: Entity) -> None:
    """Add a named participant to a side. A later report names whom an earlier one left
    unnamed ("the leaders of Turkey" … "President Erdogan"): it takes that place."""
    unnamed = next((x for x in side if x.code == named.code and not x.name), None)
    if unnamed is not None:
        side[side.index(unnamed)] = named
    else:
        side.append(named)


def _absorb(old: Event, ev: Event) -> None:
    """Fold the report ``ev`` into ``old``, the same occasion."""
    old.evidence.extend(i for i in ev.evidence if i not in old.evidence)
    for side_old, side_new, other in ((old.actor, ev.actor, old.recipient), (old.recipient, ev.recipient, old.actor)):
        names = {(e.code, e.name) for e in side_old}
        taken = {(e.code, e.name, e.sector) for e in other}
        for e in side_new:
            if e.name and (e.code, e.name) not in names and (e.code, e.name, e.sector) not in taken:
                _name_on_side(side_old, e)
                names.add((e.code, e.name))
    old.mode = old.mode or ev.mode
    old.location = old.location or ev.location
    old.confidence = min(0.95, old.confidence + 0.05)


@stage("events", adds="events")
def events(doc: Document) -> Document:
    from ..countries import english_names

    parties = doc_parties(doc)
    found: list[Event] = []
    for s in doc.sentences:
        try:
            data = load(s.lang)
        except UnsupportedLanguage:
            continue
        found.extend(sentence_events(doc, s.index, data, parties))
    head = [m for m in doc.mentions if m.sentence < 2]
    date_anchor = next((m.value for m in head if m.kind in ("date", "weekday") and m.value), None)
    # The opening's place stands for later reports of the same occasion only: events
    # between the parties of an event coded in the opening sentences.
    opening = [ev for ev in found if ev.sentence < 2]
    place_anchor = next((_place(doc, m) for m in head if m.kind == "place"
                         and (not (_is_party(doc, m, opening) or _as_state(doc, m)) or _locative(doc, m))),
                        None) if opening else None
    opening_codes = [ev.codes() for ev in opening]
    names = english_names()
    for ev in found:
        ev.date = _date_for(doc, ev, date_anchor)
        anchor = place_anchor if any(len(ev.codes() & c) >= 2 for c in opening_codes) else None
        ev.location = _place_for(doc, ev, anchor, names)
        _visit_from_place(ev)
    _attendees(doc, found)
    doc.events = _merge(found)
    return doc


_ATTENDEE_SENTENCES = 2


def _attendees(doc: Document, found: list[Event]) -> None:
    """A meeting's report often names who took part in the next sentences ("The Vietnamese
    delegation was co-headed by X and General Y. The Japanese side was led by Z."). People
    of the meeting's parties named there, in sentences that report no event of their own,
    join the side of their country, and those sentences join the evidence."""
    with_events = {ev.sentence for ev in found}
    for ev in found:
        if ev.type != "CONSULT":
            continue
        for index in range(ev.sentence + 1, min(ev.sentence + 1 + _ATTENDEE_SENTENCES, len(doc.sentences))):
            s = doc.sentences[index]
            try:
                data = load(s.lang)
            except UnsupportedLanguage:
                break
            if index in with_events or data.triggers.find(doc.folded(index)):
                break
            added = False
            for m in doc.mentions_in(index, "person"):
                side = (ev.actor if any(e.code == m.code for e in ev.actor)
                        else ev.recipient if any(e.code == m.code for e in ev.recipient) else None)
                if side is None or any(e.name and same_person(e.name, m.name or "") for e in side):
                    continue
                entity = next(e for _, e in _entities(doc, doc.mentions_in(index)) if e.start <= m.start < e.end + 1
                              and e.name == m.name)
                _name_on_side(side, entity)
                added = True
            if added and index not in ev.evidence:
                ev.evidence.append(index)
