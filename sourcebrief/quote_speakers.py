"""Who speaks, in the words around a quotation: staff named with their body ("Analysts at ING"), a name's owner
before it ("Kosovo’s Donika Gervalla") and a role owned so between commas (", Bosnia’s foreign minister,")."""

from __future__ import annotations

import re

OWNED_ROLE = re.compile(r"[A-ZÀ-Þ][\w-]*[’']s(?:\s+[a-z][\w-]*)+")
"""An appositive naming a role by its owner, between commas after a name: ", Bosnia’s foreign minister,"."""
OWNER_THEN_NAME = re.compile(r"[A-ZÀ-Þ][\w-]*[’']s\s+((?:[A-ZÀ-Þ][\w’'.-]*\s+)+[A-ZÀ-Þ][\w’'-]*)")
"""A name after its country's possessive: "Kosovo’s Donika Gervalla" is Donika Gervalla."""

_STAFF = frozenset("analysts economists strategists researchers traders experts scientists doctors officials".split())
"""Staff whose body, named after "at", is part of who speaks: "Analysts at ING said" (not "Analysts")."""


def staff_at(words: list[str], k: int) -> bool:
    """Word k is the "at" of "Analysts at ING": staff of a named body."""
    return (words[k] == "at" and words[k - 1].lower() in _STAFF and k + 1 < len(words)
            and words[k + 1][:1].isupper())
