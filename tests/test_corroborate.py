"""Tests for corroboration: fact matching, conflicts, shared copy, and the five seeds."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml
from markdown_it.utils import read_fixture_file

from sourcebrief.claims import sentence_claims, split_sentences
from sourcebrief.corroborate import Corroboration, _headline, corroborate
from sourcebrief.model import Article, Line

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
CASES = read_fixture_file(FIXTURES / "facts.md")


def _articles(block: str) -> list[Article]:
    """Articles from a fixture's YAML list."""
    articles = []
    for item in yaml.safe_load(block):
        published = item.get("published")
        articles.append(Article(
            id=item["id"], path=f"{item['id']}.txt", title=item.get("title", item["id"]),
            paragraphs=tuple(Line(p, n) for n, p in enumerate(item["paragraphs"], 3)),
            outlet=item.get("outlet"),
            published=published if isinstance(published, dt.date) else None,
        ))
    return articles


def _source_sets(result: Corroboration) -> list[set[str]]:
    return [{s.source_id for s in f.sources} for f in result.facts]


@pytest.mark.parametrize("line,title,block,expected", CASES, ids=[f"{c[0]}" for c in CASES])
def test_facts_fixture(line: int, title: str, block: str, expected: str) -> None:
    result = corroborate(_articles(block))
    want = json.loads(expected)
    sets = _source_sets(result)
    for together in want.get("together", []):
        assert set(together) in sets, f"{title}: no fact with exactly {together}: {sets}"
    for a, b in want.get("apart", []):
        assert not any({a, b} <= s for s in sets), f"{title}: {a} and {b} share a fact"
    conflicts = [[[v.source_id, v.value] for v in c.values] for c in result.conflicts]
    for conflict in want.get("conflicts", []):
        assert conflict in conflicts, f"{title}: {conflicts}"
    if want.get("no_conflicts"):
        assert conflicts == [], title
    if "conflict_texts" in want:
        assert [c.text for c in result.conflicts] == want["conflict_texts"], title
    if "rising" in want:
        assert [c.rising for c in result.conflicts] == want["rising"], title
    if "falling" in want:
        assert [c.falling for c in result.conflicts] == want["falling"], title
    if "changing" in want:
        assert [c.changing for c in result.conflicts] == want["changing"], title
    if "partial" in want:  # for each conflict, the sources whose values are of a count not yet over
        assert [[v.source_id for v in c.values if v.partial] for c in result.conflicts] == want["partial"], title
    pairs = [[s.a, s.b, s.kind] for s in result.syndication]
    for pair in want.get("syndication", []):
        assert pair in pairs, f"{title}: {pairs}"
    if want.get("no_syndication"):
        assert pairs == [], title
    for text in want.get("texts", []):
        assert text in [f.text for f in result.facts], f"{title}: {[f.text for f in result.facts]}"
    for text in want.get("not_texts", []):
        assert text not in [f.text for f in result.facts], f"{title}: {[f.text for f in result.facts]}"
    for text, figures in want.get("figures", {}).items():
        assert [list(f.figures) for f in result.facts if f.text == text] == [figures], f"{title}: {result.facts}"
    for source, value in want.get("rounded", {}).items():  # a source whose figure is a fact's figure rounded
        given = [s.rounded for f in result.facts for s in f.sources if s.source_id == source and s.rounded]
        assert value in given, f"{title}: {source} gives {given}"
    if "rounded_values" in want:  # for each conflict, the sources whose values round another value of it
        assert [[v.source_id for v in c.values if v.rounded] for c in result.conflicts] == want["rounded_values"], title
    for figure, count in want.get("independent", {}).items():
        fact = next(f for f in result.facts if any(figure in x for x in f.figures))
        assert fact.independent == count, f"{title}: {fact}"


def test_headline_is_confirmed_by_another_source_group() -> None:
    """Two copies of one wire story confirm nothing to each other: the headline is what an independent source
    also says."""
    wire = ("Hussein demanded the US Treasury reconsider the sanctions on several Iraqi banks, "
            "asking why they were imposed.")
    own = "Hussein asked the US Treasury on Tuesday to reconsider sanctions on several Iraqi banks."
    texts = (("wire", wire), ("copy", wire), ("own", own))
    members = [sentence_claims(source, 1, 0, text)[0] for source, text in texts]
    assert _headline(members, {"wire": "wire", "copy": "wire", "own": "own"}).source_id == "own"
    assert _headline(members, {"wire": "wire", "copy": "copy", "own": "own"}).source_id != "own"


def test_fixture_has_enough_cases() -> None:
    assert len(CASES) >= 10


