"""Bodies named only as a person's title: "Dr Helena Nghipondoka, Chief Executive Officer of Khomas Zinc Corporation"
gives a role, not a body called "Chief Executive Officer of Khomas Zinc Corporation"."""

from __future__ import annotations

from .entity_lexicon import ROLE_HEADS
from .entity_mention import Mention


def within_titles(found: list[Mention]) -> list[Mention]:
    """Without a body's mention that is a person's whole title, led by a role's word (a body named inside a title
    stays: "Governor of the Bank of England")."""
    roles = {p.role for p in found if p.kind == "person" and p.role}
    return [m for m in found if not (m.kind == "org" and m.text in roles and m.text.split()[0] in ROLE_HEADS)]
