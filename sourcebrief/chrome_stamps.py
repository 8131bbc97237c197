"""Line rules for the cleaner: what stamps and bylines look like, and the dates they carry (``stamp``, ``dates_in``,
``parse_date_in``, ``month_day``, ``byline``, ``reporting_from``, ``is_name_only``). ``chrome``, which tells web
furniture and captions, and ``datelines``, which reads a lead's dateline, import from here, never the other way.

Each rule is general (the shape of a line), never a phrase tuned to one outlet.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from . import outlets
from . import solar_hijri, stamp_days
from .entity_gazetteer import gazetteer


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


_MONTH = r"(?i:(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)"
_DATE_FORMS = [
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+|\s+[-–]\s+)(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:,\s*|\s+)(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)[./](?P<mnum>\d\d)[./](?P<day>\d\d)\b"),
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b"),
]
"""The first two forms take a comma with no space before the year as pages glue it ("08 July,2024", mid-day; "Sep
18,2024", the Jordan Times). The last two forms: "2025.09.15" is year first; "6.3.2025" is day first wherever dots separate a date's numbers
(Finland, Germany, Norway, Turkey ...)."""
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})(?P<mark>[/-])(?P<b>\d{1,2})(?P=mark)(?P<year>(?:19|20)\d\d)\b")
"""A numeric date, "04/05/2024" or "10-08-2024": month/day or day/month, which only a part over 12 or the article
itself settles."""
_MONTH_NAME = _MONTH.replace("?P<month>", "")
"""A month's name, for a second place in one pattern (a group's name may not repeat)."""
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})\b")
_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}(?![\w.])")
_STAMP = re.compile(
    r"^(?P<kind>updated|last updated|published|first published|originally published|posted|posted on|date|modified"
    r"|publish|update"  # Dhaka Tribune's "Publish : 21 Jul 2024, 02:15 PM" / "Update : …"
    r"|issued|issued on|this (?:content|article|story|page) was (?:first |last )?(?:published|posted|updated|modified))"
    r"(?:\s+(?:on|at))?\s*[:\-–—]?\s*(?P<rest>.{0,80})$", re.I)


TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", re.I)
_BYLINE_NAME = (r"[A-Z][\w'’.-]+(?:\s+(?:(?!(?:for|FOR|For)\b)[A-Z](?:[\w'’.-]+|(?=\s))"  # "Jennifer A Dlouhy"
                r"|(?:al|el|ad|as|ash|at|ar|az)-[A-Z][\w'’.-]+|(?:van|von|de|der|den|da|dos|du|bin|ibn|del|di)(?=\s+[A-Z]))){0,4}")
"""A writer's name in a byline: capitalised words, an initial, and the particles some names keep in lower case
("Nidal al-Mughrabi", "Ruud van Nistelrooy")."""
_AGENCY = r"(?:Reuters|AFP|AP|dpa|DPA|EFE|ANSA|KNA|epd|AA|Xinhua|Kyodo|Yonhap)"
_AGENCIES = rf"{_AGENCY}(?:(?:,\s*|,?\s+and\s+){_AGENCY}){{0,5}}"
"""The agencies whose copy a writer used, after the name: "Lisa Louis with Reuters, AFP, dpa" (DW)."""
STAMP, BYLINE_NAME = _STAMP, _BYLINE_NAME  # for header_credits' reading of a stamp's credits
_BYLINE = re.compile(rf"^(?P<open>\()?(?:[Bb]y:?|BY:?|Text:|Words:|Written [Bb]y|Posted [Bb]y|Edited [Bb]y|Author(?: of the article)?:?|WRITER:|Writer:)\s+"
                     r"(?:(?:[A-Za-z]+\s+){0,3}(?:reporter|correspondent|editor|writer|journalist)\s+)?"
                     rf"(?P<name>{_BYLINE_NAME}(?:(?:,\s+{_BYLINE_NAME})*,?\s+(?:and|AND|&)\s+{_BYLINE_NAME})?)"
                     r"(?:\s*\([^()]{1,40}\))?(?:\s*[,|]\s*.{0,40}|\s+/\s+.{0,40}|\s+[—–-]\s+[A-Z][\w'’. -]{1,40}|,\s+(?:a|an|the)\s+[^.!?]{1,80}\.?"
                     r"|\s+in\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}"
                     r"|\s+(?:for|FOR|For)\s+[^,|()]{2,40}|\s+(?:and|with)\s+(?:staff|wires|(?:news )?agencies)"
                     rf"|\s+with\s+{_AGENCIES})?(?(open)\))$")
"""A byline: "By Jane Doe", "By Dakin Andone, Holly Yan and Rebekah Riess, CNN", "By JAMES REYNOLDS FOR MAILONLINE",
"By Jessica Kidd and staff" (the desk that helped names no one), "By Chen Cheng-yu / Staff reporter, with CNA" (Taipei
Times), "WRITER: AFP" (Bangkok Post), "Posted by Jane Doe" (a blog), "By Marcelo Remígio — Rio de Janeiro" (O Globo)."""
_ROLE_BYLINE = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+(?:(?:[A-Z][a-z]+|and|&)\s+){0,3}"
                          r"(?:Editor|Correspondent|Reporter|Writer|Journalist|Columnist|Spokesperson|Spokesman"
                          r"|Spokeswoman)(?:\s+[A-Za-z]+){0,3}$", re.I)
"""A trade paper's byline without "By": the name and the writer's role, "Paul Gerrard, Senior Editor"."""
_REPORTING_FROM = re.compile(r"^Reporting from (?P<place>[A-Z][\w'’.-]*(?:,? (?:and )?[A-Z][\w'’.-]*){0,5})$")
_UPPER = "".join(re.escape(chr(c)) for c in range(0x10000) if chr(c).isupper())
"""Every upper-case letter of the Basic Multilingual Plane, for a character class (``re`` has no ``\\p{Lu}``)."""
def parse_date_in(text: str) -> dt.date | None:
    """The first full calendar date (day, month and year) written in ``text``, else None."""
    for form in _DATE_FORMS:
        match = form.search(text)
        if not match:
            continue
        groups = match.groupdict()
        month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"][:3].lower()]
        try:
            return dt.date(int(groups["year"]), month, int(groups["day"]))
        except ValueError:
            continue
    solar = _SOLAR_HIJRI.search(text)  # IRNA's "1403-02-31 10:15"
    return solar_hijri.to_gregorian(*(int(part) for part in solar.groups())) if solar else None


_SOLAR_HIJRI = re.compile(r"\b(1[34]\d\d)[-/](\d\d)[-/](\d\d)\b")


_NAME_ONLY = re.compile(r"^[A-Z][\w'’-]+(?: (?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}$")


def is_name_only(text: str) -> bool:
    """A line that is only a personal name's shape, "Helena Virtanen": an opinion page's byline without "By"."""
    return bool(_NAME_ONLY.match(text.strip()))


def dates_in(text: str) -> tuple[dt.date, ...]:
    """The dates the first full date in ``text`` may be: one, or both readings of a numeric date that reads either
    way, month first then day first ("04/05/2024" is 5 April or 4 May; "25/12/2024" is only 25 December)."""
    date = parse_date_in(text)
    if date is not None:
        return (date,)
    match = _NUMERIC.search(text)
    if not match:
        return ()
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    readings = []
    for month, day in ((a, b), (b, a)):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    return tuple(dict.fromkeys(readings))


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of the first "April 5" (or "5 April") in ``text``, year or not."""
    match = _MONTH_DAY.search(text) or _DAY_MONTH.search(text)
    return (_MONTHS[match.group("month")[:3].lower()], int(match.group("day"))) if match else None


