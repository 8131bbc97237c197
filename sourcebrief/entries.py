"""Labels a paragraph may open with that are not its text: a live blog entry's time, a transcript's speaker label."""

from __future__ import annotations

import datetime as dt
import re

from . import chrome_stamps

_ENTRY_TIME = re.compile(r"^(?P<stamp>[^—–|]{1,40}?\d[^—–|]{0,40}?)\s*(?:[—–|]|\s-)\s+(?=[A-Z“\"‘'])")
"""A live blog entry's heading opening with its time, "10:42 GMT — Israeli army says …", "12 March 2025, 09:15 |
Aid convoy reaches northern Gaza"."""


_CLOCK = re.compile(r"(?<![\d.])\d{1,2}[:.]\d\d(?![\d.])")


def entry_time(text: str) -> tuple[str, tuple[dt.date, ...]] | None:
    """(the heading's text, the dates its time stamp gives) for a live blog entry's heading that opens with its time
    ("10:42 GMT — Israeli army says it struck 20 targets" is "Israeli army says it struck 20 targets", no date; "Wed
    12 Mar 2025 09.15 GMT – Aid convoy reaches Gaza" gives 12 March); None for a line that opens with no time (a
    sentence with a date after a dash, "March 12 — Protesters gathered …", is prose: a time stamp is a time or a
    date alone)."""
    if not text[:1].isalnum() or len(text) > 300:
        return None
    match = _ENTRY_TIME.match(text)
    if not match:
        return None
    found = chrome_stamps.stamp(match.group("stamp"))
    if found is None or not _CLOCK.search(match.group("stamp")):  # "Frankfurt, 12.03.2025 — The group …": a dateline
        return None
    rest = text[match.end():]
    return (rest, found[1]) if len(rest.split()) >= 2 else None


def is_entry_stamp(text: str) -> bool:
    """A live blog entry's time stamp alone: a clock, maybe with its zone, day or date ("10:42 GMT", "Wed 12 Mar 2025
    09.15 GMT", "posted at 10:42"); never an age ("3h ago") or a date without its time."""
    return len(text) <= 60 and chrome_stamps.stamp(text) is not None and bool(_CLOCK.search(text))


_JOURNALISTS = frozenset({"HOST", "BYLINE", "ANCHOR", "CO-HOST", "CORRESPONDENT", "REPORTER", "PRESENTER",
                          "NEWSCASTER", "INTERVIEWER", "MODERATOR"})
"""The roles a broadcaster's transcript gives its own journalists: "STEVE INSKEEP, HOST:", "SCOTT HORSLEY, BYLINE:"."""
_LABEL = re.compile(r"^(?P<name>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:, (?P<role>[A-Z][A-Z-]+(?: [A-Z][A-Z-]+)?))?"
                    r":(?:\s+(?P<rest>\S.*))?$")


class SpeakerLabels:
    """The journalists of one transcript, learnt from their labels as the lines are read: "STEVE INSKEEP, HOST:", and
    then "INSKEEP:"."""

    def __init__(self) -> None:
        self.journalists: set[str] = set()

    def without_label(self, text: str) -> str | None:
        """What a paragraph says without its journalist's speaker label ("SCOTT HORSLEY, BYLINE: Policymakers have
        …" is "Policymakers have …"; "" for the label alone, "STEVE INSKEEP, HOST:"); None when the paragraph opens
        with no journalist's label (a newsmaker's, "JEROME POWELL: We do not …", stays: it says who speaks)."""
        if ":" not in text[:60] or not text[:2].isupper():
            return None
        match = _LABEL.match(text)
        if not match:
            return None
        name, role = match.group("name"), match.group("role")
        if role in _JOURNALISTS:
            self.journalists.update({name, name.split()[-1]})
        elif role or name not in self.journalists:
            return None
        return match.group("rest") or ""


def is_entry_heading(text: str) -> bool:
    """A live blog entry's heading alone on its line: a short line in title or sentence case with no full stop,
    maybe in quotation marks ("Repair ship leaves Fiji", "'I heard a crack like thunder'"), never a time stamp."""
    bare = text.strip().strip("'\"‘’“”")
    return (1 <= len(bare.split()) <= _HEADING_WORDS and bare[:1].isupper() and not re.search(r"[.!:;,]$", bare)
            and chrome_stamps.stamp(text) is None)


_HEADING_WORDS = 12
"""The most words an entry's heading has; a longer line without a full stop is a paragraph that lost its own."""


def live_entries(texts: list[str]) -> int:
    """How many entries a page has that open with a time stamp alone on its line over a heading (see
    ``is_entry_heading``): two or more make the page a live blog, whose entry headings are no paragraphs."""
    return sum(is_entry_stamp(text) and is_entry_heading(below) for text, below in zip(texts, texts[1:]))
