"""The editor's notes: anchored by exact words (prefix/suffix pick the occurrence), reported when lost."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, build_briefing
from sourcebrief.model import Article, Line
from sourcebrief.notes import Note, anchor, load_notes, place_notes

ARTICLE = Article(id="s", path="s.txt", title="T", paragraphs=(
    Line("The minister spoke. The minister left early.", 3),
    Line("Later the minister returned to the capital.", 5),
))


@pytest.mark.parametrize("prefix,suffix,paragraph,start", [
    ("", "", 0, 0),
    ("spoke.", "", 0, 20),
    ("", "returned", 1, 6),
    ("Later", "returned", 1, 6),
])
def test_prefix_and_suffix_choose_the_occurrence(prefix: str, suffix: str, paragraph: int, start: int) -> None:
    found = anchor(Note("n", "x", 1, "s", "the minister" if paragraph == 1 else "The minister", prefix, suffix), ARTICLE)
    assert found is not None and (found.paragraph, found.start) == (paragraph, start)


def test_lost_notes_are_reported_with_their_line(tmp_path: Path) -> None:
    notes = [Note("gone", "x", 4, "s", "words that are not there"), Note("nosource", "x", 9, "zzz", "minister"),
             Note("ev", "x", 12, target=("event", "no-such-event"))]
    anchored, targeted, problems = place_notes(notes, {"s": ARTICLE}, {"event": {"e1"}}, "content/notes.yml")
    assert anchored == [] and targeted == []
    assert [(p.line, p.severity) for p in problems] == [(4, "warning"), (9, "warning"), (12, "warning")]
    assert all(str(p).startswith("content/notes.yml:") for p in problems)


@pytest.mark.parametrize("yml,line,message", [
    ("- note: x\n  quote: y\n", 1, "needs the 'source'"),
    ("- quote: y\n  source: s\n", 1, "needs a 'note:'"),
    ("- note: x\n  source: s\n  quote: y\n  colour: red\n", 4, "unknown key"),
    ("- note: x\n  event: a\n  fact: b\n", 1, "anchored by"),
    ("note: x\n", 1, "must be a list"),
])
def test_bad_notes_are_one_error_each(tmp_path: Path, yml: str, line: int, message: str) -> None:
    path = tmp_path / "notes.yml"
    path.write_text(yml)
    notes, problems = load_notes(path)
    assert notes == [] and len(problems) == 1
    assert problems[0].line == line and message in problems[0].message


def test_notes_render_on_pages_and_lost_ones_are_reported(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copyfile(ROOT / "content" / "index.md", content / "index.md")
    first = build_briefing(tmp_path)
    events = json.loads((tmp_path / "site" / "data" / "chronology.json").read_text())["events"]
    event_id = next(e["id"] for e in events if e["date"] == "2024-01-28")
    (content / "notes.yml").write_text(
        "- source: 000_718dd8dd841ef608\n  quote: killing three servicemen\n  note: Check the casualty count.\n"
        f"- event: {event_id}\n  note: The attack stopped the talks.\n"
        "- source: 000_718dd8dd841ef608\n  quote: a sentence no outlet wrote\n  note: Lost.\n")
    result = build_briefing(tmp_path)
    assert first.exit_status == result.exit_status == 0
    page = (tmp_path / "site" / "sources" / "000_718dd8dd841ef608.html").read_text()
    assert '<mark class="note"' in page and "Check the casualty count." in page
    assert "The attack stopped the talks." in (tmp_path / "site" / "chronology.html").read_text()
    lost = [d for d in result.diagnostics if "passage not found" in d.message]
    assert len(lost) == 1 and lost[0].line == 6
