"""Two reports of one deed on one named weekday, as date_window compares an undated source's clause with a dated one.

"Former Nordbunker CEO Henrik Lund was convicted on Thursday of fraud and document forgery" (undated) tells a part of
"A Copenhagen court on Thursday convicted Henrik Lund, the former chief executive of bunker fuel supplier Nordbunker,
of fraud and forgery over a scheme that cost lenders about $210 million" (Thursday 12 June). event_pair.reports_same
judges two clauses as reports a day apart, each holding most of the other's plain words, and the long one here holds
much more than the short one. But both name Thursday and the dated one's day is a Thursday: they are no day apart
but one day told by its weekday, where one report may tell a part of the other. The rest of the bar stays: the
words a day apart need, three plain words in common making most of one clause, and nothing that tells them apart
(a saying, a plan against a deed, another count, another phase).

A run of weekdays told day by day ("entered the cave on Saturday … On Sunday … arrived on Monday … On Tuesday,
rescuers brought out two of the cavers") ties loosely: a clause sharing two words with a dated clause on a day of
its own weekday ("Two of the cavers were brought out", Tuesday 15 October) is a hint, and two such hints on
different days that one publication day fits together anchor the source (date_window); one alone proves nothing.
"""

from __future__ import annotations

import re

from . import date_values as V
from .event_candidate import Candidate, similarity
from .event_pair import reports_same
from .event_tense import plan_and_deed

_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_NUMBER = {name: n for n, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                             "sunday"))}
SHARED_PLAIN = 3
"""Plain words (no names, no numbers) the two clauses must share: two ("the miners were rescued") say too little."""
WITHIN = 0.5
"""Share of the shorter clause's plain words (by weight) the other must hold."""


def same_weekday_part(a: Candidate, b: Candidate, weights: dict[str, float]) -> bool:
    """Whether undated ``a`` and dated ``b`` name the same one weekday, ``b``'s day falls on it, and one tells (a part
    of) the other's deed."""
    named, told = _weekdays(a.source.expression), _weekdays(b.source.expression)
    if len(named) != 1 or named != told or V.precision(b.source.date) != "day":
        return False
    if V.first_day(b.source.date).weekday() != _NUMBER[next(iter(named))]:
        return False
    return reports_same(a, b, weights, lambda plain, plain2: len(plain & plain2) >= SHARED_PLAIN and max(
        similarity(plain, plain2, weights), similarity(plain2, plain, weights)) >= WITHIN)


def _weekdays(expression: str) -> set[str]:
    """The weekdays an expression names ("late on Sunday": sunday)."""
    return {m.lower() for m in _WEEKDAY.findall(expression)}


def weekday_hint(a: Candidate, b: Candidate) -> bool:
    """Whether undated ``a`` names one weekday alone ("On Tuesday") and dated ``b``'s day falls on it: a loose tie
    between two clauses sharing a couple of words, which only another such tie on another day confirms."""
    named = _weekdays(a.source.expression)
    if len(named) != 1 or V.precision(b.source.date) != "day" or plan_and_deed(a.text, b.text):
        return False
    return V.first_day(b.source.date).weekday() == _NUMBER[next(iter(named))]
