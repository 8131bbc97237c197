"""An organisation's acronym, told from a model number, a dateline's place in capitals or a lower-case term's initials."""

from __future__ import annotations

import re

from .entity_context import CURRENCY_AFTER
from .entity_lexicon import MONTHS, NOT_ACRONYMS, WEEKDAYS, fold
from .entity_words import Token
from .entity_mention import Mention
from .entity_lookup import lookup, make_mention


MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{2,}[A-Za-z]*")
"""A product's code of capitals then digits, what follows its maker's name: "PW1100G", "A321neo", "CFM56" (not "F1")."""
_REGISTRATION = re.compile(r"[A-Z0-9]{1,2}-[A-Z0-9]{3,5}")
"""The shape of an aircraft's registration: a country's prefix, a hyphen, its letters ("LY-GCB", "G-EUPT", "VH-OQA")."""
_REGISTRATION_BEFORE = re.compile(r"\b(?:registration|registered(?:\s+as)?|tail\s+number)[\s,:]*$", re.IGNORECASE)
"""The words that introduce a registration: "the aircraft, registration LY-GCB", "registered as G-EUPT"."""


def registration(text: str, m: Mention) -> bool:
    """The mention is an aircraft's registration (no body's name): its shape after the words that introduce one."""
    return bool(_REGISTRATION.fullmatch(m.text) and _REGISTRATION_BEFORE.search(text, max(0, m.start - 24), m.start))


_MODEL_NUMBER_AFTER = re.compile(r"[ -]?\d")
_MODEL_NUMBER_BEFORE = re.compile(r"\b(?!(?:19|20)\d\d\b)\d{2,}[ -]$")


def model_name(text: str, start: int, end: int) -> bool:
    """A word joined to a number names a model, not a body or a person: "737 MAX 9", "the Max 9", "787
    Dreamliners" (a year before it does not count: "in 2023 Boeing")."""
    return bool(_MODEL_NUMBER_AFTER.match(text, end) or _MODEL_NUMBER_BEFORE.search(text, max(0, start - 8), start))


def acronym_mention(text: str, tok: Token) -> Mention | None:
    """An organisation's acronym; not a model name ("737 MAX 9"), a currency's ("CFA francs") nor a term spelled out in lower case before it
    ("an emergency airworthiness directive (EAD)")."""
    letters = tok.text.replace(".", "")
    if letters in NOT_ACRONYMS or len(letters) < 2:
        return None
    if letters.title() in WEEKDAYS or letters.title() in MONTHS:
        return None  # "WEDNESDAY's announcement": a day or a month in capitals for emphasis
    if model_name(text, tok.start, tok.end) or CURRENCY_AFTER.match(text, tok.end):
        return None  # (a currency's letters: "500m CFA francs")
    if _tabloid_opener(text, tok, letters):
        return None  # "PATIENTS have been told to stay away": a common noun in capitals opening the paragraph
    if len(letters) == 2:  # "the EC said": too short to trust alone; kept for a definition elsewhere ("European
        return make_mention(text, tok.start, tok.end, "org", tok.text, evidence="bare")  # Commission (EC)")
    if _lower_case_definition(text[max(0, tok.start - 120):tok.start], letters) or _spelled_out_after(text, tok.end, letters):
        return None
    if len(letters) >= 4 and tok.text == letters:
        known = lookup(letters.title())
        if known and known[0] == "place":
            return make_mention(text, tok.start, tok.end, "place", known[1], evidence="gazetteer")
        if not text[:tok.start].strip() and _DATELINE_AFTER.match(text, tok.end):
            return make_mention(text, tok.start, tok.end, "place", letters.title(), evidence="cue")  # "MINNEAPOLIS, March 12"
    return make_mention(text, tok.start, tok.end, "org", tok.text, evidence="acronym")


_LOWER_WORD_AFTER = re.compile(r" [a-z]")
_TABLOID_OPENER_LETTERS = 7
"""The fewest letters of a plural in capitals that opens a paragraph in a tabloid's style ("ENGINEERS worked
through the night"); a body's acronym ending in S is shorter: "ECOWAS", "UNAIDS"."""


def _tabloid_opener(text: str, tok: Token, letters: str) -> bool:
    """The paragraph's first word is a long plural in capitals, a lower-case word after it: a tabloid writes its
    opening word so ("PATIENTS have been told …"), a common noun, no body."""
    return (len(letters) >= _TABLOID_OPENER_LETTERS and letters == tok.text and letters.endswith("S")
            and not text[:tok.start].strip() and _LOWER_WORD_AFTER.match(text, tok.end) is not None)


_DATELINE_AFTER = re.compile(r",\s+(?:[A-Z][a-z]+\.?\s+\d|\d{1,2}\s+[A-Z][a-z]+|[A-Z][A-Za-z]+[,\s(—–-])|\s*\((?:AP|AFP|Reuters|[A-Z][\w]+)\)|\s+(?:—|–|--)\s")
"""What follows a paragraph's first word in capitals when it is a dateline's place: "MINNEAPOLIS, March 12",
"PORTSMOUTH, 8 February (PA)", "LIMA, Peru (AP)", "SEOUL (Yonhap)", "TOKYO -- "."""


_LOWER_EXPANSION = re.compile(r"\s*\((?:[a-zà-ÿ][\w-]*,?\s+){2,}")
"""An acronym spelled out in lower case after it is a term: "a DANA (depresión aislada en niveles altos, …)"."""


def _spelled_out_after(text: str, end: int, letters: str) -> bool:
    """Lower-case words in brackets after the acronym, opening with its first letter: a term's expansion."""
    found = _LOWER_EXPANSION.match(text, end)
    return bool(found) and fold(found.group(0).lstrip(" (")[:1]).upper() == letters[:1]


_SMALL_WORDS = frozenset("of for and the on in to".split())
"""Words an acronym may leave out of its letters."""


def _lower_case_definition(before: str, letters: str) -> bool:
    """True when ``before`` ends in lower-case words whose initials spell ``letters``, then "(": a term."""
    found = re.search(r"((?:[a-z][\w-]*\s+){2,8})\($", before)
    if not found:
        return False
    words = found.group(1).split()
    return any("".join(part[0] for word in kept for part in word.split("-") if part).upper().endswith(letters.upper())
               for kept in (words, [w for w in words if w not in _SMALL_WORDS]))  # "public health emergency of
    # international concern (PHEIC)": the "of" is not spelled


_BRACKETED = re.compile(r"\(([A-Z]{2,8})\)")


def lower_case_terms(texts: list[str]) -> frozenset[str]:
    """The acronyms an article spells out in lower case before their bracket somewhere ("high-bandwidth memory
    (HBM)"): terms, not bodies, wherever else the article writes them ("HBM now accounts for …")."""
    return frozenset(found.group(1) for text in texts for found in _BRACKETED.finditer(text)
                     if _lower_case_definition(text[max(0, found.start() - 120):found.start() + 1], found.group(1)))

