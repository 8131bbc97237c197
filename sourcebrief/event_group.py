"""One merged group of dated clauses told as events: its date (the finest most sources give), its line, its sources.

A group whose sources count the line's thing by different numbers is told so that no source is cited for a figure it
does not give (event_figures)."""

from __future__ import annotations

import re
from collections import Counter

from sourcebrief import date_values as V
from sourcebrief.chronology_model import Event
from sourcebrief.date_night import night_vote
from sourcebrief.event_figures import disputed, undisputed
from sourcebrief.event_fragment import fragment, verbless
from sourcebrief.event_candidate import Candidate
from sourcebrief.event_saying import dates_saying
from sourcebrief.event_tense import told
from sourcebrief.event_words import content_words


def says_when(candidate: Candidate) -> bool:
    """Whether a candidate's date is the day of a saying ("officials said on Monday"), not of what was said."""
    quote = candidate.source.quote
    return dates_saying(quote, max(0, quote.find(candidate.source.expression)))


GRAIN_ORDER = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century", "other")
"""Grains of a date, finest first: a group is dated at the finest grain its sources give."""


def make_events(group: list[Candidate]) -> list[Event]:
    """Events from a group: one, unless some sources count the line's thing by another number (event_figures): the
    line is then cut before that count if it reads without it, or those sources are told apart under a line of their
    own, so that no source is cited for a figure it does not give."""
    return _told(group, _Facts())


class _Facts:
    """What ``_date_of`` and ``_lead`` ask of each candidate, by its id, found once: a big group whose sources give
    many counts is told apart again and again, each time over the candidates left."""

    def __init__(self) -> None:
        self.grains: dict[int, int] = {}
        self.sayings: dict[int, bool] = {}
        self.keys: dict[int, tuple] = {}

    def grain(self, c: Candidate) -> int:
        """Where the candidate's date's grain stands in GRAIN_ORDER."""
        grain = self.grains.get(id(c))
        if grain is None:
            grain = self.grains[id(c)] = GRAIN_ORDER.index(V.precision(c.source.date))
        return grain

    def says_when(self, c: Candidate) -> bool:
        """``says_when`` of the candidate."""
        said = self.sayings.get(id(c))
        if said is None:
            said = self.sayings[id(c)] = says_when(c)
        return said

    def lead_key(self, c: Candidate) -> tuple:
        """The order ``_lead`` picks a line by."""
        key = self.keys.get(id(c))
        if key is None:
            key = self.keys[id(c)] = (fragment(c.text, c.source, c.ahead), c.unnamed, c.source.caption >= 0, c.ahead,
                                      _planned(c.text), c.mention)
        return key


def _told(group: list[Candidate], facts: _Facts) -> list[Event]:
    """``make_events`` of ``group``, with what is known of its candidates."""
    date, fine, votes = _date_of(group, facts)
    lead = _lead(fine, date, facts)
    others = [c for c in group if c.source.source_id != lead.source.source_id]
    text = undisputed(lead.text, [c.source.quote for c in others])
    if text is not None:
        return [_make_event(group, date, fine, votes, lead, text)]
    apart = [c for c in others if disputed(lead.text, c.source.quote) is not None]
    told_apart = {id(c) for c in apart}
    kept = [c for c in group if id(c) not in told_apart]
    date, fine, votes = _date_of(kept, facts)
    return [_make_event(kept, date, fine, votes, _lead(fine, date, facts)), *_told(apart, facts)]


def _night_before(candidate: Candidate, fine: list[Candidate]) -> str | None:
    """The day of a night another report of the event tells ("collapsed overnight", the 14th's night), when
    ``candidate`` gives a small-hours clock time of the day after ("shortly after 3.30am" on the 15th): it votes for
    that night, one date and no conflict; None otherwise."""
    return next((other.source.date for other in fine if V.night_into(
        other.source.date, other.time, candidate.source.date, candidate.time)), None)


