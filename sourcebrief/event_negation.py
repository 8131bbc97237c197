"""A line that denies the deed another tells: "Residents are asked not to return home" is not "Residents returned
home", however many words the two share. Read by ``event_pair``."""

from __future__ import annotations

import functools
import re

from sourcebrief.event_words import stem

_NEGATED = re.compile(r"\b(?:not|never|no\s+longer|cannot|[a-z]+n['’]t)\s+(?:(?:to|be|been|yet|have|had|be\s+able\s+to|"
                      r"allowed\s+to|able\s+to)\s+)*(?P<verb>[a-z]{3,})\b", re.IGNORECASE)
"""A negation and the verb it denies: "not to [return]", "were not allowed to [return]", "has not [resumed]"."""

_UNTIL_AFTER = re.compile(r"\b(?:until|till)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 15)
def denied(text: str) -> frozenset[str]:
    """The stems of the verbs ``text`` denies; not one denied "until" a time, which tells when it happened ("did not
    resume until Monday"). Remembered (pure: the merge asks it of each line against many others)."""
    return frozenset(stem(m["verb"].lower()) for m in _NEGATED.finditer(text)
                     if not _UNTIL_AFTER.search(text, m.end()))


def denies_other(a: str, b: str) -> bool:
    """Whether one line denies a verb the other tells and does not deny itself: "asked not to return home" and
    "returned home" are two things."""
    one, other = denied(a), denied(b)
    return bool(one - other and _told(b, one - other) or other - one and _told(a, other - one))


def _told(text: str, stems: frozenset[str]) -> bool:
    """Whether ``text`` tells one of ``stems`` as a word of its own (not denied)."""
    return any(stem(word.lower()) in stems for word in re.findall(r"[A-Za-z]{3,}", text)) and not denied(text) >= stems
