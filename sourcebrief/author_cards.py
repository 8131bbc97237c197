"""What a page says of its writers after the story, which is not the story: their bios ("Jane Doe is a reporter
covering ..."), an agency's author box ("MARI YAMAGUCHI" / "Yamaguchi covers Japan for The Associated Press.") and
their cards (each writer's name again, maybe with their role: "Catharine Tunney" / "Senior reporter", under an "About
the author" heading or a list of the page's "Top Reporters")."""

from __future__ import annotations

import re

from . import chrome, chrome_stamps, outlets
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
        elif under_card and _opens_bio(paragraph.text, _last_card(dropped, names), names):
            dropped.append(Removed(paragraph.line, paragraph.text, "author bio"))
    gone = {r.line for r in dropped}
    return [p for p in paragraphs if p.line not in gone], dropped


def _last_card(dropped: list[Removed], names: set[str]) -> str:
    """The writer's name on the last card dropped so far (a role line may be under it)."""
    return next((r.text for r in reversed(dropped) if r.text in names), "")


_BIO_VERB = re.compile(r"^(?:joined|is|was|has|had|covers|writes|reports|previously|leads|edits)\b")


def _opens_bio(text: str, card: str, names: set[str]) -> bool:
    """A bio under a writer's card that opens with the writer's first name or surname and what they do or did:
    "Orange joined the Post in 2017 to cover China's economy." under "Orange Wang"."""
    words = card.split() if card in names else []
    return len(words) >= 2 and any(text.startswith(f"{part} ") and bool(_BIO_VERB.match(text[len(part) + 1:]))
                                   for part in (words[0], words[-1]))


_BIO_LEAD = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) (?:is|was|has been|writes|covers|reports)\b")
"""A bio's opening: the writer's name and what they are or do, "Jane Doe is a reporter covering ..."."""


_JOURNALIST = re.compile(r"\b(?:correspondent|reporter|journalist|editor|columnist|writer|producer)\b", re.I)
_BIO_HEAD = 12
"""How many words into a bio the writer's trade is named: "Ahmed Hassan is a Cairo-based correspondent …"."""


def _journalists_bio(text: str, name: str | None, others: list[Line]) -> bool:
    """A journalist's bio closing the page, whose name the story never uses (another writer's than the byline's, or
    one under an agency's credit): "Ahmed Hassan is a Cairo-based correspondent covering Egypt and North Africa."; not
    the story's own last paragraph on a journalist it names ("Jane Doe is a reporter who was detained …" after "Doe
    …")."""
    if not name or not _JOURNALIST.search(" ".join(text.split()[:_BIO_HEAD])):
        return False
    surname = name.split()[-1]
    return not any(surname in p.text for p in others)


def take_card_bio(paragraphs: list[Line], removed: list[Removed], author: str | None) -> tuple[list[Line], list[Removed]]:
    """Drop the last paragraph when it describes a journalist under the byline's name printed again after the story
    (a writer's card: "Jan Lopatka" / "Thomson Reuters" / "Prague-based correspondent covering the Czech Republic …"),
    the name read as a byline and so no paragraph."""
    names = writers(author)
    if len(paragraphs) < 2 or not names:
        return paragraphs, []
    last, before = paragraphs[-1], paragraphs[-2]
    carded = any(r.text.strip() in names for r in removed if before.line < r.line < last.line)
    if not carded or not _JOURNALIST.search(" ".join(last.text.split()[:_BIO_HEAD])):
        return paragraphs, []
    return paragraphs[:-1], [Removed(last.line, last.text, "author bio")]


_ABOUT_RUN_IN = re.compile(r"about the (?:author|writer|reporter)s?\s*[:.–—-]\s*(?=\S)", re.I)


def is_run_in_bio(text: str) -> bool:
    """A bio run in after its "About the author" label: "About the author: Martin Hronec is a wildlife photographer
    from Liptov."."""
    found = _ABOUT_RUN_IN.match(text.strip())
    return bool(found) and bool(_BIO_LEAD.match(text.strip()[found.end():]))


