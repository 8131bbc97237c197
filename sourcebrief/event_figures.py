"""Keep apart, in one merged event, the sources that count the line's thing otherwise.

"Pilots at All Nippon Airways … walked off the job …, forcing Japan's largest carrier to cancel 412 domestic and
international flights" (Kyodo) and "Travelers scrambled to rebook flights … with the airline canceling 415 flights"
(Japan Times) tell one strike; merged under Kyodo's line, the event would cite Japan Times for 412 flights, a figure it
does not give. A source whose sentence counts a thing the line counts, with another number and never the line's, is
told as its own event, unless the line reads as well without the clause that gives the count: then the event is
told in those words, citing all.
"""

from __future__ import annotations

import functools
import re

from sourcebrief.event_fragment import _PREPOSITIONS
from sourcebrief.event_sentence import FINITE
from sourcebrief.event_words import STOPWORDS

_FIGURE = re.compile(r"(?<![\w.,:/-])(\d[\d,]*(?:\.\d+)?)(%?)(?![\w.,:/-]\d|\w|-)((?:\s+[A-Za-z][\w'’-]*){1,4})")
"""A number and the (up to four) words after it: "412 domestic and international flights", "60% of high-speed
trains" (a percent sign counts as the word "percent")."""
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
"""A number that is likely a year ("since 2023"): no count."""
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")
"""A month right before a number: the number is its day."""
_STOP = re.compile(r"[,;:.()]")
_GENERIC = frozenset("people person persons other others percent time times year day month hour week minute "
                     "more than".split())
"""Words that count anything ("19 people had died", "carrying 154 people"): no thing of their own to tell two counts
of one thing."""
_HEAD_WORDS = 5
"""Fewest words of a line cut before a disputed count: fewer tell no deed ("A fire broke out")."""
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _counted(words: str) -> frozenset[str]:
    """The content words of what a number counts, roughly singular: "domestic and international flights" gives
    {"domestic", "international", "flight"}."""
    found = set()
    for word in words.split():
        word = word.lower().strip("'’")
        if word in STOPWORDS or len(word) < 3:
            continue
        found.add(word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
    return frozenset(found - _GENERIC)


@functools.lru_cache(maxsize=1 << 15)
def figures(text: str) -> tuple[tuple[str, frozenset[str], int], ...]:
    """Each count ``text`` gives, as (number, the words of what it counts, where it stands); remembered (pure: a
    group's line is compared with each of its sources' sentences, and shared copy repeats them)."""
    found = []
    for match in _FIGURE.finditer(text):
        number = match.group(1).replace(",", "")
        if _YEAR.match(number) or _MONTH_BEFORE.search(text, 0, match.start()):
            continue  # "since 2023", "on September 12 and began the strike": a date, no count
        words = _STOP.split(match.group(3), maxsplit=1)[0]
        counted = _counted(words)
        if counted:
            found.append((number, counted, match.start()))
    return tuple(found)


@functools.lru_cache(maxsize=1 << 15)
def _numbers(text: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """Every number ``text`` writes, without its thousands commas; its whole numbers without leading zeros; its
    decimals (remembered: a sentence is asked of many lines)."""
    given = frozenset(n.replace(",", "") for n in _NUMBER.findall(text))
    return given, frozenset(n.lstrip("0") for n in given if "." not in n), tuple(n for n in given if "." in n)


@functools.lru_cache(maxsize=1 << 15)
def _things(text: str) -> frozenset[str]:
    """Every word of what ``text``'s counts count (``figures``), remembered: a big group told apart asks it of each of
    its quotes against each new line."""
    return frozenset().union(*(things for _, things, _ in figures(text)))


def _gives(number: str, numbers: tuple[frozenset[str], frozenset[str], tuple[str, ...]]) -> bool:
    """Whether ``number`` is one of ``numbers`` (``_numbers``), or one of them rounded (``_same_number``): a whole
    number is looked up, only decimals are rounded."""
    given, wholes, decimals = numbers
    if number in given:
        return True
    if "." in number:
        return any(_same_number(number, n) for n in given)
    return number.lstrip("0") in wholes or any(_same_number(number, n) for n in decimals)


def _same_number(one: str, other: str) -> bool:
    """Whether two numbers are one, or one is the other rounded: "10.44" and "10.4"."""
    if one == other:
        return True
    if "." not in one and "." not in other:
        return one.lstrip("0") == other.lstrip("0")  # whole numbers: no rounding to ask about
    places = min(len(n.partition(".")[2]) for n in (one, other))
    return round(float(one), places) == round(float(other), places)


@functools.lru_cache(maxsize=1 << 16)
def disputed(line: str, quote: str) -> int | None:
    """Where ``line`` first gives a count that ``quote`` gives otherwise: a count of the same thing by a number the
    line does not give, the line's own nowhere in the quote ("won 39 of the 100 seats" gives the line's 39 seats);
    None when the quote disputes none. Remembered (pure): a group told apart asks it again of the same pairs."""
    told = figures(line)
    if not told or _things(line).isdisjoint(_things(quote)):
        return None  # no count of the quote counts a thing the line counts (asked first, remembered per text)
    other = figures(quote)
    given = _numbers(quote)
    for number, things, where in told:
        if _gives(number, given):
            continue
        if any(t & things and not any(_same_number(n, m) for m, _, _ in told) for n, t, _ in other):
            return where  # a count of the line's thing that the line does not give ("670 billion won" is not
            # contradicted by "10.4 trillion won", the line's "10.44 trillion won" rounded)
    return None


def undisputed(line: str, quotes: list[str]) -> str | None:
    """``line`` cut before the trailing clause that gives a count some of ``quotes`` dispute ("Pilots … walked off the
    job in their first strike in 28 years[, forcing the carrier to cancel 412 … flights]"), when what is left is a
    sentence of its own that none disputes; None otherwise."""
    quotes = list(dict.fromkeys(quotes))  # wire copy gives many sources one quote: each is asked once, same answer
    first = min((w for w in (disputed(line, q) for q in quotes) if w is not None), default=None)
    if first is None:
        return line
    comma = line.rfind(", ", 0, first)
    head = line[:comma].rstrip() if comma > 0 else ""
    if (len(head.split()) < _HEAD_WORDS or head.count("(") != head.count(")") or not FINITE.search(head)
            or head.split()[0].lower() in _PREPOSITIONS):
        return None  # "In the second round of voting[, Salem al-Issawi won 158 votes …]" is no sentence
    return head if all(disputed(head, q) is None for q in quotes) else None
