"""The outlet a copied page's own furniture gives away when nothing in its text names one: the label of the link to
its home page ("BBC Homepage"), or a line of furniture that only one outlet's pages carry ("Reuse this content")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from . import blocks, chrome_stamps, entity_gazetteer, outlets

_HOME_LINK = re.compile(r"^(?:Go to (?:the )?)?(?P<name>[A-Z][\w&'’.+-]*(?: [A-Z][\w&'’.+-]*){0,3})\s+(?:Homepage|home page)$",
                        re.I)
"""The screen-reader label of a masthead's link home, copied with the page: "BBC Homepage"."""
_HOUSE_LINES = {
    "explore more on these topics": "The Guardian",
    "reuse this content": "The Guardian",
    "about sharing": "BBC News", "iplayer": "BBC News", "bbc iplayer": "BBC News",
}
"""Furniture lines, lower-cased, that one outlet's page template carries and no other's: the Guardian closes every
article with "Explore more on these topics" over its tags and "Reuse this content" under them; the BBC's share panel
ends with "About sharing", its menu bar has "iPlayer"."""


def from_page_marks(furniture: list[str]) -> str | None:
    """The outlet the removed lines ``furniture`` give away (see the module), when they give one and only one."""
    found = set()
    for text in furniture:
        line = text.strip().rstrip(".").strip()
        house = _HOUSE_LINES.get(line.lower())
        home = _HOME_LINK.match(line) if not house and len(line) <= 60 else None
        named = outlets.name(home.group("name")) if home else None
        if house:
            found.add(house)
        elif named and outlets.outlet_like(named, acronym=True):
            found.add(named)
    return found.pop() if len(found) == 1 else None


_HOUSE_STYLES = {
    re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} (?:19|20)\d\d \d\d\.\d\d (?:BST|GMT)"): "The Guardian",
    re.compile(r"Image caption, .+"): "BBC News",
    re.compile(r"(?:Published|Updated) at : .+"): "The Kathmandu Post",
    re.compile(r"(?:[^|]{2,80}\s*\|\s*)?\d\d\.\d\d\.\d{4} - Update : \d\d\.\d\d\.\d{4}"): "Anadolu Agency",
}
"""Lines in a form that only one outlet's template writes: the Guardian's date stamp "Tue 29 Aug 2023 19.30 BST" (a
weekday, a time with a dot and the British zone), the BBC's caption label "Image caption, Rescuers dig …" (as its
screen-reader text copies), the Kathmandu Post's "Published at : July 11, 2024" (a space before the colon), Anadolu's stamp "Ali Jewad |14.03.2024 -
Update : 14.03.2024" (dotted dates, "Update" with a space before the colon)."""


def from_house_style(texts: list[str]) -> str | None:
    """The outlet whose template alone writes lines of the page as they are (see _HOUSE_STYLES), when the page's lines
    give one and only one; asked only when nothing else names the outlet."""
    found = {outlet for text in texts if len(text) <= 300 for style, outlet in _HOUSE_STYLES.items()
             if style.fullmatch(text.strip())}
    return found.pop() if len(found) == 1 else None


_LOGO = re.compile(r"[^\W\d_][^\W\d_&'’.-]*(?: [^\W\d_][^\W\d_&'’.-]*){0,2}")
"""A name of one to three words in capitals (any alphabet's: "PÚBLICO"), as a logo's lettering copies: "A BOLA"."""


def logo_over_page(first_line: str | None, story: str) -> str | None:
    """The outlet the page's first line names when it is a logo's lettering over the headline ("A BOLA" / the
    headline; "PÚBLICO"), no section's or article kind's word, and none of its words is in the story's opening (``story``: the
    headline and lead), as a kicker's would be ("UKRAINE WAR"): asked only when nothing else names the outlet."""
    text = (first_line or "").strip()
    if not _LOGO.fullmatch(text) or not text.isupper() or len(text) < 4 or outlets.is_section_name(text) or _NOT_LOGO.search(text):
        return None
    if any(re.search(rf"\b{re.escape(word)}\b", story, re.I) for word in text.split() if len(word) >= 3):
        return None
    if " " not in text and (len(text) > _ACRONYM_LONGEST or not text.isascii()):
        return outlets.name(text.title())  # "HELAGOTLAND" is Helagotland, "DIÁRIO" Diário (initials have no accents);
        # "ESPN", "SCMP" stay initials
    return outlets.name(outlets.readable(text))


