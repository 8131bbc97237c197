"""Cues around a name that no list knows which say it is a body's: a body noun before it ("the lender Barclays"), an
appositive after it (", a new anti-establishment movement"), its analysts, or what it does to its own figures ("cut its
forecast")."""

from __future__ import annotations

import re

from .entity_lexicon import ORG_NOUN_PHRASES, ORG_NOUNS, ROLE_NOUNS, SPEECH_VERBS
from .entity_words import Token


_STAFF_AFTER = re.compile(r"(?:['’]s)?\s+(?:analysts?|economists?|strategists?|traders|bankers|researchers)\b")
"""Staff who study markets for a body after its name: "Morgan Stanley analysts said", "Wells Fargo's economists"."""
_BODY_ACTS_AFTER = re.compile(
    r"\s+(?:(?:has|had|have|will|would|also|then|now|again|on\s+\w+)\s+){0,2}(?:cut|cuts|raised|raises|lowered|lowers"
    r"|trimmed|trims|lifted|lifts|revised|revises|slashed|slashes|reported|reports|posted|posts|kept|keeps)\s+"
    r"(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:forecasts?|estimates?|targets?|outlook|guidance|ratings?|dividends?"
    r"|payouts?|stakes?|holdings|workforce|output|production|results|earnings|profits?|revenues?|sales)\b"
    r"|(?:\s+(?:also|on\s+\w+))?\s+(?:said|says|announced|confirmed)(?:\s+(?:on|last|this)\s+\w+)?(?:\s+that)?\s+it\s+"
    r"(?:would|will|had|has|plans to|planned to|expects to|expected to)\s+(?:(?:also|further)\s+)?"
    r"(?:cut|raise|lower|trim|lift|sell|buy|acquire|close|open|hire|invest|appeal|reduce|suspend|resume|halt|list"
    r"|lay\s+off|shut|keep|add|sold|bought|acquired|closed|opened|hired|invested|appealed|reduced|suspended"
    r"|resumed|halted"
    r"|raised|lowered)\b")
"""What a body does to "its" or "their" own figures (a forecast, a stake, its output) or says "it" will do to its business: "Goldman Sachs cut its
forecast", "Morgan Stanley and Wells Fargo also cut their forecasts", "Saudi Aramco said it would raise output" (not
"said it would take time", which anyone may say of anything)."""


_KIND_OF_BODY_AFTER = re.compile(r"\s+(?:industry|trade|peak|lobby|umbrella|advocacy|business)\s+(?:body|group"
                                 r"|association|organi[sz]ation)\b")
"""What kind of body the name before is: "the Salmon Tasmania industry body", "the Fenland lobby group"."""


def body_cue_after(text: str, end: int) -> bool:
    """A name of several words that its staff study for, that acts on its own figures or says it will act on its
    business, or that a kind of body follows, is a body's (_STAFF_AFTER, _BODY_ACTS_AFTER, _KIND_OF_BODY_AFTER);
    people act on "his" or "her"."""
    if _KIND_OF_BODY_AFTER.match(text, end):
        return True
    mate = _AND_NAME_AFTER.match(text, end)  # "Morgan Stanley and Wells Fargo also cut their forecasts"
    return any(_STAFF_AFTER.match(text, at) or _BODY_ACTS_AFTER.match(text, at)
               for at in (end, mate.end() if mate else end))


_AND_NAME_AFTER = re.compile(r"\s+and\s+(?:[A-Z][\w&.’'-]*\s+){0,3}[A-Z][\w&.’'-]*(?=\s)")
"""A second name joined by "and", which the cue after it is shared with."""


_ORG_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|in|with|from|to|and|who|whose)\b|[\w-]*year-old)[\w’'-]+\s+){0,3}"
    r"(?:" + "|".join(sorted(ORG_NOUNS)) + r")\b(?![’'-])(?!\s+(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b)")
"""(not ", the club announced": a new clause, whose subject is the body, not the name before it; not ", a 34-year-old
miner": an age is a person's)"""


ORG_NOUNS_AFTER = frozenset("party movement alliance bloc militia company firm airline carrier bank group network flight exchange"
                             .split())
