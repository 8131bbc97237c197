"""Which outlet published an article, from strong signals in its own text; sources.yml, when it names one, wins.

Signals, each a line the cleaner already takes apart: the agency of a dateline ("LIMA (AP) —"), an attribution
footer ("Source: Al Jazeera and news agencies"), a copyright line ("Copyright 2024 The Associated Press") and the
outlet line under a byline ("BBC News"). Each gives a name, None (not a signal) or AMBIGUOUS (a signal naming no
single outlet: "(AP/Reuters)", "Source: news agencies"); only the article's first signal counts.
"""

from __future__ import annotations

import re

from . import entity_gazetteer, outlet_names

AMBIGUOUS = ""

_KNOWN, _DATELINE_ONLY = outlet_names.KNOWN, outlet_names.DATELINE_ONLY

_GENERIC = re.compile(r"^(?:(?:other |international |wire |news )?(?:agencies|agency|wires?|services)|staff|correspondents?)$",
                      re.I)
_OUTLET_WORD = re.compile(
    r"\b(?:News|Press|Times|Post|Journal|Herald|Tribune|Gazette|Chronicle|Telegraph|Guardian|Observer|Daily|Media"
    r"|Radio|Television|TV|Network|Wire|Agency|Broadcasting|Dispatch|Ledger|Courier|Mail|Express|Review|Monitor"
    r"|Reporter|Bulletin|Standard|Inquirer|Record|Register|Globe|Independent|Examiner|Sentinel|Weekly|Insider|Digest"
    r"|Today|Star|Sun|Online|Current|Mirror|Newspapers?|Times-\w+|Agência|Agencia|Folha|Jornal|Diário|Diario|Gazeta|Correio|Correo|Notícias"
    r"|Noticias|Tribuna|Zeitung|Nouvelles|Giornale|Corriere|Kurier|Dagblad|Nieuws|Telegraaf|Periódico|Periodico)\b")
_ROLE = re.compile(r"\b(?:editor|correspondent|reporter|writer|producer|analyst|columnist|journalist|contributor|staff"
                   r"|desk|bureau|chief|photographer)s?\b", re.I)
_ACRONYM = re.compile(r"^[A-Z]{2,6}(?:-[A-Z]{2,6})?$|^[A-Z][a-z]+\d{1,3}$")
"""What only an outlet's name looks like in a dateline's brackets: initials ("IANS", "ANA-MPA": two agencies merged)
or a name run into a number ("Kurdistan24")."""
_PHOTO = re.compile(r"\b(?:images?|photos?|pictures?|photography|stock|shutterstock|alamy)\b", re.I)
_SUFFIX = re.compile(r"(?:,?\s+(?:limited|ltd|inc|llc|plc|gmbh|corp(?:oration)?|co|company)\.?)?"
                     r"(?:\s+(?:or|and) its affiliat\w*(?:\s+(?:companies|entities))?)?$", re.I)
_ATTRIBUTION = re.compile(r"^sources?:\s*(?P<names>.+?)\.?$", re.I)
_YEARS = r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
_COPYRIGHT = re.compile(
    rf"^(?:(?:copyright|©|\(c\))\s*){{1,2}}(?:(?P<year>{_YEARS}),?\s*)?"
    rf"(?P<holder>[^\W\d_][^.|©]*?)(?:,?\s+(?P<later>{_YEARS}))?"
    r"\s*(?:(?P<rights>[.|,]\s*all rights reserved\b.*)|\s\|\s.*|\.(?:\s.*)?)?$", re.I)
"""A copyright line: "© 2024 The New York Times Company", "Copyright The Financial Times Limited 2024. All rights
reserved.", "© 2024 Deutsche Welle | Legal notice | ...", "© Nikkei Inc. All rights reserved.", "© 2025 The Times of Israel, all
rights reserved" (a year, or the rights reserved: "© AFP" alone is a photo's credit)."""
_RESPONSIBLE = re.compile(r"(?:^|\.\s+)(?P<name>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+is solely "
                         r"responsible for all content")
