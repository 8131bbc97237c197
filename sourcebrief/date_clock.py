"""Clock times: "at 4:30 p.m.", "shortly after 2am", "6pm yesterday", "23:59 on 31/12/2024", dated by the day written
with them, the day the sentence is on, the night or morning the narrative is in, or the publication day."""

from __future__ import annotations

import datetime as _dt
import re

from sourcebrief import date_clauses
from sourcebrief import date_ordinal
from sourcebrief import date_night as N
from sourcebrief import date_rules as R
from sourcebrief import date_values as V
from sourcebrief.date_handlers import capitalised, month_number, narrative_anchor, numeric, pick_year, safe_date, weekday_date
from sourcebrief.date_site import UNRESOLVED, Result, Site, tense, year_tense


CLOCK_DAY_WORDS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "tomorrow": 1}
"""Days from publication of a word after a clock time ("6pm yesterday", "10pm last night")."""


_NO_CLOCK_BEFORE = re.compile(r"(?:\d:|[+±]|(?:\d:\d\d:\d\d(?:\.\d+)?|UTC|GMT)[-−])$")
"""Before a clock's digits, what makes them no clock time: the rest of a longer one ("10:[15:00]"), or a time zone's
offset from UTC ("2024-05-02T10:15:00[+03:00]", "10:15 [+03:00]", "UTC[+03:00]", "10:15:00[-05:00]"; a minus only
after seconds or UTC, as "10:00-11:30" is a span of two clock times)."""


_NUMERIC_DAY_BEFORE = re.compile(r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)\s*[-–,|]?\s*(?:at\s+)?$")
"""A date in numbers right before a clock time, which is that day's time."""


