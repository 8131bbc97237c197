"""Tests for the date finder: fixture cases, properties and the human readings."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.utils import read_fixture_file

from sourcebrief import outlet_names
from sourcebrief.dates import Timex, describe, find_dates, precision
from sourcebrief.date_entries import day_of_line

FIXTURES = Path(__file__).parent / "fixtures" / "dates.md"
CASES = read_fixture_file(FIXTURES)


def _published(line: str) -> dt.date | None:
    value = line.removeprefix("published:").strip()
    return None if value in ("", "unknown", "none") else dt.date.fromisoformat(value)


@pytest.mark.parametrize(("line", "title", "source", "expected"), CASES, ids=[f"L{c[0]}" for c in CASES])
def test_fixture(line: int, title: str, source: str, expected: str) -> None:
    first, _, text = source.rstrip("\n").partition("\n")
    found = find_dates(text, _published(first))
    wanted = json.loads(expected)
    got = []
    for timex, want in zip(found, wanted + [{}] * len(found)):
        item = {"text": timex.text, "value": timex.value}
        if "type" in want:
            item["type"] = timex.type
        if timex.mod or "mod" in want:
            item["mod"] = timex.mod
        got.append(item)
    assert got == wanted, title


def _check_spans(text: str, found: list[Timex]) -> None:
    last_end = 0
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert timex.start >= last_end
        assert timex.text == text[timex.start:timex.end]
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert timex.value
        last_end = timex.end


NEWSY = st.lists(st.sampled_from([
    "on", "Tuesday", "January", "27", ",", "2024", "the", "next", "day", "last", "week", "mid-", "October",
    "since", "three", "days", "later", "ago", "a", "year", "earlier", "7:11", "PM", "every", "1990s", "May",
    "quarter", "third", "-", ".", "\n", " ", "Feb.", "6", "fall", "will", "said", "Q3", "today", "now",
]), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=200), NEWSY),
       published=st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9998, 12, 31))))
def test_never_crashes_and_spans_are_sound(text: str, published: dt.date | None) -> None:
    _check_spans(text, find_dates(text, published))


def test_to_dict_has_mod_only_when_set() -> None:
    plain, modded = find_dates("in 2014 and in mid-2015", None)
    assert plain.to_dict() == {"start": 3, "end": 7, "text": "2014", "type": "DATE", "value": "2014"}
    assert modded.to_dict()["mod"] == "MID"


@pytest.mark.parametrize(("value", "mod", "reading"), [
    ("2024-02-06", None, "6 February 2024"),
    ("2023-10", "MID", "mid-October 2023"),
    ("2024-W04", None, "week of 22 January 2024"),
    ("2024-01", None, "January 2024"),
    ("2014", None, "2014"),
    ("199", None, "the 1990s"),
    ("199", "START", "the early 1990s"),
    ("198", "MID", "the mid-1980s"),
    ("20", None, "the 21st century"),
    ("18", "END", "the late 19th century"),
    ("2023-Q3", None, "Q3 2023"),
    ("2024-01", "END", "late January 2024"),
    ("PRESENT_REF", None, "now"),
    ("unresolved", None, "unresolved"),
    ("XXXX-06", None, "every June"),
    ("XXXX-06-15", None, "every 15 June"),
    ("XXXX-SU", None, "every summer"),
    ("XXXX-WXX-2", None, "every Tuesday"),
])
def test_describe(value: str, mod: str | None, reading: str) -> None:
    assert describe(value, mod) == reading


@pytest.mark.parametrize(("value", "grain"), [
    ("2024-02-06", "day"), ("2024-W05", "week"), ("2024-02", "month"), ("2024-Q1", "quarter"),
    ("2024-SU", "season"), ("2024", "year"), ("199", "decade"), ("P3D", "other"), ("unresolved", "other"),
])
def test_precision(value: str, grain: str) -> None:
    assert precision(value) == grain


@pytest.mark.parametrize("line, day", [
    ("Tuesday 14 May", "2024-05-14"), ("14 May 2024 - 22:30 GMT", "2024-05-14"), ("Wed 15 May 2024 09.15 BST", "2024-05-15"),
    ("15 Mar 2024 - 20:45 GMT", "2024-03-15"), ("Updated 15 May 2024 14:02 GMT", None), ("Monday", None),
    ("12:45 GMT", None), ("Talks resume 14 May", None), ("Talks end 14 May", None), ("2 hours ago", None),
])
def test_day_of_line(line: str, day: str | None) -> None:
    """A live blog's day heading or dated entry stamp names its entries' day; a page's stamp or a sentence does not."""
    found = day_of_line(line, dt.date(2024, 5, 16), find_dates)
    assert (found.isoformat() if found else None) == day


@pytest.mark.parametrize(("dateline", "order"), [
    ("YAKIMA, Wash.", "month"), ("ST. PETERSBURG, Fla.", "month"), ("ALBANY, N.Y.", "month"),
    ("PAPEETE, Tahiti", None), ("LONDON", None), (None, None), ("PERTH, Western Australia", None)])
def test_us_dateline_writes_numbers_month_first(dateline: str | None, order: str | None) -> None:
    """A page of an outlet not known here, under an American dateline ("YAKIMA, Wash."), writes "02/09/2026" month
    first: 9 February (outlet_names.dateline_order)."""
    assert outlet_names.dateline_order(dateline) == order
