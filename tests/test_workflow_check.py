"""``sourcebrief check`` on the default briefing, with a page edited by hand and a broken link added."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, tree_bytes
from sourcebrief.check import diff_summary
from sourcebrief.cli import main

EDITED = "content/sources/000_718dd8dd841ef608.md"


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Run the command once on a copy of the default briefing; its exit status, lines and files before/after."""
    tmp = tmp_path_factory.mktemp("check")
    shutil.copytree(ROOT / "seeds", tmp / "seeds")
    shutil.copytree(ROOT / "content", tmp / "content")
    page = tmp / EDITED
    text = page.read_text(encoding="utf-8")
    assert "\nTalks were paused" in text
    page.write_text(text.replace("\nTalks were paused", "\nTalks were halted", 1), encoding="utf-8")
    (tmp / "content" / "extra.md").write_text("---\ntitle: Extra\n---\nSee [the missing page](nowhere.html).\n",
                                              encoding="utf-8")
    before = tree_bytes(tmp)
    stdout, stderr = io.StringIO(), io.StringIO()
    args = ["check", "--seeds", str(tmp / "seeds"), "--content", str(tmp / "content"), "--out", str(tmp / "site"),
            "--layouts", str(ROOT / "layouts")]
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        status = main(args)
    lines = [line.replace(f"{tmp}/", "") for line in stdout.getvalue().splitlines()]
    return {"status": status, "lines": lines, "stderr": stderr.getvalue(), "before": before, "after": tree_bytes(tmp)}


def test_exit_status_and_summary(checked: dict) -> None:
    assert checked["status"] == 1
    assert checked["stderr"].strip() == f"{len(checked['lines'])} things to fix"
    assert all(line.count(":") >= 2 and line.split(":")[1].isdigit() for line in checked["lines"])


def test_writes_nothing(checked: dict) -> None:
    assert checked["after"] == checked["before"]


def test_sources_without_outlet_or_date(checked: dict) -> None:
    lines = checked["lines"]
    assert "seeds/sources.yml:9: 001_990763cec5e87549: no outlet and no publication date (add to sources.yml)" in lines
    assert any(line.startswith("seeds/sources.yml:13: 002_1934250a859a8e87: no outlet") for line in lines)
    assert any(line.startswith("seeds/004_bc83438618720749.txt:1: 004_bc83438618720749~2: no publication date")
               for line in lines)


def test_unresolved_dates_at_their_seed_line(checked: dict) -> None:
    unresolved = [line for line in checked["lines"] if "date left unresolved" in line]
    assert any(line.startswith("seeds/001_990763cec5e87549.txt:5: date left unresolved: 'on Tuesday' (source has no "
                               "publication date; the events it shares with other sources put it between 2024-02-02")
               for line in unresolved)
    assert any(line.startswith("seeds/004_bc83438618720749.txt:") and "'last week'" in line for line in unresolved)


def test_single_source_facts(checked: dict) -> None:
    single = [line for line in checked["lines"] if "key fact has a single source" in line]
    assert single and all(line.startswith("seeds/") for line in single)


def test_edited_page_and_what_changed(checked: dict) -> None:
    edited = [line for line in checked["lines"] if line.startswith(EDITED)]
    assert len(edited) == 1
    assert "generated page edited by hand: 2 lines differ" in edited[0] and "'Talks were halted" in edited[0]
    assert edited[0].startswith(f"{EDITED}:17: ")


def test_broken_links(checked: dict) -> None:
    assert any(line.startswith("site/extra.html:") and "href='nowhere.html' (not found)" in line
               for line in checked["lines"])


def test_diff_summary() -> None:
    assert diff_summary("a\nB\nc\n", "a\nb\nc\n") == (2, 2, "B")
    assert diff_summary("a\nc\n", "a\nb\nc\n") == (1, 2, "(removed) b")
