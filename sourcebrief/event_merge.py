"""Merge dated clauses from every source into events: an index of dates and words finds the few events a clause
could belong to, and a weighted word overlap, whose bar depends on how the two dates relate, decides."""

from __future__ import annotations

import datetime as _dt
import heapq
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable

from sourcebrief import date_values as V
from sourcebrief import event_words as W
from sourcebrief.event_candidate import Candidate, night_relation, relation, similarity, sort_key
from sourcebrief.event_day_index import DayIndex, related_values
from sourcebrief.event_opening import opening, same_opening
from sourcebrief.event_negation import denies_other
from sourcebrief.event_issuers import issuers_apart
from sourcebrief.event_places import places_apart
from sourcebrief.event_readings import measured_elsewhere, measures, same_measure
from sourcebrief.event_tense import deeds_on_one_thing, plan_ahead_and_deed, plan_and_deed, two_deeds
from sourcebrief.event_tolls import tolls_differ
_THRESHOLD = {"same": 0.35, "contains": 0.45, "adjacent": 0.5, "year": 0.6}
"""Weighted content overlap needed to merge, by how the two dates relate."""
_LOWEST_BAR = min(_THRESHOLD.values())
"""No pair scoring below this merges, whatever its dates."""
_CAPTION_PENALTY = 0.25
"""Extra overlap a caption needs to merge with another report."""
_DAY_APART_LEAST = 0.29
"""Share of each of two clauses a day apart that the other must hold: the one a day off tells the same thing, not a part
of it (the same clause words said of something else). Just under a third, not a third: one more source line using a
shared word ("fire") lowers its weight, and "Residents … evacuated the town as the Parker Lake wildfire burned" against
"Roughly 4,700 residents … were ordered to leave as the … wildfire pushed toward the town" fell to 0.298."""
_FIT_MEMBERS = 24
"""Reports of an event compared with a newcomer, from each end (2 x this in all)."""
_GROUP_CANDIDATES = 32
"""Events on related dates scored for a newcomer: those sharing the most words with it."""
_MATCH_MEMO = 1 << 19
"""Clause-pair scores kept while merging (about 30 MB; a dropped one is recomputed identically)."""


class _Member:
    """A candidate as the merge reads it: what ``_fit`` compares, looked up once instead of per pair."""

    __slots__ = ("candidate", "source", "date", "photo", "sentence", "text", "dating", "words", "extra", "own", "weight",
                 "phase", "day", "plain", "mod", "ahead", "year", "thing", "since", "opening", "numbers", "counts",
                 "counted", "time")

    def __init__(self, candidate: Candidate, numbers: dict[tuple, int], weights: dict[str, float]) -> None:
        source = candidate.source
        self.candidate = candidate
        self.source = source.source_id
        self.date = source.date
        self.photo = source.caption >= 0
        # Numbers standing for what two candidates compare: equal numbers, equal things.
        self.sentence = numbers.setdefault((source.source_id, source.paragraph, source.caption, source.quote),
                                           len(numbers))
        """The sentence it comes from."""
        self.text = numbers.setdefault((candidate.words, candidate.extra), len(numbers))
        """Its words (wire copy repeats the same clause in many sources)."""
        self.mod = source.mod
        self.ahead = candidate.ahead
        self.since = source.expression[:6].lower() == "since " and source.expression in candidate.text
        """Whether its line tells a running total or a state from its date ("29 hostages have been freed since June
        15"), not the day's event (a comparison's "since 1999, when a quake killed …" has the quake's line)."""
        self.time = candidate.time
        self.dating = numbers.setdefault((self.date, self.photo, self.mod, self.ahead, self.since, self.time),
                                         len(numbers))
        """Its date, and whether it is a photo caption, its date's modifier, whether the date is ahead, whether it
        follows "since" and its time of day."""
        self.words = candidate.words
        self.extra = candidate.extra
        self.own = candidate.own
        self.weight = math.fsum(map(weights.get, candidate.words, _ONES))
        """The denominator of ``similarity(words, …)``: fsum is exact, so computing it once changes nothing."""
        self.day = V.precision(source.date) == "day"
        self.year = sort_key(source.date)[:4]
        """The year its date's calendar order starts in (date indexes are kept by year)."""
        self.plain: frozenset[str] | None = None
        """The clause's plain words (_plain_words), found when a day-apart match first needs them."""
        self.thing: frozenset[str] | None = None
        """What the clause tells was recovered (_thing), found when a match first needs it."""
        self.numbers = frozenset(_NUMBER.findall(candidate.text))
        """The numbers its line writes (_counts_differ, _say_apart)."""
        self.counts = frozenset((n, W.stem(w)) for n, w in _COUNTED.findall(candidate.text)
                                if not re.fullmatch(r"(?:1[89]|20)\d\d", n))
        """Its line's large counts with the nouns they count, as (figure, stem) pairs (_same_count)."""
        self.counted = frozenset(n for n, _ in self.counts)
        """Those large counts' figures alone."""
        self.phase = W.phase(candidate.words)
        """Whether the clause tells of a start or an end (event_words.phase)."""
        self.opening = opening(candidate.text)
        """Its line's opening (event_opening.opening), asked of every group it is compared with."""


