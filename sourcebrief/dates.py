"""Find the dates, times, durations and sets in English news text and resolve them to TIMEX3 values."""

from __future__ import annotations

import bisect
import re
import datetime as _dt
from typing import NamedTuple

from sourcebrief import (date_bracket, date_calendar, date_clock, date_daymonth, date_entries, date_habit,
                         date_handlers, date_night, date_ordinal, date_pairs, date_quarters, date_rules, date_site,
                         date_story, date_that_year, date_updated, outlet_names)
from sourcebrief.date_values import describe, precision
from sourcebrief.model import Article, record

__all__ = ["ArticleDates", "Timex", "article_dates_found", "find_dates", "describe", "narrative", "precision",
           "restated_count", "unresolved_reason"]


@record
class Timex:
    """One temporal expression found in a text."""

    start: int
    """Character offset where the expression starts."""
    end: int
    """Character offset just past the expression."""
    text: str
    """The expression as written: ``text[start:end]`` of the searched text."""
    type: str
    """TIMEX3 type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``."""
    value: str
    """TIMEX3 value (``2024-02-06``, ``2024-W05``, ``P3D``, ``PRESENT_REF`` ...) or ``unresolved``."""
    mod: str | None = None
    """TIMEX3 modifier (``START``, ``MID``, ``END``, ``APPROX`` ...), if any."""

    def to_dict(self) -> dict:
        """Plain JSON-ready form; ``mod`` only when set."""
        data = {"start": self.start, "end": self.end, "text": self.text,
                "type": self.type, "value": self.value}
        if self.mod:
            data["mod"] = self.mod
        return data


HANDLERS = {
    "iso": date_handlers.iso, "yearfirst": date_handlers.iso, "numeric": date_handlers.numeric,
    "dotted": date_handlers.dotted, "full": date_handlers.full,
    "time": date_bracket.checked(date_clock.time), "offset": date_handlers.offset, "anaph": date_handlers.anaph,
    "relu": date_bracket.checked(date_story.relu), "decade": date_calendar.decade, "quarter": date_quarters.quarter,
    "duration": date_calendar.duration, "monthyear": date_calendar.monthyear, "year": date_calendar.year,
    "season": date_habit.recurring(date_calendar.season), "word": date_calendar.word,
    "weekday": date_habit.recurring(date_bracket.checked(date_calendar.weekday)),
    "set": date_calendar.set_, "baredur": date_calendar.baredur, "holiday": date_calendar.holiday,
    "weekend": date_calendar.weekend, "ofunit": date_story.of_unit, "ordinal": date_ordinal.ordinal,
    "daymonth": date_daymonth.daymonth,
}
"""Which function resolves each rule of ``date_rules.RULES``."""


SENTENCE_REACH = 400
"""How far around an expression its sentence is read for tense and context (news sentences are shorter)."""

_COMPARISON = re.compile(r"year-(?:earlier|ago)|comparable", re.IGNORECASE)
"""Expressions naming a comparison period, which do not move the narrative's reference time."""


class _Anchors(NamedTuple):
    """What the narrative has dated so far, for anaphoric expressions."""

    day: str | None = None
    """The most recent day-precision date mentioned."""
    last: str | None = None
    """The most recent concrete date of any precision."""
    last_end: int = -1
    """Where that most recent date ended."""
    quarter: str | None = None
    """The most recent quarter mentioned."""
    clock: str | None = None
    """The day of the most recent clock time."""
    clock_end: int = -1
    """Where that clock time ended."""
    clock_at: str | None = None
    """That clock time's value with its day ("2026-01-13T23:47"), for a count of minutes or hours from it."""
    year: str | None = None
    """The year the story last wrote out, which "that year" refers to (date_that_year)."""
    part: tuple[str, str, int] | None = None
    """The day, the part of it and where its date ended, of the last date that named a part of a day ("on Wednesday
    morning"), while no other day was told since (an evening's, but the publication day: date_night.part_anchor)."""
    night: str | None = None
    """The day whose late evening or night the story last told ("late on Tuesday", "shortly before midnight"), while
    the days told since are only that day or the publication day (date_site.Site.night_day)."""


