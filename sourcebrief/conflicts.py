"""Find figure groups that report one quantity with values that cannot all be right."""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from .claim_outages import moments_of_outage
from .claim_words import SCALE_WORDS as _SCALE_WORDS
from .claims import Claim, counts_a_part, normalise
from .conflict_acts import acts_apart
from .conflict_measures import (NEARLY_SAME, bearings_apart, division_apart, index_words, loosely_same,
                                measures_apart, moments_apart, near_in_value, one_share_price, one_workforce,
                                per_share_price, told_beside, two_holders, workforce)
from .conflict_occasions import occasions_apart
from .conflict_subjects import (normalised, one_gang, one_holder, opens_lead, one_vote_share, opening_subject,
                               other_subjects, wholes_apart)
from .electorate import one_roll, roll_of, rolls_told_apart
from .figure_parts import counted_part, share_of
from .figure_units import MEASURE_UNITS
from .figures import Figure
from .matching import snapshots
from .number_words import VALUES
from .rounding import rounds_to
from .tolls import both_tolls, counts_rise, counts_toll, days_apart, updated_apart
from .rounds import article_rounds, rounds_apart
from .vote_counts import counting_stage

_INF = float("inf")
_POSTING_CAP = 200
"""Longest inverted list of the (unit family, word) index."""


def conflicting_groups(claims: Sequence[Claim], groups: Sequence[Sequence[int]],
                       undated: frozenset[str] = frozenset(), published: Mapping[str, _dt.date] | None = None
                       ) -> list[list[int]]:
    """Sets of figure-group indices (each set sorted) that disagree about one quantity.

    Candidates come from an index over (unit family, context word); a pair
    conflicts when its contexts match, its places agree, no source is in both
    and the hedged values ("more than 165", "about 140") cannot overlap. Two
    sets are joined only when no source is in both: a source giving two
    values in one conflict gives two quantities ("Orsi had 49.6% of the vote
    to Delgado's 46.3%"), which a chain of pairs would otherwise join.
    ``undated``: the ids of sources without a publication date; ``published``: the others' dates.
    """
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    parent: dict[int, int] = {}
    sources: dict[int, frozenset[str]] = {}
    """Source ids of each group compared so far (a big group meets many others)."""
    joined: dict[int, frozenset[str]] = {}
    """Source ids of each set joined so far, by its root."""
    apart = rolls_told_apart(claims)
    rounds = article_rounds(claims)
    for g, group in enumerate(groups):
        lead = claims[group[0]]
        if lead.key is None or lead.key[1] in ("", "multiple"):
            continue  # (a ratio, "subscribed 2.4 times", is told of one part or another, and moves by the hour)
        family = lead.key[1]
        hits: Counter[int] = Counter()
        held = sorted("@" + w for w in opening_subject(lead.quote)) if lead.figure is not None else []
        held += ["@per-share"] if per_share_price(lead) else []
        held += ["@workforce"] if workforce(lead) else []
        held += ["@lead"] if opens_lead(lead) else []
        for word in (*sorted(_words(lead)), *held):  # (and its sentence's opening name, a price per share)
            hits.update(index.get((family, word), ()))
        near = sorted(index_words(lead)) if lead.figure is not None else []
        counted = {other for word in near for other in index.get((family, "~" + word), ())
                   if near_in_value(lead, claims[groups[other][0]], word == "*")}
        hits.update({other: 0 for other in counted if other not in hits})  # what the figure counts, next to it:
        # pairs sharing few words (conflict_measures)
        for other, shared in sorted(hits.items()):
            sets = _sets_apart(parent, joined, _sources_of(claims, groups, sources, g, other), g, other)
            if sets is None:
                continue  # already one set, or sets a source is in both: the pair's answer would change nothing
            if (shared >= 2 or lead.figure is not None and lead.figure.unit == "%" or other in counted
                    or both_tolls(lead, claims[groups[other][0]]) or one_holder(lead, claims[groups[other][0]])
                    or one_gang(lead, claims[groups[other][0]])
                    or _one_state(lead, claims[groups[other][0]])
                    or one_share_price(lead, claims[groups[other][0]]) or one_workforce(lead, claims[groups[other][0]])
                    ) and _conflict(claims, (g, other), groups, apart, rounds, undated,
                                                                              published):
                _join(parent, g, other)
                joined[_root(parent, g)] = sets[0] | sets[1]
        for word in (*_words(lead), *("~" + w for w in near), *held):
            if len(index[(family, word)]) < _POSTING_CAP:
                index[(family, word)].append(g)
    components: dict[int, list[int]] = defaultdict(list)
    for g in sorted(parent):
        components[_root(parent, g)].append(g)
    return [members for _, members in sorted(components.items())]


