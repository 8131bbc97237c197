"""The writers' cards a page shows after the story: each writer's name again, maybe with their role ("Catharine
Tunney" / "Senior reporter"), under an "About the author" heading or a list of the page's "Top Reporters"."""

from __future__ import annotations

import re

from . import chrome
from .model import Line, Removed


def writers(author: str | None) -> set[str]:
    """The names in a byline's author: "Jennifer A Dlouhy and Josh Wingrove" is two writers."""
    return {name.strip() for name in re.split(r",\s*|\s+and\s+", author or "") if name.strip()}


def take_cards(paragraphs: list[Line], author: str | None) -> tuple[list[Line], list[Removed]]:
    """Drop each line after the first paragraph that is only a writer's name (the byline named them) and the role
    line under it: the writers' cards, not the story."""
    names = writers(author)
    dropped: list[Removed] = []
    for at, paragraph in enumerate(paragraphs[1:], start=1):
        under_card = bool(dropped) and dropped[-1].line == paragraphs[at - 1].line
        if paragraph.text in names or under_card and chrome.is_role_line(paragraph.text):
            dropped.append(Removed(paragraph.line, paragraph.text, "byline (kept as metadata)"))
        elif under_card and _opens_bio(paragraph.text, next(r.text for r in reversed(dropped) if r.text in names), names):
            dropped.append(Removed(paragraph.line, paragraph.text, "author bio"))
    gone = {r.line for r in dropped}
    return [p for p in paragraphs if p.line not in gone], dropped


_BIO_VERB = re.compile(r"^(?:joined|is|was|has|had|covers|writes|reports|previously|leads|edits)\b")


def _opens_bio(text: str, card: str, names: set[str]) -> bool:
    """A bio under a writer's card that opens with the writer's first name or surname and what they do or did:
    "Orange joined the Post in 2017 to cover China's economy." under "Orange Wang"."""
    words = card.split() if card in names else []
    return len(words) >= 2 and any(text.startswith(f"{part} ") and bool(_BIO_VERB.match(text[len(part) + 1:]))
                                   for part in (words[0], words[-1]))
