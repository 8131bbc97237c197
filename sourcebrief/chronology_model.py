"""The chronology's records: an event, the sources that date it, what could not be dated, and their JSON
(``site/data/chronology.json``)."""

from __future__ import annotations

from sourcebrief.model import record


@record
class EventSource:
    """One source's report of an event."""

    source_id: str
    """Id of the article."""
    quote: str
    """The article's own sentence."""
    expression: str
    """The words that dated it, with their preposition: ``on Tuesday``."""
    paragraph: int
    """0-based index into ``Article.paragraphs``; -1 when the date is in a caption."""
    date: str
    """The TIMEX3 value this source gives the event."""
    mod: str | None = None
    """TIMEX3 modifier of that date (``MID``, ``END`` ...)."""
    caption: int = -1
    """0-based index into ``Article.captions`` when the date is in a caption, else -1."""
    line: int = 0
    """Seed line of the paragraph or caption (0 if unknown)."""


@record
class Event:
    """One real-world event, merged across the sources that report it."""

    id: str
    """Stable slug: the date and a few content words, unique in the chronology."""
    date: str
    """TIMEX3 value of the event's date (the finest the sources give)."""
    mod: str | None
    """TIMEX3 modifier of that date, if any."""
    precision: str
    """Grain of ``date``: day, week, month, year ..."""
    text: str
    """The clause the date belongs to, trimmed to read as a chronology line."""
    sources: tuple[EventSource, ...]
    """Every source that reports the event, in article order."""
    conflicting_dates: tuple[str, ...] = ()
    """The differing dates sources give the same event (empty when they agree)."""
    repeats: tuple[EventSource, ...] = ()
    """A source's further sentences telling the event: the event cites each source once (``sources``), but what these
    sentences name (an entity, a quote an undated source shares) still belongs to it."""


@record
class Unresolved:
    """A date expression that could not be placed on the calendar."""

    source_id: str
    """Id of the article."""
    paragraph: int
    """0-based paragraph index, -1 for a caption."""
    expression: str
    """The expression as written."""
    quote: str
    """The sentence holding it."""
    reason: str
    """Why it could not be resolved."""
    start: int = -1
    """Where the expression (without its preposition) starts in its paragraph or caption; -1 if unknown."""


@record
class Chronology:
    """All events in date order, plus what could not be dated."""

    events: tuple[Event, ...]
    """Events sorted by date, then id."""
    unresolved: tuple[Unresolved, ...]
    """Expressions left unresolved, in article order."""
    inferred_dates: tuple[tuple[str, str], ...] = ()
    """(source id, note) for undated sources, e.g. ``undated; reports events up to 2024-02-06``."""

    def to_json(self) -> dict:
        """The ``chronology.json`` shape of DESIGN.md, with extra fields."""
        return {
            "events": [_event_json(event) for event in self.events],
            "unresolved": [{"id": u.source_id, "paragraph": u.paragraph, "expression": u.expression,
                            "quote": u.quote, "reason": u.reason} for u in self.unresolved],
            "inferred_dates": [{"id": source, "note": note} for source, note in self.inferred_dates],
        }


def _event_json(event: Event) -> dict:
    data = {"id": event.id, "date": event.date, "precision": event.precision, "text": event.text,
            "sources": [{"id": s.source_id, "quote": s.quote, "expression": s.expression,
                         "paragraph": s.paragraph, "date": s.date} for s in event.sources]}
    if event.mod:
        data["mod"] = event.mod
    if event.conflicting_dates:
        data["conflicting_dates"] = list(event.conflicting_dates)
    return data
