"""Group claims that state the same thing, through inverted indexes rather than all pairs."""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .claim_outages import both_outages, counts_outage
from .claim_clauses import RESTATED, attributive
from .claim_words import SCALE_WORDS
from .claims import Claim, counts_a_part, normalise
from .figure_units import MEASURE_UNITS
from .conflict_occasions import spans_apart
from .conflict_subjects import one_vote_share
from .event_span import ALL_BUT
from .event_tense import deeds_on_one_thing
from .rounding import approximates, confirms, roundings
from .tolls import both_tolls, counts_toll


@dataclass(frozen=True)
class MatchRules:
    """How alike two claims must be to count as one fact, and the index's limits."""

    figure_overlap: float = 0.34
    """Share of the smaller context (figure claims) that the other must also have."""
    plain_overlap: float = 0.6
    """Share of the smaller sentence's content words (claims without figures)."""
    plain_min_words: int = 5
    """Sentences with fewer content words never match without a figure."""
    plain_min_shared: int = 4
    """Content words two plain sentences must share at least."""
    representatives: int = 3
    """Claims of a group compared with (and indexed for) a newcomer."""
    candidates: int = 8
    """Groups fully compared per claim, the best-sharing first."""
    plain_keys: int = 8
    """A plain claim is indexed under its rarest this many words."""
    posting_cap: int = 50
    """Longest inverted list; a word past it is too common to find candidates."""


def cluster_claims(claims: Sequence[Claim], rules: MatchRules = MatchRules()) -> list[list[int]]:
    """Groups of claim indices that state the same fact, in order of first claim.

    Leader clustering: each claim joins the best existing group found through
    the index (same figure value and unit family plus a shared context word;
    or shared rare words for sentences without figures), else starts its own.
    """
    df = Counter(w for c in claims if c.key is None for w in c.words)
    groups: list[list[int]] = []
    named: list[frozenset[str]] = []
    """What the claims of each group name together (Claim.named): a claim naming another place or month does not
    join, even if the members it is compared with name none."""
    index: dict[tuple[object, str], list[int]] = defaultdict(list)
    moved: dict[int, int] = {}
    """Groups emptied into another (a claim joined both), each to the group it went to."""
    for i, claim in enumerate(claims):
        if claim.key is None and len(claim.words) < rules.plain_min_words:
            groups.append([i])
            named.append(claim.named)
            continue
        best, also = _best_group(claim, claims, groups, named, index, rules, moved)
        if best is None:
            groups.append([i])
            named.append(claim.named)
            best = len(groups) - 1
        else:
            groups[best].append(i)
            named[best] |= claim.named
            for other in also:  # the claim states both groups' fact: one fact
                if _bridged(claims, groups[best], groups[other], rules):
                    groups[best] = sorted(groups[best] + groups[other])
                    named[best] |= named[other]
                    groups[other], moved[other] = [], best
        if len(groups[best]) <= rules.representatives:
            for key in _index_keys(claim, df, rules):
                postings = index[key]
                if len(postings) < rules.posting_cap and (not postings or postings[-1] != best):
                    postings.append(best)
    return sorted((group for group in groups if group), key=lambda group: group[0])


def _sources_apart(claims: Sequence[Claim], one: Sequence[int], other: Sequence[int]) -> bool:
    """Whether no source has a claim in both groups (a source's two claims are two statements of its own)."""
    return {claims[i].source_id for i in one}.isdisjoint(claims[i].source_id for i in other)


def _index_keys(claim: Claim, df: Counter[str], rules: MatchRules) -> list[tuple[object, str]]:
    """Keys a claim is filed under: (figure key, word), and (its roundings' keys, word) (_rounded_keys), or (None,
    rare word)."""
    if claim.key is not None:
        keys = [claim.key, *_rounded_keys(claim, "~")]
        return [(key, w) for key in keys for w in _figure_words(claim)]
    rarest = sorted(claim.words, key=lambda w: (df[w], w))[: rules.plain_keys]
    return [(None, w) for w in rarest]


