"""Datelines: the place, date and agency that open a report's lead ("LIMA, Peru (AP) —", "Taipei, April 5 (CNA)",
"December 20, 2023 (PORT SUDAN) –", "GAZA, February 29, 2024, WAFA -"), and a place beside an outlet's name on a line
of its own ("Moscow - Asharq Al-Awsat", "Baghdad-INA") (``dateline``, ``place_and_outlet``, ``agency_line``).

Split from ``chrome_stamps``, which reads publication stamps and bylines; this module borrows its month and
capital-letter patterns and imports nothing else of the cleaner. Each rule is general (the shape of a line), never a
phrase tuned to one outlet.
"""

from __future__ import annotations

import functools
import re

from . import outlets
from .chrome_stamps import _MONTH, _MONTH_NAME, _UPPER, dates_in

_DATELINE = re.compile(
    rf"^(?P<place>(?:(?P<upper>[{_UPPER}][{_UPPER}'’.-]{{2,}}(?:[ -][{_UPPER}][{_UPPER}'’.-]+){{0,3}}"
    rf"(?:/[{_UPPER}][{_UPPER}'’.-]{{2,}}(?:[ -][{_UPPER}][{_UPPER}'’.-]+){{0,3}}){{0,3}})"
    rf"|[{_UPPER}][\w'’.-]+(?:[ -][{_UPPER}][\w'’.-]+){{0,3}})"
    rf"(?:,\s+[{_UPPER}][\w'’.-]*(?:\s+(?:(?:of|the|and)\s+)*[{_UPPER}][\w'’.-]*){{0,3}}"
    rf"|\s+\([{_UPPER}][\w'’.-]+(?:\s+[{_UPPER}][\w'’.-]+){{0,2}}\)(?=,))?)"
    rf"(?:,?\s+(?P<date>{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}(?:,?\s+\d{{4}})?)\.?)?"
    rf"(?:\s*(?:--)?(?:\((?P<agency>[A-Za-z][A-Za-z0-9 .'/-]{{0,30}})\)|/(?P<wire>[A-Za-z][A-Za-z .'-]{{0,30}})/\.?)"
    rf"(?:\s*(?:--|[-–—:]))?|\s*(?:--|[-–—:]))(?:\s+|(?<=--))(?=[{_UPPER}“\"‘'])"
)
"""A dateline: the place in capitals ("LIMA, Peru (AP) —", "LONDON/SAN FRANCISCO, July 17 (Reuters) -", "ABU DHABI,
17th April, 2024 (WAM) --", "GOMA, Democratic Republic of Congo, Oct 3 (Reuters) -": a region's name may have "of",
"the" and "and" between its capitalised words, or stand in brackets before a comma, "ZAGREB (Croatia), October 15
(SeeNews) -"), or in title case with a date, month or day first, and a bracketed agency
("Taipei, April 5 (CNA) The ...", "Ljubljana, 4 June (STA) - ") or a known agency alone ("Tbilisi (AFP) - Rescuers …"), or a press-release wire between slashes ("MINNEAPOLIS, March 12, 2024
/PRNewswire/ --", "MOSCOW, June 17. /TASS/.") or dashes ("STILLWATER, Okla.--(BUSINESS WIRE)--Prairie …"); the dash may be left out after a
bracketed agency."""



_WIRE_DAY_DATELINE = re.compile(rf"^(?P<date>{_MONTH}\s+\d{{1,2}})\s+\((?P<agency>[A-Z][A-Za-z .'/-]{{1,30}})\)\s*(?:--|[-–—])\s+"
                                rf"(?=[{_UPPER}“\"‘'])")
"""A wire dateline without its place, as some sites copy it: "March 3 (Reuters) - "."""
_DATE_FIRST_DATELINE = re.compile(
    rf"^(?P<date>{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d)\s+\((?P<place>[{_UPPER}][{_UPPER}'’. -]{{1,40}})\)\s*(?:--|[-–—:])\s+"
    rf"(?=[{_UPPER}“\"‘'])")
