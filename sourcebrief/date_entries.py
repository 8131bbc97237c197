"""A live blog's entry days and clock times, and the small-hours clock of a page's stamp: the day each entry was written, from the day headings ("Tuesday 14 May") and dated entry
stamps ("14 May 2024 - 22:30 GMT") between its entries, so that an entry's "yesterday" or "on Monday" counts from its
own day, not from the page's date."""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from sourcebrief import date_rules as R
from sourcebrief.date_values import precision
from sourcebrief.model import Article

MARKER_REASONS = frozenset({"date stamp (kept as metadata)", "time stamp", "section label"})
"""Why the cleaner removed a line that may be an entry's day: its time stamp, or a day heading read as a label (a
related link's date or a tweet's is removed for other reasons and dates nothing below it)."""
MIN_MARKERS = 2
"""Day markers below the first paragraph that make a page a live blog (or a timeline): one dated line under the
standfirst is the page's own stamp."""
_PAGE_STAMP = re.compile(r"\b(?:updated|published|modified|posted\s+on|last\s+edited)\b", re.IGNORECASE)
"""A label that makes a dated line the page's stamp ("Updated 15 May 2024 14:02 GMT"), not an entry's."""
_LEFT_OVER = re.compile(r"(?:[\W\d_]|\b(?:(?-i:[A-Z]{2,5})|[ap]\.?m\.?|at|on|local\s+time|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat"
                        r"|Sun)\b)*", re.IGNORECASE)
"""What a day line may hold besides its date: a clock and its zone (in capitals), separators, a weekday's short name ("Wed
15 May 2024 09.15 BST", "15 Mar 2025 - 20:45 GMT"); not a word ("Talks end 14 May")."""

_COUNTED = re.compile(r"\b(?:ago|earlier|later|before|after|from\s+now)\b", re.IGNORECASE)
"""A day counted from the reading ("2 hours ago"), which names no entry's day."""

Finder = Callable[[str, "dt.date | None"], list]
"""dates.find_dates: (text, publication date) to the expressions found."""


def day_of_line(text: str, published: dt.date | None, find: Finder) -> dt.date | None:
    """The day a line that is only a date names, maybe with a clock time ("Tuesday 14 May", "14 May 2024 - 22:30
    GMT"); None for a page's labelled stamp ("Updated 15 May 2024"), a date without its day number ("Monday"), or a
    line that says more ("Talks resume 14 May")."""
    text = text.strip()
    if len(text) > 60 or _PAGE_STAMP.search(text):
        return None
    found = find(text, published)
    days = {t.value.split("T")[0] for t in found if t.type in ("DATE", "TIME") and t.value != "unresolved"}
    if len(days) != 1 or not any(t.type == "DATE" and re.search(r"\d", t.text) and not _COUNTED.search(t.text)
                                 for t in found):
        return None
    day = days.pop()
    rest = text
    for timex in reversed(found):
        rest = rest[:timex.start] + " " + rest[timex.end:]
    if precision(day) != "day" or not _LEFT_OVER.fullmatch(rest):
        return None
    return dt.date.fromisoformat(day)


def entry_days(article: Article, find: Finder) -> list[dt.date | None]:
    """The day of each paragraph of ``article``: the day of the last day heading or dated entry stamp above it, on a
    page with MIN_MARKERS of them below its first paragraph (a live blog); None for a paragraph above them all, and for
    every paragraph of any other page (their dates count from the page's date)."""
    paragraphs = article.paragraphs
    if not paragraphs:
        return []
    first = paragraphs[0].line
    markers = [(p.line, day) for p in paragraphs[1:] if (day := day_of_line(p.text, article.published, find))]
    markers += [(r.line, day) for r in article.removed if r.reason in MARKER_REASONS and r.line > first
                and (day := day_of_line(r.text, article.published, find))]
    if len(markers) < MIN_MARKERS:
        return [None] * len(paragraphs)
    markers.sort(key=lambda marker: marker[0])
    days, at, day = [], 0, None
    for paragraph in paragraphs:
        while at < len(markers) and markers[at][0] <= paragraph.line:
            day, at = markers[at][1], at + 1
        days.append(day)
    return days


