"""A wire story's closing credits ("Reporting by Jane Doe in Baghdad; Editing by John Roe"): a line of furniture, and
the reporters it names, the author when no byline names one. Read by ``chrome``."""

from __future__ import annotations

import re

from .chrome_stamps import is_name_only

_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}"
_PERSON_AT = rf"{_NAME}(?: in {_NAME})?"
_NAMES = rf"{_PERSON_AT}(?:(?:,| and|, and) {_PERSON_AT})*(?: in {_NAME}(?: and {_NAME})?)?"
"""Names in a credit, each maybe with where they reported from: "Zeba Siddiqui in San Francisco and Raphael Satter in
Washington"."""
_CREDIT = (r"(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch|[Gg]raphics|[Cc]ompiled"
           rf"|[Tt]ranslat(?:ed|ion))(?: and \w+)? by {_NAMES}")


CREDITS = re.compile(rf"^(?P<open>\()?{_CREDIT}(?:\s*;\s*{_CREDIT})*\.?(?(open)\)\.?)$")
"""A wire story's closing credits: "Reporting by Jane Doe in Baghdad; Editing by John Roe", maybe in brackets
(names capitalised)."""
_REPORTING_BY = re.compile(r"^\(?[Rr]eporting by (?P<names>[^;()]+)")


def reporters(text: str) -> str | None:
    """The reporters a wire story's closing credits name first, without where they were: "Rich McKay and David
    Shepardson" in "(Reporting by Rich McKay in Atlanta and David Shepardson in Washington; Editing by Chizu
    Nomiyama)"; None for any other line, and for credits without "Reporting by" (an editor wrote no story)."""
    match = _REPORTING_BY.match(text.strip()) if CREDITS.match(text.strip()) else None
    if not match:
        return None
    names = [re.sub(r"\s+in\s+.*$", "", part).strip(" .") for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("names"))]
    names = [found for found in names if is_name_only(found)]
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
