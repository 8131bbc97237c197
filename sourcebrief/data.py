"""The stable JSON files in site/data/ (see DESIGN.md): reused by people and by tests."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from .model import Article


def sources_json(articles: Sequence[Article]) -> dict:
    """``sources.json``: every source, its cleaned paragraphs, captions and what the cleaner removed."""
    return {"sources": [
        {
            "id": a.id,
            "title": a.title,
            "outlet": a.outlet,
            "published": a.published.isoformat() if a.published else None,
            "published_from": a.published_from,
            "url": a.url,
            "author": a.author,
            "dateline": a.dateline,
            "paragraphs": [line.text for line in a.paragraphs],
            "paragraph_lines": [line.line for line in a.paragraphs],
            "captions": [line.text for line in a.captions],
            "removed": [{"line": r.line, "text": r.text, "reason": r.reason} for r in a.removed],
            "split_from": a.split_from,
        }
        for a in articles
    ]}


def write_json(path: Path, value: dict) -> None:
    """Deterministic, readable JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:  # in pieces: never the whole text in memory
        handle.writelines(json.JSONEncoder(ensure_ascii=False, indent=1).iterencode(value))
        handle.write("\n")