_ACRONYM_LONGEST = 6
"""The longest one-word logo in capitals read as initials ("ESPN", "CNBC"); a longer one is a word ("HELAGOTLAND")."""


_NOT_LOGO = re.compile(r"\b(?:NEWS|LIVE|BREAKING|EXCLUSIVE|OPINION|ANALYSIS|UPDATE|UPDATED|WATCH|VIDEO|PHOTOS|"
                       r"ADVERTISEMENT|SPONSORED|MENU|HOME|SEARCH|SHARE|SUBSCRIBE|ALERT|URGENT|FLASH|JUST IN)\b")
"""Words in capitals over a headline that are a label, not an outlet's logo."""


_OWNER = re.compile(r"^(?P<title>.+?)\s+(?:Media Group|Media|Group|Holdings|Communications|Publishing|Publications)"
                    r"(?:\s+(?:Ltd|Limited|PLC|plc|Inc)\.?)?$")
"""A publishing company's name, which a page's credits may give for the paper it owns: "Nation Media Group"."""


def paper_of_owner(outlet: str | None, first_line: str | None) -> str | None:
    """The paper when ``outlet`` is its owner's company and the page's masthead, its first line, is the company's
    name without the company word ("Nation" over the page, "Nation Media Group" under the byline: the Nation);
    ``outlet`` otherwise."""
    owner = _OWNER.match(outlet or "")
    title = (first_line or "").strip()
    if owner and title and re.sub(r"^The\s+", "", title) == re.sub(r"^The\s+", "", owner.group("title")):
        return title
    return outlet


def owner_line(text: str, first_line: str) -> str | None:
    """The paper a line that is only its owner's company names, when the page's first line is the company's name
    without the company word ("Nation Media Group" under the story of a page that opens "Nation"); None otherwise."""
    found = paper_of_owner(text.strip(), first_line)
    return found if found and found != text.strip() else None


_CREDIT_BEFORE = r"(?:\btold|\bto|\bon|\bby|\bcontacted|/|©)"
_CREDIT_AFTER = r"(?:understands|has (?:learned|learnt|seen|confirmed)|reported|English|News\b|/)"
"""Words around an outlet's name where a page names itself: "colleagues told bianet", "Sky Sports News understands",
"Watch highlights on Sky Sports News", "İliç / bianet" (a place and the outlet), "Bianet English"; after a verb or
preposition, the name ends its clause ("told Novo Nordisk employees" names a company)."""


def name_again(first_line: str | None, texts: list[str], title: str) -> str | None:
    """The page's first line over the headline when the page names itself by it again below, as an outlet names itself
    (see ``_CREDIT_BEFORE``): "Sky Sports" over the headline, "Sky Sports News understands" in the story; a name of at
    most four words, no section's or article kind's label and not in the headline (a kicker's topic, "Ukraine War",
    recurs in the story but not as a credit). Asked only when nothing else names the outlet."""
    text = (first_line or "").strip()
    words = text.split()
    if not 1 <= len(words) <= 4 or re.search(r"[.!?:;,|]", text) or outlets.is_section_name(text) or _NOT_LOGO.search(
            text.upper()) or re.search(rf"\b{re.escape(text)}\b", title, re.I):
        return None
    if not (text.islower() or text.isupper() or all(word[:1].isupper() for word in words)):
        return None
    named = re.compile(rf"{_CREDIT_BEFORE}\s+{re.escape(text)}(?=\s*(?:[.,;:)]|$))|(?<![\w-]){re.escape(text)}\s+{_CREDIT_AFTER}",
                       re.I if " " not in text else 0)
    return outlets.name(outlets.readable(text)) if any(named.search(line) for line in texts[1:]) else None


_WORKS_FOR = re.compile(r"\b(?:for|at|with) (?P<name>(?:The )?[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){1,3})")


def from_bios(bios: list[str]) -> str | None:
    """The outlet the writers' bios say they work for ("… is the Tokyo bureau chief for The Washington Post."), when
    they name one, of two words or more ("for The Times" may be any of several papers)."""
    found = {outlets.name(match.group("name")) for bio in bios for match in _WORKS_FOR.finditer(bio)}
    found = {one for one in found if one and outlets.outlet_like(one) and len(re.sub(r"^The ", "", one).split()) >= 2}
    return found.pop() if len(found) == 1 else None