@pytest.mark.parametrize("text,count", [
    ("The U.S. Treasury acted. Maj. Gen. Joel Vowell spoke on Feb. 6 in Washington, D.C. today.",
     2),
    ("He said: “We will stay.” Then he left!", 2),
    ("Mr. Hussein met Dr. Smith. They talked.", 2),
])
def test_sentence_split(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count


# --- the five seeds, read naively -------------------------------------------------------

_SEEDS = {  # id: (first line, last line, outlet, published)
    "000_718dd8dd841ef608": (1, 47, "The National", dt.date(2024, 2, 8)),
    "001_990763cec5e87549": (3, 19, None, None),
    "002_1934250a859a8e87": (1, 33, "AFP", dt.date(2024, 2, 11)),
    "003_3c4f9761669d23e5": (1, 41, "Rudaw", dt.date(2024, 1, 25)),
    "004_bc83438618720749": (1, 29, "Asharq Al-Awsat", dt.date(2024, 2, 7)),
    "004_bc83438618720749~2": (31, 60, "Asharq Al-Awsat", None),
}


def _seed_articles() -> list[Article]:
    """Split on blank lines; first paragraph is the title; the 004 file holds two stories."""
    articles = []
    for source_id, (first, last, outlet, published) in _SEEDS.items():
        path = ROOT / "seeds" / (source_id.split("~")[0] + ".txt")
        lines = path.read_text(encoding="utf-8").split("\n")[first - 1: last]
        paragraphs, current, start = [], [], 0
        for number, text in enumerate(lines + [""], first):
            if text.strip():
                start = start if current else number
                current.append(text.strip())
            elif current:
                paragraphs.append(Line(" ".join(current), start))
                current = []
        articles.append(Article(id=source_id, path=str(path), title=paragraphs[0].text,
                                paragraphs=tuple(paragraphs[1:]), outlet=outlet,
                                published=published))
    return articles


@pytest.fixture(scope="module")
def seeds() -> Corroboration:
    return corroborate(_seed_articles())


def _fact_with(result: Corroboration, figure: str) -> set[str]:
    for fact in result.facts:
        if any(figure in f for f in fact.figures):
            return {s.source_id[:3] for s in fact.sources}
    raise AssertionError(f"no fact with figure {figure!r}")


@pytest.mark.parametrize("figure,sources", [
    ("2,500", {"000", "001", "002", "003", "004"}),
    ("85 targets", {"000", "001", "004"}),
    ("14 Iraqi banks", {"000", "001", "004"}),
    ("900 troops", {"002", "003"}),
])
def test_seed_facts(seeds: Corroboration, figure: str, sources: set[str]) -> None:
    assert _fact_with(seeds, figure) == sources


def test_seed_top_fact_is_troops_in_iraq(seeds: Corroboration) -> None:
    top = seeds.facts[0]
    assert "2,500" in top.text and "Iraq" in top.text
    assert top.outlets == 5 and top.independent == 3


def test_seed_attack_conflict(seeds: Corroboration) -> None:
    assert len(seeds.conflicts) == 1
    values = [(v.source_id[:3], v.value, v.published) for v in seeds.conflicts[0].values]
    assert values == [("003", "about 140 rocket and drone attacks", dt.date(2024, 1, 25)),
                      ("002", "more than 165 times", dt.date(2024, 2, 11))]


def test_seed_syndication(seeds: Corroboration) -> None:
    pairs = {(s.a[:3], s.b[:3]): s.kind for s in seeds.syndication}
    assert pairs.get(("000", "004")) == "verbatim"
    assert pairs.get(("000", "001")) == "paraphrase"
    assert pairs.get(("001", "004")) == "paraphrase"
    assert not any({"002", "003"} & set(pair) for pair in pairs)


def test_seed_json_shape(seeds: Corroboration) -> None:
    data = json.loads(json.dumps(seeds.to_json()))
    assert set(data) == {"facts", "conflicts", "syndication"}
    fact = data["facts"][0]
    assert {"id", "text", "figures", "sources"} <= set(fact)
    assert {"id", "quote"} <= set(fact["sources"][0])
    assert {"value", "source", "published", "quote"} <= set(data["conflicts"][0]["values"][0])
    assert data["conflicts"][0]["values"][0]["published"] == "2024-01-25"
    assert {"a", "b", "overlap"} <= set(data["syndication"][0])
    assert len({f["id"] for f in data["facts"]}) == len(data["facts"])


def test_seed_output_is_deterministic(seeds: Corroboration) -> None:
    again = corroborate(list(reversed(_seed_articles())))
    assert again.to_json() == seeds.to_json()


@pytest.mark.parametrize("family,heading", [
    ("attack", "Number of attacks"), ("USD", "Amount in USD"), ("%", "Percentage"), ("people", "Number of people"),
    ("militia", "Number of militias"), ("facility", "Number of facilities"), ("day", "Number of days"),
    ("magnitude", "Magnitude"), ("", "Value"),
])
def test_a_conflict_heading_names_what_is_measured(family: str, heading: str) -> None:
    from sourcebrief.conflict_heading import quantity as _quantity

    assert _quantity(family) == heading


def test_distances_on_two_bearings_are_two_positions() -> None:
    """ "about 60 kilometres east of Port Hedland" (where the cyclone crossed the coast) and "about 100km north of Port
    Hedland" (where it was that morning) are two positions, no conflict; one bearing is one distance told two ways."""
    from sourcebrief.conflict_measures import bearings_apart
    east = sentence_claims("a", 1, 0, "Tropical Cyclone Zelia crossed the coast about 60 kilometres east of Port "
                                      "Hedland at about 4pm as a category four system.")[0]
    north = sentence_claims("b", 1, 0, "The system was moving slowly south, about 100km north of Port Hedland, the "
                                       "Bureau of Meteorology said.")[0]
    also_east = sentence_claims("c", 1, 0, "The cyclone crossed the coast about 70km east of Port Hedland.")[0]
    assert bearings_apart(east, north) and bearings_apart(north, east)
    assert not bearings_apart(east, also_east)


def test_states_seen_on_two_days_are_no_date_conflict() -> None:
    """Two sources seeing one state on two days ("still unaccounted for on Saturday", "had not been found by Sunday
    evening") date no event differently; an event told on two days does conflict."""
    from sourcebrief.conflict_occasions import states_seen
    assert states_seen(["Two passengers were still unaccounted for on Saturday afternoon.",
                        "The two missing passengers had not been found by Sunday evening."])
    assert not states_seen(["The ferry caught fire on Friday.", "The ferry caught fire on Saturday."])
