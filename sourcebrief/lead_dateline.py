"""The dateline a story's lead opens with ("ERBIL, Kurdistan Region -", "LIMA (AP) —", "Dubai: …", "ISTANBUL" alone
on its line, an agency's initials), taken out of its text into metadata."""

from __future__ import annotations

import re

from . import chrome, chrome_stamps, datelines
from .entity_gazetteer import gazetteer
from .model import Line


def initials_not_place(place: str) -> bool:
    """A dateline's "place" that is an agency's initials ("NNA"), no place the gazetteer knows ("GAZA" is one)."""
    return bool(re.fullmatch(r"[A-Z]{2,5}", place)) and place.title() not in gazetteer().places and (
        place not in gazetteer().places)


_LONE_PLACE = re.compile(r"[A-Z][A-Z'’.-]{2,}(?:[ -][A-Z][A-Z'’.-]+){0,3}")
"""A place in capitals alone on its line at the top of the text: the dateline of an agency that prints it apart."""
_NOT_PLACE = re.compile(r"(?:UPDATE|UPDATED|BREAKING|ANALYSIS|OPINION|EXCLUSIVE|LIVE|VIDEO|WATCH|PHOTOS?|FILE|NEWS"
                        r"|NEWSROOM|NEWSDESK|STAFF|WEB DESK|DESK"
                        r"|EDITORIAL|COMMENT|FEATURE|INTERVIEW|EXPLAINER|REVIEW|ADVERTISEMENT|SPONSORED)\b")
"""Labels in capitals that are no place; a desk's byline ("NEWSROOM", Kathimerini's)."""


_COLON_PLACE = re.compile(r"(?P<place>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})(?P<mark>: | [–—] | - )(?=[A-Z“\"‘])")
"""A place in title case and a colon or dash opening the lead, as Gulf and African papers print their dateline:
"Dubai: The UAE recorded …", "Doha: The Amir …", "Addis Abeba – Delegations of …", "Rabat - The death toll …"
(after a hyphen or a colon only a place the gazetteer knows: "Officials - who …" is no dateline, nor a live blog's
kicker, "Basketball: BC Kalev say …")."""
_COLON_ALONE = re.compile(r"(?P<place>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}):")
"""A place in title case and its colon alone on a line over the lead, as Indian sites print the dateline apart:
"Bengaluru:" (only a place the gazetteer knows: "Highlights:" is a label)."""
_COLON_LABEL = re.compile(r"(?:Update|Updated|Breaking|Breaking News|Note|Editor['’]s Note|Warning|Watch|Photo|Photos"
                          r"|Video|Analysis|Opinion|Exclusive|Live|Read|Read More|Related|Sources?|Correction"
                          r"|Disclaimer|Summary|Context|Background|Question|Answer|Q|A|Caption|Credit|Image|Report"
                          r"|Statement|Quote|Transcript|Listen|Explainer|Fact Check|Key Points|Highlights|Also Read)")
"""Labels in title case before a colon that are no place: "Update: The ministry …", "Editor's Note: This …"."""


