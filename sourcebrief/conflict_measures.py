"""Pair two figures that count one thing in few shared words: "donors pledged $4.7bn" and "pledges totalling $5.1bn
were made" (conflicts.conflicting_groups asks here when their clauses share too few words to pair them)."""

from __future__ import annotations

import functools
import re

from .claims import Claim, normalise
from .entity_lexicon import COMMON_CAPS, GROUP_NOUNS, ROLE_NOUNS, SPEECH_VERBS
from .figures import Figure, find_figures
from .number_words import VALUES

CLOSE = 1.5
"""Two values of one quantity misreported are near each other; further apart they are more likely two quantities
(a part and its whole: "Germany pledged $1.2bn" of "$4.7bn")."""
_NEAR = 2
"""How many content words either side of a figure say what it counts ("donors pledged $4.7bn")."""
_BREAK = re.compile(r"(?:(?<!\d)[,:]|[,:](?!\d))|[;()\[\]—–]|\s(?:and|but|while|which|who|whereas)\s")
_WEAK = frozenset("""worth valu value cost total totall amount reach stand sum fell fall rose rise risen increas
    decreas cut rais gain lost lose jump drop climb slump grow grew add brought bring more less over under up down
    record estimat figure number sale deal bn mn million billion trillion thousand make made take took give gave
    get got last next year month week day time new first quarter half end start country""".split())
"""Words near a figure that say how it moved or that it is an amount, not what it counts: "worth $4.7bn" and "worth
$5.1bn" may be a deal and a bank's assets ("the country" names a place by reference, whichever one)."""
_RESTATED = re.compile(r"\s*\(\s*(?:about\s+|around\s+|~)?[$€£¥\d][^()]{0,30}\)")
"""A figure restated in other units, in brackets, right after it: " (2,034ft)" (as claims reads it)."""
_SAYS = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r"|estimates?|estimated|reports?|reported|puts?|"
                   r"according)\b")
_NAME = re.compile(r"(?<![\w’'])[A-Z][\w’'-]*")
_PERCENT = frozenset({"%"})


def loosely_same(a: Claim, b: Claim) -> bool:
    """True when two figures plainly count one thing though their clauses share few words: values near each other
    (CLOSE), one lower-case word counting it next to both ("pledg"), and the same names (or none) before both
    figures, the holder of the quantity, or a holder the other sentence names too ("Germany pledged" is not "Donors
    pledged"); names after them may differ on one side only (one outlet says where, or for what)."""
    if a.figure is None or b.figure is None or a.key is None or a.key[1] in _PERCENT:
        return False
    low, high = sorted(abs(c.figure.value) for c in (a, b))
    if low == 0 or high > CLOSE * low:
        return False
    if not near_words(a) & near_words(b) and not (_specific(a) and low >= 100 and high <= NEARLY_SAME * low):
        return False
    if any(held and not held & _names(other.quote, -1) for held, other in ((_holders(a, b), b), (_holders(b, a), a))):
        return False  # a holder the other sentence does not name: "Germany pledged" is not "Donors pledged"
    after_a, after_b = _names(*_after(a)), _names(*_after(b))
    return not (after_a - _names(b.quote, 0) and after_b - _names(a.quote, 0))


NEARLY_SAME = 1.02
"""Two counts of one specific thing this near each other ("47,520 bottles", "47,250 bottles") are one count written
two ways, whatever words are around them."""
GENERIC_UNITS = frozenset("people person other time year day week month hour minute share".split())
"""Units that too many different counts share to pair two figures by their values alone."""


def near_in_value(a: Claim, b: Claim, by_value: bool) -> bool:
    """Whether two figures' values are near enough for loosely_same to pair them (a cheap test before it):
    within CLOSE, or within NEARLY_SAME when they are paired by value alone (``by_value``)."""
    if a.figure is None or b.figure is None:
        return False
    low, high = sorted(abs(c.figure.value) for c in (a, b))
    return 0 < low and high <= (NEARLY_SAME if by_value else CLOSE) * low and (not by_value or low >= 100)


def index_words(claim: Claim) -> set[str]:
    """The words a figure is looked up by to find its loose pairs: its near words, and "*" when its unit is specific
    enough to pair by value alone (_specific)."""
    return near_words(claim) | ({"*"} if _specific(claim) else set())


