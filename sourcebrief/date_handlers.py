"""Turn one matched date pattern into a TIMEX3 (type, value, mod), using the publication date and the narrative."""

from __future__ import annotations

import calendar
import functools
import datetime as _dt
import re
from typing import Callable

from sourcebrief import date_night as N
from sourcebrief import date_rules as R
from sourcebrief import date_values as V
from sourcebrief import solar_hijri
from sourcebrief.date_habit import HABIT_BEFORE
from sourcebrief.date_site import UNRESOLVED, Result, Site, tense, text_before, year_tense


def capitalised(word: str | None) -> bool:
    return bool(word) and word[0].isupper()


def month_number(token: str) -> int:
    return R.MONTHS[token.rstrip(".").lower()]


def parse_number(token: str) -> float | None:
    token = re.sub(r"\s+", " ", token.lower().replace("-", " ")).strip()
    half = token.endswith((" and a half", " 1/2"))
    token = token.removesuffix(" and a half").removesuffix(" 1/2")
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        value = float(token)
    elif token in R.NUMBERS:
        value = R.NUMBERS[token]
    elif " " in token and all(part in R.NUMBERS for part in token.split(" ")):
        value = sum(R.NUMBERS[part] for part in token.split(" "))
    else:
        return None
    return value + 0.5 if half else value


def format_number(number: float) -> str:
    return str(int(number)) if number == int(number) else str(number)


NEAR_AHEAD = 75
"""Days within which a date just ahead of (or behind) publication beats one nearly a year the other way,
whatever the tense cues say: news rarely dates an event ten months back by its month alone."""


def pick_year(make: Callable[[int], _dt.date | None], dct: _dt.date, when: str) -> _dt.date | None:
    """The candidate date (this, last or next year) that fits the tense best."""
    options = [d for d in (make(dct.year - 1), make(dct.year), make(dct.year + 1)) if d]
    if not options:
        return None
    later = [d for d in options if d >= dct]
    earlier = [d for d in options if d <= dct]
    nearest = min(options, key=lambda d: (abs((d - dct).days), d > dct))
    if when == "since":
        return max(earlier) if earlier else nearest
    if when == "none" or not (later and earlier):
        return nearest
    # Tense cues are noisy: a date ten weeks ahead beats one nearly a year back, and vice versa.
    chosen, other = (min(later), max(earlier)) if when == "future" else (max(earlier), min(later))
    if abs((other - dct).days) <= NEAR_AHEAD and abs((chosen - dct).days) > 180:
        return other
    return chosen


