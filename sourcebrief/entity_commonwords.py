"""Capitalised words that are common words the article writes in lower case elsewhere: emphasis capitals opening a
paragraph ("A CABLE failure") and a place's name opening a sentence ("Hail has hit the Côte de Beaune")."""

from __future__ import annotations

import re

from .entity_mention import Mention


_EMPHASIS_OPENER = re.compile(r"(?:(?:A|An|The|THE|AN)\s+)?([A-Z]{4,})\s+[a-z]")
"""A paragraph opened by a word in capitals, perhaps after an article, then a lower-case word: how some trade papers
and tabloids stress their first words ("A CABLE failure is the suspected cause", "ENGINEERS worked")."""


def emphasis_capitals(texts: list[str]) -> frozenset[str]:
    """The words in capitals that open a paragraph for emphasis and that the article writes in lower case elsewhere
    ("A CABLE failure" beside "the cable snapped"): common words, no body's acronym ("A NATO official" has no
    "nato")."""
    openers = {found.group(1) for text in texts if (found := _EMPHASIS_OPENER.match(text))}
    if not openers:
        return frozenset()
    words = lower_words(texts)
    return frozenset(o for o in openers if o.lower() in words)


_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][\"”’')]*\s+)$")


def opens_as_common_word(text: str, m: Mention, words: frozenset[str]) -> bool:
    """A known place's one-word name opening a sentence, which the article writes in lower case as a common word
    ("Hail has hit" beside "Burgundy hail", "Split" beside "a split"): the common word, capitalised by the sentence."""
    return (m.evidence == "gazetteer" and " " not in m.text and m.text[1:].islower() and m.text.lower() in words
            and _SENTENCE_BEFORE.search(text, 0, m.start) is not None)


def lower_words(texts: list[str]) -> frozenset[str]:
    """The lower-case words of four letters or more that the texts write."""
    return frozenset(w for text in texts for w in _LOWER_WORD.findall(text))
