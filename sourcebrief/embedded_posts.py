"""Social media posts embedded in a story: the page prints the post's words and then its signature (author, handle,
date). The signature is web chrome (``chrome_pages``); the words above it are the post, not the reporter's text, and
leave the body with it."""

from __future__ import annotations

import re

from . import chrome_pages
from .model import Line, Removed

_LONGEST_POST = 300
"""A post's words are short (280 characters on X); a longer line above a signature is the story's own paragraph."""
_REPORTED = re.compile(r"\b(?:said|says|wrote|writes|posted|posts|told|added|tweeted)\b")
"""A reporter's words about a post: "… Zelensky said on X." above the signature is the story's, the post not copied."""
_GAP = 2
"""How many seed lines the signature may be below the post's words (a blank line between them)."""


def take_posts(paragraphs: list[Line], removed: list[Removed]) -> tuple[list[Line], list[Removed]]:
    """The paragraphs without each embedded post's words, and those words as removed lines: a short paragraph right
    above a post's signature ("The crew of Eternity C must be found. …" over "— US Embassy Yemen (@USEmbassyYemen)
    July 9, 2025"); not the reporter's paragraph on the post ("… Zelensky said on X.")."""
    signatures = {r.line for r in removed if chrome_pages.is_post_signature(r.text)}
    if not signatures:
        return paragraphs, []
    kept, posts = [], []
    for at, paragraph in enumerate(paragraphs):
        below = paragraphs[at + 1].line if at + 1 < len(paragraphs) else None
        signed = any(0 < line - paragraph.line <= _GAP and (below is None or below > line) for line in signatures)
        if signed and len(paragraph.text) <= _LONGEST_POST and not _REPORTED.search(paragraph.text):
            posts.append(Removed(paragraph.line, paragraph.text, "embedded post"))
        else:
            kept.append(paragraph)
    return kept, posts
