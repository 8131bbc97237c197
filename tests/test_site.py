"""The whole default briefing, built end to end: links, footnotes, data files, safety of user edits."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, build_briefing, tree_bytes
from linkcheck import broken_links, parse
from sourcebrief.output import OutputRefused


@pytest.fixture(scope="module")
def built(default_briefing: Path) -> Path:
    return default_briefing


def test_every_internal_link_resolves(built: Path) -> None:
    assert broken_links(built / "site") == []


def test_no_page_shows_annotation_syntax(built: Path) -> None:
    """Every span content/ writes is read as a span: none is shown as "[text]{.cls key=value}" text."""
    shown = [page.name for page in built.rglob("*.html") if re.search(r"\]\{\.(?:date|figure|person|org|place|quote)\b",
                                                                     page.read_text(encoding="utf-8"))]
    assert shown == []


def test_every_footnote_has_its_note_and_backlink(built: Path) -> None:
    pages = list((built / "site" / "sources").glob("*.html"))
    assert len(pages) == 6
    for page in pages:
        html = page.read_text(encoding="utf-8")
        refs = re.findall(r'<sup class="footnote-ref"><a href="#(fn\d+)" id="(fnref[\d:]+)">', html)
        paragraphs = re.findall(r'<p id="p\d+">', html)
        assert refs and len(refs) >= len(paragraphs)
        ids = parse(page).ids
        for note, ref in refs:
            assert note in ids
            assert f'href="#{ref}" class="footnote-backref"' in html
        # A word joiner keeps each mark on the line of the word before it ("said.[1]" never breaks before "[1]").
        assert html.count('<sup class="footnote-ref">') == html.count('\u2060<sup class="footnote-ref">')


def test_sources_json_matches_the_contract(built: Path) -> None:
    data = json.loads((built / "site" / "data" / "sources.json").read_text())
    required = {"id", "title", "outlet", "published", "url", "paragraphs", "captions", "removed", "split_from"}
    by_id = {s["id"]: s for s in data["sources"]}
    assert len(by_id) == 6
    for source in data["sources"]:
        assert required <= set(source)
        assert all(isinstance(p, str) and p for p in source["paragraphs"])
        assert all(set(r) >= {"line", "text", "reason"} for r in source["removed"])
    assert by_id["000_718dd8dd841ef608"]["published"] == "2024-02-08"
    assert by_id["001_990763cec5e87549"]["published"] is None and by_id["001_990763cec5e87549"]["outlet"] is None
    assert by_id["002_1934250a859a8e87"]["published"] == "2024-02-11"
    assert by_id["004_bc83438618720749~2"]["split_from"] == "004_bc83438618720749"
    assert by_id["004_bc83438618720749~2"]["outlet"] == "Asharq Al-Awsat"
    assert by_id["004_bc83438618720749~2"]["published"] is None


def test_home_page_lists_sources_with_flags(built: Path) -> None:
    html = (built / "site" / "index.html").read_text(encoding="utf-8")
    assert "US–Iraq talks on the future of the anti-ISIS coalition" in html
    assert "In late January 2024 the United States and Iraq" in html
    for flag in ("undated", "outlet unknown", "split from 004_bc83438618720749"):
        assert flag in html
    assert html.count('href="sources/') >= 6


def test_committed_content_is_current(built: Path) -> None:
    """content/ in the repository is what a fresh build generates (so analysis changes show as diffs)."""
    fresh = tree_bytes(built / "content")
    committed = tree_bytes(ROOT / "content")
    assert sorted(fresh) == sorted(committed)
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert stale == [], "run `python build.py` and commit content/"


def test_build_is_reproducible(tmp_path: Path) -> None:
    first = build_briefing(tmp_path / "a", env={"PYTHONHASHSEED": "1", "TZ": "Asia/Tokyo"})
    second = build_briefing(tmp_path / "b", env={"PYTHONHASHSEED": "2", "TZ": "America/Lima"})
    assert first.exit_status == second.exit_status == 0
    a, b = tree_bytes(tmp_path / "a" / "site"), tree_bytes(tmp_path / "b" / "site")
    assert sorted(a) == sorted(b)
    assert [name for name in a if a[name] != b[name]] == []


def test_rebuild_is_byte_identical_and_keeps_deploy_files(built: Path, tmp_path: Path) -> None:
    work = tmp_path / "w"
    shutil.copytree(built, work)
    (work / "site" / "CNAME").write_text("briefing.example.org\n")
    (work / "site" / ".git").mkdir()
    before = tree_bytes(work / "site")
    assert build_briefing(work).exit_status == 0
    assert tree_bytes(work / "site") == before


def test_edited_generated_page_survives_rebuild(tmp_path: Path) -> None:
    assert build_briefing(tmp_path).exit_status == 0
    page = tmp_path / "content" / "sources" / "002_1934250a859a8e87.md"
    original = page.read_text(encoding="utf-8")
    edited = original.replace("{#p1}\n", "{#p1}\n(editor's fix) ", 1)
    assert edited != original
    page.write_text(edited, encoding="utf-8")
    result = build_briefing(tmp_path)
    assert page.read_text(encoding="utf-8") == edited
    warnings = [d for d in result.diagnostics if "edited by hand" in d.message]
    assert len(warnings) == 1 and warnings[0].path.endswith("002_1934250a859a8e87.md")
    html = (tmp_path / "site" / "sources" / "002_1934250a859a8e87.html").read_text(encoding="utf-8")
    assert "(editor&#39;s fix)" in html or "(editor's fix)" in html


def test_any_folder_of_txt_articles_builds(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "river.txt").write_text("River bursts its banks\n\nThe river burst its banks on Monday, flooding the old town.\n")
    (seeds / "empty.txt").write_text("")
    result = build_briefing(tmp_path, seeds=seeds, with_index=False)
    assert result.exit_status == 1
    assert [d.path.endswith("empty.txt") for d in result.diagnostics] == [True]
    assert (tmp_path / "site" / "sources" / "river.html").is_file()
    assert broken_links(tmp_path / "site") == []


def test_refuses_to_replace_a_foreign_folder(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "precious.txt").write_text("mine")
    with pytest.raises(OutputRefused):
        build_briefing(tmp_path)
    assert (out / "precious.txt").read_text() == "mine"


def test_home_card_lists_a_few_values_and_counts_the_rest() -> None:
    from sourcebrief.home import _some
    values = [f"{n} people (2024-01-0{n})" for n in range(1, 8)]
    assert _some(" vs ", values) == " vs ".join(values[:4]) + " and 3 more values"
    assert _some(" vs ", values[:5]) == " vs ".join(values[:5])  # one more is shown, not counted
    assert _some(", ", values[:2]) == ", ".join(values[:2])


def test_a_disagreement_lists_each_value_once_with_its_outlets() -> None:
    """The home page's "Where sources disagree" line: one entry per value however it is worded, the outlets that
    give it (unnamed ones left out), and a date only for a tally that grew."""
    import datetime as dt

    from sourcebrief.corroborate import Conflict, ConflictValue
    from sourcebrief.home import _values_given
    from sourcebrief.model import Article, Line

    def source(source_id: str, outlet: str | None) -> Article:
        return Article(id=source_id, path=f"{source_id}.txt", title="t", paragraphs=(Line("Text.", 1),), outlet=outlet)

    by_id = {s.id: s for s in (source("a", "INA"), source("b", None), source("c", "Kurdistan24"))}
    values = (ConflictValue("158 votes", "a", dt.date(2024, 5, 19), "q"), ConflictValue("158", "b", None, "q"),
              ConflictValue("97", "c", dt.date(2024, 5, 20), "q"))
    assert _values_given(Conflict("x", "Votes", values), by_id) == ["158 votes (INA)", "97 (Kurdistan24)"]
    rising = Conflict("y", "Toll", (values[0], values[2]), rising=True)
    assert _values_given(rising, by_id) == ["158 votes (INA, 2024-05-19)", "97 (Kurdistan24, 2024-05-20)"]


def test_a_figure_that_rose_is_labelled_an_update_in_date_order() -> None:
    """A toll each later report gave higher is no disagreement: the home page says the figure rose and gives the
    values in date order ("then"), where two figures at odds are "Figures differ" ("vs")."""
    import datetime as dt

    from sourcebrief.corroborate import Conflict, ConflictValue
    from sourcebrief.home import _figures
    from sourcebrief.model import Article, Line

    by_id = {i: Article(id=i, path=f"{i}.txt", title="t", paragraphs=(Line("Text.", 1),), outlet=o)
             for i, o in (("a", "CNA"), ("b", "SCMP"))}
    values = (ConflictValue("9 dead", "a", dt.date(2024, 4, 3), "q"), ConflictValue("10", "b", dt.date(2024, 4, 4), "q"))
    rose = _figures(Conflict("x", "Toll", values, rising=True), "facts.html#x", by_id)
    assert (rose.label, rose.note) == ("Figure rose", "9 dead (CNA, 2024-04-03) then 10 (SCMP, 2024-04-04)")
    differ = _figures(Conflict("x", "Toll", values), "facts.html#x", by_id)
    assert (differ.label, differ.note) == ("Figures differ", "9 dead (CNA) vs 10 (SCMP)")


def test_a_partial_count_then_the_final_one_is_labelled_as_such() -> None:
    """An election's share from a partial count and the final count's are two stages of one count: the home page
    says so and marks the early value, in date order; it is never a figure that "rose"."""
    import datetime as dt

    from sourcebrief.corroborate import Conflict, ConflictValue
    from sourcebrief.home import _figures
    from sourcebrief.model import Article, Line

    by_id = {i: Article(id=i, path=f"{i}.txt", title="t", paragraphs=(Line("Text.", 1),), outlet=o)
             for i, o in (("a", "Reuters"), ("b", "AP"))}
    values = (ConflictValue("58.6%", "a", dt.date(2025, 3, 10), "q", partial=True),
              ConflictValue("58.8%", "b", dt.date(2025, 3, 12), "q"))
    item = _figures(Conflict("x", "Percentage", values), "facts.html#x", by_id)
    assert (item.label, item.note) == ("Partial and final counts", "58.6% (Reuters, partial count) then 58.8% (AP)")


def test_a_partial_count_beside_final_counts_that_differ_is_a_disagreement() -> None:
    """When the final counts themselves differ ("58.6%" and "58.8%" both given with the final results), the figures
    differ; the value one outlet gave from a partial count is marked."""
    import datetime as dt

    from sourcebrief.corroborate import Conflict, ConflictValue
    from sourcebrief.home import _figures
    from sourcebrief.model import Article, Line

    by_id = {i: Article(id=i, path=f"{i}.txt", title="t", paragraphs=(Line("Text.", 1),), outlet=o)
             for i, o in (("a", "Reuters"), ("b", "AP"), ("c", "AFP"))}
    values = (ConflictValue("58.6%", "a", dt.date(2025, 3, 10), "q", partial=True),
              ConflictValue("58.6%", "b", dt.date(2025, 3, 12), "q"), ConflictValue("58.8%", "c", dt.date(2025, 3, 12), "q"))
    item = _figures(Conflict("x", "Percentage", values), "facts.html#x", by_id)
    assert (item.label, item.note) == ("Figures differ", "58.6% (Reuters (partial count), AP) vs 58.8% (AFP)")
