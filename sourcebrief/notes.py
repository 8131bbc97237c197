"""The editor's notes (content/notes.yml): anchored to a passage by its exact words, or to an event, fact or entity.

A passage anchor follows the W3C Web Annotation text-quote selector: ``quote`` (exact words),
optional ``prefix`` and ``suffix`` (words just before and after) to pick one occurrence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from .model import Article, Diagnostic, Span
from .yamlsafe import YamlError, compose, line_of, mapping_items, scalar

_KEYS = ("id", "note", "source", "quote", "prefix", "suffix", "event", "fact", "entity")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,60}$")


@dataclass(frozen=True)
class Note:
    """One editor's note."""

    id: str
    """Stable id (given, or ``note-<line>``); the footnote label on pages."""
    text: str
    """The note itself (Markdown is shown literally)."""
    line: int
    """Line of the entry in notes.yml, for messages."""
    source: str | None = None
    """Source id the passage is in."""
    quote: str | None = None
    """Exact words of the passage."""
    prefix: str = ""
    """Words just before the passage, to disambiguate."""
    suffix: str = ""
    """Words just after the passage, to disambiguate."""
    target: tuple[str, str] | None = None
    """("event" | "fact" | "entity", id) for a note on something other than a passage."""


@dataclass(frozen=True)
class Anchored:
    """A passage note found in its source."""

    note: Note
    """The note."""
    paragraph: int
    """0-based paragraph index."""
    start: int
    """Offset of the passage in the paragraph."""
    end: int
    """Offset after the passage."""


def load_notes(path: Path) -> tuple[list[Note], list[Diagnostic]]:
    """Read notes.yml: a list of entries; each bad entry is one diagnostic."""
    if not path.is_file():
        return [], []
    shown = str(path)
    try:
        root = compose(path.read_bytes().decode("utf-8-sig"), shown)
    except UnicodeDecodeError:
        return [], [Diagnostic(shown, 1, "notes.yml is not valid UTF-8")]
    except YamlError as exc:
        return [], [exc.diagnostic]
    if root is None:
        return [], []
    if not isinstance(root, yaml.SequenceNode):
        return [], [Diagnostic(shown, line_of(root), "notes.yml must be a list of notes")]
    notes, problems = [], []
    for node in root.value:
        try:
            notes.append(_note(node, shown))
        except YamlError as exc:
            problems.append(exc.diagnostic)
    return notes, problems


def _note(node: yaml.Node, path: str) -> Note:
    fields = {name: (scalar(value, path) or "").strip()
              for name, value in mapping_items(node, path, _KEYS, "each note")}
    line = line_of(node)
    if not fields.get("note"):
        raise YamlError(Diagnostic(path, line, "a note needs a 'note:' text"))
    note_id = fields.get("id") or f"note-{line}"
    if not _ID.match(note_id):
        raise YamlError(Diagnostic(path, line, f"bad note id {note_id!r}"))
    targets = [(kind, fields[kind]) for kind in ("event", "fact", "entity") if fields.get(kind)]
    if bool(fields.get("quote")) == bool(targets) or len(targets) > 1:
        raise YamlError(Diagnostic(path, line, "a note is anchored by 'source' + 'quote', or by one of event/fact/entity"))
    if fields.get("quote") and not fields.get("source"):
        raise YamlError(Diagnostic(path, line, "a quoted passage needs the 'source' id it is in"))
    return Note(note_id, fields["note"], line, fields.get("source"), fields.get("quote"),
                fields.get("prefix", ""), fields.get("suffix", ""), targets[0] if targets else None)


def anchor(note: Note, article: Article) -> Anchored | None:
    """Find the passage: the occurrence whose surrounding words best match prefix and suffix."""
    best = None
    for index, paragraph in enumerate(article.paragraphs):
        text = paragraph.text
        start = text.find(note.quote)
        while start >= 0:
            end = start + len(note.quote)
            score = (text[:start].rstrip().endswith(note.prefix.strip()) if note.prefix else 0) + \
                    (text[end:].lstrip().startswith(note.suffix.strip()) if note.suffix else 0)
            if best is None or score > best[0]:
                best = (score, index, start, end)
            start = text.find(note.quote, start + 1)
    if best is None:
        return None
    return Anchored(note, best[1], best[2], best[3])


def place_notes(notes: Sequence[Note], articles: Mapping[str, Article], known: Mapping[str, set[str]],
                path: str) -> tuple[list[Anchored], list[Note], list[Diagnostic]]:
    """Passage notes found in their sources, target notes whose target exists, and one warning per lost note."""
    anchored, targeted, problems = [], [], []
    for note in notes:
        if note.target:
            kind, target = note.target
            if target in known.get(kind, set()):
                targeted.append(note)
            else:
                problems.append(Diagnostic(path, note.line, f"note {note.id}: no {kind} {target!r} in this build", "warning"))
            continue
        article = articles.get(note.source or "")
        found = anchor(note, article) if article else None
        if found is None:
            where = f"source {note.source!r}" if article is None else f"the text of {note.source}"
            problems.append(Diagnostic(path, note.line, f"note {note.id}: passage not found in {where}", "warning"))
        else:
            anchored.append(found)
    return anchored, targeted, problems


def note_spans(anchored: Sequence[Anchored], article: Article) -> tuple[tuple[Span, ...], ...]:
    """Per paragraph, the highlighted passages (``.note`` spans carrying the note id)."""
    spans: list[list[Span]] = [[] for _ in article.paragraphs]
    for item in anchored:
        if item.note.source == article.id:
            spans[item.paragraph].append(Span(item.start, item.end, "note", (("label", item.note.id),)))
    return tuple(tuple(s) for s in spans)


def notes_by_target(notes: Sequence[Note]) -> dict[str, list[str]]:
    """Event, fact or entity id -> the texts of the notes attached to it."""
    found: dict[str, list[str]] = {}
    for note in notes:
        if note.target:
            found.setdefault(note.target[1], []).append(note.text)
    return found


def note_lines(texts: Sequence[str]) -> str:
    """Notes shown under an event, fact or entity."""
    from .markdown import escape_text

    return "\n\n".join(f"{{.editor-note}}\n**Editor’s note:** {escape_text(t)}" for t in texts)