def _specific(claim: Claim) -> bool:
    """A figure counting a specific thing (bottles, flights, batches), not people, time or money."""
    unit = claim.key[1] if claim.key else ""
    return (bool(unit) and unit not in GENERIC_UNITS and unit not in _PERCENT and not re.fullmatch(r"[A-Z]{3}", unit)
            and not unit[:1].isupper())  # "81,576 Syrians": people, counted by nationality


def _before(claim, quote: str | None = None) -> tuple[str, int]:
    """The clause's words before the figure, and where they start in the sentence (of a Claim, or of a _Span in
    ``quote``)."""
    figure, quote = (claim, quote) if quote is not None else (claim.figure, claim.quote)
    head = quote[:figure.start]
    breaks = list(_BREAK.finditer(head))
    start = breaks[-1].end() if breaks else 0
    return head[start:], start


def _after(claim, quote: str | None = None) -> tuple[str, int]:
    """The clause's words after the figure, and where they start in the sentence (as _before)."""
    figure, quote = (claim, quote) if quote is not None else (claim.figure, claim.quote)
    restated = _RESTATED.match(quote, figure.end) if not quote[figure.start:figure.end][:1] in "$€£¥" else None
    # "620m (2,034ft) underground": what it counts is after
    start = restated.end() if restated else figure.end
    tail = quote[start:]
    cut = _BREAK.search(tail)
    return (tail[:cut.start()] if cut else tail), start


def near_words(claim: Claim) -> frozenset[str]:
    """The content words next to a figure that may say what it counts, one form for a word's inflections ("pledges",
    "pledged"); names, groups of people and weak words left out."""
    return _near_words_at(claim.quote, claim.figure.start, claim.figure.end) if claim.figure else frozenset()


@functools.lru_cache(maxsize=1 << 16)
def _near_words_at(quote: str, start: int, end: int) -> frozenset[str]:
    """near_words of the figure at [start, end) of ``quote`` (a memo: a figure meets many others)."""
    figure = _Span(start, end)
    before, after = _common(*_before(figure, quote)), _common(*_after(figure, quote))
    words = normalise(before)[-_NEAR:] + normalise(after)[:_NEAR]
    return frozenset({_base(w) for w in words if not any(c.isdigit() for c in w) and w not in _PEOPLE} - _WEAK)


class _Span:
    """Where a figure is in its sentence (what _before and _after read of it)."""

    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


_PEOPLE = GROUP_NOUNS | ROLE_NOUNS | frozenset(w.rstrip("s") for w in GROUP_NOUNS) | {"police"}


def _common(text: str, offset: int) -> str:
    """``text`` (at ``offset`` in its sentence) without its names: a capitalised word is a name unless it opens the
    sentence ("Pledges totalling $5.1bn")."""
    return _NAME.sub(lambda m: m.group() if offset + m.start() == 0 else " ", text)


@functools.lru_cache(maxsize=1 << 16)
def _names(text: str, offset: int = 1) -> frozenset[str]:
    """The names of ``text`` (at ``offset`` in its sentence): capitalised words but the sentence's opener and the
    common capitals ("The", "On", "Friday's")."""
    return frozenset(name for m in _NAME.finditer(text)
                     if offset + m.start() != 0 and (name := re.sub(r"[’']s$", "", m.group())) not in COMMON_CAPS)


_COMMON_OPENERS = frozenset("""donors donor pledges contributions aid losses damages deposits fines sales profits
    revenues payments funds shares jobs casualties deaths""".split())
"""Nouns that open a sentence about a figure, capitalised only there ("Donors pledged $4.7bn"; other plural openers
are the groups of people of entity_lexicon.GROUP_NOUNS)."""


def two_holders(a: Claim, b: Claim) -> bool:
    """Both figures are held by names before them or named as their owner after them (_owner_after), none of which
    the other sentence writes: "Germany pledged $1.2bn" and "Britain pledged $1.1bn" are two countries' amounts,
    "the Galaxy Leader's 25 crew" and "the 23 crew of the True Confidence" two ships' crews, not one misreported."""
    holders_a, holders_b = _holders(a, b) | _owner_after(a), _holders(b, a) | _owner_after(b)
    return bool(holders_a and holders_b and not _named_alike(holders_a, _names(b.quote, -1))
                and not _named_alike(holders_b, _names(a.quote, -1)))


_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*)")
"""A name owning what a figure counts, right after it: "the 23 crew of the True Confidence"."""


