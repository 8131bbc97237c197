"""The default briefing's analysis, as published in site/data/: what a reader must find."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

NATIONAL, UNDATED, AFP, RUDAW, ASHARQ = (
    "000_718dd8dd841ef608", "001_990763cec5e87549", "002_1934250a859a8e87",
    "003_3c4f9761669d23e5", "004_bc83438618720749")


@pytest.fixture(scope="module")
def data(default_briefing: Path) -> dict:
    folder = default_briefing / "site" / "data"
    return {name: json.loads((folder / f"{name}.json").read_text()) for name in ("chronology", "facts", "entities")}


def _events_on(data: dict, date: str) -> list[dict]:
    return [e for e in data["chronology"]["events"] if e["date"] == date]


def _sources(event: dict) -> set[str]:
    return {s["id"] for s in event["sources"]}


@pytest.mark.parametrize("date,words,sources", [
    ("2024-01-27", "first round", {NATIONAL, AFP}),
    ("2024-01-28", "drone attack", {NATIONAL, AFP, ASHARQ}),
    ("2024-02-02", "85 targets", {NATIONAL, ASHARQ}),
    ("2024-02-06", "resume talks", {NATIONAL, ASHARQ}),
    ("2024-02-11", "resumed talks", {AFP}),
])
def test_key_events_once_with_every_dated_source(data: dict, date: str, words: str, sources: set) -> None:
    matching = [e for e in _events_on(data, date) if words in e["text"] or any(words in s["quote"] for s in e["sources"])]
    assert len(matching) == 1, [e["text"] for e in _events_on(data, date)]
    assert sources <= _sources(matching[0])


def test_every_event_source_quote_and_expression_are_real(data: dict, default_briefing: Path) -> None:
    sources = json.loads((default_briefing / "site" / "data" / "sources.json").read_text())
    text = {s["id"]: "\n".join(s["paragraphs"] + s["captions"]) for s in sources["sources"]}
    for event in data["chronology"]["events"]:
        for source in event["sources"]:
            assert source["quote"] in text[source["id"]]
            assert source["expression"].split()[-1] in source["quote"]


def test_caption_and_appended_story_add_nothing_to_the_story_period(data: dict) -> None:
    for event in data["chronology"]["events"]:
        if event["date"].startswith(("2024-01", "2024-02")):
            assert "004_bc83438618720749~2" not in _sources(event)
            assert "2021" not in event["date"]


def test_undated_source_reads_only_the_days_other_sources_give_its_events(data: dict) -> None:
    """The undated rewrite's "airstrikes on Friday" is the Friday the dated sources give the strikes, which puts it
    in the week after; its "on Tuesday" could be either side of that week's Tuesday and stays unresolved. No day of
    the chronology rests on it alone."""
    unresolved = {u["expression"]: u["reason"] for u in data["chronology"]["unresolved"] if u["id"] == UNDATED}
    assert "between 2024-02-02 and 2024-02-08" in unresolved["on Tuesday"] and "on Friday" not in unresolved
    days = [e for e in data["chronology"]["events"] if UNDATED in _sources(e) and len(e["date"]) == 10]
    assert "2024-02-02" in {e["date"] for e in days}
    assert all(_sources(e) - {UNDATED} for e in days)


def _fact_with(data: dict, figure: str) -> dict:
    found = [f for f in data["facts"]["facts"] if any(figure in quote["quote"] for quote in f["sources"])
             and any(figure in g for g in f["figures"])]
    assert found, figure
    return max(found, key=lambda f: len(f["sources"]))


@pytest.mark.parametrize("figure,sources", [
    ("2,500", {NATIONAL, UNDATED, AFP, RUDAW, ASHARQ}),
    ("85", {NATIONAL, UNDATED, ASHARQ}),
    ("14", {NATIONAL, UNDATED, ASHARQ}),
    ("900", {AFP, RUDAW}),
])
def test_corroborated_figures(data: dict, figure: str, sources: set) -> None:
    assert {s["id"] for s in _fact_with(data, figure)["sources"]} == sources


def test_attack_count_conflict_between_afp_and_rudaw(data: dict) -> None:
    conflicts = [c for c in data["facts"]["conflicts"] if {v["source"] for v in c["values"]} == {AFP, RUDAW}]
    assert len(conflicts) == 1
    values = {v["source"]: v for v in conflicts[0]["values"]}
    assert "165" in values[AFP]["value"] and "140" in values[RUDAW]["value"]
    assert values[AFP]["published"] == "2024-02-11" and values[RUDAW]["published"] == "2024-01-25"


def test_shared_copy_found(data: dict) -> None:
    pairs = {frozenset((s["a"], s["b"])) for s in data["facts"]["syndication"]}
    assert frozenset((NATIONAL, ASHARQ)) in pairs


@pytest.mark.parametrize("entity_id,name,alias", [
    ("fuad-hussein", "Fuad Hussein", "Hussein"),
    ("antony-blinken", "Antony Blinken", "Blinken"),
    ("yehia-rasool", "Yehia Rasool", "Rasool"),
    ("irgc", None, "IRGC"),
    ("isis", None, "ISIS"),
])
def test_people_and_organisations_have_one_merged_entity(data: dict, entity_id: str, name: str | None, alias: str,
                                                         default_briefing: Path) -> None:
    entities = {e["id"]: e for e in data["entities"]["entities"]}
    entity = entities[entity_id]
    if name:
        assert entity["name"] == name
    assert alias == entity["name"] or alias in entity["aliases"]
    same_name = [e for e in entities.values() if e["name"] == entity["name"]]
    assert len(same_name) == 1
    assert (default_briefing / "site" / "entities" / f"{entity_id}.html").is_file()
