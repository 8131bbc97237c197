"""Clock times and nights across midnight, and weekdays no publication day dates: "reported at 11.47pm on Tuesday.
Around half an hour later, at 12.20am" is Wednesday; "raised the alarm at 11:42 p.m." after "late on Tuesday" in
Wednesday's report is Tuesday's night; "the Friday before the slide" and "on a Tuesday" are no weekday before
publication; "the overnight deposit rate" is no night; a past "overnight" is the night before publication day, or the
night of an evening clock just told ("at 11:40 p.m. on Sunday. … shut down its network overnight")."""

from __future__ import annotations

import datetime as _dt
import functools
import re

from sourcebrief import date_rules as R
from sourcebrief import date_values as V
from sourcebrief.date_site import UNRESOLVED, Site, tense

OVERNIGHT_THING = re.compile(r"\s+(?:(?:deposit|lending|repo|interbank|money[- ]market)\s+)?(?:rates?|deposits?|"
                              r"lending|repos?|loans?|facility|index|stays?|trains?|buses|bus|flights?|ferry|ferries"
                              r"|shifts?|bags?|parking|camps?|oats)\b", re.IGNORECASE)
"""A noun right after "overnight" that makes it the kind of a thing: "the overnight deposit rate", "overnight
trains"."""
_UNANCHORED_BEFORE = re.compile(r"\b(?:the|a)\s+$", re.IGNORECASE)
_EVENT_AFTER = re.compile(r"\s+(?:before|after|preceding|following)\s+(?:the|a|an|his|her|its|their)\s+[a-z]",
                          re.IGNORECASE)
"""A weekday counted from an event ("the Friday before the slide", "the Sunday after the vote") or told as any one
("on a Tuesday"): its day is no weekday before or after publication, and a wrong one would bound an undated source's
publication days wrongly (date_window)."""


def unanchored_weekday(g: re.Match[str], site: Site) -> bool:
    """Whether a bare weekday is counted from an event or told as any one (see ``_EVENT_AFTER``)."""
    return bool(_UNANCHORED_BEFORE.search(site.text, max(0, site.start - 6), site.start)) and (
        g["wd"] == site.text[site.start:site.end] and (bool(_EVENT_AFTER.match(site.text, site.end))
                                                       or site.text[max(0, site.start - 2):site.start] == "a "))


