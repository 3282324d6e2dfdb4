"""Find dates in sentences: CLDR month names, numeric and per-language patterns.

Values keep their precision: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, or ``--MM-DD`` /
``--MM`` when no year is stated; a publication date resolves missing years and weekdays.
"""
from __future__ import annotations

import datetime as dt
from functools import cache

import regex

from ..document import Document, Mention
from ..errors import UnsupportedLanguage
from ..langdata import LangData, load
from ..textnorm import fold_str
from . import stage

_SUFFIX = r"(?:st|nd|rd|th|er|\.)?"


@cache
def _compiled(lang: str) -> tuple[list[regex.Pattern], dict[str, int], dict[str, int], regex.Pattern | None]:
    data: LangData = load(lang)
    months = {fold_str(k): v for k, v in data.months.items()}
    mon = "|".join(regex.escape(m) for m in sorted(months, key=len, reverse=True))
    b, e = (r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])") if data.spaced else ("", "")
    pats = [regex.compile(p) for p in data.date_patterns]
    pats += [
        regex.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
        regex.compile(rf"(?<!\d)(?P<day>\d{{1,2}}){_SUFFIX} (?:de |of )?(?P<month>{mon}){e}"
                      rf"(?:,? (?:de |del )?(?P<year>\d{{4}}))?"),
        regex.compile(rf"{b}(?P<month>{mon}) (?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,? (?P<year>\d{{4}}))?"),
        regex.compile(rf"{b}(?P<month>{mon}),? (?:de |del )?(?P<year>\d{{4}})(?!\d)"),
        regex.compile(r"(?<![\d+])(?P<year>(?:19|20)\d{2})(?![\d+])"),
    ]
    weekdays = {fold_str(k): v for k, v in data.weekdays.items()}
    wd = ("|".join(regex.escape(w) for w in sorted(weekdays, key=len, reverse=True)))
    wd_rx = regex.compile(f"{b}(?P<wd>{wd}){e}") if wd else None
    return pats, months, weekdays, wd_rx


@cache
def _relative(lang: str) -> tuple[regex.Pattern | None, dict[str, tuple[str, int]]]:
    data: LangData = load(lang)
    table = {fold_str(k): (u, int(n)) for k, (u, n) in data.relative.items()}
    if not table:
        return None, {}
    b, e = (r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])") if data.spaced else ("", "")
    alts = "|".join(regex.escape(k) for k in sorted(table, key=len, reverse=True))
    return regex.compile(f"{b}(?P<rel>{alts}){e}"), table


def resolve_relative(unit: str, offset: int, pub: dt.date, day_known: bool) -> str | None:
    """'yesterday', 'last month'… against the publication date, at the precision they carry."""
    if unit == "day":
        return (pub + dt.timedelta(days=offset)).isoformat() if day_known else None
    if unit == "week":
        return (pub + dt.timedelta(days=7 * offset)).isoformat()[:7] if day_known else None
    if unit == "month":
        m = pub.month - 1 + offset
        return f"{pub.year + m // 12:04d}-{m % 12 + 1:02d}"
    return f"{pub.year + offset:04d}"


def _int(group: str | None, table: dict[str, int]) -> int | None:
    if group is None:
        return None
    return int(group) if group.isdigit() else table.get(group)


def _publication(doc: Document) -> dt.date | None:
    if not doc.published:
        return None
    for fmt in ("%Y-%m-%d", "%Y-%m"):
        try:
            return dt.datetime.strptime(doc.published[:10 if fmt == "%Y-%m-%d" else 7], fmt).date()
        except ValueError:
            continue
    return None


def format_date(year: int | None, month: int | None, day: int | None,
                pub: dt.date | None = None) -> str | None:
    if year is None and month is not None and pub is not None:
        year = pub.year if month <= pub.month + 1 else pub.year - 1
    if month is not None and not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:
        return None
    if year is None:
        if month is None:
            return None
        return f"--{month:02d}-{day:02d}" if day else f"--{month:02d}"
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}"


