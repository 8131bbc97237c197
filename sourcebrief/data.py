"""The stable JSON files in site/data/ (see DESIGN.md): reused by people and by tests."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from .model import Article


def sources_json(articles: Sequence[Article]) -> dict:
    """``sources.json``: every source, its cleaned paragraphs, captions and what the cleaner removed."""
    return {"sources": [
        {
            "id": a.id,
            "title": a.title,
            "outlet": a.outlet,
            "outlet_from": a.outlet_from,
            "published": a.published.isoformat() if a.published else None,
            "published_from": a.published_from,
            "url": a.url,
            "author": a.author,
            "dateline": a.dateline,
            "paragraphs": [line.text for line in a.paragraphs],
            "paragraph_lines": [line.line for line in a.paragraphs],
            "captions": [line.text for line in a.captions],
            "headings": [line.text for line in a.headings],
            "removed": [{"line": r.line, "text": r.text, "reason": r.reason} for r in a.removed],
            "split_from": a.split_from,
        }
        for a in articles
    ]}


def write_json(path: Path, value: object) -> None:
    """Deterministic JSON with one record per line: each item of a top-level list on a line of its own (readable,
    greppable and diffable, and made by the C encoder, which does not indent; written in pieces)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.writelines(json_lines(value))


def json_lines(value: object) -> Iterator[str]:
    """The pieces of write_json's text."""
    if not isinstance(value, dict):
        yield _dumps(value) + "\n"
        return
    yield "{"
    for n, (key, item) in enumerate(value.items()):
        yield ("," if n else "") + "\n" + _dumps(key) + ": "
        if isinstance(item, list) and item:
            for i, record in enumerate(item):
                yield ("[\n" if i == 0 else ",\n") + _dumps(record)
            yield "\n]"
        else:
            yield _dumps(item)
    yield "\n}\n"


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
