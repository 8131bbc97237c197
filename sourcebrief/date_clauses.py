"""Which clause's verb tells the tense of a date: an instruction's deadline, a relative clause's past, a span's verb.

The tense finder (``date_handlers.tense``) takes the tense cue nearest a date. These rules say when the nearest cue
belongs to another clause than the date's, or tells of another time than the date's.
"""

from __future__ import annotations

import re

_INSTRUCTION = re.compile(
    r"\b(?:told|ordered|urged|asked|instructed|advised|warned|directed|required|given\s+until|called\s+on|pressed)"
    r"\s+(?:[\w'’-]+\s+){0,5}?to\s+(?:[a-z]+\s+){1,6}?$",
    re.IGNORECASE)
"""An instruction and its infinitive right before a deadline: "have been told to evacuate [by Friday]", "ordered
residents to leave the area [by Saturday]". The deadline is after the instruction was given, however past its verb."""
_NO_CLAUSE_BREAK = re.compile(r"[,;:—–]|\b(?:and|but)\s+(?:was|were|had|did)\b")


def instruction_deadline(head: str) -> bool:
    """Whether ``head`` (the sentence up to a deadline's "by", "until" or "before") ends in an instruction's
    infinitive, so the deadline is later than the instruction: a reported future, not the past of "told"."""
    found = _INSTRUCTION.search(head)
    return bool(found) and not _NO_CLAUSE_BREAK.search(found.group())


_RELATIVE = re.compile(r"\b(?:that|which|who)\s+", re.IGNORECASE)
"""A relative pronoun (or a complementiser: "said that …"): the clause it opens has its own verb and tense."""


def in_past_relative(sentence_head: str, past_cue_start: int) -> bool:
    """Whether the past cue at ``past_cue_start`` of ``sentence_head`` (the sentence before a date) is the verb of a
    clause opened by "that", "which" or "who" before it: then the date is that clause's, and a verb after the date
    ("The investigation into the crash that killed 14 people on Sunday [will take] months") is the main clause's.

    The past verb must come after the pronoun, so "He said that on Monday talks will resume" is not such a clause."""
    return any(found.end() <= past_cue_start for found in _RELATIVE.finditer(sentence_head))