_NAME_WORDS = r"(?-i:(?:(?!our |the |your |my )[a-z]{2,5} (?=[A-Z]))?[A-Z][\w&'’.+-]*(?: (?:of |& |de )?[A-Z][\w&'’.+-]*){0,3})"
"""A name in title case, maybe after a brand's word in lower case ("bne IntelliNews"; not "our" or "the")."""
_OWN_FURNITURE = re.compile(
    rf"^(?:(?:subscribe to|support) (?P<sub>(?:[Tt]he )?{_NAME_WORDS})"
    rf"|search (?P<search>(?:the )?{_NAME_WORDS})"
    rf"|(?:sign up|subscribe|register) (?:for|to) (?P<own>{_NAME_WORDS})['’]s? [^.!?]{{0,60}}"
    r"\b(?:newsletters?|emails?|alerts|briefing)\b.{0,80}"
    rf"|(?P<desk>(?:[Tt]he )?{_NAME_WORDS}) (?:(?:web|news|digital|online) )?(?i:desk|bureau)"
    rf"|subscribe to [^.!?]{{1,40}} to (?:get |have |enjoy )?(?:unlimited |full )?access to "
    rf"(?P<access>(?:[Tt]he )?{_NAME_WORDS})(?: (?:&|and) [^.!?]{{1,60}})?)[.!]?$", re.I)
"""Furniture in which a page names itself: "Subscribe to The Hindu", "Support the Guardian", "Search the FT", "Sign up
for Guardian Australia's breaking news email", "The Hindu Bureau", "Subscribe to INQUIRER PLUS to get access to The
Philippine Daily Inquirer & other 70+ titles" (the plan's name, then the paper's)."""
_FIRST_LINE_NAME = re.compile(r"^The [A-Z][\w'’.-]+(?: (?:of )?[A-Z][\w'’.-]+){0,2}$")
_NOT_OWN = re.compile(r"\b(?:newsletters?|briefing|brief|edition|podcasts?|alerts|updates|premium|plus|digital"
                      r"|unlimited|access|app)\b", re.I)
"""Words of what a page sells, not of its own name: "Subscribe to Premium", "Support The Morning Briefing"."""


def from_furniture(furniture: list[str], first_line: str | None) -> str | None:
    """The outlet a page names itself by only in its furniture (``furniture``: the lines the cleaner removed): the name
    it asks readers to subscribe to or support, searches or signs its newsletter or desk with, when that name is an
    outlet's ("Search the FT", "HT News Desk"), starts with "The" ("Subscribe to The Hindu") or is named by two lines
    of furniture ("Hindu Times Bureau" / "Subscribe to Hindu Times"); else the name in title case, starting with "The",
    that opens the page over its furniture ("The Hindu" / "e-Paper" / "World"), or any name in title case that opens
    it and is a part of two more lines of furniture ("Asharq Al-Awsat" / "Asharq Al-Awsat | Friday, 20 December,
    2024 - 09:15" / "Moscow - Asharq Al-Awsat"; three for a name of one word). None when the furniture names none,
    or more than one."""
    found: dict[str, bool] = {}  # each name, and whether a line names it as an outlet's would (not "Subscribe to X")
    for text in furniture:
        match = _OWN_FURNITURE.match(text.strip()) if len(text) <= 160 else None
        raw = next((group for group in match.groups() if group), None) if match else None
        if not raw or _NOT_OWN.search(raw) or outlets.is_section_name(raw):
            continue
        raw = re.sub(r"^[Tt]he (?=[A-Z]{2,6}$)", "", raw)  # "Search the FT": the FT
        raw = re.sub(r"^the ", "The ", raw)
        got = outlets.name(outlets.readable(raw))
        if got and got.lower() != "us":
            found[got] = found.get(got, False) or not match.group("sub")
    names = {one for one, owned in found.items()
             if owned and outlets.outlet_like(one, acronym=True) or outlets.known(one) or outlets.ACRONYM.match(one)
             or one.startswith("The ") and len(one.split()) >= 2  # "Subscribe to TechPulse Daily" may be a newsletter
             or sum(bool(re.search(rf"(?<![\w]){re.escape(one)}(?![\w])", text)) for text in furniture) >= 2}
    if len(names) == 1:
        return names.pop()
    if names or not first_line or outlets.is_section_name(first_line) or not outlets.TITLE_WORDS.match(first_line.strip()):
        return None
    if _FIRST_LINE_NAME.match(first_line.strip()):
        return outlets.name(first_line.strip())
    parts = [{part.strip() for part in _FURNITURE_PARTS.split(text)} for text in furniture[1:] if len(text) <= 160]
    named = sum(first_line.strip() in part for part in parts)  # "Asharq Al-Awsat | Friday, 20 December, 2024"
    return outlets.name(first_line.strip()) if named >= (2 if len(first_line.split()) >= 2 else 3) else None


