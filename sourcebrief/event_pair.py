"""How two reports of dated clauses compare: the merge's member (what is read of a candidate once), the bar
two reports must clear by how their dates relate, their weighted word overlap, and the tests that tell two
events apart however many words they share."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable

from sourcebrief import date_values as V
from sourcebrief import event_words as W
from sourcebrief.event_candidate import Candidate, night_relation, similarity, sort_key
from sourcebrief.event_opening import opening, same_opening
from sourcebrief.event_negation import denies_other
from sourcebrief.event_issuers import issuers_apart
from sourcebrief.event_readings import same_measure
from sourcebrief.event_tense import plan_ahead_and_deed, plan_and_deed, two_deeds

THRESHOLD = {"same": 0.35, "contains": 0.45, "adjacent": 0.5, "year": 0.6}
"""Weighted content overlap needed to merge, by how the two dates relate."""
LOWEST_BAR = min(THRESHOLD.values())
"""No pair scoring below this merges, whatever its dates."""
_CAPTION_PENALTY = 0.25
"""Extra overlap a caption needs to merge with another report."""
_DAY_APART_LEAST = 0.29
"""Share of each of two clauses a day apart that the other must hold: the one a day off tells the same thing, not a part
of it (the same clause words said of something else). Just under a third, not a third: one more source line using a
shared word ("fire") lowers its weight, and "Residents … evacuated the town as the Parker Lake wildfire burned" against
"Roughly 4,700 residents … were ordered to leave as the … wildfire pushed toward the town" fell to 0.298."""


class Member:
    """A candidate as the merge reads it: what event_merge's ``_fit`` compares, looked up once instead of per pair."""

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
        """The numbers its line writes (counts_differ, say_apart)."""
        self.counts = frozenset((n, W.stem(w)) for n, w in _COUNTED.findall(candidate.text)
                                if not re.fullmatch(r"(?:1[89]|20)\d\d", n))
        """Its line's large counts with the nouns they count, as (figure, stem) pairs (same_count)."""
        self.counted = frozenset(n for n, _ in self.counts)
        """Those large counts' figures alone."""
        self.phase = W.phase(candidate.words)
        """Whether the clause tells of a start or an end (event_words.phase)."""
        self.opening = opening(candidate.text)
        """Its line's opening (event_opening.opening), asked of every group it is compared with."""



_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?!\w)")


def deeds_apart(a: Member, b: Member) -> bool:
    """event_tense.two_deeds of two members' lines and plain words; never two lines of one measure (same_measure)."""
    return (two_deeds(a.candidate.text, b.candidate.text, plain(a), plain(b))
            and not same_measure(a.candidate.text, b.candidate.text))


def counts_differ(a: Member, b: Member) -> bool:
    """Whether both lines give numbers and share none: two days' reports of a count that changed are two events."""
    return bool(a.numbers) and bool(b.numbers) and a.numbers.isdisjoint(b.numbers)


def pair_bar(a: Member, b: Member) -> float:
    """The similarity two reports need to merge, by how their dates relate (infinite: unrelated)."""
    kind = night_relation(a.date, a.time, b.date, b.time)
    if kind is None or _told_when_apart(a, b):
        return math.inf
    # A photo caption names people and places the story also names: it must match closely to merge.
    photo = _CAPTION_PENALTY if a.photo or b.photo else 0.0
    return THRESHOLD[kind] + photo


_PART_MODS = ("START", "MID", "END")


def _told_when_apart(a: Member, b: Member) -> bool:
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


def match_score(a: Member, b: Member, weights: dict[str, float]) -> float:
    """How much of either clause the other report's wider text covers (``similarity`` both ways)."""
    score = max(_one_way(a, b, weights), _one_way(b, a, weights))
    if score < THRESHOLD["same"] and (_same_thing_recovered(a, b) or same_opening(
            a.opening, b.opening, len(plain(a) & plain(b))) or same_count(a, b)
                                            or same_measure(a.candidate.text, b.candidate.text)):
        return THRESHOLD["same"]  # one recovery in other words, one "A fire broke out", one "48,000 customers", one
        # "47C": enough for the same day
    return score


_COUNTED = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d{3,})\s+([a-z]{3,})")
"""A large count and the noun it counts: "48,000 customers", "1,200 hectares"."""


def same_count(a: Member, b: Member) -> bool:
    """Whether two lines give one large count of one noun ("SSEN said 48,000 customers had lost supply" and "…, with
    SSEN reporting 48,000 customers without power"): the same figure of the same thing, told the same day, is one
    report whatever else each line tells. Not a year ("2024 elections")."""
    return not a.counts.isdisjoint(b.counts)


def _one_way(a: Member, b: Member, weights: dict[str, float]) -> float:
    """How much of ``a``'s clause ``b``'s wider text covers; nothing when that is only through the sentence after
    ``b``'s: its own sentence must share a word with ``a``'s text ("Schools were meant to reopen on Monday." and, in
    the next paragraph, "The WHO was sending 1.4 million doses" do not make Monday the day doses arrived)."""
    return 0.0 if b.own.isdisjoint(a.extra) else covered(a.words, b.extra, a.weight, weights)  # the cheap test first