_TITLE_WORDS = re.compile(r"^(?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:&|of|for|de|and)\s+)?(?:[A-Z][\w'’.-]*|\d{1,3})){0,3}$")
"""A name in title case, with "&", "of", "for", "de" or "and" between words: "The Times of Israel"."""
ACRONYM, TITLE_WORDS = _ACRONYM, _TITLE_WORDS  # for page_marks' reading of a page's furniture
WITH_AGENCY = re.compile(r"^\(?(?:[Bb]y\s+)?(?P<name>(?:The\s+)?(?:[A-Z][\w'’.-]*|\d{1,3})(?:\s+(?:[A-Z][\w'’.-]*|\d{1,3})){0,3}) with"
                         r" (?:AFP|AP|Reuters|dpa|EFE|ANSA|Lusa|Kyodo|Xinhua|agencies|news agencies|wires)\)?\.?$")
"""An outlet's credit for agency copy it rewrote: "(FRANCE 24 with AFP)", "Le Monde with AFP"."""


_AGENCY_WORD = re.compile(r"^(?:agencia|agência|agence|agenzia|agentur)\s+(?=\S+$)")


def name(text: str) -> str | None:
    """The outlet one name stands for: a known short form's full name, else the name itself (None for a generic one)."""
    cleaned = _SUFFIX.sub("", " ".join(text.split()).strip(" .,"), count=1)
    key = re.sub(r"^the\s+", "", cleaned, flags=re.I).lower()
    if not key or _GENERIC.match(key):
        return None
    key = key if key in _KNOWN else _AGENCY_WORD.sub("", key)  # "BY AGENCIA AFP" (Buenos Aires Times): AFP's copy
    return _KNOWN.get(key, cleaned)


def known(text: str) -> bool:
    """Whether ``text`` names a well-known outlet ("Reuters", "AP", "The Associated Press")."""
    return name(text) in _KNOWN.values()


def outlet_like(found: str, acronym: bool = False) -> bool:
    """A known outlet, or a name with an outlet word ("The Daily Star"); in a dateline also an acronym ("IANS");
    never a role ("News Editor") or a photo library ("Getty Images")."""
    if _ROLE.search(found) or _PHOTO.search(found):
        return False
    return found in _KNOWN.values() or bool(_OUTLET_WORD.search(found)) or acronym and bool(_ACRONYM.match(found))


def _one_of(names: str, acronym: bool = False) -> str | None:
    """The single outlet a list of names gives ("Al Jazeera and news agencies"); AMBIGUOUS for none ("news
    agencies") or more than one ("AP/Reuters"); None when no name is an outlet's ("Source: World Bank" under a
    chart is not an attribution)."""
    found = {name(part) for part in re.split(r"\s*(?:/|,|;|\band\b)\s*", names)} - {None}
    if not found:
        return AMBIGUOUS
    if not any(outlet_like(one, acronym) for one in found):
        return None
    return found.pop() if len(found) == 1 else AMBIGUOUS


def from_agency(agency: str) -> str | None:
    """The outlet of a dateline's agency, "AP" in "LIMA, Peru (AP) —", "Petra" in "Amman, Sept. 18 (Petra) --"."""
    if only := _DATELINE_ONLY.get(agency.strip().lower()):  # a name an agency has only in a dateline
        return only
    found = _one_of(agency, acronym=True)
    return _DATELINE_ONLY.get(found.lower(), found) if found else found


def from_footer(text: str) -> str | None:
    """The outlet of an attribution ("Source: Reuters") or copyright line ("© 2024 Guardian News & Media Limited");
    None when the line is neither, or names no outlet ("© 2024 Jane Doe", "© 2024 Getty Images")."""
    text = text.strip()
    if match := WITH_AGENCY.match(text):
        return name(readable(match.group("name")))
    if match := _ATTRIBUTION.match(text):
        return _one_of(match.group("names"))
    if match := _RESPONSIBLE.search(text):  # "The AP is solely responsible for all content."
        found = name(match.group("name"))
        return found if found and outlet_like(found, acronym=True) else None
    return copyright_holder(text)