def labelled(text: str) -> str | None:
    """What follows a stamp's label ("Updated", "Published on") in ``text``, else None."""
    return match.group("rest") if (match := _STAMP.match(text.strip())) else None


@functools.lru_cache(maxsize=1 << 16)
def stamp(text: str) -> tuple[str, tuple[dt.date, ...]] | None:
    """("updated" | "published", the dates it may mean: see ``dates_in``; none for a time) for an "Updated: ..." or
    "Published ..." line or a line that is only a date (a memo of a pure function)."""
    match = _STAMP.match(text.strip())
    if match:
        rest = _GLUED_TIME.sub(r"\1 \2", match.group("rest"))
        dates = dates_in(rest)
        if not dates and not (TIME_ONLY.match(rest.strip()) or _AGO.match(rest.strip()) or _times_only(rest)
                              or stamp_days.yearless(rest)):
            return None
        kind = match.group("kind").lower()
        return ("updated" if "updat" in kind or kind == "modified" else "published"), stamp_days.real(dates)
    if TIME_ONLY.match(text.strip()) or _AGO.match(text.strip()):  # a live blog's entry time, "14:20 GMT"; "3 hours ago"
        return "published", ()
    if len(text) > 160:
        return None  # a paragraph, not a line that is only a date (most lines: no need to look for dates in it)
    text = _PRINT_PAGE.sub("", _READING_TIME.sub("", _COMMENT_COUNT.sub("", text.strip())))
    text = _GLUED_DATE.sub(r"\1 ", _GLUED_TIME.sub(r"\1 \2", _UPDATE_TAIL.sub("", _UPDATED_AGE.sub("", text))))
    dates = dates_in(text)
    if dates and (date_only(text) or len(text) <= 120 and (_LABELLED_STAMP.fullmatch(text) and not _named(text)
                                                            or _labels_and_date(text))):
        return "published", stamp_days.real(dates)
    return None



