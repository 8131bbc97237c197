"""The build cache changes nothing but speed: cached builds equal cold ones, and a changed article shows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import ROOT, build_briefing, tree_bytes

EPOCH = {"SOURCE_DATE_EPOCH": "1700000000"}


def _seeds(tmp: Path) -> Path:
    seeds = tmp / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    return seeds


def _outputs(tmp: Path) -> dict[str, bytes]:
    return {**{f"content/{k}": v for k, v in tree_bytes(tmp / "content").items()},
            **{f"site/{k}": v for k, v in tree_bytes(tmp / "site").items()}}


def test_cached_build_is_byte_identical_to_a_cold_one(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    cold = tmp_path / "cold"
    build_briefing(cold, seeds, env={**EPOCH, "SOURCEBRIEF_CACHE": "off"})
    warm = tmp_path / "warm"
    build_briefing(warm, seeds, env={**EPOCH, "SOURCEBRIEF_CACHE": str(tmp_path / "cache")})
    assert (tmp_path / "cache").is_dir()
    build_briefing(warm, seeds, env={**EPOCH, "SOURCEBRIEF_CACHE": str(tmp_path / "cache")})
    assert _outputs(warm) == _outputs(cold)


def test_changed_article_shows_in_chronology_and_cross_references(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    cache = {**EPOCH, "SOURCEBRIEF_CACHE": str(tmp_path / "cache")}
    warm = tmp_path / "warm"
    build_briefing(warm, seeds, env=cache)
    seed = sorted(seeds.glob("*.txt"))[2]
    text = seed.read_text(encoding="utf-8").split("\n\n")
    text[2] += " Officials said the Zorblax convoy reached Baghdad on 3 March 2024."
    seed.write_text("\n\n".join(text), encoding="utf-8")
    build_briefing(warm, seeds, env=cache)
    cold = tmp_path / "cold"
    build_briefing(cold, seeds, env={**EPOCH, "SOURCEBRIEF_CACHE": "off"})
    assert _outputs(warm) == _outputs(cold)
    events = json.loads((warm / "site" / "data" / "chronology.json").read_text(encoding="utf-8"))["events"]
    assert any(e["date"] == "2024-03-03" and seed.stem in {s["id"] for s in e["sources"]} for e in events)
    assert "Zorblax" in (warm / "site" / "sources" / f"{seed.stem}.html").read_text(encoding="utf-8")
    assert "Zorblax" in (warm / "site" / "briefing.html").read_text(encoding="utf-8")


def test_deleting_the_cache_changes_nothing(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    cache = {**EPOCH, "SOURCEBRIEF_CACHE": str(tmp_path / "cache")}
    build_briefing(tmp_path / "a", seeds, env=cache)
    first = _outputs(tmp_path / "a")
    shutil.rmtree(tmp_path / "cache")
    build_briefing(tmp_path / "a", seeds, env=cache)
    assert _outputs(tmp_path / "a") == first
