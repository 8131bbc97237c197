"""A story's death toll, however a sentence names it: counts of the dead in sentences about a toll are one quantity,
which conflicts compare and matching joins whatever else their clauses say."""

from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .conflict_subjects import normalised

if TYPE_CHECKING:  # claims are read here, never built
    from .claims import Claim

_NUMBER_OF_DEAD = frozenset({"number", "kill"})
"""The words of "the number of dead", "the number of people killed": a toll named otherwise."""
_LEAD_SENTENCES = 0
"""The last sentence index of an article's lead: its first sentence (a second may already count a part: "Al Haouz
province accounted for 1,293 of the deaths, followed by Taroudant with 452")."""
_EARLIER = re.compile(r"\b(?:from|up\s+from|down\s+from)\s+(?:(?:an?|the|its)\s+)?(?:[\w’'-]+\s+){0,4}$"
                      r"|\b(?:previous|earlier|initial|first|last)\s+(?:[\w’'-]+\s+){0,2}(?:figure|toll|count|tally"
                      r"|estimate)\s+(?:of\s+)?$", re.I)
"""Before a toll's earlier value: "raising the toll from the previous day's figure of three", "up from 41", "an
earlier toll of 12"."""


_NEW_VALUE = re.compile(r"\b(?:to|at|reached|hit)\s+(?:(?:at\s+least|more\s+than|over|nearly|about|some)\s+)?$", re.I)
"""Right before a toll's new value, which a "from" further back does not make an earlier one: "The death toll from
the capsizing rose to 19", "The number of dead from the floods reached 100"."""


def counts_toll(claim: Claim) -> bool:
    """A count of the dead in a sentence about a toll ("The toll is now 12 dead", "the government put the number of
    dead at 87"), or in an article's lead, which gives its story's toll ("At least 79 people died … after a fishing
    boat … capsized and sank off Greece on Wednesday" is the toll that "has risen to 78" the next day), or a count of
    people who died (_DIED_AFTER); not the earlier value a toll rose from (_EARLIER)."""
    if claim.key is None or claim.key[1] != "death" or claim.figure is None:
        return False
    words = normalised(claim.quote)
    before = claim.quote[max(0, claim.figure.start - 60):claim.figure.start]
    if _EARLIER.search(before) and not _NEW_VALUE.search(before):
        return False
    return ("toll" in words or _NUMBER_OF_DEAD <= words or claim.sentence <= _LEAD_SENTENCES
            or bool(_DIED_AFTER.match(claim.quote, claim.figure.end))
            and not _SET_APART.search(claim.quote, 0, claim.figure.start))


_DIED_AFTER = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:died|(?:were|have\s+been|had\s+been)\s+(?:killed|confirmed\s+dead)"
                         r"|(?:are|were)\s+(?:dead|confirmed\s+dead)"
                         r"|(?:are|were|is|was)\s+(?:now\s+)?(?:known|believed|thought|confirmed|reported)\s+to\s+have"
                         r"\s+(?:died|been\s+killed))\b")
"""A count of people that is its sentence's subject, the dying its verb: "At least 19 people have died after a ferry
overturned", "The coast guard said 19 people had died", "Seventeen people are now known to have died": how many died,
the toll, wherever the sentence stands."""
_SET_APART = re.compile(r"\b(?:where|when|since)\b|\b[Ii]n\s+(?:[A-Z][\w’'-]*|(?:19|20)\d\d)\b")
"""Words before such a count that put it in one place or another time: "In Wajima, where 48 people died" (a part),
"since 2004, when about 628 people were killed" (another quake)."""


def both_tolls(a: Claim, b: Claim) -> bool:
    """Two counts of the dead in sentences about a toll ("The toll is now 12 dead", "The death toll … has reached
    11") give one story's toll, whatever else their clauses say (their places, times and tallies are checked
    apart): conflicting when they differ, one fact when they agree (matching)."""
    return counts_toll(a) and counts_toll(b)


_DAY = re.compile(r"\b(?:on|by|as\s+of|until|late\s+on|early\s+on)\s+(?:(?:late|early)\s+)?"
                  r"((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?![’'])", re.I)
"""The day a sentence tells its count on: "reached 100 on Wednesday", "said on Saturday"."""


