"""Entity mentions, alias merging and entities.yml overrides."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from markdown_it.utils import read_fixture_file

from sourcebrief.entities import (
    EntityOverride,
    find_mentions,
    load_entity_overrides,
    name_key,
    resolve_entities,
)
from sourcebrief.model import Article, Line

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).parent.parent / "seeds"


def _cases(name: str):
    return [pytest.param(text, expected, id=f"{name}:{line}-{title}")
            for line, title, text, expected in read_fixture_file(FIXTURES / name)]


@pytest.mark.parametrize("text,expected", _cases("entities.md"))
def test_mentions(text: str, expected: str) -> None:
    found = [[m.text, m.kind, m.name, m.role] for m in find_mentions(text.rstrip("\n"))]
    assert found == json.loads(expected)


def _articles_from(text: str) -> list[Article]:
    articles = []
    for block in re.split(r"^=== ", text, flags=re.M)[1:]:
        header, *lines = block.rstrip("\n").split("\n")
        source, _, dateline = header.partition(" dateline ")  # "=== a dateline PORTSMOUTH": kept as metadata
        paragraphs = tuple(Line(p, n + 2) for n, p in enumerate(lines))
        articles.append(Article(id=source.strip(), path=f"{source}.txt", title=source, paragraphs=paragraphs,
                                dateline=dateline.strip() or None))
    return articles


def _entity_of(index, surface: str):
    hits = [e for e in index.entities if name_key(surface) in {name_key(a) for a in (e.name, *e.aliases)}]
    assert len(hits) == 1, f"{surface!r} is in {[e.id for e in hits]}"
    return hits[0]


def _linked(index, source: str, text: str) -> set[str]:
    return {e.name for e in index.entities for m in e.mentions if m.source == source and m.text == text}


@pytest.mark.parametrize("text,expected", _cases("aliases.md"))
def test_aliases(text: str, expected: str) -> None:
    index = resolve_entities(_articles_from(text))
    want = json.loads(expected)
    for group in want.get("same", []):
        assert len({_entity_of(index, s).id for s in group}) == 1, group
    for a, b in want.get("different", []):
        assert _entity_of(index, a).id != _entity_of(index, b).id
    for source, surface in want.get("unlinked", []):
        assert _linked(index, source, surface) == set()
    for source, surface, name in want.get("linked", []):
        assert _linked(index, source, surface) == {name}
    for surface, kind, name in want.get("kinds", []):  # kind null: no entity has that name
        hits = [e for e in index.entities if name_key(surface) in {name_key(a) for a in (e.name, *e.aliases)}]
        assert [(e.kind, e.name) for e in hits] == ([(kind, name)] if kind else []), surface


def _seed_articles() -> list[Article]:
    articles = []
    for path in sorted(SEEDS.glob("*.txt")):
        blocks = [b.strip() for b in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if b.strip()]
        paragraphs = tuple(Line(p, n) for n, p in enumerate(blocks[1:], 2))
        articles.append(Article(id=path.stem, path=str(path), title=blocks[0], paragraphs=paragraphs))
    return articles


SEED_ENTITIES = {
    "person": ["Fuad Hussein", "Antony Blinken", "Joel Vowell", "Yehia Rasool",
               "Mohammed Shia’ al-Sudani", "Hanke Bruins Slot", "Diyar Kurda"],
    "org": ["IRGC", "ISIS", "HMC", "Operation Inherent Resolve", "Pentagon", "Kataib Hezbollah",
            "Coordination Framework", "Islamic Resistance in Iraq"],
    "place": ["Iraq", "Syria", "Jordan", "Anbar", "Baghdad", "Washington", "Erbil"],
}
SEED_ALIASES = [
    ("Fuad Hussein", "Hussein"), ("Antony Blinken", "Blinken"), ("Yehia Rasool", "Rasool"),
    ("Mohammed Shia’ al-Sudani", "Sudani"), ("IRGC", "Islamic Revolutionary Guard Corps"),
    ("IRGC", "Revolutionary Guard"), ("ISIS", "Islamic State"), ("HMC", "Higher Military Commission"),
    ("HMC", "U.S.-Iraq Higher Military Commission"), ("United States", "U.S."), ("United States", "US"),
]


@pytest.fixture(scope="module")
def seed_index():
    return resolve_entities(_seed_articles())


@pytest.mark.parametrize("kind,name", [(k, n) for k, names in SEED_ENTITIES.items() for n in names])
def test_seed_entities_found_once(seed_index, kind: str, name: str) -> None:
    entity = _entity_of(seed_index, name)
    assert entity.kind == kind


@pytest.mark.parametrize("a,b", SEED_ALIASES)
def test_seed_aliases_merged(seed_index, a: str, b: str) -> None:
    assert _entity_of(seed_index, a).id == _entity_of(seed_index, b).id


def test_seed_ids_and_json(seed_index) -> None:
    ids = [e.id for e in seed_index.entities]
    assert len(ids) == len(set(ids))
    assert {"fuad-hussein", "iraq", "irgc", "united-states"} <= set(ids)
    data = seed_index.to_json()
    first = data["entities"][0]
    assert {"id", "name", "kind", "aliases", "description", "mentions"} <= set(first)
    assert all(set(m) >= {"source", "count"} for e in data["entities"] for m in e["mentions"])


def test_seed_spans_point_at_the_names(seed_index) -> None:
    articles = {a.id: a for a in _seed_articles()}
    for source, article in articles.items():
        spans = seed_index.mentions_in(source)
        assert spans, source
        for paragraph, refs in spans.items():
            text = article.paragraphs[paragraph].text
            assert all(a.end <= b.start for a, b in zip(refs, refs[1:]))
            for ref in refs:
                assert text[ref.start : ref.end].strip() == text[ref.start : ref.end] != ""


def test_overrides_apply_and_report_unmatched(tmp_path) -> None:
    path = tmp_path / "entities.yml"
    path.write_text(
        "- name: Fuad Hussein\n  description: Iraq's foreign minister\n"
        "- name: Diyar Kurda\n  kind: person\n  aliases: [Kurda]\n"
        "- name: Rudaw\n  kind: org\n"
        "- name: Kataib Hezbollah\n  suppress: true\n"
        "- name: Nobody Atall\n",
        encoding="utf-8",
    )
    overrides, problems = load_entity_overrides(path)
    assert problems == []
    index = resolve_entities(_seed_articles(), overrides)
    assert _entity_of(index, "Fuad Hussein").description == "Iraq's foreign minister"
    assert not [e for e in index.entities if e.name == "Kataib Hezbollah"]
    assert [o.name for o in index.unmatched_overrides] == ["Rudaw", "Nobody Atall"]


def test_override_file_errors_carry_lines(tmp_path) -> None:
    path = tmp_path / "entities.yml"
    path.write_text("- name: A B\n  kind: thing\n- name: C\n  colour: red\n- 42\n", encoding="utf-8")
    overrides, problems = load_entity_overrides(path)
    assert overrides == []
    assert [(p.line, p.message.split()[0]) for p in problems] == [(2, "kind"), (4, "unknown"), (5, "an")]
    assert all(str(p).startswith(str(path)) for p in problems)


def test_missing_override_file_is_empty(tmp_path) -> None:
    assert load_entity_overrides(tmp_path / "nope.yml") == ([], [])


def test_override_aliases_merge_entities() -> None:
    articles = _articles_from("=== a\nThe Kremlin denied it.\n=== b\nKremlin officials met.\n")
    override = EntityOverride(name="Kremlin", aliases=("Russian presidency",), description="Seat of power")
    index = resolve_entities(articles, [override])
    entity = _entity_of(index, "Kremlin")
    assert entity.description == "Seat of power"
    assert "Russian presidency" in entity.aliases


_PIECES = st.sampled_from(list("Aa Bb  .,“”\"'’()-\n") + ["Mr ", "IRGC", "US", "Iraq", "al-", "Hussein", "'s", "Minister ", "of ", "and ", "said"])
_TEXT = st.lists(_PIECES, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_mentions_never_crash_and_stay_inside(text: str) -> None:
    found = find_mentions(text, include_weak=True)
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_mention_sentence_runs_past_abbreviations_and_decimals() -> None:
    """An entity page quotes the whole sentence naming it, not "… the U." nor "… was fined 797."."""
    index = resolve_entities(_articles_from(
        "=== a\nIn response to the attack in Jordan, the U.S. military struck Iraq. Meta Platforms was fined 797.72 "
        "million euros by Brussels."))
    sentences = {m.text: m.sentence for e in index.entities for m in e.mentions}
    assert sentences["Iraq"] == "In response to the attack in Jordan, the U.S. military struck Iraq."
    assert sentences["Brussels"] == "Meta Platforms was fined 797.72 million euros by Brussels."


def test_outlet_named_without_its_medium_is_the_outlet() -> None:
    """ "told Gulf Eye" names the outlet "Gulf Eye News"; "UN" of "UN News" and "Hong Kong" of "Hong Kong TV" are
    other entities."""
    from sourcebrief.analysis import _short_outlet_names

    assert _short_outlet_names("Gulf Eye News") == ("Gulf Eye",)
    assert _short_outlet_names("Sudan Tribune Online") == ("Sudan Tribune",)
    assert _short_outlet_names("UN News") == ()
    assert _short_outlet_names("Hong Kong TV") == ()
    assert _short_outlet_names("Harbour Herald") == ()


def test_a_ship_is_no_entity() -> None:
    """A name a mention shows to be a ship ("the container ship Dali", "the Dali, a Singapore-flagged vessel") is none
    of our kinds, though it is a place's name too (Dali, in China), in every source that names it."""
    from sourcebrief.analysis import without_vessels
    text = ("=== a\nThe crew of the Dali, a Singapore-flagged vessel, issued a mayday call, Maryland Gov. Wes Moore said.\n"
            "=== b\nThe 984ft Dali was carrying nearly 4,700 containers when it lost power in Baltimore.\n")
    index = without_vessels(resolve_entities(_articles_from(text)))
    names = {e.name for e in index.entities}
    assert "Dali" not in names and {"Wes Moore", "Baltimore"} <= names
    assert all(s.entity in {e.id for e in index.entities} for refs in index.spans.values() for s in refs)


def test_a_lone_common_head_is_no_entity() -> None:
    """ "Government spokesman Patrick Muyaya said", "Government says 87 bodies recovered" and "Eleven have been brought
    out" name no body a reader can tell: "Government" and "Eleven" are no entities (nor are their spans), unless the
    user named them in entities.yml."""
    from sourcebrief.analysis import without_common_heads
    text = ("=== a\nGovernment says 87 bodies recovered near Goma.\n"
            "=== b\nGovernment spokesman Patrick Muyaya said 87 bodies had been recovered in Goma. Eleven have been "
            "brought out alive.\n")
    found = resolve_entities(_articles_from(text))
    assert {"Government", "Eleven"} <= {e.name for e in found.entities}
    index = without_common_heads(found, set())
    names = {e.name for e in index.entities}
    assert not {"Government", "Eleven"} & names and {"Patrick Muyaya", "Goma"} <= names
    assert all(s.entity in {e.id for e in index.entities} for refs in index.spans.values() for s in refs)
    assert "Government" in {e.name for e in without_common_heads(found, {"Government"}).entities}