def _copyright(text: str) -> re.Match[str] | None:
    """A copyright line with its year or its rights reserved (see ``_COPYRIGHT``), else None."""
    match = _COPYRIGHT.match(text.strip())
    return match if match and (match.group("year") or match.group("later") or match.group("rights")) else None


def copyright_holder(text: str) -> str | None:
    """The outlet a copyright line names: a known outlet or a name with an outlet word ("© 2024 The New York Times
    Company"), an acronym ("© 2024 CNBC LLC. All Rights Reserved.") or a one-word company ("© Nikkei Inc. All rights
    reserved."); None for a person ("© 2024 Jane Doe"), a photo library or a line that is no copyright line."""
    match = _copyright(text)
    if not match:
        return None
    raw = " ".join(match.group("holder").split()).strip(" ,")
    holder = name(raw)
    if not holder or _ROLE.search(holder) or _PHOTO.search(holder):
        return None
    company = holder != raw and len(holder.split()) == 1 and holder[:1].isupper()  # "Nikkei Inc."
    return holder if outlet_like(holder) or _ACRONYM.match(holder) or company else None


def from_byline_line(text: str) -> str | None:
    """The outlet in the line right under a byline: a short name in title case that is a known outlet or has an
    outlet word ("BBC News", "The Washington Post", "BBC News, Lusaka"); None for a place ("New York"), a role or
    anything else."""
    text = text.strip()
    role, _, rest = text.partition(",")  # "Business reporter, BBC News": the writer's role, then the outlet
    if rest and is_role(role):
        return from_byline_line(rest)
    outlet, _, place = text.partition(",")  # "BBC News, Lusaka": the outlet and where the reporter was
    if place and _TITLE_WORDS.match(place.strip()) and len(place.split()) <= 3:
        text = outlet
    text = readable(text)  # "USA TODAY"
    found = name(text) if _TITLE_WORDS.match(text) or known(text) else None  # (a known name of any shape, "RFE/RL")
    return found if found and outlet_like(found) else None


_ROLE_LINE = re.compile(r"^(?:[A-Z][\w'’&-]*|[a-z][\w'’&-]*)(?:\s+[\w'’&-]+){0,4}$")


def is_role(text: str) -> bool:
    """A writer's role alone, as a byline's second line gives it: "Business reporter", "Senior political
    correspondent", "Economics Editor" (at most five words, ending in the role's word, no sentence)."""
    text = text.strip()
    last = text.split()[-1] if text.split() else ""
    return bool(_ROLE_LINE.match(text)) and bool(re.fullmatch(_ROLE.pattern, last, re.I))


def from_byline_tail(text: str) -> str | None:
    """The outlet after a byline's comma, "CNN" in "By Gregory Wallace, CNN", after its "for" ("By Jane Doe for
    MailOnline": whoever the writer writes for) or run on after the name ("By Caitlin McFall Fox News"); None for a
    role ("Economics editor") or anything not an outlet's name."""
    if (own := _OWN_WITH_AGENCIES.match(text.strip())) and (len(own.group("name").split()) == 1 or outlet_like(
            own.group("name"))):  # "By Euronews with AP, AFP": the desk's own outlet, not the last agency
        return name(own.group("name"))
    if "," in text:
        tail = text.rsplit(",", 1)[1]
        return from_byline_line(tail) or _outlet_before_role(tail.split())
    if match := _FOR_OUTLET.search(text.strip()):
        found = readable(match.group("name").strip())
        found = found.title() if found.isupper() and len(found) > 4 else found  # "MAILONLINE"
        return name(found) if _TITLE_WORDS.match(found) else None
    return _run_on_outlet(text.split()) if _NAMES_ONLY.match(text.strip()) else None


