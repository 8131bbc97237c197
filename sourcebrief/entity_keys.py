"""Comparison keys of names, a mention with where it was found, and the union-find that merges the keys of one entity."""

from __future__ import annotations

import functools
import re

from .entity_lexicon import fold
from .entity_mention import Mention
from .model import record


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Comparison form of a name: no case, accents, dots, quotes, hyphens or leading "the"; "St" before another word
    is "Saint" ("Paris St-Germain" is "Paris Saint-Germain"; "Main St" stays); "Met" before a weather service's
    head is "Meteorological" ("Icelandic Met Office" is "Icelandic Meteorological Office")."""
    key = fold(name).lower()
    key = re.sub(r"[“”\"«»]\w[\w ]{0,12}[“”\"«»]", " ", key)
    key = key.replace(".", "").replace("-", " ").replace("'", "")
    key = re.sub(r"^the\s+", "", " ".join(key.split()))
    key = _MET_SERVICE.sub("meteorological ", key)
    return re.sub(r"\bst (?=\w)", "saint ", key)


_MET_SERVICE = re.compile(r"\bmet (?=(?:office|service|department|agency)\b)")
"""The short "Met" of a weather service's name (not the "Met Police", the Metropolitan)."""


def place_key(name: str) -> str:
    """A place's comparison form: no leading "al", no spaces ("Hà Nội" is Hanoi, "Al Qaim" Qaim)."""
    return re.sub(r"^al\s+", "", name_key(name)).replace(" ", "")


def surname_keys(name: str) -> tuple[str, str]:
    """(first name, surname) keys of a full name, "al-" dropped from the surname."""
    words = _GENERATION.sub("", name_key(name)).split()
    return words[0], words[-1]


@record
class Found:
    """A mention with where it was found."""

    source: str
    paragraph: int
    caption: bool
    mention: Mention
    sentence: str


class Clusters:
    """Union-find over name keys (local to one resolve call)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.apart: dict[str, set[str]] = {}  # root -> keys its cluster may never join (keep_apart)

    def find(self, key: str) -> str:
        root = self.parent.setdefault(key, key)
        while root != self.parent[root]:
            root = self.parent[root]
        while key != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or any(self.find(k) == rb for k in self.apart.get(ra, ())):
            return
        low, high = min(ra, rb), max(ra, rb)
        self.parent[high] = low
        if high in self.apart:
            self.apart.setdefault(low, set()).update(self.apart.pop(high))

    def keep_apart(self, a: str, b: str) -> None:
        """Two names one sentence tells apart never join one cluster, whatever chain of merges would link them."""
        self.apart.setdefault(self.find(a), set()).add(b)
        self.apart.setdefault(self.find(b), set()).add(a)


def cluster_key(m: Mention) -> str:
    if m.kind == "place":
        return place_key(m.name)
    key = name_key(m.name)
    return _without_numeral(_GENERATION.sub("", _MIDDLE_INITIAL.sub("", key))) if m.kind == "person" else key
    # "Antony J. Blinken" is Antony Blinken, "Joseph R. Biden Jr." Joseph Biden, "John J. Ray III" John Ray


_MIDDLE_INITIAL = re.compile(r"(?<=\w) [a-z](?= \w)")
_GENERATION = re.compile(r"(?<=\w) (?:jr|sr)$")
"""A generation's suffix ending a person's name: "Jr.", "Sr."."""


_NUMERAL_END = re.compile(r"(?<=\w) (?:ii|iii|iv)$")
_PATRONYMIC_WORDS = frozenset("bin ibn bint ben".split())


def _without_numeral(key: str) -> str:
    """A person's key without a generation's numeral, when a given name and a surname remain and no father is named
    ("john ray iii" is John Ray; "abdullah ii", a king, and "al hussein bin abdullah ii", his son, keep theirs)."""
    words = key.split()
    if len(words) < 3 or not _NUMERAL_END.search(key) or _PATRONYMIC_WORDS & set(words):
        return key
    return _NUMERAL_END.sub("", key)


def is_single(m: Mention) -> bool:
    """A one-word person reference to link by surname ("Hussein", "Mr Hussein")."""
    return m.kind == "person" and len(name_key(m.name).split()) == 1