def _conflict(claims: Sequence[Claim], pair: tuple[int, int], groups: Sequence[Sequence[int]],
              apart: bool = False, rounds: dict[str, str] | None = None, undated: frozenset[str] = frozenset(),
              published: Mapping[str, _dt.date] | None = None) -> bool:
    """True when the lead claims of two groups report one quantity differently (``apart``: the story tells an
    election's eligible and registered voters apart, electorate.rolls_told_apart; ``rounds``: each source's round
    of an election, rounds.article_rounds; ``undated``: sources without a publication date, whose tolls told on two
    days cannot be seen rising, tolls.days_apart; ``published``: the sources' dates, tolls.updated_apart). The caller has checked that no source is in both
    (_sets_apart)."""
    a, b = claims[groups[pair[0]][0]], claims[groups[pair[1]][0]]
    if a.places and b.places and not _same_place(a, b) or counts_a_part(a, b) or rounds_apart(a, b, rounds or {}):
        return False
    if moments_of_outage(a, b) or counts_rise(a) or counts_rise(b):
        return False  # homes without power at two moments of a power cut ("still without power on Monday"); how
        # many a toll rose by ("rose to 25 … after three injured passengers died")
    if counting_stage(a) or counting_stage(b) or moments_apart(a, b) or snapshots(a, b) or _part_within(a, b) or (
            days_apart(a, b) and {a.source_id, b.source_id} & undated) or updated_apart(a, b, published or {}):
        return False  # "With 92% of ballots counted", "by Sunday": how far a count had gone, or when it stood so
    if (a.side or b.side) and a.side != b.side and not _same_holder(a, b):
        return False  # "Orsi had 49.6% to Delgado's 46.3%": two holders' shares, and one side is no other figure's
    if _years_apart(a, b) or _wider(a) != _wider(b) or other_subjects(a, b) or _rate(a) != _rate(b) or _sums_apart(a, b) or share_of(a) != share_of(b) or (
            wholes_apart(a, b)):
        return False
    if _money_apart(a, b) or _tally(a) != _tally(b) or measures_apart(a, b) or division_apart(a, b) or (
            acts_apart(a, b) or bearings_apart(a, b)) or occasions_apart(a, b) or (
            a.figure is not None and b.figure is not None and two_holders(a, b)):
        return False
    roll = one_roll(a, b, apart)
    if roll is False:
        return False
    words_a, words_b = _words(a), _words(b)
    if _far_apart(a, b):
        words_a, words_b = words_a - _SCALE_WORDS, words_b - _SCALE_WORDS
    if (not words_a & words_b - a.places - b.places - a.within - b.within and not both_tolls(a, b) and not roll
            and not loosely_same(a, b) and not _nearly_one(a, b, words_a - _SCALE_WORDS, words_b - _SCALE_WORDS)
            and not one_holder(a, b) and not one_gang(a, b) and not one_share_price(a, b) and not one_workforce(a, b)):
        return False  # "including 93,000 in Paris" and "Police detained 22 people in Paris" share only a place
    shared = len(words_a & words_b - _SCALE_WORDS)  # "billion" says what a sum is written in, not what it is of
    ratio = shared / max(1, min(len(_words(a)), len(_words(b))))
    if (shared < 3 and not (shared >= 2 and ratio >= 0.5) and not (shared and words_a == words_b)
            and not _one_state(a, b) and not _same_measure(a, b) and not loosely_same(a, b) and not both_tolls(a, b)
            and not roll
            and not one_holder(a, b) and not one_gang(a, b) and not one_vote_share(a, b) and not one_share_price(a, b)
            and not one_workforce(a, b)
            and not _nearly_one(a, b, words_a - _SCALE_WORDS, words_b - _SCALE_WORDS)):
        return False
    return disagree(a, b) and not told_beside(a, b)


_IN_YEAR = re.compile(r"\b(?:in|during|at)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z]+\s+)?((?:19|20)\d\d)\b(?!\s*[-–/]\d)")
"""A year a figure's clause puts it in: "won 45 seats in the 2018 vote", "killed 20 people in 2018"."""