_OWN_WITH_AGENCIES = re.compile(r"^(?:by|BY|By):?\s+(?P<name>(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+with\s+"
                                r"(?:AP|AFP|Reuters|dpa|EFE|ANSA|agencies)(?:(?:,\s*|,?\s+and\s+)(?:AP|AFP|Reuters|dpa|EFE|ANSA))*$")
"""A byline crediting an outlet's desk and the agencies whose copy it used, "By Euronews with AP, AFP"."""
_WITH_AGENCIES_LINE = re.compile(r"^with\s+(?:AP|AFP|Reuters|dpa|EFE|ANSA|agencies)(?:(?:,\s*|,?\s+and\s+)(?:AP|AFP|Reuters"
                                 r"|dpa|EFE|ANSA))*\.?$")
"""The agencies an outlet's desk credits on the line under its byline: "with AFP"."""


def with_agencies_under(byline: str, below: list[str]) -> bool:
    """Whether a byline of one word is the outlet's own desk crediting agencies on the line under it ("By Africanews" /
    "with AFP", as "By Euronews with AP, AFP" on one line): no person's byline is one word."""
    return len(byline.split()) == 1 and byline[:1].isupper() and bool(below) and bool(_WITH_AGENCIES_LINE.match(
        below[0].strip()))


_NAMES_ONLY = re.compile(r"^(?:by|BY|By):?(?:\s+[A-Z][\w'’.-]+)+(?:\s+(?:and|&)(?:\s+[A-Z][\w'’.-]+)+)?$")  # two writers
_FOR_OUTLET = re.compile(r"^(?:by|BY|By):?\s+.+?\s(?:for|FOR|For)\s+(?P<name>[^,|()]{2,40})$")


def _outlet_before_role(words: list[str]) -> str | None:
    """The known outlet a writer's role opens with after a byline's comma, "PA" in "By David Hughes, PA Political
    Editor" (the agency's own copy); None when no known outlet's name comes before a role."""
    for size in (1, 2, 3):
        if len(words) > size and known(" ".join(words[:size])) and is_role(" ".join(words[size:])):
            return name(" ".join(words[:size]))
    return None


def _run_on_outlet(words: list[str]) -> str | None:
    """The outlet's name a byline runs on into, two or three words at its end ("Fox News", "Star Tribune") or a
    known outlet ("Associated Press"), with at least two words of a name left before it; a known outlet's name first
    ("PATRICIA LUNA Associated Press": not "LUNA Associated Press")."""
    if known_tail := next((" ".join(words[-size:]) for size in (3, 2, 1) if len(words) - size >= 3 and known(
            " ".join(words[-size:]))), None):
        return name(known_tail)
    for size in (3, 2, 1):
        if len(words) - size < 3:  # "By" and a name of two words at least
            continue
        tail = " ".join(words[-size:])
        found = from_byline_line(tail)
        if found and (size >= 2 or known(tail)):
            return found
    return None


def without_outlet(person: str) -> str:
    """A byline's name without the outlet's name it runs on into: "Caitlin McFall Fox News" is "Caitlin McFall"."""
    found = _run_on_outlet(["By", *person.split()])
    if not found:
        return person
    for size in (3, 2, 1):
        if from_byline_line(" ".join(person.split()[-size:])) == found:
            return " ".join(person.split()[:-size])
    return person


EDITION = re.compile(r"(?:\s*[|·•:–—-]\s*(?:in\s+)?English(?:\s+(?:edition|service|version))?"
                      r"|\s+in\s+English|\s+English\s+(?:edition|service|version)|(?-i:(?<=[A-ZÁÉÍÓÚÑ]{3})\s+English))$", re.I)