def safe_date(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def weekday_date(name: str, dct: _dt.date, when: str, rel: int | None = None) -> _dt.date:
    """The date of a named weekday near ``dct``: last one (on or before) unless the sentence is future."""
    target = R.WEEKDAYS[name.rstrip(".").lower()]
    back = (dct.weekday() - target) % 7
    if rel == -1:
        return dct - _dt.timedelta(days=back or 7)
    if rel == 1:
        return dct + _dt.timedelta(days=(target - dct.weekday()) % 7 or 7)
    if rel is None and when == "future":
        return dct + _dt.timedelta(days=(target - dct.weekday()) % 7)
    if rel == 0:  # "this Sunday": this week's, unless the tense says it is the last one or the next
        day = dct + _dt.timedelta(days=target - dct.weekday())
        if when == "past" and day > dct:
            return day - _dt.timedelta(days=7)
        return day + _dt.timedelta(days=7) if when == "future" and day < dct else day
    return dct - _dt.timedelta(days=back)


def full(g: re.Match[str], site: Site) -> Result | None:
    """A calendar date written out: ``Tuesday, Feb. 6, 2024``, ``6 February``, ``August 7-8, 2023``."""
    mon = g["m1"] or g["m2"]
    if not capitalised(mon) or (g["wd"] and not capitalised(g["wd"])):
        return None
    month, day = month_number(mon), int(re.sub(r"\D", "", g["d1"] or g["d2"]))
    if g["y"]:
        date = safe_date(int(g["y"]), month, day)
        return ("DATE", V.day_value(date), None) if date else None
    if day > calendar.monthrange(2024, month)[1]:
        return None
    if yearly(site):
        return ("SET", f"XXXX-{month:02d}-{day:02d}", None)
    if site.dct is None:
        return ("DATE", UNRESOLVED, None)
    date = pick_year(lambda y: safe_date(y, month, day), site.dct, year_tense(site))
    return ("DATE", V.day_value(date), None) if date else ("DATE", UNRESOLVED, None)


_YEARLY = re.compile(rf"\b(?:every|each)\s+year\b|\bannually\b|\byearly\b|{HABIT_BEFORE}", re.IGNORECASE)
"""A date that comes round every year: "sell power for five months every year from June 15 to November 15", "the
monsoon, which usually runs from June to September" (a habit's adverb only before the date, a few words off)."""


def yearly(site: Site) -> bool:
    """Whether a date without a year is said of every year, near it in its sentence: a recurrence, no one day to
    pick a year for (read as the next June 15 it would be a made-up date)."""
    before = site.text[max(site.sentence_start, site.start - 45):site.start]
    after = site.text[site.end:min(site.sentence_end, site.end + 25)]
    return bool(_YEARLY.search(before) or _YEARLY.search(after))


ISO_FIRST_YEAR = 1600
"""A year-month-day stamp before this year is in another calendar, not a Gregorian date: IRNA stamps its pages
with the Solar Hijri ``1403-04-16`` (6 July 2024), which is converted (solar_hijri), Arab sites with the lunar Hijri
``1445-10-08``, which is left unannotated. Read as Gregorian either would be a date centuries off."""


def iso(g: re.Match[str], site: Site) -> Result | None:
    """An ISO date: ``2024-02-06``; a Solar Hijri one, ``1403-02-31``, as its Gregorian day (20 May 2024)."""
    if int(g["y"]) < ISO_FIRST_YEAR:
        date = solar_hijri.to_gregorian(int(g["y"]), int(g["m"]), int(g["d"]))
        return ("DATE", V.day_value(date), None) if date else None
    date = safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
    return ("DATE", V.day_value(date), None) if date else None


def numeric(g: re.Match[str], site: Site) -> Result | None:
    """A numeric date: ``23/04/2025`` day first, ``04/23/2025`` month first. One that reads either way
    (``11/09/2024``) is read as the outlet writes them (outlet_names.numeric_order), else as another numeric date of the
    same text proves (a part over 12: ``23/04/2025``); else it stays unresolved (AMBIGUOUS_NUMERIC): how the story
    writes its dates in words ("5 March") tells nothing sure of its numbers, and a guess would be a date months off."""
    year = int(g["y"])
    year = year + (1900 if year >= 50 else 2000) if year < 100 else year
    first, second = int(g["m"]), int(g["d"])
    if first <= 12 and second <= 12 and first != second:
        order = site.numeric_order or numeric_order_proven(site.text)
        if order is None:
            return ("DATE", UNRESOLVED, None)
        if order == "day":
            first, second = second, first
    elif first > 12:
        first, second = second, first
    date = safe_date(year, first, second)
    return ("DATE", V.day_value(date), None) if date else None


def dotted(g: re.Match[str], site: Site) -> Result | None:
    """A date in numbers with dots, day first: ``14.09.2024``, ``1.10.2024`` (1 October)."""
    date = safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
    return ("DATE", V.day_value(date), None) if date else None


AMBIGUOUS_NUMERIC = "a date in numbers that reads two ways, and neither the outlet nor the story tells which"
"""Why a numeric date like ``11/09/2024`` is left unresolved (numeric)."""


_NUMERIC_DATE = re.compile(r"(?<![\w/.])" + dict(R.RULES)["numeric"])
"""A numeric date that starts where the date finder would find one: not "24/05/04" inside "2024/05/04"."""


@functools.lru_cache(maxsize=64)
def numeric_order_proven(text: str) -> str | None:
    """"day" or "month" first, as the numeric dates of ``text`` with a part over 12 prove it ("23/04/2025" is day
    first); None when none does, or they prove both."""
    orders = {"day" if int(m["m"]) > 12 else "month"
              for m in _NUMERIC_DATE.finditer(text) if (int(m["m"]) > 12) != (int(m["d"]) > 12)}
    return orders.pop() if len(orders) == 1 else None


def offset(g: re.Match[str], site: Site) -> Result | None:
    """``three days later``, ``a year ago``: counted from the publication date (ago) or the narrative (later)."""
    unit, direction = g["u"].lower().rstrip("s"), g["dir"].lower().split()[0]
    unit = "century" if unit == "centurie" else unit
    number = parse_number(g["n"])
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    mod = _offset_mod((g["cmp"] or "").lower(), sign)
    if number is None:
        return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None)
    clocked = unit in ("hour", "minute", "second") and site.clock_day and (not site.recent or (
        site.clock_at or "").startswith(f"{site.recent}T24:"))  # "shortly before midnight … an hour later": next day
    day = N.from_clock(site, unit, number * sign) if clocked else None
    if day and direction not in ("ago", "from", "hence"):
        return ("DATE", day, mod)  # "at 11.47pm on Tuesday. Around half an hour later, …": Wednesday
    if unit in ("hour", "minute", "second"):
        if N.day_astride(unit, number, mod):
            return ("DATE", UNRESOLVED, mod)
        number, unit = round(number / 24) if unit == "hour" else 0, "day"
    if unit == "fortnight":
        number, unit = number * 2, "week"
    if unit == "decade":
        number, unit = number * 10, "year"
    if unit == "weekend":
        unit = "week"
    if number != int(number):
        return ("DATE", UNRESOLVED, mod)
    if direction in ("ago", "from", "hence"):
        anchor = _period_anchor(site) if unit == "year" else None
        if anchor is None and site.dct is None:
            return ("DATE", UNRESOLVED, mod)
        anchor = anchor or _dct_at(site.dct, unit)
    else:
        anchor = site.clock_day if clocked else narrative_anchor(site, unit)  # minutes count from the clock told
        if anchor is None:
            return ("DATE", UNRESOLVED, mod)
        if unit == "day" and V.precision(anchor) != "day" and number <= 1:
            return ("DATE", anchor, None)
    value = V.shift(anchor, unit, int(number) * sign)
    if (value and direction not in ("ago", "from", "hence") and site.dct and V.first_day(value)
            and V.first_day(value) > site.dct and tense(site) == "past"):
        return ("DATE", UNRESOLVED, mod)  # "Forty-eight hours later, the ceasefire collapsed", counted from a day ahead
    return ("DATE", value or UNRESOLVED, mod)


