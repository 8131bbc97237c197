"""A seed's text as lines and stories: hard-wrapped prose lines joined, and a second story appended to the file found
by its headline (repeated, over a caption, after the page's closing furniture, or over its own byline and stamp)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import blocks, chrome, chrome_stamps, datelines, nav_menu
from .model import Line


@dataclass(frozen=True)
class Story:
    """The lines of one story inside a seed file, before classification."""

    lines: tuple[Line, ...]
    """Non-blank lines (wrapped lines already joined)."""
    blank_before: tuple[int, ...]
    """For each line, how many blank lines precede it."""


_OWN_LINE = re.compile(r"(?:https?://|www\.)\S+(?<![.,;:!?)])|by:? [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}"
                       r"|[a-z][\w-]*\.(?:com|net|org)(?:\.[a-z]{2})?"
                       r"|list(?: \d{1,2})? of \d{1,2}(?: items)?|end of list")
"""A line in lower case that does not continue a short line above (a masthead, a headline), where prose wrapped at
a fixed width would: a web address alone (a sentence ends on a full stop; "bdnews24.com" under "Staff Correspondent"), a byline ("by Kateryna Hodunova"), a
list's label for screen readers ("list 2 of 4")."""
_CAPITALS_BYLINE = re.compile(r"by:? [A-Z][A-Z'’-]+(?: [A-Z][A-Z'’&-]*){0,5}")
"""A byline in capitals, "by DAILY SABAH WITH AA": no wrapped prose, whatever the length of the headline above."""
_END_MARK = re.compile(r"\s*[■□▪◆◼●]+$|(?<=[.!?”\"’])\s+Enditem$")
"""A glyph or word some agencies end a story with ("… to vow retaliation. ■", Xinhua's "… in some provinces.
Enditem")."""


def join_wrapped(text: str) -> tuple[list[Line], list[int]]:
    """Non-blank lines with their line numbers; hard-wrapped prose lines are joined."""
    lines: list[Line] = []
    blanks: list[int] = []
    pending_blank = 0
    raw_lines = text.split("\n")
    for number, raw_line in enumerate(raw_lines, start=1):
        stripped = nav_menu.spaced_menu(raw_line) or _END_MARK.sub("", " ".join(raw_line.split()))
        if not stripped:
            pending_blank += 1
            continue
        previous = lines[-1] if lines else None
        wrapped = (previous is not None and pending_blank == 0 and stripped[0].islower()
                   and not chrome.TERMINAL.search(previous.text)
                   and not ((len(previous.text) <= 60 or _stamp_under(raw_lines, number)) and _OWN_LINE.fullmatch(stripped))
                   and not _CAPITALS_BYLINE.fullmatch(stripped)
                   and len(previous.text) + len(stripped.split(" ", 1)[0]) >= 30)  # "The Hindu" / "e-Paper": no wrap
        if wrapped:
            lines[-1] = Line(previous.text + " " + stripped, previous.line)
        else:
            lines.append(Line(stripped, number))
            blanks.append(pending_blank)
        pending_blank = 0
    return lines, blanks


def _stamp_under(raw_lines: list[str], number: int) -> bool:
    """Whether the next line with text under seed line ``number`` is a dated stamp: "by Nasreen Abdulla" over
    "Published: Wed 17 Apr 2024, 9:08 PM" is a byline under a long standfirst, no wrapped end of it."""
    below = next((line.strip() for line in raw_lines[number:number + 3] if line.strip()), "")
    found = chrome_stamps.stamp(below) if below else None
    return bool(found and found[1])


def split_stories(lines: list[Line], blanks: list[int]) -> list[Story]:
    """Split where a new headline starts after the body of a first story."""
    cuts = [0]
    body_seen = 0
    for index, line in enumerate(lines):
        if _is_new_story(lines, blanks, index, body_seen, cuts[-1]):
            cuts.append(_masthead_over(lines, cuts[-1], index))
            body_seen = 0
        elif chrome.is_body_candidate(line.text):
            body_seen += 1
    cuts.append(len(lines))
    return [Story(tuple(lines[a:b]), tuple(blanks[a:b])) for a, b in zip(cuts, cuts[1:]) if b > a]


def _repeats_masthead(lines: list[Line], start: int, index: int) -> bool:
    """The line above a new story's headline is the outlet's name that opened the story before ("Helsinki Times"):
    it opens the next story too."""
    return index > start and len(lines[index].text.split()) <= 6 and lines[index].text == lines[start].text


_MENU_LINES = 8
"""How many short lines of a menu a page may print between its masthead and its headline."""


def _masthead_over(lines: list[Line], start: int, index: int) -> int:
    """Where the story whose headline is line ``index`` starts: at the masthead that opened the file when it is
    printed again over the headline, maybe with the page's menu between ("Rappler" / "Philippines" / "World" /
    headline); else at the headline."""
    for above in range(index - 1, max(start, index - 1 - _MENU_LINES), -1):
        if _repeats_masthead(lines, start, above):
            return above
        if len(lines[above].text.split()) > 3 or chrome.TERMINAL.search(lines[above].text):
            break
    return index


