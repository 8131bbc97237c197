"""The chronology page: events by year and month, each footnoted to every source that reports it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .chronology_model import Chronology, Event
from .citations import Citer
from .content import source_citation
from .dates import describe
from .date_values import first_day
from .markdown import escape_text
from .model import Article
from .notes import note_lines
from .pages import GeneratedPage
from .facts_page import LISTED
from .plural import counted

INTRO = (
    "Every dated statement in the sources, merged across outlets: one line per event, dated at the "
    "precision the sources give, with a footnote to each source's own sentence. Relative dates "
    "(\"on Tuesday\", \"the next day\") are resolved against each article's publication date and the "
    "events it narrates; what cannot be resolved is listed at the end, never guessed."
)


def _year(value: str) -> str:
    return value[:4] if value[:4].isdigit() else "Other"


def _month_value(event: Event) -> str | None:
    """"2024-02" for events dated to a day, week (its Monday), weekend (its Saturday) or month; None for coarser ones."""
    value = event.date
    if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit():
        return value[:7]
    if re.match(r"\d{4}-W\d\d", value):
        return first_day(value).strftime("%Y-%m")
    return None


def _month_heading(event: Event) -> str | None:
    """"February 2024" for events dated to a day, week or month; None for coarser ones."""
    month = _month_value(event)
    return describe(month, None) if month else None


def event_label(event: Event) -> str:
    """The date as a reader should see it, at its true precision."""
    return describe(event.date, event.mod)


PAGE_EVENTS = 300
"""A chronology with more events than this is split: one page per year, and one per month within a year
that still has more (its events dated no closer than the year stay on the year's page)."""


def chronology_pages(chronology: Chronology, articles: Mapping[str, Article],
                     notes: Mapping[str, Sequence[str]] | None = None) -> list[GeneratedPage]:
    """``chronology.md``, and when it is long, ``chronology/<period>.md`` pages it lists."""
    notes = notes or {}
    tail = _unresolved(chronology, Citer(articles)) + _undated(chronology, articles)
    if len(chronology.events) <= PAGE_EVENTS:
        blocks = [INTRO, *_event_blocks(chronology.events, Citer(articles), notes), *tail]
        return [_page("chronology.md", "Chronology", blocks)]
    periods = _periods(chronology.events)
    citer = Citer(articles, prefix="../sources/")
    pages = []
    for k, (stem, title, events) in enumerate(periods):
        nav = _period_nav(periods, k)
        pages.append(_page(f"chronology/{stem}.md", f"Chronology: {title}",
                           [nav, *_event_blocks(events, citer, notes), nav]))
    listing = "\n".join(f"- [{escape_text(title)}](chronology/{stem}.md): {counted(len(events), 'event')}"
                        for stem, title, events in periods)
    summary = f"{len(chronology.events)} events, one page per period:"
    return [_page("chronology.md", "Chronology", [INTRO, "{#periods}\n## Periods", summary, listing, *tail]), *pages]


def event_paths(chronology: Chronology) -> dict[str, str]:
    """The content page that lists each event, by event id (``chronology.md`` or ``chronology/2024-02.md``)."""
    if len(chronology.events) <= PAGE_EVENTS:
        return {event.id: "chronology.md" for event in chronology.events}
    return {event.id: f"chronology/{stem}.md" for stem, _, events in _periods(chronology.events) for event in events}


def _page(path: str, title: str, blocks: list[str]) -> GeneratedPage:
    return GeneratedPage(path, {"title": title, "layout": "chronology"}, "\n\n".join(blocks) + "\n")


def _event_blocks(events: Sequence[Event], citer: Citer, notes: Mapping[str, Sequence[str]]) -> list[str]:
    """Events under year and month headings, each with its footnotes and the editor's notes."""
    blocks = []
    year = month = None
    for event in events:
        if _year(event.date) != year:
            year = _year(event.date)
            blocks.append(f"{{#y{year}}}\n## {year}")
            month = None
        heading = _month_heading(event)
        if heading and heading != month:
            month = heading
            blocks.append(f"### {escape_text(heading)}")
        blocks.append(_event_block(event, citer))
        if event.id in notes:
            blocks.append(note_lines(notes[event.id]))
    return blocks


def _periods(events: Sequence[Event]) -> list[tuple[str, str, list[Event]]]:
    """(file stem, title, events) of each page of a long chronology, in date order."""
    periods: list[tuple[str, str, list[Event]]] = []
    for year, in_year in _groups(events, lambda e: _year(e.date)):
        if len(in_year) <= PAGE_EVENTS:
            periods.append((year.lower(), year, in_year))
            continue
        coarse = [e for e in in_year if _month_heading(e) is None]
        if coarse:
            periods.append((year.lower(), year, coarse))
        months = [e for e in in_year if _month_heading(e) is not None]
        for _, in_month in _groups(months, _month_heading):
            stem = _month_value(in_month[0])
            periods.append((stem, _month_heading(in_month[0]) or stem, in_month))
    return periods


def _groups(events: Sequence[Event], key) -> list[tuple[str, list[Event]]]:
    """Runs of events with the same key (events come sorted by date, so each key is one run)."""
    groups: dict[str, list[Event]] = {}
    for event in events:
        groups.setdefault(key(event), []).append(event)
    return list(groups.items())


def _period_nav(periods: list[tuple[str, str, list[Event]]], k: int) -> str:
    links = []
    if k > 0:
        links.append(f"[← {escape_text(periods[k - 1][1])}]({periods[k - 1][0]}.md)")
    links.append("[All periods](../chronology.md#periods)")
    if k + 1 < len(periods):
        links.append(f"[{escape_text(periods[k + 1][1])} →]({periods[k + 1][0]}.md)")
    return "{.period-nav}\n" + " · ".join(links)


def _event_block(event: Event, citer: Citer) -> str:
    marks, notes = [], []
    for number, source in enumerate(event.sources[:LISTED], start=1):
        label = f"{event.id}-{number}"
        marks.append(f"[^{label}]")
        paragraph = source.paragraph + 1 if source.paragraph >= 0 else None
        dated = f"{source.expression} → {describe(source.date, source.mod)}"
        notes.append(f"[^{label}]: {citer.note(source.source_id, paragraph, source.quote, dated_by=dated)}")
    date = f"[{escape_text(event_label(event))}]{{.date value={event.date}{_mod(event)}}}"
    text = escape_text(event.text)
    outlets = len({citer.articles[s.source_id].outlet or s.source_id for s in event.sources if s.source_id in citer.articles})
    count = f"[{counted(outlets, 'source')}]{{.badge}}"
    more = len(event.sources) - LISTED
    line = f"{{#{event.id} .event}}\n**{date}** {count} {text}{''.join(marks)}"
    if more > 0:
        line += f" *(and {more} more sources, all in data/chronology.json)*"
    if event.conflicting_dates:
        disputed = ", ".join(describe(d, None) for d in event.conflicting_dates)
        line += f"\n*Sources disagree on the date: {escape_text(disputed)}.*"
    return "\n\n".join([line, *notes])


def _mod(event: Event) -> str:
    return f" mod={event.mod}" if event.mod else ""


TAIL_LISTED = 200
"""Unresolved dates, and undated sources, listed on the chronology page (in order); the rest are counted (all are in
data/chronology.json, and ``sourcebrief check`` lists them): a list that grows with the briefing is no page's."""


def _counted_rest(total: int, what: str) -> list[str]:
    """The line that stands for the ``what`` (singular) past the TAIL_LISTED shown: "… and 1 more undated source"."""
    if total <= TAIL_LISTED:
        return []
    return [f"*… and {counted(total - TAIL_LISTED, 'more ' + what)} in data/chronology.json*"]


def _unresolved(chronology: Chronology, citer: Citer) -> list[str]:
    if not chronology.unresolved:
        return []
    items = []
    for entry in chronology.unresolved[:TAIL_LISTED]:
        article = citer.articles.get(entry.source_id)
        if article is None:
            continue
        paragraph = entry.paragraph + 1 if entry.paragraph >= 0 else None
        where = citer.link(entry.source_id, paragraph)
        items.append(f"- “{escape_text(entry.expression)}” in {where}: {escape_text(entry.reason)}. "
                     f"*“{escape_text(entry.quote)}”*")
    intro = ("Expressions no rule could date safely. Give the source a `published` date in "
             "`seeds/sources.yml`, or edit the source page by hand.")
    return ["{#unresolved}\n## Dates left unresolved", intro, "\n".join(items),
            *_counted_rest(len(chronology.unresolved), "unresolved date")]


def _undated(chronology: Chronology, articles: Mapping[str, Article]) -> list[str]:
    notes = [(source_id, note) for source_id, note in chronology.inferred_dates if source_id in articles]
    if not notes:
        return []
    items = [f"- [{source_citation(articles[s])}: {escape_text(articles[s].title)}](sources/{s}.md): {escape_text(n)}"
             for s, n in notes[:TAIL_LISTED]]
    return ["{#undated-sources}\n## Undated sources", "\n".join(items), *_counted_rest(len(notes), "undated source")]


