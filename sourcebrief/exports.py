"""The chronology for other tools: iCalendar (RFC 5545), TimelineJS JSON and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Mapping

from .chronology_model import Chronology, Event
from .dates import describe
from .model import Article


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _ics_text(text: str) -> str:
    """RFC 5545 TEXT escaping."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    """Fold a content line into pieces of at most 75 octets (continuations start with a space)."""
    pieces, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not pieces else 74
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
        current += char
        size += width
    pieces.append(current)
    return [pieces[0]] + [" " + p for p in pieces[1:]]


def _outlets(event: Event, articles: Mapping[str, Article]) -> str:
    names = []
    for source in event.sources:
        article = articles.get(source.source_id)
        name = (article.outlet if article and article.outlet else source.source_id)
        if name not in names:
            names.append(name)
    return ", ".join(names)


def chronology_ics(chronology: Chronology, articles: Mapping[str, Article], title: str, build_date: str) -> str:
    """One all-day VEVENT per day-precise event."""
    stamp = (build_date.replace("-", "") if build_date[:4].isdigit() else "19700101") + "T000000Z"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//sourcebrief//briefing//EN", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{_ics_text(title)}"]
    for event in chronology.events:
        day = _day(event.date)
        if day is None:
            continue
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.id}@sourcebrief",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_ics_text(event.text)}",
            f"DESCRIPTION:{_ics_text('Reported by ' + _outlets(event, articles) + '.')}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(piece + "\r\n" for line in lines for piece in _fold(line))


def _timeline_date(event: Event) -> dict | None:
    value = event.date
    if not value[:4].isdigit() or (len(value) > 4 and value[4] != "-"):
        return None
    date: dict = {"year": value[:4]}
    if len(value) >= 7 and value[5:7].isdigit():
        date["month"] = str(int(value[5:7]))
    if len(value) == 10:
        date["day"] = str(int(value[8:10]))
    date["display_date"] = describe(value, event.mod)
    return date


def timeline_json(chronology: Chronology, articles: Mapping[str, Article], title: str) -> dict:
    """Knight Lab TimelineJS3 JSON."""
    events = []
    for event in chronology.events:
        start = _timeline_date(event)
        if start is None:
            continue
        events.append({
            "unique_id": event.id,
            "start_date": start,
            "text": {"headline": event.text, "text": "Reported by " + _outlets(event, articles) + "."},
            "group": start["year"],
        })
    return {"title": {"text": {"headline": title, "text": "Chronology"}}, "events": events}


def chronology_csv(chronology: Chronology, articles: Mapping[str, Article]) -> str:
    """One row per event: id, date, precision, mod, readable date, text, outlets, source ids."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "date", "precision", "mod", "date_text", "text", "outlets", "sources"])
    for event in chronology.events:
        writer.writerow([event.id, event.date, event.precision, event.mod or "", describe(event.date, event.mod),
                         event.text, _outlets(event, articles), " ".join(sorted({s.source_id for s in event.sources}))])
    return out.getvalue()