def days_apart(a: Claim, b: Claim) -> bool:
    """Two tolls told on different days, each sentence naming its own and none the other's ("The number of dead …
    reached 100 on Wednesday", "… said on Saturday, as the death toll rose to 136"): one count at two moments, no
    disagreement."""
    if not both_tolls(a, b):
        return False
    days = [{m.lower() for m in _DAY.findall(c.quote)} for c in (a, b)]
    return all(days) and not days[0] & days[1]


_UPDATED_BEFORE = re.compile(r"\b(?:rose|risen|rising|rises|climbed|climbing|jumped|increased|grew|grown)\s+to\s+"
                             r"(?:(?:at\s+least|more\s+than|over|nearly|about|some)\s+)?$", re.I)
"""A count told as the new value of one that rose: "The death toll … rose to 19"."""
_AS_OF_HOUR = re.compile(r"\b(?:as\s+of|as\s+at|by|at)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b\.?|GMT|UTC|local\s+time)"
                         r"|\b(?:as\s+of|as\s+at|by)\s+(?:late\s+|early\s+)?(?:\w+day\s+)?(?:night|evening|morning)\b", re.I)
"""A count told as it stood at an hour of the day: "remained missing as of 10 pm Saturday", "by Saturday night"."""


def updated(claim: Claim) -> str:
    """How a count of people is told as an update: "rose" (_UPDATED_BEFORE: "The death toll … rose to 19"), "hour"
    (_AS_OF_HOUR: "as of 10 pm Saturday"), or ""."""
    figure = claim.figure
    if figure is None or not _people_count(claim):
        return ""
    if _UPDATED_BEFORE.search(claim.quote, max(0, figure.start - 40), figure.start):
        return "rose"
    return "hour" if _AS_OF_HOUR.search(claim.clause) else ""


def updated_apart(a: Claim, b: Claim, published: Mapping[str, _dt.date]) -> bool:
    """One count of people is told as an update and the other not: the update either rose to a higher value ("At
    least 12 people died" in the morning, "The death toll … rose to 19 on Saturday night") or stood so at a stated
    hour ("30 were missing" early, "between 20 and 25 passengers remained missing as of 10 pm Saturday"). A count
    that moves through the day is no disagreement with its earlier value; a toll that "rose to" fewer than another
    source's count does disagree, and so do two updates or two plain counts, and an update published before the
    other count or days after it (``published``: the sources' dates, where known)."""
    kinds = updated(a), updated(b)
    if bool(kinds[0]) == bool(kinds[1]) or a.figure is None or b.figure is None:
        return False
    update, other = (a, b) if kinds[0] else (b, a)
    told, before = published.get(update.source_id), published.get(other.source_id)
    if told and before and not 0 <= (told - before).days <= _UPDATE_DAYS:
        return False  # "revised down … to 3,958 on Sunday" is no update of "has risen to 11,300" on Thursday
    return (kinds[0] or kinds[1]) == "hour" or update.figure.value > other.figure.value


def _people_count(claim: Claim) -> bool:
    """A count of people, the dead, the injured or the missing (the counts a day of rescue updates)."""
    return claim.key is not None and claim.key[1] in _MOVING


_UPDATE_DAYS = 0
"""How many days after another count an update may be published and still be that count's later value, hours
later: the same day's (a toll told on two days is seen rising instead: corroborate.Conflict.rising)."""
_MOVING = frozenset({"people", "death", "other", "survivor", "casualty", "victim", "passenger", "child", "body"})
"""Unit families of the counts that rescuers and officials update through a day."""


_ROSE_TO = re.compile(r"\b(?:risen|rose|climbed|grown|increased|jumped)\s+to\s+(?:(?:at\s+least|more\s+than|over|about"
                      r"|some)\s+)?(?P<n>\d[\d,]*)(?![\d.,]\d)", re.I)
"""A count's later value in a report telling it grew: "by 5pm the number of cancelled flights had risen to 62"."""
_LOWERED = re.compile(r"\b(?:revis\w*|lower\w*|cut|reduced|(?:fell|fallen|dropped|down)\s+to)\b", re.I)
"""A count told as corrected or lowered, which a rise elsewhere does not explain."""


