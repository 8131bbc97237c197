"""A story's header read for its credits: a byline and its date stamp on one line, a byline without "By" (a name
with its social handles, or "in" a place beside the stamp), and the publication date the stamps and dateline give.
Read by ``clean``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from . import chrome, chrome_stamps, entity_gazetteer, entity_lexicon, outlets, stamp_days
from .model import Line

_HANDLES = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2})(?:\s*@[\w.]{2,40})+$")
"""A writer's name run together with their social handles when copied: "Jeff Cox@jeff.cox.7528@JeffCoxCNBCcom"."""
_NAME_IN_PLACE = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2}) in (?P<place>[A-Z][\w'’.-]+"
                            r"(?:\s+[A-Z][\w'’.-]+){0,2})$")
"""A byline giving where the writer was: "Colby Smith in Washington"."""


_ONE_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2}(?:\s+[A-Z]\b\.?)?"
"""A person's name of two or three words, maybe with an initial after it, as South Indian names put it ("Sagay Raj P")."""
NAME_LINE = re.compile(rf"(?!(?:By|BY)\s)(?P<name>{_ONE_NAME}(?:(?:,\s+|,?\s+and\s+){_ONE_NAME}){{0,3}})(?:,?\s+and\s+agencies)?"
                       rf"(?:(?:\s+in|\s+at(?:\s+the)?|,(?!\s+(?:{chrome.AGENCIES})$))\s+(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}})"
                       r"|\s+[A-Z][a-z'’-]+(?:\s+[a-z][\w'’-]*){0,3}\s+(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter"
                       r"|[Jj]ournalist|[Cc]olumnist|[Cc]ritic)|\s+\((?:The\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}\))?")
"""A line that is only a person's name, or two to four ("Kalyani Shah and Tom Whitfield"), maybe with the agencies
whose copy they used ("Ruth Michaelson and agencies"), maybe with where they wrote from ("Justin McCurry in Tokyo",
"Abdulkadir Abubakar, Dutse"; "Sid Lowe at the Santiago Bernabéu", a match's reporter), their role run on after it ("Richard Partington Economics correspondent", "Michael Savage Policy
Editor") or their paper in brackets ("Yerica Lai (The
Jakarta Post)"); a byline when a date stamp follows it."""


def listed(names: str) -> str:
    """Writers' names as a byline lists them, the last after "and": "Conor Gallagher, Ellen Coyne" (The Irish Times
    sets them apart by a comma alone) is "Conor Gallagher and Ellen Coyne"."""
    if " and " in names or ", " not in names:
        return names
    first, last = names.rsplit(", ", 1)
    return f"{first} and {last}"


def outlet_desk(name: str | None, below: list[str]) -> bool:
    """Whether a bare name over the outlet's line is that outlet's own desk, no writer: "Rudaw English" over "Rudaw"."""
    outlet = outlets.from_byline_line(below[0]) if name and below else None
    return bool(outlet) and name.split()[0].lower() == outlet.split()[0].lower()


TWO_NAMES = re.compile(r"^[A-Z][\w'’-]+ [A-Z][\w'’-]+ and [A-Z][\w'’-]+ [A-Z][\w'’-]+$")
"""Two writers' names alone over the story, "Tom Hunt and Maia Hart" (Stuff): a byline, stamp or no stamp."""


_BARS = re.compile(r"\s+[|·•]\s*")
"""Bars between a byline and its stamp; the one after may touch the date ("Mohammed Al-Kibsi  |15.03.2024")."""


def name_and_stamp(text: str) -> tuple[str, tuple[dt.date, ...]] | None:
    """(author, dates) of a byline and date stamp on one line between bars: "Sophie Lindqvist | 15 Nov 2024 | 5 min
    read"; None otherwise."""
    parts = _BARS.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or not chrome_stamps.is_name_only(parts[0]) or outlets.from_byline_line(parts[0]):
        return None
    found = chrome_stamps.stamp(parts[1])
    return (parts[0], found[1]) if found and found[1] else None