_ENTRY_CLOCK = re.compile(r"(?:Posted\s+at\s+)?(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*(?:GMT|UTC|[A-Z]{2,4}T))?")
"""A line that is only a clock time, maybe with its zone: a live blog's entry stamp ("23:15", "21.30 GMT", "Posted at
08:32")."""


def entry_clocks(article: Article) -> list[str | None]:
    """The clock time ("23:15") each paragraph's entry was stamped with, on a page whose paragraphs MIN_MARKERS lines
    that are only a clock time stand above (a live blog); None for every paragraph of any other page, or above them
    all."""
    return [clock for clock, _ in _entries(article)]


def _entries(article: Article) -> list[tuple[str | None, int]]:
    """Each paragraph's entry stamp (entry_clocks) and the line of that stamp (0 for none)."""
    stamps = sorted((r.line, f"{int(m['h']):02d}:{m['m']}") for r in article.removed
                    if (m := _ENTRY_CLOCK.fullmatch(r.text.strip())))
    if len(stamps) < MIN_MARKERS or not article.paragraphs:
        return [(None, 0)] * len(article.paragraphs)
    entries, at, clock, line = [], 0, None, 0
    for paragraph in article.paragraphs:
        while at < len(stamps) and stamps[at][0] <= paragraph.line:
            (line, clock), at = stamps[at], at + 1
        entries.append((clock, line))
    return entries


def before_own_stamp(article: Article, paragraph: int, clock: str, told: int, head: str = "") -> bool:
    """Whether a clock time with no day of its own in paragraph ``paragraph`` ("fell into the sea shortly after
    3.30am", under the entry stamped "Posted at 07:15") is earlier than its live blog entry's stamp, or a coming one
    (a future cue in ``head``, its sentence before it: "hopes to reconnect most of them by 18:00", stamped "10:05")
    later than it, the day the story last told (in paragraph ``told``) lying in another entry: the clock is that
    entry's day, the one it was written on (chronology's bare clock times)."""
    entries = _entries(article)
    if not 0 <= paragraph < len(entries) or not 0 <= told < len(entries):
        return False
    own, line = entries[paragraph]
    if own is None or article.paragraphs[told].line >= line:
        return False
    return clock < own or (clock > own and bool(R.FUTURE_CUES.search(head)))


_STAMP_CLOCK = re.compile(r"(?<![\d./])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![./]?\d)(?:\s*(?P<ap>[ap])\.?m\b\.?)?", re.IGNORECASE)
_ZONED = re.compile(r"\b(?:GMT|UTC|[A-Z]{2,4}T|WIB|IST)\b|[+-]\d{1,2}\b|\b(?:updated|modified)\b", re.IGNORECASE)
"""A stamp's zone ("3:05 AM GMT", "GMT+7", "WIB") or an update's label: its clock is not surely the writer's own."""
SMALL_HOURS_END = "05:00"
"""Until when a page stamped after midnight was likely written the evening before."""


def small_hours_stamp(article: Article) -> str | None:
    """The clock time ("00:47") of a page's own publication stamp ("08.02.2026 00:47") when it falls in the small
    hours, in no named zone (the outlet's own time) and not an update's; else None."""
    if article.published is None:
        return None
    for removed in article.removed:
        if removed.reason != "date stamp (kept as metadata)" or str(article.published.year) not in removed.text:
            continue
        match = _STAMP_CLOCK.search(removed.text)
        if match is None or _ZONED.search(removed.text):
            return None
        hour = int(match["h"]) % 12 + (12 if (match["ap"] or "").lower() == "p" else 0) if match["ap"] else int(
            match["h"])
        clock = f"{hour:02d}:{match['m']}"
        return clock if clock < SMALL_HOURS_END else None
    return None
