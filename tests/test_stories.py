"""Story goldens: each folder of tests/stories/ holds the seeds of one story from outside the default briefing (written
in genres and page furniture the rules were checked against), and STORY.expected.md beside it the digest of what the
analysis makes of them (story_summary.py). Refresh with --update-goldens and review the diff: it is what a reader
of that briefing would see change."""

from __future__ import annotations

from pathlib import Path

import pytest

from story_summary import analyse_story, summary

STORIES = Path(__file__).resolve().parent / "stories"
FOLDERS = sorted(p for p in STORIES.iterdir() if p.is_dir()) if STORIES.is_dir() else []


def test_there_are_stories() -> None:
    assert len(FOLDERS) >= 4


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_story_matches_its_digest(folder: Path, update_goldens: bool) -> None:
    seeds = folder / "seeds"
    analysis, problems = analyse_story(seeds)
    assert analysis.articles, f"{folder.name}: no article was read"
    text = summary(analysis, problems, seeds)
    expected = STORIES / f"{folder.name}.expected.md"
    if update_goldens:
        expected.write_text(text, encoding="utf-8")
    assert expected.exists(), "digest missing: run pytest --update-goldens and review it"
    assert text == expected.read_text(encoding="utf-8"), (
        f"{folder.name}: the analysis changed; review with --update-goldens and git diff")
