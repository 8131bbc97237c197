"""The outlet a page's own web address names: the short link a page prints in its header
("https://p.dw.com/p/4rXkq", DW's), when a part of its host is a well-known outlet's name."""

from __future__ import annotations

import re

from . import outlets

_LINK = re.compile(r"^(?:https?://|www\.)(?P<host>[\w-]+(?:\.[\w-]+)+)(?:[/?#]\S*)?$", re.I)


def outlet_of(text: str) -> str | None:
    """The well-known outlet a bare link's host names ("DW" for "https://p.dw.com/p/4rXkq"); None for any other line
    or host."""
    match = _LINK.match(text.strip())
    parts = match.group("host").lower().split(".")[:-1] if match else []
    found = next((part for part in parts if part != "www" and outlets.known(part)), None)
    return outlets.name(found) if found else None


_SIGN_OFF = re.compile(r"^(?P<name>[A-Z][\w-]*[a-z][\w-]*)\.(?:com|net|org|ph|co\.za|com\.\w\w|co\.\w\w|in|pk|ng|ke)$")
"""A site's name and domain alone on a line, the way some outlets sign their story's last paragraph off: "Rappler.com"
(a capital first: a lower-case "example.com" is a link, not a signature)."""


def sign_off(text: str) -> str | None:
    """The outlet a story's closing "Rappler.com" line names ("Rappler"); None for any other line."""
    match = _SIGN_OFF.match(text.strip())
    return outlets.name(match.group("name")) if match else None