def header_byline(text: str, lines: Sequence[Line], index: int) -> tuple[str, str | None] | None:
    """(author, place) of a byline without "By" in the header: a name with its social handles, or a name "in" a place
    next to the article's date stamp (alone, "Election Day in America" may be a heading)."""
    if match := _HANDLES.match(text.strip()):
        return match.group("name"), None
    # "Martin Arnold in Frankfurt and Olaf Storbeck in Ljubljana": each writer in their place
    names = re.sub(r"^(?:[Bb]y|BY):?\s+", "", text.strip())
    matches = [_NAME_IN_PLACE.match(part) for part in re.split(r"\s+and\s+(?=[A-Z])", names, maxsplit=2)]
    if not all(matches) or any(outlets.from_byline_line(match.group("name")) for match in matches):
        return None
    beside = [lines[at].text for at in (index - 1, index + 1) if 0 <= at < len(lines)]
    return (" and ".join(match.group("name") for match in matches), matches[0].group("place")) if any(
        (found := chrome_stamps.stamp(other)) and found[1] for other in beside) else None


def published(stamps: dict[str, tuple[dt.date, ...]], date_written: str, captions: Sequence[str] = ()) -> dt.date | None:
    """A Published stamp's date, else an Updated stamp's, else the dateline's full date. A stamp that reads either way
    ("04/05/2024") counts only when the dateline's month and day ("Taipei, April 5"), or a caption's full date that
    is one of its readings ("… Khan Younis, on March 9, 2025" under "Issued on: 09/03/2025"), pick one reading."""
    on = chrome_stamps.month_day(date_written)
    shown = {found for text in captions if (found := chrome_stamps.parse_date_in(text))}
    for kind in ("published", "updated"):
        dates = stamps.get(kind, ())
        picked = dates if len(dates) == 1 else [date for date in dates if (date.month, date.day) == on] or [
            date for date in dates if date in shown]
        if picked:
            return picked[0]
    return chrome_stamps.parse_date_in(date_written)


_YEARLESS = re.compile(r"(?:last )?(?:updated|published|posted):? (?P<a>\d{1,2})/(?P<b>\d{1,2})"
                       r"(?: ?[-–|,] ?\d{1,2}[:.]\d\d)?", re.I)
"""A header's stamp with no year, "Last updated: 29/03 - 18:40" (Africanews)."""


def yearless_day(header: Sequence[str]) -> tuple[int, int] | None:
    """(month, day) of the first stamp without a year in the header (see ``_YEARLESS``), for the other sources' dates
    to give its year as they do a dateline's (``dateline_year``); None when it reads both ways ("05/03": 5 March or
    3 May), or there is none."""
    for text in header:
        if (labelled := chrome_stamps.labelled(text)) and (day := stamp_days.yearless(labelled)):
            return day  # "Updated 14:03 GMT, 22 Jan"
        if found := _YEARLESS.fullmatch(text.strip()):
            a, b = int(found.group("a")), int(found.group("b"))
            if (a > 12) == (b > 12) or max(a, b) > 31:
                return None
            return (b, a) if a > 12 else (a, b)
    return None


def over_date_or_role(text: str, title_line: Line | None = None) -> bool:
    """Whether a line under a bare name makes it a byline: a date stamp ("Fri 29 Nov 2024 00.13 GMT"), the writer's
    role ("Business reporter") or outlet ("USA TODAY"); under the headline, a share bar's button too ("Jenni Evans" /
    "Share", News24)."""
    found = chrome_stamps.stamp(text)
    return (bool(found and found[1]) or chrome.is_role_line(text) or bool(outlets.from_byline_line(text)) or bool(
            place_dash(text)) or bool(_READING_TIME.fullmatch(text.strip()))
            or bool(title_line) and bool(_SHARE_BAR.match(text.strip())) and chrome.is_chrome(text))


_PLACE_COMMA = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2},")
"""A place alone with the comma that ran it into the stamp on the page: "Bengaluru," over "UPDATED: Oct 24, 2024"."""


