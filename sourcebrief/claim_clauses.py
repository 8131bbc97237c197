"""Where a figure's clause begins and ends in its sentence: the clause breaks, and the asides, joined nouns,
relative clauses and appositives a clause goes on across (claims builds each figure's claim from them)."""

from __future__ import annotations

import re

from .entity_lexicon import ORG_HEADS, US_STATE_CODES
from .figure_units import MEASURE_UNITS
from .figures import Figure

_STATES = "|".join(sorted(US_STATE_CODES))
_COMMA = rf"(?:(?<!\d)[,:]|[,:](?!\d))(?!\s+(?:{_STATES})\b)"
CLAUSE_BREAK = re.compile(rf"{_COMMA}|[;()\[\]—–]")
"""Where a clause ends: punctuation, but not the comma or colon inside a number or a time ("48,000", "4:10"), nor
the comma before a state's abbreviation ("Minneapolis, MN is recalling …")."""
BETWEEN_BREAK = re.compile(rf"{_COMMA}|[;()\[\]—–]|(?<!\d)\s(?:and(?!\s+[A-Z])|but|while|which|who|whereas)\s"
                           r"|(?<![\d,])\s(?:when|because)\s")
"""Where the clause of one of two figures in a sentence ends: a clause break, or a conjunction (not one joining two
numbers, "in 2021 and 2022", nor two names, "in Iraq and Syria"; "carrying between 400 and 700 people when it
capsized about 47 nautical miles southwest of Pylos": the distance is the capsizing's, not the count's; after a
comma, "earlier in the day, when he received 71 votes", the "when" clause is an aside of the one before)."""

def shown_clause(sentence: str, figure: Figure, figure_before: bool, figure_after: bool) -> str:
    """The clause a figure's fact shows: to the breaks around it, across a neighbouring figure no break parts
    from it ("The pound fell 0.6% against the dollar to $1.27", not "… against the dollar to" and "$1.27")."""
    before = sentence[:figure.start]
    breaks = list((BETWEEN_BREAK if figure_before else CLAUSE_BREAK).finditer(before))
    opening = across_appositive(before, breaks)
    after = sentence[figure.end:]
    aside = _ASIDE.match(after) if len(opening.split()) <= 2 else None
    if aside:  # "Six people, including two women, were arrested": the figure's clause goes on to its verb
        after = after[aside.end():]
    restated = RESTATED.match(after)
    if restated and (_SHORT_GOING_ON.match(after, restated.end()) or figure.unit in MEASURE_UNITS.values()
                     or figure.unit.isupper() and re.match(r"\s+[a-z]", after[restated.end():])):  # (a sum in another currency: "2 billion rupees ($15 million) in
        # relief to affected families")
        after = after[restated.end():]  # "about 50 kilometers (30 miles) of coastline": the figure's own words go on
    cut = clause_end(after, figure_after)
    if cut and _FIGURES_JOINED.match(after) and cut.end() == _FIGURES_JOINED.match(after).end():
        cut = CLAUSE_BREAK.search(after)  # "800 personnel and 150 vehicles were deployed": one verb for both
    shown = opening + sentence[figure.start:figure.end] + (after[:cut.start()] if cut else after)
    return re.sub(r"^(?:and|but|or|while|which|who|whereas)\s+", "", shown.strip(" ,;:-–—\"“”"), flags=re.I)


def clause_end(after: str, figure_after: bool) -> re.Match[str] | None:
    """Where a figure's clause ends in the text after it (``figure_after``: another figure follows in the
    sentence, whose clause a conjunction may open), past a second noun joined to the counted one (_NOUNS_JOINED) or
    a relative clause narrowing it (_RELATIVE_AFTER)."""
    breaks = BETWEEN_BREAK if figure_after else CLAUSE_BREAK
    joined = _NOUNS_JOINED.match(after) or _RELATIVE_AFTER.match(after)
    return breaks.search(after, joined.end()) if joined else breaks.search(after)


