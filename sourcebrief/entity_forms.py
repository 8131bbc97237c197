"""Other forms of one name: an alias group's spelling inside a longer name, a place without its generic head, a club
by its first word, and a lone word that a body's "its" follows."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Iterable

from .entity_lexicon import ALIAS_GROUPS, CLUB_LEADS, fold

_GENERIC_PLACE_HEADS = frozenset("city prefecture province county district governorate region oblast state "
                                 "municipality township borough canton".split())
"""Words a place's name may end with or drop: "Kagoshima Prefecture" is Kagoshima, "Satsumasendai City" Satsumasendai."""
_CLUB_LEAD_KEYS = frozenset(fold(w).lower() for w in CLUB_LEADS)
_ITS_AFTER_RE = re.compile(r"\s+(?:(?:has|had|have|will|would|could|then|also|now|again)\s+){0,2}(?:lost|loses|losing"
                           r"|filed|appealed|closed|opened|shut|moved|posted|reported|sold|changed|defended|launched"
                           r"|unveiled|cut|raised|expanded|reduced|withdrew|suspended|halted|resumed|dropped|won|wins"
                           r"|lose|win|file|appeal)\s+its\b")
"""A verb of a body's own doing with "its" after a name: "lost its final legal challenge", "has filed its appeal"
(not a saying: "Biden said its …" is another body's)."""


def alias_spelling_groups(keys: Iterable[str], key: Callable[[str], str]) -> list[list[str]]:
    """The name keys of several words that differ only by an alias group's spelling ("court of justice of the eu",
    "court of justice of the european union"), each list sorted; ``key`` is the name key function."""
    spellings = sorted(((re.compile(rf"\b{re.escape(key(n))}\b"), key(group[0]))
                        for group in ALIAS_GROUPS for n in group[1:]), key=lambda p: -len(p[0].pattern))
    by_form: dict[str, list[str]] = defaultdict(list)
    for name in sorted(keys):
        if " " in name:
            form = name
            for pattern, canonical in spellings:
                form = pattern.sub(canonical, form)
            by_form[form].append(name)
    return [same for same in by_form.values() if len(same) > 1]


def without_place_head(key: str) -> str | None:
    """A place's name key without its generic head ("kagoshima prefecture" -> "kagoshima"); None when it has none."""
    words = key.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in _GENERIC_PLACE_HEADS else None


def club_lead(key: str) -> bool:
    """A club's name opening with the word that stands for it alone: "bayern munich", "borussia dortmund"."""
    return " " in key and key.split()[0] in _CLUB_LEAD_KEYS


def acts_on_its_own(sentence: str, name: str) -> bool:
    """A lone word that acts on "its" own thing in ``sentence`` is a body: "Google lost its final legal challenge",
    "Google has lost its bid" (people act on "his" or "her")."""
    at = sentence.find(name)
    return at >= 0 and _ITS_AFTER_RE.match(sentence, at + len(name)) is not None