def _best_group(claim: Claim, claims: Sequence[Claim], groups: list[list[int]], named: list[frozenset[str]],
                index: dict[tuple[object, str], list[int]], rules: MatchRules,
                moved: dict[int, int]) -> tuple[int | None, list[int]]:
    """The group this claim best belongs to, or None; and the other groups of a figure claim that match it as well
    as _BRIDGE_SCORE, of its own value, which it joins into one: "Two crew members were slightly injured" joins
    "injuring two crew members" (filed first) and "Two sailors were taken to hospital with minor injuries", which
    share too little to join each other. ``moved``: groups emptied into another."""
    filed: Counter[int] = Counter()
    words = _figure_words(claim) if claim.key else sorted(claim.words) or [""]
    keys = [claim.key, ("~", *claim.key), *_rounded_keys(claim)] if claim.key else [None]
    for key in keys:  # its own value, the finer values it is a rounding of, the coarser ones that round it
        for word in words:
            postings = index.get((key, word), ())
            if len(postings) < rules.posting_cap:  # a full list means a common word
                filed.update(postings)  # counted in C, by the group filed under; moved ones are followed below
    hits: Counter[int] = Counter()
    for group, count in filed.items():  # in the order first found, so each group a moved one joined is found as early
        hits[_moved(moved, group)] += count
    best, best_score, good = None, 0.0, []
    for group, _ in hits.most_common(rules.candidates):  # ties: first found first
        if claim.named - named[group] and named[group] - claim.named:
            continue
        scores = [similarity(claim, claims[other], rules) * (1 if claims[other].key == claim.key else _ROUNDED_SCORE)
                  for other in groups[group][: rules.representatives]]
        if claim.key is not None and any(score >= _BRIDGE_SCORE and claims[other].key == claim.key
                                         for score, other in zip(scores, groups[group])):
            good.append(group)
        if max(scores, default=0.0) > best_score:
            best, best_score = group, max(scores)
    return best, [group for group in good if group != best]


_BRIDGE_SCORE = 0.6
"""How alike a figure claim must be to a second group's claim, of its own value, to join the two groups."""


def _moved(moved: dict[int, int], group: int) -> int:
    """The group a filed group's claims are now in."""
    while group in moved:
        group = moved[group]
    return group


def _figure_words(claim: Claim) -> list[str]:
    """The words a figure claim is filed and looked up under: its own, and "@toll" for a count of the dead in a
    sentence about a toll (tolls.counts_toll), which meets another toll of its value whatever their words."""
    return [*sorted(claim.words), *(["@toll"] if counts_toll(claim) else []),
            *(["@outage"] if counts_outage(claim) else []),
            *(["@value"] if _told_by_value(claim) else [])] or [""]


_ROUNDED_SCORE = 0.99
"""What a match with a rounding of the claim's value ("56.6%" for "56.55%") scores against one with its own: the
same value written alike joins first."""


def _rounded_keys(claim: Claim, mark: str = "") -> list[tuple[object, ...]]:
    """The keys of the values a figure claim rounds to (rounding.roundings), ``mark`` first: a claim is filed under
    them marked "~" so that a rounding of it finds it, and looks up its own roundings unmarked."""
    if claim.figure is None or claim.key is None:
        return []
    return [((mark, value, claim.key[1]) if mark else (value, claim.key[1])) for value in roundings(claim.figure)]


def _same_value(a: Claim, b: Claim) -> bool:
    """One value, or one value told to two precisions (rounding.confirms: "56.6%" and "56.55%"; rounding.approximates:
    "about 27,000 salmon" and "26,800 salmon")."""
    if a.key == b.key:
        return True
    return (a.key is not None and b.key is not None and a.key[1] == b.key[1] and a.figure is not None
            and b.figure is not None and (confirms(a.figure, b.figure) or approximates(a.figure, b.figure)
                                          or approximates(b.figure, a.figure)))


def _distinctive(value: float) -> bool:
    """A value of three significant digits or more ("171", "797.72 million", "1,229"): two sources giving it for one
    kind of thing in one briefing, in clauses sharing a word, tell of one fact however else they word it. Round
    values ("2,500 troops", "$1.2 billion", "35 people") recur by chance, and so do shares ("12.5%")."""
    digits = f"{value:.6f}".replace(".", "").strip("0")
    return len(digits) >= 3


def _told_by_value(claim: Claim) -> bool:
    """A count of a specific thing whose value is distinctive (_distinctive, and in the thousands): "254,000 jobs".
    Two sources giving it tell one fact in whatever words ("Nonfarm payrolls increased by 254,000 jobs", "The US
    economy added 254,000 jobs"), so it is filed and looked up by its value alone too ("@value")."""
    family = claim.key[1] if claim.key else ""
    return (family.islower() and family not in _BY_WORDS and claim.figure is not None and claim.figure.value >= 1000
            and _distinctive(claim.figure.value))


_BY_WORDS = frozenset({"%", "people", "other", "time", "year", "day", "week", "month", "hour", "minute", "share",
                       "vote", "voter", "seat", "ballot"})
"""Units that too many different counts share (a story's people, its days, an election's votes by party) to join
two figures by their value alone."""