def take_bio(paragraphs: list[Line], author: str | None) -> tuple[list[Line], str | None, list[Removed]]:
    """Drop the author's bio at the end ("Jane Doe is a reporter covering ..."): about the writer, not the story (the
    byline may run on into the outlet's name, "By Mike Hughlett Star Tribune").
    An opinion page's byline is often the bare name under the standfirst: a name-only line near the top whose name
    opens such a bio is the author, and is dropped too."""
    tail = paragraphs[-4:]
    bare = [p for p in paragraphs[:3] if author is None and chrome_stamps.is_name_only(p.text)]
    names = [n for n in re.split(r",\s*|\s+and\s+", author) if n] if author else [p.text for p in bare]
    leads = {p.line: match.group("name") for p in tail if (match := _BIO_LEAD.match(p.text))}
    bios = [p for p in tail if any(n == leads.get(p.line) or n.startswith(f"{leads.get(p.line)} ") for n in names)]
    bios += [p for p in tail[-1:] if p not in bios and _journalists_bio(p.text, leads.get(p.line), paragraphs[:-1])]
    if not bios:
        return paragraphs, author, []
    named = {p.line for p in bare if p.text in {leads[b.line] for b in bios}}
    boxed = {q.line: q for q, p in zip(paragraphs, paragraphs[1:]) if p in bios and q.text == leads[p.line]}
    dropped = [Removed(p.line, p.text, "byline (kept as metadata)") for p in bare if p.line in named and p.line not in boxed]
    dropped += [Removed(p.line, p.text, "byline (kept as metadata)") for p in boxed.values()]  # "Jennifer Jett" over her bio
    dropped += [Removed(p.line, p.text, "author bio") for p in bios]
    author = author or next((p.text for p in bare if p.line in named), None)
    gone = {r.line for r in dropped}
    return [p for p in paragraphs if p.line not in gone], author, dropped


def take_box(paragraphs: list[Line], author: str | None) -> tuple[list[Line], str | None, list[Removed]]:
    """Drop an agency's author box at the end, the writer's name (often in capitals) over a bio that opens with the
    surname ("MARI YAMAGUCHI" / "Yamaguchi covers Japan for The Associated Press."): the name is the author."""
    if len(paragraphs) < 3:
        return paragraphs, author, []
    name_line, bio = paragraphs[-2], paragraphs[-1]
    name = outlets.readable(name_line.text) if name_line.text.isupper() else name_line.text
    name = name.title() if name.isupper() else name  # a name of two short words: "MARI ITO"
    match = _BIO_LEAD.match(bio.text.replace(name.split()[-1], name, 1)) if chrome_stamps.is_name_only(name) else None
    if not match or match.group("name") != name:
        return paragraphs, author, []
    dropped = [Removed(name_line.line, name_line.text, "byline (kept as metadata)"), Removed(bio.line, bio.text, "author bio")]
    return paragraphs[:-2], author or name, dropped


_ABOUT_HEADING = re.compile(r"about the (?:author|writer|reporter)s?:?", re.I)


def under_about_heading(previous: str, text: str) -> bool:
    """Whether ``text`` is the bio an "About the author" heading (``previous``, the line right above) opens: a name and
    what it is or does, whoever it names ("ABOUT THE AUTHOR" / "The Associated Press is an American non-profit news
    agency.")."""
    return bool(_ABOUT_HEADING.fullmatch(previous.strip()) and _BIO_LEAD.match(text))


_NOTICE_HEADING = re.compile(r"disclosure statement|partners|republish this article|want to write\??", re.I)
"""Headings of the notices a site sets under every story, each over one paragraph of its own (The Conversation's
"Disclosure statement" / "Jenna Whitaker receives funding from …", "Republish this article" / "Republish our articles
for free …")."""


def under_heading(previous: str, text: str) -> str | None:
    """The reason of the paragraph under a heading of the page's (``previous``, the line right above): an "About the
    author" bio (see ``under_about_heading``), or a site's notice ("Disclosure statement" / its paragraph); None for
    anything else."""
    if under_about_heading(previous, text):
        return "author bio"
    return "site notice" if _NOTICE_HEADING.fullmatch(previous.strip()) and len(text.split()) <= 60 else None