def merge_candidates(candidates: list[Candidate], weights: dict[str, float]) -> list[list[Candidate]]:
    """Merge candidates into events through an index of dates and words, never all pairs.

    Only groups with a member whose date relates to the candidate's (same or adjacent day,
    or one within the other) and that share a word can fit, so only those are scored."""
    groups = _Groups()
    numbers: dict[tuple, int] = {}
    scores: dict[int, dict[int, float]] = {}
    """``_match`` of two texts, by their numbers (at most about _MATCH_MEMO of them)."""
    stored = 0
    for candidate in candidates:
        member = _Member(candidate, numbers, weights)
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
        self.members: list[list[_Member]] = []
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
        self.by_source: list[dict[str, list[_Member]]] = []
        """Per group: its members by source."""
        self.holders: dict[str, set[int]] = defaultdict(set)
        """Word to the groups whose ``words`` hold it."""
        self.by_day = DayIndex()
        self.by_coarse: dict[str, set[int]] = defaultdict(set)
        self.coarse_by_year: dict[str, list[str]] = defaultdict(list)
        self.related_coarse: dict[str, tuple[tuple[int, ...], list[str]]] = {}
        self.by_reading: dict[tuple[str, str], set[int]] = defaultdict(set)
        """A measure (event_readings.measures: a temperature, a power cut's count) to the groups whose lines give it."""

    def related(self, member: _Member) -> set[int]:
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

    def shortlist(self, member: _Member) -> list[int]:
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

    def best_fit(self, member: _Member, weights: dict[str, float], known: dict[int, float]) -> int | None:
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
                ceiling = max(ceiling, _THRESHOLD["same"])  # "A fire broke out …" twice: see event_opening
            if ceiling < _THRESHOLD["same"] and not member.counted.isdisjoint(self.clauses[index]):
                ceiling = _THRESHOLD["same"]  # "48,000 customers" twice: see _same_count
            if ceiling < _THRESHOLD["same"] and any(index in self.by_reading[m] for m in measures(member.candidate.text)):
                ceiling = _THRESHOLD["same"]  # "47C" twice, two counts of one power cut: see same_measure
            if ceiling < _LOWEST_BAR or ceiling <= best_score:
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

    def _own_other_deed(self, index: int, member: _Member) -> bool:
        """Whether group ``index`` holds a clause of another sentence of ``member``'s source that tells another deed
        (_two_deeds): "Hamas handed three hostages to the Red Cross" and "The ceasefire began" are two things."""
        return any(other.sentence != member.sentence and (_two_deeds(other, member) or places_apart(
            other.candidate.source.quote, member.candidate.source.quote) or _plain_apart(other, member))
            for other in self.by_source[index].get(member.source, ()))

    def _near_day(self, index: int, member: _Member) -> bool:
        """Whether group ``index`` holds a day at most one day from ``member``'s."""
        day = V.first_day(member.date)
        return any(abs((_dt.date.fromisoformat(other) - day).days) <= 1 for other in self.days[index])

    def add(self, member: _Member, index: int | None) -> None:
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


