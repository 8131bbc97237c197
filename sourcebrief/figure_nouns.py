"""The noun a number counts: read after it ("85 targets", "2,000 Iraqis", "65 of its 737 MAX 9 jets") or, for a bare
number, before it ("The death toll has risen to 158", "a crowd of 71,000", "cut daily transits to 25")."""

from __future__ import annotations

import re
from types import MappingProxyType

_TOKEN = re.compile(r"\s*([A-Za-z][A-Za-z’'.-]*[A-Za-z.]|[A-Za-z]|\d[\d,.]*(?:-\d+)?|\S)")

TOLL_BEFORE = re.compile(r"\b(?:toll|number of (?:people )?(?:killed|dead|deaths|victims))\b[^.;!?]{0,120}?\b(?:to|at|of|reached|hit|passed|topped|exceeded|surpassed)\s+$",
                         re.IGNORECASE)
"""A bare number that a death toll reaches: "The death toll ... has risen to 158", "The number of people killed
... had risen to 205"."""

_CROWD_BEFORE = re.compile(r"\b(?:crowd|attendance|audience|gate)\s+(?:of|was|were|stood\s+at|is|:)\s+"
                           r"(?:(?:about|around|some|nearly|almost|more\s+than|over|just\s+over|roughly)\s+)?$|"
                           r"\b(?:attendance|crowd)\s*:\s*$", re.I)
"""A bare number that counts a crowd: "A crowd of 71,000", "Attendance: 65,600"."""

_NOUN_BEFORE = re.compile(
    r"\b(?:(?:cut|cuts|cutting|reduced?|reduces|reducing|lowered|lowers?|lowering|raised?|raises|raising|increased?"
    r"|increases|increasing|limited|limits?|limiting|capped|caps?|capping|slashed|slash|slashes|slashing|trimmed"
    r"|trims?|trimming|boosted|boosts?|boosting)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:daily|weekly|monthly|annual|yearly|total|permitted|allowed)\s+)?(?P<cut>[a-z]+)\s+(?:from\s+\d[\d,.]*\s+)?to"
    r"|(?:number|queue|line|total|tally|count)\s+of\s+(?P<counted>[a-z]+)\b[^.;!?\d]{0,80}?\b(?:stood\s+at|reached"
    r"|hit|rose\s+to|risen\s+to|fell\s+to|dropped\s+to|climbed\s+to|grew\s+to|was|were|is|at)"
    r"|\b(?P<grown>[a-z]+s)\s+(?:increased|rose|grew|climbed|jumped|fell|dropped|declined|decreased)(?:\s+by)?)\s+$")
"""A bare number whose counted noun came before it: "cut daily transits to 25", "the queue of vessels waiting
to cross stood at 116", "Nonfarm payrolls increased by 254,000" (the subject grown is what is counted)."""


_STOP = frozenset(
    "and or in of from to at on with for by that which who whom whose as than since during across "
    "per the a an this these those its their his her were was is are be been being have has "
    "had will would could should may might can do does did not no after before over under "
    "into onto out up down off about around near between among against amid while when where "
    "who's it they he she we you i there here if but so because".split())
_VERBS = frozenset(
    "says remains seems appears includes means has was is does goes makes takes gives "
    "continues stands lies".split())
_IRREGULAR = MappingProxyType({
    "people": "people", "persons": "people", "person": "people", "personnel": "personnel",
    "men": "man", "women": "woman", "children": "child", "police": "police",
    "staff": "staff", "cattle": "cattle", "sheep": "sheep", "fish": "fish", "deer": "deer",
    "aircraft": "aircraft", "lives": "life", "feet": "foot", "teeth": "tooth",
    "crew": "crew", "media": "media", "data": "data", "criteria": "criterion", "dead": "dead",
    "salmon": "salmon", "trout": "trout", "cod": "cod", "bison": "bison", "moose": "moose", "swine": "swine",
    "livestock": "livestock", "poultry": "poultry",  # (their plural is their singular: "27,000 salmon")
    "bpd": "barrel",  # barrels per day, as oil news writes it: "185,000 bpd" is "185,000 barrels per day"
})
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "'s", "’s", "ous", "logistics", "electronics", "politics", "economics")
# (the last: fields, not plurals: "three logistics firms", "two electronics makers"; "paramedics" count)

