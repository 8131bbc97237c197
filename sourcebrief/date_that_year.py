"""A month or a day without a year that the story ties to the year it last named: "arrested on March 14, 2023 … He was
charged on August 2 that year" is 2023-08-02, "charged that August" 2023-08, "arrested in March of that year" 2023-03,
"fined that summer" 2023-SU, whatever year lies nearest the publication date (or none, in an undated source)."""

from __future__ import annotations

import re

from .date_rules import MONTH

__all__ = ["named_year", "opened", "tied"]

_YEAR_NAMED = re.compile(r"(?<![\d-])(1[89]\d\d|20\d\d)(?![\d-])")
"""A year written in an expression ("March 14, 2023", "early 2023"); not one inside a compound ("the 2006-built
suezmax"), which names a thing's kind, not the story's time."""

_THAT_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
"""What ties a month or day just before it to the year last named: "August 2 [that year]", "March [of that year]"."""

_THAT_BEFORE = re.compile(r"(?<!\bsaid )(?<!\bsays )(?<!\bsay )(?<!\bnoted )(?<!\badded )(?<!\bshowed )(?<!\bshow )"
                          r"(?<!\bshows )(?<!\bfound )\b[Tt]hat\s+$")
"""What ties a month just after it to the year last named: "[that ]August" (not the "that" of what was said: "said
that August sales rose")."""

_YEARLESS = re.compile(r"(?:\d{4})(?P<rest>-\d\d(?:-\d\d)?|-(?:SP|SU|FA|WI))")
"""A month, day or season value whose year the tie replaces."""
_MONTH_OR_SEASON = re.compile(r"[A-Z][a-z]+\.?|spring|summer|autumn|fall|winter", re.IGNORECASE)
"""What "that" ties alone: a month or a season ("that summer"), not a day."""
_ADVERBIAL_END = re.compile(r"\s*(?:[,.;:)!?]|$|\s(?:and|but|or|when|after|before|as|in|at|on|with|for|to|from|while)\b)")
"""What follows "that August" told as a time ("charged that August.", "released that June after repairs"); a verb or
a noun after it makes "that" the opening of a clause whose subject the month is ("adding that August had been the
driest since 1950")."""


def named_year(expression: str) -> str | None:
    """The year an expression writes out, if any: what a later "that year" refers to."""
    found = _YEAR_NAMED.findall(expression)
    return found[-1] if found else None


def tied(text: str, start: int, end: int, value: str, year: str | None) -> tuple[int, int, str] | None:
    """(start, end, value) of the month or day at ``text[start:end]`` (resolved to ``value``) widened over the words
    that tie it to the year last named (``year``) and given that year; unresolved when the story named none. None when
    nothing ties it, or it writes its own year."""
    if _YEAR_NAMED.search(text, start, end) or not _YEARLESS.fullmatch(value):
        return None
    after = _THAT_YEAR_AFTER.match(text, end)
    before = None if after else _THAT_BEFORE.search(text, max(0, start - 8), start)
    if after is None and before is None:
        return None
    if before is not None and not (_MONTH_OR_SEASON.fullmatch(text[start:end]) and _ADVERBIAL_END.match(text, end)):
        return None  # "that" before a month or season alone ("that August"), not a day ("said that August 2 …")
    new_start, new_end = (before.start(), end) if before else (start, after.end())
    if year is None:
        return new_start, new_end, "unresolved"
    return new_start, new_end, year + _YEARLESS.fullmatch(value)["rest"]


_OPENING_YEAR = re.compile(r"[\s\"“'‘(]*(?:In|During|Throughout)\s+(?P<y>(?:1[89]|20)\d\d)\s*,")
"""A sentence that opens on its year: "In 2024, floods … in the last week of September killed 246 people"."""
_NAMED_MONTH = re.compile(rf"\b{MONTH}|\b(?:spring|summer|autumn|fall|winter)\b", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:last(?!\s+(?:week|days)\s+of\b)|next|this|ago|previous|coming|following|that)\b",
                            re.IGNORECASE)
"""What makes a month count from now ("last month", "next June"), not "the last week of September"."""
_SCOPE_ENDS = re.compile(r"[\"”’]|\b(?:said|says|told|tells|added|adds|wrote|writes|announced)\b", re.IGNORECASE)
"""What ends the opening year's reach before a date: a quotation closing, or the telling of it ("'In 2022, prices
rose,' he said in October": October is the telling's)."""


def opened(text: str, sentence_start: int, start: int, end: int, value: str) -> str | None:
    """The value of the month, day or season named at ``text[start:end]`` (read as ``value``) in the year its sentence
    opens on ("In 2024, … in the last week of September": 2024-09, not the September nearest publication); None when
    the sentence opens on no year, names another year before it, or the expression writes its own year or counts
    from now ("last month")."""
    if (_YEAR_NAMED.search(text, start, end) or not _YEARLESS.fullmatch(value)
            or not _NAMED_MONTH.search(text, start, end) or _RELATIVE_WORD.search(text, start, end)):
        return None
    found = _OPENING_YEAR.match(text, sentence_start)
    if (found is None or found.end() > start or _YEAR_NAMED.search(text, found.end(), start)
            or _SCOPE_ENDS.search(text, found.end(), start)):
        return None
    return found["y"] + _YEARLESS.fullmatch(value)["rest"]
