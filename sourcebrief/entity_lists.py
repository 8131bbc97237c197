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
