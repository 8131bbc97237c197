"""Where quotations open and close in a paragraph (a nickname inside a name is none), the paragraph with their words
blanked, and the sentence around one (read by ``quotes`` to find who speaks them, and by the claims)."""

from __future__ import annotations

import functools
import re

from .quote_names import quoted_name

_PAIRS = {"“": "”\"", "«": "»", "‘": "’", '"': "\"”", "'": "'"}


@functools.lru_cache(maxsize=1 << 16)
def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of top-level quotations, skipping nicknames inside names (a memo of a pure function: the quotes
    and the claims both read every paragraph; the list is shared, never to be changed)."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _PAIRS and _can_open(text, i):
            close = _find_close(text, i)
            if close is not None:
                if not quoted_name(text, i, close) and text[i + 1 : close].strip():
                    spans.append((i, close + 1))
                i = close + 1
                continue
        i += 1
    return spans


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "'‘" and before.isalnum():
        return False
    return not before.isalnum() and not after.isspace()


def _find_close(text: str, i: int) -> int | None:
    """Index of the mark closing the quotation opened at ``i`` (same paragraph)."""
    closers = _PAIRS[text[i]]
    j = i + 1
    while j < len(text):
        ch = text[j]
        if ch == "\n" and text[j + 1 : j + 2] == "\n":
            return None
        if ch in closers:
            after = text[j + 1] if j + 1 < len(text) else " "
            if ch in "’'" and after.isalpha():
                j += 1
                continue
            if not after.isalnum() or ch in "”»":
                return j
        j += 1
    return None


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with quoted words (not the marks) blanked, so attribution skips them."""
    chars = list(text)
    for start, end in spans:
        for k in range(start + 1, end - 1):
            if chars[k] not in "\n" and not (k == end - 2 and chars[k] in ".!?"):
                chars[k] = "_"  # (a stop closing the quotation kept: it may end the sentence)
    return "".join(chars)


_SENT_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bMrs)(?<!\bGov)(?<!\bSen)"
                       r"(?<!\bRep)(?<!\bProf)(?<!\bCol)(?<!\bSgt)(?<!\bCapt)[.!?][”\"»’]?(?=\s+[A-Z“\"‘(]|\s*$)")
"""A sentence's end, not a title's abbreviation before a name ("“This is not a drill,” Gov. Ron DeSantis said") nor an
initial ("J. Smith"), though a body's initials may end one ("…, CEO of HSE. “Our task …”"); a
quotation's closing stop ends one too: "… put it to me, “The party will try.” Democratic Party chair …"."""


_SENTENCE_REACH = 1000
"""Characters read each side of a quotation for its sentence: keeps unpunctuated text linear."""


def sentence_bounds(masked: str, start: int, end: int) -> tuple[int, int]:
    left = max(0, start - _SENTENCE_REACH)
    for match in _SENT_END.finditer(masked, left, start):
        left = match.end()
    match = _SENT_END.search(masked, end, end + _SENTENCE_REACH)
    right = match.end() if match else min(len(masked), end + _SENTENCE_REACH)
    return left, right
