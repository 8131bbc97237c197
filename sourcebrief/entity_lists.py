"""Coordinated lists of names in a sentence: "Viña del Mar, Quilpué, Villa Alemana and Limache"."""

from __future__ import annotations

import re

_CAP = r"[^\W\d_a-z][\w-]*"
"""A capitalised word."""
_NAME = rf"{_CAP}(?:\s+(?:(?:de|del|la|le|al|el|da|do|dos|das|van|von|of)\s+)?{_CAP})*"
_LIST_RE = re.compile(rf"(?<![\w'’-]){_NAME}(?:,\s+{_NAME})+,?\s+(?:and|or)\s+{_NAME}(?![\w'’-])")
_SPLIT_RE = re.compile(r",?\s+(?:and|or)\s+|,\s+")


def list_mates(sentence: str, name: str) -> list[str]:
    """The other members of the list of three or more names (commas, then "and" or "or") that ``name`` is a whole
    member of in ``sentence``; empty when it is in no such list."""
    for match in _LIST_RE.finditer(sentence):
        members = _SPLIT_RE.split(match.group())
        if name in members:
            return [m for m in members if m != name]
    return []


_PAIR_RE = re.compile(rf"(?<![\w'’,-])(?<!,\s){_NAME}\s+and\s+{_NAME}(?![\w'’-])(?!,?\s+(?:and|or)\s)")
"""Two names joined by "and", neither one of a longer list ("hired UBS and Barclays")."""


def pair_mate(sentence: str, name: str) -> str | None:
    """The other name of the pair "A and B" that ``name`` is a whole member of in ``sentence``, if any."""
    for match in _PAIR_RE.finditer(sentence):
        members = re.split(r"\s+and\s+", match.group())
        if len(members) == 2 and name in members:
            return members[1 - members.index(name)]
    return None


_SPAN_RE = re.compile(rf"\b(?:between\s+({_NAME})\s+and|from\s+({_NAME})\s+(?:(?:down|up|back|across|east|west|north"
                      rf"|south)\s+)?to)\s+({_NAME})(?![\w'’-])")
"""The two ends of a stretch: "between Cle Elum and Thorp", "from Cle Elum down to Thorp"."""


def span_start(sentence: str, name: str) -> str | None:
    """The first end of the stretch "between A and B" or "from A to B" whose second end is ``name``, if any."""
    for match in _SPAN_RE.finditer(sentence):
        if match.group(3) == name:
            return match.group(1) or match.group(2)
    return None
