"""Quotations, their speakers, and the same words across sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st
from markdown_it.utils import read_fixture_file

from sourcebrief.quote_groups import merge_quotes
from sourcebrief.quote_paragraphs import find_quotes_in_paragraphs
from sourcebrief.quotes import Quote, find_quotes

FIXTURES = Path(__file__).parent / "fixtures"


def _cases(name: str):
    return [pytest.param(text, expected, id=f"{name}:{line}-{title}")
            for line, title, text, expected in read_fixture_file(FIXTURES / name)]


@pytest.mark.parametrize("text,expected", _cases("quotes.md"))
def test_quotes(text: str, expected: str) -> None:
    paragraphs = text.rstrip("\n").split("\n\n")  # several paragraphs: a speaker carried across them
    found_by_paragraph = find_quotes_in_paragraphs(paragraphs) if len(paragraphs) > 1 else [find_quotes(paragraphs[0])]
    found = [{"text": q.text, "speaker": q.speaker, "cue": q.cue} for quotes in found_by_paragraph for q in quotes]
    assert found == json.loads(expected)
    for paragraph, quotes in zip(paragraphs, found_by_paragraph):
        for q in quotes:
            words = paragraph[q.start : q.end] if q.cue == "answer" else paragraph[q.start + 1 : q.end - 1]
            assert words == q.text  # (an interview's answer has no marks: its span is the words)


def test_pronoun_carried_across_paragraphs() -> None:
    paragraphs = [
        "“The commission resumed its meetings,” General Yehia Rasool said in a statement.",
        "“The meetings will take place on a regular basis,” he added.",
    ]
    second = find_quotes_in_paragraphs(paragraphs)[1][0]
    assert (second.speaker, second.speaker_written) == ("General Yehia Rasool", "he")


def _q(text: str) -> Quote:
    return Quote(0, len(text) + 2, text, None, "none")


def test_merge_groups_variants_and_fragments() -> None:
    groups = merge_quotes({
        "000": [_q("for settling scores between rival countries"), _q("other political reasons")],
        "001": [_q("Iraq is not an arena for settling scores between rival countries.")],
        "004": [_q("Iraq is not an arena for settling scores between rival countries."),
                _q("Other political reasons.")],
        "002": [_q("timeline")],
        "003": [_q("threat")],
    })
    by_sources = {g.sources: g.text for g in groups}
    assert by_sources[("000", "001", "004")] == "Iraq is not an arena for settling scores between rival countries."
    assert ("000", "004") in by_sources
    assert ("002",) in by_sources and ("003",) in by_sources


def test_merge_keeps_a_few_words_of_two_speakers_apart() -> None:
    """ "unacceptable" said by two named speakers is two sayings; by one named two ways, or by one named and one
    unknown, one quotation."""
    def said(text: str, speaker: str | None) -> Quote:
        return Quote(0, len(text) + 2, text, speaker, "said")
    groups = merge_quotes({"a": [said("unacceptable", "Transport Minister Philippe Tabarot")],
                           "b": [said("unacceptable", "Prime Minister François Bayrou")],
                           "c": [said("sad day", "Credit Suisse Chairman Axel Lehmann")],
                           "d": [said("sad day", "Lehmann")], "e": [said("sad day", None)]})
    assert sorted(g.sources for g in groups) == [("a",), ("b",), ("c", "d", "e")]


def test_merge_does_not_chain_two_speakers_through_an_unattributed_quote() -> None:
    """The same few words told without a speaker join one speaker's group, not both."""
    def said(text: str, speaker: str | None) -> Quote:
        return Quote(0, len(text) + 2, text, speaker, "said")
    groups = merge_quotes({"a": [said("unacceptable", "Transport Minister Philippe Tabarot")],
                           "b": [said("unacceptable", "Prime Minister François Bayrou")],
                           "c": [said("unacceptable", None)]})
    assert sorted(g.sources for g in groups) == [("a", "c"), ("b",)]


def test_merge_keeps_short_different_words_apart() -> None:
    groups = merge_quotes({"a": [_q("necessary")], "b": [_q("unnecessary")], "c": [_q("necessary")]})
    assert sorted(g.sources for g in groups) == [("a", "c"), ("b",)]


_PIECES = st.sampled_from(list("ab AB,.:“”‘’\"'«»\n") + ["he said", " said ", "JB", "Joel ", "according to "])
_TEXT = st.lists(_PIECES, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
@example('\n" said "a"')
def test_quotes_never_crash_and_stay_inside(text: str) -> None:
    quotes = find_quotes(text)
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start + 1 : q.end - 1] == q.text
    assert all(a.end <= b.start for a, b in zip(quotes, quotes[1:]))


