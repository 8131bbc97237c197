"""A wire story's closing credits ("Reporting by Jane Doe in Baghdad; Editing by John Roe"): a line of furniture, and
the reporters it names, the author when no byline names one; and the names a labelled photo caption sets off as its
credit. Read by ``chrome``."""

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


_NAME_ONLY = re.compile(r"(?:[A-ZÀ-Þ][\w'’-]{4,}|[A-ZÀ-Þ][\w'’-]+(?: (?:of |de |the )?[A-ZÀ-Þ][\w'’-]+){1,2})\.?")
"""A fragment of a caption that is a name alone, of one word of five letters or more (never "Gen." or "U.") or two to
three capitalised words: "Golli.", "Iceland Review"."""


def without_named_credits(text: str) -> str:
    """A labelled caption without the names set off by full stops before or after what it says, as a magazine credits
    its photographer and itself ("Photo: Lava flows near the town. Golli. Iceland Review", "Photo: Golli. Lava on the
    road."); what the caption says stays, and a caption of names alone is left as it is."""
    parts = re.split(r"(?<=[^\W\d_]{2}\.)\s+(?=[A-ZÀ-Þ])|\s+\.\s+(?=[A-ZÀ-Þ])", text)  # (" . ": a date cut out)
    if len(parts) < 2:
        return text
    said = [at for at, part in enumerate(parts) if not _NAME_ONLY.fullmatch(part)]
    if not said or said != list(range(said[0], said[-1] + 1)):
        return text
    return " ".join(parts[said[0]:said[-1] + 1])