def _period_anchor(site: Site) -> str | None:
    """The reporting period a financial "a year ago" compares against: a quarter, half or season."""
    if site.recent and V.precision(site.recent) in ("quarter", "half", "season"):
        return site.recent
    return site.quarter_anchor


def _offset_mod(cmp: str, sign: int) -> str | None:
    if cmp in ("about", "around", "nearly", "almost", "roughly", "some"):
        return "APPROX"
    if cmp == "less than":
        return "ON_OR_BEFORE" if sign > 0 else "ON_OR_AFTER"
    if cmp in ("more than", "over", "at least"):
        return "AFTER" if sign > 0 else "BEFORE"
    return None


def _dct_at(dct: _dt.date, unit: str) -> str:
    """The publication date at the grain of ``unit``."""
    if unit == "day":
        return V.day_value(dct)
    if unit == "week":
        return V.day_value(dct)
    if unit == "month":
        return V.month_value(dct.year, dct.month)
    if unit == "quarter":
        return V.quarter_value(dct.year, V.quarter_of(dct))
    return str(dct.year)


def narrative_anchor(site: Site, unit: str) -> str | None:
    """What an anaphoric expression counts from: a date earlier in its sentence, else the last day mentioned."""
    if site.recent:
        return site.recent
    if unit == "day":
        return site.day_anchor
    if site.last and V.precision(site.last) in _AT_LEAST_AS_FINE.get(unit, ()):
        return site.last
    return site.day_anchor or site.quarter_anchor


_AT_LEAST_AS_FINE = {"week": ("day", "week"), "month": ("day", "week", "month"),
                     "year": ("day", "week", "month", "season", "quarter", "half", "year")}
"""Grains an anaphoric ``the following month`` (etc.) can count from."""


def anaph(g: re.Match[str], site: Site) -> Result | None:
    """``the next day``, ``the following week``: counted from the date the narrative last gave."""
    raw = g.group().lower()
    if raw == "that day" or (g["dir"] or "").lower() == "same":
        direction = 0
    else:
        word = (g["dir"] or g["dir2"] or "").lower()
        direction = 1 if word in ("next", "following", "after") else -1
    unit = (g["u"] or "day").lower()
    part = R.PARTS.get(unit)
    weekend = "-WE" if unit == "weekend" else ""  # "the previous weekend": that week's Saturday and Sunday
    unit = "day" if part else ("week" if weekend else unit)
    anchor = narrative_anchor(site, unit)
    kind = "DATE"
    part = None  # TimeML annotators gave "the next morning" the day's value
    if anchor is None:
        return (kind, UNRESOLVED, None)
    if unit == "day" and V.precision(anchor) != "day":
        return (kind, anchor, None) if V.precision(anchor) in ("month", "week") else (kind, UNRESOLVED, None)
    value = V.shift(anchor, unit, direction)
    if value is None:
        return (kind, UNRESOLVED, None)
    if site.dct and V.first_day(value) and V.first_day(value) > site.dct and tense(site) == "past":
        # "said the next day" in a report of 4 April, counted from a 4 April anchor: the story did not narrate
        # the day it counts from, so the count is a guess; "The council meets on the 30th. The previous day,
        # protesters had blocked the road": a past told of a day after publication is no day the story gave.
        return (kind, UNRESOLVED, None)
    return (kind, f"{value}T{part}" if part else value + (weekend if V.precision(value) == "week" else ""), None)