def plain_match(a: Member, b: Member, weights: dict[str, float]) -> float:
    """``similarity`` both ways of the two clauses' plain words, without names or the wider texts: "A door plug
    blew off an Alaska Airlines Boeing 737 MAX 9 jet" is not "The FAA grounds 171 Boeing 737 MAX 9 jets"."""
    plain(a), plain(b)  # found once per member
    if len(a.plain & b.plain) < 3 and a.plain != b.plain:
        return 0.0  # two words ("the 11 miners were rescued") say too little to tie two dates, unless both say just them
    one, other = similarity(a.plain, b.plain, weights), similarity(b.plain, a.plain, weights)
    if min(one, other) < _DAY_APART_LEAST:
        return 0.0  # "The aircraft's flight data recorder was read out" is not "the cockpit voice recorder and the
        # flight data recorder were found" the day before: most of one clause is not in the other
    return max(one, other)


def plain_apart(a: Member, b: Member) -> bool:
    """Whether two lines (of one source's two sentences) each tell something in two plain words or more and share none:
    "The Texelstroom is back in port in Den Helder" and "Crossings from Den Helder … resumed with the older ferry" are
    two things one source tells, however many names they share. Not a thing's mere mention ("The 2022 presidential
    election"), which names what a clause tells in other words."""
    if a.candidate.mention or b.candidate.mention:
        return False
    plain(a), plain(b)  # found once per member
    return len(a.plain) >= 2 and len(b.plain) >= 2 and a.plain.isdisjoint(b.plain)


def say_apart(a: Member, b: Member) -> bool:
    """Whether two clauses share only names: each has at least three plain words (_plain_words), and none in common
    (or two, against five or more, and no number in common: "The Texelstroom is back in port in Den Helder, TESO said"
    is not "TESO spokeswoman Anouk de Vries said the company would run a replacement service from Den Helder"; "318
    prisoners were flown" may be "The first flights left …, carrying 318 detainees"); or both tell of recovering
    something, and not the same thing; or one denies what the other tells (event_negation)."""
    if denies_other(a.candidate.text, b.candidate.text) or issuers_apart(a.candidate.text, b.candidate.text):
        return True  # "Residents are asked not to return home" is not "Residents returned home"; "The Met Office
        # amber wind warning" is not "Met Éireann's status orange wind warning" (event_issuers)
    plain(a), plain(b)  # found once per member
    if a.plain.isdisjoint(b.plain) and min(len(a.plain), len(b.plain)) >= 2 and (
            min(len(a.plain), len(b.plain)) >= 3 or max(len(a.plain), len(b.plain)) >= 5
            and a.numbers.isdisjoint(b.numbers)) and not same_measure(a.candidate.text, b.candidate.text):
        return True
    # "Police recovered a rifle" is not "police found the victim's phone": a thing found is the same thing found
    return W.RECOVER in a.words and W.RECOVER in b.words and _thing(a).isdisjoint(_thing(b))


def _thing(member: Member) -> frozenset[str]:
    """What ``member``'s clause tells was recovered (event_words.thing_recovered), found once."""
    if member.thing is None:
        member.thing = W.thing_recovered(member.candidate.text)
    return member.thing


def _same_thing_recovered(a: Member, b: Member) -> bool:
    """Whether two clauses tell that the same thing was recovered: "Investigators have recovered both flight recorders"
    and "The cockpit voice recorder and the flight data recorder were found"."""
    return W.RECOVER in a.words and W.RECOVER in b.words and not _thing(a).isdisjoint(_thing(b))


def told_apart(a: Member, b: Member, weights: dict[str, float]) -> bool:
    """Whether a day and a coarser date's reports each tell what happened in their own plain words (two or more,
    besides names) and share too few of them: the names they share prove no more than that the story is the same.
    A clause that is only names ("The U.S.-Iraq Joint Security Cooperation Dialogue in Washington") is told apart
    from nothing."""
    plain(a), plain(b)  # found once per member
    return len(a.plain) >= 2 and len(b.plain) >= 2 and len(a.plain & b.plain) < 2


def plain(member: Member) -> frozenset[str]:
    """``member``'s plain words (_plain_words), found once."""
    if member.plain is None:
        member.plain = _plain_words(member.candidate.text)
    return member.plain


def _plain_words(line: str) -> frozenset[str]:
    """Content words of a line but its names and numbers (its first word is capitalised only as a line's is, unless a
    capitalised word follows it: "Prime Minister Fumio Kishida")."""
    opening = line if re.match(r"\S+\s+[A-Z]", line) else line[:1].lower() + line[1:]
    return frozenset(w for w in W.content_words(opening, names=False) if not w[:1].isdigit())


def covered(words: frozenset[str], other, weight: float, weights: dict[str, float]) -> float:
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
    one, other = Member(a, numbers := {}, weights), Member(b, numbers, weights)
    if (one.phase and other.phase and one.phase != other.phase
            or plain_close is not None and not plain_close(plain(one), plain(other))):
        return False
    return (match_score(one, other, weights) >= THRESHOLD["adjacent"]
            and (plain_close is not None or plain_match(one, other, weights) > 0)
            and not say_apart(one, other) and not plan_and_deed(a.text, b.text) and not counts_differ(one, other))