def _years_apart(a: Claim, b: Claim) -> bool:
    """One figure is put in a year the other's sentence does not name: "The KDP had won 45 seats in the 2018 vote"
    is an old result, not a misreport of "the KDP won 39 seats" (a figure "since July 2023" is a running count,
    not one year's)."""
    for one, other in ((a, b), (b, a)):
        years = set(_IN_YEAR.findall(one.clause))
        if years and not years & set(re.findall(r"\b(?:19|20)\d\d\b", other.quote)):
            return True
        spans = {m.lower() for m in _YEAR_SPAN.findall(one.clause)}
        if spans and not spans & {m.lower() for m in _YEAR_SPAN.findall(other.quote)}:
            return True  # "More than 3,100 people died on the country's roads last year" is no count of one crash
    return False


_YEAR_SPAN = re.compile(r"\b(?:(?:last|previous|past|every|each|per|a|this)\s+year|annually|a\s+year\s+earlier)\b",
                        re.I)
"""A year a figure's clause counts over, told without its number: "died on the country's roads last year", "die
on Peruvian roads every year"."""


_WIDER = re.compile(r"\b(?:and|or|plus)\s+(?:its\s+|the\s+|their\s+)?(?:neighbou?ring\s+(?:countries|states|nations)"
                    r"|neighbou?rs|(?:wider\s+)?region)\b|\b(?:regional|region-wide)\s+(?:appeal|plan|response)\b",
                    re.I)
"""A figure for a place and its neighbours: "$4.1bn for Sudan and neighbouring countries", "the regional refugee
response plan"."""


def _wider(claim: Claim) -> bool:
    """The figure's clause counts for a place and its neighbours (_WIDER): "The United Nations had appealed for
    $4.1bn for Sudan and neighbouring countries" is not the "$2.7 billion for its 2024 humanitarian appeal for
    Sudan"."""
    end = claim.figure.end if claim.figure else 0
    return bool(_WIDER.search(claim.quote[end:end + _WIDER_REACH]))


_WIDER_REACH = 80
"""How far after a figure its scope is read, in characters: the rest of its clause, not the next one's."""


def _words(claim: Claim) -> frozenset[str]:
    """A claim's words but its number's ("Five people"), the countries holding its places ("killed in Anbar" says "Iraq" too), and "toll" for a
    toll's count, wherever the sentence put the word (the index then meets two tolls: both_tolls), and "electorate"
    for a count of an election's roll, eligible or registered (electorate.one_roll)."""
    return ((claim.words - _NUMBER_WORDS) | claim.within | (_TOLL_WORD if counts_toll(claim) else frozenset())
            | (_ROLL_WORD if roll_of(claim) else frozenset()))


_NUMBER_WORDS = frozenset(normalise(" ".join([*(w for w, n in VALUES.items() if n >= 5), "hundred dozen dozens"])))
"""A count's number written in words ("Five people"), which is its value, not what it counts (the smaller ones
are stopwords already)."""



_STATES = frozenset({"miss", "wound"})
"""Normalised states of people a short clause may say alone of its count ("441 officers were injured", "leaving
between 40 and 50 missing"): shared, with half the shorter clause's words, they are one count."""


_STATE_AFTER = re.compile(r"^(?:\s+[\w-]+){0,2}?\s+(?:(?:were|was|are|is|had\s+been|have\s+been|remain(?:ed)?)\s+)?"
                          r"(missing|injured|wounded|hurt|unaccounted\s+for)\b", re.IGNORECASE)
"""The state a count is of, right after it: "441 officers were injured", "between 40 and 50 missing"."""


def _one_state(a: Claim, b: Claim) -> bool:
    """Two counts each of one state of people right after it (_STATE_AFTER; "Three soldiers were killed and dozens
    wounded" counts the killed), in clauses that share half the shorter's words."""
    words_a, words_b = _words(a), _words(b)
    states = [_STATE_AFTER.match(c.quote[c.figure.end:]) if c.figure else None for c in (a, b)]
    return (bool(words_a & words_b & _STATES) and all(states)
            and len(words_a & words_b) >= 0.5 * min(len(words_a), len(words_b)))


_TOLL_WORD = frozenset({"toll"})
_ROLL_WORD = frozenset({"electorate"})


def _same_place(a: Claim, b: Claim) -> bool:
    """Two figures' places agree when they share one, or one names the country holding the other's ("killed in the
    strikes in Iraq" and "killed in Anbar"); two provinces of one country do not ("in Anbar", "in Nineveh")."""
    return bool(a.places & b.places or a.places & b.within or b.places & a.within)




