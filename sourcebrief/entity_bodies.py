"""Place names that stand for a body: a city's club ("Liverpool have signed", "Barcelona beat Real Madrid 2-1") or a
company named after a town ("Shares of Novara fell 4%"), by the words around the mention."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .entity_gazetteer import gazetteer
from .entity_lexicon import ORG_NOUNS
from .entity_mention import Mention
from .entity_passes import plays

if TYPE_CHECKING:
    from .entity_words import Token

SHARES_AFTER = re.compile(r"(?:['’]s)?\s+(?:shares|stock|share price|market value|market capitali[sz]ation"
                          r"|chief executive|CEO|shareholders|subsidiary|annual revenue)\b")
"""Only a company has shares, a chief executive or a subsidiary: "Boeing shares fell", "Boeing's share price",
"Airbus chief executive Guillaume Faury"."""
SHARES_BEFORE = re.compile(r"\b[Ss]hares (?:of|in)\s+$")
"""(and "Shares of Boeing")"""
RESULTS_AFTER = re.compile(
    r"(?:,\s+which)?(?:\s+(?:also|on\s+\w+|earlier|later))?\s+(?:reported|reports|posted|posts|booked|forecast"
    r"|forecasts)\s+(?:(?:its|their|a|an|own|quarterly|annual|record|full-year|[\w-]+-quarter|first|second|third|fourth"
    r"|half-year|net|operating)\s+){0,3}(?:results|earnings|revenues?|sales|profits?|losses|(?:net\s+)?loss)\b"
    r"|\s+said(?:\s+on\s+\w+)?(?:\s+that)?\s+its\s+(?:quarterly\s+|annual\s+|net\s+|operating\s+)?"
    r"(?:sales|revenues?|profits?|earnings|shares|net income)\b")
"""Only a company reports results or its sales: "Alphabet reported results", "Amazon said on Thursday its sales
rose 11%"."""

_SPOKESPERSON_FOR = re.compile(r"\b[Ss]pokes(?:man|woman|person)\s+for\s+$")
_THE_FIRM_AFTER = re.compile(r"\s+(?:said|says|told\s+\w+)(?:\s+that)?\s+the\s+(?:firm|company|manufacturer|maker"
                             r"|business|supplier)\b")


def spoken_for_as_body(text: str, start: int, end: int) -> bool:
    """A spokesman speaks for the name and calls it "the firm": "A spokesman for David Brown Santasalo said the firm
    was working closely with the MoD" (a person's spokesman speaks of him or her)."""
    return (_SPOKESPERSON_FOR.search(text, max(0, start - 20), start) is not None
            and _THE_FIRM_AFTER.match(text, end) is not None)


_SQUAD_ROLE_AFTER = re.compile(
    r"\s+(?:manager|head coach|coach|boss|striker|midfielder|defender|goalkeeper|keeper|winger|captain|skipper"
    r"|pitcher|quarterback|shortstop|outfielder|forward)\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z]")
"""A squad's role between a name and a person's: "Liverpool manager Arne Slot", "Everton striker Dominic Calvert-Lewin"
(only a club has a manager and a striker; a town has a mayor)."""
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:have|are|were)\b")
"""British sports copy takes a club's name in the plural: "Liverpool have signed", "Leicester were relegated" (a town
is singular: "Liverpool is a port city")."""
_BEATEN_BY_BEFORE = re.compile(r"\b(?:beaten|defeated|thrashed|hammered|edged)\s+\d{1,2}[-–]\d{1,2}\s+by"
                               r"\s+(?:the\s+)?$")
"""A known place after its score: "were beaten 3-0 by Newcastle" (kept to places: "beaten 6-4 by Alcaraz" is a
tennis player's)."""
_CLAUSE_START_BEFORE = re.compile(r"(?:^|[.!?;:—–(“\"‘]|\b(?:but|while|whereas|when|after|before|because|although"
                                  r"|though|since|if|then|so))\s*(?:[Tt]he\s+)?$")
