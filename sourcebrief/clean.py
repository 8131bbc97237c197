"""Turn a raw seed into clean articles: strip web debris, find captions, stamps and appended stories."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from . import chrome, outlets
from .model import Article, Line, RawSource, Removed, SourceMeta

_TERMINAL = re.compile(r"[.!?:;”\"’')\]]$")


@dataclass(frozen=True)
class _Story:
    """The lines of one story inside a seed file, before classification."""

    lines: tuple[Line, ...]
    """Non-blank lines (wrapped lines already joined)."""
    blank_before: tuple[int, ...]
    """For each line, how many blank lines precede it."""


def clean(raw: RawSource) -> list[Article]:
    """Clean one seed; a second story appended to the file becomes its own article ``<id>~2``."""
    lines, blanks = _join_wrapped(raw.text)
    stories = _split_stories(lines, blanks)
    articles = []
    for number, story in enumerate(stories, start=1):
        source_id = raw.id if number == 1 else f"{raw.id}~{number}"
        article = _clean_story(story, source_id, raw.path)
        if number > 1:
            article = dataclasses.replace(article, split_from=raw.id)
        articles.append(article)
    return articles


_END_MARK = re.compile(r"\s*[■□▪◆◼●]+$")
"""A glyph some agencies end a story with ("… to vow retaliation. ■")."""


def _join_wrapped(text: str) -> tuple[list[Line], list[int]]:
    """Non-blank lines with their line numbers; hard-wrapped prose lines are joined."""
    lines: list[Line] = []
    blanks: list[int] = []
    pending_blank = 0
    for number, raw_line in enumerate(text.split("\n"), start=1):
        stripped = _END_MARK.sub("", " ".join(raw_line.split()))
        if not stripped:
            pending_blank += 1
            continue
        previous = lines[-1] if lines else None
        wrapped = (previous is not None and pending_blank == 0 and stripped[0].islower()
                   and not _TERMINAL.search(previous.text))
        if wrapped:
            lines[-1] = Line(previous.text + " " + stripped, previous.line)
        else:
            lines.append(Line(stripped, number))
            blanks.append(pending_blank)
        pending_blank = 0
    return lines, blanks


def _split_stories(lines: list[Line], blanks: list[int]) -> list[_Story]:
    """Split where a new headline starts after the body of a first story."""
    cuts = [0]
    body_seen = 0
    for index, line in enumerate(lines):
        if _is_new_story(lines, blanks, index, body_seen):
            cuts.append(index)
            body_seen = 0
        elif _is_body_candidate(line.text):
            body_seen += 1
    cuts.append(len(lines))
    return [_Story(tuple(lines[a:b]), tuple(blanks[a:b])) for a, b in zip(cuts, cuts[1:]) if b > a]


def _is_body_candidate(text: str) -> bool:
    return len(text.split()) >= 8 and bool(_TERMINAL.search(text)) and not chrome.is_caption(text)


def _is_new_story(lines: list[Line], blanks: list[int], index: int, body_seen: int) -> bool:
    """A headline-shaped line, after two body paragraphs, that is repeated or followed by a caption."""
    text = lines[index].text
    if body_seen < 2 or not chrome.looks_like_headline(text) or chrome.is_chrome(text) or chrome.is_caption(text):
        return False
    following = [line.text for line in lines[index + 1:index + 10]]
    if text in following:
        return True
    if following and chrome.is_caption(following[0]):
        return True
    long_body_after = sum(_is_body_candidate(t) for t in following) >= 3
    return blanks[index] >= 2 and chrome.title_case_share(text) >= 0.6 and long_body_after


def _clean_story(story: _Story, source_id: str, path: str) -> Article:
    """Classify every line of one story: title, body, caption, metadata or removed debris."""
    removed: list[Removed] = []
    paragraphs: list[Line] = []
    captions: list[Line] = []
    stamps: dict[str, tuple[dt.date, ...]] = {}
    author = None
    byline_index = None
    reported_from = None
    signals: list[tuple[int, str | None]] = []
    title_line = _find_title(story, removed)
    title = title_line.text if title_line else ""
    signals += [(r.line, outlets.from_byline_line(r.text)) for r in removed if r.reason.startswith("masthead")]
    in_related = False
    seen_body: set[str] = set()
    promotions = chrome.promotion_blocks([line.text for line in story.lines])
    boilerplate = chrome.boilerplate_start([line.text for line in story.lines])
    table = chrome.label_blocks([line.text for line in story.lines])
    for index, line in enumerate(story.lines):
        if title_line and line.line <= title_line.line and not (line.line < title_line.line and chrome.stamp(line.text)):
            continue
        text = line.text
        reason = None
        if text == title:
            reason = "repeated headline"
        elif index in promotions:
            reason = "web chrome"
        elif index in table:
            reason = "metadata table"
        elif boilerplate is not None and index >= boilerplate and paragraphs:
            reason = "press-release boilerplate"
            signals.append((line.line, outlets.from_footer(text)))
        elif chrome.starts_related_block(text):
            reason, in_related = "web chrome", True
        elif chrome.is_chrome(text):
            reason = "web chrome"
            signals.append((line.line, outlets.from_footer(text)))
        elif chrome.is_related_link(text):
            reason = "related-story link"
        elif in_related and (chrome.looks_like_headline(text) or len(text.split()) < 3):
            reason = "related-story link"
        elif chrome.is_stray(text):
            reason = "stray fragment"
        elif (found := chrome.stamp(text)) is not None:
            kind, dates = found
            if dates:
                stamps.setdefault(kind, dates)
            reason = "date stamp (kept as metadata)" if dates else "time stamp"
        elif (name := chrome.byline(text)) and (len(paragraphs) <= 1 or text.startswith("(")):
            # a standfirst (a one-sentence summary under the headline) may come before the byline: it stays as body;
            # a byline in brackets, "(By Jane Doe)", closes a wire story
            author, byline_index = author or name, index
            if (written := chrome.parse_date_in(text)) is not None:  # "By Jane Doe | 30 April 2024"
                stamps.setdefault("published", (written,))
            signals.append((line.line, outlets.from_byline_tail(text)))  # "By Gregory Wallace, CNN"
            reason = "byline (kept as metadata)"
        elif len(paragraphs) <= 1 and _NAME_LINE.fullmatch(text) and index + 1 < len(story.lines) and (
                stamp := chrome.stamp(story.lines[index + 1].text)) and stamp[1] and not outlets.from_byline_line(text):
            author, byline_index = author or text, index  # "Josh Taylor" over "Fri 29 Nov 2024 00.13 GMT"
            reason = "byline (kept as metadata)"
        elif where := chrome.reporting_from(text):
            reported_from = reported_from or where
            reason = "dateline (kept as metadata)"
        elif (found := outlets.from_dash_line(text)) is not None:  # "CNN —", where a dateline would be
            signals.append((line.line, found))
            reason = "outlet (kept as metadata)"
        elif byline_index == index - 1 and (found := outlets.from_byline_line(text)):
            signals.append((line.line, found))
            reason = "outlet (kept as metadata)"
        elif chrome.is_caption_label(text):
            reason = "caption label"
        elif chrome.is_caption(text) or (index and story.lines[index - 1].line == line.line - 1
                                          and chrome.is_caption_label(story.lines[index - 1].text)):
            if any(c.text == text for c in captions):
                reason = "duplicate caption"
            else:
                captions.append(line)
        elif text in seen_body:
            reason = "duplicate paragraph"
        else:
            in_related = False
            seen_body.add(text)
            paragraphs.append(line)
        if reason:
            removed.append(Removed(line.line, text, reason))
    paragraphs, place, date_written, agency = _take_dateline(paragraphs)
    place = place or reported_from
    if agency:
        signals.append((paragraphs[0].line, outlets.from_agency(agency)))
    published = _published(stamps, date_written or "")
    outlet = outlets.first(signals)
    return Article(
        id=source_id, path=path, title=title, paragraphs=tuple(paragraphs), captions=tuple(captions),
        removed=tuple(sorted(removed, key=lambda r: r.line)), published=published,
        published_from="text" if published else None, author=author, dateline=place,
        outlet=outlet, outlet_from="text" if outlet else None,
        dateline_day=None if published else chrome.month_day(date_written or ""),
    )


def _find_title(story: _Story, removed: list[Removed]) -> Line | None:
    """The headline: the first line that is not debris; section labels and a masthead before it are dropped."""
    candidates = [line for line in story.lines
                  if not (chrome.is_chrome(line.text) or chrome.is_stray(line.text) or chrome.stamp(line.text))]
    if not candidates:
        return None
    at = 0
    while at + 1 < len(candidates) and (reason := _before_headline(
            candidates[at].text, next((c.text for c in candidates[at + 1:] if len(c.text.split()) > 2), ""))):
        removed.append(Removed(candidates[at].line, candidates[at].text, reason))
        at += 1
    first = candidates[at]
    for line in story.lines:
        if line.line < first.line and line not in candidates and not chrome.stamp(line.text):
            removed.append(Removed(line.line, line.text, "web chrome"))  # a stamp is read with the body's
    return first


def _before_headline(text: str, following: str) -> str | None:
    """Why a short line above a longer one is not the headline: a one- or two-word section label ("Business",
    "Elections 2026"), the outlet's masthead ("The Costa Rica Dispatch") or a press release's issuer ("Nordvik Foods
    Inc."); None when it may be the headline."""
    words = text.split()
    if len(words) <= 6 and _ISSUER.search(text) and len(following.split()) > len(words) + 2:
        return "press-release issuer"  # a press release's "News provided by / Nordvik Foods Inc."
    if _TERMINAL.search(text) or len(following.split()) <= len(words) + 2:
        return None
    masthead = "masthead (outlet kept as metadata)"
    if len(words) <= 2:  # "ABC News" and "Reuters" are mastheads; "World News" and "Media" are sections
        return masthead if outlets.from_byline_line(text) and (
            outlets.known(text) or _ACRONYM_NEWS.fullmatch(text)) else "section label"
    return masthead if len(words) <= 5 and outlets.from_byline_line(text) else None


_ISSUER = re.compile(r"\b(?:Inc|Ltd|Corp|Co|LLC|PLC|plc|S\.A|AG|N\.V|GmbH|Limited|Corporation)\.?$")
"""A company's legal name, alone above a headline: a press release's issuer."""
_NAME_LINE = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2}")
"""A line that is only a person's name; a byline when a date stamp follows it."""
_ACRONYM_NEWS = re.compile(r"[A-Z]{2,5}\s+[A-Z]\w+")
"""A broadcaster's masthead: its acronym and an outlet word ("ABC News", "SBS News", "CBS News")."""