"""A non-English outlet's English service under its masthead: "EL PERIÓDICO | English edition", "Le Monde in English",
"EL PAÍS English" (after a name in capitals)."""
_SECTION_WORDS = {"local", "world", "national", "international", "business", "breaking", "latest", "top", "us", "uk",
                  "u.s.", "u.k.",
                  "regional", "city", "metro", "politics", "sport", "sports", "economy", "global", "europe", "africa",
                  "asia", "americas", "tech", "science", "health", "money", "opinion", "more", "today's", "news", "all"}
"""First words of a section label that has an outlet word ("Local News", "World News", "U.S. News", "Business Today",
"News", "All News" in Yonhap's "All News | 17:41 June 24, 2024")."""
_SECTIONS = _SECTION_WORDS | {"nation", "markets", "finance", "culture", "lifestyle", "entertainment", "weather", "&",
                               "and", "press", "media", "releases", "release", "statements", "speeches", "announcements",
                               "newsroom", "room", "centre", "center"}
"""Words of a section's name: "US & World News", "Press Releases", "Media Centre"."""


def is_section_name(text: str) -> bool:
    """A name made only of a site's section words: "US & World News", "Business and Economy News"."""
    words = text.split()
    return bool(words) and all(word.lower() in _SECTIONS for word in words)


_SMALL_WORDS = {"of", "de", "del", "la", "le", "el", "des", "du", "di", "da", "and", "the", "for", "on", "in", "y", "et"}
_MORE_FROM = re.compile(r"^(?:(?:read )?more from|(?:you can )?(?:also )?follow|why you can trust|assine|suscr[ií]bete a|sources?:)\s+(?P<name>.{2,50}?)(?:\s+on\s+.{1,60}|(?-i:(?:,\s+[A-Z]{2,6})+))?[.:]?$", re.I)


APP_PROMOTION = (r"(?:download|get|install) (?:the|our)(?: free)? (?P<app>(?-i:(?:[A-Z]|\d{1,2}[A-Z])[\w&'’.-]*(?: (?:of )?(?:[A-Z][\w&'’.-]*|\d{1,3})){0,3}))"
                 r" app(?:[^.!?]{0,60}\b(?:news|stories|headlines|journalism|coverage)\b[^.!?]{0,40})?")
"""A page promoting its own news app: "Download the Nation app for the latest news" (an app named in title case, for
news; "DOWNLOAD the KIRO 7 News app for breaking news alerts", "Download the 9News app …"; "Download the FEMA app to receive alerts" may be advice
in the story)."""
_APP = re.compile(rf"^{APP_PROMOTION}[.!]?$", re.I)
_DESK = re.compile(r"^(?P<outlet>.+?)\s+(?:reporters?|correspondents?|staff|writers?|team|desk|newsdesk|bureau)$", re.I)


def desk_byline(byline: str, named_below: set[str]) -> str | None:
    """The outlet a desk's byline names, "Nation" in "By Nation Reporter", when the page names itself so elsewhere
    (see ``self_names``) or it is a known outlet ("By Reuters Staff"); None for a person or an unconfirmed name
    ("By Staff Reporter", "By Political Correspondent")."""
    match = _DESK.match(byline.strip())
    found = name(match.group("outlet")) if match else None
    return found if found and (found in named_below or known(found)) else None


_NEWSROOM_DESK = re.compile(r"^(?P<outlet>.+?)\s+(?:(?:web|digital|online)\s+)?(?:desk|newsdesk|bureau)$"
                            r"|^(?P<bare>.+?)\s+(?:digital|online|web)$", re.I)


def newsroom_desk(byline: str) -> str | None:
    """The outlet a newsroom's desk is named for, "HT News" in "HT News Desk", "TOI" in "TOI Web Desk" (an outlet's
    name: a known one, an acronym or a name with an outlet word), "Rudaw" in "Rudaw Digital" (a known outlet's only); None
    for a person, a section's or a city's desk ("News Desk", "Web Desk", "Delhi Bureau")."""
    match = _NEWSROOM_DESK.match(byline.strip())
    found = name(match.group("outlet") or match.group("bare")) if match else None
    if match and match.group("bare"):  # "Rudaw Digital": a known outlet's own newsroom only
        return found if found and known(found) else None
    return found if found and not is_section_name(found) and outlet_like(found, acronym=True) else None


