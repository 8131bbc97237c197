"""A date inside a restrictive relative clause that qualifies a sentence's subject, its main verb right after the date:
"The Lithuanian airline whose freighter overran the runway at Tallinn Airport [on Thursday] had two other runway
incidents in the past three years" dates the overrun, not what the airline had over years. The line is the relative
clause's own: "The Lithuanian airline's freighter overran the runway at Tallinn Airport"."""

from __future__ import annotations

import re

from sourcebrief.event_sentence import FINITE, with_preposition

_SUBJECT_WHO = re.compile(r"(?P<np>(?:The|A|An)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?P<rel>whose|who)\s+")
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