_MEASURE_AFTER = re.compile(r"\s+(?:record|high|low|average|peak|level|figure|total)s?\b(?!\s+(?:of|for)\b)")
"""A measure after a date: "the July [record]" (not "the July record of …")."""
_KIND_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?$")
_KIND_OPENS = re.compile(r"(?:the|last|previous|this|next)\s", re.IGNORECASE)
"""A determiner (and a word) before or opening a month or season that names a measure's kind: "[the previous] July
record", "the June average", "a summer high" (a year stays one: "the 2023 level" is 2023's)."""


def find_dates(text: str, published: _dt.date | None,
               days: tuple[tuple[int, _dt.date], ...] = (), caption: bool = False,
               numeric_order: str | None = None, clocks: tuple[tuple[int, str], ...] = ()) -> list[Timex]:
    """All temporal expressions in ``text``, resolved against ``published`` and the narrative, sorted by start;
    ``days``: (offset, day) where a live blog's entry of another day starts, from which on its expressions count
    from that day (date_entries); ``caption``: ``text`` is a photo caption (date_site.Site.caption);
    ``numeric_order``: how the outlet writes dates in numbers, "day" or "month" first (date_site.Site.numeric_order);
    ``clocks``: (offset, clock) where a live blog's entry stamped with that clock time starts (date_entries)."""
    found: list[Timex] = []
    clock_starts = [start for start, _ in clocks]
    day_starts = [start for start, _ in days]
    anchors = _Anchors()
    boundaries = [m.end() for m in date_rules.SENTENCE_END.finditer(text)]
    pos = 0
    tried: dict[int, re.Match[str] | None] = {}
    """``MASTER.match`` at each start tried so far: the windows of nearby key words overlap."""
    for key in date_rules.KEY.finditer(text):
        if key.start() < pos:
            continue
        for word in date_rules.WORD_START.finditer(text, max(pos, key.start() - 40), key.start() + 1):
            start = word.start()
            if start not in tried:
                tried[start] = date_rules.MASTER.match(text, start)
            if tried[start] is None or tried[start].end() <= key.start():
                continue  # (most starts: _resolve_at's first test, without the call)
            at = bisect.bisect_right(day_starts, start)
            reference = days[at - 1][1] if at else published
            stamped = bisect.bisect_right(clock_starts, start)
            if stamped and -1 < anchors.clock_end <= clock_starts[stamped - 1]:  # a clock of another live blog entry:
                anchors = anchors._replace(clock_end=-1)  # no evening whose night this entry's small hours go on
            resolved = _resolve_at(text, tried[start], key.start(), reference, boundaries, anchors, caption,
                                   numeric_order, clocks[stamped - 1][1] if stamped else None)
            if resolved is not None:
                timex, moves_anchor = resolved
                if timex.type == "DATE" and (first := date_pairs.first_day(text, timex.value, timex.start, timex.end,
                                                                           found[-1].end if found else 0)):
                    found.append(Timex(first[0], first[1], text[first[0]:first[1]], "DATE", first[2]))
                    # "9 and 10 February": the 9th of the same month, a date of its own
                found.append(timex)
                if moves_anchor and not _other_zone(text, timex):
                    night = _night(text, timex, anchors.night, published)
                    part = date_night.part_anchor(timex, anchors.part, published)
                    anchors = _advance(anchors, timex, _owned_after_day(text, anchors, timex),
                                       _dates_a_thing(text, timex))._replace(night=night, part=part)
                pos = timex.end
                if timex.type == "DATE" and (second := date_pairs.second_day(text, timex.value, timex.start,
                                                                             timex.end)):
                    found.append(Timex(second[0], second[1], text[second[0]:second[1]], "DATE", second[2]))
                    pos = second[1]  # "Feb. 9 and 10": the 10th of the same month, a date of its own
                break
    return _restated_counts(text, found)


_COUNTED = re.compile(r"(?:earlier|later|before|after|the\s+(?:next|following|previous|preceding)\s+\w+)$",
                      re.IGNORECASE)
"""A day counted from the narrative ("two days earlier", "the next day")."""
_RESTATING = re.compile(r",?\s*(?:\(\s*)?(?:on\s+|in\s+)?")
"""What may stand between a counted day and the date that says it again: "Two days earlier[, on ]Thursday"."""