def readable(text: str) -> str:
    """A masthead in capitals as its name is written: "AVIATION WEEKLY EUROPE" is "Aviation Weekly Europe", "EL
    PERIÓDICO DE CATALUNYA" is "El Periódico de Catalunya"; short words that are not small words stay acronyms
    ("BBC NEWS" is "BBC News"); any other text is returned as it is."""
    words = text.split()
    if len(words) < 2 or not text.isupper():
        return text
    out = []
    for at, word in enumerate(words):
        if word.lower() in _SMALL_WORDS:
            out.append(word[0] + word[1:].lower() if at == 0 else word.lower())
        else:
            out.append(word if len(word) <= 3 else word[0] + word[1:].lower().replace("i\u0307", "i"))
    return " ".join(out)


_LATEST_ON = re.compile(r"^(?:track|get|catch|follow|read) (?:the )?latest news\b.{0,40} on (?P<name>[\w-]+)\.(?:com|in|net"
                        r"|org|co\.\w{2})\b", re.I)
"""A site's promotion of itself under the story: "Track Latest News Live on NDTV.com and get news updates …"."""


_SUBSCRIBE_TO = re.compile(r"^subscribe to (?P<name>(?-i:(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}))"
                           r" (?:for|from|at)\b[^.!?\d]{0,30}\d[^.!?]{0,40}[.!]?$", re.I)
"""A paywall's offer in the page's own name, with its price: "Subscribe to The Namibian for just N$99 a month" (not a
newsletter's name, "Subscribe to TechPulse Daily")."""


def self_names(texts: list[str]) -> set[str]:
    """Names a page gives itself below the story: a copyright holder ("© 2025 Diari del Camp"), "More from X",
    "Follow X on Instagram", "Why you can trust X", "Download the X app", "Subscribe to X for …", "Track Latest News Live on X.com"; an outlet's name above the headline that
    recurs here is its masthead."""
    found = set()
    for text in texts:
        text = text.strip()
        match = (_COPYRIGHT.match(text) and _copyright(text) or _MORE_FROM.match(text) or _APP.match(text)
                 or _LATEST_ON.match(text) or _SUBSCRIBE_TO.match(text))
        if match:
            got = name(match.groupdict().get("holder") or match.groupdict().get("app") or match.group("name"))
            got = name(got[:-len(" News")]) if got and got.endswith(" News") and known(got[:-len(" News")]) else got  # the
            # "Times of India News" app
            if got and got.lower() != "us":
                found.add(got)
    return found


_WEB_ADDRESS = re.compile(r"\b[a-z][\w-]+\.(?:com|net|org|[a-z]{2})(?:\.[a-z]{2})?$", re.I)


_STATION_WORD = re.compile(r"\d{1,3}|News|Now|TV|Live|Online|Digital", re.I)
"""A broadcaster's words after its name in a masthead: "KOLO 8 News Now" is KOLO's."""