ANY_WEEKDAY_AFTER = re.compile(r"\s+on\s+a\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
"""A clock time on an indefinite weekday ("before midnight on a Tuesday"): no day to give it."""
_PLUPERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
"""A past perfect in the sentence: its deed came before the time told, "The fire had started at 3am"."""


_AFTER_BEFORE = re.compile(r"\b(?:just\s+|shortly\s+|soon\s+|not\s+long\s+|minutes\s+)?after\s+$", re.IGNORECASE)
""""After" right before a midnight: the night's past it, into the next day ("shortly after midnight")."""


_BEFORE = re.compile(r"\bbefore\s+$", re.IGNORECASE)
""""Before" right before a midnight ("shortly before midnight", "just before midnight")."""


def midnight_opening(site: Site, day: str) -> tuple[str, str]:
    """The day and clock of a past midnight that opened ``day`` ("The strike began at midnight", told on Friday:
    Friday at 00:00); a time before it ("sank shortly before midnight") is the day before's, the day that midnight
    ends, at 24:00."""
    if _BEFORE.search(site.text, max(0, site.start - 12), site.start):
        return V.shift(day, "day", -1) or day, "24:00"
    return day, "00:00"


def ahead_of_writing(site: Site, clock: str) -> str | None:
    """The day after publication for a coming clock time with no day, earlier in the day than the live blog's entry
    telling it was stamped ("23:15 … It will resume at 07:00"): that hour of the day has passed; else None."""
    if site.written_at is None or site.dct is None or not clock < site.written_at or tense(site) != "future":
        return None
    return V.day_value(site.dct + _dt.timedelta(days=1))


def after_writing(site: Site, clock: str) -> bool:
    """Whether a past clock time with no day is later in the day than the live blog's entry telling it was stamped
    ("Posted at 10:05" over "Crews restored power at 11:30, it said"): not that day's yet, and which day before it
    the entry does not say."""
    return site.written_at is not None and clock > site.written_at and clock != "24:00" and tense(site) == "past"


_GONE_PARTS = frozenset({"this afternoon", "this evening", "tonight"})


def evening_gone(site: Site, text: str) -> bool:
    """Whether "this evening" (or "this afternoon", "tonight") is the day before publication's: the page was stamped
    in the small hours (date_entries.small_hours_stamp), its evening not yet come."""
    return text in _GONE_PARTS and site.written_at is not None and site.written_at < "05:00"


def small_hours_after(site: Site, clock: str) -> bool:
    """Whether a clock time of the small hours with no day of its own follows an evening clock time the sentence before
    (or its own) told: the night went on past midnight. Not a past perfect, which steps back before it."""
    if clock == "24:00" and _AFTER_BEFORE.search(site.text, max(0, site.start - 24), site.start):
        clock = "00:00"  # "shortly after midnight" after "at about 10:40 p.m.": the next day's start
    if not site.clock_at or "T" not in site.clock_at or not "00:00" <= clock < "06:00":
        return False
    told = site.clock_at.split("T")[1]  # an evening's or a night's ("overnight"), not a morning's or an afternoon's:
    # "will be flown home tomorrow afternoon. … woke passengers shortly after 2am" is no night after that afternoon
    return ((told in ("EV", "NI") or told[:1].isdigit() and told >= "18:00")
            and V.precision(site.clock_at.split("T")[0]) == "day"
            and not _PLUPERFECT.search(site.text, site.sentence_start, site.start))


_PERSONAL = re.compile(r"[\"“‘']?(?:It|He|She|They|We|I)\b")
_OPENING = re.compile(r"[\"“‘']?([\w'’-]+)\s+([\w'’-]+)")
_SAYING = re.compile(r"\b(?:said|says|told|tells|announced|added)\b", re.IGNORECASE)


def same_subject(before: str, head: str) -> bool:
    """Whether a sentence (``head``: its words up to a clock time) goes on telling of the subject of the sentence
    ``before`` it: it opens with a personal pronoun ("It docked …") or the same two words ("The ferry docked …");
    not a saying ("It said at 8am"), whose time may be the telling's."""
    head = head.lstrip()
    if _SAYING.search(head):
        return False
    if _PERSONAL.match(head):
        return True
    first, second = _OPENING.match(before.lstrip()), _OPENING.match(head)
    return bool(first and second) and first.groups() == second.groups()


def _sentence_before(site: Site) -> str:
    """The sentence before the site's (a few hundred characters at most)."""
    begin = max(0, site.sentence_start - 400)
    ends = [m.end() for m in R.SENTENCE_END.finditer(site.text, begin, max(begin, site.sentence_start - 1))]
    return site.text[ends[-1] if ends else begin:site.sentence_start]


def morning_after_evening(site: Site, clock: str) -> bool:
    """Whether a morning clock time with no day of its own, in a past sentence going on about the subject of the one
    before (same_subject), follows the evening clock time on a known day that sentence told: "left Newcastle at 9pm on
    Tuesday. It docked back there at 6.10am" is Wednesday's 6.10am. Not a past perfect, nor a morning after
    publication."""
    if site.recent or not site.clock_at or "T" not in site.clock_at or not "06:00" <= clock < MORNING_END:
        return False
    day, _, told = site.clock_at.partition("T")
    if not told[:1].isdigit() or not EVENING <= told < "24:00" or V.precision(day) != "day":
        return False
    after = V.shift(day, "day", 1)
    if after is None or (site.dct and after > V.day_value(site.dct)) or tense(site) != "past":
        return False
    head = site.text[site.sentence_start:site.start]
    return not _PLUPERFECT.search(head) and same_subject(_sentence_before(site), head)


def night_went_on(site: Site, clock: str, weekday: str) -> str | None:
    """The day after an evening clock time just told, when a small-hours clock names that day's weekday ("started at
    23:47 on Tuesday. By 04:10 on Wednesday, supply had been restored"): the night went on into it, whatever day the
    source came out (told on that Tuesday, the Wednesday before it would run the night backwards); None otherwise."""
    if not small_hours_after(site, clock):
        return None
    after = V.shift(site.clock_at.split("T")[0], "day", 1)
    if after is None or V.first_day(after).weekday() != R.WEEKDAYS[weekday.rstrip(".").lower()]:
        return None
    return after


LATE_CLOCK = "20:00"
"""From when a clock time with no day of its own, told in the past after the night before publication, is that
night's."""


def that_night(site: Site, clock: str) -> bool:
    """Whether a late clock time with no day ("raised the alarm at 11:42 p.m.") is the night the story told just before
    ("evacuated … late on Tuesday"), in Wednesday's report: a past deed at 23:42 on the publication day would be told
    after it, which the evening before publication makes unlikely; only the night before publication counts."""
    if site.night_day is None or site.dct is None or not LATE_CLOCK <= clock < "24:00" or tense(site) != "past":
        return False
    return V.day_value(site.dct - _dt.timedelta(days=1)) == site.night_day


def evening_of_night(site: Site, clock: str) -> bool:
    """Whether an evening clock time with no day ("the crash happened at about 7.50pm") tells of the night or evening
    the narrative dated last, in its sentence or the one before ("killed … last night", "made landfall on Thursday
    evening"): a past deed that evening, whatever the hour (that_night's bar of LATE_CLOCK is for a night told
    further back)."""
    return (site.night_near and site.night_day is not None and EVENING <= clock < "24:00"
            and tense(site) == "past")


def from_clock(site: Site, unit: str, number: float) -> str | None:
    """The day ``number`` ``unit``s (hours, minutes or seconds) after the site's clock time (``clock_at``:
    "2026-01-13T23:47"), None when it has none (a midnight written "T24:00" counts as the next day's start).
    Unresolved less than an hour after a time "before midnight": "left shortly before midnight and sank about 25
    minutes later" may have sunk either side of it."""
    clock_at = site.clock_at
    if not clock_at or "T" not in clock_at:
        return None
    day, _, clock = clock_at.partition("T")
    try:
        hour, minute = (int(part) for part in clock.split(":")[:2])
        start = _dt.datetime.fromisoformat(day) + _dt.timedelta(hours=hour, minutes=minute)
    except ValueError:
        return None
    later = _dt.timedelta(**{f"{unit}s": number})
    if clock == "24:00" and _dt.timedelta(0) < later < _dt.timedelta(hours=1) and _BEFORE_MIDNIGHT.search(
            site.text, site.sentence_start, site.start):
        return UNRESOLVED
    return V.day_value((start + later).date())


def day_astride(unit: str, number: float, mod: str | None) -> bool:
    """Whether hours counted from a day with no clock time may land on it or the next ("declared martial law late
    on Tuesday … lifted the decree around six hours later"; "about 14 hours later"): six to 23 of them, not "less
    than 24 hours later" (by the next day) nor a few (that day)."""
    return unit == "hour" and 6 <= number < 24 and mod in (None, "APPROX")


_BEFORE_MIDNIGHT = re.compile(r"\bbefore\s+midnight\b", re.IGNORECASE)


_ONGOING_BEFORE = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?\w+ing\b[^.;]*$", re.IGNORECASE)
"""A past progressive before an "overnight" ("were working overnight"): an evening report's night still going on as
much as a morning report's past one, so it stays the publication day's night."""
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)
"""An article before "overnight" ("after an overnight meeting"): a noun's kind, whose night the sentence's other day
dates ("announced on Monday morning after an overnight meeting"); it keeps the publication day's."""