def _far_apart(a: Claim, b: Claim) -> bool:
    """Values four times apart or more: more likely a part and the whole than two counts of one thing, so the words
    of their scale ("billion") do not make them one quantity."""
    values = sorted(abs(c.figure.value) for c in (a, b) if c.figure is not None)
    return len(values) == 2 and values[0] > 0 and values[1] >= 4 * values[0]


def _nearly_one(a: Claim, b: Claim, words_a: frozenset[str], words_b: frozenset[str]) -> bool:
    """Two figures within NEARLY_SAME of each other, one clause's words (its scale's aside) all in the other's:
    "cost an estimated 1.66 billion yen" and "estimated the cost of the ceremony at 1.65 billion yen" are one sum
    misreported (two things that near in value are rarely told in the same words)."""
    if a.figure is None or b.figure is None or not words_a or not words_b:
        return False
    low, high = sorted(abs(c.figure.value) for c in (a, b))
    return 0 < low and high <= NEARLY_SAME * low and (words_a <= words_b or words_b <= words_a)


def _money_apart(a: Claim, b: Claim) -> bool:
    """Two sums of money ten times apart or more are two amounts, not one reported twice: "customers pulled $9.2
    billion" and "above the $250,000 federal insurance limit" (a toll may grow tenfold as it is counted; a price or a
    fine is not misreported tenfold)."""
    if a.figure is None or b.figure is None or not re.fullmatch(r"[A-Z]{3}", a.figure.unit):
        return False
    low, high = sorted(abs(c.figure.value) for c in (a, b))
    return high >= 10 * low


_RATE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:a|an|per|each|every)\s+(day|week|month|year|hour)\b"
                   r"|(daily|weekly|monthly|annually|yearly|hourly)\b)", re.IGNORECASE)
_RATE_ADVERBS = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year",
                 "hourly": "hour"}


def _rate(claim: Claim) -> str:
    """The time a figure is counted per ("about 6 million euros ($6.3 million) a day", "daily" -> day), "" for a
    total: a rate and a total ("between €15 million and €20 million in total") measure two things."""
    found = _RATE.match(claim.quote, claim.figure.end) if claim.figure is not None else None
    if not found:
        return ""
    return (found.group(1) or _RATE_ADVERBS[found.group(2).lower()]).lower()


_SUMMED = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:in|of)\s+(?:[a-z-]+\s+){0,2}?(?:fines|penalties|payments"
                     r"|grants|loans|settlements|contracts|orders|donations|fees|bonuses|awards|deals|investments)"
                     r"|combined)\b", re.IGNORECASE)
_SUMMED_BEFORE = re.compile(r"\b(?:a\s+combined|a\s+cumulative|cumulative|a\s+total\s+of)\s+(?:[a-z]+\s+){0,2}$"
                            r"|\b(?:fines|penalties|settlements|damages)\s+(?:totall?ing|amounting\s+to|adding\s+up\s+to"
                            r"|worth)\s+(?:(?:about|some|around|nearly|more\s+than|over)\s+)?$", re.IGNORECASE)
"""A total over several things ("in total" alone is not: "42 people died in total" and "40 died" disagree; "fines
totalling 8.25 billion euros" adds up several fines, where "pledges totalling $5.1bn" is how a pledging is told)."""


_TOTAL = re.compile(r"^\s*(?:In\s+total|Altogether|All\s+told|Overall),|\b(?:in\s+total|altogether|all\s+told)\b")
"""A total said so, without saying of what parts: "In total, wealthy nations pledged $5.1 billion"."""


_INCREMENT_BEFORE = re.compile(r"\b(?:another|a further|an additional|an extra)\s+$", re.I)
_RUNNING = re.compile(r"\b(?:since|so far|to date|thus far)\b", re.I)


def _tally(claim: Claim) -> str:
    """How a count stands to time: "added" to one told before ("canceled another 800 flights on Sunday"), "running"
    since a start ("has canceled more than 4,600 flights since Thursday"), or "" (an event's, a day's). Counts of
    different kinds are different quantities: a day's 1,200 is no disagreement with 4,600 since."""
    figure = claim.figure
    if figure is None or not figure.unit.islower() or figure.unit in MEASURE_UNITS.values():  # a count: not money
        return ""  # ("IQD"), a share ("%") or a measure ("620m underground since the collapse")
    if _INCREMENT_BEFORE.search(claim.quote, max(0, figure.start - 20), figure.start):
        return "added"
    return "running" if _RUNNING.search(claim.clause) else ""


