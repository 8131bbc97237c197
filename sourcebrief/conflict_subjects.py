"""Who a figure is of, read from the name its sentence opens with: two names neither sentence shares are two
subjects ("Apple was ordered to pay …", "Meta … has been ordered to pay …"); one name with two verbs is one holder's
tally ("Spain scored 15 goals", "Spain finished with 14 goals"); two shares of the vote naming one candidate are
that candidate's share (conflicts.conflicting_groups asks here)."""

from __future__ import annotations

import functools
import re

from .claims import Claim, normalise, opener
from .conflict_measures import CLOSE, GENERIC_UNITS
from .entity_lexicon import COMMON_CAPS, GROUP_NOUNS, ROLE_NOUNS

def other_subjects(a: Claim, b: Claim) -> bool:
    """The two sentences open with names neither of which the other uses whole: "Apple was ordered to pay 1.8 billion
    euros" and "Meta, the parent company of Facebook, has been ordered to pay €797.72 million" are two fines, though
    the second's clause lost its subject to the appositive. Two names sharing a word are two when neither is whole
    in the other's sentence: "The Bank of England cut interest rates … to 4.75%" and "The European Central Bank cut
    rates to 3.25%" give two banks' rates, though both say "bank"."""
    name_a, name_b = _named_subject(a.quote), _named_subject(b.quote)
    if not name_a or not name_b:
        return False
    first_a, first_b = opener(a.quote), opener(b.quote)
    if first_a not in normalised(b.quote) and first_b not in normalised(a.quote):
        return True
    return bool(name_a & name_b) and not name_a <= normalised(b.quote) and not name_b <= normalised(a.quote)


@functools.lru_cache(maxsize=1 << 16)
def normalised(sentence: str) -> frozenset[str]:
    """claims.normalise as a set, remembered: a big group's lead sentence meets many others."""
    return frozenset(normalise(sentence))


_SUBJECT_VERB = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:(?:Inc|Ltd|Corp|Co|LLC|plc|AG|SA)\b\.?\s*)?"
                           r"(?:,|(?:was|is|were|are|has|had|have|will|would|could|said|says|told|cut|cuts|set|sets"
                           r"|kept|keeps|held|holds|won|wins|beat|beats|lost|loses|took|takes|made|makes|got|gets|gave"
                           r"|gives|drew|led|leads|paid|pays|sold|sells|bought|buys|spent|\w+ed)\b)")
"""What follows a sentence's opening name when it is the subject: a verb or an appositive, after a bracket or a
corporate ending ("Zydus Pharmaceuticals (USA) Inc., the US-based subsidiary …")."""


@functools.lru_cache(maxsize=1 << 16)
def _named_subject(sentence: str) -> frozenset[str]:
    """The words of a sentence's opening name when it is its whole subject, a verb or an appositive next ("Apple was
    ordered", "Meta, the parent company", "The Bank of England cut"), and Claim.opener finds a name there; none for
    "Industry analysts estimate" or "Police said", common nouns capitalised by the sentence's start."""
    first = opener(sentence)
    found = _OPENING_RUN.match(sentence)
    if not first or not found or found.group(1).lower() in GROUP_NOUNS | ROLE_NOUNS:
        return frozenset()
    return frozenset(normalise(found.group())) if _SUBJECT_VERB.match(sentence, found.end()) else frozenset()


_OPENING_RUN = re.compile(r"(?:The\s+)?([A-Z][\w’'-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*")
"""A sentence's opening name, its "of" included ("The Bank of England")."""


def one_holder(a: Claim, b: Claim) -> bool:
    """Two counts of one specific thing near in value (CLOSE) whose sentences open with one name as their subject:
    "Spain scored 15 goals in seven matches" and "Spain finished with 14 goals" give one team's tally, whatever
    their verbs (counts of people, days or times are too common to pair so)."""
    if a.figure is None or b.figure is None or a.figure.unit != b.figure.unit or not a.figure.unit.islower():
        return False
    if a.figure.unit in GENERIC_UNITS or a.side or b.side:
        return False
    low, high = sorted(abs(c.figure.value) for c in (a, b))
    name = opening_subject(a.quote)
    return 0 < low and high <= CLOSE * low and bool(name) and name == opening_subject(b.quote)


@functools.lru_cache(maxsize=1 << 16)
def opening_subject(sentence: str) -> frozenset[str]:
    """The words of the name a sentence opens with when a verb or an appositive follows it, a place's too (a team
    is named by its country: "Spain scored 15 goals"); none for a common noun capitalised by the sentence's start
    ("Police said")."""
    found = _OPENING_RUN.match(sentence)
    if not found or found.group(1).lower() in GROUP_NOUNS | ROLE_NOUNS or found.group(1) in COMMON_CAPS:
        return frozenset()
    return frozenset(normalise(found.group())) if _SUBJECT_VERB.match(sentence, found.end()) else frozenset()