def over_place_and_stamp(below: list[str]) -> bool:
    """Whether the two lines under a bare name (``below``) are where the writer was and the date stamp ("Sagay Raj P" /
    "Bengaluru," / "UPDATED: Oct 24, 2024 08:05 IST", India Today; a known place without its comma): the name is the
    byline."""
    place = len(below) == 2 and (_PLACE_COMMA.fullmatch(below[0].strip()) or below[0].strip() in (
        entity_gazetteer.gazetteer().places))  # "Sinan Mahmoud" / "Baghdad" / "Mar 14, 2024" (The National)
    found = chrome_stamps.stamp(below[1]) if place else None
    return bool(found and found[1])


def over_known_place(below: list[str], name: str, rest: str) -> bool:
    """Whether a bare name over a known place alone (``below``: "Wendy Stueck" / "Vancouver", "TEREIXA CONSTENLA" /
    "Lisbon", no stamp) is the byline and where the writer was: the name is no place, and the rest of the page
    (``rest``) never names it, as it would a kicker's subject."""
    places = entity_gazetteer.gazetteer().places
    if not below or below[0].strip() not in places or any(word.title() in places for word in name.split()):
        return False
    return not any(re.search(rf"\b{re.escape(word)}\b", rest, re.I) for word in name.split())


_READING_TIME = re.compile(r"\d{1,2} min(?:ute)?s?\.? read", re.I)
"""A page's reading time under the byline, "4 min read" (news.com.au: "Emma Kirk" / "4 min read")."""
_PLACE_DASH = re.compile(r"(?P<place>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})\s+[-–—]")


def place_dash(text: str) -> str | None:
    """The place of a dateline alone on its line under the byline, "Santander" in "Santander -" (El País: "Rafael
    Méndez" / "Santander -" / the story); None for anything else."""
    match = _PLACE_DASH.fullmatch(text.strip())
    return match.group("place") if match else None


_SHARE_BAR = re.compile(r"^(?:share|follow|bookmark|save|listen)\b[^.!?]{0,40}$", re.I)
"""A share bar's first button, or the bar on one line ("Share: Facebook X Email"), which a page prints right under
its byline."""


_CREDIT_PARTS = re.compile(r"\s+[|·•/]\s+|\s*\|\s*")


def stamp_credits(text: str) -> tuple[str | None, str | None]:
    """(writer, outlet) that a date stamp's line names beside its date, between bars, dots or slashes: "Catharine
    Tunney · CBC News · Posted: Mar 12, 2025 8:28 AM EDT" is Catharine Tunney of CBC News; "TOI Business Desk /
    TIMESOFINDIA.COM / Updated: Mar 12, 2025, 14:37 IST" is The Times of India, no writer. A name counts as the
    writer only first, over an outlet and a labelled stamp ("New Delhi | Reuters | March 12, 2025" names a place)."""
    if text.strip().startswith("Posted by ") and (named := chrome_stamps.byline(text)):
        return named, None  # a blog's "Posted by Jane Doe on September 17, 2025"
    parts = [part.strip() for part in _CREDIT_PARTS.split(text.strip())]
    writer = outlet = None
    for part in parts if len(parts) >= 2 else []:
        if chrome_stamps.dates_in(part) or chrome_stamps.STAMP.match(part):
            continue
        found = outlets.from_byline_line(part) or (outlets.name(part) if outlets.known(part) else None)
        if found and outlets.is_section_name(found):
            continue  # "All News | 17:41 June 24, 2024" (Yonhap): the section's label, neither outlet nor writer
        if found:
            outlet = outlet or found
        elif part == parts[0] and chrome_stamps.is_name_only(part) and not re.search(r"\b(?:Desk|Bureau|Staff|Team)$", part):
            writer = part  # (not "TOI Business Desk")
    labelled = any(chrome_stamps.STAMP.match(part) for part in parts)
    if inside := _BY_INSIDE.search(text.strip()):  # the byline after the stamp's date, its parts after dashes
        found = [outlets.from_byline_line(part) for part in re.split(r"\s+[-–|]\s+", inside.group("rest"))]
        return inside.group("name"), outlet or next((name for name in found if name), None)
    return (writer if outlet and labelled else None), outlet