def masthead(text: str, named_below: set[str] = frozenset()) -> str | None:
    """The outlet a short line above the headline names: a known outlet or a name with an outlet word ("Helsinki
    Times"), a name the page repeats below the story (see ``self_names``) or any short name over "English edition";
    None for anything else, and for a section label with an outlet word ("Local News")."""
    edition = EDITION.search(text.strip())
    plain = readable(text.strip()[:edition.start()] if edition else text.strip())
    if plain.endswith(".") and " " not in plain and known(plain[:-1]):
        return name(plain[:-1])  # "euronews.": a logo's text, its full stop and all
    words = plain.split()
    if not words or len(words) > 6 or re.search(r"[.!?:;,]$", plain):
        return None
    if name(plain) in named_below:  # "WTOC" over the story, "Copyright 2025 WTOC" under it
        return name(plain)
    if len(words) >= 2 and not known(plain) and all(_STATION_WORD.fullmatch(word) for word in words[1:]) and (signed := next(
            (one for one in sorted(named_below) if one.split()[0] == words[0] != "The" and not one.startswith(plain + " ")),
            None)):  # ("ABC News" signed "ABC News Internet Ventures": the masthead's own company)
        return signed  # "KOLO 8 News Now" signed "Copyright 2025 KOLO"; "Capital News" signed "Capital FM Kenya" (not
        # a known outlet's own name: "France 24" signed "© 2023 France Médias Monde", its owner)
    if spelled := {_squashed(one): one for one in named_below}.get(_squashed(plain)):
        return spelled if text.strip().isupper() else name(plain)  # "THE EAST AFRICAN" over the story, "More from The
        # EastAfrican" under it: the name as the page spells it in prose
    if len(words) == 2 and known(words[0]) and words[1][:1].isupper() and not (_PHOTO.search(plain) or _ROLE.search(plain)):
        return name(plain) if known(plain) else name(words[0])  # "Axios Savannah": a known outlet's local edition (not
        # "BBC Cuts Jobs", a headline); "BBC Sport" is a known desk of its own
    if len(words) <= 3 and _WEB_ADDRESS.search(plain):  # "SWI swissinfo.ch", "Dawn.com": a site that names itself by
        site = name(plain.split(".")[0] if len(words) == 1 else plain.rsplit(".", 1)[0])  # "DAWN.COM", "Le Monde.fr"
        return site if site and known(site) else name(plain)
    if len(words) <= 2 and words[0].lower() in _SECTION_WORDS or len(words) == 1 and not (known(plain) or edition):
        return None  # "Local News", "Media": sections; "Reuters", "DW": mastheads
    if is_section_name(plain) or named_below and len(words) == 2 and words[1] == "News" and not known(plain) and (
            words[0] in entity_gazetteer.gazetteer().places):
        return None  # "US & World News", "Business and Economy News": a section's name; "India News" on a page that
        # signs as NDTV below
    found = name(plain)
    if found and (found in named_below or edition and plain[:1].isupper() and len(words) <= 5):
        return found
    return from_byline_line(plain) if len(words) <= 5 else None


def _squashed(text: str) -> str:
    """A name without "The", case, spaces or punctuation: how a masthead in capitals and the name the page signs with
    below are compared ("THE EAST AFRICAN", "The EastAfrican")."""
    return re.sub(r"[\W_]+", "", re.sub(r"^the\s+", "", text.strip(), flags=re.I)).lower()


_SIGN_OFF = re.compile(r"^(?:(?:==|--|—)\s*|\((?=.*\)(?:\s+[a-z]{1,3}(?:[/.][a-z]{1,3}){0,2})?$))"
                       r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\)?(?P<desk>\s+[a-z]{1,3}(?:[/.][a-z]{1,3}){0,2})?$")


def sign_off(text: str) -> str | None:
    """The known outlet of an agency's mark under its story: "==Kyodo", "—AP", "(Kyodo)", or initials in brackets
    ("(ANA-MPA)"), or a name in brackets over its desk's initials ("(Hina) ms"); None for anything else."""
    match = _SIGN_OFF.match(text.strip())
    return name(match.group("name")) if match and (known(match.group("name")) or text.strip().startswith("(") and (
        _ACRONYM.match(match.group("name")) or match.group("desk") and " " not in match.group("name"))) else None  # "(ANA-MPA)": an agency's initials


_STAMP_PARTS = re.compile(r"\s+[-–—|,]\s+")  # " , ": "Ahram Online , Monday 18 Sep 2023"


