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



def test_an_unchanged_undated_source_whose_window_moves_is_read_again(tmp_path: Path) -> None:
    """The undated source's reading is cached (date_window, through the build cache): when the dated sources move a
    week earlier, its window moves with them in a rebuild as in a cold build."""
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "tests" / "stories" / "dates12-quake" / "seeds", seeds)
    cache = {**EPOCH, "SOURCEBRIEF_CACHE": str(tmp_path / "cache")}
    warm = tmp_path / "warm"
    build_briefing(warm, seeds, env=cache)
    assert "between 2024-12-14 and 2024-12-20" in (warm / "site" / "sources" / "04_bbc.html").read_text(encoding="utf-8")
    for name, old, new in (("01_nhk", "Dec. 14, 2024", "Dec. 7, 2024"), ("02_reuters", "Dec 14", "Dec 7"),
                           ("03_japantimes", "Dec 15, 2024", "Dec 8, 2024")):
        seed = seeds / f"{name}.txt"
        seed.write_text(seed.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    build_briefing(warm, seeds, env=cache)
    cold = tmp_path / "cold"
    build_briefing(cold, seeds, env={**EPOCH, "SOURCEBRIEF_CACHE": "off"})
    assert _outputs(warm) == _outputs(cold)
    assert "between 2024-12-07 and 2024-12-13" in (warm / "site" / "sources" / "04_bbc.html").read_text(encoding="utf-8")



def test_a_page_the_replaced_site_holds_as_built_is_linked_and_a_hand_edited_one_written_again(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    build_briefing(tmp_path, seeds, env=EPOCH)
    kept, edited = sorted((tmp_path / "site" / "sources").glob("*.html"))[:2]
    inode, built = kept.stat().st_ino, edited.read_bytes()
    edited.write_bytes(built + b"<!-- edited -->")
    build_briefing(tmp_path, seeds, env=EPOCH)
    assert kept.stat().st_ino == inode
    assert edited.read_bytes() == built

def test_deleting_the_cache_changes_nothing(tmp_path: Path) -> None:
    seeds = _seeds(tmp_path)
    cache = {**EPOCH, "SOURCEBRIEF_CACHE": str(tmp_path / "cache")}
    build_briefing(tmp_path / "a", seeds, env=cache)
    first = _outputs(tmp_path / "a")
    shutil.rmtree(tmp_path / "cache")
    build_briefing(tmp_path / "a", seeds, env=cache)
    assert _outputs(tmp_path / "a") == first


def _entries(cache: Path) -> dict[str, int]:
    """Number of entries in each store of the cache."""
    counts: dict[str, int] = {}
    for entry in cache.glob("*/??/*"):
        counts[entry.parent.parent.name] = counts.get(entry.parent.parent.name, 0) + 1
    return counts


def _built_with_cache(tmp: Path) -> tuple[Path, Path, dict, dict[str, int]]:
    """(seeds, cache folder, build env, entries per store) after a first build into ``tmp``/w."""
    seeds = _seeds(tmp)
    folder = tmp / "cache"
    env = {**EPOCH, "SOURCEBRIEF_CACHE": str(folder)}
    build_briefing(tmp / "w", seeds, env=env)
    return seeds, folder, env, _entries(folder)


def test_the_cache_holds_one_builds_worth_however_often_seeds_change(tmp_path: Path) -> None:
    seeds, folder, env, first = _built_with_cache(tmp_path)
    assert first["analysis"] == first["pages"] == 1
    leftover = folder / "analysis" / "ab" / ("ab" + "0" * 62)  # as an older build (or older code) left it
    leftover.parent.mkdir(exist_ok=True)
    leftover.write_bytes(b"stale")
    seed = sorted(seeds.glob("*.txt"))[1]
    for n in range(3):
        text = seed.read_text(encoding="utf-8").split("\n\n")
        text[2] += f" Officials said {n + 2} more convoys reached Baghdad on Monday."
        seed.write_text("\n\n".join(text), encoding="utf-8")
        build_briefing(tmp_path / "w", seeds, env=env)
    assert _entries(folder) == first  # each edit replaced the entries of the edited source, kept the others
    assert not leftover.exists()


def test_stores_a_build_did_not_use_keep_their_entries(tmp_path: Path) -> None:
    seeds, folder, env, first = _built_with_cache(tmp_path)
    notes = tmp_path / "w" / "content" / "notes.yml"
    notes.write_text(notes.read_text(encoding="utf-8") + "\n- id: added\n  target: nothing-yet\n  note: Later.\n",
                     encoding="utf-8")
    build_briefing(tmp_path / "w", seeds, env=env)  # the analysis comes from the cache: per-source stores untouched
    after = _entries(folder)
    assert after["sources-article_parts"] == first["sources-article_parts"] > 0
    assert after["sources-clean"] == first["sources-clean"] > 0
    assert after["analysis"] == after["pages"] == 1


def test_the_gazetteer_comes_from_the_cache_once_stored(tmp_path: Path, monkeypatch) -> None:
    from sourcebrief import entity_gazetteer
    from sourcebrief.pipeline import stored_gazetteer

    built = entity_gazetteer.gazetteer()
    monkeypatch.setattr(entity_gazetteer, "_LOADED", [])
    assert entity_gazetteer.gazetteer(stored_gazetteer(tmp_path)).places == built.places  # built, then stored
    assert len(list((tmp_path / "gazetteer").glob("??/*"))) == 1

    def no_build():
        raise AssertionError("built again")
    monkeypatch.setattr(entity_gazetteer, "_LOADED", [])
    monkeypatch.setattr(entity_gazetteer, "build_gazetteer", no_build)
    assert entity_gazetteer.gazetteer(stored_gazetteer(tmp_path)).demonyms == built.demonyms


def test_incremental_rebuilds_equal_cold_builds_when_cross_references_change(tmp_path: Path) -> None:
    """After each step (an article gains a figure other sources report, a seed is removed, then put back), the
    rebuild from the cache of the step before equals a cold build: the pages reused unchanged are only those whose
    whole render input (Markdown, cross-references, chronology and facts citing them, layouts, view) is unchanged."""
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "tests" / "stories" / "bank-rescue" / "seeds", seeds)
    warm, cache = tmp_path / "warm", {**EPOCH, "SOURCEBRIEF_CACHE": str(tmp_path / "cache")}
    build_briefing(warm, seeds, env=cache)
    before = _outputs(warm)

    def rebuilt_equals_cold(step: str) -> dict[str, bytes]:
        build_briefing(warm, seeds, env=cache)
        cold = tmp_path / f"cold-{step}"
        build_briefing(cold, seeds, env={**EPOCH, "SOURCEBRIEF_CACHE": "off"})
        assert _outputs(warm) == _outputs(cold), step
        return _outputs(warm)

    edited = seeds / "003_ft.txt"
    original = edited.read_text(encoding="utf-8")
    paragraphs = original.split("\n\n")
    paragraphs[3] += " UBS agreed to buy Credit Suisse for 3 billion Swiss francs on Sunday, and the SNB offered a loan of up to 100 billion francs."
    edited.write_text("\n\n".join(paragraphs), encoding="utf-8")
    after_edit = rebuilt_equals_cold("edit")
    others = [k for k in before if k.startswith("content/sources/001") or k.startswith("site/sources/001")]
    assert any(before[k] != after_edit.get(k) for k in others)  # another source's page cites the edited one now
    removed = (seeds / "004_bbc.txt").read_bytes()
    (seeds / "004_bbc.txt").unlink()
    assert not any("004_bbc" in k for k in rebuilt_equals_cold("remove"))
    (seeds / "004_bbc.txt").write_bytes(removed)
    edited.write_text(original, encoding="utf-8")
    assert rebuilt_equals_cold("restore") == before