def _named(text: str) -> bool:
    """A person's name before a bar and the date: a byline ("Mohammed Al-Kibsi |15.03.2024"), not a label (a place:
    "New Delhi | March 12, 2025")."""
    head, bar, _ = text.partition("|")
    return (bool(bar) and is_name_only(head) and not outlets.from_byline_line(head.strip())
            and head.strip() not in gazetteer().places)


_STAMP_BAR = re.compile(r"\s+[|·•●/–—-]\s+|\s*\|\s*")  # "Jakarta ● Thu, March 21, 2024" (The Jakarta Post)
_LABEL = re.compile(r"(?!(?:by|BY|By)\b)(?:(?:[A-Z][\w'’&.-]*|(?!(?:Author|Writer|Written|Text|Words|Photos?|Credits?|"
                    r"Reporter|Editor)\b)[A-Z][a-z]+:|\([A-Z]{2,4}\)|\d[\w.-]*(?:/\d+)?"
                    r"|in|with|for|via|from|of|and|the|de|del|la|le|el|du|des|on|at|hrs?|ago)(?:\s+|$)){1,6}")
"""A label beside a date stamp: a name in title case, lower-case only its small words ("Marca in English", "Le Monde
with AFP", "Japan, Disaster"), a state's initials in brackets ("Porto Alegre (RS)"), a field's name before it ("Format:
Situation Report | Source: OCHA | Posted 12 Feb 2026"), a document's number ("Press Release No: 2026/14 |
10.03.2026"), never a byline ("By Jane Doe", "Author: Jane Doe")."""


