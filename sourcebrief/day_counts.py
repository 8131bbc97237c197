"""Date a count of days from an event the same story dates: "96 hours after the collapse", "on the fifth day of the
operation".

Such a count is a date only through its event: "the collapse" must be a thing the story dates, to the day, and only
once. The event is found among the story's own dated lines: those whose words name it ("The building collapsed on
Monday" for "the collapse"). When no line names it, or lines name it on different days (the fire that broke out on
Sunday and reached the town on Tuesday), the count is left alone: a wrong date is worse than none.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable

from sourcebrief import date_values as V
from sourcebrief.date_handlers import parse_number
from sourcebrief.event_words import content_words

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_COUNT = re.compile(
    r"(?<![\w-])(?:(?P<n>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-](?:one|two|three|four|five|six"
    r"|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|\d{1,3})[\s-]+(?P<u>day|hour|week)s?\s+(?P<dir>after|before)"
    r"|(?P<on>on\s+)?the\s+(?P<ord>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+day\s+of)"
    r"\s+(?:the|this\s+week['’]s|last\s+week['’]s)\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)(?![\w-])",
    re.IGNORECASE)
"""A count of days from a named event: "96 hours after the collapse", "on the fifth day of the rescue operation"."""
_DAYS = {"day": 1, "hour": 1 / 24, "week": 7}
_BEGIN = content_words("began")


_REFERENCE = re.compile(r"\b(?:before|after|since|ahead\s+of)\s+(?:the|a|an|this|that|his|her|their|its)\s+"
                        r"((?:[a-z-]+\s+){0,2}[a-z-]+)", re.IGNORECASE)
"""An event a line tells of only as its point of reference: "had rowed with him hours [before the fatal stabbing]"."""


def referenced(line: str) -> frozenset[str]:
    """The words of the events ``line`` names only as a time before or after its own ("… before the fatal
    stabbing, a court heard [on Monday]"): such a line does not date them."""
    return frozenset().union(*(content_words(found.group(1)) for found in _REFERENCE.finditer(line)))


def counted_days(text: str, dated: Iterable[tuple[str, frozenset[str]]]) -> list[tuple[int, int, str]]:
    """(start, end, day) of each count in ``text`` whose event the story dates once, to the day.

    ``dated``: (day value, words of its line) of the story's dated lines."""
    lines = [(value, words) for value, words in dated if V.precision(value) == "day"]
    found = []
    for match in _COUNT.finditer(text):
        days = _offset(match)
        if days is None:
            continue
        event = content_words(match["noun"].split()[-1])
        naming = [(value, words) for value, words in lines if event and event <= words]
        if match["ord"] and any(_BEGIN <= words for _, words in naming):
            naming = [(value, words) for value, words in naming if _BEGIN <= words]  # the day the operation began
        days_named = {value for value, _ in naming}
        if len(days_named) != 1:
            continue  # no line names the event, or lines name it on different days
        start = V.first_day(days_named.pop())
        found.append((match.start(), match.end(), V.day_value(start + _dt.timedelta(days=days))))
    return found


def _offset(match: re.Match[str]) -> int | None:
    """Days from the event to the counted day (None when the count is not a whole number of days)."""
    if match["ord"]:
        word = match["ord"].lower()
        number = _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
        return number - 1  # the first day of the operation is the day it began
    number = parse_number(match["n"])
    if number is None:
        return None
    days = number * _DAYS[match["u"].lower()]
    if days != int(days):
        return None  # "36 hours after the quake": which day is a guess
    return int(days) * (-1 if match["dir"].lower() == "before" else 1)

