"""Joints inside a clause that are no clause break, read by ``event_span``: an aside between dashes ("The cavers – five
Spanish and one French – became stranded"), a "but" between two words of one predicate ("cold but unhurt"), and the
auxiliary a second passive verb shares with the first ("Pell was arrested … and [was] charged on August 2")."""

from __future__ import annotations

import re

from sourcebrief import date_rules
from sourcebrief.event_sentence import FINITE

_DASHED_ASIDE = re.compile(r"\s[—–-]\s([^—–;,]{1,60}?)\s[—–-](?=\s)")
"""An aside set off by a pair of dashes ("The crew [- 17 Filipinos and a Greek captain -] were freed"); without a verb
of its own it is no clause, and the line goes without it."""
_VERBLESS_BUT = re.compile(r"[^,;:—–]{1,80}?(?=[,;:—–]|$)")
"""What follows a "but" up to the next clause mark: without a finite verb it goes on with the predicate before it."""
_AUXILIARY_OR_NOT = re.compile(r"\b(?:did|does|do|will|would|could|can|may|might|must|should|shall|not|never|also)\b")
"""Words that make what follows a "but" a clause of its own ("but did not set it alight")."""
_PASSIVE_BEFORE = re.compile(r"\s*(?P<be>was|were)\s+(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|en)\b")
"""A subject's passive verb: "Pell [was arrested]"."""
_PASSIVE_ONLY = re.compile(r"(?:charged|arrested|detained|questioned|bailed|convicted|sentenced|jailed|fined|remanded"
                           r"|acquitted|indicted|extradited|deported|rescued|injured|wounded|killed|hospitali[sz]ed"
                           r"|discharged|evacuated|airlifted|treated|released|freed|suspended|sacked|dismissed"
                           r"|expelled|banned|cleared|elected|appointed|sworn\s+in)\b")
"""Past participles news uses after a shared "was" ("was arrested … and charged"), seldom as a subject's own past verb
with no object: after a passive first verb they are passive too ("Pell [was] charged", not "Pell charged")."""


def dashed_asides(sentence: str, start: int) -> list[tuple[int, int]]:
    """The spans of verbless asides between dashes before ``start``, each from its first dash's space to its last dash."""
    return [(m.start(), m.end()) for m in _DASHED_ASIDE.finditer(sentence, 0, start) if not FINITE.search(m[1])]


def verbless_but(sentence: str, at: int, other_dates: list[tuple[int, int]]) -> bool:
    """Whether what follows a "but" ending at ``at`` is no clause: no verb, no auxiliary, no date of its own up to the
    next clause mark ("cold but unhurt in a dry chamber"; not "but did not set it alight", "but later retook it")."""
    rest = _VERBLESS_BUT.match(sentence, at)
    return bool(rest) and not FINITE.search(rest.group()) and not _AUXILIARY_OR_NOT.search(rest.group()) \
        and not date_rules.PAST_CUES.search(rest.group()) and not any(rest.start() <= s < rest.end() for s, _ in other_dates)


def with_shared_auxiliary(sentence: str, subject_end: int, verb_at: int, subject: str) -> str:
    """``subject`` with the "was" or "were" of its first, passive verb when the conjunct verb at ``verb_at`` is a
    participle that is passive after it: "Pell was arrested … and charged on August 2" is "Pell was charged"."""
    passive = _PASSIVE_BEFORE.match(sentence, subject_end)
    if passive is None or not _PASSIVE_ONLY.match(sentence, verb_at) or passive.end() > verb_at:
        return subject
    return f"{subject.rstrip()} {passive['be']} "


_NAMED_WITH_ASIDE = re.compile(r"\s*((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*),(?:\s[^,;]{1,40},){1,2}\s+(?=[a-z])")
"""A name, an aside of one or two commas' parts, and a lower-case verb: "[Graham Pell], of Pannal, Harrogate, denied"."""


def named_with_aside(sentence: str, left: int) -> re.Match[str] | None:
    """The name opening a clause at ``left`` before an aside about it, for a "but" clause that goes on with it
    ("Graham Pell, of Pannal, Harrogate, denied fraud … but [was found guilty] today" is Graham Pell's)."""
    return _NAMED_WITH_ASIDE.match(sentence, left)


def last_conjunct(window: str, previous: int, own: int) -> int:
    """Where the last ", and " of ``window`` opens the date's own conjunct ("held on Feb. 6, 2022, and the runoff [two
    months later]"), passing over one that closes a list of short items without verbs: "…, and the phone went on sale
    in South Korea, the US, and Europe [on September 20th]" is the phone's conjunct, not "Europe" (-1: none)."""
    joined = window.rfind(", and ")
    item = window[joined + 6:own]
    if joined >= previous and window.rfind(", ", previous, joined) > previous and len(item.split()) <= 3 \
            and not FINITE.search(item):
        joined = window.rfind(", and ", 0, joined)
    return joined
