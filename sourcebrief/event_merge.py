"""Merge dated clauses from every source into events: an index of dates and words finds the few events a clause
could belong to, and a weighted word overlap, whose bar depends on how the two dates relate, decides."""

from __future__ import annotations

import datetime as _dt
import heapq
import itertools
import math
from collections import Counter, defaultdict

from sourcebrief import date_values as V
from sourcebrief import event_words as W
from sourcebrief.event_candidate import Candidate
from sourcebrief.event_day_index import DayIndex, related_values
from sourcebrief.event_pair import (LOWEST_BAR, THRESHOLD, Member, counts_differ, covered, deeds_apart, match_score,
                                    pair_bar, plain_apart, plain_match, same_count, say_apart, told_apart)
from sourcebrief.event_places import places_apart
from sourcebrief.event_readings import measured_elsewhere, measures, same_measure
from sourcebrief.event_tense import deeds_on_one_thing, plan_and_deed
from sourcebrief.event_tolls import tolls_differ

_FIT_MEMBERS = 24
"""Reports of an event compared with a newcomer, from each end (2 x this in all)."""
_GROUP_CANDIDATES = 32
"""Events on related dates scored for a newcomer: those sharing the most words with it."""
_MATCH_MEMO = 1 << 19
"""Clause-pair scores kept while merging (about 30 MB; a dropped one is recomputed identically)."""


def merge_candidates(candidates: list[Candidate], weights: dict[str, float]) -> list[list[Candidate]]:
    """Merge candidates into events through an index of dates and words, never all pairs.

    Only groups with a member whose date relates to the candidate's (same or adjacent day,
    or one within the other) and that share a word can fit, so only those are scored."""
    groups = _Groups()
    numbers: dict[tuple, int] = {}
    scores: dict[int, dict[int, float]] = {}
    """``match_score`` of two texts, by their numbers (at most about _MATCH_MEMO of them)."""
    stored = 0
    for candidate in candidates:
        member = Member(candidate, numbers, weights)
        known = scores.pop(member.text, {})
        scores[member.text] = known  # the most recently used text last
        stored -= len(known)
        best = groups.best_fit(member, weights, known)
        stored += len(known)
        while stored > _MATCH_MEMO:
            stored -= len(scores.pop(next(iter(scores))))  # forget the least recently used text
        groups.add(member, best)
    return [[m.candidate for m in group] for group in groups.members]


