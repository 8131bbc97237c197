"""Whole-page goldens: one annotated Markdown page and its rendered HTML. Refresh with --update-goldens."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import build_briefing

GOLDENS = Path(__file__).resolve().parent / "goldens"
PAGES = [
    ("content/sources/000_718dd8dd841ef608.md", "000_718dd8dd841ef608.md"),
    ("site/sources/003_3c4f9761669d23e5.html", "003_3c4f9761669d23e5.html"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("golden")
    build_briefing(tmp, env={"SOURCE_DATE_EPOCH": "1707955200"})
    return tmp


@pytest.mark.parametrize("produced,golden", PAGES, ids=[g for _, g in PAGES])
def test_page_matches_golden(built: Path, produced: str, golden: str, update_goldens: bool) -> None:
    text = (built / produced).read_text(encoding="utf-8")
    path = GOLDENS / golden
    if update_goldens:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), "golden missing: run pytest --update-goldens and review with git diff"
    assert text == path.read_text(encoding="utf-8"), f"{golden} changed: review, then pytest --update-goldens"