def _owner_after(claim: Claim) -> frozenset[str]:
    """The names of the owner written right after a figure and its noun ("23 crew of the True Confidence" -> True,
    Confidence), but the common capitals."""
    found = _OWNER_AFTER.match(claim.quote, claim.figure.end)
    return _names(found.group(1), -1) if found else frozenset()


def _named_alike(holders: frozenset[str], names: frozenset[str]) -> bool:
    """Some holder is among ``names``, as written or as claims.normalise reads it: "the US Treasury" and
    "Washington" are one government, "Iraq" and "Iraqi" one country."""
    return bool(holders & names or _name_words(holders) & _name_words(names))


def _name_words(names: frozenset[str]) -> frozenset[str]:
    """The normalised words of some names ("Washington" -> us)."""
    return frozenset(w for name in names for w in normalise(name))


def _holders(claim: Claim, other: Claim) -> frozenset[str]:
    """The names before a figure, the sentence's opener among them unless it is a common noun: one of
    _COMMON_OPENERS or GROUP_NOUNS, or the word counting the other figure ("Pledges totalling $5.1bn" beside "donors
    pledged"). "Germany pledged $1.2bn" and "Britain pledged $1.1bn" are two holders' amounts."""
    names, opener = _holder_names(claim.quote, claim.figure.start)
    if opener and not {_base(w) for w in normalise(opener.lower())} & near_words(other):
        names |= {opener}
    return names


_DATELINE = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+[-–—]\s")
"""A dateline left at a sentence's start, its place no holder: "Rabat - The death toll … has risen to 2,497"."""


@functools.lru_cache(maxsize=1 << 16)
def _holder_names(quote: str, start: int) -> tuple[frozenset[str], str]:
    """The names before the figure at ``start`` of ``quote``, and the sentence's opener when it is in the figure's
    clause and may be a name (not a common noun of _COMMON_OPENERS or GROUP_NOUNS); none after a saying."""
    text, begin = _before(_Span(start, start), quote)
    if _SAYS.search(text):
        return frozenset(), ""  # "Gaza's health ministry said 45 were killed": a speaker, whose count may be disputed
    opening = _NAME.match(quote) if begin == 0 and not _DATELINE.match(quote) else None
    word = opening.group() if opening and opening.end() <= len(text) else ""
    if (word in COMMON_CAPS or word.lower() in _COMMON_OPENERS or word.lower() in GROUP_NOUNS
            or word.lower().split("-")[0] in VALUES):  # "Four thieves stole …": a count, not a holder's name
        word = ""
    return _names(text, begin), word


def _base(word: str) -> str:
    """One form for "pledge" and "pledg" (claims.stem strips "-ed" but keeps "-e" of "-es")."""
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


_MEASURES = (
    ("net", re.compile(r"\bnet\s+(?:profits?|income|earnings|loss(?:es)?)\b", re.I)),
    ("operating", re.compile(r"\boperating\s+(?:profits?|income|earnings|loss(?:es)?)\b", re.I)),
    ("pretax", re.compile(r"\bpre-?tax\s+(?:profits?|income|earnings|loss(?:es)?)\b|\bprofits?\s+before\s+tax", re.I)),
    ("gross", re.compile(r"\bgross\s+(?:profits?|margins?)\b", re.I)),
    ("revenue", re.compile(r"\b(?:revenues?|sales|turnover)\b", re.I)),
    ("ebitda", re.compile(r"\bebitda\b", re.I)),
    ("inflation", re.compile(r"\binflation\b|\bconsumer\s+prices\b|\bCPI\b", re.I)),
    ("growth", re.compile(r"\b(?:GDP|gross\s+domestic\s+product|economic\s+growth|(?:economy|economies)\s+(?:would\s+|will\s+"
                          r"|to\s+)?(?:grow|grew|grown|expand|expanded|shrink|shrank|contract|contracted))\b", re.I)),
    ("rate", re.compile(r"\b(?:interest|base|bank|policy|benchmark|deposit|lending|key)\s+rates?\b", re.I)),
    ("unemployment", re.compile(r"\bunemployment\b|\bjobless\s+rate\b", re.I)),
)
"""The measures of a company's results, each another quantity: net profit, operating profit, revenue…; and of an
economy's: inflation, growth, an interest rate, unemployment ("the economy would grow by 1%" is no misreport of
"inflation rising to 2.5%")."""