def _restated_counts(text: str, found: list[Timex]) -> list[Timex]:
    """``found`` with a counted day that a date right after it names again taking that date's value: "Two days
    earlier, on Thursday, winds had dropped" is Thursday, whatever day the narrative last gave to count from."""
    fixed = list(found)
    for index, (counted, named) in enumerate(zip(found, found[1:])):
        if restated_count(text, counted, named):
            fixed[index] = Timex(counted.start, counted.end, counted.text, counted.type, named.value, None)
    return fixed


def restated_count(text: str, counted: Timex, named: Timex) -> bool:
    """Whether ``counted`` ("Two days earlier") is a counted day that ``named`` (", on Thursday"), right after it,
    says again: one date, which ``named`` gives."""
    return (counted.type == named.type == "DATE" and bool(_COUNTED.search(counted.text))
            and named.value != "unresolved" and precision(named.value) == "day"
            and bool(_RESTATING.fullmatch(text, counted.end, named.start)))


def _resolve_at(text: str, match: re.Match[str] | None, key: int, published: _dt.date | None,
                boundaries: list[int], anchors: _Anchors, caption: bool = False,
                numeric_order: str | None = None, written_at: str | None = None) -> tuple[Timex, bool] | None:
    """The expression ``match`` (``MASTER`` matched where it starts) covering ``key`` if one resolves there,
    and whether it anchors."""
    if match is None or match.end() <= key:
        return None
    rule, start, end = match.lastgroup, match.start(), match.end()
    groups = date_rules.RULE_PATTERNS[rule].match(text, start)
    if groups is None or groups.end() != end:
        return None
    sent = bisect.bisect_right(boundaries, start)
    # A "sentence" is capped at SENTENCE_REACH characters each side, so unpunctuated text stays linear.
    sentence_start = max(boundaries[sent - 1] if sent else 0, start - SENTENCE_REACH)
    sentence_end = min(boundaries[sent] if sent < len(boundaries) else len(text), end + SENTENCE_REACH)
    site = date_site.Site(
        text=text, start=start, end=end, dct=published, sentence_start=sentence_start,
        sentence_end=sentence_end,
        day_anchor=anchors.day, quarter_anchor=anchors.quarter,
        recent=anchors.last if anchors.last_end > sentence_start else None, last=anchors.last,
        clock_day=anchors.clock if anchors.clock_end > (boundaries[sent - 2] if sent >= 2 else 0) else None,
        clock_at=anchors.clock_at if anchors.clock_end > (boundaries[sent - 2] if sent >= 2 else 0) else None,
        caption=caption, numeric_order=numeric_order, night_day=anchors.night,
        night_near=bool(anchors.night and anchors.last and anchors.last.split("T")[0] == anchors.night
                        and anchors.last_end > (boundaries[sent - 2] if sent >= 2 else 0)),
        part_day=date_night.part_told(text, anchors.part, start), written_at=written_at,
        day_before=(anchors.last, anchors.last_end) if anchors.last and precision(anchors.last) == "day" and (
            boundaries[sent - 2] if sent >= 2 else 0) < anchors.last_end <= sentence_start and "\n" not in text[
            anchors.last_end:start] else None,
    )
    try:
        result = HANDLERS[rule](groups, site)
    except (OverflowError, ValueError):  # past the calendar's ends: "3000000 days ago", a date of publication in year 1
        result = ("DATE", "unresolved", None)
    if result is None:
        return None
    kind, value, mod = result
    if kind == "DATE" and value == "unresolved" and published is None and anchors.year:
        # Undated, "released on June 2 that year" still has the year it is tied to: read it from mid-year of that one
        value = _read_in_year(rule, groups, site, int(anchors.year)) or value
    tie = date_that_year.tied(text, start, end, value, anchors.year) if kind == "DATE" else None
    if tie is not None:
        start, end, value = tie
    elif kind == "DATE":
        value = date_that_year.opened(text, sentence_start, start, end, value) or value
        if night := date_night.night_into(site, value):  # "overnight into Tuesday": Monday's night
            kind, (start, value) = "TIME", night
    if _MEASURE_AFTER.match(text, end) and not re.search(r"\d", text[start:end]) and (
            _KIND_BEFORE.search(text, max(0, start - 30), start) or _KIND_OPENS.match(text, start)):
        return None  # "the previous July record": the record for July before this one, not last July
    # Offsets and comparison periods ("a year earlier") do not move the narrative's reference time, nor does a year or
    # a month a running period started ("the first quarterly profit over 6 trillion won since 2022. Net profit was up
    # 470% from a year earlier": a year before the quarter told, not 2021; but "released since Friday … On the first
    # day …, and the following day" counts from that Friday).
    moves_anchor = ((rule != "offset" or precision(value) == "day") and not _COMPARISON.search(text, start, end)
                    and not (precision(value) != "day" and _SINCE_BEFORE.search(text, max(0, start - 8), start)
                             and not _WHEN_AFTER.match(text, end)))  # "since December 2023, when …": that time's
    return Timex(start, end, text[start:end], kind, value, mod), moves_anchor


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_WHEN_AFTER = re.compile(r",?\s+when\s")
"""A when-clause after a running period's start, telling what happened then: "since December 2023[, when] the crater
row first erupted after earthquakes forced the evacuation a month earlier" counts from December 2023."""