def _labels_and_date(text: str) -> bool:
    """A date stamp sharing its line with labels, parts between bars or dashes: "Marca in English | Wednesday, 12
    March 2025 - 23:05" (one part a date alone, the others times or short names; a sentence has other lower-case
    words; a person's name beside the date is a byline: "Sophie Lindqvist | 15 Nov 2024 | 5 min read")."""
    parts = [part.strip(" ,") for part in _STAMP_BAR.split(text)]
    parts = [piece.strip() for part in parts for piece in (  # "Madrid, 20/06/2025": a place, then the date
        part.split(", ", 1) if ", " in part and not date_only(part) else [part])]
    dated = [part for part in parts if date_only(part) and dates_in(part)]
    return len(parts) >= 2 and len(dated) == 1 and all(
        part in dated or date_only(part) or _LABEL.fullmatch(part.replace(",", "")) and not (
            is_name_only(part) and not outlets.from_byline_line(part)) for part in parts)


def _times_only(text: str) -> bool:
    """True for what is only times and days named relative to the page ("today at 2:35 pm (Paris), updated at 4:10
    pm"): a stamp with no date to keep."""
    rest = re.sub(r"\([^)]{0,30}\)|\b(?:today|yesterday|at|on|updated|modified)\b|\d{1,2}[:.]\d\d|\b[ap]\.?m\b\.?"
                  r"|\b(?:gmt|utc|[a-z]{1,3}t)\b|[,|·•\-–—\s]", "", text, flags=re.I)
    return rest == ""


_AGO = re.compile(r"^(?:an?|\d+)\s*(?:m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?)\s+ago"
                  r"(?:\s*\(\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\))?$", re.I)
"""A page's age instead of a date, "3 hours ago", "2h ago", a live blog's "12 minutes ago (10:15 GMT)": no date to
keep."""


_LABELLED_STAMP = re.compile(r"(?!(?:By|BY)\s)(?:(?:[A-Z][\w'’&./-]*|\d[\d:.,]*|of|and|on|at|[ap]\.?m\.?"
                             r"|(?<=GMT|UTC)[+-]\d{1,2})[\s,|/·•\-–—]*"
                             r"|(?<=\s)(?:Updated|Published|Posted|Modified):\s*)+")
"""A date among labels, every word capitalised or a number: "KYODO NEWS - Jan 3, 2024 - 21:15 | Japan, Disaster",
"All News 16:05 January 04, 2024", "ISTANBUL Feb 15, 2024 - 10:48 am GMT+3" (a sentence has lower-case words;
"By Jane Doe | 30 April 2024" is a byline)."""


_PRINT_PAGE = re.compile(r"(?<=\d)\s*[|,-]?\s*(?:page|p\.)\s?[A-Z]?\d{1,3}$", re.I)
"""The print page a paper's archive prints after its date: "Fri, Jul 26, 2024 page1" (Taipei Times)."""
_GLUED_TIME = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d\d)")
_GLUED_DATE = re.compile(r"\b((?:19|20)\d\d)(?=[A-Z][a-z]{2,8}\.? \d)")
"""A numeric date run together with the same date in words, as a page shows both: "03/09/2025March 9, 2025"."""
_UPDATED_AGE = re.compile(r"\s*(?:Updated|Last updated)\s+(?:about\s+)?(?:an?|\d+)\s*(?:minute|min|hour|hr|day|week|month|year)s?"
                          r"\s+ago$")
"""A stamp copied from a page whose date, time and age ran together: "November 15, 20244:52 PM ESTUpdated 2 hours ago"."""
_READING_TIME = re.compile(r"\s*[|·•-]?\s*(?:reading time:?\s*)?(?:about\s+)?\d{1,3}\s*(?:mins?|minutes?)"
                           r"(?:\s+read)?$", re.I)
"""How long the article takes to read, after its date: "December 30, 2023 Reading Time: 2 mins read" (Premium
Times)."""
_COMMENT_COUNT = re.compile(r"\s*[|·•-]?\s*(?:\d{1,6}|no)\s+comments?$", re.I)
"""How many readers commented, after the date: "12 May 2025 08:15 am - 4 comments" (Daily Mirror)."""
_UPDATE_TAIL = re.compile(r"\s+[-–|]\s+Update[ds]?\s*:\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:\s+\d{1,2}:\d\d)?$"
                          r"|\s*[\[(]\s*(?:Last\s+)?Update[ds]?\s*:[^\[\]()]{4,60}[\])]$", re.I)