"""What may come before the subject of a clause: nothing, a stop or a conjunction (not "cities like Leeds and
Liverpool are", "people in Tainan's Nanxi District were")."""
_COLLECTIVE = frozenset("people police staff crew public youth military clergy personnel cattle media".split())
"""Nouns that take a plural verb and open sentences capitalised: "People are arriving"."""
_COMPANY_AFTER = re.compile(r"(?:['’]s)?\s+(?:share price|market value|market capitali[sz]ation|chief executive|CEO"
                            r"|shareholders|subsidiary|annual revenue)\b")
"""What only a company has, after a known place's name ("London shares", "shares in Paris", "Tokyo stocks" are a
market's, not a company's)."""


def bodies_named_by_places(text: str, found: list[Mention]) -> list[Mention]:
    """A known place other than a country (a country's team is its national side, left a place), or a name with no
    cue but its shape (one word not in the plural, or several), that plays, signs players, has a manager or shares,
    or takes a plural verb is a body for this mention; "in Liverpool" stays a place. entities.resolve_entities makes
    the entity a body when most of its mentions are cued so."""
    countries = gazetteer().countries
    out = []
    for k, m in enumerate(found):
        if m.kind == "place" and m.evidence == "gazetteer" and m.name not in countries:
            cue = _body_cue(text, m) or ("club" if _beside_club(text, found, k) else None)
            if cue:
                m = replace(m, kind="org", evidence=cue)
        elif (m.kind == "person" and m.evidence in ("bare", "speech", "shape") or m.kind == "place"
              and m.evidence == "place-word") and (" " in m.text and m.kind == "person" or not m.text.split(" of ")[0].endswith("s")):  # (a place's
            # plural head before its "of": "the Isles of Scilly were cut off")
            if _SQUAD_ROLE_AFTER.match(text, m.end) or _plural_subject(text, m):
                m = replace(m, kind="org", evidence="club", role=None)  # "Manchester City manager Pep Guardiola",
                # "Bayern Munich are" (not "Democrats have", a group of people, or "the Golan Heights are")
        out.append(m)
    return out


def _beside_club(text: str, found: list[Mention], k: int) -> bool:
    """A city joined by "and" or a comma to a club's name is a club too: "had beaten Bayern Munich and Barcelona"."""
    for j in (k - 1, k + 1):
        if 0 <= j < len(found) and found[j].kind == "org" and found[j].evidence == "club":
            a, b = sorted((found[j], found[k]), key=lambda m: m.start)
            if re.fullmatch(r",?\s+(?:and|or)\s+|,\s+", text[a.end:b.start]):
                return True
    return False


def _body_cue(text: str, m: Mention) -> str | None:
    """"club" when the mention plays or has a squad, "cue" when it has shares or results (a company)."""
    if _COMPANY_AFTER.match(text, m.end) or re.search(r"\b[Ss]hares of\s+$", text[max(0, m.start - 12):m.start]) \
            or RESULTS_AFTER.match(text, m.end):
        return "cue"
    if (plays(text, m) or _BEATEN_BY_BEFORE.search(text, max(0, m.start - 40), m.start)
            or _SQUAD_ROLE_AFTER.match(text, m.end) or _plural_subject(text, m)):
        return "club"
    return None


def _plural_subject(text: str, m: Mention) -> bool:
    """A singular name that takes "have", "are" or "were" as the subject of its clause."""
    return (_PLURAL_VERB_AFTER.match(text, m.end) is not None and m.text.lower() not in _COLLECTIVE
            and _CLAUSE_START_BEFORE.search(text, max(0, m.start - 12), m.start) is not None)


PARENT_NOUNS = frozenset("unit subsidiary subsidiaries division affiliate".split())
"""Nouns whose "of" is followed by the body that owns them: "Smit Salvage, a unit of Boskalis"."""


def describes_a_body(tokens: list[Token], last: int) -> bool:
    """The lone word opening a sentence is followed by a lower-case noun for a body and a capitalised name: it says
    what the body does ("Salvage company Smit Salvage", "Ferry operator CalMac"), no name of its own (nor the short
    form of the one after it)."""
    return (last + 2 < len(tokens) and tokens[last + 1].text in ORG_NOUNS and not tokens[last + 1].possessive
            and tokens[last + 2].is_cap)
