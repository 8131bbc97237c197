"""Bodies named only as a person's title: "Dr Helena Nghipondoka, Chief Executive Officer of Khomas Zinc Corporation"
gives a role, not a body called "Chief Executive Officer of Khomas Zinc Corporation"; and a company's board named in
a title is the company ("Chairman of the Management Board of Elering": Elering)."""

from __future__ import annotations

import re
from dataclasses import replace

from .entity_lexicon import ROLE_HEADS
from .entity_lookup import lookup
from .entity_mention import Mention

_BOARD_OF = re.compile(r"(?:(?:Management|Supervisory|Executive)\s+Board|Board\s+of\s+(?:Directors|Trustees))"
                       r"\s+of\s+(?:the\s+)?")
"""A company's governing board before "of" and the company's name: "Management Board of", "Board of Directors of the"
(not a public board of its own: "Board of Health", "Board of Governors")."""


def within_titles(found: list[Mention]) -> list[Mention]:
    """Without a body's mention that is a person's whole title, led by a role's word (a body named inside a title
    stays: "Governor of the Bank of England"); a board of a body the person's title names is that body."""
    roles = {p.role for p in found if p.kind == "person" and p.role}
    return [_body_of_board(m, roles) for m in found
            if not (m.kind == "org" and m.text in roles and m.text.split()[0] in ROLE_HEADS)]


def _body_of_board(m: Mention, roles: set[str]) -> Mention:
    """The body whose board a person's title names: "Taavi Lepik, Chairman of the Management Board of Elering" names
    Elering (its board is no body of its own in the index); not a place ("Executive Board of Estonia")."""
    board = _BOARD_OF.match(m.text)
    if m.kind != "org" or board is None or not any(m.text in role for role in roles):
        return m
    name = m.text[board.end():]
    if not name[:1].isupper() or (lookup(name) or ("org",))[0] == "place":
        return m
    return replace(m, start=m.start + board.end(), text=name, name=name, evidence="cue")