_FURNITURE_PARTS = re.compile(r"\s+[|·•/–—-]\s+|\s*\|\s*")


_REPORT_BY = re.compile(r"^this (?:report|article|story) by (?P<name>(?:[Tt]he )?[A-Z][\w&'’.-]*(?: (?:of )?[A-Z][\w&'’.-]*)"
                        r"{0,4}) was (?:first|originally) published (?P<date>.{4,40}?)\.?$", re.I)
"""An agency's closing line that says whose report it is and when it went out: "This report by The Canadian Press was
first published Aug. 18, 2024."."""


def report_first_published(text: str) -> tuple[str, dt.date | None] | None:
    """The agency and the date a closing "This report by … was first published …" line gives (see _REPORT_BY): the
    copy's owner and its publication date; None for any other line."""
    match = _REPORT_BY.match(text.strip())
    if not match:
        return None
    return outlets.name(match.group("name")), chrome_stamps.parse_date_in(match.group("date"))


_LOCAL_DESK = re.compile(r"(?P<brand>[A-Z][\w&'’.-]*) [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?")


def local_desk(text: str, mastheads: Iterable[str]) -> bool:
    """Whether a short line under the story credits one of the outlet's local desks: its brand, the masthead's first
    word, and the desk's place ("ABC Ballarat", "ABC Wimmera" on a page under "ABC News")."""
    match = _LOCAL_DESK.fullmatch(text.strip())
    return bool(match) and any(len(head.split()) >= 2 and head.split()[0] == match.group("brand") for head in mastheads)


def name_over_stamp(text: str, below: str) -> str | None:
    """The outlet a short line under the headline names where a byline would be, right over the date stamp: a name with
    an outlet's word ("Radio Okapi" / "Published on May 16, 2025"), a known outlet's newsroom ("Rudaw Digital"), a
    broadcaster's international service ("TRT World") or a
    known outlet and its city ("DAILY SABAH ISTANBUL"); None for a byline ("By Global Times", read as one) and for a
    news agency's name alone ("AFP" over the stamp of Arab News: whose copy it is, not the page's outlet)."""
    text = text.strip()
    if len(text) > 40 or re.match(r"(?i)by\b", text) or not ((found := chrome_stamps.stamp(below)) and found[1]):
        return None
    words = outlets.readable(text).split()
    for size in range(len(words) - 1, 0, -1):  # "Daily Sabah" and "Istanbul"
        if outlets.known(" ".join(words[:size])) and " ".join(words[size:]) in entity_gazetteer.gazetteer().places:
            return outlets.name(" ".join(words[:size]))
    found = outlets.from_byline_line(text) or outlets.newsroom_desk(text) or (
        text if _BRAND_EDITION.fullmatch(text) else None)  # "TRT World" over "Sunday, 2 March 2025 14:22"
    return found if found not in outlets.WIRES else None


_BRAND_EDITION = re.compile(r"[A-Z]{2,5} (?:World|Global|English|International)")
"""A broadcaster's initials and its international service, "TRT World": an outlet's name, no person's."""



_SOURCE_FIELD = re.compile(r"(?:^|\|)\s*Sources?:\s*(?P<name>[^|]+?)\s*(?=\||$)")
_FIELD_NAME = re.compile(r"(?:The )?[A-Z][\w&'’-]*(?: (?:(?:of|for|and|the|on|&) )*[A-Z][\w&'’-]*){0,5}")
"""An issuer's name in a "Source:" field: title case or initials, no web address ("reliefweb.int")."""


def source_field(text: str) -> str | None:
    """The issuer a report page's "Source:" field names among its date stamp's fields ("Format: Situation Report |
    Source: OCHA | Posted 12 Feb 2026"): a name in title case or initials, never a web address, a photo library
    ("Source: Getty Images") or several ("Source: AFP/Reuters", "Source: news agencies"); None otherwise."""
    field = _SOURCE_FIELD.search(text)
    raw = field.group("name").strip() if field else ""
    if not _FIELD_NAME.fullmatch(raw) or blocks.is_photo_credit(raw):
        return None
    found = outlets.from_footer(f"Source: {raw}")  # a known outlet's own name ("AFP": Agence France-Presse)
    return None if found == outlets.AMBIGUOUS else found or outlets.name(raw)