def _ceiling(candidate: _Member, wider: set[str], clauses: set[str], lightest: float,
             weights: dict[str, float]) -> float:
    """The most ``_match`` of ``candidate`` with any member of a group can be: ``wider`` and ``clauses`` hold every
    word of its members' ``extra`` and ``words``, ``lightest`` their least ``weight``. Below the lowest bar, its
    members need not be scored (fsum is exactly rounded, so a subset's sum never exceeds its superset's)."""
    ceiling = max(_covered(candidate.words, wider, candidate.weight, weights),
                  _covered(candidate.extra, clauses, lightest, weights))
    return max(ceiling, _THRESHOLD["same"]) if W.RECOVER in candidate.words and W.RECOVER in clauses else ceiling


def _fit(candidate: _Member, group: list[_Member], weights: dict[str, float], known: dict[int, float],
         bars: dict[int, float]) -> float:
    """How well a candidate fits a group: the best member similarity that clears its date relation's bar.

    ``known`` and ``bars``: the candidate's ``_match`` with member texts and ``_bar`` with member datings,
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
            score = known[member.text] = _match(candidate, member, weights)
        if score <= best or score < _LOWEST_BAR:
            continue  # cannot raise the best (most members: cheap to rule out first)
        bar = bars.get(member.dating)
        if bar is None:
            bar = bars[member.dating] = _bar(candidate, member)
        if score < bar or member.sentence == sentence:  # two dates in one sentence are two events
            continue
        if candidate.day and member.day and candidate.date != member.date and _plain_match(candidate, member, weights) < bar:
            continue  # a day apart, the clauses' own words must match: not just the names their sentences share
        if candidate.day and member.day and (candidate.date != member.date and _counts_differ(candidate, member)
                                             or tolls_differ(candidate.candidate, member.candidate)):
            continue  # "The toll has risen to 212" on Sunday is not "rose to 280" on Monday, nor "Eight people were
            # killed" "rose to 15" the same evening: a new count, a new stage
        if candidate.day != member.day and _told_apart(candidate, member, weights):
            continue  # "Karadag Madencilik's coal mine collapsed [last week]" is not "Karadag Madencilik's managers
            # were detained [on Wednesday]"
        if _say_apart(candidate, member):
            continue  # "Kishida said … 'extensive damage'" and "Kishida said … would send 2,000 troops": two events
        if candidate.day and member.day and (_two_deeds(candidate, member) or candidate.date != member.date
                                             and deeds_on_one_thing(candidate.candidate.text, member.candidate.text)):
            # a day apart, "resumed the search for three skiers" is not "recovered the bodies of three skiers"
            continue  # "Mr Albanese[, who] arrived in Tokyo [on Monday, met Kishida]" is not "Kishida met Kamala
            # Harris", nor "Japan held a state funeral, with … Narendra Modi attending" "Kishida met India's Narendra
            # Modi": two deeds told in no common word but names; only the sentences around them meet
        if plan_and_deed(candidate.candidate.text, member.candidate.text):
            continue  # "The recorders will be sent to Ottawa" is not "The flight data recorder was read out"
        best = score
    return best


_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?!\w)")


def _two_deeds(a: _Member, b: _Member) -> bool:
    """event_tense.two_deeds of two members' lines and plain words; never two lines of one measure (same_measure)."""
    return (two_deeds(a.candidate.text, b.candidate.text, _plain(a), _plain(b))
            and not same_measure(a.candidate.text, b.candidate.text))


def _counts_differ(a: _Member, b: _Member) -> bool:
    """Whether both lines give numbers and share none: two days' reports of a count that changed are two events."""
    return bool(a.numbers) and bool(b.numbers) and a.numbers.isdisjoint(b.numbers)


def _bar(a: _Member, b: _Member) -> float:
    """The similarity two reports need to merge, by how their dates relate (infinite: unrelated)."""
    kind = night_relation(a.date, a.time, b.date, b.time)
    if kind is None or _told_when_apart(a, b):
        return math.inf
    # A photo caption names people and places the story also names: it must match closely to merge.
    photo = _CAPTION_PENALTY if a.photo or b.photo else 0.0
    return _THRESHOLD[kind] + photo


_PART_MODS = ("START", "MID", "END")