_UNMARKED_PAST = re.compile(r"(?![^.]*\b(?:will|would|to|is|are|am|can|may|might|could|should|must|expected|"
                            r"forecast)\b)[^.]*\b(?:hit|cut|shut|put|burst|spread|shed)\b", re.IGNORECASE)
"""A verb whose past is its present ("drones hit Ukraine's capital overnight"), no present or future word before it in
the sentence: a standfirst's past, which no other cue tells; a night ahead would be told "will hit"."""
EVENING = "18:00"
"""From when a clock time told just before a past "overnight" starts the night it means."""


def evening_told(site: Site) -> str | None:
    """The day of an evening clock time told in a past "overnight"'s sentence or the one before ("began encrypting
    servers at 11:40 p.m. on Sunday. The IT team … shut down its network overnight"): the night is that evening's,
    whatever day the source came out; None when there is none, or it is not before publication."""
    if not site.clock_at or "T" not in site.clock_at or tense(site) != "past":
        return None
    day, _, clock = site.clock_at.partition("T")
    if not EVENING <= clock < "24:00" or V.precision(day) != "day" or day >= V.day_value(site.dct):
        return None  # the publication day's own evening may be a clock's default day ("the crash happened at about
        # 7.50pm" after "last night"): the night that just ended stays the surer reading
    return day


