"""The container that flows through the pipeline: the original text plus spans."""
from __future__ import annotations

from dataclasses import dataclass, field

from .textnorm import Folded, fold


@dataclass
class Span:
    """A character range of the original text with a label (paragraph, boilerplate...)."""

    start: int
    end: int
    label: str = ""
    lang: str | None = None


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    lang: str | None
    paragraph: int


@dataclass
class Mention:
    """Something recognised in a sentence: a country, organisation, office, person, place, date.

    ``code`` is the top-level actor code (ISO alpha-3, UNO, EUR, IGO) when known.
    """

    kind: str
    start: int
    end: int
    sentence: int
    code: str | None = None
    sector: str | None = None
    name: str | None = None
    title: str | None = None
    value: str | None = None  # dates: ISO-like value; places: canonical name
    rule: str = ""


@dataclass
class Entity:
    """One participant of an event, as written in PLOVER output."""

    code: str
    sector: str | None
    name: str | None
    entity_text: str
    start: int
    end: int
    office: str | None = None
    name_text: str | None = None  # the name alone, as written

    def as_dict(self) -> dict:
        return {"code": self.code, "sector": self.sector, "name": self.name,
                "entity_text": self.entity_text, "office": self.office, "name_text": self.name_text,
                "span": [self.start, self.end]}


@dataclass
class Event:
    type: str
    mode: str | None
    cameo: str
    actor: list[Entity]
    recipient: list[Entity]
    sentence: int
    trigger_start: int
    trigger_end: int
    rule: str
    date: str | None = None
    location: dict | None = None
    context: list[str] = field(default_factory=list)
    evidence: list[int] = field(default_factory=list)  # sentence indexes, first is primary
    confidence: float = 0.5
    historical: bool = False
    date_span: tuple[int, int] | None = None
    place_span: tuple[int, int] | None = None

    def codes(self) -> frozenset[str]:
        return frozenset(e.code for e in self.actor + self.recipient)


@dataclass
class Document:
    """A document: its text exactly as given, metadata, and the spans stages add."""

    id: str
    text: str
    lang: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    boilerplate: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Folded sentences by index, computed once and shared by every stage that matches.
    _folds: dict = field(default_factory=dict, repr=False, compare=False)
    _by_sentence: tuple = field(default_factory=lambda: ({}, 0), repr=False, compare=False)

    def folded(self, index: int) -> Folded:
        """The folded text of sentence ``index`` (see textnorm.fold)."""
        f = self._folds.get(index)
        if f is None:
            s = self.sentences[index]
            f = self._folds[index] = fold(self.text, s.start, s.end)
        return f

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start:s.end]

    def mentions_in(self, index: int, kind: str | None = None) -> list[Mention]:
        # Stages only ever append mentions, so the per-sentence index is extended, not rebuilt.
        by, seen = self._by_sentence
        if seen != len(self.mentions):
            for m in self.mentions[seen:]:
                by.setdefault(m.sentence, []).append(m)
            self._by_sentence = (by, len(self.mentions))
        found = by.get(index, [])
        return [m for m in found if m.kind == kind] if kind is not None else list(found)