def _told_when_apart(a: _Member, b: _Member) -> bool:
    """Whether two dates that overlap on the calendar still tell different times: "early 2024" is not "late 2024", a
    total "since June 15" is not what happened that day, 2pm is not that night, and two plans told at different grains ("would begin in January", "is due to report in mid-2025") are two plans."""
    if a.mod != b.mod and a.mod in _PART_MODS and b.mod in _PART_MODS:
        return True
    if a.since != b.since:
        return True  # "29 hostages have been freed since June 15" is not "On June 15, Hamas freed four hostages"
    if a.date == b.date and V.times_apart(a.time, b.time):
        return True  # "restored to all but 2,000 homes by 2pm" is not "restored to the last 2,000 homes overnight"
    if (a.date, a.mod) != (b.date, b.mod) and plan_ahead_and_deed(a.candidate, b.candidate):
        return True  # "A clinic will be held [on Saturday]" (ahead) is not "held a clinic [over the weekend]"
    return a.ahead and b.ahead and (a.mod, V.precision(a.date)) != (b.mod, V.precision(b.date))


def _match(a: _Member, b: _Member, weights: dict[str, float]) -> float:
    """How much of either clause the other report's wider text covers (``similarity`` both ways)."""
    score = max(_one_way(a, b, weights), _one_way(b, a, weights))
    if score < _THRESHOLD["same"] and (_same_thing_recovered(a, b) or same_opening(
            a.opening, b.opening, len(_plain(a) & _plain(b))) or _same_count(a, b)
                                            or same_measure(a.candidate.text, b.candidate.text)):
        return _THRESHOLD["same"]  # one recovery in other words, one "A fire broke out", one "48,000 customers", one
        # "47C": enough for the same day
    return score


_COUNTED = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d{3,})\s+([a-z]{3,})")
"""A large count and the noun it counts: "48,000 customers", "1,200 hectares"."""


def _same_count(a: _Member, b: _Member) -> bool:
    """Whether two lines give one large count of one noun ("SSEN said 48,000 customers had lost supply" and "…, with
    SSEN reporting 48,000 customers without power"): the same figure of the same thing, told the same day, is one
    report whatever else each line tells. Not a year ("2024 elections")."""
    return not a.counts.isdisjoint(b.counts)


def _one_way(a: _Member, b: _Member, weights: dict[str, float]) -> float:
    """How much of ``a``'s clause ``b``'s wider text covers; nothing when that is only through the sentence after
    ``b``'s: its own sentence must share a word with ``a``'s text ("Schools were meant to reopen on Monday." and, in
    the next paragraph, "The WHO was sending 1.4 million doses" do not make Monday the day doses arrived)."""
    return 0.0 if b.own.isdisjoint(a.extra) else _covered(a.words, b.extra, a.weight, weights)  # the cheap test first


def _plain_match(a: _Member, b: _Member, weights: dict[str, float]) -> float:
    """``similarity`` both ways of the two clauses' plain words, without names or the wider texts: "A door plug
    blew off an Alaska Airlines Boeing 737 MAX 9 jet" is not "The FAA grounds 171 Boeing 737 MAX 9 jets"."""
    _plain(a), _plain(b)  # found once per member
    if len(a.plain & b.plain) < 3 and a.plain != b.plain:
        return 0.0  # two words ("the 11 miners were rescued") say too little to tie two dates, unless both say just them
    one, other = similarity(a.plain, b.plain, weights), similarity(b.plain, a.plain, weights)
    if min(one, other) < _DAY_APART_LEAST:
        return 0.0  # "The aircraft's flight data recorder was read out" is not "the cockpit voice recorder and the
        # flight data recorder were found" the day before: most of one clause is not in the other
    return max(one, other)


def _plain_apart(a: _Member, b: _Member) -> bool:
    """Whether two lines (of one source's two sentences) each tell something in two plain words or more and share none:
    "The Texelstroom is back in port in Den Helder" and "Crossings from Den Helder … resumed with the older ferry" are
    two things one source tells, however many names they share. Not a thing's mere mention ("The 2022 presidential
    election"), which names what a clause tells in other words."""
    if a.candidate.mention or b.candidate.mention:
        return False
    _plain(a), _plain(b)  # found once per member
    return len(a.plain) >= 2 and len(b.plain) >= 2 and a.plain.isdisjoint(b.plain)