"""A dateline that gives the date first and the place in brackets: "December 20, 2023 (PORT SUDAN) – "."""


_AGENCY_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][\w'’.-]+(?:\s[{_UPPER}][\w'’.-]+){{0,2}}),\s+(?P<agency>[A-Z]{{3,6}})\s*(?:--|[-–—])\s+"
    rf"(?=[{_UPPER}“\"‘'])")
"""A place in title case and an agency's acronym without brackets: "Tehran, IRNA - "."""


_PLACE_DATE_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][\w'’.-]+(?:\s[{_UPPER}][\w'’.-]+){{0,2}}(?:\s/\s[{_UPPER}][\w'’.-]+(?:\s[{_UPPER}][\w'’.-]+){{0,2}})?),\s+"
    rf"(?P<date>(?:\d{{1,2}}\s+{_MONTH}|{_MONTH.replace('(?P<month>', '(?:')}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+(?:19|20)\d\d)?"
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d)"
    rf"\s*(?:--|[-–—])\s+(?=[{_UPPER}“\"‘'])")
"""A place in title case, a date and a dash, without an agency: "Ljubljana, 5 March - ", "Buenos Aires, October 3rd
2025 - " (MercoPress), "Brussels / Menlo Park, 15.11.2024 — " (a date in numbers is day first where dots separate
them)."""


_STOP_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][{_UPPER}'’.-]+(?:\s[{_UPPER}][{_UPPER}'’.-]+){{0,3}}),\s+"
    rf"(?P<date>\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d|{_MONTH.replace('(?P<month>', '(?:')}\s+\d{{1,2}},\s+(?:19|20)\d\d)"
    rf"\.\s+(?=[{_UPPER}“\"‘'])")
"""A court's or a UN body's dateline: the place in capitals, the full date and a full stop, "THE HAGUE, 12 March 2025.
The International Court of Justice …"."""


_OUTLET_DATELINE = re.compile(rf"^(?P<head>[{_UPPER}][\w'’.,& -]{{2,60}}?)\s*(?:--|[–—])(?:\s+(?P<rest>[{_UPPER}“\"‘'].*)|\s*)$")
_TITLE_PLACE = re.compile(rf"[{_UPPER}][\w'’.-]+(?:,?\s+[{_UPPER}][\w'’.-]+){{0,3}}")


def _outlet_dateline(text: str) -> tuple[str, str, None, str] | None:
    """A place in title case and a known outlet's name without brackets, before a dash: "Savannah, Georgia CNN —"
    (a cable site's dateline, sometimes alone on its line); (place, rest, None, outlet) or None."""
    match = _OUTLET_DATELINE.match(text)
    words = match.group("head").split() if match else []
    for size in (3, 2, 1):
        place = " ".join(words[:-size]).rstrip(",")
        if len(words) > size and outlets.known(" ".join(words[-size:])) and _TITLE_PLACE.fullmatch(place):
            return place, match.group("rest") or "", None, " ".join(words[-size:])
    return None


_SLASH_OUTLET = re.compile(r"^(?P<name>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}) ?/\s+(?=[A-Z“\"‘])")
"""An outlet's name and a slash opening the lead, as some Iraqi and Gulf sites print their dateline: "Shafaq News/ The
Houthis announced …" (an outlet's name only: outlets.outlet_like)."""


_AGENCY_LINE = re.compile(r"(?P<place>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)?) ?[-–—] ?(?P<agency>[A-Z]{2,6})")
"""A dateline alone on its line, the place and the agency's initials joined by a dash: "Baghdad-INA"."""