_RELATIVE_AFTER = re.compile(r"(?:\s+(?!(?:and|but|or|while|whereas)\s)[a-z]+){0,3}\s+(?:who|that)\s+[a-z]+"
                             r"(?=\s+(?:had|have|has|were|was|are|is|will|would|[a-z]+ed)\b)")
"""A relative clause narrowing what a figure counts, before the clause's own verb: "91% of its members who voted
had backed strike action" (not "91% of its members")."""


_NOUNS_JOINED = re.compile(r"\s+(?:and|or)\s+[a-z]+(?=\s+(?:had|have|has|were|was|are|is|will|would)\b)")
"""A second noun joined to the one a figure counts, before their verb: "441 police and gendarmes had been injured"
(the clause goes on to its verb, not "441 police")."""


_FIGURES_JOINED = re.compile(r"(?:\s+[a-z]+){0,2}\s+and\s(?=\s*(?:some|about|around|nearly|more than)?\s*[$€£]?\d)")
"""A figure and its noun joined by "and" to another figure ("800 personnel and 150 vehicles were deployed"): the
verb after the second is the first's too, so its clause does not end at "and"."""


def across_appositive(before: str, breaks: list[re.Match[str]]) -> str:
    """The clause before a figure from its last break, or, when that clause opens with its verb right after an
    appositive, from the subject before the appositive: "Shaalan al-Karim, a lawmaker allied with Halbousi, received
    137 votes" gives "Shaalan al-Karim received", not "received"."""
    opening = before[breaks[-1].end():] if breaks else before
    relative = _RELATIVE_OPENING.match(opening)
    if relative and breaks and before[breaks[-1].start()] == ",":  # "while Delta, which cancelled about 1,200 flights"
        head = before[breaks[-2].end() if len(breaks) > 1 else 0:breaks[-1].start()].strip()
        name = _NAME_AT_END.search(head)
        return (f"{name.group()} {opening[relative.end():]}" if name and (
            not _governed(head[:name.start()]) or _party_dealt_with(head[:name.start()], name.group(), opening))
            else opening)
    if len(breaks) < 2 or not _VERB_OPENING.match(opening) or not before[breaks[-1].start()] == ",":
        return opening
    appositive = before[breaks[-2].end():breaks[-1].start()]
    if before[breaks[-2].start()] != "," or not _APPOSITIVE.match(appositive):
        return opening
    subject = _JOINED_CLAUSE.sub("", before[breaks[-3].end() if len(breaks) > 2 else 0:breaks[-2].start()].strip())
    return f"{subject} {opening.strip()} " if _NAME_SUBJECT.fullmatch(subject) else opening


_VERB_OPENING = re.compile(r"\s*(?:[a-z]+(?:ed|s)|got|won|took|had|lost|gave|held|drew|beat|paid|sold|bought|led"
                           r"|spent|kept|saw|made|(?:must|will|would|can|could|should|may|might)\s+[a-z]+)\s")
"""A clause opening with a verb in the past or the present ("received", "wins", "got"), or a modal's ("must pay")."""
_JOINED_CLAUSE = re.compile(r"^(?:and|but|while|whereas)\s+")
"""The conjunction opening a second clause, before its subject: "…, while Vice President Mahamudu Bawumia, the
candidate of the governing party, got 41.61 percent"."""
_RELATIVE_OPENING = re.compile(r"\s*(?:which|who)\s+(?=[a-z]+(?:ed|s)\s)")
"""A relative clause opening with its verb, after the name it is about: ", which cancelled about 1,200 flights"."""
_APPOSITIVE = re.compile(r"\s*(?:(?:a|an|the|his|her|its|their)\s+[a-z]|(?:based|headquartered|founded|owned|run"
                         r"|led|listed)\s+(?:in|by|on)\s)")