def _read_in_year(rule: str, groups: re.Match[str], site: date_site.Site, year: int) -> str | None:
    """The value of a yearless month or day read as if published mid-``year``, when words after or before it tie it to
    the year the story last named (date_that_year); None otherwise: the tie then gives it that year, whatever the
    guess from mid-year."""
    if not date_that_year.tied(site.text, site.start, site.end, f"{year:04d}-01", str(year)):
        return None
    try:
        result = HANDLERS[rule](groups, site._replace(dct=_dt.date(year, 6, 30)))
    except (OverflowError, ValueError):
        return None
    return result[1] if result and result[0] == "DATE" and result[1] != "unresolved" else None


_ZONE_BRACKET_OPEN = re.compile(rf"\(\s*(?P<clock>\d{{1,2}}[:.]?\d{{2}}\s*{date_rules.TIME_ZONE}\s+(?:on\s+)?)?$")
_ZONE_IN = re.compile(rf"\b{date_rules.TIME_ZONE}\b")


def _other_zone(text: str, timex: Timex) -> bool:
    """Whether ``timex`` tells, in brackets, the moment just told in another zone: "at 2:51 a.m. Japan time on
    Saturday (17:51 GMT Friday)", "(1751 GMT on Friday)". Its day is no day the story reached: the waves "observed at
    3:32 a.m." after it are Saturday's."""
    opening = _ZONE_BRACKET_OPEN.search(text, max(0, timex.start - 24), timex.start)
    return bool(opening and (opening["clock"] or _ZONE_IN.search(timex.text)))


def _owned_after_day(text: str, anchors: _Anchors, timex: Timex) -> bool:
    """Whether ``timex`` is a possessive ("last Friday's temblor") after a day its own sentence gave: it dates a thing
    the sentence names, not the time the story has reached ("visited on Tuesday, as the toll from last Friday's
    temblor rose. The day before, …" is Monday). Alone in its sentence it is the story's time ("The day before last
    Tuesday's hearing, …")."""
    return (text.startswith(("'s", "’s"), timex.end) and anchors.day is not None and anchors.day == anchors.last
            and not date_rules.SENTENCE_END.search(text, anchors.last_end, timex.start))


_A_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _dates_a_thing(text: str, timex: Timex) -> bool:
    """Whether ``timex`` is a bare year that tells what kind of thing a noun is ("under a 1973 treaty", "a 2019
    report"): it dates the thing, not the time the story has reached ("… by the end of the year" after it is not
    1973's end), though "that year" may still refer to it."""
    return (timex.text.isdigit() and len(timex.text) == 4 and _NOUN_AFTER.match(text, timex.end) is not None
            and _A_BEFORE.search(text, max(0, timex.start - 4), timex.start) is not None)


_NIGHT_BEFORE = re.compile(r"\b(?:late|overnight)\s+(?:on\s+)?$", re.IGNORECASE)
_NIGHT_AFTER = re.compile(r"\s+(?:night|evening)\b", re.IGNORECASE)
"""Words that put a day's late evening or night around its weekday: "late on Tuesday", "Tuesday night"."""