_PLACE_OUTLET = re.compile(r"(?P<place>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,2}) [-–—|] (?P<named>[A-Z].*)")
"""Where the story was written and the outlet, joined by a dash or a bar, maybe over the stamp's date: "Moscow - Asharq
Al-Awsat", "Athens - Asharq Al-Awsat Friday, 11 July, 2025 - 08:20", "Porto Alegre | Reuters" (Folha)."""
_OUTLET_WORDS = 4
"""The most words of an outlet's name after the dash."""
_OUTLET_PLACE = re.compile(r"(?P<named>[A-Z][^|]{1,40}?) \| (?P<place>[A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,2})")
"""The outlet and where the story was written, the other way round, joined by a bar: "Levante-EMV | Valencia"."""


def place_and_outlet(text: str) -> tuple[str, str] | None:
    """(place, outlet) of a line that opens with a place, a dash and a well-known outlet's name, alone or over the
    stamp's date ("Moscow - Asharq Al-Awsat"), or with the outlet's name, a bar and the place ("Levante-EMV |
    Valencia"); None for any other line (a headline, "Biden - The Interview")."""
    found = _PLACE_OUTLET.fullmatch(text.strip()) if len(text) <= 120 else None
    words = found.group("named").split() if found else []
    for count in range(min(len(words), _OUTLET_WORDS), 0, -1):
        named, rest = " ".join(words[:count]), " ".join(words[count:])
        if outlets.known(named) and (not rest or dates_in(rest)):
            return found.group("place"), outlets.name(named)
    flipped = _OUTLET_PLACE.fullmatch(text.strip())
    return (flipped.group("place"), outlets.name(flipped.group("named"))) if flipped and outlets.known(
        flipped.group("named")) else None


def agency_line(text: str) -> tuple[str, str] | None:
    """(place, agency) of a dateline alone on its line ("Baghdad-INA"), else None."""
    found = _AGENCY_LINE.fullmatch(text.strip())
    return (found.group("place"), found.group("agency")) if found else None


_SPEAKER = re.compile(r"^(?:(?:MR|MRS|MS|MISS|DR|SEN|REP|GEN|AMB|PROF|SIR)\.?\s+[A-Z][A-Z'’.-]*(?:[ -][A-Z][A-Z'’.-]*)?"
                      r"|QUESTION|ANSWER|MODERATOR|OPERATOR|INTERVIEWER|PARTICIPANT|SPEAKER|REPORTER|PARTICIPANTS"
                      r"|UPDATE|UPDATED|BREAKING|WATCH|NOTE|CORRECTION|ANALYSIS|OPINION|EXCLUSIVE|LIVE|VIDEO|PHOTOS"
                      r"|FILE|WARNING)\s*:")
"""A transcript's speaker label, "MR. PRICE:", "QUESTION:", or a label, "UPDATE:", "WATCH:": not a dateline."""


@functools.lru_cache(maxsize=1 << 14)
def dateline(text: str) -> tuple[str, str, str | None, str | None] | None:
    """(place, rest of paragraph, date as written, agency) for "ERBIL, Kurdistan Region - The ...",
    "LIMA (AP) — The ...", "Taipei, April 5 (CNA) The ..." or "December 20, 2023 (PORT SUDAN) – The ..."; None
    otherwise (and for a transcript's speaker label, "QUESTION: Thank you."; and for a bulletin's heading in
    capitals, "URGENT - FIRE WEATHER MESSAGE": a dateline opens a sentence). A memo of a pure function: the cleaner
    and the chronology ask it of the same paragraphs."""
    found = _dateline(text)
    if found and _KICKER.match(text) and _KICKER_WORD.search(found[0]):
        return None  # "FIRST IN EIGHT YEARS: The typhoon was …": a standfirst's kicker, no place
    return None if found and found[1] and not any(char.islower() for char in found[1]) else found