"""An aside that describes what comes before it: ", a lawmaker allied with …,", ", based in Copenhagen,"."""
_NAME_WORD = r"(?:(?:al|el|bin|ibn|abu|de|van|von|da|di|le|la)[-\s])?[A-Z][\w'’-]*"
_NAME_SUBJECT = re.compile(rf"(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}")
"""A name of one to four capitalised words, with their particles ("Shaalan al-Karim"): the subject an appositive
describes."""
_NAME_AT_END = re.compile(rf"(?<![\w'’-])(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}$")
"""A name ending the text before a relative clause ("while Delta")."""
_PREPOSITION_END = re.compile(r"\b(?:in|at|on|of|from|near|to|into|by|for|with|outside|inside|across)\s+(?:the\s+)?$")


_WITH_END = re.compile(r"\bwith\s+(?:the\s+)?$")
_HAS_DONE = re.compile(r"\s*(?:which|who)\s+(?:has|have)\s+(?!(?:killed|injured|wounded|left|displaced|destroyed"
                       r"|damaged|attacked|shelled|bombed|struck|hit)\b)[a-z]+(?:ed|en|nt|t)\s")
_ARMED_HEADS = frozenset("""Army Navy Marines Guard Guards Brigade Brigades Battalion Police Forces Force Corps Militia
    Militias Regiment Command Cartel Fleet Division Front Movement Resistance Brotherhood""".split())


def _party_dealt_with(before_name: str, name: str, opening: str) -> bool:
    """The name after "with" is a body's (ORG_HEADS, not an armed one) and the relative clause after it tells what
    that body has done, in the perfect, no harm among it: "a new program with the International Monetary Fund, which
    has lent Argentina 44 billion dollars" is the Fund's lending, not the program's (a clash's or a war's "with"
    keeps the noun before it: "the conflict with Hamas, which has killed …")."""
    last = name.split()[-1]
    return (bool(_WITH_END.search(before_name)) and last in ORG_HEADS and last not in _ARMED_HEADS
            and bool(_HAS_DONE.match(opening)))


def _governed(before_name: str) -> bool:
    """The name before a relative clause is a preposition's object ("the 2019 collapse at Brumadinho in Brazil, which
    killed 270 people"): the clause may be about the noun before it, so the name is not its subject."""
    return bool(_PREPOSITION_END.search(before_name))


_ASIDE = re.compile(r"\s*(?:\([^()\[\];]{1,60}\)|,\s+(?:including|most|many|some|all|among|mostly|mainly|about|around"
                    r"|nearly|almost|roughly|or|both|half)\b[^,;()\[\]—–]{0,60},)"
                    r"(?=\s+(?:[a-z]+ed|were|was|are|is|have|has|had|will|would|could|can|may|might|must|should|remain"
                    r"|died|fell|rose|left|went|came|took|made|won|lost|got|stayed|stay)\b)")
"""An aside right after a figure, before the clause goes on with its verb: "(about 40 percent) stayed on", ", most
of them women, were killed" (not ", including Luis Ortega, the club announced")."""


RESTATED = re.compile(r"\s*\(\s*(?:about\s+|around\s+|~)?[$€£¥\d][^()]{0,30}\)")
"""A figure restated in other units, in brackets: " (30 miles)", " (£3.5m)"."""
_SHORT_GOING_ON = re.compile(r"\s+[a-z][^\s,;()]*(?:\s+[^\s,;()]+){0,3}(?=\s*(?:[,;.]|$))")
"""A few lower-case words to the clause's end after a restated figure: " of coastline", " into the sky"."""


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!of\b)[a-z]")


def attributive(before: str, after: str) -> bool:
    """A sum before the noun it is of, past its conversion: "agreed a 420 million euro ($455 million) rescue package"
    is the clause of "a €420mn rescue" (not "16 billion francs ($17.3 billion) of … bonds")."""
    return bool(_ARTICLE_BEFORE.search(before) and _NOUN_AFTER.match(after))