def _is_new_story(lines: list[Line], blanks: list[int], index: int, body_seen: int, start: int) -> bool:
    """A headline-shaped line, after two body paragraphs, that is repeated over a body, followed by a caption, right
    after the furniture that ends a page, set apart in title case over a body, or under the masthead that opened the
    file and over its own date stamp or dateline."""
    text = lines[index].text
    if body_seen < 2 or not chrome.looks_like_headline(text) or chrome.is_chrome(text) or chrome.is_caption(text) or (
            chrome_stamps.byline(text) is not None or chrome_stamps.stamp(text) is not None):  # ("Updated: 4 July
        # 2025 10:25 CEST" over a photo's credit: the header's second stamp)  # a live blog's byline over each entry ("By Keane Bourke"): no
        return False  # headline, however often it recurs
    following = [line.text for line in lines[index + 1:index + 10]]
    bodies_after = sum(chrome.is_body_candidate(t) for t in following)
    if text in following:  # (a caption repeated at the very end is the page's, no story's headline: its copy no body)
        return sum(chrome.is_body_candidate(t) for t in following if t != text) >= 1
    if following and chrome.is_caption(following[0]):
        return True
    if bodies_after >= 2 and index and chrome.ends_page(lines[index - 1].text):
        return True  # a headline right after the page's last furniture ("Adblock Detected"): another page pasted on
    if bodies_after >= 2 and chrome.is_body_candidate(following[0]) and _after_closing_lists(lines, index):
        return True  # a headline over a body, after the story's list of related links and the chrome under it
    if bodies_after >= 2 and len(following) >= 2 and (found := chrome_stamps.stamp(following[0])) and found[1] and (
            chrome.is_body_candidate(following[1])) and _after_closing_lists(lines, index):
        return True  # the same, with its own date stamp between: "Motorway closures …" / "Updated: 16 September …"
    long_body_after = bodies_after >= 3
    if bodies_after >= 2 and _byline_and_stamp(following[:2]):
        return True  # a headline over its own byline and date stamp: "By Tom Becker" / "Posted Nov 12, 2024"
    if bodies_after >= 2 and following and _credited_stamp(following[0]):
        return True  # a headline over its stamp that credits the desk: "TOI World Desk / Updated: Jun 16, 2024, …"
    if bodies_after >= 2 and _credit_and_stamp(following):
        return True  # an agency's page, a headline over "Source: Xinhua" / "2025-07-01 19:40:12" and a body
    if long_body_after and _repeats_masthead(lines, start, index - 1) and datelines.dateline(following[0]):
        return True  # under the masthead again, a headline over a body that opens on its own dateline ("TEHRAN –")
    if long_body_after and _repeats_masthead(lines, start, index - 1) and (found := chrome_stamps.stamp(following[0])):
        return bool(found[1])  # under the masthead again, a headline over its own date stamp and a body
    return blanks[index] >= 2 and chrome.title_case_share(text) >= 0.6 and long_body_after


def _after_closing_lists(lines: list[Line], index: int) -> bool:
    """Whether the lines between the last paragraph and the line at ``index`` are a story's closing furniture: a list
    of related stories under its heading, then web chrome right above ("Related stories" / its links / "Newsletter" /
    … / "Subscribe")."""
    if not index or not chrome.is_chrome(lines[index - 1].text) or chrome.starts_related_block(lines[index - 1].text):
        return False  # (under a list's heading, "Trending now", the line is the list's first link)
    start = max(0, index - _CLOSING_LINES)
    window = [line.text for line in lines[start:index]]
    forms = blocks.newsletter_forms(window)  # (its blurb is a sentence: "Get the week's top stories …")
    at = len(window) - 1
    while at > 0 and (at in forms or not chrome.is_body_candidate(window[at])):
        at -= 1
    return any(chrome.starts_related_block(text) and not _LIVE_EVENTS.match(text) for text in window[at + 1:])


_CLOSING_LINES = 16
"""How many lines of closing furniture (a related list, a newsletter box) a page may print between its story's last
paragraph and the next story's headline."""
_LIVE_EVENTS = re.compile(r"key events\W*$", re.I)
"""A live blog's list of its own entries, no list of other stories."""


_STAMP_PARTS = re.compile(r"\s+[|·•/]\s+")


def _credited_stamp(text: str) -> bool:
    """A dated stamp whose line also credits the writer or the desk, between bars or slashes ("TOI World Desk /
    Updated: Jun 16, 2024, 18:40 IST"): a story's header, never a live blog's entry time."""
    found = chrome_stamps.stamp(text)
    parts = _STAMP_PARTS.split(text.strip())
    return bool(found and found[1]) and len(parts) >= 2 and any(
        chrome_stamps.DESK.fullmatch(part) or chrome_stamps.byline(part) for part in parts)


_HEADER_LINES = 3
"""How many lines of furniture a story's header may put between its headline and its body."""


def _credit_and_stamp(texts: list[str]) -> bool:
    """Lines under a headline that are all its header, a credit or chrome line and a dated stamp, over the body: a
    news agency's page ("Source: Xinhua" / "Editor: Huaxia" / "2025-07-01 19:40:12")."""
    header = []
    for text in texts[:_HEADER_LINES + 1]:
        if chrome.is_body_candidate(text):
            break
        header.append(text)
    dated = sum(bool((found := chrome_stamps.stamp(t)) and found[1]) for t in header)
    credits = sum(chrome.is_chrome(t) or chrome_stamps.byline(t) is not None for t in header)
    return 2 <= len(header) <= _HEADER_LINES and len(header) < len(texts) and dated == 1 and credits == len(header) - 1


def _byline_and_stamp(texts: list[str]) -> bool:
    """Two lines that are a byline and a dated stamp, in either order: what a news page puts under a headline; the
    byline may be the writer's name alone over the stamp ("JOSE MARI GARCIA" / "Published 3:10 PM, July 26, 2024")."""
    bylines = sum(chrome_stamps.byline(t) is not None for t in texts) or int(
        len(texts) == 2 and chrome_stamps.is_name_only(texts[0]))
    dated = sum(bool((found := chrome_stamps.stamp(t)) and found[1]) for t in texts)
    return len(texts) == 2 and bylines == 1 and dated == 1