_KICKER = re.compile(rf"^[{_UPPER}][{_UPPER}'’ -]+:\s")
_KICKER_WORD = re.compile(r"\b(?:IN|OF|FOR|TO|AT|ON|THE|AN?|AND|OR|IS|ARE|NOT|NO|WITH|BY|FROM|OVER|UP|OUT)\b")
"""A standfirst's kicker in capitals before a colon, as the Taipei Times opens one ("FIRST IN EIGHT YEARS: …",
"SPEAKING OUT: …"): a place's name in capitals has none of these words."""


_BRACKET_DATE_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][{_UPPER}'’.-]+(?:\s[{_UPPER}][{_UPPER}'’.-]+){{0,3}}(?:,\s+[{_UPPER}][\w'’.-]*){{0,2}})\s+"
    rf"\((?P<date>{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_MONTH.replace('(?P<month>', '(?:')}\s+(?:19|20)\d\d)\)"
    rf"\s*(?:--|[-–—:])\s+(?=[{_UPPER}“\"‘'])")
"""A government release's dateline with its date in brackets: "OKLAHOMA CITY (March 14, 2025) – Governor …"."""


_DATED_AGENCY_DATELINE = re.compile(
    rf"^(?P<place>[{_UPPER}][{_UPPER}'’.-]+(?:\s[{_UPPER}][{_UPPER}'’.-]+){{0,3}}),\s+"
    rf"(?P<date>{_MONTH_NAME}\s+\d{{1,2}}(?:,\s+(?:19|20)\d\d)?|\d{{1,2}}\s+{_MONTH_NAME}(?:\s+(?:19|20)\d\d)?),\s+"
    rf"(?P<agency>[A-Z]{{2,8}})\s*(?:--|[-–—])\s+"
    rf"(?=[{_UPPER}“\"‘'])")
"""WAFA's dateline, the agency after the date, with or without its year: "GAZA, February 29, 2024, WAFA - At least
112 …", "TALLINN, Feb 5, BNS - A Boeing …" (BNS)."""


def _dateline(text: str) -> tuple[str, str, str | None, str | None] | None:
    """See ``dateline``, without the check of what follows it."""
    if _SPEAKER.match(text):
        return None
    if found := _DATED_AGENCY_DATELINE.match(text):  # "GAZA, February 29, 2024, WAFA - At least 112 …"
        return found.group("place"), text[found.end():], found.group("date"), found.group("agency")
    if bracketed := _BRACKET_DATE_DATELINE.match(text):  # "OKLAHOMA CITY (March 14, 2025) – Governor …"
        return bracketed.group("place"), text[bracketed.end():], bracketed.group("date"), None
    match = _DATELINE.match(text)
    if not match or not (match.group("upper") or match.group("agency") and (  # "Tbilisi (AFP) - Rescuers …": a
            match.group("date") or outlets.known(match.group("agency")))):  # known agency needs no date
        dated = _DATE_FIRST_DATELINE.match(text)  # "December 20, 2023 (PORT SUDAN) – The army …"
        if dated:
            return dated.group("place").strip(), text[dated.end():], dated.group("date"), None
        if dayed := _WIRE_DAY_DATELINE.match(text):  # "March 3 (Reuters) - Swiss drugmaker …"
            return "", text[dayed.end():], dayed.group("date"), dayed.group("agency")
        wired = _AGENCY_DATELINE.match(text)  # "Tehran, IRNA - Iran's …"
        if wired:
            return wired.group("place"), text[wired.end():], None, wired.group("agency")
        placed = _PLACE_DATE_DATELINE.match(text) or _STOP_DATELINE.match(text)  # "Ljubljana, 5 March - Former …"
        if placed:
            return placed.group("place"), text[placed.end():], placed.group("date"), None
        slashed = _SLASH_OUTLET.match(text)  # "Shafaq News/ The Houthis …"
        if slashed and outlets.outlet_like(slashed.group("name")):
            return "", text[slashed.end():], None, slashed.group("name")
        return _outlet_dateline(text)
    return (match.group("place").strip().rstrip("-–—"), text[match.end():], match.group("date"),
            match.group("agency") or match.group("wire"))