def test_attribution_in_the_next_paragraph() -> None:
    """A quotation closing its paragraph on a comma is attributed by the next one ("she added.")."""
    paragraphs = [
        "“We have been abandoned,” said one resident, Pilar Sánchez, standing in mud.",
        "“We don't have water, and nobody has come to help us,”",
        "she added.",
    ]
    second = find_quotes_in_paragraphs(paragraphs)[1][0]
    assert (second.speaker, second.cue) == ("Pilar Sánchez", "added")


def test_quotation_going_on_into_the_next_paragraph() -> None:
    """A paragraph opening a quotation it does not close goes on in the next, whose speaker speaks both."""
    paragraphs = ["Babiker said she had helped carry the wounded.", "“The doctors were crying.",
                  "“There was no electricity,” she said.", "“It was dark.", "The army denied it."]
    found = find_quotes_in_paragraphs(paragraphs)
    assert [(q.text, q.speaker) for q in found[1]] == [("The doctors were crying.", "Babiker")]
    assert [(q.text, q.speaker) for q in found[2]] == [("There was no electricity,", "Babiker")]
    assert found[3] == []  # no quotation opens the paragraph after it: not a quotation going on


def test_lone_surname_given_the_full_name_another_source_gives() -> None:
    """ "Helbl told us" in a live blog is the "Alenka Helbl" another source quotes, in its quotes and its annotations;
    a surname two speakers share is left as written."""
    from sourcebrief.model import Span
    from sourcebrief.quote_fullnames import full_names

    def said(speaker: str) -> Quote:
        return Quote(0, 4, "ab", speaker, "said")
    quotes = [[said("Alenka Helbl"), said("Siim Kallas")], [said("Helbl"), said("Kallas")], [said("Kaja Kallas")]]
    found = [{}, {"quotes": (((Span(0, 4, "quote", (("by", "Helbl"),)),),), ())}, {}]
    named, annotated = full_names(quotes, found)
    assert [q.speaker for q in named[1]] == ["Alenka Helbl", "Kallas"]
    assert named[1][0].speaker_written == "Helbl"
    assert annotated[1]["quotes"][0][0][0].attrs == (("by", "Alenka Helbl"),)


def test_two_speakers_joined_by_and_each_list_the_quotation() -> None:
    """ "The Ministry of Defence and Ukraine's army said" puts the quotation on both entity pages; one body's name
    holding "and" ("The Scottish Fire and Rescue Service", "The Department of Health and Human Services") on that
    body's only; a part naming no entity names no one, and a place ending a body's name ("Biosecurity Tasmania") is
    not the place's."""
    from sourcebrief.entity_model import Entity
    from sourcebrief.entity_pages import speaker_quotes
    from sourcebrief.quote_groups import QuoteGroup, QuoteVariant

    def entity(name: str, *aliases: str) -> Entity:
        return Entity(name.lower().replace(" ", "-"), name, "org", aliases, None, (), ())

    def group(speaker: str) -> QuoteGroup:
        return QuoteGroup(speaker, (QuoteVariant("a", Quote(0, 4, "ab", speaker, "said")),))
    entities = [entity("Ministry of Defence"), entity("Armed Forces of Ukraine", "Ukraine's army"),
                entity("Scottish Fire and Rescue Service"), entity("Rescue Service"), entity("Boris Golicnik"),
                entity("Environment Protection Authority"), Entity("tasmania", "Tasmania", "place", (), None, (), ()),
                entity("Department of Health")]
    found = speaker_quotes([group("The Ministry of Defence and Ukraine's army"),
                            group("The Scottish Fire and Rescue Service"),
                            group("Protesters and Mayor Boris Golicnik"),
                            group("The Environment Protection Authority and Biosecurity Tasmania"),
                            group("The Department of Health and Human Services")], entities)
    assert {key: [g.text for g in groups] for key, groups in found.items()} == {
        "ministry-of-defence": ["The Ministry of Defence and Ukraine's army"],
        "armed-forces-of-ukraine": ["The Ministry of Defence and Ukraine's army"],
        "scottish-fire-and-rescue-service": ["The Scottish Fire and Rescue Service"],
        "boris-golicnik": ["Protesters and Mayor Boris Golicnik"],
        "environment-protection-authority": ["The Environment Protection Authority and Biosecurity Tasmania"]}


def test_speaker_goes_on_through_a_quotation_opened_and_never_closed() -> None:
    """A press release's quotation of three paragraphs: the first attributed, the second opened and not closed, the
    third opened and closed with no attribution; all three are the same speaker's."""
    paragraphs = ["“We are deeply sorry,” said Annika Lindqvist, the chief executive.",
                  "“Our teams have been working around the clock since Saturday.",
                  "“We will not restock the lease until the EPA is satisfied.”"]
    found = find_quotes_in_paragraphs(paragraphs)
    assert [[(q.speaker, q.cue) for q in quotes] for quotes in found] == [
        [("Annika Lindqvist", "said")], [("Annika Lindqvist", "continued")], [("Annika Lindqvist", "continued")]]