_OF_THE_VOTE = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:valid|total|popular|national)\s+)*(?:votes?|ballots)\b", re.I)
"""What follows a candidate's share: "58.6% of the vote", "56.55% of the total valid votes cast"."""


def one_vote_share(a: Claim, b: Claim) -> bool:
    """Two shares of the vote whose clauses name one candidate (_holder): "Duarte won 58.6% of the vote" and "Final
    results gave Duarte 58.8% of the vote" give one candidate's share, whatever their verbs; so do "Mahama won 56.55
    percent of the vote" and "John Mahama has won the presidential election, taking 56.6% of the vote"."""
    if a.figure is None or b.figure is None or a.figure.unit != "%" or b.figure.unit != "%" or a.side or b.side:
        return False
    if not all(_OF_THE_VOTE.match(c.quote, c.figure.end) for c in (a, b)):
        return False
    return bool(_holder(a) & _holder(b))


_WHOLE_AFTER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?of\s+(?:(?:the|its|our|their|his|her|my|your|all)\s+"
                          r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:[’']s|s[’'])\s+)?((?:[\w-]+\s*){1,3})")
"""The whole a share is of, right after it: "40 percent of our DRAM revenue", "20 per cent of Hanbit's HBM sales"
(a possessive, whose the whole is, is not what it is)."""


def wholes_apart(a: Claim, b: Claim) -> bool:
    """Two shares each said to be "of" a whole (_WHOLE_AFTER) whose wholes share no word: "more than 40 percent of
    our DRAM revenue" and "about 20 per cent of Hanbit's HBM sales" are shares of two things, not one misreported."""
    if a.figure is None or b.figure is None or a.figure.unit != "%" or b.figure.unit != "%":
        return False
    wholes = [_WHOLE_AFTER.match(c.quote, c.figure.end) for c in (a, b)]
    if not all(wholes):
        return False
    words = [frozenset(normalise(w.group(1))) for w in wholes]
    return all(words) and not words[0] & words[1]


def _holder(claim: Claim) -> frozenset[str]:
    """The normalised names of a share's holder: those in its clause (its first word too when the sentence opens
    with a name as its subject: "Mahama won 56.55 percent"), or when the clause names none (it opens with its verb:
    "taking 56.6% of the vote" after "John Mahama has won the presidential election,"), those before it in its
    sentence, its subject's."""
    at = claim.quote.find(claim.clause)
    own = _names_in(claim.clause)
    before = _names_in(claim.quote[:at]) if at > 0 and not own else frozenset()
    subject = opening_subject(claim.quote) if at == 0 or before else frozenset()
    return frozenset(normalise(" ".join(own | before))) | subject


def _names_in(clause: str) -> frozenset[str]:
    """The capitalised words of a clause past its first word (names, not a sentence's capital): "Duarte"."""
    return frozenset(re.findall(r"(?<=\s)[A-Z][\w’'-]+", clause)) - COMMON_CAPS


_COUNT_OPENS = re.compile(r"\s*(?:(?:A|An|The)\s+(?:gang|group|band|team|total)\s+of\s+)?", re.I)
"""What may come before a count that opens its sentence as the subject: "Four thieves stole", "A gang of four
thieves broke in"."""
_LEAD_SENTENCES = 2
"""Sentences of an article's opening (a standfirst, then the lead) in which a count of the actors tells the story's."""


def opens_lead(claim: Claim) -> bool:
    """A count of a specific kind of actor that opens a sentence of an article's lead as its subject ("Four thieves
    stole eight pieces", "A gang of four thieves broke into a Lyon museum", "Three thieves on scooters got away"):
    the story's count of them, however each outlet goes on."""
    figure = claim.figure
    return (figure is not None and claim.sentence <= _LEAD_SENTENCES and figure.unit.islower() and not claim.side
            and figure.unit not in GENERIC_UNITS and _COUNT_OPENS.fullmatch(claim.quote, 0, figure.start) is not None)


def one_gang(a: Claim, b: Claim) -> bool:
    """Two leads opening with a count of one kind of actor, near in value (CLOSE): "Four thieves stole …" and "Three
    thieves on scooters got away …" count one gang, whatever their verbs, and disagree."""
    if not opens_lead(a) or not opens_lead(b) or a.figure.unit != b.figure.unit:
        return False
    low, high = sorted(abs(c.figure.value) for c in (a, b))
    return 0 < low and high <= CLOSE * low