_BY_INSIDE = re.compile(rf"(?<=\d)\s+(?:By|BY|by)\s+(?P<name>{chrome_stamps.BYLINE_NAME})(?P<rest>(?:\s+[-–|]\s+[^-–|]{{2,40}}){{0,4}})$")
"""A byline run on after the stamp's date and time, its role, outlet and place after dashes: "Published on 05/05/2024 -
15:30 By Luciano Nascimento - Reporter - Agência Brasil - Porto Alegre" (Agência Brasil)."""


_OUTLET_ROLE = re.compile(r"^(?P<outlet>(?:The )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3})"
                          r" (?P<role>[a-z][\w'’-]*(?: [a-z][\w'’-]*){0,4})$")
"""A writer's role under the byline, opening with the outlet's name: "BBC Sport chief football news reporter"."""


def outlet_of_role(text: str) -> str | None:
    """The outlet a role line under the byline opens with (see _OUTLET_ROLE), when the name is an outlet's (a known one,
    one with a known outlet's first word, "BBC Sport", or two words or more with an outlet's word, "Seattle Times");
    None otherwise."""
    match = _OUTLET_ROLE.match(text.strip())
    if not match or not outlets.is_role(match.group("role")):
        return None
    found = outlets.name(match.group("outlet"))
    return found if found and (outlets.known(found) or outlets.known(found.split()[0]) or len(found.split()) >= 2 and (
        outlets.outlet_like(found))) else None  # "Seattle Times aerospace reporter": a name with an outlet word


def no_person(byline: str, mastheads: Iterable[str]) -> bool:
    """Whether a byline's name is no person's: the page's own masthead, maybe with an agency ("Daily Sabah With AA"),
    or the staff alone (see STAFF_ONLY), or the wires in general ("News Wires")."""
    own = re.split(r"\s+(?:with|and|&)(?:\s+|$)", byline, maxsplit=1, flags=re.I)[0].lower()
    return any(own == masthead.strip().lower() for masthead in mastheads) or bool(STAFF_ONLY.fullmatch(byline)) or (
        outlets.name(byline) is None)  # "Text by: NEWS WIRES": the wires in general


_DESK_CREDIT = re.compile(r"[A-Z]{2,5}|[A-Z][a-z]")
"""A newsroom's initials alone in a byline's place, no person's name: "By JT" (the Jordan Times, read as "Jt"). (A
desk's signature with its word, "TOI Staff", "Staff Reporter", stays the credit.)"""


def desk_credit(name: str | None) -> bool:
    """Whether a byline's name is a newsroom's credit (see ``_DESK_CREDIT``), no writer's."""
    return bool(name) and bool(_DESK_CREDIT.fullmatch(name.strip()))


STAFF_ONLY = re.compile(r"(?:Staff|Newsroom)(?: The)?")
"""The name a byline reads when it credits the staff alone ("By Staff | The Canadian Press", "By Staff The Canadian
Press" read as "Staff The"): no person, so no author ("Staff Reporter" stays, as a desk's signature)."""


def place_after_outlet(text: str) -> str | None:
    """Where the writer was when the outlet's line under the byline names the place after a comma ("BBC News, Kano":
    Kano), the story's dateline; None for a role before the outlet ("Business reporter, BBC News") or no place."""
    outlet, _, place = text.partition(",")
    place = place.strip()
    if not place or not outlets.from_byline_line(outlet) or not re.fullmatch(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}", place):
        return None
    return place


def credit_under_headline(named: re.Match[str], title_line: Line | None, bodies: int) -> bool:
    """Whether a name line (``named``: its "name" group and the rest) under the headline or its standfirst, before any
    paragraph of body text (``bodies``), is the byline by its own words, stamp or no stamp: the place the writer was in
    or their role ("Angelique Chrisafis in Avignon", "Peter Walker Political correspondent"); a name alone may be a
    kicker, a paper in brackets a caption's credit."""
    return bool(title_line and title_line.text and bodies == 0 and named.end("name") < named.end()
                and not named.group(0).endswith(")"))


_CHROME_BETWEEN = 2
"""How many lines of web chrome (a cookie banner, a share bar) the cleaner removed between the headline and a bare
byline at most (the cleaner keeps only the standfirst above it)."""