def similarity(a: Claim, b: Claim, rules: MatchRules = MatchRules()) -> float:
    """How alike two claims are, 0 when they cannot be the same fact. (The cheap tests come first: _apart is the
    dearest, and asked only of a pair the others leave a score.)"""
    if a.named - b.named and b.named - a.named:
        return 0.0  # "deployed around Mosul since February" is not "... around Basra since November"
    if a.opener and b.opener and a.opener not in b.words and b.opener not in a.words:
        return 0.0  # "Copa Airlines … said" is not "Turkish Airlines and Icelandair … said"
    if a.quoted and b.quoted and 2 * len(a.quoted & b.quoted) < min(len(a.quoted), len(b.quoted)):
        return 0.0  # two quotations sharing under half their words: two things said
    shared = len(a.words & b.words)
    smaller = min(len(a.words), len(b.words))
    if a.key is None:
        score = shared / smaller if smaller >= rules.plain_min_words and shared >= rules.plain_min_shared else 0.0
        if score < rules.plain_overlap or _speaker_only(a, b) or _speaker_only(b, a):
            return 0.0
        return 0.0 if _apart(a, b) else score
    if _apart(a, b):
        return 0.0
    if a.key is not None and not _distinctive(a.key[0]) and (_says_only_sum(a) or _says_only_sum(b)):
        shared = 0  # "said the 6 billion euro", whose words are only what a round sum is written in, says nothing of
        # what it is of to meet "the 6 billion euro Growth Plan would reach Skopje" ("2.41 billion euros" is rarer)
    if a.key is not None:
        if not smaller:
            return 0.5 if not (a.words or b.words) else 0.0
        score = shared / smaller
        if shared and score < rules.figure_overlap and a.key[1] != "%" and _distinctive(a.key[0]):
            return rules.figure_overlap  # "The FAA ordered 171 jets grounded", "regulators grounded 171 … aircraft"
        if not shared and a.key == b.key and _told_by_value(a):
            return rules.figure_overlap  # "payrolls increased by 254,000 jobs", "the economy added 254,000 jobs"
        if shared >= 2 and score < rules.figure_overlap and a.key[1] in _MEASURES:
            return rules.figure_overlap  # "plunged about 200 meters … into a ravine in Peru's southern Andes", "fell
            # some 200 metres into a ravine at kilometre 42 of the Ayacucho-Huanta road": a length, told of one thing
        if score < rules.figure_overlap and a.key == b.key and _sum_for(a) and _sum_for(a) == _sum_for(b):
            return rules.figure_overlap  # "agreed a 420 million euro ($455 million) rescue package", "a €420mn rescue"
        if score < rules.figure_overlap and (one_vote_share(a, b) or both_tolls(a, b) or both_outages(a, b)):
            return rules.figure_overlap  # "Mahama won 56.55 percent of the vote", "Mahama … taking 56.6% of the vote";
            # "The toll … has risen to 87 dead", "the government put the number of dead at 87"
        return score if shared and score >= rules.figure_overlap else 0.0


_CAPITALISED = re.compile(r"(?<=[\w,;:)\]]\s)[A-Z][\w’'-]*")
"""A capitalised word inside a sentence (after another word or a comma, not opening the sentence or a quotation)."""


@functools.lru_cache(maxsize=1 << 16)
def _name_words(quote: str) -> frozenset[str]:
    """The content words of ``quote`` written capitalised within it: names and titles ("Annika Lindqvist, Chief
    Executive Officer"), which tell who a sentence is about, not what it says of them."""
    return frozenset(normalise(" ".join(_CAPITALISED.findall(quote))))


def _speaker_only(quoting: Claim, other: Claim) -> bool:
    """Whether two plain claims share only who speaks in ``quoting``'s quotation: none of its quoted words, and only
    words of names and titles (_name_words). "The chief executive, Annika Lindqvist, later apologised" is not
    '"We are deeply sorry …," said Annika Lindqvist, Chief Executive Officer': a quotation's attribution says who
    spoke, not what the other sentence says of them."""
    shared = quoting.words & other.words
    return bool(quoting.quoted) and quoting.quoted.isdisjoint(shared) and shared <= _name_words(quoting.quote)


def _says_only_sum(claim: Claim) -> bool:
    """Whether a figure's shown clause has no word but its scale and currency (SCALE_WORDS): "said the 6 billion
    euro", cut at its bracketed conversion (not "€2.7 billion" of "revenue will be €2.5 billion to €2.7 billion",
    whose clause tells what the sum is of)."""
    return set(normalise(claim.clause)) <= SCALE_WORDS


