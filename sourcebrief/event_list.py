"""A sentence listing figures by date ("would fall by half a point by the end of this year, a full point in 2025, and
half a point in 2026"): each date's line is the sentence's head with that date's own figure, as a whole sentence.

The items after the first have no verb of their own: their clause alone is a fragment ("A full percentage point"), and
the first date's clause runs on into the others ("…, a full percentage point in 2025"). Where the first item's start
cannot be found plainly, the later items give no line rather than a fragment.
"""

from __future__ import annotations

import re

from sourcebrief import date_rules
from sourcebrief.event_sentence import with_preposition

_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?P<item>(?:[$€£¥]?\d|(?:a|an|another|half|one|two|three|a\s+further"
                  r"|about|around|nearly|some|just|roughly)\s)[^,;:()]{0,60}?)\s*")
"""What lies between two dates of a list: a comma or "and", and the next item, a figure with no verb."""
_VERB_OR_LINK = re.compile(r"\b(?:[a-z]{2,}ed|was|were|is|are|has|have|had|will|would|to|be|before|after|since"
                           r"|following|ahead|when|which|who|that|rose|fell|grew|said)\b")
"""A word that makes an item a clause of its own, or ties it to another event, rather than a figure of the list."""
_NUMBER = re.compile(r"[$€£¥]?\d[\d.,]*")
_ITEM_PREPOSITION = re.compile(r"\b(?:by|to|at|from)\s+")
_REACH = 60
"""At most this many characters before the first date are read for the first item."""


def listed_item(sentence: str, start: int, end: int,
                other_dates: list[tuple[int, int]]) -> tuple[str, int, int, list[tuple[int, int]]] | None:
    """The sentence as it would read with the date at ``[start, end)`` its only item (its new span and other dates),
    when the date is one of a list of dated figures; "" for the sentence when that is so but the first item's start is
    not plain; None when the date is no list's."""
    dates = sorted({*other_dates, (start, end)})
    at = dates.index((start, end))
    first = last = at
    while first > 0 and _item(sentence, dates[first - 1], dates[first]) is not None:
        first -= 1
    while last + 1 < len(dates) and _item(sentence, dates[last], dates[last + 1]) is not None:
        last += 1
    if first == last:
        return None
    run_end = dates[last][1]
    opening = with_preposition(sentence, dates[first][0])
    second = _item(sentence, dates[first], dates[first + 1])
    item_start = _first_item(sentence, opening, second)
    rest = sentence[run_end:]
    kept_before = [(s, e) for s, e in other_dates if e <= (opening if at == first else (item_start or 0))]
    if at == first:
        text = sentence[:end] + rest
        shift = len(text) - len(sentence)
        return text, start, end, kept_before + [(s + shift, e + shift) for s, e in other_dates if s >= run_end]
    if item_start is None:
        return "", start, end, []
    item = _item(sentence, dates[at - 1], dates[at])
    dated = sentence[with_preposition(sentence, start):end]
    head = sentence[:item_start] + item + " "
    text = head + dated + rest
    new_start = len(head) + (start - with_preposition(sentence, start))
    shift = len(text) - len(sentence)
    return (text, new_start, new_start + (end - start),
            kept_before + [(s + shift, e + shift) for s, e in other_dates if s >= run_end])


def _item(sentence: str, before: tuple[int, int], date: tuple[int, int]) -> str | None:
    """The item between two dates of a list ("a full percentage point"), None when what lies between is no item."""
    gap = _GAP.fullmatch(sentence, before[1], with_preposition(sentence, date[0]))
    if gap is None or _VERB_OR_LINK.search(gap.group("item")) or date_rules.PAST_CUES.search(gap.group("item")):
        return None
    return gap.group("item")


def _first_item(sentence: str, opening: int, second: str) -> int | None:
    """Where the first item starts, before the first date's ``opening``: at its last number when the second item
    opens with one ("rose by [5%] in 2023, 7% in 2024"), else after its last "by", "to", "at" or "from" ("fall by
    [another half of a percentage point] by the end of this year, a full percentage point in 2025")."""
    low = max(0, opening - _REACH)
    if _NUMBER.match(second):
        found = [m.start() for m in _NUMBER.finditer(sentence, low, opening)]
    else:
        found = [m.end() for m in _ITEM_PREPOSITION.finditer(sentence, low, opening) if m.end() < opening]
    if not found or _VERB_OR_LINK.search(sentence, found[-1], opening):
        return None
    return found[-1]
