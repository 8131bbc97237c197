"""Tests for the chronology: small hand-built articles from a fixture file, the JSON shape and the seeds."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcebrief import chronology as C
from sourcebrief import event_merge as M
from sourcebrief import event_pair as P
from sourcebrief.chronology import build_chronology
from sourcebrief.chronology_model import Chronology
from sourcebrief.date_window import windowed_dates
from sourcebrief.model import Article, Line, Removed

FIXTURES = Path(__file__).parent / "fixtures" / "chronology.json"
CASES = json.loads(FIXTURES.read_text(encoding="utf-8"))
SEEDS = Path(__file__).parent.parent / "seeds"


def _article(data: dict) -> Article:
    published = dt.date.fromisoformat(data["published"]) if data.get("published") else None
    return Article(
        id=data["id"], path=f"seeds/{data['id']}.txt", title=data.get("title", data["id"]),
        paragraphs=tuple(Line(text, i + 1) for i, text in enumerate(data["paragraphs"])),
        captions=tuple(Line(text, 100 + i) for i, text in enumerate(data.get("captions", []))),
        removed=tuple(Removed(line, text, reason) for line, text, reason in data.get("removed", [])),
        published=published, dateline_day=tuple(data["dateline_day"]) if data.get("dateline_day") else None,
        outlet=data.get("outlet"),
    )


def _summary(chronology: Chronology) -> list[dict]:
    return [{"date": e.date, "sources": sorted(s.source_id for s in e.sources),  # a source cited twice shows
             "conflicting_dates": list(e.conflicting_dates), "text": e.text} for e in chronology.events]


def _as_built(articles: list[Article]) -> Chronology:
    """The chronology as a build makes it: an undated source read under the days other sources give its events."""
    dates, _, windows = windowed_dates(articles, [C.article_dates(a) for a in articles], [{} for _ in articles])
    return build_chronology(articles, dates, {source: window.note() for source, window in windows.items()})


@pytest.mark.parametrize("case", CASES, ids=[c["title"] for c in CASES])
def test_fixture(case: dict) -> None:
    chronology = _as_built([_article(a) for a in case["articles"]])
    got = _summary(chronology)
    want = case["events"]
    assert [(g["date"], g["sources"]) for g in got] == [(w["date"], w["sources"]) for w in want]
    for g, w in zip(got, want):
        assert g["conflicting_dates"] == w.get("conflicting_dates", [])
        if "text" in w:
            assert g["text"] == w["text"]
    if "unresolved" in case:
        assert [{"id": u.source_id, "expression": u.expression, "reason": u.reason}
                for u in chronology.unresolved] == case["unresolved"]
    if "inferred" in case:
        assert dict(chronology.inferred_dates) == case["inferred"]


def test_json_shape_and_stable_ids() -> None:
    articles = [_article(a) for a in CASES[1]["articles"]]
    first, second = build_chronology(articles), build_chronology(articles)
    data = first.to_json()
    assert data == second.to_json()
    assert set(data) >= {"events", "unresolved"}
    ids = [event["id"] for event in data["events"]]
    assert len(ids) == len(set(ids))
    for event in data["events"]:
        assert {"id", "date", "precision", "text", "sources"} <= set(event)
        assert event["id"].startswith(event["date"].lower())
        for source in event["sources"]:
            assert {"id", "quote", "expression"} <= set(source)
            assert source["expression"].split()[-1] in source["quote"]
    dates = [(event["date"], event["id"]) for event in data["events"]]
    assert dates == sorted(dates)


def _naive_seed_articles() -> list[Article]:
    """Read the seed files crudely: blank-line paragraphs, short lines dropped, photo credits as captions."""
    published = {"000": "2024-02-08", "002": "2024-02-11", "003": "2024-01-25", "004": "2024-02-07"}
    articles = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        parts = [(path.stem, lines, 0)]
        if path.stem.startswith("004"):  # a second story is appended after line 30
            parts = [(path.stem, lines[:30], 0), (path.stem + "~2", lines[30:], 30)]
        for ident, chunk, offset in parts:
            body, captions = [], []
            for number, raw in enumerate(chunk, offset + 1):
                text = raw.strip()
                if len(text.split()) < 6:
                    continue
                target = captions if re.search(r"\((?:AP|Reuters)\)$|\. AP$", text) else body
                target.append(Line(text, number))
            day = published.get(path.stem[:3]) if "~" not in ident else None
            articles.append(Article(id=ident, path=str(path), title=body[0].text, paragraphs=tuple(body[1:]),
                                    captions=tuple(captions), published=dt.date.fromisoformat(day) if day else None))
    return articles


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds folder not present")
def test_seed_chronology() -> None:
    chronology = build_chronology(_naive_seed_articles())

    def sources_of(date: str, *words: str) -> set[str]:
        for event in chronology.events:
            if event.date == date and all(w.lower() in event.text.lower() for w in words):
                return {s.source_id[:3] + ("~2" if "~" in s.source_id else "") for s in event.sources}
        raise AssertionError(f"no event on {date} with {words}: {[(e.date, e.text) for e in chronology.events]}")

    assert {"000", "002"} <= sources_of("2024-01-27", "first round")
    assert {"000", "002"} <= sources_of("2024-01-28", "drone attack")
    assert sources_of("2024-02-02", "85 targets") == {"000", "004"}
    assert {"000", "004"} <= sources_of("2024-02-06", "resume talks")
    assert "002" in sources_of("2024-02-11", "resumed talks")
    assert sources_of("2024-02-08", "Operation Inherent Resolve") == {"000"}
    assert "003" in sources_of("2024-01-25", "announced the start")
    assert sources_of("2014", "coalition formed") == {"000", "002"}
    assert sources_of("2014", "seized") == {"000", "004"}
    assert sources_of("2023-08-07") == {"003"}
    assert sources_of("2020-01", "parliament") == {"003"}
    assert sources_of("2023-07", "banks") == {"000", "004"}
    assert "002" in sources_of("2023-10", "targeted")
    # The 2021 photo caption dates only its own photo.
    assert all(not (e.date.startswith("2024") and "2021" in {s.date for s in e.sources}) for e in chronology.events)
    # The undated source's relative dates, and the appended November story's "last week", stay unresolved.
    reasons = {(u.source_id[:3] + ("~2" if "~" in u.source_id else ""), u.expression) for u in chronology.unresolved}
    assert ("001", "on Tuesday") in reasons and ("004~2", "last week") in reasons
    assert dict(chronology.inferred_dates)["001_990763cec5e87549"] == "undated; reports events up to 2024-02-06"


_WORDS = st.frozensets(st.sampled_from("army base drone talks troops iraq baghdad withdraw coalition attack".split()),
                       min_size=1, max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_WORDS, _WORDS), min_size=2, max_size=6),
       st.dictionaries(st.sampled_from("army base drone talks troops iraq".split()), st.floats(0.01, 9)))
def test_a_group_ceiling_is_never_below_a_members_match(clauses: list, weights: dict) -> None:
    """The merge skips a group whose ceiling is under the bar: no member may score above its ceiling."""
    members = []
    for number, (words, more) in enumerate(clauses):
        source = C.EventSource(f"s{number}", "", "", 0, "2024-01-02", None, -1, 1)
        members.append(P.Member(P.Candidate(source, "", words, words | more, words), {}, weights))
    candidate, group = members[0], members[1:]
    ceiling = M._ceiling(candidate, set().union(*(m.extra for m in group)), set().union(*(m.words for m in group)),
                         min(m.weight for m in group), weights)
    assert all(P.match_score(candidate, member, weights) <= ceiling for member in group)


def test_a_long_line_is_not_cut_inside_a_bracket() -> None:
    from sourcebrief.event_sentence import MAX_WORDS, tidy

    words = " ".join(f"W{i}" for i in range(MAX_WORDS - 3))
    assert tidy(f"{words} near Jurf al-Nasr (formerly Jurf al-Sakhar) on the river") == f"{words} near Jurf al-Nasr …"


def test_a_day_and_a_coarser_date_told_in_other_words_stay_apart() -> None:
    """Reports on a day and in a week or month that each say what happened in their own plain words, sharing fewer
    than two of them, are two events whatever names they share; a clause of names only is told apart from nothing."""
    class Report:
        def __init__(self, line: str) -> None:
            self.plain = P._plain_words(line)

    detained = Report("Three managers of the mine's operator, Karadag Madencilik, were detained")
    collapsed = Report("Karadag Madencilik's coal mine in Zonguldak collapsed")
    names = Report("The U.S.-Iraq Joint Security Cooperation Dialogue (JSCD) in Washington, D.C.")
    held = Report("Washington and Baghdad held the inaugural US-Iraq Joint Security Cooperation Dialogue in the capital")
    assert P.told_apart(detained, collapsed, {})
    assert not P.told_apart(names, held, {})
    assert not P.told_apart(collapsed, Report("The coal mine in Zonguldak collapsed, trapping 11 miners"), {})


@pytest.mark.parametrize(("line", "sentence", "before", "want"), [
    ("He urged residents to leave", "He urged residents to leave by Wednesday.",
     "Gov. Ray Castellano declared a state of emergency on Monday. ", "Gov. Ray Castellano urged residents to leave"),
    ("He served as mayor", "Mr Orsi, 57, is the son of a farming family from Canelones, where he served as mayor from 2015.",
     "", "Mr Orsi served as mayor"),
    ("He was indicted", "He was indicted on 18 February.", "Prosecutors allege Zupan accepted EUR 420,000 in 2021. ",
     "He was indicted"),
    ("It was unclear whether it would reopen", "It was unclear whether it would reopen on Monday.",
     "The bridge collapsed on Sunday. ", "It was unclear whether it would reopen"),
    ("It killed five people", "It killed five people on Monday.", "A tornado struck the town. ",
     "The tornado killed five people"),
])
def test_line_takes_the_subject_its_pronoun_stands_for(line: str, sentence: str, before: str, want: str) -> None:
    from sourcebrief.event_subject import with_subject
    assert with_subject(line, sentence, before) == want


def test_it_standing_for_what_was_told_keeps_the_pronoun() -> None:
    from sourcebrief.event_subject import with_subject
    line = "It was the third resignation from the cabinet"
    assert with_subject(line, line + " in March.", "The minister resigned on Monday. ") == line


@pytest.mark.parametrize(("line", "want"), [
    ("It comes after Karakum Spor pulled out of a deal", "Karakum Spor pulled out of a deal"),
    ("It came days after the ban was announced", "The ban was announced"),
    ("It follows a close first round", "A close first round"),
    ("It came under fire from lawmakers", "It came under fire from lawmakers"),
    ("It comes as the company reported a loss", "It comes as the company reported a loss"),
])
def test_a_line_placing_itself_after_an_event_is_that_event(line: str, want: str) -> None:
    from sourcebrief.event_subject import with_subject
    assert with_subject(line, line + " on Monday.", "") == want


def test_a_clock_time_the_chronology_leaves_without_a_day_is_annotated_without_one() -> None:
    from sourcebrief.analysis import article_parts
    from sourcebrief.annotate import AnnotationContext, annotate_dates
    case = next(c for c in CASES  # "crashed on Sunday": no night told, so "11:41 p.m." keeps no day
                if c["title"].startswith("a clock time with no day after a day other than the publication day that"))
    article = _article(case["articles"][0])
    for paragraphs, _ in (annotate_dates(article, AnnotationContext()), article_parts(article)[-1]["dates"]):
        values = {article.paragraphs[i].text[s.start:s.end]: dict(s.attrs)["value"]
                  for i, spans in enumerate(paragraphs) for s in spans}
        assert values["11:41 p.m."] == "unresolved"
        assert values["Sunday"] == "2025-10-12"


def test_a_season_sorts_at_its_first_month() -> None:
    """ "summer 2022" comes after "May 2022" and before August 2022, a year's events before its seasons', and a winter,
    which may be the one the year opens with, stays at the year's start."""
    from sourcebrief.event_candidate import sort_key
    ordered = sorted(["2022-SU", "2022-05", "2022", "2022-FA", "2022-WI", "2022-SP", "2022-08"], key=sort_key)
    assert ordered.index("2022-05") < ordered.index("2022-SU") < ordered.index("2022-08")
    assert ordered.index("2022-SP") < ordered.index("2022-05") and ordered.index("2022-08") < ordered.index("2022-FA")
    assert sort_key("2022-WI") == sort_key("2022") == "2022-01-01"