def stamp_label(text: str, named_below: set[str] = frozenset()) -> str | None:
    """The outlet a date stamp opens with, before a dash or bar: "Kyodo News" in "KYODO NEWS - Jan 3, 2024 - 21:15 |
    Japan"; None when its first part is no outlet's name ("Updated - July 30, 2024")."""
    parts = _STAMP_PARTS.split(text.strip(), maxsplit=1)
    return masthead(parts[0], named_below) if len(parts) == 2 and len(parts[0].split()) <= 4 else None  # "Marca in English"


_DASH_LINE = re.compile(r"^(?P<name>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*(?:—|–|--)\s*$")


def from_dash_line(text: str) -> str | None:
    """The outlet of a line that is only its name and a dash, "CNN —", where a dateline would start the story;
    None for anything else (a place alone, "LONDON —", is not an outlet's name)."""
    match = _DASH_LINE.match(text.strip())
    found = name(match.group("name")) if match else None
    return found if found and outlet_like(found) else None


WIRES = frozenset({"Associated Press", "Agence France-Presse", "Reuters", "United Press International",
                   "Deutsche Presse-Agentur", "EFE", "ANSA", "Xinhua", "Kyodo News", "Yonhap", "TASS", "PA Media",
                   "Australian Associated Press", "The Canadian Press", "Press Trust of India", "Lusa", "IANS"})
"""The news agencies whose copy other sites run under their own mastheads."""
_REPUBLISHED = re.compile(r"\b(?i:(?:originally|first) (?:appeared|ran|was published|published|posted) (?:on|in|by))"
                          r" (?P<name>(?:[Tt]he )?[A-Z][\w&'’.-]*(?: (?:of |and |& )?[A-Z][\w&'’.-]*){0,4})")
_DOMAIN = re.compile(r"\.(?:com|org|net|co\.uk|co|[a-z]{2})$")


def from_republished(text: str) -> str | None:
    """The outlet a republisher's note names: "Reuters" in "This article originally appeared on Reuters.com and is
    republished here with permission."; None for anything else."""
    match = _REPUBLISHED.search(text)
    found = _DOMAIN.sub("", re.sub(r"^the ", "The ", match.group("name"))) if match else ""
    return name(found) if found and _TITLE_WORDS.match(found) else None


def copy_owner(credits: list[str | None], stated: list[str | None]) -> str | None:
    """Whose copy a page runs under its own masthead: the outlet a statement names (a republisher's note, "This
    article originally appeared on Reuters.com"; a byline that is an agency's name, "By Reuters"), or a news agency
    that two of the article's own credits name and no credit contradicts (its dateline's agency, its byline, its
    copyright line: "MARIETTA, Ohio (AP) —" … "Copyright 2024 The Associated Press"); else None, and the masthead
    stays the outlet. A story that cites an agency ("Reuters reported") has no such credit."""
    if noted := next((found for found in stated if found), None):
        return noted
    named = [found for found in credits if found]
    if len(named) < 2 or len(set(named)) != 1:
        return None
    return named[0] if named[0] in WIRES else None


def self_named(named_below: set[str]) -> str | None:
    """The outlet a page names itself by below the story ("More from the BBC"), when it names one outlet and nothing
    else in the text gives one."""
    found = {one for one in named_below if _TITLE_WORDS.match(one) and outlet_like(one, acronym=True)}
    return found.pop() if len(found) == 1 else None


def first(signals: list[tuple[int, str | None]], otherwise: str | None = None) -> str | None:
    """The outlet of the first signal by seed line, spelled out when a later signal is the name its initials stand
    for; ``otherwise`` when there is none, None when the first is ambiguous."""
    found = sorted((line, outlet) for line, outlet in signals if outlet is not None)
    if not found:
        return otherwise
    outlet = found[0][1] or None
    spelled = [o for _, o in found[1:] if outlet and _ACRONYM.match(outlet) and o and _initials(o) == outlet]
    return spelled[0] if spelled else outlet  # "Baghdad-INA" … "Iraqi News Agency": its name spelled out


def _initials(name: str) -> str:
    """ "INA" of "Iraqi News Agency" (capitalised words only: "of" and "the" give none)."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())
