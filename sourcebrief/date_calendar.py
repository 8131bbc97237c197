"""Resolve calendar-name expressions (months, years, quarters, seasons, weekdays), references, durations and sets."""

from __future__ import annotations

import datetime as _dt
import re

from sourcebrief import date_night as N
from sourcebrief import date_rules as R
from sourcebrief import date_values as V
from sourcebrief.date_handlers import (
    capitalised, format_number, month_number, parse_number, pick_year, weekday_date, yearly,
)
from sourcebrief.date_site import UNRESOLVED, Result, Site, text_before, tense, year_tense

_CUE_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|of|from|during|before|after|through|throughout|early|late|mid|end|last"
    r"|next|this|between|and|to|or|on|for|that|whole|entire)\s*-?\s*$", re.IGNORECASE)
_VERB_FALL = re.compile(r"(?<!spring)(?<!summer)(?<!autumn)(?<!winter)\s+(?:to|and|or)\s+$", re.IGNORECASE)
"""Before a bare "fall" that is the verb: "to", "and" or "or" not after another season ("from summer to fall")."""
_DAY_AFTER = re.compile(r"\s+(?:(?:on|into|from|between)\s+(?:the\s+)?(?:[A-Z]|\d)"
                        r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
"""A day named right after "overnight": "overnight [on Wednesday]", "made landfall overnight [Wednesday]"."""
_MORNING_AFTER = re.compile(r"\b(?:by|on|early|until)\s+(?:on\s+)?(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                            r"\s+morning\b")
"""A weekday's morning told later in the sentence of an "overnight": the night is the one before that morning."""
_NAME_BEFORE = re.compile(r"[A-Z][\w.'’&-]*\s+$")
"""A capitalised word right before a capitalised "Today": a name ("Florida Today", "USA Today"), not the day."""
_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")
_NAME_WITH_YEAR = re.compile(r"\b(?:[Bb]ill|[Aa]ct|[Ll]aw|[Bb]udget|Vision|Agenda|Strategy|Plan|Euro|Expo|Cup|Games)"
                             r",?\s+$")
"""A name the year ends: "the finance bill 2024", "Finance Bill, 2024", "Vision 2030", "Euro 2024"."""
_COMPOUND_AFTER = re.compile(r"-(?!(?:present|now|today)\b)[a-z]")
"""A year inside a compound word ("the 2006-built suezmax", "a 2019-registered car"): a thing's kind, no date."""
_AMBIGUOUS_MONTHS = {"may", "march", "jan", "june", "august", "april", "july", "mar", "sept"}
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
"""A capitalised word straight after a bare month that is also a first name: "Editing by Jan Harvey"."""


def _mod(word: str | None) -> str | None:
    return R.MODS.get(re.sub(r"\s+", " ", word.lower())) if word else None


def monthyear(g: re.Match[str], site: Site) -> Result | None:
    """A month, with or without year or modifier: ``mid-October``, ``August 2023``, ``July last year``."""
    mon = g["m"]
    if not capitalised(mon):
        return None
    month, mod = month_number(mon), _mod(g["mod"])
    if g["y"]:
        return ("DATE", V.month_value(int(g["y"]), month), mod)
    if g["ry"] and site.dct is not None:
        step = {"last": -1, "this": 0, "next": 1}[g["ry"].lower()]
        return ("DATE", V.month_value(site.dct.year + step, month), mod)
    bare = mon.rstrip(".").lower()
    if not g["mod"] and (bare in _AMBIGUOUS_MONTHS or "." in mon or len(bare) <= 3):
        if not _CUE_BEFORE.search(text_before(site)) or _NAME_AFTER.match(site.text, site.end):
            return None
    if _every_year(site):
        return ("SET", f"XXXX-{month:02d}", mod)  # "usually runs from June to September": every year's, no one June
    if site.dct is None:
        return ("DATE", UNRESOLVED, mod)
    paired = _paired_year(site, month)
    if paired is not None:
        return ("DATE", V.month_value(paired, month), mod)
    date = pick_year(lambda y: _dt.date(y, month, 1), site.dct.replace(day=1), year_tense(site))
    return ("DATE", V.month_value(date.year, month) if date else UNRESOLVED, mod)


_PAIRED_MONTH = re.compile(rf"\b(?P<m>{R.MONTH})\s*(?:,|and|or|to|through|until|till|-|–)\s*$")


def _every_year(site: Site) -> bool:
    """Whether a month is said of every year, or is joined to a month that is ("usually runs from June to
    September")."""
    if yearly(site):
        return True
    before = text_before(site)
    joined = _PAIRED_MONTH.search(before)
    offset = site.start - len(before)
    return bool(joined) and yearly(site._replace(start=offset + joined.start("m"), end=offset + joined.end("m")))


def _paired_year(site: Site, month: int) -> int | None:
    """The year of a month joined to the month just before it ("the meetings in November and December", "from
    December to February"): the first month's, or the next one if this month comes earlier in the calendar."""
    joined = _PAIRED_MONTH.search(text_before(site))
    if not joined or not site.recent or not re.fullmatch(r"\d{4}-\d\d", site.recent):
        return None
    year, first = int(site.recent[:4]), int(site.recent[5:])
    if first != month_number(joined["m"]) or first == month:
        return None
    return year if month > first else year + 1


def year(g: re.Match[str], site: Site) -> Result | None:
    """A year, possibly fiscal or modified: ``2014``, ``early 2024``, ``fiscal 1989``."""
    value = int(g["y"])
    if g["y2"] and _span_end(value, g["y2"]) != value:
        return None  # "the 2023-24 school year", "fiscal 2024/25", "2014-2017": a span, not its first year
    if not (g["mod"] or g["fy"]):
        if value < 1800 or _PLURAL_AFTER.match(site.text, site.end) or _NAME_WITH_YEAR.search(text_before(site)) \
                or _COMPOUND_AFTER.match(site.text, site.end):
            return None
        if site.text[site.end:site.end + 1] == ":":
            return None
    return ("DATE", f"{value:04d}", _mod(g["mod"]))


def _span_end(first: int, end: str) -> int:
    """The last year of a span written "2023-24" or "2014-2017"."""
    return int(end) if len(end) == 4 else first // 100 * 100 + int(end)


def decade(g: re.Match[str], site: Site) -> Result | None:
    """A decade: ``the 1990s``, ``the early '80s``, ``the nineties``."""
    if g["dec"]:
        value = g["dec"]
    elif g["dec2"]:
        value = ("19" if int(g["dec2"]) >= 3 else "20") + g["dec2"]
    else:
        value = "19" + str(R.DECADE_WORDS[g["decw"].lower()])
    return ("DATE", value, _mod(g["mod"] or g["mod2"]))


def season(g: re.Match[str], site: Site) -> Result | None:
    """A season: ``the spring of 2022``, ``in the fall``."""
    code, mod = R.SEASONS[g["s"].lower()], _mod(g["mod"])
    if g["y"]:
        return ("DATE", f"{g['y']}-{code}", mod)
    if not g["mod"] and not _CUE_BEFORE.search(text_before(site)):
        return None
    if g["s"] == "fall" and not (g["the"] or g["mod"]) and _VERB_FALL.search(text_before(site)):
        return None  # "prices are expected to fall", "rise and fall": the verb ("summer and fall" is a season)
    if re.match(r"\s+of\b", site.text[site.end:site.end + 4]):
        return None
    if site.dct is None:
        return ("DATE", UNRESOLVED, mod)
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    date = pick_year(lambda y: _dt.date(y, start, 1), site.dct, year_tense(site))
    return ("DATE", f"{date.year:04d}-{code}" if date else UNRESOLVED, mod)


def weekday(g: re.Match[str], site: Site) -> Result | None:
    """A bare weekday: the last one (on or before publication) unless its sentence is in the future."""
    if not capitalised(g["wd"]):
        return None
    # TimeML annotators mostly gave "Friday night" the day's value, so the part of day is not kept.
    if site.dct is None:
        return ("DATE", UNRESOLVED, None)
    if N.unanchored_weekday(g, site):
        return ("DATE", UNRESOLVED, None)  # "the Friday before the slide", "on a Tuesday": no day from publication
    if _WEEK_LATER.match(site.text, site.end):  # "the vote is on Thursday week": a week after the coming Thursday
        ahead = (R.WEEKDAYS[g["wd"].lower()] - site.dct.weekday()) % 7
        # said on a Thursday, "Thursday week" may be one week off or two: no day to give
        return ("DATE", V.day_value(site.dct + _dt.timedelta(days=ahead + 7)) if ahead else UNRESOLVED, None)
    week = _WEEK_AFTER.match(site.text, site.end) or _WEEK_WHEN_BEFORE.search(
        site.text, site.sentence_start, site.start)
    if week:  # "on Monday last week", "on Thursday of next week", "last week, when the army attacked on Monday": that
        # week's day, whatever the tense
        step = {"last": -1, "this": 0, "next": 1}[week["rel"].lower()]
        monday = site.dct - _dt.timedelta(days=site.dct.weekday()) + _dt.timedelta(weeks=step)
        return ("DATE", V.day_value(monday + _dt.timedelta(days=R.WEEKDAYS[g["wd"].lower()])), None)
    if (site.recent and V.precision(site.recent) == "week" and not site.recent.endswith("-WE")
            and _WEEK_BEFORE.search(site.text, max(site.sentence_start, site.start - 20), site.start)):
        # "Last week, on Tuesday, the tanker sank": that week's Tuesday, not the last one before publication
        return ("DATE", V.day_value(V.first_day(site.recent) + _dt.timedelta(days=R.WEEKDAYS[g["wd"].lower()])), None)
    paired = _PAIRED_BEFORE.search(site.text, max(site.sentence_start, site.start - 20), site.start)
    if paired and site.recent and V.precision(site.recent) == "day":
        # "closed on Monday and Tuesday": the day after the pair's first, whatever the tense
        first = V.first_day(site.recent)
        if first is not None and first.weekday() == R.WEEKDAYS[paired["wd"].lower()]:
            return ("DATE", V.day_value(weekday_date(g["wd"], first + _dt.timedelta(days=1), "future")), None)
    if _MARKET_CLOSE.match(site.text, site.end) or _MARKET_CLOSE_BEFORE.search(
            site.text, max(site.sentence_start, site.start - 40), site.start):
        return ("DATE", V.day_value(weekday_date(g["wd"], site.dct, "past")), None)  # "a premium to Friday's close"
    if _DECLARED_DAY.search(site.text, max(site.sentence_start, site.start - 30), site.start) and _DAY_OF.match(
            site.text, site.end):  # "declared Wednesday a day of mourning": a day set aside, ahead
        return ("DATE", V.day_value(weekday_date(g["wd"], site.dct, "future")), None)
    if _CALLED_OFF.search(site.text, max(site.sentence_start, site.start - 40), site.start) and (
            _OCCASION_AFTER.match(site.text, site.end) and R.WEEKDAYS[g["wd"].lower()] != site.dct.weekday()):
        return ("DATE", UNRESOLVED, None)  # "cancelled its Saturday market": the coming one, or one told after
    if _HAD_SINCE.search(site.text, site.sentence_start, site.start) and site.day_anchor != V.day_value(site.dct):
        # "had trained alone since Monday", on a Monday: the one before (but after "ran aground on Monday morning",
        # told on that Monday, "had been stuck since Monday" is that morning's)
        return ("DATE", V.day_value(weekday_date(g["wd"], site.dct, "past", -1)), None)
    when = tense(site, reported=not site.text.startswith(("'s", "’s"), site.end))
    if when != "reported":
        return ("DATE", V.day_value(weekday_date(g["wd"], site.dct, when)), None)
    # "said on Monday that talks would resume on Thursday": the Thursday after that Monday (not after another date of
    # the sentence: "the suspect, arrested on Saturday, would appear in court on Monday" is after publication).
    said = V.first_day(site.recent) if site.recent and V.precision(site.recent) == "day" and (
        _SAID_ON_DAY.search(site.text, site.sentence_start, site.start)
        or _DAY_THEN_SAID.match(site.text, site.sentence_start, site.start)) else None
    return ("DATE", V.day_value(weekday_date(g["wd"], min(said or site.dct, site.dct), "future")), None)


_MARKET_CLOSE = re.compile(r"['’]s\s+(?:closing|close|session|trading|opening\s+price)\b", re.IGNORECASE)
"""A weekday's market close or session is one already over, whatever the sentence's tense: "shareholders will receive
$52 per share, a 28% premium to Friday's closing price"."""
_MARKET_CLOSE_BEFORE = re.compile(r"\b(?:(?:closing|opening)\s+(?:share\s+|stock\s+)?(?:prices?|levels?|values?)"
                                  r"|(?:the|its|their)\s+close(?:\s+of\s+trading)?)\s+(?:on\s+)?$", re.IGNORECASE)
"""The same close told before its day: "a 28% premium to its closing price on Tuesday", "above the close on Friday"."""
_HAD_SINCE = re.compile(r"\bhad\s+(?:[\w'’-]+\s+){1,6}?since\s+$")
"""A state in the past perfect since a weekday: it ran up to a time already told, so its start is a weekday before
the day of writing, even one of the same name."""
_CALLED_OFF = re.compile(r"\b(?:cancell?ed|called\s+off|scrapped|postponed|axed|suspended|pulled)\s+"
                         r"(?:(?:the|its|their|his|her|our|this|next)\s+)?$", re.IGNORECASE)
_OCCASION_AFTER = re.compile(r"(?:['’]s)?\s+[a-z]")
"""A weekday's occasion called off ("cancelled its Saturday market", "postponed Friday's vote"): an occasion called
off is most often a coming one, but may be one already gone when the news tells it late; no day but the publication's
own is sure."""
_DECLARED_DAY = re.compile(r"\b(?:declared|declares|declaring|designated|proclaimed|named)\s+$")
_DAY_OF = re.compile(r"\s+(?:as\s+)?an?\s+(?:(?:national|public|official)\s+)?(?:day|holiday)\b")
"""A weekday declared a day of something ("declared Wednesday a day of mourning"): a day ahead of the declaration."""
_DAY_NAME = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
             r"\s+\d)")
_SAID_ON_DAY = re.compile(rf"\b(?:said|says|told\s+\w+|announced|warned|added|confirmed|stated)\s+(?:on\s+|late\s+"
                          rf"|early\s+)?{_DAY_NAME}")
_DAY_THEN_SAID = re.compile(rf"\s*(?:On\s+|Late\s+|Early\s+)?{_DAY_NAME}[^.;]{{0,60}}?\b(?:said|told|announced|warned)\b")
"""A saying dated by a day ("said on Monday", "On Monday, police said"): a reported future counts from that day."""
_PAIRED_BEFORE = re.compile(r"\b(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                            r"\s*(?:,?\s*(?:and|or|to|through|until)\s+|[-–]\s*)$")
"""A weekday and a conjunction before another: "Monday [and] Tuesday", "Friday to Sunday"."""
_WEEK_BEFORE = re.compile(r"\bweek\s*,?\s*(?:on\s+)?$", re.IGNORECASE)
"""A week told right before a weekday: "last week[, on] Tuesday", "earlier this week, on Monday"."""
_WEEK_LATER = re.compile(r"\s+week\b(?![-‐])", re.IGNORECASE)
"""A weekday a week later than its coming one, as British English writes it: "on Thursday [week]"."""
_WEEK_AFTER = re.compile(r"\s+(?:of\s+)?(?P<rel>last|next|this)\s+week\b", re.IGNORECASE)
_WEEK_WHEN_BEFORE = re.compile(r"\b(?P<rel>last|next|this)\s+week,?\s+when\s+[^,;.]{0,60}?\s(?:on\s+)?$",
                               re.IGNORECASE)
"""The week a weekday is in, written after it: "Monday [last week]", "Thursday [of next week]"."""


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
         "at present": "PRESENT_REF", "at the moment": "PRESENT_REF", "presently": "PRESENT_REF",
         "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF",
         "soon": "FUTURE_REF"}
_DAY_WORDS = {"today": 0, "tonight": 0, "overnight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2, "last night": -1}


def word(g: re.Match[str], site: Site) -> Result | None:
    """Deictic words and references: ``today``, ``last night``, ``now``, ``recently``."""
    text = re.sub(r"\s+", " ", g["w"].lower())
    if text == "overnight" and N.OVERNIGHT_THING.match(site.text, site.end):
        return None  # "raised the overnight deposit rate", "an overnight train": a kind of thing, no night
    if text == "overnight" and _DAY_AFTER.match(site.text, site.end):
        return None  # "overnight on Wednesday into Thursday": the night is the days' it names
    if g["w"] == "Today" and _NAME_BEFORE.search(text_before(site)):
        return None  # "Subscribe to Florida Today", "told USA Today": a name
    if text in _REFS:
        return ("DATE", _REFS[text], None)
    if text.startswith(("recent ", "coming ", "the coming ")):
        # "in recent years", "in the coming weeks": a vague stretch of time (TimeML: PXY, PXW).
        return ("DURATION", f"PX{R.UNIT_CODES[text.split()[-1].rstrip('s')]}", None)
    first, _, rest = text.partition(" ")
    if text in _DAY_WORDS:
        shift, part = _DAY_WORDS[text], {"tonight": "NI", "overnight": "NI", "last night": "NI"}.get(text)
    elif first in ("yesterday", "tomorrow"):
        shift, part = _DAY_WORDS[first], R.PARTS[rest]
    else:
        shift, part = 0, R.PARTS[text.split(" ")[-1]]
    kind = "TIME" if part else "DATE"
    if site.dct is None:
        return (kind, UNRESOLVED, None)
    morning = _MORNING_AFTER.search(site.text, site.end, site.sentence_end) if text == "overnight" else None
    if morning:  # "burst their banks overnight, and Opava was under water by Sunday morning": the night before it
        day = weekday_date(morning["wd"], site.dct, "past")
        if day < site.dct:
            return (kind, f"{V.day_value(day - _dt.timedelta(days=1))}T{part}", None)
    evening = N.evening_told(site) if text == "overnight" else None
    if evening:  # "began encrypting servers at 11:40 p.m. on Sunday. … shut down its network overnight": Sunday's
        return (kind, f"{evening}T{part}", None)
    if N.night_just_ended(site) if text == "overnight" else N.evening_gone(site, text):
        shift = -1  # the night just ended; "this evening" in a page written in the small hours: the one before
    day = V.day_value(site.dct + _dt.timedelta(days=shift))
    return (kind, f"{day}T{part}" if part else day, None)


def duration(g: re.Match[str], site: Site) -> Result | None:
    """A length of time: ``three days``, ``24 hours``, ``the past two months``."""
    number_text, unit = g["n"].lower(), g["u"].lower()
    unit = "century" if unit == "centurie" else unit
    if number_text in ("a", "an", "one") and unit in ("second", "quarter"):
        return None
    if re.fullmatch(r"\d{4}", number_text) and unit == "second":
        return None
    if unit == "second" and not re.match(r"\d", number_text):
        if number_text in ("a", "an", "some", "many", "several", "few", "a few"):
            return None
    number = parse_number(number_text)
    amount = "X" if number is None else format_number(number)
    if number is not None and number != int(number) and unit in _SMALLER:
        return ("DURATION", _composite(number, unit), None)
    if number_text in ("a", "an", "per") and R.MONEY_BEFORE.search(text_before(site, 20)):
        return ("SET", f"P1{R.UNIT_CODES[unit]}", None)
    if unit in ("hour", "minute", "second"):
        return ("DURATION", f"PT{amount}{R.UNIT_CODES[unit]}", None)
    if unit == "fortnight":
        return ("DURATION", f"P{'X' if number is None else format_number(number * 2)}W", None)
    if unit in ("decade", "century"):
        scale = 10 if unit == "decade" else 100
        return ("DURATION", f"P{'X' if number is None else format_number(number * scale)}Y", None)
    return ("DURATION", f"P{amount}{R.UNIT_CODES[unit]}", None)


_SMALLER = {"year": ("M", 12), "day": ("H", 24), "hour": ("M", 60), "minute": ("S", 60)}
"""Units whose fractions are written in the next smaller unit: two and a half years is P2Y6M."""


def _composite(number: float, unit: str) -> str:
    """``2.5`` years as ``P2Y6M``, ``5.5`` hours as ``PT5H30M``."""
    small, per = _SMALLER[unit]
    whole, rest = int(number), round((number - int(number)) * per)
    big = R.UNIT_CODES[unit]
    head = f"{whole}{big}" if whole else ""
    prefix = "PT" if unit in ("hour", "minute") else "P"
    if unit == "day":
        return f"P{head}T{rest}H" if rest else f"P{head}"
    return f"{prefix}{head}{rest}{small}"


def set_(g: re.Match[str], site: Site) -> Result | None:
    """A recurrence: ``every week``, ``weekly``, ``twice a month``, ``Tuesdays``."""
    if g["adv"]:
        unit = {"dai": "D", "wee": "W", "mon": "M", "ann": "Y", "yea": "Y", "qua": "Q", "hou": "H",
                "nig": "D", "biw": "W", "for": "W"}[g["adv"].lower()[:3]]
        amount = "2" if g["adv"].lower()[:3] in ("biw", "for") else "1"
        return ("SET", f"PT{amount}H" if unit == "H" else f"P{amount}{unit}", None)
    if g["wds"]:
        if not capitalised(g["wds"]):
            return None
        return ("SET", f"XXXX-WXX-{R.WEEKDAYS[g['wds'].lower()] + 1}", None)
    unit = (g["u"] or g["u2"]).lower()
    if unit in R.WEEKDAYS:
        return ("SET", f"XXXX-WXX-{R.WEEKDAYS[unit] + 1}", None)
    if unit in R.SEASONS:
        return ("SET", f"XXXX-{R.SEASONS[unit]}", None)
    if unit in R.PARTS:
        return ("SET", f"TXX{R.PARTS[unit]}", None)
    code = R.UNIT_CODES.get(unit.rstrip("s"), "D")
    return ("SET", f"PT1{code}" if unit in ("hour", "minute") else f"P1{code}", None)


def baredur(g: re.Match[str], site: Site) -> Result | None:
    """A bare plural unit after ``for``/``over``/``in``: ``for years``."""
    if not re.search(r"\b(?:for|over|within|in|after|took|takes|last|lasted|lasting)\s+$",
                     text_before(site, 12), re.IGNORECASE):
        return None
    unit = g["u"].lower().rstrip("s")
    code = R.UNIT_CODES[unit]
    return ("DURATION", f"PTX{code}" if unit == "hour" else f"PX{code}", None)


_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's": (1, 1), "new year's day": (1, 1), "new year's eve": (12, 31),
             "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14)}


def _thanksgiving(year_: int) -> _dt.date:
    first = _dt.date(year_, 11, 1)
    return first + _dt.timedelta(days=(3 - first.weekday()) % 7 + 21)


def holiday(g: re.Match[str], site: Site) -> Result | None:
    """A fixed or computed holiday: ``Christmas Day``, ``Thanksgiving``."""
    name = re.sub(r"\s+", " ", g["hol"].lower().replace("’", "'"))
    if not capitalised(g["hol"]):
        return None

    def on(y: int) -> _dt.date:
        if name.startswith("thanksgiving"):
            return _thanksgiving(y)
        if name in _EASTER:
            return _easter(y) + _dt.timedelta(days=_EASTER[name])
        return _dt.date(y, *_HOLIDAYS[name])

    value = V.week_value if name == "easter weekend" else V.day_value
    suffix = "-WE" if name == "easter weekend" else ""
    if g["y"]:
        return ("DATE", value(on(int(g["y"]))) + suffix, None)
    if site.dct is None:
        return ("DATE", UNRESOLVED, None)
    date = pick_year(on, site.dct, year_tense(site))
    return ("DATE", value(date) + suffix if date else UNRESOLVED, None)


_EASTER = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2, "easter weekend": 0}
"""Days from Easter Sunday of the holidays counted from it."""


def _easter(year_: int) -> _dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year_ % 19, year_ // 100, year_ % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return _dt.date(year_, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def weekend(g: re.Match[str], site: Site) -> Result | None:
    """``the weekend``: the last one unless the sentence is in the future."""
    if site.dct is None:
        return ("DATE", UNRESOLVED, None)
    if g["bl"]:  # "the weekend before last": the one before the last weekend
        saturday = weekday_date("saturday", site.dct, "past") - _dt.timedelta(weeks=1)
    else:
        saturday = weekday_date("saturday", site.dct, year_tense(site))
    return ("DATE", V.week_value(saturday) + "-WE", None)