def night_just_ended(site: Site) -> bool:
    """Whether an "overnight" told in the past ("swept away at least 11 houses … overnight") is the night that ended
    on publication day. TIMEX3 names a night by the evening it starts ("last night" is yesterday's ``TNI``), so that
    night is the day before's, as "last night" in the same report is; a past progressive ("were working overnight")
    may be an evening report's night still going on, and keeps the publication day's."""
    if _ARTICLE_BEFORE.search(site.text, max(0, site.start - 6), site.start):
        return False
    told = tense(site)
    if told != "past" and not (told == "none" and _UNMARKED_PAST.match(site.text, site.sentence_start, site.start)):
        return False
    if site.recent and site.dct and site.recent == V.day_value(site.dct):
        return False  # "woke up on Wednesday to a crisis after … martial law overnight": the night leads into the day
        # the sentence dates its deed, one event of that day, not a clause of its own on the day before
    return not _ONGOING_BEFORE.search(site.text, site.sentence_start, site.start)


_NIGHT_WORD = re.compile(r"\b(?:overnight|night)\b(?!\s+(?:before|earlier))", re.IGNORECASE)
"""A night told before a clock time in its sentence ("closed overnight and reopened at 6am", "Tuesday night")."""
MORNING_END = "12:00"


def morning_after_night(site: Site, clock: str) -> bool:
    """Whether a morning clock time with no day of its own follows a night its sentence told, dated by that night's
    day ("The road was closed overnight and reopened at 6am", the night of the 10th): the morning after it."""
    return clock < MORNING_END and bool(_NIGHT_WORD.search(site.text, site.sentence_start, site.start))


_OVERNIGHT_BEFORE = re.compile(r"\bovernight\s+(?P<into>into|on)\s+(?:the\s+)?$", re.IGNORECASE)
_INTO_AFTER = re.compile(r"\s+(?:into|to)\b", re.IGNORECASE)
"""An "overnight" right before a named day (its start), and a second day after it ("overnight on Wednesday into
Thursday": the two days name the night, and each keeps its value)."""


def night_into(site: Site, value: str) -> tuple[int, str] | None:
    """Where the night a day ``value`` names with "overnight" before it starts, and that night's TIMEX3 value, named
    (as "last night" is) by the evening it began: "the attack overnight into Tuesday" is Monday's night; a past
    "overnight on June 17" in a report of 17 June is the night that ended that morning, the only night of that day
    already past (16 June's); None for any other day ("overnight on Wednesday into Thursday" keeps its two days)."""
    before = _OVERNIGHT_BEFORE.search(site.text, max(0, site.start - 16), site.start)
    if before is None or V.precision(value) != "day" or _INTO_AFTER.match(site.text, site.end):
        return None
    if before["into"].lower() == "on" and not (site.dct and value == V.day_value(site.dct) and tense(site) == "past"):
        return None
    return before.start(), f"{V.shift(value, 'day', -1)}TNI"



_SMALL_HOURS = re.compile(r"\b(?:early|small|wee)\s+hours\s+of\s+(?:the\s+)?$", re.IGNORECASE)
"""Words before a day that make it the night's end: "in the early hours of Friday" is the small hours of Friday, the
night that began on Thursday."""
_LATE_NIGHT = re.compile(r"\b(?:late\s+(?:on\s+)?|overnight\b)|\bnight\b", re.IGNORECASE)
"""A day told as its night or its late evening ("late on Thursday", "Thursday night", "overnight"): what runs on into
the small hours of the day after."""


