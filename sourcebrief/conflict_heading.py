"""A conflict's heading: what the disputed figure measures and the clause it is told in, the disputed number left
out ("Number of deaths — The death toll … rose to … on Jan 5"), so that the heading takes no source's side."""

from __future__ import annotations

import re

from .claims import VERSUS, Claim
from .figures import Figure
from .figure_units import UNNAMED_CROWNS

_MEASURES = {"%": "Percentage", "magnitude": "Magnitude", "": "Value", "meter": "Length in meters",
             "kilometer": "Distance in kilometers", "centimeter": "Length in centimeters",
             "millimeter": "Length in millimeters", "foot": "Length in feet", "mile": "Distance in miles",
             "kilogram": "Weight in kilograms"}
"""Headings of the unit families that count no noun, and of measures (a depth of "620m" is no "number of meters")."""


_UNCOUNTED_PLURALS = frozenset({"people", "police", "staff", "personnel", "crew", "cattle", "livestock"})
"""Families named by a word that is its own plural: "Number of police", not "Number of polices"."""


def quantity(family: str) -> str:
    """What a disputed figure measures, for a heading: "Number of attacks", "Amount in USD", "Percentage"."""
    if family == UNNAMED_CROWNS:
        return "Amount in crowns"
    if re.fullmatch(r"[A-Z]{3}", family):
        return f"Amount in {family}"
    if family in _MEASURES:
        return _MEASURES[family]
    if family in _UNCOUNTED_PLURALS or family.endswith("s"):
        return f"Number of {family}"
    return f"Number of {family[:-1] + 'ies' if re.search(r'[^aeiou]y$', family) else family + 's'}"


_CLIPPED = re.compile(r"…(?:\s+[a-z]+)?\s+(?:were|was|are|is|(?:have|has|had)\s+been)\s+(?P<state>[a-z]+)\.?")
"""A heading's clause that is only its figure's predicate: "… were injured.", "… people had been rescued"."""


def heading(measured: str, claim: Claim) -> str:
    """A conflict's heading: what is measured, then the clause it is told in (disputed); a clause that is only the
    count's predicate joins the measure instead: "Number of people injured", not "Number of people — … were
    injured."; "Number of deaths", not "… of deaths killed"."""
    shown = disputed(claim)
    clipped = _CLIPPED.fullmatch(shown)
    if not clipped:
        return f"{measured} — {shown}"
    return measured if measured == "Number of deaths" else f"{measured} {clipped['state']}"


def disputed(claim: Claim) -> str:
    """A conflict's heading: the clause of one of its values with that value's number left out ("The death toll …
    rose to … on Jan 5", "The airline said … flights had been cancelled"), since a heading stating one source's
    figure would take its side; the values follow it."""
    clause, figure = own_clause(claim), claim.figure
    at = clause.find(figure.text) if figure is not None else -1
    if at < 0 or not clause.replace(figure.text, "", 1).strip(" .,;:"):
        return clause
    rest = clause[at + len(figure.text):]
    shown = _counted_noun(figure)
    return clause[:at] + shown + (rest[1:] if shown.endswith("…") and rest.startswith(".") else rest)


_NUMBER_WORD = re.compile(r"\d|(?i:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty"
                          r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?"
                          r"|trillions?|bn|tn|m|k|dozens?|lakhs?|crores?|a|an|and|than|least|most|some)$")
"""The words of a figure's number, hedge and scale ("More than 9,000", "Ten", "between 5,000 and 6,000")."""


def _counted_noun(figure: Figure) -> str:
    """A disputed figure as its heading shows it: "…" and the words of what it counts, for a count ("… people",
    "… arrest warrants", "… of the deaths"); "…" alone for a share or a sum, whose unit is its number's."""
    words = figure.text.split()
    kept: list[str] = []
    for word in reversed(words):
        if _NUMBER_WORD.match(word):
            break
        kept.insert(0, word)
    counted = figure.unit.islower() and figure.unit != "%" and 0 < len(kept) < len(words)
    return "… " + " ".join(kept) if counted else "…"


def own_clause(claim: Claim) -> str:
    """A claim's clause, cut to its own side when it sets its figure against another ("Mr Orsi had 49.6% of the
    vote" and "Mr Delgado's 46.3%", not both headings "Mr Orsi had 49.6% of the vote to Mr Delgado's 46.3%")."""
    clause, figure = claim.clause, claim.figure
    at = clause.find(figure.text) if figure is not None and claim.side else -1
    if at < 0:
        return clause
    if claim.side == 1:
        cut = VERSUS.search(clause, at + len(figure.text))
        return clause[:cut.start()].rstrip(" ,") if cut else clause
    cuts = list(VERSUS.finditer(clause, 0, at))
    return clause[cuts[-1].end():].strip(" ,") if cuts else clause
