"""A build with nothing changed does nothing, and any change (even one made during a build) is built."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

import pytest

from conftest import ROOT, build_briefing, tree_bytes
from sourcebrief import pipeline

EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}


@pytest.fixture
def built(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    first = build_briefing(tmp_path, tmp_path / "seeds", env=EPOCH)
    assert not first.up_to_date
    return tmp_path


def _build(tmp: Path, env: dict | None = None):
    return build_briefing(tmp, tmp / "seeds", env={**EPOCH, **(env or {})})


def test_nothing_changed_is_up_to_date_with_the_same_result(built: Path) -> None:
    site = tree_bytes(built / "site")
    again = _build(built)
    assert again.up_to_date
    assert tree_bytes(built / "site") == site
    cold = built / "cold"
    shutil.copytree(built / "seeds", cold / "seeds")
    fresh = build_briefing(cold, cold / "seeds", env={**EPOCH, "SOURCEBRIEF_CACHE": "off"})
    assert (again.diagnostics, again.articles, again.pages) == (fresh.diagnostics, fresh.articles, fresh.pages)


@pytest.mark.parametrize("change", ["seed", "index", "layout-free", "site-deleted", "site-added", "site-touched"])
def test_any_change_is_built(built: Path, change: str) -> None:
    assert _build(built).up_to_date
    if change == "seed":
        path = next((built / "seeds").glob("*.txt"))
        path.write_text(path.read_text(encoding="utf-8") + "\nA new closing paragraph about Zanzibar.\n", encoding="utf-8")
    elif change == "index":
        (built / "content" / "index.md").write_text("---\ntitle: Renamed briefing\n---\n\nHello.\n", encoding="utf-8")
    elif change == "layout-free":
        (built / "content" / "extra.md").write_text("# An extra page\n\nText.\n", encoding="utf-8")
    elif change == "site-deleted":
        (built / "site" / "facts.html").unlink()
    elif change == "site-added":
        (built / "site" / "stray.html").write_text("stray", encoding="utf-8")
    else:
        path = built / "site" / "index.html"
        path.write_text(path.read_text(encoding="utf-8").replace("<main", "<main data-x"), encoding="utf-8")
    result = _build(built)
    assert not result.up_to_date
    site = built / "site"
    assert (site / "facts.html").is_file() and not (site / "stray.html").exists()
    assert "data-x" not in (site / "index.html").read_text(encoding="utf-8")
    if change == "seed":
        assert "Zanzibar" in (built / "site" / "sources.html").read_text(encoding="utf-8") or any(
            "Zanzibar" in p.read_text(encoding="utf-8") for p in (site / "sources").glob("*.html"))
    if change == "index":
        assert "Renamed briefing" in (site / "index.html").read_text(encoding="utf-8")
    if change == "layout-free":
        assert (site / "extra.html").is_file()
    assert _build(built).up_to_date


def test_options_and_build_date_count(built: Path) -> None:
    assert not _build(built, {"SOURCE_DATE_EPOCH": "1800000000"}).up_to_date
    config = pipeline.BuildConfig(seeds=built / "seeds", content=built / "content", out=built / "site",
                                  layouts=ROOT / "layouts", force=True)
    assert not pipeline.build(config).up_to_date


def test_an_edit_made_while_building_is_not_mistaken_for_one_the_build_saw(built: Path, monkeypatch) -> None:
    seed = next((built / "seeds").glob("*.txt"))
    original = pipeline.write_pages

    def write_then_edit(*args, **kwargs):
        problems = original(*args, **kwargs)
        seed.write_text(seed.read_text(encoding="utf-8") + "\nEdited mid-build: Timbuktu.\n", encoding="utf-8")
        return problems

    (built / "seeds" / "sources.yml").write_text(
        (built / "seeds" / "sources.yml").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "write_pages", write_then_edit)
    assert not _build(built).up_to_date
    monkeypatch.undo()
    after = _build(built)
    assert not after.up_to_date
    assert any("Timbuktu" in p.read_text(encoding="utf-8") for p in (built / "site" / "sources").glob("*.html"))


def test_the_command_line_checks_before_importing_the_build(built: Path) -> None:
    """Importing the build (markdown-it, Jinja, YAML, every stage's patterns) takes longer than the check itself."""
    import os
    import subprocess
    import sys

    code = ("import sys; from sourcebrief.cli import main; "
            f"status = main(['build', '--quiet', '--seeds', {str(built / 'seeds')!r}, '--content', "
            f"{str(built / 'content')!r}, '--out', {str(built / 'site')!r}, '--layouts', {str(ROOT / 'layouts')!r}]); "
            "print(status, 'sourcebrief.pipeline' in sys.modules, 'yaml' in sys.modules)")
    env = {**os.environ, **EPOCH}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert done.stdout.split() == ["0", "False", "False"]


def _digest_of(digests, path: Path) -> bytes:
    return digests.of(str(path), os.stat(path))


def test_a_file_is_read_again_unless_its_stat_was_settled_when_remembered(tmp_path: Path, monkeypatch) -> None:
    """git's "racily clean" rule: a stat taken within the file system's clock tick of a write stands for nothing."""
    from sourcebrief import uptodate
    from sourcebrief.cache import Store

    seed = tmp_path / "seed.txt"
    seed.write_text("Talks resumed on Tuesday.\n", encoding="utf-8")
    digests = uptodate.Digests(Store(tmp_path, "cache"))
    digests.start()
    first = _digest_of(digests, seed)
    digests.save()
    assert str(seed) not in uptodate.Digests(Store(tmp_path, "cache")).known  # written just now: not settled

    real_now = time.time_ns()
    monkeypatch.setattr(uptodate.time, "time_ns", lambda: real_now + 3_000_000_000)
    digests.start()
    assert _digest_of(digests, seed) == first
    digests.save()
    kept = uptodate.Digests(Store(tmp_path, "cache"))
    assert str(seed) in kept.known  # settled three seconds later: remembered with its stat

    stat = os.stat(seed)
    seed.write_text("Talks resumed on Monday.\n", encoding="utf-8")  # same size, mtime set back: ctime still moves
    os.utime(seed, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    kept.start()
    assert _digest_of(kept, seed) == hashlib.sha256(seed.read_bytes()).digest() != first


def test_an_unreadable_record_of_digests_only_costs_time(built: Path) -> None:
    record = built / "content" / ".sourcebrief-cache" / "uptodate" / "fi" / "files"
    assert _build(built).up_to_date
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_bytes(b"not a pickle")
    assert _build(built).up_to_date