@functools.lru_cache(maxsize=1 << 14)
def small_hours(expression: str) -> bool:
    """Whether a date expression as the chronology quotes it names a day's small hours ("in the early hours of
    Friday"): the day by the clock, though the night it ends began the day before. Remembered (pure): the chronology
    asks it of every report of an event each time the event's date is counted."""
    day = re.search(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*$|\d.*$", expression)
    return day is not None and bool(_SMALL_HOURS.search(expression, 0, day.start()))


def night_anchor(expression: str, dated_expression: str, dated_day: str) -> str | None:
    """The day an undated source's expression of one event should read as, when another source dates the same event
    ``dated_day``: the day itself, or for the small hours of a day ("freed the ship in the early hours of Friday")
    told by the other as a night ("released … late on Thursday", "Thursday night"), the day after it, the same night
    by the clock. Any other day stays the anchor as told: a plain "on Thursday" beside "the early hours of Friday"
    then fits no publication day, and the source stays unplaced rather than guessed."""
    if small_hours(expression) and not small_hours(dated_expression) and (
            dated_day.endswith("TNI") or _LATE_NIGHT.search(dated_expression)):
        return V.shift(dated_day.split("T")[0], "day", 1)
    return dated_day


def night_vote(date: str, expression: str, others: list[tuple[str, str]]) -> str:
    """The day a report of the small hours (``date``, told by ``expression``: "in the early hours of Friday") votes
    for among the dates and expressions of the other reports of its event (``others``): the night's, when one of them
    tells that very night ("late on Thursday"), so the two are one date and no conflict; else its own."""
    if not small_hours(expression):
        return date
    return next((day for day, told in others if day != date and night_anchor(expression, told, day) == date), date)


_PART_WORD = re.compile(r"\b(?P<part>morning|afternoon|evening)$", re.IGNORECASE)
PART_HOURS = {"morning": ("04:00", "12:00"), "afternoon": ("12:00", "18:00"), "evening": ("18:00", "24:00")}
"""The clock times each part of a day a date may name holds: "shortly after 4am" is "Wednesday morning"'s."""


def part_anchor(timex, kept: tuple[str, str, int] | None, published: _dt.date | None
                ) -> tuple[str, str, int] | None:
    """The part-of-day anchor after a newly resolved ``timex`` (``kept``: the one before): its day, part and end when
    it names a part of a day ("on Wednesday morning"); an evening kept across a bare publication day ("derailed … on
    Wednesday evening, … police said on Thursday", in Thursday's report), whose own evening is likely still ahead;
    else none: another day was told."""
    day = timex.value.split("T")[0]
    part = _PART_WORD.search(timex.text)
    if part and V.precision(day) == "day":
        return day, part["part"].lower(), timex.end
    if (kept and kept[1] == "evening" and published and V.precision(timex.value) == "day"
            and timex.value == V.day_value(published)):
        return kept
    return None


def part_told(text: str, anchor: tuple[str, str, int] | None, start: int) -> tuple[str, str] | None:
    """The day and part of the part-of-day ``anchor`` (part_anchor), when its date ended in the paragraph of ``start``
    or the one before (paragraphs joined by blank lines): "crashed … on Wednesday morning. Here's what we know so
    far." over "The ship hit … shortly after 4am"."""
    if anchor is None or text.count("\n\n", anchor[2], start) > 1:
        return None
    return anchor[0], anchor[1]


def clock_in_part(site: Site, clock: str) -> bool:
    """Whether a past clock time with no day of its own falls in the part of the day the narrative just told, no
    other day named between: "A container ship crashed into a rail bridge … on Wednesday morning. … The ship hit the
    Kattwyk bridge shortly after 4am" is Wednesday's 4am, not the publication day's."""
    if site.part_day is None:
        return False
    low, high = PART_HOURS[site.part_day[1]]
    told = tense(site)
    return low <= clock < high and (told == "past" or (told == "none" and bool(
        _UNMARKED_PAST.match(site.text, site.sentence_start, site.start))))


def night_told_on(value: str, told_day: str, told_expression: str, head: str, told_sentence: str = "") -> bool:
    """Whether a small-hours clock time the date finder dated (``value``, "2026-03-04T04:05") is the night going on
    past midnight from the evening clock time of the event told just before it, on ``told_day`` (``told_expression``:
    "at 10.40pm on Tuesday. It landed back … at 4.05am" is the next day's 4.05am, read from the story, no default);
    or a morning's, when ``head`` goes on about the subject of ``told_sentence`` (morning_after_evening).
    Not after a past perfect in ``head``, its sentence before it, which steps back before the evening."""
    day, _, clock = value.partition("T")
    if _PLUPERFECT.search(head):
        return False
    evening = R.RULE_PATTERNS["time"].search(told_expression)
    small = "00:00" <= clock < "06:00" or clock < MORNING_END and same_subject(told_sentence, head)
    if evening is None or not small or V.shift(told_day, "day", 1) != day:
        return False
    hour, meridiem = R.written_hour(evening)
    return (hour % 12 + 12 if meridiem == "p" else hour) >= 18 and meridiem != "a"