"""The date of an update after the date of publication: in numbers, "15.03.2024 - Update : 15.03.2024", or in brackets,
"Tuesday, 16 January 2024 6:33 AM [ Last Update: Tuesday, 16 January 2024 6:33 AM ]" (Press TV) (the first is the
stamp's)."""


def date_only(text: str) -> bool:
    """True for a line that is nothing but a date, maybe with weekday and time."""
    rest = text
    for form in (*_DATE_FORMS, _NUMERIC):
        rest = form.sub("", rest)
    rest = re.sub(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:last\s+)?(?:updated|published|posted|modified)\b:?|\d{1,2}[:.]\d\d(?:[:.]\d\d)?|\b[ap]\.?m\.?\b|\b\d{1,3}\s*min(?:ute)?s?(?:\s+read)?\b|[+-]\d{1,2}(?::?\d\d)?\b|\b(gmt|utc|[a-z]{1,3}t)\b|\b(?:on|at)\b|\((?:[A-Z][\w-]* )?time\)|[,|·•\-–—\s()]", "", rest, flags=re.I)
    return rest == ""


_BYLINE_STAMPED = re.compile(r"^(?:[Bb]y|BY)\s+(?P<name>(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})),?\s+(?:last\s+)?"
                             r"(?:published|updated|posted|created)\b(?:\s+on)?\s*[:,]?\s*(?P<date>.{6,60}?)"
                             r"(?:,?\s+(?:and\s+)?last\s+(?:updated|modified)\b.{0,60})?$", re.I)
"""A byline run on into its date stamp: "By Mike Wall published 13 October 2024", "By Simon Hradecky, created
Wednesday, Mar 4th 2026 08:12Z, last updated …" (The Aviation Herald; the first date the stamp's)."""


def byline(text: str) -> str | None:
    """The author's name in a "By Jane Doe" or "(By Jane Doe)" line, else None."""
    text = _GLUED_BY.sub("By ", _TEXT_BY.sub("By ", text.strip()))  # "ByMax Zahn", as a page's byline element copies
    stamped = _BYLINE_STAMPED.match(text.strip())
    if stamped and parse_date_in(stamped.group("date")):
        found = outlets.without_outlet(stamped.group("name"))
        found = _STAFF_TAIL.sub("", found) if len(found.split()) >= 4 else found  # "By Alex Speier Globe Staff, Updated"
        return found.title() if found.isupper() else found
    if found := _name_before_date(text.strip()):
        return found
    match = _BYLINE.match(text.strip()) or _ROLE_BYLINE.match(text.strip())
    if not match or len(text) > 100:
        return _outlet_byline(text.strip())
    found = outlets.without_outlet(_NEWSROOM_WORD.sub("", match.group("name")))  # "By Caitlin McFall Fox News"
    found = found.replace(" & ", " and ")  # "By Natalie Sherman & Annabelle Liang"
    found = _STAFF_TAIL.sub("", found) if len(found.split()) >= 4 else found  # "By Alex Speier Globe Staff"
    shouted = found.replace(" and ", " AND ").isupper()  # "by: KIRSTEN GRIESHABER", "LEA SKENE and RICHARD LARDNER"
    return found.title().replace(" And ", " and ") if shouted else found


_NEWSROOM_WORD = re.compile(r"^(?:Rédaction|Redaction|Redacción|Redação|Redaktion|Redazione)\s+(?=[A-Z])")
"""A newsroom's own word before the outlet's name in its byline: "By Rédaction Africanews" is Africanews' desk."""
_BY_WORDS = re.compile(r"^(?:[Bb]y|BY):?\s+(?P<words>(?:[A-Z][\w'’.-]*\s+){1,4}\S.{5,60})$")


