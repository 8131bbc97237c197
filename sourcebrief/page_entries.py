"""A saved live blog's entry times: trafilatura keeps an entry's heading and text but drops the time stamp over it
("10:42 GMT"), an element of its own; they are read from the page and put back before the entries' first lines, as
a copy from the browser has them ("10:42 GMT — Israeli army says …"), for the cleaner to read (entries.entry_time)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from . import entries

_STAMP_CLASS = re.compile(r"(?:^|[\s_-])(?:time|timestamp|stamp|posted|published)(?:$|[\s_-])", re.I)
"""The class of an element that shows an entry's time: "card-live__timestamp", "block-time", "date-relative__time"
(not "liveblog-timeline", the list of entries)."""
_SKIPPED = frozenset({"script", "style", "noscript", "template", "button", "svg"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


class _EntryTimes(HTMLParser):
    """Each time stamp of a page (a ``<time>`` element, or one whose class says it holds a time, with only a time
    in it) and the first text of two words or more after it: the entry it heads."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pairs: list[tuple[str, str]] = []
        self._open: list[str] = []  # the stack of open elements
        self._stamp_at: int | None = None  # the depth of the time stamp's element being read
        self._stamp: list[str] = []
        self._pending: str | None = None  # a time stamp whose entry's first text is not read yet

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _VOID:
            return
        self._open.append(tag)
        classes = dict(attrs).get("class") or ""
        if self._stamp_at is None and (tag == "time" or _STAMP_CLASS.search(classes)):
            self._stamp_at, self._stamp = len(self._open), []

    def handle_endtag(self, tag: str) -> None:
        if tag not in self._open:
            return
        while self._open and self._open.pop() != tag:
            pass
        if self._stamp_at is not None and len(self._open) < self._stamp_at:
            text = " ".join(" ".join(self._stamp).split())
            self._stamp_at = None
            if entries.is_entry_stamp(text):
                self._pending = text

    def handle_data(self, data: str) -> None:
        if any(tag in _SKIPPED for tag in self._open):
            return
        if self._stamp_at is not None:
            self._stamp.append(data)
        elif self._pending and len(data.split()) >= 2:
            self.pairs.append((self._pending, " ".join(data.split())))
            self._pending = None


def entry_times(html: str) -> list[tuple[str, str]]:
    """(time stamp, the first text after it) for each entry time stamp of a page; a live blog has two or more."""
    parser = _EntryTimes()
    parser.feed(html)
    parser.close()
    return parser.pairs


def with_entry_times(pairs: list[tuple[str, str]], paragraphs: list[str]) -> list[str]:
    """``paragraphs`` with each live blog entry's time stamp (``pairs``, see ``entry_times``) put back before the
    entry's first line ("10:42 GMT — Israeli army says it struck 20 targets"), when two entries or more have their
    first lines found among them; else ``paragraphs`` as they are."""
    out, start, found = list(paragraphs), 0, 0
    for stamp, first in pairs:
        at = next((at for at in range(start, len(out)) if out[at].startswith(first)), None)
        if at is not None:
            out[at], start, found = f"{stamp} — {out[at]}", at + 1, found + 1
    return out if found >= 2 else list(paragraphs)