def _sums_apart(a: Claim, b: Claim) -> bool:
    """One figure adds up several things and the other does not say so: a part and the whole. A figure said to be
    a total ("In total, … pledged $5.1 billion") may be either: it meets "a combined $4.7bn" and "42 died" alike."""
    if _summed(a) == _summed(b):
        return False
    return not any(_TOTAL.search(c.quote) for c in (a, b))


def _summed(claim: Claim) -> bool:
    """Whether a figure adds up several things: "more than 2.5 billion euros in fines", "a total of $4 billion",
    "$3 billion combined"; one of its parts ("fined 1.2 billion euros") is another quantity, not a disagreement."""
    figure = claim.figure
    if figure is None:
        return False
    return bool(_SUMMED.match(claim.quote, figure.end)
                or _SUMMED_BEFORE.search(claim.quote, max(0, figure.start - 40), figure.start))


def _same_holder(a: Claim, b: Claim) -> bool:
    """A claim of one figure whose words hold every word of the other's side (its holder's name): "Shaalan al-Karim
    received 152 votes" and the "137 for Shaalan al-Karim" of "al-Issawi won 158 votes against 137 for Shaalan
    al-Karim" tell one holder's count."""
    one, sided = (a, b) if not a.side else (b, a) if not b.side else (None, None)
    return one is not None and len(sided.words) >= 2 and sided.words <= one.words


def _same_measure(a: Claim, b: Claim) -> bool:
    """Two shares whose clauses are one word, the same, and at most one more: "Turnout was 89.4%", "Turnout was
    nearly 90%", "with turnout of 89.6%" and "Turnout reached 57.9%" measure one thing, though they share one
    word."""
    small, large = sorted((a.words, b.words), key=len)
    return a.key is not None and a.key[1] == "%" and len(small) == 1 and len(large) <= 2 and small <= large


def interval(value: float, qualifier: str | None, low: float | None = None, grain: float = 0.0) -> tuple[float, float]:
    """The range of true values a hedged figure allows (``low``: the lower bound of a range, "between 30 and 35";
    ``grain``: how finely an "about" figure is written, _grain, which narrows its tenth either way)."""
    if qualifier == "between" and low is not None:
        return low, value
    if qualifier in ("more than", "at least"):
        return value, _INF
    if qualifier in ("less than", "up to", "at most"):
        return 0.0, value
    if qualifier == "about":
        spread = min(value * 0.1, grain * _GRAIN_SHARE) if grain else value * 0.1
        return value - spread, value + spread
    if qualifier == "nearly":
        return value * 0.85, value
    return value, value


def disagree(a: Claim, b: Claim) -> bool:
    """True when two figures about the same thing cannot both be right."""
    if a.figure is None or b.figure is None:
        return False
    qualifier_a, qualifier_b = _hedge(a.figure), _hedge(b.figure)
    if qualifier_a is None and qualifier_b is None and rounds_to(a.figure, b.figure):
        return False  # a rounding keeping two digits ("57%" for "56.55%"), not one ("$5 million" for "$4.5 million")
    lo_a, hi_a = interval(a.figure.value, qualifier_a, a.figure.low, _grain(a.figure))
    lo_b, hi_b = interval(b.figure.value, qualifier_b, b.figure.low, _grain(b.figure))
    return hi_a < lo_b or hi_b < lo_a


_GRAIN_SHARE = 0.45
"""How far either way of an "about" figure its true value may be, in steps of how finely it is written (a little
under half, so that two neighbouring roundings do not meet): "about 650 meters" (to the 50) is 628 to 672, not
600, nor 620; "about 1,200 staff" (to the 100) is no "about 1,100 employees"; a tenth either way at most."""