def _name_before_date(text: str) -> str | None:
    """The name of a byline run on into its date stamp without a word between them: "Reuters" in "By Reuters March
    12, 2025 11:05 PM", "Jane Doe" in "By Jane Doe Wednesday, March 12, 2025" (the shortest name the rest of the line
    is a full date after); None for anything else."""
    match = _BY_WORDS.match(text) if len(text) <= 100 else None
    words = match.group("words").split() if match else []
    for size in range(1, min(4, len(words) - 1) + 1):
        name, rest = words[:size], " ".join(words[size:])
        if not all(word[:1].isupper() for word in name):
            return None
        if date_only(rest) and parse_date_in(rest):
            found = " ".join(name)
            return found.title() if found.isupper() and len(found) > 4 else found
    return None


def reporting_from(text: str) -> str | None:
    """The place in a byline's location line ("Reporting from Taipei, Taiwan"), a dateline in all but name."""
    match = _REPORTING_FROM.match(text.strip())
    return match.group("place") if match else None


_GLUED_BY = re.compile(r"^By(?=[A-Z][a-z]+\s+[A-Z])")
_TEXT_BY = re.compile(r"^(?:Text by\s?:\s*(?=\S)|Posted by\s+(?=[A-Z][^,|]{1,40}\s+on\s+\S))")
"""France 24's byline label, "Text by: FRANCE 24", "Text by: NEWS WIRES"; a blog's "Posted by Jane Doe on September
17, 2025": a byline like "By …"."""
_BY_ANY = re.compile(r"^(?:[Bb]y|BY):?\s+(?P<name>\S.{1,40})$")


def _outlet_byline(text: str) -> str | None:
    """A well-known outlet's name as the byline, in a form a name's pattern does not take: "By: FRANCE 24", "By RFE/RL's
    Balkan Service" (one of its desks)."""
    match = _BY_ANY.match(text)
    found = outlets.readable(match.group("name").strip()) if match else ""
    found = _SERVICE_OF.sub("", found)  # "By RFE/RL's Balkan Service": the outlet's own desk
    return outlets.name(found) if found and outlets.known(found) else None


_SERVICE_OF = re.compile(r"['’]s(?:\s+[A-Z][\w-]*){1,3}\s+(?:Service|Desk|Bureau|Newsroom|Team)$")
"""A desk of the outlet named before it: "'s Balkan Service" in "RFE/RL's Balkan Service"."""


_STAFF_TAIL = re.compile(r"(?:\s+[A-Z][\w'’-]+)?\s+Staff(?:\s+(?:Writer|Reporter))?$")
"""A byline's run-on credit to the paper's staff: "Globe Staff" in "Alex Speier Globe Staff"."""
DESK = re.compile(r"(?:(?P<by>By|BY|by):? )?(?P<outlet>(?:The )?[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|\d{1,3})){0,3}) (?:Bureau|News Desk|Newsdesk|Web Desk|Desk|Report"
                  r"|(?P<staff>[Ss]taff(?: (?:&|and) [Aa]gencies)?)|(?(by)(?:[Cc]orrespondent|[Rr]eporter)|(?!)))")
OFFICE = re.compile(r"(?:By|BY|by):? (?P<outlet>(?:The )?[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,2}?) [A-Z][\w'’-]+"
                    r" (?P<staff>office|newsroom|bureau)")
"""A newsroom's office in a city credited instead of a writer, which names the outlet: "By Kafkadesk Warsaw office"."""
"""A newsroom desk credited instead of a writer: "The Hindu Bureau", "TBS Report" (Bangladesh's papers), "Express News Desk", "The New Arab Staff &
Agencies", "By L'Orient Today staff" (a staff credit names the outlet itself; "By" is no part of its name), "By MEE
correspondent", "By Islands Business reporter" (only after "By": "Kalyeena Makortoff Banking correspondent" is a writer and her role)."""