def _night(text: str, timex: Timex, night: str | None, published: _dt.date | None) -> str | None:
    """The night anchor after ``timex``: its day when it tells a day's late evening or night ("late on Tuesday",
    "Tuesday night", "shortly before midnight", a clock from 20:00); else ``night`` kept while ``timex`` is that day
    or the publication day (a saying's "said on Wednesday" in Wednesday's report), dropped on any other day."""
    if (timex.type not in ("DATE", "TIME") or timex.value == "unresolved"
            or precision(timex.value) not in ("day", "time")):
        return night
    day, _, clock = timex.value.partition("T")
    words = timex.text.lower()
    if (clock and clock >= "20:00" or "night" in words or "evening" in words or _NIGHT_AFTER.match(text, timex.end)
            or _NIGHT_BEFORE.search(text, max(0, timex.start - 16), timex.start)):
        return day
    return night if day == night or (published and day == published.isoformat()) else None


def _advance(anchors: _Anchors, timex: Timex, possessive: bool = False, thing: bool = False) -> _Anchors:
    """The anchors after a newly resolved expression; ``possessive``: it keeps the day anchor (_owned_after_day);
    ``thing``: it dates a thing (_dates_a_thing), and only "that year" may refer to it."""
    kind, value, end = timex.type, timex.value, timex.end
    if kind not in ("DATE", "TIME") or value == "unresolved" or value.endswith("_REF"):
        return anchors
    year = date_that_year.named_year(timex.text) or anchors.year
    if thing:
        return anchors._replace(year=year)
    grain = precision(value)
    clocked = grain == "time"
    if clocked:
        value = value.split("T")[0]
        grain = precision(value)
    return _Anchors(
        day=value if grain == "day" and not possessive else anchors.day,
        last=value,
        last_end=end,
        quarter=value if grain == "quarter" else anchors.quarter,
        clock=value if clocked else anchors.clock,
        clock_end=end if clocked else anchors.clock_end,
        clock_at=timex.value if clocked else anchors.clock_at,
        year=year,
    )


def unresolved_reason(timex: Timex) -> str | None:
    """Why the date finder itself left ``timex`` unresolved, when the expression says it: a date in numbers that reads
    two ways ("11/09/2024"); None when the reason lies in the story (no publication date, no date to count from)."""
    if timex.value == "unresolved" and date_rules.RULE_PATTERNS["numeric"].fullmatch(timex.text):
        return date_handlers.AMBIGUOUS_NUMERIC
    return None


class ArticleDates(NamedTuple):
    """The date expressions of one article, as the chronology and the date annotations both read them."""

    body: str
    """The paragraphs read as one narrative (narrative())."""
    starts: list[int]
    """Where each paragraph starts in ``body``."""
    timexes: list[Timex]
    """The expressions of ``body``."""
    captions: list[list[Timex]]
    """The expressions of each photo caption, each read alone."""


def article_dates_found(article: Article) -> ArticleDates:
    """Find the dates of an article once: the body as one narrative (an "on Tuesday" resolved by the paragraph
    before; a live blog's entry from its own day, date_entries), the captions apart; all read against the day the
    text was written (the publication, or an update whose week alone fits its weekdays: date_updated)."""
    body, starts = narrative([p.text for p in article.paragraphs])
    days = tuple((start, day) for start, day in zip(starts, date_entries.entry_days(article, find_dates)) if day)
    clocks = tuple((start, clock) for start, clock in zip(starts, date_entries.entry_clocks(article)) if clock)
    clocks = clocks or tuple((0, clock) for clock in [date_entries.small_hours_stamp(article)] if clock)
    order = outlet_names.numeric_order(article.outlet) or outlet_names.dateline_order(article.dateline)
    # A page updated days after publication may have been written at the update (date_updated)
    written = date_updated.written_on(article, body, lambda day: find_dates(body, day, days, numeric_order=order))
    return ArticleDates(body, starts, find_dates(body, written, days, numeric_order=order, clocks=clocks),
                        [find_dates(c.text, written, caption=True, numeric_order=order)
                         for c in article.captions])


def narrative(paragraphs: list[str]) -> tuple[str, list[int]]:
    """Paragraphs read as one story (joined by blank lines), and where each paragraph starts in it."""
    starts, offset = [], 0
    for text in paragraphs:
        starts.append(offset)
        offset += len(text) + 2
    return "\n\n".join(paragraphs), starts
