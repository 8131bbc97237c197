"""The outlet of a page whose text signs with none (no masthead, byline, dateline or copyright line naming one): what
the page's first line, its furniture and its body give away, asked in turn. Read by ``clean``."""

from __future__ import annotations

from collections.abc import Sequence

from . import desk_outlets, nav_menu, page_marks, titles
from .model import Line, Removed

_KICKER_READ = 2
"""How many paragraphs of the lead a kicker in capitals over the headline would be about ("UKRAINE WAR"), unlike a
logo's lettering ("A BOLA")."""


def unsigned_outlet(removed: list[Removed], lines: Sequence[Line], title: str, title_line: Line,
                    paragraphs: list[Line], above_reasons: tuple[str, ...]) -> str | None:
    """The outlet an unsigned page gives away: the name over the headline that the story asks for comment, the name
    its furniture signs with, the first line over a menu or account bar, a line only one outlet's template carries, the
    first line that the page names itself by again ("told bianet"), a line only one outlet's template writes so ("Tue 29 Aug
    2023 19.30 BST": the Guardian's), a logo's name in capitals, or a blog's name over its headline ("Andes Road
    Watch"); None when none does."""
    first = lines[0].text if lines[0].line < title_line.line else None  # "The Hindu" over it all
    furniture = [r.text for r in removed]
    return (desk_outlets.masthead_asking(removed, title_line.line, paragraphs, above_reasons)
            or page_marks.from_furniture(furniture, first) or nav_menu.name_over_menu([line.text for line in lines])
            or nav_menu.name_over_menu([line.text for line in _under_banner(removed, lines, title_line)])
            or page_marks.from_page_marks(furniture) or page_marks.name_again(first, [line.text for line in lines], title)
            or page_marks.from_house_style([line.text for line in lines])
            or page_marks.logo_over_page(first, "\n".join([title] + [p.text for p in paragraphs[:_KICKER_READ]]))
            or _blog_name(removed, lines, title_line))


def _blog_name(removed: list[Removed], lines: Sequence[Line], title_line: Line) -> str | None:
    """The blog's name over the headline (titles.blog_name) when the page's first line went as its furniture, never as
    the writer's byline ("Jane Smith" over the headline)."""
    first = next((r.reason for r in removed if r.line == lines[0].line), "")
    return titles.blog_name(lines, title_line) if first in ("section label", "masthead (outlet kept as metadata)") else None


def _under_banner(removed: list[Removed], lines: Sequence[Line], title_line: Line) -> Sequence[Line]:
    """The page's lines from the first one under the web chrome that opens it (a cookie banner over the masthead:
    "We use cookies …" / "Portugal Resident" / its menu), or none when the page opens with no such chrome."""
    chrome = {r.line for r in removed if r.reason == "web chrome"}
    start = next((at for at, line in enumerate(lines) if line.line not in chrome), 0)
    return lines[start:] if 0 < start and lines[start].line < title_line.line else ()