LOOKBACK = 60
"""How far around a number the checks look, in characters (keeps long texts linear)."""
_COUNT_BEFORE = re.compile(r"\b[a-z][a-z]+\s+$")
_DETERMINED = re.compile(r"\b(?:the|a|an|its|their|his|her|our|these|those|this|that)\s+(?:[\w’'-]+\s+)?$", re.I)


def counts_models(text: str, start: int) -> bool:
    """A number after a lower-case word other than a determiner counts what follows even through a model name
    ("grounded 171 Boeing 737 MAX 9 aircraft", "operates 79 MAX 9 jets"); after "the" or "its", or one word
    after them, it may be the model's own number ("the 737 Max 9 aircraft", "its best-selling 737 Max 9 jets")."""
    before = text[max(0, start - LOOKBACK):start]
    return bool(_COUNT_BEFORE.search(before)) and not _DETERMINED.search(before)


def counted_noun(text: str, pos: int, value: float | int, models: bool = False) -> tuple[int, str]:
    """(end offset, singular unit) of the noun counted by the number ending at ``pos``. ``models``: a number
    after a capitalised word is part of a model name ("65 of its 737 MAX 9 jets"); right after a count it
    cannot be told from a count ("the 737 Max 9 aircraft": not 737 aircraft), so only after "of its"."""
    singular: tuple[int, str] | None = None
    modifiers = 0
    capital = False
    for m in _TOKEN.finditer(text, pos):
        raw = m.group(1)
        word = raw.rstrip(".") if raw.count(".") == 1 else raw
        lower = word.lower()
        if word[:1].isdigit() and capital and models:
            modifiers += 1
            continue
        if models and len(word) == 1 and word.isupper() and text[m.end(1):m.end(1) + 1].isdigit():
            capital = True  # "A350-1000": a model's letter, glued to its number
            continue
        if not word[:1].isalpha():
            break
        capital = word[0].isupper()
        if lower in ("and", "or") and modifiers:
            modifiers += 1
            continue
        if lower in _STOP or lower in _VERBS or modifiers > 4:
            break
        end = m.start(1) + len(word)
        if lower in _IRREGULAR:
            return end, _IRREGULAR[lower]
        if not modifiers and _nationals(word, text[end:end + 2]):
            return end, word[:-1]  # "81,576 Syrians" counts Syrians: "Syrian", the demonym, says whom
        if word[0].islower() and _looks_plural(lower):
            unit = _singular(lower)
            if lower in ("members", "member") and _previous_word(text, m.start(1)) == "service":
                unit = "service member"
            return end, unit
        if value == 1 and word[0].islower() and "-" not in word:
            singular = (end, lower)
        modifiers += 1
    return singular if singular else (pos, "")


def _nationals(word: str, after: str) -> bool:
    """A plural demonym counted, not a name going on: "81,576 Syrians have returned", "2,000 Iraqis" (not "2,000
    Iraqis Street")."""
    from .entity_gazetteer import gazetteer

    return (word.endswith("s") and word[:-1] in gazetteer().demonyms and gazetteer().demonyms[word[:-1]] != ""
            and not after.strip()[:1].isupper())


def unit_before(text: str, pos: int) -> str:
    """The unit named before a bare number at ``pos``: "death" after a toll (TOLL_BEFORE), else the plural noun
    _NOUN_BEFORE finds, else ""."""
    if TOLL_BEFORE.search(text, max(0, pos - 150), pos):
        return "death"
    if _CROWD_BEFORE.search(text, max(0, pos - 40), pos):
        return "spectator"
    found = _NOUN_BEFORE.search(text, max(0, pos - 150), pos)
    noun = found and (found["cut"] or found["counted"] or found["grown"])
    return _IRREGULAR.get(noun) or _singular(noun) if noun and (noun in _IRREGULAR or _looks_plural(noun)) else ""


def _previous_word(text: str, pos: int) -> str:
    """The word ending just before ``pos``, lowercased."""
    found = re.search(r"([A-Za-z]+)\s*$", text[max(0, pos - LOOKBACK): pos])
    return found.group(1).lower() if found else ""


def _looks_plural(word: str) -> bool:
    """True for a lowercase word that reads as a plural noun."""
    if word.endswith(("men",)) and len(word) > 4:
        return True
    return (len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL_ENDINGS)
            and "." not in word)


def _singular(word: str) -> str:
    """Crude English singular: "casualties" -> "casualty", "militiamen" -> "militiaman"."""
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word