def time(g: re.Match[str], site: Site) -> Result | None:
    """A clock time, dated by a weekday, a date earlier in the sentence or the publication day."""
    if _NO_CLOCK_BEFORE.search(site.text, max(0, site.start - 12), site.start):
        return None
    if g["h"] and R.span_of_time(site.text, site.start, site.end):
        return None
    if site.recent is None and _NUMERIC_DAY_BEFORE.search(site.text, max(0, site.start - 16), site.start):
        return ("TIME", UNRESOLVED, None)  # "05/03/2025 18:40", the date unresolved: the clock's day is no surer
    if g["nm"]:
        clock = "12:00" if g["nm"].lower() in ("noon", "midday") else "24:00"
    else:
        hour, ampm = R.written_hour(g)
        hour = hour % 12 + (12 if ampm == "p" else 0) if ampm else hour + _part_after(site, hour)
        if hour > 23:
            return None
        clock = f"{hour:02d}:{int(g['mi'] or g['mi3'] or g['mi4'] or 0):02d}"
    if g["dw"]:  # "as of 6pm yesterday": the day the word names, not the publication day
        if site.dct is None:
            return ("TIME", UNRESOLVED, None)
        shift = CLOCK_DAY_WORDS[re.sub(r"\s+", " ", g["dw"].lower())]
        return ("TIME", f"{V.day_value(site.dct + _dt.timedelta(days=shift))}T{clock}", None)
    on_numeric = _NUMERIC_AFTER_TIME.match(site.text, site.end)
    if on_numeric:  # "23:59 on 31/12/2024": the numeric date's day, or none when it reads two ways unproven
        day_result = numeric(R.RULE_PATTERNS["numeric"].match(site.text, on_numeric.end()), site)
        if day_result is not None:
            return ("TIME", UNRESOLVED if day_result[1] == UNRESOLVED else f"{day_result[1]}T{clock}", None)
    on_ordinal = _ORDINAL_AFTER_TIME.match(site.text, site.end)
    if on_ordinal and (day_of := R.RULE_PATTERNS["ordinal"].match(site.text, on_ordinal.end())):
        # "closed since 4pm on the 13th": the day the ordinal names, not the publication day
        day_result = date_ordinal.ordinal(day_of, site)
        return ("TIME", UNRESOLVED if day_result[1] == UNRESOLVED else f"{day_result[1]}T{clock}", None)
    if _SAME_PART_AFTER.match(site.text, site.end):
        # "brought under control at 21:50 the same evening": the day of the event told before, or none
        anchor = narrative_anchor(site, "day")
        return ("TIME", f"{anchor}T{clock}" if anchor and V.precision(anchor) == "day" else UNRESOLVED, None)
    dated = R.DATE_AFTER_TIME.match(site.text, site.end)
    if dated or (g["tm"] and (year := R.YEAR_AFTER.match(site.text, site.end))):
        # "at 17:00 on 3 March", "7am on Thursday 7 March", "3pm on March 5, 2023": that date's, whatever the weekday
        return _clock_on_date(dated or year, g, clock, site)
    if N.ANY_WEEKDAY_AFTER.match(site.text, site.end):
        return ("TIME", UNRESOLVED, None)  # "shortly before midnight on a Tuesday": which Tuesday it does not say
    days = g if g["wd"] or g["tm"] else R.DAY_AFTER_TIME.match(site.text, site.end)
    if not days and (paired := R.PAIRED_TIME.match(site.text, site.end)):
        days = R.DAY_AFTER_TIME.match(site.text, paired.end())
    if days and (days["wd"] or days["tm"]):
        if site.dct is None or not capitalised(days["wd"] or days["tm"]):
            return ("TIME", UNRESOLVED, None)
        if days["tm"]:
            month, date_ = month_number(days["tm"]), int(re.sub(r"\D", "", days["td"]))
            found = pick_year(lambda y: safe_date(y, month, date_), site.dct, year_tense(site))
            if found is None:
                return ("TIME", UNRESOLVED, None)
            day = V.day_value(found)
        else:
            day = N.night_went_on(site, clock, days["wd"]) or V.day_value(weekday_date(days["wd"], site.dct,
                                                                                        year_tense(site)))
    elif site.recent and V.precision(site.recent) == "day" and (_AT_AFTER_DAY.search(
            site.text, max(0, site.start - 40), site.start) or not (
            site.dct and V.first_day(site.recent) > site.dct and tense(site) == "past")):
        # Not a day ahead for a past deed: "trains would run on Friday, after talks ended without agreement at
        # 4:30 p.m.", written on Thursday, ended that Thursday (the publication day, below)
        day = site.recent
        if (date_clauses.past_midnight(site.text[site.sentence_start:site.start], int(clock[:2]))
                or N.morning_after_night(site, clock)):
            day = V.shift(day, "day", 1) or day  # "at 11pm on March 13 … shortly after 1am": the next day
        if clock == "24:00" and site.dct and day == V.day_value(site.dct) and tense(site) == "past":
            day, clock = N.midnight_opening(site, day)  # a past midnight, told on the day it opened (date_night)
    elif N.clock_in_part(site, clock):
        day = site.part_day[0]  # "… on Wednesday morning. …" over "The ship hit the bridge shortly after 4am"
    elif N.small_hours_after(site, clock) or N.morning_after_evening(site, clock):
        day = V.shift(site.clock_day, "day", 1) or site.clock_day  # "… at 11.47pm on Tuesday. A second slide
        # followed at 12.20am": Wednesday; "shortly after midnight" its start; "It docked back there at 6.10am"
        clock = "00:00" if clock == "24:00" else clock
    elif N.that_night(site, clock) or N.evening_of_night(site, clock):
        day = site.night_day
    elif quoted_day(site):
        day = site.day_before[0]
    elif N.after_writing(site, clock):
        return ("TIME", UNRESOLVED, None)  # a past clock later than its live blog entry's stamp: an earlier day's
    elif site.dct is not None:
        # A midnight already past on the day of writing opened that day: "The strike began at midnight", written on
        # Friday, is Friday at 00:00 (a coming one closes it: "will begin at midnight" is Friday at 24:00).
        day = N.ahead_of_writing(site, clock) or V.day_value(site.dct)
        day, clock = N.midnight_opening(site, day) if clock == "24:00" and tense(site) == "past" else (day, clock)
    else:
        return ("TIME", UNRESOLVED, None)
    return ("TIME", f"{day}T{clock}", None)


_PART_AFTER = re.compile(r"\s+(?:in\s+the\s+(?P<part>afternoon|evening)|at\s+(?P<night>night))\b", re.IGNORECASE)
"""A part of the day right after a clock time with no a.m. or p.m., which tells it is the afternoon's or evening's:
"at 2:30 [in the afternoon]", "at 10:15 [at night]"."""


