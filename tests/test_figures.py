"""Tests for sourcebrief.figures: fixture cases and properties of find_figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.utils import read_fixture_file

from sourcebrief.figures import find_figures

FIXTURES = Path(__file__).parent / "fixtures"
CASES = read_fixture_file(FIXTURES / "figures.md")


@pytest.mark.parametrize("line,title,text,expected", CASES, ids=[f"{c[0]}" for c in CASES])
def test_figures_fixture(line: int, title: str, text: str, expected: str) -> None:
    found = [[f.text, f.value, f.unit, f.qualifier] for f in find_figures(text.rstrip("\n"))]
    assert found == json.loads(expected), f"{title} (fixture line {line})"


def test_fixture_has_enough_cases() -> None:
    assert len(CASES) >= 25


def test_span_text_matches_offsets() -> None:
    text = "Officials said more than 85 targets and $1.5 billion were involved."
    for figure in find_figures(text):
        assert text[figure.start: figure.end] == figure.text


_PIECES = st.sampled_from([
    "2,500", "more than", "85", "troops", " ", ", ", ". ", "$", "1.5", "billion", "%", "per cent",
    "January", "27", "2014", "7:11", "PM", "22nd", "F-16", "three", "Seven", "others", "a",
    "dozen", "two", "of", "in Iraq", "U.S.", "about", "some", "900", "-", "–", "€", "20m",
    "half", "third", "nearly", "Resolution", "\n", "people", "and", "the", "at least", "one",
])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=40).map(" ".join),
                 st.lists(_PIECES, max_size=40).map("".join)))
def test_spans_sorted_inside_and_disjoint(text: str) -> None:
    figures = find_figures(text)
    previous_end = 0
    for figure in figures:
        assert 0 <= previous_end <= figure.start < figure.end <= len(text)
        assert text[figure.start: figure.end] == figure.text
        previous_end = figure.end


def test_range_keeps_its_lower_bound() -> None:
    """ "between 2 and 3 million" is 2 to 3 million, not 3 million only, nor 2 of nothing."""
    (figure,) = find_figures("Between 2 and 3 million people fled.")
    assert (figure.low, figure.value, figure.qualifier) == (2_000_000, 3_000_000, "between")
