"""Markdown seeds read as the plain text the cleaner expects, line for line, so seed line numbers stay true.

A ``.md`` seed (an article saved from a Markdown export, a note-taking app or a Hugo/Jekyll site) loses its
markup: heading marks, emphasis, list and quote markers, link targets, images' addresses, code fences, rules.
Its YAML front matter becomes the lines the cleaner reads for the same things (the title first, then a
``Published:`` stamp and a ``By`` line); its ``outlet`` and ``url`` come back as metadata, which sources.yml
overrides.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from .model import Diagnostic
from .yamlsafe import YamlError, compose, line_of

_FENCE = re.compile(r"^\s*(?:```|~~~)")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$")
_BLOCK_MARKS = re.compile(r"^\s{0,3}(?:>\s?)*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)?")
_CLOSING_HASHES = re.compile(r"\s+#+\s*$")
_INLINE = [
    (re.compile(r"^\s*!\[([^\]]+)\]\([^)]*\)\s*$"), r"Image: \1"),  # an image alone on its line: its alt text,
    # labelled so the cleaner reads it as the caption it often is ("![Flooded Opava](opava.jpg)")
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # an image inside a line: its alt text
    (re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)"), r"\1"),  # a link: its text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # a reference link: its text
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # an autolink: the address
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])"), r"\1"),  # backslash escapes
    (re.compile(r"\s{2,}$|\\$"), ""),  # hard line breaks
]
_TITLE_KEYS = ("title", "headline")
_DATE_KEYS = ("date", "published", "publishdate", "pubdate")
_AUTHOR_KEYS = ("author", "authors", "byline")
_OUTLET_KEYS = ("outlet", "publisher", "publication", "source", "site", "site_name")
_URL_KEYS = ("url", "link", "source_url", "canonical", "canonical_url")
_SAFE_URL = re.compile(r"^https?://\S+$")


def plain_text(text: str, path: str) -> tuple[str, dict[str, str], list[Diagnostic]]:
    """(the text without Markdown markup, line for line; {"outlet", "url"} from the front matter; problems)."""
    lines = text.split("\n")
    found: dict[str, str] = {}
    problems: list[Diagnostic] = []
    body_start = 0
    end = _front_matter_end(lines)
    if end:
        fields, problems = _front_matter("\n".join(lines[1:end]), path)
        has_heading = any(re.match(r"^#\s+\S", line) for line in lines[end + 1:])
        injected = [value for key, value in (("title", fields.get("title")), ("date", fields.get("date")),
                                             ("author", fields.get("author"))) if value and not (key == "title" and has_heading)]
        lines[:end + 1] = [*injected, *[""] * (end + 1 - len(injected))]
        found = {key: fields[key] for key in ("outlet", "url") if fields.get(key)}
        body_start = end + 1
    fenced = False
    for index in range(body_start, len(lines)):
        line = lines[index]
        if _FENCE.match(line):
            fenced, lines[index] = not fenced, ""
            continue
        if fenced:
            continue
        if _RULE.match(line) or _REFERENCE.match(line) or re.match(r"^\s*<!--.*-->\s*$", line):
            lines[index] = ""
            continue
        lines[index] = _inline(_CLOSING_HASHES.sub("", _BLOCK_MARKS.sub("", line, count=1)))
    return "\n".join(lines), found, problems


def _inline(line: str) -> str:
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    return line


def _front_matter_end(lines: list[str]) -> int:
    """Index of the line closing a YAML front matter that opens on line 1 ("---"), else 0."""
    if not lines or lines[0].strip() != "---":
        return 0
    for index in range(1, min(len(lines), 200)):
        if lines[index].strip() in ("---", "..."):
            return index
    return 0


def _front_matter(block: str, path: str) -> tuple[dict[str, str], list[Diagnostic]]:
    """The title, date, author, outlet and url a front matter gives, as the lines and values to use."""
    try:
        root = compose(block, path)
    except YamlError as exc:
        shifted = Diagnostic(exc.diagnostic.path, exc.diagnostic.line + 1, exc.diagnostic.message, "warning")
        return {}, [shifted]
    if not isinstance(root, yaml.MappingNode):
        return {}, [Diagnostic(path, 2, "front matter is not a mapping of fields; ignored", "warning")]
    fields: dict[str, str] = {}
    problems: list[Diagnostic] = []
    for key, node in root.value:
        name = str(key.value).strip().lower()
        value = _text(node)
        if value is None:
            continue
        line = line_of(node) + 1
        if name in _TITLE_KEYS:
            fields.setdefault("title", value)
        elif name in _DATE_KEYS:
            day = _date(value)
            if day is None:
                problems.append(Diagnostic(path, line, f"front matter date {value[:40]!r} is not a date; ignored", "warning"))
            else:
                fields.setdefault("date", f"Published: {day.isoformat()}")
        elif name in _AUTHOR_KEYS:
            fields.setdefault("author", f"By {value}")
        elif name in _OUTLET_KEYS:
            fields.setdefault("outlet", value)
        elif name in _URL_KEYS and _SAFE_URL.match(value):
            fields.setdefault("url", value)
    return fields, problems


def _text(node: yaml.Node) -> str | None:
    """A scalar's text, or a list of scalars joined ("authors: [A, B]" is "A and B"); None for anything else."""
    if isinstance(node, yaml.ScalarNode):
        text = " ".join(str(node.value).split())
    elif isinstance(node, yaml.SequenceNode) and all(isinstance(n, yaml.ScalarNode) for n in node.value):
        text = " and ".join(" ".join(str(n.value).split()) for n in node.value)
    else:
        return None
    return text[:300] if text and "\x00" not in text else None


def _date(text: str) -> dt.date | None:
    """The day of a front matter date: ISO, maybe with a time ("2024-04-30T08:00:00Z")."""
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$", text)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
