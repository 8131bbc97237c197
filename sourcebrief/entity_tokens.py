"""Group capitalised runs of word tokens (entity_words) into name chunks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .entity_remits import COURT_DISTRICT_SIDES, REMIT_HEADS, remit_tail, remit_with_and
from .entity_gazetteer import gazetteer
from .entity_lexicon import (
    CHAMBER_HEAD,
    COMMON_CAPS,
    CONNECTORS,
    FACILITY_PLACE_HEADS,
    PLACE_OF_HEADS,
    HONORIFICS,
    ORG_HEADS,
    ORG_IN_HEADS,
    ORG_ON_HEADS,
    PARTICLES,
    ROLE_HEADS,
    WEEKDAYS,
    MONTHS,
)
from .entity_lookup import lookup
from .entity_spelled import JOINING_WORDS, joined_span
from .entity_words import ABBREVIATIONS, Token
from .entity_openers import capitals_opening

_HEADLINE_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Chunk:
    """A run of capitalised tokens that may name something, with its neighbours."""

    first: int
    """Index of the first token in the token list."""
    last: int
    """Index of the last token (inclusive)."""
    nickname: tuple[int, int] | None = None
    """Token indexes of a quoted nickname's marks inside the run ("JB")."""


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


def _joins(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token i+1 continues the name that token i belongs to."""
    return i + 1 < len(tokens) and _gap(text, tokens[i], tokens[i + 1]) == " "


def _nickname_at(text: str, tokens: list[Token], i: int) -> int | None:
    """Index of the closing mark of a short quoted nickname opening at token i."""
    if tokens[i].text not in "“\"‘'" or i + 3 >= len(tokens):
        return None
    for j in (i + 2, i + 3):
        close = tokens[j] if j < len(tokens) else None
        if close is None or close.text not in "”\"’'":
            continue
        inner = tokens[i + 1 : j]
        if all(t.is_cap for t in inner) and len(text[tokens[i].end : close.start]) <= 15:
            if j + 1 < len(tokens) and tokens[j + 1].is_cap and _gap(text, close, tokens[j + 1]) == " ":
                return j
    return None


def _continues(text: str, tokens: list[Token], i: int, heads: list[str]) -> int:
    """How many tokens after i extend the chunk (0 when it ends at i)."""
    tok = tokens[i]
    if _glued_apostrophe(text, tokens, i):
        return 2
    if _possessive_inside_name(text, tokens, i):
        return 1
    listed = _inner_list_span(text, tokens, i)
    if listed:
        return listed
    if tok.possessive or tok.modifier or not _joins(text, tokens, i):
        initial = len(tok.text) == 1 and tok.text.isupper() and i > 0 and tokens[i - 1].is_cap  # "Antony J. Blinken"
        if (tok.text not in ABBREVIATIONS and not initial) or i + 2 >= len(tokens) or tokens[i + 1].text != ".":
            return 0
        after = tokens[i + 2]
        return 2 if after.is_cap and _gap(text, tokens[i + 1], after) == " " and not (
            initial and after.text in COMMON_CAPS) else 0  # "Plan B. The talks": a sentence ends there
    nxt = tokens[i + 1]
    if tok.prefixed and tok.text in gazetteer().places:
        return 0
    if nxt.is_cap and nxt.text not in WEEKDAYS and nxt.text not in MONTHS:
        return 1
    if nxt.is_word and nxt.text in PARTICLES and _joins(text, tokens, i + 1) and tokens[i + 2].is_cap:
        return 2
    if (nxt.is_word and nxt.text in PARTICLES and i + 3 < len(tokens) and tokens[i + 2].text in PARTICLES
            and _joins(text, tokens, i + 1) and _joins(text, tokens, i + 2) and tokens[i + 3].is_cap):
        return 3  # two particles: "Luis de la Fuente", "Rafael van der Vaart"
    if nxt.text in CONNECTORS or nxt.text == "in":
        return _connector_span(text, tokens, i, heads)
    if nxt.text == "&" and i + 2 < len(tokens) and tokens[i + 2].is_cap and _joins(text, tokens, i + 1):
        return 2  # "Pratt & Whitney", "Procter & Gamble": one company
    if nxt.text in JOINING_WORDS:  # ("Hamburger Hafen und Logistik (HHLA)": its acronym spells the whole)
        return joined_span(text, tokens, i) or (_and_span(text, tokens, i) if nxt.text == "and" and not _after_ampersand(tokens, i) else 0)
    if nxt.text in "“\"‘'" and _gap(text, tok, nxt) == " ":
        close = _nickname_at(text, tokens, i + 1)
        return close - i if close else 0
    return 0


_POSSESSIVE_IN_NAMES = frozenset({"People", "Peoples", "Women", "Children"})
"""Words whose possessive is inside a body's name, not its owner: "Republican People's Party", "People's Liberation
Army", "Boston Children's Hospital" (whereas in "Iran's Foreign Ministry" the name starts after the possessive)."""


_LIST_ITEM_WORDS = 2
"""The most words one item of a body's inner list may have ("Rural Affairs", "Culture, Media and Sport")."""


_LIST_TITLES = frozenset("Minister Secretary".split())
"""Titles whose portfolio may be a list, as a ministry's remit is: "Minister of Ports, Shipping and Waterways"."""


def _inner_list_span(text: str, tokens: list[Token], i: int) -> int:
    """How many tokens after i carry on a body's name whose remit is a list: "Department for Environment, Food and
    Rural Affairs", "Ministry of Agriculture, Fisheries and Food" (the comma after the first item is inside the name);
    0 unless the name so far is a body's head, "of" or "for", then one or two words, and the list after the comma is
    short capitalised items closed by "and", none a known place or people ("the Ministry of Defence, Britain and
    France" lists three names)."""
    if i + 1 >= len(tokens) or tokens[i + 1].text != "," or tokens[i].possessive:
        return 0
    k = i
    while k > 0 and tokens[k - 1].is_cap and _gap(text, tokens[k - 1], tokens[k]) == " " and i - k < 1:  # 1-2 words
        k -= 1
    if (k < 2 or tokens[k - 1].text not in ("of", "for") or tokens[k - 2].text not in REMIT_HEADS | _LIST_TITLES
            or not all(_listable(t) for t in tokens[k:i + 1])):
        return 0
    j, words = i + 2, 0
    while j < len(tokens):
        tok = tokens[j]
        if tok.text == "and" and words and _gap(text, tokens[j - 1], tok) == " ":
            after = j + 1
            return after - i if after < len(tokens) and tokens[after].is_cap and _listable(tokens[after]) else 0
        if tok.text == "," and words:
            words = 0
        elif tok.is_cap and _listable(tok) and words < _LIST_ITEM_WORDS and not tok.possessive:
            words += 1
        else:
            return 0
        j += 1
    return 0


def _listable(tok: Token) -> bool:
    """A word that may be an item of a body's remit: not a known name, place or people, not a day or a month."""
    return not (lookup(tok.text) or tok.text in gazetteer().demonyms or tok.text in WEEKDAYS or tok.text in MONTHS)


def _possessive_inside_name(text: str, tokens: list[Token], i: int) -> bool:
    """ "People's" followed by a capitalised word on the same line goes on with it: "Republican People's Party"."""
    tok = tokens[i]
    return (tok.possessive and tok.text in _POSSESSIVE_IN_NAMES and i + 1 < len(tokens) and tokens[i + 1].is_cap
            and text[tok.end:tokens[i + 1].start] in ("'s ", "’s "))


def _glued_apostrophe(text: str, tokens: list[Token], i: int) -> bool:
    """ "Shia’ al-Sudani": an apostrophe ending a name word that the name goes on after."""
    if i + 2 >= len(tokens) or not tokens[i].is_word or tokens[i + 1].text not in "’'":
        return False
    return (_gap(text, tokens[i], tokens[i + 1]) == "" and tokens[i + 2].is_cap
            and _gap(text, tokens[i + 1], tokens[i + 2]) == " ")


def _after_ampersand(tokens: list[Token], i: int) -> bool:
    """The name ending at token i was joined by "&": a whole company name, which "and" does not extend ("Pratt &
    Whitney and CFM International" is two)."""
    return i >= 2 and tokens[i - 1].text == "&"


def _and_span(text: str, tokens: list[Token], i: int) -> int:
    """ "Securities and Exchange Commission": "and" inside a name ending in an org word (not between two whole
    names: "Amnesty International and Human Rights Watch")."""
    if tokens[i].text in ORG_HEADS and not _lone_head_of_one_body(text, tokens, i) or _counted_list_before(text, tokens, i):
        return 0
    if tokens[i].is_acronym and (i == 0 or not tokens[i - 1].is_cap) and tokens[i].text not in gazetteer().places:
        return 0  # "JAXA and Mitsubishi Heavy Industries": a body's acronym alone is a whole name, not a name's first
        # word (a country's is left to entity_rules: "U.S. and Coalition forces")
    joined = _place_with_and(text, tokens, i) or remit_with_and(text, tokens, i)
    if joined:
        return joined
    j = i + 2
    while j < len(tokens) and tokens[j].is_cap and _gap(text, tokens[j - 1], tokens[j]) == " ":
        if tokens[j].text in ORG_HEADS:
            if j == i + 2 and _head_of_place(text, tokens, j):
                return 0  # "Citigroup and Bank of America": a body, then another named "of" its place
            return 0 if j > i + 2 and _whole_name_before(text, tokens, i) else 2  # not "Wells Fargo and PNC
            # Financial": a name of two words and one of two words, where "US Securities and Exchange Commission"
        if tokens[j].possessive or not _joins(text, tokens, j):
            break
        j += 1
    return 0


def _place_with_and(text: str, tokens: list[Token], i: int) -> int:
    """How many tokens after i carry a place's name that "and" joins on into ("Bosnia and Herzegovina", "Saint Kitts
    and Nevis", "Saint Vincent and the Grenadines": one country, not two names); 0 when none does."""
    first = i
    while first > 0 and tokens[first - 1].is_cap and _gap(text, tokens[first - 1], tokens[first]) == " ":
        first -= 1
    places = gazetteer().places
    for start in range(first, i + 1):
        j = i + 2
        if j < len(tokens) and tokens[j].text == "the":
            j += 1
        while j < len(tokens) and j <= i + 5 and tokens[j].is_cap and _gap(text, tokens[j - 1], tokens[j]) == " ":
            if " and " in (name := text[tokens[start].start:tokens[j].end]) and places.get(name) in gazetteer().countries:
                return j - i
            j += 1
    return 0


def _head_of_place(text: str, tokens: list[Token], j: int) -> bool:
    """Token j is a body's head followed by "of" and a known place: the "Bank" of "Bank of America", "Bank of
    England"."""
    if j + 2 >= len(tokens) or tokens[j + 1].text != "of" or not tokens[j + 2].is_cap:
        return False
    k = j + 2
    while k + 1 < len(tokens) and tokens[k + 1].is_cap and _gap(text, tokens[k], tokens[k + 1]) == " ":
        k += 1
    return text[tokens[j + 2].start:tokens[k].end] in gazetteer().places


_ACRONYM_IN_BRACKETS = re.compile(r"\s*\([A-Z]{2,6}\)")


def _lone_head_of_one_body(text: str, tokens: list[Token], i: int) -> bool:
    """A body's head word alone ("Police"), "and", and a name ending in a body's head word that one acronym in
    brackets then stands for are one body's name: "The Police and Border Guard Board (PPA)" (three words or more
    after "and": not "the Army and Air Force (IAF)", whose acronym may be the second's; nor "the European Commission
    and World Bank (WB)", whose first name is whole)."""
    if i > 0 and tokens[i - 1].is_cap and not (tokens[i - 1].text == "The" and tokens[i - 1].sentence_start):
        return False
    j = i + 2
    while j < len(tokens) and tokens[j].is_cap and not tokens[j - 1].possessive and _gap(text, tokens[j - 1], tokens[j]) == " ":
        j += 1
    return j > i + 4 and tokens[j - 1].text in ORG_HEADS and _ACRONYM_IN_BRACKETS.match(text, tokens[j - 1].end) is not None


def _whole_name_before(text: str, tokens: list[Token], i: int) -> bool:
    """The capitalised words ending at token i are a name of two words or more by themselves, leaving out a place,
    a people or initials before them ("Wells Fargo", "Samsung SDI"; not the "US Securities" of "US Securities and
    Exchange Commission")."""
    first = i
    while first > 0 and tokens[first - 1].is_cap and _gap(text, tokens[first - 1], tokens[first]) == " ":
        first -= 1
    opened = False  # initials count once a word of the name's own came before them ("Samsung SDI", a whole name)
    own = []
    for t in tokens[first:i + 1]:
        if not (t.is_acronym and not opened or t.text in gazetteer().places or t.text in gazetteer().demonyms
                or t.text == "The" and t.sentence_start):  # ("The Food and Drug Administration found")
            own.append(t)
            opened = True
    return len(own) == 2 and not remit_tail(own[-1].text)  # (three words or more run on into the name: "Armed
    # Conflict Location and Event Data Project"; so does a remit's word: "Human Environment and Transport Inspectorate")


_COUNTED_PLURAL_BEFORE = re.compile(r"\b(?:two|three|four|five|both|\d+)\s+(?:[a-z-]+\s+)?[a-z]+s,?\s*[:(—–-]?\s*$"
                                    r"|\b(?:makers|companies|firms|banks|lenders|airlines|carriers|rivals|groups|clubs"
                                    r"|teams|parties|insurers|retailers|drugmakers|automakers|carmakers|brands)\s+$")
"""A count of things, or bodies in the plural, before the names that tell them: "two bars, Cosie and Blak Club",
"Drug makers Glenmark and Zydus Lifesciences"."""


def _counted_list_before(text: str, tokens: list[Token], i: int) -> bool:
    """The name ending at token i is the first of the things a count before it announces: "the owners of two bars,
    Cosie and Blak Club" are two bars, not one "Cosie and Blak Club" (as "Securities and Exchange Commission" is)."""
    first = i
    while first > 0 and tokens[first - 1].is_cap and _gap(text, tokens[first - 1], tokens[first]) == " ":
        first -= 1
    start = tokens[first].start
    return _COUNTED_PLURAL_BEFORE.search(text, max(0, start - 40), start) is not None


def _after_the(tokens: list[Token], i: int, heads: list[str]) -> bool:
    """Whether the chunk so far is one word after "the" ("the Port", "The Port"): a common noun naming a body, as
    in "the Port of Rotterdam Authority", not a person's name, as in "Jane Doe of Reuters News"."""
    return heads == ["The", tokens[i].text] or (len(heads) == 1 and i > 0 and tokens[i - 1].text == "the")


def _org_head_follows(text: str, tokens: list[Token], j: int) -> bool:
    """Whether the capitalised words from ``j`` on end in an organisation word: "Port of Rotterdam Authority"."""
    while j < len(tokens) and tokens[j].is_cap:
        if tokens[j].text in ORG_HEADS:
            return True
        if tokens[j].possessive or not _joins(text, tokens, j):
            return False
        j += 1
    return False


_OF_HEADS = ORG_HEADS | ROLE_HEADS | FACILITY_PLACE_HEADS | PLACE_OF_HEADS | {CHAMBER_HEAD, "Republic"}
"""Words that "of" may follow inside a name: "Ministry of Defence", "Secretary of State", "Garden of Viña del Mar",
"House of Lords", "Republic of the Congo" (a country's whole name, told from the "Democratic Republic of the
Congo" only so)."""


def _inside_body_name(heads: list[str]) -> bool:
    """The words so far are a body's name whose head came first, and at most two words after it, none a title's:
    "National Committee for the Salvation" goes on with "of the People" (not "Tesla Motors Chief Executive Elon
    Musk", whose "of Texas" is where he is)."""
    last = max((k for k, h in enumerate(heads[:-1]) if h in ORG_HEADS), default=-1)
    return 0 <= last and len(heads) - last - 1 <= 2 and not any(h in ROLE_HEADS for h in heads[last + 1:])


def _connector_span(text: str, tokens: list[Token], i: int, heads: list[str]) -> int:
    """Join "Ministry of Foreign Affairs", "Secretary of State", "Resistance in Iraq"."""
    word = tokens[i + 1].text
    if word == "in" and tokens[i].text not in ORG_IN_HEADS:
        return 0
    current = tokens[i].text
    if word == "the" or (word == "on" and current not in ORG_ON_HEADS):
        return 0
    court = word == "of" and len(heads) == 2 and heads[0] in COURT_DISTRICT_SIDES and current == "District"
    if word != "in" and current not in _OF_HEADS and not court and not (
            word == "of" and _after_the(tokens, i, heads) and _org_head_follows(text, tokens, i + 2)) and not (
            word in ("of", "for") and _inside_body_name(heads)):  # "Court of Arbitration for Sport"
        return 0
    j = i + 2
    if j < len(tokens) and tokens[j].text == "the" and _joins(text, tokens, i + 1):
        j += 1
    if (j < len(tokens) and tokens[j].is_cap and _gap(text, tokens[j - 1], tokens[j]) == " "
            and tokens[j].text not in WEEKDAYS and tokens[j].text not in MONTHS):
        return j - i
    return 0


def chunks(text: str, tokens: list[Token]) -> list[Chunk]:
    """Maximal runs of capitalised tokens, nicknames and name particles."""
    found: list[Chunk] = []
    i = capitals_opening(text, tokens)  # ("SECURITY STAFF AT Dublin Airport are on strike")
    while i < len(tokens):
        tok = tokens[i]
        if (not tok.is_cap or tok.text in WEEKDAYS or (tok.text in MONTHS and tok.text != "May"
                                                        and not given_name_of_month(text, tokens, i))
                or tok.text.endswith("-")):  # a peeled prefix: the "Ex-" of "Ex-England captain"
            i += 1
            continue
        first, nickname, heads = i, None, [tok.text]
        while True:
            step = _continues(text, tokens, i, heads)
            if step == 0:
                break
            if tokens[i + 1].text in "“\"‘'" and step > 1:
                nickname = (i + 1, i + step)
            i += step
            heads.append(tokens[i].text)
        found.append(Chunk(first, i, nickname))
        i += 1
    return found


_GIVEN_MONTHS = frozenset("Jan Jun".split())
"""Months' short forms that are given names too: "Jan De Nul", "Jun Ji-hyun"."""


def given_name_of_month(text: str, tokens: list[Token], i: int) -> bool:
    """Token i is a month's short form that opens a name: a capitalised word right after it, neither a month nor a
    weekday ("Jan De Nul"; not "Jan 5", "Jan. 5")."""
    if tokens[i].text not in _GIVEN_MONTHS or i + 1 >= len(tokens) or not _joins(text, tokens, i):
        return False
    nxt = tokens[i + 1]
    return nxt.is_cap and nxt.text not in MONTHS and nxt.text not in WEEKDAYS and not nxt.is_acronym


_CREDIT_RE = re.compile(r"\s*\([^()]{1,40}\)$")


def is_headline(text: str) -> bool:
    """Title Case text (headlines) where capitals say nothing about names."""
    words = [w for w in _HEADLINE_WORD_RE.findall(text) if len(w) > 3]
    if not words or (len(words) < 3 and len(text.split()) > 4):
        return False
    caps = sum(1 for w in words if w[0].isupper())
    sentence = _CREDIT_RE.sub("", text.rstrip())  # a caption's "... on April 19. (AP)" ends as a sentence
    return caps / len(words) >= 0.7 and not sentence.endswith((".", "”", '"'))


def honorific(word: str) -> bool:
    """Mr, Mrs, Dr and the like."""
    return word in HONORIFICS


def common_cap(word: str) -> bool:
    """A capitalised word that is not a name by itself."""
    return word in COMMON_CAPS