class _Groups:
    """The events merged so far, and the indexes that find the few a new report could join: by date (days, and
    coarser values, each by year) and by word."""

    def __init__(self) -> None:
        self.members: list[list[Member]] = []
        self.words: list[set[str]] = []
        """Per group: every word of its members' wider texts."""
        self.clauses: list[set[str]] = []
        """Per group: every word of its members' clauses."""
        self.lightest: list[float] = []
        """Per group: its lightest clause's weight."""
        self.openings: list[set[str]] = []
        """Per group: its members' lines' openings (event_opening.opening)."""
        self.by_source_day: dict[tuple[str, str], set[int]] = defaultdict(set)
        """(source, day) of members dated to a day, to the groups holding them."""
        self.days: list[set[str]] = []
        """Per group: the days of its members dated to a day."""
        self.sentence_dates: list[dict[int, set[str]]] = []
        """Per group: the dates of each of its members' sentences."""
        self.by_source: list[dict[str, list[Member]]] = []
        """Per group: its members by source."""
        self.holders: dict[str, set[int]] = defaultdict(set)
        """Word to the groups whose ``words`` hold it."""
        self.by_day = DayIndex()
        self.by_coarse: dict[str, set[int]] = defaultdict(set)
        self.coarse_by_year: dict[str, list[str]] = defaultdict(list)
        self.related_coarse: dict[str, tuple[tuple[int, ...], list[str]]] = {}
        self.by_reading: dict[tuple[str, str], set[int]] = defaultdict(set)
        """A measure (event_readings.measures: a temperature, a power cut's count) to the groups whose lines give it."""

    def related(self, member: Member) -> set[int]:
        """Groups with a member whose date relates to ``member``'s."""
        date, related = member.date, set()
        years = [f"{int(member.year) + step:04d}" for step in (-1, 0, 1)]
        if member.day:
            day = V.first_day(date)
            for step in (-1, 0, 1):
                related |= self.by_day.by_day.get((day + _dt.timedelta(days=step)).isoformat(), set())
            # Two days from one source are two events: a source does not disagree with itself ("began on
            # October 9 ... The next day, Maersk said ..."), so a group holding the day before or after is out.
            for step in (-1, 1):
                related -= self.by_source_day.get((member.source, (day + _dt.timedelta(days=step)).isoformat()), set())
        else:
            related = self.by_day.within(date, years)
        for value in related_values(date, years, self.coarse_by_year, self.related_coarse):
            related |= self.by_coarse[value]
        return related

    def shortlist(self, member: Member) -> list[int]:
        """The related groups sharing the most words (two at least) with ``member``'s wider text, at most
        _GROUP_CANDIDATES of them, in index order; counted in C through the word index."""
        related, holders = self.related(member), self.holders
        # set & set walks the smaller of the two; all are counted in one call, in C
        shared = Counter(itertools.chain.from_iterable(
            holders[word] & related for word in member.extra if word in holders))
        for reading in measures(member.candidate.text):  # one measure ties two lines as two words do ("touched 47
            shared.update({index: 2 for index in self.by_reading.get(reading, set()) & related})  # degrees", "47C")
        sharing = [(-n, i) for i, n in shared.items() if n >= 2]
        return sorted(i for _, i in heapq.nsmallest(_GROUP_CANDIDATES, sharing))

    def best_fit(self, member: Member, weights: dict[str, float], known: dict[int, float]) -> int | None:
        """The shortlisted group ``member`` fits best (``_fit``), or None. ``known``: see ``_fit``."""
        best, best_score, bars = None, 0.0, {}
        for index in self.shortlist(member):
            if self.sentence_dates[index].get(member.sentence, {member.date}) != {member.date}:
                continue  # two dates in one sentence are two events, even through a third report
            if member.day and self.days[index] and not self._near_day(index, member):
                continue  # a day that only a month of the group relates to: "25 January" is not an event of the
                # 28th because a third report dates it "in January"
            ceiling = _ceiling(member, self.words[index], self.clauses[index], self.lightest[index], weights)
            if member.opening and member.opening in self.openings[index]:
                ceiling = max(ceiling, THRESHOLD["same"])  # "A fire broke out …" twice: see event_opening
            if ceiling < THRESHOLD["same"] and not member.counted.isdisjoint(self.clauses[index]):
                ceiling = THRESHOLD["same"]  # "48,000 customers" twice: see same_count
            if ceiling < THRESHOLD["same"] and any(index in self.by_reading[m] for m in measures(member.candidate.text)):
                ceiling = THRESHOLD["same"]  # "47C" twice, two counts of one power cut: see same_measure
            if ceiling < LOWEST_BAR or ceiling <= best_score:
                continue  # no member can score enough to merge, or to beat the best so far
            if self._own_other_deed(index, member):  # asked after the ceiling, which rules out more for less
                continue  # "Hamas handed three hostages to the Red Cross" and, two paragraphs on, "The ceasefire
                # began": one source tells two deeds in two sentences, never one event listing it twice
            if measured_elsewhere(member.candidate.text, (m.candidate.text for m in self.members[index])):
                continue  # "49C in Jacobabad" is not "49C in Karachi", whatever line with no place both fit
            score = _fit(member, self.members[index], weights, known, bars)
            if score > best_score:
                best, best_score = index, score
        return best

    def _own_other_deed(self, index: int, member: Member) -> bool:
        """Whether group ``index`` holds a clause of another sentence of ``member``'s source that tells another deed
        (deeds_apart): "Hamas handed three hostages to the Red Cross" and "The ceasefire began" are two things."""
        return any(other.sentence != member.sentence and (deeds_apart(other, member) or places_apart(
            other.candidate.source.quote, member.candidate.source.quote) or plain_apart(other, member))
            for other in self.by_source[index].get(member.source, ()))

    def _near_day(self, index: int, member: Member) -> bool:
        """Whether group ``index`` holds a day at most one day from ``member``'s."""
        day = V.first_day(member.date)
        return any(abs((_dt.date.fromisoformat(other) - day).days) <= 1 for other in self.days[index])

    def add(self, member: Member, index: int | None) -> None:
        """Put ``member`` in group ``index`` (None: a new group) and index it."""
        if index is None:
            index = len(self.members)
            self.members.append([])
            self.words.append(set())
            self.clauses.append(set())
            self.lightest.append(math.inf)
            self.openings.append(set())
            self.days.append(set())
            self.sentence_dates.append({})
            self.by_source.append({})
        date = member.date
        self.by_source[index].setdefault(member.source, []).append(member)
        self.members[index].append(member)
        self.sentence_dates[index].setdefault(member.sentence, set()).add(date)
        for word in member.extra - self.words[index]:
            self.holders[word].add(index)
        self.words[index] |= member.extra
        self.clauses[index] |= member.words
        self.lightest[index] = min(self.lightest[index], member.weight)
        self.openings[index].add(member.opening)
        for reading in measures(member.candidate.text):
            self.by_reading[reading].add(index)
        if member.day:
            self.by_source_day[member.source, date].add(index)
            self.days[index].add(date)
            self.by_day.add(date, index)
        else:
            if date not in self.by_coarse:
                self.coarse_by_year[member.year].append(date)
            self.by_coarse[date].add(index)