def _date_of(group: list[Candidate], facts: _Facts) -> tuple[str, list[Candidate], Counter]:
    """A group's date (the finest most sources give), the candidates at that grain, and each date's votes."""
    grains = [facts.grain(c) for c in group]
    finest = min(grains)
    fine = [c for c, grain in zip(group, grains) if grain == finest]
    # A report's own day ("… were killed in a helicopter crash, officials said on Monday") does not vote against the
    # day a source gives the deed ("crashed … on Sunday afternoon"): it was told a day later, not dated otherwise.
    told = [(o.source.date, o.source.expression) for o in fine]  # "in the early hours of Friday" votes for the night
    votes = Counter(_night_before(c, fine) or night_vote(c.source.date, c.source.expression, told)  # "late on
                    for c in [c for c in fine if not facts.says_when(c)] or fine)  # Thursday" told (date_night)
    first: dict[str, int] = {}
    for n, c in enumerate(fine):
        first.setdefault(c.source.date, n)
    date = max(votes, key=lambda d: (votes[d], -first[d]))
    return date, fine, votes


def _lead(fine: list[Candidate], date: str, facts: _Facts) -> Candidate:
    """The line: a body's before a caption's, a report of the thing done before a plan of it ("The airline resumed
    flights", not "The airline will resume flights", once it has: a date ahead of its source, or a plan told for the
    day a deed of the same day tells done: "Rail workers in France walked out", not "The strike is due to begin"), and
    a clause before a thing's mere mention."""
    return min((c for c in fine if c.source.date == date), key=facts.lead_key)


def _planned(line: str) -> bool:
    """Whether a line's main verb tells a plan ("The strike is due to begin", "Customers will be able to"), as
    event_tense reads it: not a plan inside a saying ("Helix Electronics said it would recall …") nor after a comma
    ("The swap, agreed in Switzerland …, will see …"), whose line tells more than the plan."""
    tense = told(line)
    if tense is None or tense[0] != "plan":
        return False
    plan = _PLAN_OPENING.search(line)
    return plan is not None and not _SAID_OR_COMMA.search(line, 0, plan.start())


_PLAN_OPENING = re.compile(r"\b(?:will|shall|would|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|going)\s+to)\b")
"""The modal of a plan (event_tense's plan, as words)."""
_SAID_OR_COMMA = re.compile(r",|\b(?:said|says|told|announced|added)\b")


def _make_event(group: list[Candidate], date: str, fine: list[Candidate], votes: Counter, lead: Candidate,
                text: str | None = None) -> Event:
    """One event from a group: its date, every source, any conflict; told in ``text`` when given, else the lead's."""
    # One source is cited once: two sentences of one report telling the event ("swept over Blatten on Wednesday",
    # "At around 3:30pm on Wednesday, part of the glacier collapsed") give the sentence of the line's date, the first.
    seen, sources, repeats = set(), [], []
    for candidate in sorted(group, key=lambda c: (c is not lead, c.source.date != date)):
        (repeats if candidate.source.source_id in seen else sources).append(candidate.source)
        seen.add(candidate.source.source_id)
    order = {id(c.source): n for n, c in enumerate(group)}
    sources.sort(key=lambda s: order[id(s)])
    repeats.sort(key=lambda s: order[id(s)])
    conflicting = tuple(sorted(votes)) if len(votes) > 1 else ()
    return Event("", date, lead.source.mod, V.precision(date), text or lead.text, tuple(sources), conflicting,
                 tuple(repeats))


def without_named(events: list[Event]) -> list[Event]:
    """``events`` without a line that only names a thing ("2024-12-12: A rolling strike", from "called a rolling strike
    from Thursday evening") when another line of that day, citing its sources, tells of the thing ("The strike is due
    to begin and last until 8 a.m. on Monday"): the name adds nothing. A named thing no other line tells stays ("An
    early parliamentary election" on May 25)."""
    by_date: dict[str, list[Event]] = {}
    for event in events:
        by_date.setdefault(event.date, []).append(event)
    return [event for event in events if not _told_elsewhere(event, by_date[event.date])]


def _told_elsewhere(event: Event, same_day: list[Event]) -> bool:
    """Whether ``event``'s line is a verbless name whose head noun another line of the day, citing its sources,
    holds."""
    if len(same_day) < 2 or not verbless(event.text, False, False):
        return False
    head = re.sub(r"s$", "", event.text.split()[-1].lower())
    cited = {s.source_id for s in event.sources}
    same = content_words(head)  # "A rolling strike" is told by "Rail workers in France walked out" (a walkout)
    return any(other is not event and cited <= {s.source_id for s in other.sources}
               and (re.search(rf"\b{re.escape(head)}s?\b", other.text, re.IGNORECASE)
                    or same and same <= content_words(other.text)) for other in same_day)