_MEASURE_REACH = 80
"""How far from a figure, in characters, a result measure's words may say what it is."""


def _measures(text: str) -> frozenset[str]:
    """The result measures (_MEASURES) ``text`` names."""
    return frozenset(kind for kind, pattern in _MEASURES if pattern.search(text))


def _measure_at(claim: Claim) -> frozenset[str]:
    """The result measure named nearest a figure, with no other number between them ("logged 6.45 trillion won in
    operating profit on sales of 28.56 trillion won": operating, revenue); else its sentence's when that names one
    only ("Net profit was 9.84 trillion won, up 470%": net); else none."""
    return _measure_in(claim.quote, claim.figure.start, claim.figure.end)


@functools.lru_cache(maxsize=1 << 16)
def _measure_in(quote: str, start: int, end: int) -> frozenset[str]:
    """_measure_at of the figure at ``[start, end)`` of ``quote``: asked for every pair of claims compared, so
    found once per figure."""
    nearest: tuple[int, str] | None = None
    for kind, pattern in _MEASURES:
        for found in pattern.finditer(quote):
            between = quote[found.end():start] if found.end() <= start else quote[end:found.start()]
            distance = len(between)
            if found.start() < end and found.end() > start or distance > _MEASURE_REACH or re.search(r"\d", between):
                continue
            if nearest is None or distance < nearest[0]:
                nearest = (distance, kind)
    if nearest:
        return frozenset({nearest[1]})
    named = _measures(quote)
    return named if len(named) == 1 else frozenset()


def measures_apart(a: Claim, b: Claim) -> bool:
    """The two figures are of two measures of a company's results (_measure_at): "Net profit was 9.84 trillion won,
    up 470%" and "an operating profit of 10.4 trillion won …, up 1,462 percent"."""
    kinds = _measure_at(a), _measure_at(b)
    return bool(kinds[0] and kinds[1] and kinds[0].isdisjoint(kinds[1]))


_DIVISION = re.compile(r"\b(?:division|divisions|unit|segment|subsidiary|arm)\b", re.I)
"""A part of a company, whose results are not the company's: "The mobile experience and network division posted
2.23 trillion won in operating profit"."""


def division_apart(a: Claim, b: Claim) -> bool:
    """Two sums of money or shares, one told of a company's division and the other not: a part and the whole
    ("the mobile … division posted 2.23 trillion won in operating profit, down from 3.04 trillion won a year
    earlier" is not Samsung's "operating profit … from 670 billion won a year earlier")."""
    if a.figure is None or b.figure is None or not all(_money_or_share(c.figure.unit) for c in (a, b)):
        return False
    return bool(_DIVISION.search(a.quote)) != bool(_DIVISION.search(b.quote))


def _money_or_share(unit: str) -> bool:
    """A currency code or a percentage: the units of a company's results."""
    return unit == "%" or bool(re.fullmatch(r"[A-Z]{3}", unit))


def told_beside(a: Claim, b: Claim) -> bool:
    """One figure's sentence gives the other's value too, in the same unit, for something else: "Qatar receive $5m
    in prize money, while Jordan take home $3m" tells Jordan's "$3 million" ("The team will receive $3 million"), so
    the two sentences do not disagree; they count two things."""
    return _value_beside(a, b) or _value_beside(b, a)


def _value_beside(claim: Claim, other: Claim) -> bool:
    """``claim``'s sentence holds another figure of ``other``'s value and unit."""
    if claim.figure is None or other.figure is None:
        return False
    return any(f.value == other.figure.value and f.unit == other.figure.unit and f.start != claim.figure.start
               for f in _figures_of(claim.quote))


@functools.lru_cache(maxsize=1 << 14)
def _figures_of(sentence: str) -> tuple[Figure, ...]:
    """figures.find_figures of a sentence, remembered: a group's lead sentence meets many others."""
    return tuple(find_figures(sentence))


_AS_OF = re.compile(r"\b(?:by|as\s+of|as\s+at|until)\s+(?:(?:late|early)\s+)?(?P<when>(?:(?:mon|tues|wednes|thurs|fri"
                    r"|satur|sun)day|yesterday|today|tonight)(?![’']s)(?:\s+(?:morning|afternoon|evening|night))?"
                    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
                    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)", re.I)
