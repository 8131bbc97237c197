"""Initials opening a name: a person's ("JD Vance", "S.W. Cho") or a company's ("A.P. Moller-Maersk")."""

from __future__ import annotations

import re

from .entity_lexicon import NOT_ACRONYMS
from .entity_lookup import lookup
from .entity_words import Token


def initials_of_person(run: list[Token]) -> bool:
    """Two initials written together before a surname open a person's name ("JD Vance", "AJ Tracey", "S.W. Cho"):
    not a known name's ("US", "EU"), and three letters open a body's (entity_context: "PSV Eindhoven")."""
    head = run[0]
    if len(run) == 2 and re.fullmatch(r"(?:[A-Z]\.){2,3}", head.text) and not lookup(head.text):  # not "U.S. Steel"
        return "-" not in run[1].text  # "analyst S.W. Cho" (a company's are joined: "A.P. Moller-Maersk")
    return (len(run) == 2 and head.is_acronym and len(head.text) == 2 and head.text.isalpha()
            and not lookup(head.text) and head.text not in NOT_ACRONYMS | _ROLE_INITIALS)  # (a state's code
    # names a place after a town, not before a name: "Washington DC"; a team that plays is a club: "beat AZ Alkmaar 2-0")


def initials_and_joined_name(run: list[Token]) -> bool:
    """Dotted initials before two capitalised words joined by a hyphen: a company's name ("A.P. Moller-Maersk"), as
    initials_of_person tells it from a person's ("S.W. Cho")."""
    if len(run) != 2 or not re.fullmatch(r"(?:[A-Z]\.){2,3}", run[0].text) or lookup(run[0].text):
        return False
    parts = run[1].text.rstrip("’'s").split("-") if run[1].possessive else run[1].text.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() for p in parts)


_ROLE_INITIALS = frozenset("VP MD GM DG SG".split())  # a role's, no one's given names: "VP Harris", "DG Tedros"
