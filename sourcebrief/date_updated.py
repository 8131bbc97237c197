"""The day a story's text was written, when its page stamps an update days after publication: The Hindu's "Published -
October 23, 2024 11:40 pm IST" under "Updated - October 24, 2024 09:18 am IST", whose "ended the rescue operation on
Thursday morning" is the update's Thursday (24 October), not the Thursday before publication (17 October).

The publication stays the reference unless the text's weekdays only fit the update: the update lies a day or two after
publication, every expression that reads differently against the two days is a bare weekday ("on Thursday", not "last
Thursday", "yesterday" or a date), and the story names another bare weekday that reads the same either way (it is
told in the publication's week). Against publication such a weekday would be five or six days before it, which a
writer calls "last Thursday"; against the update it is after publication in the update's week. Anything else keeps
the publication: a wrong reference moves every date of the source.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Callable, Sequence

from sourcebrief import chrome_stamps
from sourcebrief.model import Article

UPDATE_REACH = 2
"""How many days after publication an update stamp may lie: further, a bare weekday a few days before publication
(against it) is as likely as one after it (against the update)."""

_BARE_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?")
"""A weekday alone (its part of the day allowed), which counts from the day the text was written."""
_QUALIFIED_BEFORE = re.compile(r"\b(?:last|next|this|previous|following|coming|past)\s+$", re.IGNORECASE)
"""A word that places the weekday itself ("last Thursday"), whatever the day of writing."""


def update_day(article: Article) -> _dt.date | None:
    """The one day an "Updated" stamp of the page gives, when it lies 1 to UPDATE_REACH days after publication."""
    if article.published is None:
        return None
    days = {found[1][0] for removed in article.removed
            if (found := chrome_stamps.stamp(removed.text)) and found[0] == "updated" and len(found[1]) == 1}
    if len(days) != 1:
        return None
    day = days.pop()
    return day if 1 <= (day - article.published).days <= UPDATE_REACH else None


def written_on(article: Article, text: str, find: Callable[[_dt.date], Sequence]) -> _dt.date | None:
    """The day to read ``text`` (the body) against: ``article.published``, or the update day when the text's weekdays
    only fit it (see the module's docstring). ``find``: the expressions of ``text`` read against a day."""
    updated = update_day(article)
    if updated is None:
        return article.published
    as_published, as_updated = find(article.published), find(updated)
    if [(t.start, t.end) for t in as_published] != [(t.start, t.end) for t in as_updated]:
        return article.published
    moved = [(t, u) for t, u in zip(as_published, as_updated) if t.value != u.value]
    if not moved or not all(_bare_weekday(text, t) for t, _ in moved):
        return article.published
    kept = [t for t, u in zip(as_published, as_updated) if t.value == u.value and _bare_weekday(text, t)
            and t.value != "unresolved"]
    return updated if kept else article.published


def _bare_weekday(text: str, timex) -> bool:
    """Whether ``timex`` is a weekday alone ("Thursday morning"), nothing before it placing it."""
    return (timex.type in ("DATE", "TIME") and bool(_BARE_WEEKDAY.fullmatch(timex.text))
            and not _QUALIFIED_BEFORE.search(text, max(0, timex.start - 12), timex.start))