def _published(stamps: dict[str, tuple[dt.date, ...]], date_written: str) -> dt.date | None:
    """A Published stamp's date, else an Updated stamp's, else the dateline's full date. A stamp that reads either way
    ("04/05/2024") counts only when the dateline's month and day ("Taipei, April 5") pick one reading."""
    on = chrome.month_day(date_written)
    for kind in ("published", "updated"):
        dates = stamps.get(kind, ())
        picked = dates if len(dates) == 1 else [date for date in dates if (date.month, date.day) == on]
        if picked:
            return picked[0]
    return chrome.parse_date_in(date_written)


def _take_dateline(paragraphs: list[Line]) -> tuple[list[Line], str | None, str | None, str | None]:
    """Move a leading dateline ("ERBIL, Kurdistan Region -", "LIMA (AP) —") out of the first paragraph into
    metadata: place, date as written and agency."""
    found = chrome.dateline(paragraphs[0].text) if paragraphs else None
    if not found:
        return paragraphs, None, None, None
    place, rest, date, agency = found
    return [Line(rest, paragraphs[0].line), *paragraphs[1:]], place, date, agency


def apply_metadata(article: Article, meta: SourceMeta | None) -> Article:
    """Apply the precedence: sources.yml > a Markdown seed's front matter > what the text says; a split story
    inherits only the outlet."""
    meta = meta or SourceMeta()
    published, published_from = article.published, article.published_from
    if meta.published:
        published, published_from = meta.published, "sources.yml"
    outlet, outlet_from = article.outlet, article.outlet_from
    if meta.outlet:
        outlet, outlet_from = meta.outlet, meta.outlet_from
    return dataclasses.replace(
        article,
        outlet=outlet,
        outlet_from=outlet_from,
        published=published,
        published_from=published_from,
        url=meta.url or article.url,
        author=meta.author or article.author,
        note=meta.note,
    )
