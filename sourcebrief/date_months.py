"""Publication days of an undated source from a month's figure another source dates: AP's "America's employers added a
robust 254,000 jobs last month", undated, is the month Reuters dates "Nonfarm payrolls increased by 254,000 jobs in
September" (October's report): "last month" reads as September only when published in October, so AP's publication
days are October's, and its "in July" and "August" are 2024's whichever of them it came out.

Words rarely tie two reports of a monthly figure (a statistic is told in many words), but the figure itself does when
it is exact: the same number of three or more significant digits, counting the same thing (the word after it), dated
to one month by the dated source. A round number ("200,000 jobs") proves nothing. The month must bound the source's
days: an expression that reads as that month a month before and after too ("September" alone) bounds nothing.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from typing import Callable, Sequence

from . import date_values as V
from .model import Article

_FIGURE = re.compile(r"(?<![\d.,])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<pct>%)?\s*(?P<unit>[a-z]+)?")
"""A number with what it counts: "254,000 jobs", "4.1%"."""
SIGNIFICANT = 3
"""Significant digits a figure needs to tell one statistic: "254,000" (three), not "200,000" or "4.1%"."""


def by_figure(articles: Sequence[Article], dates: Sequence[tuple]) -> dict[tuple[str, str], set[str]]:
    """(figure, the word after it) to the months dated sources give clauses telling it (month-precision clauses of
    sources with a publication date; ``dates``: chronology.article_dates of each article)."""
    found: dict[tuple[str, str], set[str]] = {}
    for article, (candidates, _) in zip(articles, dates):
        if article.published is None:
            continue
        for candidate in candidates:
            if V.precision(candidate.source.date) == "month":
                for key in figures(candidate.text):
                    found.setdefault(key, set()).add(candidate.source.date)
    return found


def figures(text: str) -> set[tuple[str, str]]:
    """The exact figures of ``text`` with the word after each ("254,000", "job")."""
    keys = set()
    for match in _FIGURE.finditer(text):
        digits = match["n"].replace(",", "").replace(".", "").strip("0")
        if len(digits) >= SIGNIFICANT and match["unit"] and not match["pct"]:
            keys.add((match["n"], match["unit"].lower().rstrip("s")))
    return keys


def month_days(relative: Sequence[tuple[int, object]], monthly: dict[tuple[str, str], set[str]],
               read: Callable[[_dt.date], list]) -> set[_dt.date] | None:
    """The publication days under which each of the undated source's relative month expressions that tells a dated
    month's figure reads as that month; None when none does (or they tell figures of two months). ``relative``:
    (start of the expression, its clause read under a probe day); ``read``: the source's expressions under a day."""
    if not monthly:
        return None
    fits: set[_dt.date] | None = None
    for start, candidate in relative:
        if V.precision(candidate.source.date) != "month":
            continue
        months = set().union(*(monthly.get(key, set()) for key in figures(candidate.text)))
        if len(months) != 1:
            continue
        month = months.pop()
        near = _days_reading(start, month, read)
        if near is not None:
            fits = near if fits is None else fits & near
    return fits


def _days_reading(start: int, month: str, read: Callable[[_dt.date], list]) -> set[_dt.date] | None:
    """The days of the month ``month`` and the next under which the expression at ``start`` reads as ``month`` (a
    month's reading taken from its first and last day); None when the month before or the one after the next read so
    too (no bound)."""
    first = V.first_day(month)
    if first is None:
        return None
    days: set[_dt.date] = set()
    for step in range(-1, 3):
        year, index = divmod(first.month - 1 + step, 12)
        begin = _dt.date(first.year + year, index + 1, 1)
        end = begin.replace(day=calendar.monthrange(begin.year, begin.month)[1])
        if all(_value_at(read(day), start) == month for day in (begin, end)):
            if step in (-1, 2):
                return None
            days |= {begin + _dt.timedelta(days=n) for n in range((end - begin).days + 1)}
    return days or None


def _value_at(timexes: list, start: int) -> str | None:
    return next((t.value.split("T")[0] for t in timexes if t.start == start), None)