def _say_apart(a: _Member, b: _Member) -> bool:
    """Whether two clauses share only names: each has at least three plain words (_plain_words), and none in common
    (or two, against five or more, and no number in common: "The Texelstroom is back in port in Den Helder, TESO said"
    is not "TESO spokeswoman Anouk de Vries said the company would run a replacement service from Den Helder"; "318
    prisoners were flown" may be "The first flights left …, carrying 318 detainees"); or both tell of recovering
    something, and not the same thing; or one denies what the other tells (event_negation)."""
    if denies_other(a.candidate.text, b.candidate.text) or issuers_apart(a.candidate.text, b.candidate.text):
        return True  # "Residents are asked not to return home" is not "Residents returned home"; "The Met Office
        # amber wind warning" is not "Met Éireann's status orange wind warning" (event_issuers)
    _plain(a), _plain(b)  # found once per member
    if a.plain.isdisjoint(b.plain) and min(len(a.plain), len(b.plain)) >= 2 and (
            min(len(a.plain), len(b.plain)) >= 3 or max(len(a.plain), len(b.plain)) >= 5
            and a.numbers.isdisjoint(b.numbers)) and not same_measure(a.candidate.text, b.candidate.text):
        return True
    # "Police recovered a rifle" is not "police found the victim's phone": a thing found is the same thing found
    return W.RECOVER in a.words and W.RECOVER in b.words and _thing(a).isdisjoint(_thing(b))


def _thing(member: _Member) -> frozenset[str]:
    """What ``member``'s clause tells was recovered (event_words.thing_recovered), found once."""
    if member.thing is None:
        member.thing = W.thing_recovered(member.candidate.text)
    return member.thing


def _same_thing_recovered(a: _Member, b: _Member) -> bool:
    """Whether two clauses tell that the same thing was recovered: "Investigators have recovered both flight recorders"
    and "The cockpit voice recorder and the flight data recorder were found"."""
    return W.RECOVER in a.words and W.RECOVER in b.words and not _thing(a).isdisjoint(_thing(b))


def _told_apart(a: _Member, b: _Member, weights: dict[str, float]) -> bool:
    """Whether a day and a coarser date's reports each tell what happened in their own plain words (two or more,
    besides names) and share too few of them: the names they share prove no more than that the story is the same.
    A clause that is only names ("The U.S.-Iraq Joint Security Cooperation Dialogue in Washington") is told apart
    from nothing."""
    _plain(a), _plain(b)  # found once per member
    return len(a.plain) >= 2 and len(b.plain) >= 2 and len(a.plain & b.plain) < 2


def _plain(member: _Member) -> frozenset[str]:
    """``member``'s plain words (_plain_words), found once."""
    if member.plain is None:
        member.plain = _plain_words(member.candidate.text)
    return member.plain


def _plain_words(line: str) -> frozenset[str]:
    """Content words of a line but its names and numbers (its first word is capitalised only as a line's is, unless a
    capitalised word follows it: "Prime Minister Fumio Kishida")."""
    opening = line if re.match(r"\S+\s+[A-Z]", line) else line[:1].lower() + line[1:]
    return frozenset(w for w in W.content_words(opening, names=False) if not w[:1].isdigit())


def _covered(words: frozenset[str], other, weight: float, weights: dict[str, float]) -> float:
    """The weight of ``words`` found in ``other``, over ``weight``; 0 below two shared words."""
    shared = words.intersection(other)
    return math.fsum(map(weights.get, shared, _ONES)) / weight if len(shared) >= 2 else 0.0


_ONES = itertools.repeat(1.0)
"""The default weight of a word, as ``map(weights.get, words, _ONES)`` asks it: ``weights.get(w, 1.0)`` of each word,
looked up in C."""


def reports_same(a: Candidate, b: Candidate, weights: dict[str, float],
                 plain_close: Callable[[frozenset[str], frozenset[str]], bool] | None = None) -> bool:
    """Whether two sources' clauses tell one event, whatever dates they give it (date_window reads an undated source's
    publication days from it): the bar the merge sets two reports a day apart, on their words and plain words (or
    ``plain_close`` of their plain words: date_weekday), and nothing that tells them apart (a saying, a plan against a
    deed, another count, another phase)."""
    one, other = _Member(a, numbers := {}, weights), _Member(b, numbers, weights)
    if (one.phase and other.phase and one.phase != other.phase
            or plain_close is not None and not plain_close(_plain(one), _plain(other))):
        return False
    return (_match(one, other, weights) >= _THRESHOLD["adjacent"]
            and (plain_close is not None or _plain_match(one, other, weights) > 0)
            and not _say_apart(one, other) and not plan_and_deed(a.text, b.text) and not _counts_differ(one, other))