def sentence_dates(doc: Document, index: int, data: LangData) -> list[Mention]:
    folded = doc.folded(index)
    pats, months, weekdays, wd_rx = _compiled(data.code)
    pub = _publication(doc)
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for rx in pats:
        for m in rx.finditer(folded.text):
            if any(m.start() < te and ts < m.end() for ts, te in taken):
                continue
            g = m.groupdict()
            day = _int(g.get("day"), data.ordinals) if g.get("day") else _int(g.get("dayword"), data.ordinals)
            month = _int(g.get("month"), months)
            year = int(g["year"]) if g.get("year") else None
            value = format_date(year, month, day, pub)
            if value:
                taken.append((m.start(), m.end()))
                st, en = folded.span(m.start(), m.end())
                found.append(Mention("date", st, en, index, value=value, rule=f"date:{rx.pattern[:40]}"))
    if wd_rx is not None:
        cased_days = {fold_str(k): k for k in data.weekdays} if data.cased else {}
        for m in wd_rx.finditer(folded.text):
            if any(m.start() < te and ts < m.end() for ts, te in taken):
                continue
            st, en = folded.span(m.start(), m.end())
            # "lần thứ hai" (the second time) is not Monday ("thứ Hai"): where the name's last
            # word is capitalised, the text's must be too.
            last = cased_days.get(m.group("wd"), "").split(" ")[-1]
            if last[:1].isupper() and not doc.text[st:en].split(" ")[-1][:1].isupper():
                continue
            value = None
            if pub is not None and len(doc.published or "") >= 10:
                back = (pub.weekday() - weekdays[m.group("wd")]) % 7
                value = (pub - dt.timedelta(days=back)).isoformat()
            found.append(Mention("weekday", st, en, index, value=value, rule="weekday"))
    _year_from_weekday(doc, found, pub, weekdays)
    rel_rx, table = _relative(data.code)
    if rel_rx is not None and pub is not None:
        for m in rel_rx.finditer(folded.text):
            if any(m.start() < te and ts < m.end() for ts, te in taken):
                continue
            value = resolve_relative(*table[m.group("rel")], pub, len(doc.published or "") >= 10)
            if value:
                st, en = folded.span(m.start(), m.end())
                found.append(Mention("date", st, en, index, value=value, rule="relative"))
    return sorted(found, key=lambda x: x.start)


_WEEKDAY_GAP = 8  # characters between "Saturday" and "(September 29)" (" (", " günü (") for one to name the other
_YEARS_BACK = 12  # a weekday fits a day and month once in 5 to 11 years: look back that far


def _year_from_weekday(doc: Document, found: list[Mention], pub: dt.date | None, weekdays: dict[str, int]) -> None:
    """"Saturday (September 29)" with no year: the weekday pins the year. Take the year
    nearest the publication date (a year either side) or, with no publication date, the
    latest one not after today in which that day fell on that weekday."""
    days = [m for m in found if m.kind == "weekday"]
    today = dt.date.today()
    for m in found:
        if m.kind != "date" or not (m.value or "").startswith("--") or len(m.value) != 7:
            continue
        wd = next((w for w in days if -_WEEKDAY_GAP <= m.start - w.end <= _WEEKDAY_GAP
                   or -_WEEKDAY_GAP <= w.start - m.end <= _WEEKDAY_GAP), None)
        weekday = weekdays.get(fold_str(doc.text[wd.start:wd.end])) if wd is not None else None
        if weekday is None:
            continue
        month, day = int(m.value[2:4]), int(m.value[5:7])
        years = [pub.year, pub.year - 1, pub.year + 1] if pub else list(range(today.year, today.year - _YEARS_BACK, -1))
        for year in years:
            try:
                when = dt.date(year, month, day)
            except ValueError:
                continue
            if when.weekday() == weekday and (pub is not None or when <= today):
                m.value, m.rule = when.isoformat(), m.rule + "+weekday-year"
                break


@stage("dates", adds="mentions: date, weekday")
def dates(doc: Document) -> Document:
    for s in doc.sentences:
        try:
            data = load(s.lang)
        except UnsupportedLanguage:
            continue
        doc.mentions.extend(sentence_dates(doc, s.index, data))
    return doc