def take_dateline(paragraphs: list[Line]) -> tuple[list[Line], str | None, str | None, str | None, int]:
    """Move a leading dateline ("ERBIL, Kurdistan Region -", "LIMA (AP) —") out of the first paragraph (or the
    second, under a standfirst) into metadata: place, date as written, agency and the seed line it was on."""
    for at, paragraph in enumerate(paragraphs[:2 + _points_over_lead(paragraphs)]):
        found = datelines.dateline(paragraph.text)
        if found is None and at + 1 < len(paragraphs) and _LONE_PLACE.fullmatch(paragraph.text) and not (
                _NOT_PLACE.match(paragraph.text)):
            found = (paragraph.text, "", None, None)  # "ISTANBUL" alone on its line, over the lead
        if found is None and at + 1 < len(paragraphs) and (alone := _COLON_ALONE.fullmatch(paragraph.text.strip())) and (
                alone.group("place") in gazetteer().places):
            found = (alone.group("place"), "", None, None)  # "Bengaluru:" alone on its line, over the lead (NDTV)
        if found is None and (at == 0 or not chrome.is_body_candidate(paragraphs[0].text)) and (  # (under a standfirst)
                colon := _COLON_PLACE.match(paragraph.text)) and not _COLON_LABEL.fullmatch(
                colon.group("place")) and len(paragraph.text.split()) >= 12 and chrome.TERMINAL.search(paragraph.text) and (
                colon.group("mark") not in (" - ", ": ") or colon.group("place") in gazetteer().places):
            found = (colon.group("place"), paragraph.text[colon.end():], None, None)  # "Dubai: The UAE recorded …"
        if found:
            place, rest, date, agency = found
            if rest and (again := datelines.dateline(rest)) and again[0].lower() == place.lower():
                rest, date, agency = again[1], date or again[2], agency or again[3]  # a portal's dateline over the
                # wire's: "VIÑA DEL MAR, Chile -- VIÑA DEL MAR, Chile (AP) — Forest fires …" (ABC News)
            kept = [Line(rest, paragraph.line)] if rest else []  # alone on its line: "Savannah, Georgia CNN —"
            after = _without_wire_datelines(paragraphs[at + 1:], place)
            return [*paragraphs[:at], *kept, *after], place, date, agency, paragraph.line
    return paragraphs, None, None, None, 0


_WIRE_COPY_REACH = 3
"""How many paragraphs under the lead a wire's copy may start with its own dateline."""


def _without_wire_datelines(paragraphs: list[Line], place: str) -> list[Line]:
    """The paragraphs under the lead with the dateline of a wire's copy taken off where one opens with the story's
    own place and an agency ("TALLINN, Feb 5, BNS - A Boeing …" under "TALLINN - The runway …"): the copy stays, its
    dateline is no sentence. Only the same place and only with an agency's name, so a later "KYIV - …" of another
    place's report stays as it is."""
    head = place.split(",")[0].split("(")[0].strip().lower()
    kept = []
    for index, paragraph in enumerate(paragraphs):
        found = datelines.dateline(paragraph.text) if index < _WIRE_COPY_REACH else None
        if found and found[1] and found[3] and found[0].split(",")[0].split("(")[0].strip().lower() == head:
            paragraph = Line(found[1], paragraph.line)
        kept.append(paragraph)
    return kept


_MOST_POINTS = 6
"""How many summary points a wire puts over its lead at most (Reuters' "Summary" box has three or four)."""


def _points_over_lead(paragraphs: list[Line]) -> int:
    """How many short unpunctuated lines open the text, a summary's points that a wire's dateline comes under
    ("Ceasefire begins after three-hour delay" / … / "CAIRO/JERUSALEM, Jan 19 (Reuters) - …")."""
    count = 0
    while count < min(_MOST_POINTS, len(paragraphs) - 1) and not chrome.is_body_candidate(paragraphs[count].text) and (
            not chrome.TERMINAL.search(paragraphs[count].text)):
        count += 1
    return count


_STAMP_PLACES = (re.compile(r"(?P<place>[A-Z][\w'’.-]+(?: (?:de |del |da |do )?[A-Z][\w'’.-]+){0,2})(?: \([A-Z]{2,4}\))?\s+[-–—|●]\s+(?P<rest>.{6,80})"),
                 re.compile(r"(?P<rest>.{6,80}?)\s+[-–—|]\s+(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})"))
"""A date stamp with the place the story was filed from, before its date ("Valencia - OCT 30, 2024 - 17:41 CET",
El País; "Jakarta ● Thu, March 21, 2024", The Jakarta Post; "Porto Alegre (RS) | May 08, 2024 at 17:21", its state's initials
after it, Brasil de Fato) or after it in capitals ("Published - December 04, 2024 01:41 pm IST - SEOUL", The Hindu)."""


def stamp_place(text: str) -> str | None:
    """The place a date stamp names (see _STAMP_PLACES) when the gazetteer knows it and the rest of the line holds a
    date; None for a label ("Politics - Oct 30, 2024") or any other line."""
    for pattern in _STAMP_PLACES:
        if (found := pattern.fullmatch(text.strip())) and chrome_stamps.dates_in(found.group("rest")) and (
                found.group("place") in gazetteer().places or found.group("place").title() in gazetteer().places):
            return found.group("place")
    return None
