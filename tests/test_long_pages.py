"""A long chronology is split into one page per period, long Key facts into pages per section, and every link finds its page."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import build_briefing
from linkcheck import broken_links, parse
from sourcebrief import chronology_page, facts_page


@pytest.fixture(scope="module")
def paged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default briefing (about 27 events, 14 facts and conflicts, 3 unresolved dates) built with pages of at most 5
    events or 3 facts, and 2 unresolved dates listed."""
    tmp = tmp_path_factory.mktemp("paged")
    saved = chronology_page.PAGE_EVENTS, facts_page.PAGE_ITEMS, chronology_page.TAIL_LISTED
    chronology_page.PAGE_EVENTS, facts_page.PAGE_ITEMS, chronology_page.TAIL_LISTED = 5, 3, 2
    try:
        result = build_briefing(tmp, env={"SOURCEBRIEF_CACHE": "off"})
    finally:
        chronology_page.PAGE_EVENTS, facts_page.PAGE_ITEMS, chronology_page.TAIL_LISTED = saved
    assert result.exit_status == 0, [str(d) for d in result.diagnostics]
    return tmp


def test_each_event_is_on_exactly_one_period_page(paged: Path) -> None:
    events = json.loads((paged / "site" / "data" / "chronology.json").read_text(encoding="utf-8"))["events"]
    pages = sorted((paged / "site" / "chronology").glob("*.html"))
    assert len(pages) >= 3
    where = {event["id"]: [p.name for p in pages if event["id"] in parse(p).ids] for event in events}
    assert all(len(found) == 1 for found in where.values()), where
    # Periods are calendar years, or months within a year that has more events than a page holds.
    assert all(re.fullmatch(r"(\d{4}|\d{4}-\d\d|other)\.html", p.name) for p in pages)
    overview = (paged / "content" / "chronology.md").read_text(encoding="utf-8")
    assert "## Periods" in overview and "## Dates left unresolved" in overview
    assert not any(f"{{#{e['id']} " in overview for e in events)


def test_unresolved_dates_past_the_listed_ones_are_counted(paged: Path) -> None:
    unresolved = json.loads((paged / "site" / "data" / "chronology.json").read_text(encoding="utf-8"))["unresolved"]
    assert len(unresolved) > 2
    overview = (paged / "content" / "chronology.md").read_text(encoding="utf-8")
    listed = overview.split("## Dates left unresolved")[1].split("\n## ")[0]
    assert listed.count("\n- “") == 2
    assert f"… and {len(unresolved) - 2} more unresolved date" in listed


def test_every_link_resolves_and_pages_link_to_their_neighbours(paged: Path) -> None:
    assert broken_links(paged / "site") == []
    pages = sorted((paged / "site" / "chronology").glob("*.html"))
    first, second = pages[0].read_text(encoding="utf-8"), pages[1].read_text(encoding="utf-8")
    assert f'href="{pages[1].name}"' in first and f'href="{pages[0].name}"' in second
    assert 'href="../chronology.html#periods"' in first


def test_entity_pages_and_home_link_to_the_period_page(paged: Path) -> None:
    site = paged / "site"
    links = [href for page in (site / "entities").glob("*.html")
             for href in re.findall(r'href="\.\./(chronology[^"#]*)#([^"]+)"', page.read_text(encoding="utf-8"))]
    assert links and all(path.startswith("chronology/") for path, _ in links)
    for path, anchor in links:
        assert anchor in parse(site / path).ids
    home = (site / "index.html").read_text(encoding="utf-8")
    assert re.search(r'href="chronology/[^"]+#\d{4}-', home)


def test_offline_briefing_holds_every_period_after_the_overview(paged: Path) -> None:
    html = (paged / "site" / "briefing.html").read_text(encoding="utf-8")
    positions = [html.index(f'id="{page}"') for page in ("chronology", "chronology-2024", "facts")
                 if f'id="{page}"' in html]
    assert positions == sorted(positions) and len(positions) >= 2
    assert broken_links(paged / "site") == []


def test_short_chronologies_stay_on_one_page(default_briefing: Path) -> None:
    assert not (default_briefing / "site" / "chronology").exists()
    assert "{#periods}" not in (default_briefing / "content" / "chronology.md").read_text(encoding="utf-8")


def test_each_fact_and_conflict_is_on_exactly_one_facts_page(paged: Path) -> None:
    data = json.loads((paged / "site" / "data" / "facts.json").read_text(encoding="utf-8"))
    pages = [paged / "site" / "facts.html", *sorted((paged / "site" / "facts").glob("*.html"))]
    assert len(pages) >= 4
    ids = [f["id"] for f in data["facts"] if len(f["sources"]) > 1] + [c["id"] for c in data["conflicts"]]
    for item in ids:
        assert sum(item in parse(p).ids for p in pages) == 1, item
    first = (paged / "content" / "facts.md").read_text(encoding="utf-8")
    assert "## Sections" in first and "](facts/conflicts.md#conflicts)" in first
    home = (paged / "site" / "index.html").read_text(encoding="utf-8")
    for href, anchor in re.findall(r'href="(facts[^"#]*)#([^"]+)"', home):
        assert anchor in parse(paged / "site" / href).ids


def test_short_key_facts_stay_on_one_page(default_briefing: Path) -> None:
    assert not (default_briefing / "site" / "facts").exists()
    assert "{#sections}" not in (default_briefing / "content" / "facts.md").read_text(encoding="utf-8")


def test_search_finds_events_and_facts_on_their_pages(paged: Path) -> None:
    script = (paged / "site" / "search-index.js").read_text(encoding="utf-8")
    index = json.loads(script[script.index("{"):script.rindex("}") + 1])
    pages = [row[0] for row in index["pages"]]
    kinds = {(pages[item[0]].split("/")[0], item[2]) for item in index["items"] if item[1]}
    assert ("chronology", "event") in kinds and ("facts", "fact") in kinds


def test_pages_of_a_chronology_that_became_short_are_removed_unless_edited(paged: Path, tmp_path: Path) -> None:
    import shutil

    work = tmp_path / "b"
    shutil.copytree(paged / "content", work / "content")
    edited = work / "content" / "chronology" / "2014.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMy own remark.\n", encoding="utf-8")
    result = build_briefing(work, env={"SOURCEBRIEF_CACHE": "off"})
    assert [p.name for p in (work / "content" / "chronology").glob("*.md")] == ["2014.md"]
    assert not (work / "content" / "facts").exists() or not any((work / "content" / "facts").glob("*.md"))
    assert any("chronology/2014.md" in str(d) and "kept" in d.message for d in result.diagnostics)
    assert not (work / "site" / "facts").exists()