_MEASURES = frozenset(MEASURE_UNITS.values())
"""Units of length and weight: a measure of one value told in two clauses sharing two words is one measure."""
_SUM_FOR = re.compile(r"\s+(?!of\b|to\b|in\b|for\b|and\b|or\b)([a-z]+)")
"""The noun a sum is written before, as an adjective: "a €420mn rescue"."""


def _sum_for(claim: Claim) -> str:
    """The noun a sum of money stands before after "a" (past its conversion in brackets), normalised: "a 420 million
    euro ($455 million) rescue package" and "a €420mn rescue" are both a rescue's sum, one fact; "" otherwise."""
    figure = claim.figure
    if figure is None or not re.fullmatch(r"[A-Z]{3}", figure.unit):
        return ""
    restated = RESTATED.match(claim.quote, figure.end)
    rest = claim.quote[restated.end() if restated else figure.end:]
    noun = _SUM_FOR.match(rest) if attributive(claim.quote[:figure.start], rest) else None
    return next(iter(normalise(noun.group(1))), "") if noun else ""


def _apart(a: Claim, b: Claim) -> bool:
    """Whether two claims cannot be one fact however many words they share: two values, two sides, two places, a
    part and its whole, two moments, a statement and its denial, two hedges apart, two spans, two deeds done on one
    thing ("resumed the search for three skiers", "recovered the bodies of three skiers": event_tense)."""
    if not _same_value(a, b) or a.side and b.side and a.side != b.side or _excepted(a) != _excepted(b):
        return True
    if a.places and b.places and not a.places & b.places:
        return True  # "2,500 troops in Iraq" is not "2,500 troops in Germany"
    return (counts_a_part(a, b) or _moments_apart(a, b) or _denied(a, b) or _denied(b, a) or _hedged_apart(a, b)
            or spans_apart(a, b) or deeds_on_one_thing(a.clause, b.clause))


_EXCEPT_BEFORE = re.compile(r"\s(?:but|except|save)\s+(?:for\s+)?$", re.I)
""""but" or "except" before a figure, which after "all" (event_span.ALL_BUT) it is taken out of."""


def _excepted(claim: Claim) -> bool:
    """Whether the figure counts what the statement leaves out: "Power was restored to all but 2,000 homes" tells of
    2,000 homes still dark, not of "the last 2,000 homes" restored."""
    if claim.figure is None:
        return False
    before = claim.quote[:claim.figure.start]
    cut = _EXCEPT_BEFORE.search(before)
    return bool(cut) and bool(ALL_BUT.search(before, 0, cut.start()))


def _bridged(claims: Sequence[Claim], one: Sequence[int], other: Sequence[int], rules: MatchRules) -> bool:
    """Whether two groups a claim matches may be one: no source in both, and no representative of one set apart from
    one of the other (_apart: "Nearly 1,000 workers" and "More than 1,000 workers", both like "About 1,000")."""
    return _sources_apart(claims, one, other) and not any(
        _apart(claims[x], claims[y]) for x in one[: rules.representatives] for y in other[: rules.representatives])


_UNDER = frozenset({"nearly", "less than"})
_OVER = frozenset({"more than"})
_UP_TO = frozenset({"up to", "at most"})
_AT_LEAST = frozenset({"at least"})
"""Hedges putting the true value under or over the number written, or allowing the number itself (figures'
normal forms)."""


def _hedged_apart(a: Claim, b: Claim) -> bool:
    """One figure is hedged under its number and the other over the same number: "Nearly 1,000 workers lost their
    jobs" and "More than 1,000 workers lost their jobs" do not confirm each other ("at least 10" and "up to 10"
    may both be 10)."""
    if a.figure is None or b.figure is None:
        return False
    one, other = a.figure.qualifier, b.figure.qualifier
    return any(x in _UNDER and y in _OVER | _AT_LEAST or x in _OVER and y in _UNDER | _UP_TO
               for x, y in ((one, other), (other, one)))


_FORECAST = re.compile(r"\b(?:(?:had|has|have)\s+(?:estimated|forecast|projected|predicted|expected)"
                       r"|(?:had|has|have)\s+been\s+(?:expecting|forecasting|projecting|predicting)"
                       r"|(?:were|are|was|is)\s+(?:expecting|forecasting|projecting|predicting)"
                       r"|(?:estimated|forecast|projected|predicted)\s+(?:its|their|the|a|an)\b"
                       r"|forecasts?\s+(?:of|for)|guidance|preliminary\s+estimate)", re.I)
