"""Relative clauses whose antecedent is not the name or noun phrase right before their comma.

``event_span`` takes the name ending where ", which" or ", who" opens as the clause's subject. Three kinds of verb or
antecedent say otherwise, read from a few words before the comma:

- a thing that takes effect or expires is an agreement or a measure, not a place or an agent named inside its phrase:
  "a 2018 moratorium on commercial fishing in the central Arctic Ocean, which expires next year" is the moratorium's;
  "the liquidation of Fret SNCF, ordered by the European Commission a year ago, which takes effect on Jan. 1" is the
  liquidation's;
- a number's change is that of the noun it closes, not of the phrase holding it: "removed a major overhang on J&J
  shares, which rose 1.2%" is the shares';
- "who" after a place ("Anna Gomez de la Cruz, 61, from Lafayette, Louisiana, who was diagnosed") is the person's.
"""

from __future__ import annotations

import re

_TAKES_EFFECT = re.compile(r"\s*(?:takes|took|take|will\s+take)\s+effect\b|\s*(?:expires|expired|will\s+expire|lapses"
                           r"|lapsed|will\s+lapse|runs\s+out|ran\s+out)\b")
"""A relative clause's verb of taking effect or running out: its subject is an agreement, a rule or a measure."""
_AGENT_PHRASE = re.compile(r",\s+[a-z]+(?:ed|en)\s+by\s+[^,;]{1,60}$")
"""A past participle's agent closing the phrase before the comma: ", ordered by the European Commission a year ago"."""
_NOT_NOUN = r"(?!(?:will|would|is|are|was|were|has|have|had|can|could|may|might|said|says|and|or)\b)"
_HEAD_PHRASE = re.compile(rf"\b((?:the|a|an|its|their)\s+(?:{_NOT_NOUN}[\w'’-]+\s+){{0,3}}?{_NOT_NOUN}[\w'’-]+)"
                          r"(?P<of>\s+of\s+(?:[\w'’&.-]+\s+){0,3}?[\w'’&.-]+(?=\s+(?:on|for|in|over|to|with)\s|$))?"
                          r"(?:\s+(?:on|of|for|in|over|to|with)\s+[^,;]*)?$", re.IGNORECASE)
"""A determined noun phrase, with an "of" phrase it owns, and the prepositional phrases after it up to the comma: "the
liquidation of Fret SNCF", "a 2018 moratorium [on …]"."""
_CHANGE = re.compile(r"\s*(?:rose|fell|jumped|gained|dropped|climbed|slid|slumped|surged|tumbled|plunged|soared|rallied"
                     r"|edged\s+(?:up|down|higher|lower))\b")
"""A relative clause's verb of a number's change."""
_CHANGED_NOUN = re.compile(r"\s(?:on|of|in)\s+((?:[\w'’&.-]+\s+){0,2}[\w'’&.-]+s)$")
"""The plural noun a phrase closes after its last preposition: "a major overhang on [J&J shares]"."""
_NAME = r"(?:[A-Z][\w'’.-]*\s+)(?:(?:[A-Z][\w'’.-]*|de|la|del|da|dos|van|von|der|bin|al)\s+){0,5}[A-Z][\w'’.-]*"
_PERSON_FROM = re.compile(rf"(?:^|[\s,])(?P<name>{_NAME}),\s+(?:\d{{1,3}},\s+)?(?:from|of)\s+[A-Z][\w'’.-]*"
                          r"(?:\s+[A-Z][\w'’.-]*)*,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")
"""A person's name, an age and where they are from, ending in a place's "City, State": the "who" after is the person."""


def antecedent(sentence: str, at: int, word: str, found: str) -> str:
    """The subject of the relative clause opening at ``at`` (its comma), ``found`` unless its verb or the words
    before it say otherwise."""
    if word == "who":
        person = _PERSON_FROM.search(sentence, 0, at)
        return person.group("name") if person else found
    after = sentence.find(word, at) + len(word)
    if _TAKES_EFFECT.match(sentence, after):
        agent = _AGENT_PHRASE.search(sentence, 0, at)
        head = _HEAD_PHRASE.search(sentence, 0, agent.start() if agent else at)
        return head.group(1) + (head.group("of") or "") if head else found
    if _CHANGE.match(sentence, after):
        noun = _CHANGED_NOUN.search(found)
        return noun.group(1) if noun else found
    return found
