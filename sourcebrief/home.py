"""The home page's "at a glance": key facts, latest events, open disagreements, who is named most."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .analysis import Analysis
from .corroborate import Conflict, ConflictValue
from .chronology_page import event_paths
from .dates import describe
from .facts_page import badge, fact_paths
from .model import Article
from .plural import counted


@dataclass(frozen=True)
class GlanceItem:
    """One line of an "at a glance" list."""

    text: str
    """What to show."""
    href: str
    """Link from the site root (page and anchor)."""
    label: str = ""
    """A short lead: a date, a badge ("5 outlets")."""
    note: str = ""
    """A muted second line (sources, values)."""


@dataclass(frozen=True)
class HomeView:
    """What the home page shows above the sources."""

    facts: tuple[GlanceItem, ...]
    """Facts reported by several outlets, most outlets first."""
    events: tuple[GlanceItem, ...]
    """The most recent day-precise events, newest first."""
    disagreements: tuple[GlanceItem, ...]
    """Figures and dates the sources give differently."""
    people: tuple[GlanceItem, ...]
    """People and organisations named most often."""
    counts: dict
    """Totals: events, facts, entities, unresolved dates."""


def home_view(analysis: Analysis, limit: int = 6) -> HomeView:
    corroboration, chronology = analysis.corroboration, analysis.chronology
    pages = {item: path.removesuffix(".md") + ".html"
             for item, path in [*event_paths(chronology).items(), *fact_paths(corroboration).items()]}
    facts = tuple(
        GlanceItem(f.text, f"{pages[f.id]}#{f.id}", badge(f))
        for f in corroboration.facts if len(f.sources) > 1
    )[:limit]
    events = tuple(
        GlanceItem(e.text, f"{pages[e.id]}#{e.id}", describe(e.date, e.mod), _sources_note(e))
        for e in latest_days(chronology.events, limit)
    )
    by_id = analysis.by_id  # (built anew on each read)
    disagreements = tuple(
        _figures(c, f"{pages[c.id]}#{c.id}", by_id) for c in corroboration.conflicts
    ) + tuple(
        GlanceItem(e.text, f"{pages[e.id]}#{e.id}", "Dates differ", _some(", ", [describe(d) for d in e.conflicting_dates]))
        for e in chronology.events if e.conflicting_dates
    )
    named = sorted((e for e in analysis.entities.entities
                    if e.kind in ("person", "org") and not all(m.caption for m in e.mentions)),
                   key=lambda e: (-len({m.source for m in e.mentions}), -len(e.mentions), e.name))
    people = tuple(
        GlanceItem(e.name, f"entities/{e.id}.html", "Person" if e.kind == "person" else "Organisation",
                   f"{counted(len(e.mentions), 'mention')} in {counted(len({m.source for m in e.mentions}), 'source')}")
        for e in named[:limit * 2]
    )
    counts = {
        "events": len(chronology.events), "facts": sum(1 for f in corroboration.facts if len(f.sources) > 1),
        "entities": len(analysis.entities.entities), "unresolved": len(chronology.unresolved),
    }
    return HomeView(facts, events, disagreements[:limit], people, counts)


_SHOWN = 4
"""Values a disagreement lists on the home page; its own page lists them all."""


def _figures(conflict: Conflict, link: str, by_id: dict[str, Article]) -> GlanceItem:
    """A figure the sources give differently, one that each later report gave higher ("Figure rose": a toll that
    grew is an update, not a disagreement, and reads in date order), or one given at two stages of an election's
    count ("Partial and final counts": the early share is no misreport of the final one, unless the full counts
    differ too: then the figures differ, the partial value marked)."""
    if conflict.rising:
        return GlanceItem(conflict.text, link, "Figure rose", _some(" then ", _values_given(conflict, by_id)))
    if conflict.falling or conflict.changing:
        label = "Figure fell" if conflict.falling else "Figure changed"
        return GlanceItem(conflict.text, link, label, _some(" then ", _values_given(conflict, by_id)))
    if conflict.partial and len({_amount(v) for v in conflict.values if not v.partial and not v.rounded}) < 2:
        label = "Partial counts" if all(v.partial for v in conflict.values) else "Partial and final counts"
        joint = " then " if _partial_first(conflict) else " vs "
        return GlanceItem(conflict.text, link, label, _some(joint, _values_given(conflict, by_id)))
    return GlanceItem(conflict.text, link, "Figures differ", _some(" vs ", _values_given(conflict, by_id)))


def _partial_first(conflict: Conflict) -> bool:
    """Whether every value of a partial count was published before every value of the full count: then the values
    read in date order ("58.6% (… partial count) then 58.8% (…)")."""
    partial = [v.published for v in conflict.values if v.partial]
    full = [v.published for v in conflict.values if not v.partial]
    if None in partial or None in full:
        return False
    return not full or max(partial) < min(full)


def _values_given(conflict: Conflict, by_id: dict[str, Article]) -> list[str]:
    """Each value of a conflict once, with the outlets that give it, for a tally that grew when it was given, and
    for a value only ever given from a count not yet over, that it was partial: "158 votes (Al-Monitor, INA)",
    "97 (Kurdistan24)"; "about 140 attacks (Rudaw, 2024-01-25)"; "58.6% (Reuters, partial count)", or when other
    outlets gave it from the full count, "58.6% (Reuters (partial count), AP)"."""
    given: dict[str, list[ConflictValue]] = {}
    for value in conflict.values:  # "137 votes" and "137", "around Rs 2.5 crore" and "Rs 2.5 crore" are one value
        given.setdefault(_amount(value), []).append(value)
    shown = []
    for values in given.values():
        some = any(v.partial for v in values) and not all(v.partial for v in values)
        names = list(dict.fromkeys(f"{by_id[v.source_id].outlet}{' (partial count)' if some and v.partial else ''}"
                                   for v in values if by_id[v.source_id].outlet))
        first = min((v.published for v in values if v.published), default=None)
        moving = conflict.rising or conflict.falling or conflict.changing
        when = [first.isoformat() if first else "undated"] if moving else []
        when += ["partial count"] if all(v.partial for v in values) else []
        when += ["rounded"] if all(v.rounded for v in values) else []
        text = max((v.value for v in values), key=len)
        shown.append(f"{text} ({', '.join(names + when)})" if names or when else text)
    return shown


def _amount(value: ConflictValue) -> str:
    """What two wordings of one value share (_AMOUNT), lower-cased: the key a value is shown once under."""
    found = _AMOUNT.search(value.value)
    return found.group().lower() if found else value.value


_AMOUNT = re.compile(r"\d[\d.,]*(?:\s*(?:thousand|million|billion|trillion|lakh|crore|bn|m|k)\b)?", re.I)
"""A value's number and its scale word, what two wordings of one value share ("Rs 2.5 crore"), without the hedge or
the unit one source may leave out ("137 votes", "137")."""


def _some(joint: str, values: list[str]) -> str:
    """The first _SHOWN values, joined, and how many more there are (never "1 more": that one is shown): a home-page
    card stays a card."""
    if len(values) <= _SHOWN + 1:
        return joint.join(values)
    return f"{joint.join(values[:_SHOWN])} and {len(values) - _SHOWN} more values"


def _sources_note(event) -> str:
    count = len({s.source_id for s in event.sources})
    return counted(count, 'source')


def latest_days(events, limit: int) -> list:
    """The most recent days with a day-precise event, newest first: each day's best-sourced event."""
    best: dict[str, object] = {}
    for event in events:
        if len(event.date) != 10:
            continue
        current = best.get(event.date)
        sources = len({s.source_id for s in event.sources})
        if current is None or sources > len({s.source_id for s in current.sources}):
            best[event.date] = event
    return [best[day] for day in sorted(best, reverse=True)[:limit]]
