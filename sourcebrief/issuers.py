"""Public bodies that publish their own statements and bulletins: a body's name on its page ("World Health
Organization", "National Weather Service Norman OK", "U.S. Department of Defense") is the page's outlet when the page
says it is the body's own release (a date stamp under the name, a label of the release's kind in its header)."""

from __future__ import annotations

import re

from . import chrome_stamps, outlets

_BODY_WORD = (r"(?:Organi[sz]ation|Service|Agency|Administration|Authority|Commission|Council|Court|Ministry"
              r"|Department|Office|Bureau|Institute|Programme|Program|Fund|Bank|Nations|Union|Committee|Secretariat"
              r"|Parliament|Police|Command|Government|Embassy|Mission|Tribunal|Assembly|Prosecutor|Judiciary|District)")
_CAPITAL = r"(?:[A-Z][\w'’&.-]*|U\.S\.|U\.K\.)"
_INSTITUTION = re.compile(
    rf"^(?P<name>(?:The\s+)?(?:{_CAPITAL}\s+){{0,4}}{_BODY_WORD}"
    rf"(?:\s+(?:of|for|on)(?:\s+the)?\s+{_CAPITAL}(?:\s+(?:(?:of|for|and|the|on|&)\s+)*{_CAPITAL}){{0,5}})?)"
    r"(?P<office>\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[A-Z]{2}|,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?$")
"""A public body's name alone on its line, maybe with the office that wrote the page: "World Health Organization",
"Ministry of Foreign Affairs", "U.S. Department of Defense", "National Weather Service Norman OK" (a forecast office:
its town and state)."""
_NOT_A_BODY = re.compile(r"^(?:The\s+)?(?:(?:Press|Media|News|Communications?|Information|Public|Customer|Privacy"
                         r"|Cookie|Help|Contact|Newsroom|Our|Your)\s+)+" + _BODY_WORD + "$", re.I)
"""A page's own desk or section, not a body: "Press Office", "Media Service", "Customer Service"."""
_RELEASE_KIND = re.compile(r"^(?:(?:press|news|media|joint)\s+(?:release|statement|advisory|summary|notice)s?"
                           r"|statement|release|readout|bulletin|announcement|notice|communiqu[eé]|speech"
                           r"|transcript|fact sheet|judgment|decision)$", re.I)
"""A label of what kind of release a page is, alone on its line in the header: "News release", "Statement",
"Press summary", "Release"."""
_HEADER = 16
"""How many lines from the top a release's kind label may be (under the menus, the headline and its stamp)."""


def institution(text: str) -> str | None:
    """The body a line names ("National Weather Service" in "National Weather Service Norman OK"), without a
    leading "The"; None for any other line and for a page's own desk ("Press Office")."""
    text = outlets.readable(" ".join(text.split()))  # "INTERNATIONAL COURT OF JUSTICE"
    match = _INSTITUTION.match(text) if len(text) <= 90 else None
    if not match or _NOT_A_BODY.match(match.group("name")) or len(match.group("name").split()) < 2:
        return None
    return re.sub(r"^The\s+", "", match.group("name"))


def issued_by(texts: list[str], at: int) -> str | None:
    """The body named on line ``at`` of a page, when the page says it is the body's own release: its office that
    wrote it over a date stamp ("National Weather Service Norman OK" / "1045 PM CDT Wed Mar 12 2025"), or a label of
    a release's kind in the page's header ("World Health Organization" … "News release"); None otherwise (a body
    named as a section or a topic over a news story, even over its date, is no outlet)."""
    found = institution(texts[at])
    if not found:
        return None
    under = chrome_stamps.stamp(texts[at + 1]) if at + 1 < len(texts) else None
    if under and under[1] and _INSTITUTION.match(outlets.readable(" ".join(texts[at].split()))).group("office"):
        return found
    return found if any(_RELEASE_KIND.match(text.strip()) for text in texts[:_HEADER]) else None


_FROM = re.compile(r"^(?:From|Issued by|Published by|Source):\s+(?P<name>\S.{2,80})$"
                   r"|^(?:Issued|Published) by\s+(?P<by>\S.{2,80})$")
_PROVIDED_BY = re.compile(r"^(?:news |content )?(?:provided|issued|published|distributed) by:?$", re.I)
_COMPANY = re.compile(r"^[A-Z][\w&'’.-]*(?:,?\s+[A-Z&][\w&'’.-]*){0,5},?\s+(?:Inc|Ltd|Corp|Co|LLC|PLC|plc|S\.A|AG|N\.V|GmbH"
                      r"|Limited|Corporation|Group|Holdings)\.?$")
"""A company's legal name, "Great Lakes Steel Works, Inc."."""


def provided_by(texts: list[str], at: int) -> str | None:
    """The issuer a release's header names on line ``at``: "From: Department of Finance Canada", or a public body's or
    company's name under "News provided by" (a newswire's page); None for any other line."""
    text = " ".join(texts[at].split())
    if match := _FROM.match(text):
        named = match.group("name") or match.group("by")
        return named if institution(named) or _COMPANY.match(named) else None
    over = texts[at - 1].strip() if at else ""
    return text if _PROVIDED_BY.match(over) and (institution(text) or _COMPANY.match(text)) else None