"""A figure given as a forecast or an early estimate ("Samsung had estimated its second-quarter operating profit at
10.4 trillion won", "Economists had been expecting about 150,000 new jobs"), not the result reported later, even of the same value ("reported an operating profit of 10.4
trillion won"). An estimate as a hedge ("an estimated 5,000 people") is no forecast."""
_INTRADAY = re.compile(r"\b(?:as\s+much\s+as|as\s+high\s+as|as\s+low\s+as|pre-?market|in\s+(?:early|morning|afternoon"
                       r"|midday|lunchtime)\s+(?:trade|trading|deals)|intraday|at\s+one\s+point|earlier\s+in\s+the\s+session"
                       r"|(?:at|by|around)\s+(?:midday|noon|lunchtime|lunch))\b", re.I)
_CLOSE = re.compile(r"\b(?:closed|closing|ended|finished|settled|(?:at|by)\s+the\s+close)\b", re.I)
"""A market move within the session ("rose as much as 3.6% in early trade", "was up 0.4% at midday") and at its
close ("closed up 3.6 percent", "By the close, the S&P/ASX 200 was up 0.9%"): two moments, two statements, whatever
the value."""
_OPENING_WHEN = re.compile(r"\s*((?:By|At|Around|Before|After)\s+[^,;]{1,30}),")
"""A sentence's opening phrase of time, which a figure's clause after its comma leaves out: "By the close, …"."""


def _moments_apart(a: Claim, b: Claim) -> bool:
    """Two figure claims of one value told at two moments: a forecast and the result (_FORECAST), a move within a
    trading session and at its close (_INTRADAY, _CLOSE)."""
    if a.figure is None or b.figure is None:
        return False
    (forecast_a, intraday_a, close_a), (forecast_b, intraday_b, close_b) = _moments(_timed(a)), _moments(_timed(b))
    return forecast_a != forecast_b or (intraday_a and not intraday_b and close_b) or (
        intraday_b and not intraday_a and close_a)


def snapshots(a: Claim, b: Claim) -> bool:
    """Two market moves each told within a session, before its close ("fell 3.4% in early trading", "down nearly 4%
    in premarket trading"), or one within it and one at the close ("up 0.4% at midday", "By the close, … up 0.9%"):
    each is the price at a moment the other's outlet did not see, so they do not disagree (conflicts); closing moves
    do."""
    if a.figure is None or b.figure is None:
        return False
    (_, intraday_a, close_a), (_, intraday_b, close_b) = _moments(_timed(a)), _moments(_timed(b))
    return intraday_a and intraday_b or intraday_a and close_b and not close_a or (
        intraday_b and close_a and not close_b)


def _timed(claim: Claim) -> str:
    """A figure's clause, with the opening phrase of time its sentence puts before it (_OPENING_WHEN)."""
    opening = _OPENING_WHEN.match(claim.quote)
    return f"{opening.group(1)} {claim.clause}" if opening and opening.group(1) not in claim.clause else claim.clause


@functools.lru_cache(maxsize=1 << 16)
def _moments(clause: str) -> tuple[bool, bool, bool]:
    """Whether ``clause`` tells a forecast, a move within a session, a close (asked for every pair compared)."""
    return bool(_FORECAST.search(clause)), bool(_INTRADAY.search(clause)), bool(_CLOSE.search(clause))


_NEGATION = re.compile(r"\b(?:not|never|no\s+longer)\b|n[’']t\b", re.I)
"""A statement denied: "BHP said it would not make a firm offer" is not "BHP has until May 22 to make a firm
offer", however many words they share."""
_DENIED_REACH = 3
"""How many content words after a negation, in its clause, it denies ("would not make a firm offer": make, firm,
offer)."""


def _denied(a: Claim, b: Claim) -> bool:
    """Whether plain claim ``a`` denies what ``b`` states: a negation in ``a`` (outside its quotations) before words
    of ``b``, and none in ``b``. A negation in an aside about something else ("when its second-stage engine did not
    ignite") leaves the two one fact."""
    if a.figure is not None or b.figure is not None:
        return False
    denied = _denied_words(a.quote)
    return bool(denied) and _denied_words(b.quote) is None and not denied.isdisjoint(b.words)


@functools.lru_cache(maxsize=1 << 16)
def _denied_words(quote: str) -> frozenset[str] | None:
    """The words a negation in ``quote`` (outside its quotations) denies (_DENIED_REACH after each), or None when it
    has no negation; asked for every pair compared, so found once per sentence."""
    text = re.sub(r"[“\"][^”\"]*[”\"]", "", quote)
    found = list(_NEGATION.finditer(text))
    if not found:
        return None
    return frozenset(word for match in found
                     for word in normalise(re.split(r"[,;:—–]", text[match.end():])[0])[:_DENIED_REACH])
