"""``sourcebrief new``: a new briefing folder that builds cleanly inside itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT
from sourcebrief.cli import main


def test_new_briefing_builds_inside_itself(tmp_path: Path) -> None:
    folder = tmp_path / "flood-response"
    assert main(["new", str(folder)]) == 0
    assert (folder / "seeds" / "sources.yml").read_text(encoding="utf-8").startswith("# What is known")
    index = (folder / "content" / "index.md").read_text(encoding="utf-8")
    assert index.startswith('---\ntitle: "Flood response"\n#') and index.endswith("---\n")  # guidance as YAML comments
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "    sourcebrief build\n" in readme and "    sourcebrief serve\n" in readme
    assert sorted(p.name for p in (folder / "layouts").iterdir()) == sorted(p.name for p in (ROOT / "layouts").iterdir())
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": "1700000000"}
    done = subprocess.run([sys.executable, "-m", "sourcebrief.cli", "build"], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "error" not in done.stderr and "warning" not in done.stderr
    assert (folder / "site" / "index.html").is_file() and (folder / "site" / "briefing.html").is_file()
    assert "Flood response" in (folder / "site" / "index.html").read_text(encoding="utf-8")


def test_new_refuses_a_folder_that_is_not_empty(tmp_path: Path, capsys) -> None:
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    assert main(["new", str(tmp_path)]) == 2
    assert "not an empty folder" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["new", str(empty)]) == 0