def _grain(figure: Figure) -> float:
    """How finely a figure's number is written, in its value's units: the place of its last non-zero digit, five
    of them when that digit is a 5 ("650": 50, "1,200": 100, "620": 10, "2.5 million": 500,000); 0 when unknown,
    or for a share or a sum of money."""
    found = _NUMBER.search(figure.text)
    if found is None or figure.low is not None:
        return 0.0
    whole, _, fraction = found.group().replace(",", "").partition(".")
    if not figure.unit.islower() or figure.unit == "%":
        return _loose_grain(figure, whole, fraction)  # "about 58%" of a vote beside "58.6 percent", a sum "about
        # $1.2 billion": shares and money are hedged more loosely than counts and measures
    number = float(found.group().replace(",", ""))
    shown = fraction.rstrip("0")
    if shown:
        place, last = 10.0 ** -len(shown), shown[-1]
    elif whole.rstrip("0"):
        place, last = 10.0 ** (len(whole) - len(whole.rstrip("0"))), whole.rstrip("0")[-1]
    else:
        return 0.0
    return (5 if last == "5" else 1) * place * figure.value / number


def _loose_grain(figure: Figure, whole: str, fraction: str) -> float:
    """The grain of a share or a sum of money hedged "about", widened so that the hedge allows a whole step either
    way: a value written to two significant digits or more, its last not a 5 ("an estimated 88 million euros",
    "about 58%"), lies within one unit of its last digit (87 to 89 million: no "€80 million", though a tenth either
    way would take it in); a rounder one ("about $80 million", "about 55%") keeps the tenth either way (0)."""
    digits = (whole + fraction).lstrip("0").rstrip("0")
    if len(digits) < _KEPT_DIGITS or digits[-1] in "05":
        return 0.0
    number = float(f"{whole}.{fraction}" if fraction else whole)
    place = 10.0 ** -len(fraction.rstrip("0")) if fraction.rstrip("0") else 10.0 ** (len(whole) - len(whole.rstrip("0")))
    return place * figure.value / number / _GRAIN_SHARE


_KEPT_DIGITS = 2
"""Significant digits from which a hedged share or sum is read as told to its last digit (_loose_grain)."""
_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_PRECISE = 3
"""Significant digits from which "an estimated" gives an estimate's value, not a rough one: "an estimated 1.66
billion yen" is not "about" 1.65 billion (a rough "an estimated 5,000 people" stays a hedge)."""


def _hedge(figure: Figure) -> str | None:
    """A figure's qualifier, none for "an estimated" before a value written to _PRECISE significant digits."""
    found = _NUMBER.search(figure.text)
    if figure.qualifier != "about" or not found or not re.match(r"(?:an\s+)?estimated\s", figure.text, re.I):
        return figure.qualifier
    digits = found.group().replace(",", "").replace(".", "").strip("0")
    return None if len(digits) >= _PRECISE else figure.qualifier


def _part_within(a: Claim, b: Claim) -> bool:
    """One figure counts a part (figure_parts.counted_part) and the other may be its total, the part being no greater
    than the total can be: "three other people were killed" is no misreport of "At least four people were killed".
    A part greater than the other figure is no part of it: "including 12 children" and "10 children died"
    disagree."""
    if a.figure is None or b.figure is None or counted_part(a) == counted_part(b):
        return False
    part, whole = (a.figure, b.figure) if counted_part(a) else (b.figure, a.figure)
    return interval(part.value, _hedge(part), part.low)[0] <= interval(whole.value, _hedge(whole), whole.low)[1]


def _sources_of(claims: Sequence[Claim], groups: Sequence[Sequence[int]], sources: dict[int, frozenset[str]],
                *pair: int) -> dict[int, frozenset[str]]:
    """``sources`` with the source ids of each group of ``pair`` filled in."""
    for g in pair:
        if g not in sources:
            sources[g] = frozenset(claims[i].source_id for i in groups[g])
    return sources


def _sets_apart(parent: dict[int, int], joined: dict[int, frozenset[str]], sources: dict[int, frozenset[str]],
                x: int, y: int) -> tuple[frozenset[str], frozenset[str]] | None:
    """The source ids of the sets of groups ``x`` and ``y`` when they are two sets and no source is in both (only
    then may a conflict join them), else None."""
    rx, ry = (_root(parent, g) if g in parent else g for g in (x, y))
    sx, sy = joined.get(rx, sources[x]), joined.get(ry, sources[y])
    return (sx, sy) if rx != ry and sx.isdisjoint(sy) else None


def _root(parent: dict[int, int], x: int) -> int:
    """Union-find root, with path halving."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _join(parent: dict[int, int], x: int, y: int) -> None:
    """Union-find union; the smaller index becomes the root."""
    parent.setdefault(x, x)
    parent.setdefault(y, y)
    rx, ry = _root(parent, x), _root(parent, y)
    if rx != ry:
        parent[max(rx, ry)] = min(rx, ry)