"""Nouns that make the name before them a body's ("the Sovereign People party", "A Pacific Wings flight"); not
"coalition" or "government",
which follow a leader's name too ("the Sánchez coalition")."""
THE_BODY_AFTER = frozenset("party police".split())
"""Nouns that make even a one-word name between "the" and them a body's: "the Conservative party chair", "the
Metropolitan police" (a leader's party is named without "the": "Trump's party")."""
FORCE_NOUN = "police"
"""The noun of a police force, written in lower case after a one-word name that is no body alone: "the Metropolitan
police" is the Metropolitan Police."""
MEDIA_AFTER = frozenset("television TV channel radio newspaper broadcaster daily".split())
"""Nouns that make even a one-word name before them a broadcaster's or paper's: "the group's Al-Masirah television
said"."""
_CLOSED_ORG_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|in|with|from|to|and|who|whose)\b|[\w-]*year-old)[\w’'-]+\s+){0,4}"
    r"(?:" + "|".join(sorted(ORG_NOUNS | {"hospital", "clinic", "office", "service"})) + r")(?=\s*[,;.)]|\s+(?:of|that|which|based|behind|owned)\b)")
"""(A hospital, an office or a service too, as the head of an appositive: "Okhmatdyt, the country's largest pediatric
hospital,", "MeteoSwiss, the federal weather office,"; not before a name: "A hospital employee, Atul Ghatkamble".)"""


def closed_org_appositive(text: str, end: int) -> bool:
    """A lone word followed by an appositive whose head is a body noun: "Nvidia, the world's most valuable
    chipmaker,", "Meta, the parent company of Facebook," (not "Smith, a party member": its head is "member")."""
    return _CLOSED_ORG_APPOSITIVE.match(text, end) is not None


def org_appositive(text: str, end: int) -> bool:
    """The name is followed by ", a new anti-establishment movement" or ", the Wichita-based supplier": a body."""
    return _ORG_APPOSITIVE.match(text, end) is not None


def org_noun_before(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """A common noun for a body, written in lower case, in the two words before the name: "the lender Barclays",
    "militias, mainly Kataib Hezbollah", "shipping line Maersk"; not when a title or a possessive comes between
    ("The Bank's governor, Andrew Bailey", "the company's founder Tim Cook"), nor in the sentence before ("…, the
    company said. Marco Breda, a spokesman")."""
    words = [t for t in tokens[max(0, first - 3) : first] if t.is_word and not tokens[first].sentence_start][-2:]
    if not words or words[-1].possessive or words[-1].text in ROLE_NOUNS or _holder_of(tokens, first):
        return False
    if words[-1].text in _LINKS_BETWEEN or any(t.text.lower() in _FORMER for t in tokens[max(0, first - 4) : first]):
        return False  # "the group after Graça Foster": another clause's name; "former oil regulator Magda
        # Chambriard": a person's past post
    words = words if tokens[first - 1].is_word else words[-1:]  # "manufacturer Končar, Kolar added": another's noun
    if _PERSON_SPEAKS_AFTER.match(text, tokens[last].end) and last > first:
        return False  # "Tour operator Selin Arslan said a group of her clients": a person plies the trade
    return (" ".join(t.text for t in words) in ORG_NOUN_PHRASES or words[-1].text in _UNIT_NOUNS
            or words[-1].text in ORG_NOUNS
            or len(words) == 2 and words[-2].text in ORG_NOUNS and not words[-2].possessive
            and words[-1].text.endswith("ly"))  # "militias, mainly Kataib Hezbollah" (not "The carrier left
    # Portsmouth": a verb between, and the name is the verb's object)


_PERSON_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told)\b[^.!?;]*?\b(?:he|she|his|her|him)\b")
"""A name that speaks of "her" or "his" own in the same sentence is a person's."""


_LINKS_BETWEEN = frozenset("after before than by with from to for at in on of and or but as like since until".split())
"""Words between a body's noun and a name that make the name another's: "to run the group after Graça Foster"."""
_FORMER = frozenset("former ex retired veteran onetime one-time erstwhile".split())
"""Words before a body's noun that make it a person's post: "former oil regulator Magda Chambriard"."""


_UNIT_NOUNS = frozenset("unit subsidiary division business arm".split())
"""Nouns for a part of a company, right before its name: "its platinum unit Amplats", "its diamond business De
Beers" (not "Glenmark's unit in Mahwah", where the unit is somewhere)."""


def _holder_of(tokens: list[Token], first: int) -> bool:
    """The name after a comma is the holder of a role "of" a body, or one of its members, not the body: "The leader
    of Yemen's Houthi group, Abdul-Malik al-Houthi, said"."""
    if first < 1 or tokens[first - 1].text != ",":
        return False
    words = [t.text for t in tokens[max(0, first - 8) : first - 1]]
    return any((a in ROLE_NOUNS or a in _MEMBER_NOUNS) and b == "of" for a, b in zip(words, words[1:]))


_MEMBER_NOUNS = frozenset("member members fighter fighters figure veteran cofounder co-founder".split())
"""People "of" a body, whose name may follow after a comma: "A second member of the group, Arkan al-Elayawi,"."""