def _ceiling(candidate: Member, wider: set[str], clauses: set[str], lightest: float,
             weights: dict[str, float]) -> float:
    """The most ``match_score`` of ``candidate`` with any member of a group can be: ``wider`` and ``clauses`` hold every
    word of its members' ``extra`` and ``words``, ``lightest`` their least ``weight``. Below the lowest bar, its
    members need not be scored (fsum is exactly rounded, so a subset's sum never exceeds its superset's)."""
    ceiling = max(covered(candidate.words, wider, candidate.weight, weights),
                  covered(candidate.extra, clauses, lightest, weights))
    return max(ceiling, THRESHOLD["same"]) if W.RECOVER in candidate.words and W.RECOVER in clauses else ceiling


def _fit(candidate: Member, group: list[Member], weights: dict[str, float], known: dict[int, float],
         bars: dict[int, float]) -> float:
    """How well a candidate fits a group: the best member similarity that clears its date relation's bar.

    ``known`` and ``bars``: the candidate's ``match_score`` with member texts and ``pair_bar`` with member datings,
    by their numbers (filled in here)."""
    best = 0.0
    sentence = candidate.sentence
    # A big event is compared through its first and latest reports only: the merge stays linear.
    members = group if len(group) <= 2 * _FIT_MEMBERS else group[:_FIT_MEMBERS] + group[-_FIT_MEMBERS:]
    for member in members:
        if candidate.phase != member.phase and candidate.phase and member.phase:
            continue  # "mourning ended" is not "mourning starting"
        score = known.get(member.text)
        if score is None:
            score = known[member.text] = match_score(candidate, member, weights)
        if score <= best or score < LOWEST_BAR:
            continue  # cannot raise the best (most members: cheap to rule out first)
        bar = bars.get(member.dating)
        if bar is None:
            bar = bars[member.dating] = pair_bar(candidate, member)
        if score < bar or member.sentence == sentence:  # two dates in one sentence are two events
            continue
        if candidate.day and member.day and candidate.date != member.date and plain_match(candidate, member, weights) < bar:
            continue  # a day apart, the clauses' own words must match: not just the names their sentences share
        if candidate.day and member.day and (candidate.date != member.date and counts_differ(candidate, member)
                                             or tolls_differ(candidate.candidate, member.candidate)):
            continue  # "The toll has risen to 212" on Sunday is not "rose to 280" on Monday, nor "Eight people were
            # killed" "rose to 15" the same evening: a new count, a new stage
        if candidate.day != member.day and told_apart(candidate, member, weights):
            continue  # "Karadag Madencilik's coal mine collapsed [last week]" is not "Karadag Madencilik's managers
            # were detained [on Wednesday]"
        if say_apart(candidate, member):
            continue  # "Kishida said … 'extensive damage'" and "Kishida said … would send 2,000 troops": two events
        if candidate.day and member.day and (deeds_apart(candidate, member) or candidate.date != member.date
                                             and deeds_on_one_thing(candidate.candidate.text, member.candidate.text)):
            # a day apart, "resumed the search for three skiers" is not "recovered the bodies of three skiers"
            continue  # "Mr Albanese[, who] arrived in Tokyo [on Monday, met Kishida]" is not "Kishida met Kamala
            # Harris", nor "Japan held a state funeral, with … Narendra Modi attending" "Kishida met India's Narendra
            # Modi": two deeds told in no common word but names; only the sentences around them meet
        if plan_and_deed(candidate.candidate.text, member.candidate.text):
            continue  # "The recorders will be sent to Ottawa" is not "The flight data recorder was read out"
        best = score
    return best

