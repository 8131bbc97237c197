"""A body's long name that runs across "and" up to an acronym in brackets from its own language: "the Office for the
Prevention and Investigation of Aircraft Accidents and Rail Accidents (GPIAAF)" is one body, though the English
words' initials do not spell the Portuguese letters and the name's words are split into several runs."""

from __future__ import annotations

import re
from dataclasses import replace

from .entity_lexicon import ORG_HEADS
from .entity_mention import Mention

_CHAIN_BEFORE = re.compile(r"((?:(?:[A-Z][\w’'-]*|of|for|the|and|on)\s+){3,18})\($")
"""Capitalised words and the small words of a name right before an opening bracket."""
_HEAD_OF = re.compile(r"\b([A-Z][\w’'-]*)\s+(?:for|of)\s")
_SMALL = frozenset("of for the and on".split())


def long_bodies(text: str, found: list[Mention]) -> list[Mention]:
    """Join the runs of a body's name that opens with a head word and "for" or "of" and goes on across "and" to its
    bracketed acronym ("Office for the Prevention" + "Investigation of Aircraft Accidents and Rail Accidents"), when
    the acronym spells no part of it (a part it spells is a body of its own: "the Ministry of Health and Public
    Health England (PHE)"), and "and the" parts nothing ("the army and the National Guard (NG)")."""
    out = list(found)
    for acr in [m for m in found if m.evidence == "acronym" and m.kind == "org"]:
        if text[acr.end:acr.end + 1] != ")" or text[max(0, acr.start - 2):acr.start] != " (":
            continue
        chain = _CHAIN_BEFORE.search(text, max(0, acr.start - 200), acr.start)
        if chain is None:
            continue
        head = next((h for h in _HEAD_OF.finditer(text, chain.start(1), acr.start) if h.group(1) in ORG_HEADS), None)
        if head is None:
            continue
        start, end = head.start(1), chain.end(1) - len(chain.group(1)) + len(chain.group(1).rstrip())
        words = text[start:end].split()
        if "and" not in words or " and the " in text[start:end] or words[-1] in _SMALL:
            continue
        if _spells_a_part(words, acr.text):
            continue
        inside = [m for m in out if start <= m.start and m.end <= end]
        if not inside or any(m.start < start < m.end for m in out):
            continue
        name = text[start:end]
        out = [m for m in out if m not in inside and m is not acr] + [
            Mention(start, end, name, "org", name, None, "org-word", acr.text), replace(acr, alias=name)]
    return sorted(out, key=lambda m: m.start)


def _spells_a_part(words: list[str], letters: str) -> bool:
    """The acronym's letters are the initials of the name's last words or of the whole: the usual definition, which
    entity_passes.with_definitions pairs itself."""
    caps = [w[0] for w in words if w not in _SMALL]
    return any("".join(caps[k:]) == letters for k in range(len(caps)))