_BUTTONS = frozenset("save share print follow listen comment comments email copy link bookmark gift subscribe like tweet"
                     " post reply more menu".split())
"""Labels of a page's buttons, which a row of two copies in the shape of a name ("Save  Share"): never a byline."""


_DESK_WORD = re.compile(r"\b(?:Office|Desk|Bureau|Staff|Team|Department|Unit|Newsroom|Communications|Service)$")
"""The last word of a desk's or office's name, which a bare line under the headline may give instead of a writer's."""


_LIVE_EVENTS = re.compile(r"Key events|Key points|Summary|Live updates", re.I)
"""The heading of a live blog's list of key posts, which comes right under its writer's name ("Julia Kollewe" / "Key
events", the Guardian)."""


def bare_byline(lines: Sequence[Line], index: int, title_line: Line | None, standfirst: Line | None) -> bool:
    """Whether a person's name alone, right under the standfirst that is under the headline (maybe with a cookie banner
    or share bar between, see ``_CHROME_BETWEEN``), or right under a headline with no standfirst (``standfirst`` None) that a masthead or menu is over,
    and over the first paragraph of body text, is the byline with no stamp ("Richard Meade", "James Baker", Lloyd's
    List): a name the rest of the page never mentions, so the story's subject under the standfirst (a kicker's name)
    stays."""
    text = lines[index].text.strip()
    if not (title_line and 2 <= index + 1 < len(lines) and chrome_stamps.is_name_only(text) and len(text.split()) <= 3) \
            or any(word.lower() in _BUTTONS for word in text.split()) or outlets.from_byline_line(text) \
            or _DESK_WORD.search(text):  # "Associated Press": the copy's credit; "Communications Office": a desk
        return False
    above = [at for at in range(max(0, index - 2 - _CHROME_BETWEEN), index - 1) if lines[at].line == title_line.line]
    if standfirst is None:  # (a page's furniture above the headline: a copied web page, where a bare name is its byline)
        above = [index - 1] if lines[index - 1].line == title_line.line else []
    elif above and lines[above[0] + 1].line != standfirst.line:
        above = []
    if not above or not (chrome.is_body_candidate(lines[index + 1].text) or _LIVE_EVENTS.fullmatch(
            lines[index + 1].text.strip())):  # a live blog's "Key events" list under its writer's name
        return False
    others = " ".join(line.text for at, line in enumerate(lines) if at != index)
    return not any(re.search(rf"\b{re.escape(word)}\b", others) for word in text.split())



def person_shaped(text: str) -> bool:
    """A line that can only be a person's name: two or three words in a name's shape, none a place's, a desk's, an
    outlet's, a button's, an acronym or a common word ("Middle East", "Europe Markets", "Save Share", "BBC Cuts Jobs"
    are not)."""
    text = text.strip()
    if not (chrome_stamps.is_name_only(text) and 2 <= len(text.split()) <= 3) or outlets.from_byline_line(text) \
            or _DESK_WORD.search(text) or any(word.lower() in _BUTTONS for word in text.split()):
        return False
    places = entity_gazetteer.gazetteer().places
    return text not in places and not any(word in places or word in entity_lexicon.COMMON_CAPS or word.isupper()
                                          or outlets.known(word) for word in text.split())  # ("BBC Cuts Jobs")


def headline_under_name(lines: Sequence[Line], title_line: Line) -> Line | None:
    """The headline under the page's first line when that line, taken for the headline, is a person's name alone over a
    short headline and the story: no headline is a name alone, so the name is the byline ("Jane Smith" / "Port strike
    ends") or a kicker naming the story's subject ("Ebrahim Raisi"); None otherwise."""
    if title_line != lines[0] or len(lines) <= 2 or not person_shaped(title_line.text):
        return None
    return lines[1] if chrome.looks_like_headline(lines[1].text) and chrome.is_body_candidate(lines[2].text) else None


