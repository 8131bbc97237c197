"""A dated clause as the chronology merge reads it (Candidate), and what the merge asks of clauses and dates: how
two dates relate on the calendar, where a date sorts, and how much of one clause's words another holds, weighted by
how rare each word is."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from typing import TYPE_CHECKING

from sourcebrief import date_values as V
from sourcebrief.model import record

if TYPE_CHECKING:
    from sourcebrief.chronology_model import EventSource


@record
class Candidate:
    """A dated clause from one source, before merging."""

    source: EventSource
    """Where it comes from and the date it gives."""
    text: str
    """The clause as a chronology line."""
    words: frozenset[str]
    """Stemmed content words of the clause."""
    extra: frozenset[str]
    """Those plus the whole sentence's (when it has no other date) and the next sentence's when that carries
    no date of its own: a lede's "on Tuesday" is often explained by the sentence after it."""
    own: frozenset[str]
    """The clause's words and its whole sentence's, without the next sentence's."""
    ahead: bool = False
    """Whether the date lies after the source's publication: a plan or a schedule, not a report."""
    mention: bool = False
    """Whether the line only names the thing its date owns or names ("The explosion at the Iqoxe plant", "The 25 May
    election"), its sentence telling of another time: a clause of the same event reads better."""
    time: str = ""
    """The time of day its date gave and the day alone drops: a clock time ("14:00") or a part of the day ("NI")."""
    unnamed: bool = False
    """Whether the line opens with a pronoun it could not name ("It rose as more bodies were brought to hospitals"):
    it never heads an event another line can head."""


def sort_key(value: str) -> str | None:
    """An ISO day that orders a value on the calendar (decades and centuries included)."""
    day = V.calendar_start(value)
    if day is not None:
        return day.isoformat()
    if re.fullmatch(r"\d{3}", value):
        return f"{value}0-01-01"
    if re.fullmatch(r"\d{2}", value):
        return f"{value}00-01-01"
    return None


def idf(word_sets: list[frozenset[str]]) -> dict[str, float]:
    """Inverse document frequency of each content word over all candidate clauses."""
    counts = Counter(word for words in word_sets for word in words)
    # Smoothed so that, with few clauses, a word two reports share is not punished for being shared.
    total = len(word_sets) + 10
    return {word: math.log(total / (count + 1)) for word, count in counts.items()}


def similarity(a: frozenset[str], b: frozenset[str], weights: dict[str, float]) -> float:
    """Weighted share of ``a``'s content words found in ``b`` (rare words count more); 0 below two shared words."""
    shared_words = a & b
    if len(shared_words) < 2:
        return 0.0
    # fsum: exactly rounded whatever the order, and a set's order changes with the hash seed
    return math.fsum(weights.get(w, 1.0) for w in shared_words) / math.fsum(weights.get(w, 1.0) for w in a)


@functools.lru_cache(maxsize=1 << 16)
def relation(a: str, b: str) -> str | None:
    """How two dates relate: ``same``, ``contains`` (month or week around a day), ``adjacent`` days, ``year``."""
    if a == b:
        return "same"
    grain_a, grain_b = V.precision(a), V.precision(b)
    a0, a1, b0, b1 = V.first_day(a), V.last_day(a), V.first_day(b), V.last_day(b)
    if None in (a0, a1, b0, b1):
        return None
    if grain_a == grain_b == "day":
        return "adjacent" if abs((a0 - b0).days) == 1 else None
    if (a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1):
        return "year" if "year" in (grain_a, grain_b) else "contains"
    return None


def night_relation(a: str, a_time: str, b: str, b_time: str) -> str | None:
    """``relation`` of two dates with their times of day: a night and a small-hours clock time of the day after
    ("collapsed overnight" and "fell into the sea shortly after 3.30am" the next day) are the "same" night."""
    kind = relation(a, b)
    if kind == "adjacent" and (V.night_into(a, a_time, b, b_time) or V.night_into(b, b_time, a, a_time)):
        return "same"
    return kind