def told_rising(members: Sequence[Claim], claims: Sequence[Claim]) -> bool:
    """The source giving a conflict's highest value says, in a sentence of its own naming what is counted, that the
    count rose to a value at least as high ("Around 60 flights have been cancelled …", then "by 5pm the number of
    cancelled flights had risen to 62"): the lower values were told earlier, a running count rather than a
    disagreement. ``claims``: every claim of the story (each source's other sentences)."""
    counted = [c for c in members if c.figure is not None and c.key is not None and c.key[1].islower()]
    if len(counted) < 2 or len(counted) < len(members):
        return False
    if any(_LOWERED.search(c.quote) for c in members):
        return False  # "The United Nations revised down the death toll … to 3,958": a count lowered, not run up
    top = max(counted, key=lambda c: c.figure.value)
    sentences = {c.quote for c in claims if c.source_id == top.source_id}
    return any(int(found["n"].replace(",", "")) >= top.figure.value and top.key[1] in quote[:found.start()].lower()
               for quote in sentences for found in _ROSE_TO.finditer(quote))


_NOT_RUNNING = frozenset({"magnitude", "vote", "voter", "seat", "ballot", "delegate", "mandate"})
"""Unit families of counts that do not run up as they are told: a quake's magnitude, an election's votes and seats
(a count's later stage is its final result: vote_counts)."""


def _runs_up(claim: Claim) -> bool:
    """A count that may grow from one report to the next, a toll or a tally of people or things ("155 people had
    died", then "202"): not a share ("58.6%", then "58.8%" is a result revised, not a count rising), not money, not
    an election's votes."""
    family = claim.key[1] if claim.key else ""
    return family.islower() and family not in _NOT_RUNNING


def dated_rising(members: Sequence[Claim], articles: Mapping[str, Any]) -> bool:
    """True when the figures are a running count (_runs_up) that grows with the publication date, one figure a day,
    over two days or more. A source without a publication date cannot be placed in that order: it is passed over
    when it repeats the highest value the dated sources give ("27 dead" beside the BBC's later "At least 27 people"),
    and any other value of its own leaves the count unordered. ``articles``: the story's articles (model.Article) by id."""
    by_date: dict[_dt.date, set[float]] = defaultdict(set)
    if not all(_runs_up(claim) for claim in members):
        return False
    dated = [claim for claim in members if articles[claim.source_id].published is not None]
    latest = max((claim.figure.value for claim in dated if claim.figure is not None), default=None)
    if any(claim.figure is None or claim.figure.value != latest for claim in members if claim not in dated):
        return False
    for claim in dated:
        if claim.figure is not None:
            by_date[articles[claim.source_id].published].add(claim.figure.value)
    if len(by_date) < 2 or any(len(values) > 1 for values in by_date.values()):
        return False
    ordered = [next(iter(by_date[d])) for d in sorted(by_date)]
    return all(a < b for a, b in zip(ordered, ordered[1:]))


def earlier_tolls(members: Sequence[Claim], claims: Sequence[Claim], articles: Mapping[str, Any]) -> list[Claim]:
    """The toll other sources gave of a toll conflict that rises with the publication date (dated_rising), where each
    such source gives one value and it keeps the count rising: "killing at least 22 people" on the 12th belongs with
    "rose to 25" on the 13th and "At least 27 people have died" on the 14th, an earlier value of one running toll
    (its hedge leaves it no disagreement of its own). ``claims``: every claim of the story."""
    if not members or not all(counts_toll(c) for c in members) or not dated_rising(members, articles):
        return []
    told = {c.source_id for c in members}
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.source_id not in told and counts_toll(claim) and not counts_rise(claim):
            by_source[claim.source_id].append(claim)
    found: list[Claim] = []
    for source, tolls in sorted(by_source.items()):
        if len({c.figure.value for c in tolls if c.figure is not None}) == 1 and dated_rising(
                [*members, *found, tolls[0]], articles):
            found.append(tolls[0])
    return found


_RISE_CAUSE = re.compile(r"\b(?:rose|risen|rises|climbed|jumped|increased|grew)\s+to\s+[^.;]*?\bafter\s+(?:(?:another|a\s+further"
                         r"|the)\s+)?$", re.I)
"""Before the count a toll rose by, told as its cause: "rose to 25 on Thursday after [three injured passengers] died"."""


def counts_rise(claim: Claim) -> bool:
    """The figure counts how many a toll rose by (_RISE_CAUSE), not the toll: "The number of people killed … rose to 25
    on Thursday after three injured passengers died in hospital" does not put the dead at three."""
    return claim.figure is not None and bool(_RISE_CAUSE.search(claim.quote, 0, claim.figure.start))