def name_over_headline(lines: Sequence[Line], title_line: Line | None) -> bool:
    """Whether the page's first line, a person's name alone right over the headline (or over its date stamp) with the standfirst or the body
    right under it, is the byline ("Grant Rowles" / the headline / the lead: a trade site's page copied from its
    writer's name down): a name of two or three words that is no place, no desk and no outlet, and that the rest of the
    page never mentions (a kicker over the headline, "Ebrahim Raisi", is the story's subject and is named again)."""
    stamped = len(lines) > 3 and chrome_stamps.parse_date_in(lines[1].text) is not None and len(lines[1].text.split()) <= 8
    at = 2 if stamped else 1  # ("Tom Hale" / "December 3, 2024" / the headline)
    if not (title_line and len(lines) >= at + 2 and lines[at].line == title_line.line):
        return False
    text = lines[0].text.strip()
    if not person_shaped(text) or not any(chrome.is_body_candidate(line.text) for line in lines[at + 1:at + 3]):
        return False  # (the standfirst, or the lead, under the headline)
    if len(lines) > at + 1 and (chrome_stamps.byline(lines[at + 1].text) or stamp_credits(lines[at + 1].text)[0]):
        return False  # the headline's own byline under it ("Posted on 8 October 2026 by …"): the name over it is a
        # blog's ("Alpine Rail Notes")
    others = " ".join(line.text for line in lines[at:])
    return not any(re.search(rf"\b{re.escape(word)}\b", others) for word in text.split())


_OWN_REPORTER = re.compile(r"(?P<outlet>(?:The )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,2}) (?:Reporters?|Correspondent|Writer)")
_NAME_BAR_OUTLET = re.compile(rf"(?P<name>{_ONE_NAME}(?:(?:,\s+|,?\s+and\s+){_ONE_NAME}){{0,2}})\s+[|·•]\s+(?P<outlet>[^|·•]{{2,40}})")
"""A writer's name and the outlet after a bar or a dot: "Nikolaus J. Kurmayer | Euractiv", "Rhiannon Johnson · CBC News"."""
_AGENCY_BYLINE = re.compile(rf"(?P<name>{_ONE_NAME}(?:(?:,\s+|,?\s+and\s+){_ONE_NAME}){{0,2}}),\s+(?P<agency>{chrome.AGENCIES})")


def signature(text: str, removed: Iterable[str], below: Sequence[str]) -> tuple[str | None, str | None] | None:
    """(the writer, the agency whose copy it is) of a signature under the headline that no "By" opens: a writer's with
    the outlet after a bar ("Nikolaus J. Kurmayer | Euractiv", the masthead above or a known outlet), a newsroom's
    named for the masthead above ("Herald Reporter" under "The Herald", ``removed`` the lines dropped over it: no
    person) or a writer's with an agency over the date stamp (``below``: "Eleanor Hart, PA" over "Thursday 30 January
    2025 18:02 GMT", read as a photo's credit otherwise); None for anything else."""
    above = {line.strip().lower() for line in removed}
    if own_reporter(text, above):
        return None, None
    if (bar := _NAME_BAR_OUTLET.fullmatch(text.strip())) and (bar.group("outlet").lower() in above or outlets.known(
            bar.group("outlet"))) and outlets.name(bar.group("outlet")) not in outlets.WIRES:  # "Nikolaus J. Kurmayer |
        return bar.group("name"), None  # Euractiv" under the masthead "Euractiv" (an agency's: "Porto Alegre | Reuters")
    match = _AGENCY_BYLINE.fullmatch(text.strip())
    if not match or not below or not (found := chrome_stamps.stamp(below[0])) or not found[1]:
        return None
    return match.group("name"), outlets.name(match.group("agency"))


def own_reporter(text: str, above: set[str]) -> str | None:
    """The masthead a newsroom's signature under the headline is named for, "The Herald" for "Herald Reporter" under
    the masthead "The Herald" (``above``: the lines removed over it, lower-cased): the paper's own staff, no person;
    None for anything else ("Jane Doe Reporter" names no masthead above)."""
    match = _OWN_REPORTER.fullmatch(text.strip())
    if not match:
        return None
    outlet = re.sub(r"^the ", "", match.group("outlet").lower())
    return next((line for line in above if re.sub(r"^the ", "", line) == outlet), None)