"""The moment a running count stands at: "recovered by Sunday", "as of Monday", "by Friday evening", "as of May 27"
(not "killed by Sunday's quake")."""


def moments_apart(a: Claim, b: Claim) -> bool:
    """Two counts each said to stand at a moment, and at different ones: "four bodies had been recovered by Friday
    evening" and "Only five bodies had been recovered by Sunday" are one count at two times, not a disagreement."""
    moments = [{" ".join(m["when"].lower().split()) for m in _AS_OF.finditer(c.quote)} for c in (a, b)]
    return all(moments) and not moments[0] & moments[1]


_PER_SHARE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:a|per|for\s+each)\s+share\b", re.I)
_PER_SHARE_MEASURE = re.compile(r"\b(?:dividends?|earnings|profits?|loss(?:es)?|EPS|book\s+value)\b[^.;]{0,40}$", re.I)
"""A price per share ("$83.50 a share", "$85 per share in cash"), not a dividend or earnings per share."""


def per_share_price(claim: Claim) -> bool:
    """Whether a figure is a sum of money paid or asked per share."""
    figure = claim.figure
    if figure is None or not re.fullmatch(r"[A-Z]{3}", figure.unit) or not _PER_SHARE.match(claim.quote, figure.end):
        return False
    return not _PER_SHARE_MEASURE.search(claim.quote, max(0, figure.start - 60), figure.start)


def one_share_price(a: Claim, b: Claim) -> bool:
    """Two prices per share in one currency near in value (CLOSE): a deal's offer price, whatever the clauses'
    words ("The deal values Kellanova at $36 billion, or $83.50 per share" and "Mars will pay $85 per share in
    cash")."""
    if not per_share_price(a) or not per_share_price(b) or a.figure.unit != b.figure.unit:
        return False
    low, high = sorted(abs(c.figure.value) for c in (a, b))
    return 0 < low and high <= CLOSE * low


_HEADCOUNT = re.compile(r"\b(?:employs?|employing|employed|ha[sd]|have|with|workforce\s+of|staff\s+of|affected)\s+"
                        r"(?:(?:a|an|the|its|some|about|around|roughly|nearly|almost|more\s+than|over)\s+)*$"
                        r"|^\s+(?:have|had|has)\s+been\s+affected\b|^\s+(?:work|worked|working)\s+(?:for|at)\b", re.I)
"""How a whole workforce is told beside its count: "employs about 300 people", "The council has about 1,100
employees", "About 1,200 staff have been affected", "1,200 people work for the council"."""


def workforce(claim: Claim) -> bool:
    """A count of an employer's whole staff (_HEADCOUNT): "staff" and "employees", told of one employer in a story,
    are one quantity whatever else their clauses say."""
    figure = claim.figure
    if figure is None or claim.key is None or claim.key[1] != "employee":
        return False
    return bool(_HEADCOUNT.search(claim.quote[max(0, figure.start - 40):figure.start])
                or _HEADCOUNT.match(claim.quote[figure.end:figure.end + 40]))


def one_workforce(a: Claim, b: Claim) -> bool:
    """Two whole staffs near in value (CLOSE): "About 1,200 staff have been affected" and "The council has about
    1,100 employees" (two employers named before them are told apart by two_holders)."""
    if not workforce(a) or not workforce(b):
        return False
    low, high = sorted(abs(c.figure.value) for c in (a, b))
    return 0 < low and high <= CLOSE * low


_BEARING = re.compile(r"\s*(?:km|kilometres?|kilometers?|nautical\s+miles?|miles?|mi|metres?|meters?|m)?\s+"
                      r"(?P<dir>(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of\b", re.I)
"""A distance's bearing from a place, right after the figure: "about 100km [north of] Port Hedland"."""


def bearings_apart(a: Claim, b: Claim) -> bool:
    """Two distances from a place on two bearings are two positions, not one distance told two ways: "crossed the
    coast about 60 kilometres east of Port Hedland" and "was about 100km north of Port Hedland" (where a cyclone was
    hours before)."""
    bearings = []
    for claim in (a, b):
        at = claim.quote.find(claim.figure.text) if claim.figure is not None else -1
        found = _BEARING.match(claim.quote, at + len(claim.figure.text)) if at >= 0 else None
        if found is None:
            return False
        bearings.append(found["dir"].lower().replace("-", ""))
    return bearings[0] != bearings[1]