def relu(g: re.Match[str], site: Site) -> Result | None:
    """``last week``, ``earlier this month``, ``next Friday``, ``last summer``: counted from the publication date."""
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    unit = g["u"]
    pre = re.sub(r"\s+", " ", (g["pre"] or "").lower())
    mod = R.MODS.get(pre)
    lowered = unit.lower().rstrip(".")
    if lowered in ("week", "month", "year", "decade") and rel in ("past", "the past", "the coming"):
        return ("DURATION", f"P1{R.UNIT_CODES[lowered]}", None) if lowered != "decade" else ("DURATION", "P10Y", None)
    if lowered == "decade" and rel not in ("this", "current", "the current", "the same"):
        return ("DURATION", "P10Y", None)  # "over the next decade", "in the last decade": ten years from now or up to
        # now, not the 2030s or the 2010s
    step = 0 if rel in ("this", "current", "the current", "the same") else (
        -1 if rel in ("last", "previous", "past", "the previous", "the past") else 1)
    if site.dct is None:
        return ("DATE", UNRESOLVED, mod)
    dct = site.dct
    if (pre, lowered, step) == ("later", "week", 0) and dct.weekday() == 6:
        step = 1  # "later this week" in a Sunday paper: no day of its (ISO) week is left, so the coming one
    if (lowered, step) == ("week", -1) and dct.weekday() == 6:
        step = 0  # "since last week's collapse" in a Sunday paper: the week just ending (ISO weeks start on Monday)
    elif (pre, lowered, step) == ("", "week", 0) and dct.weekday() == 6 and tense(site) == "future":
        step = 1  # "This week, Starmer will try to reset his government", in a Sunday paper: the coming week
    if lowered in R.WEEKDAYS:
        if not capitalised(unit):
            return None
        day = weekday_date(lowered, dct, tense(site), step)
        part = R.PARTS.get((g["part"] or "").lower())
        return ("TIME", f"{V.day_value(day)}T{part}", None) if part else ("DATE", V.day_value(day), None)
    if lowered in R.MONTHS:
        if not capitalised(unit):
            return None
        month = month_number(unit)
        year = dct.year + step if step else dct.year
        if step == -1 and month < dct.month:
            year = dct.year
        if step == 1 and month > dct.month:
            year = dct.year
        if g["day"]:  # "last Oct. 23"
            date = safe_date(year, month, int(re.sub(r"\D", "", g["day"])))
            return ("DATE", V.day_value(date), None) if date else ("DATE", UNRESOLVED, None)
        return ("DATE", V.month_value(year, month), mod)
    if lowered in R.SEASONS:
        if rel == "the same":  # "the 2022 election, held the same autumn": the narrative's year, not this one
            anchor = site.last if site.last and re.match(r"\d{4}", site.last) else None
            return ("DATE", f"{anchor[:4]}-{R.SEASONS[lowered]}" if anchor else UNRESOLVED, mod)
        return ("DATE", _season(R.SEASONS[lowered], dct, step), mod)
    if (lowered == "year" and step == -1 and not pre and _COMPARED.search(text_before(site, 60))
            and not (site.recent and V.precision(site.recent) == "year")):
        # "profit of $5 million, compared with $3 million last year": the same period a year before.
        period = _period_anchor(site)
        if period and period.startswith(str(dct.year)):
            return ("DATE", V.shift(period, "year", -1), None)
    return ("DATE", _relative_unit(lowered, dct, step), mod)


_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|from|versus|vs\.|against)\b[^.;:]*$", re.IGNORECASE)
"""A comparison whose second term follows: "up from $3 million last year"."""


def _season(code: str, dct: _dt.date, step: int) -> str:
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    year = dct.year
    if step == -1 and dct.month < start + 3:
        year -= 1
    if step == 1 and dct.month >= start:
        year += 1
    return f"{year:04d}-{code}"


def _relative_unit(unit: str, dct: _dt.date, step: int) -> str:
    if unit == "week":
        return V.week_value(dct + _dt.timedelta(weeks=step))
    if unit == "weekend":
        return V.week_value(dct + _dt.timedelta(weeks=step)) + "-WE"
    if unit == "month":
        return V.month_value(dct.year, dct.month + step)
    if unit == "decade":
        return str(dct.year // 10 + step)
    if unit == "century":
        return str(dct.year // 100 + step)
    return str(dct.year + step)
