"""Dates inside a clause that belong with it. A date inside a restrictive relative clause that qualifies a sentence's
subject, its main verb right after the date: "The Lithuanian airline whose freighter overran the runway at Tallinn
Airport [on Thursday] had two other runway incidents in the past three years" dates the overrun, not what the airline
had over years. The line is the relative clause's own: "The Lithuanian airline's freighter overran the runway at
Tallinn Airport". A date closing a relative clause in the past perfect after the main verb's object ("lifted the
suspension it had imposed on Tuesday") dates what came before the main deed, never that deed: no line. And an "until" ending what the line's day began ("closed schools until Friday"), which parts no
clause."""

from __future__ import annotations

import re

from sourcebrief.event_sentence import FINITE, with_preposition

_SUBJECT_WHO = re.compile(r"\s*(?P<np>(?:The|A|An)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?P<rel>whose|who)\s+")
"""A subject opening its sentence with a determiner, and the "whose" or "who" of a relative clause right after it."""
_MAIN_VERB = re.compile(r",?\s+(?:has|have|had|was|were|is|are|will|would|[a-z]{2,}ed)\b")
"""The main clause's verb, right after the date closing the relative clause."""

_PREFIXED_VERB = re.compile(r"\b(?:over|under|out)(?:ran|took|went|came|shot|threw|drew|stood|did)\b")
"""An irregular past verb with a prefix, which FINITE does not list: "overran", "underwent", "outran"."""


def restrictive_line(sentence: str, start: int, end: int) -> str | None:
    """The line of a date at ``[start, end)`` of ``sentence`` closing a relative clause on the sentence's subject
    ("The airline whose freighter overran the runway on Thursday had …": "The airline's freighter overran the runway";
    "The man who was arrested on Monday has been charged": "The man was arrested"), or None."""
    opening = _SUBJECT_WHO.match(sentence)
    if opening is None or not _MAIN_VERB.match(sentence, end) or "," in sentence[:start]:
        return None
    body = sentence[opening.end():with_preposition(sentence, start)].rstrip(" ,")
    if not (FINITE.search(body) or _PREFIXED_VERB.search(body)) or FINITE.search(opening["np"]):
        return None  # "The man who on Monday …": no verb of its own before the date
    joint = "'s " if opening["rel"] == "whose" else " "
    return opening["np"] + joint + body


_PERFECT_RELATIVE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?[a-z]{3,}\s+"
                               r"(?:(?:that|which)\s+|(?:it|he|she|they|we|I)\s+)had\s+"
                               r"(?:(?:already|just|previously|only)\s+)?(?:been\s+)?[a-z]{3,}\s+(?:on|in|at|during)?\s*$")
"""A past perfect closing a relative clause on a noun, right before its date: "the suspension [it had imposed on]"."""
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|tell|telling|informed|warned|assured|reminded)\s+$")
"""A saying whose hearer the noun is ("told the court he had lied"): a reported clause, no relative one."""


def perfect_relative(head: str) -> bool:
    """Whether the date after ``head`` (its sentence up to the date) closes a relative clause in the past perfect on
    an object of a finite verb before it ("SHGM lifted the suspension it had imposed [on Tuesday]"): the date is of
    the earlier deed the clause tells, not of the main clause's, which a line would give it."""
    found = _PERFECT_RELATIVE.search(head)
    return (found is not None and bool(FINITE.search(head, 0, found.start()))
            and not _TOLD_BEFORE.search(head, 0, found.start()))


_UNTIL = re.compile(r"\b(?:until|till)\s+$")
"""The end of what a clause started ("declared a holiday on Tuesday and closed schools [until] Friday"): it parts no
clause from the line of the start's date."""
_FUTURE = re.compile(r"\b(?:will|would|shall|won['’]t|is\s+to|are\s+to|to\s+(?:stay|remain|be))\b")
"""A plan told in the future between the day and its "until": a deed of its own, not the day's."""


def end_of_start(text: str, start: int, until: int) -> bool:
    """Whether a date at ``until``, after the line's own at ``start``, ends what that day's deed began, in the same
    tense ("declared a holiday on Tuesday and closed schools until Friday"); not a plan told in the future ("were
    suspended on Sunday and will not resume until Monday")."""
    return (until > start and _UNTIL.search(text, max(0, until - 8), until) is not None
            and _FUTURE.search(text, start, until) is None)