def _part_after(site: Site, hour: int) -> int:
    """The hours to add to a clock time's ``hour`` (no a.m. or p.m. written) that a part of the day after it puts past
    noon: 12 for "2:30 in the afternoon" (14:30), "10:15 at night" (22:15); else 0 (a 24-hour "14:30 in the afternoon"
    is already past noon; "2:30 at night" may be either side of midnight)."""
    after = _PART_AFTER.match(site.text, site.end)
    if after is None or not 1 <= hour <= 11 or (after["night"] and hour < 6):
        return 0
    return 12


_SAME_PART_AFTER = re.compile(r",?\s+(?:on\s+|in\s+)?(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b",
                              re.IGNORECASE)
"""A day told as the one before right after a clock time ("at 21:50[ the same evening]", "at 6am[ that day]"): the
clock is that day's, never the publication day's."""
_ORDINAL_AFTER_TIME = re.compile(r"\s+on\s+(?=the\s+\d{1,2}(?:st|nd|rd|th)\b)")
"""What stands between a clock time and the day of the month it is on: "4pm[ on ]the 13th"."""
_AT_AFTER_DAY = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z][a-z]+\.?\s+\d{1,2})\s+at\s+(?:about\s+|around\s+)?$")
"""A clock time right after the day it is on ("would meet them on Thursday [at 14h30]"): that day's, whatever tense
a saying around it tells."""
_NUMERIC_AFTER_TIME = re.compile(r"\s+(?:on\s+)?(?=[0-3]?\d/[0-3]?\d/(?:\d{4}|\d\d)(?![\d/]))")
"""What stands between a clock time and the date in numbers it is on: "23:59[ on ]31/12/2024"."""


_FIRST_PERSON_QUOTE = re.compile(r"\s*[\"“]\s*(?:I|We)\b")
"""A quotation opening its sentence in the first person: a speaker telling what they lived."""
_SAYING_BEFORE = re.compile(r"\b(?:said|says|told|recalled|described)\b(?P<between>.*)$", re.IGNORECASE | re.DOTALL)
_WORDS = re.compile(r"[\w'’-]+")


def quoted_day(site: Site) -> bool:
    """Whether a clock time with no day of its own, in the past inside a first-person quotation that opens its
    sentence, tells of the day that a saying in the sentence right before, in its paragraph, gave what it reported
    ("Parent Luis Ochoa said his son's class was sent home on Tuesday. "We got the text at 2:30 in the afternoon …""
    is Tuesday's 14:30). Not after a saying's own date ("said on Tuesday"), nor when the day is not before
    publication (the publication day's by default then anyway)."""
    if site.recent or site.day_before is None or site.dct is None:
        return False
    day, end = site.day_before
    if V.first_day(day) >= site.dct or not _FIRST_PERSON_QUOTE.match(site.text, site.sentence_start, site.start):
        return False
    if re.search(r"[\"”]", site.text[site.sentence_start:site.start].lstrip()[1:]) or tense(site) != "past":
        return False  # the clock outside the quotation, or not a past deed
    sentence = re.split(r"(?<=[.!?])\s+", site.text[max(0, end - 400):end])[-1]
    saying = _SAYING_BEFORE.search(sentence)
    # the reported clause between the saying and the date's end: "said [his son's class was sent home on Tuesday]"
    return saying is not None and len(_WORDS.findall(saying["between"])) >= 4


def _clock_on_date(dated: re.Match[str], g: re.Match[str], clock: str, site: Site) -> Result:
    """A clock time on the calendar date ``dated`` gives after it (R.DATE_AFTER_TIME), or on the month and day of its
    own expression with the year ``dated`` gives (R.YEAR_AFTER); the year picked by the tense when none is written."""
    if "dd" in dated.re.groupindex:
        month, day, year = month_number(dated["dm"] or dated["mm"]), dated["dd"] or dated["md"], dated["dy"]
    else:
        month, day, year = month_number(g["tm"]), g["td"], dated["y"]
    number = int(re.sub(r"\D", "", day))
    if year:
        found = safe_date(int(year), month, number)
    elif site.dct is None:
        return ("TIME", UNRESOLVED, None)
    else:
        found = pick_year(lambda y: safe_date(y, month, number), site.dct, year_tense(site))
    return ("TIME", f"{V.day_value(found)}T{clock}", None) if found else ("TIME", UNRESOLVED, None)
