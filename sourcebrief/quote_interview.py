"""An interview's answers as its interviewee's words: on a page of question and answer lines labelled by who speaks
("NBC: Will the company be fined?" then "Mufeti: If the law was broken, yes."), each answer labelled with the
interviewee's name is that person's quotation (read by ``quote_paragraphs.find_quotes_in_paragraphs``); a "he" or
"she" in a question or an answer is not the interviewee."""

from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .model import record
from .quote_pronouns import people
from .quote_marks import quotation_spans
from .quotes import Quote

_LABEL = re.compile(r"(?P<label>[A-ZÀ-Þ][\w’'.&-]*(?:\s+[A-ZÀ-Þ][\w’'.&-]*){0,2}):[ \t]+(?=\S)")
"""A line's label for who speaks, one to three capitalised words and a colon: "Mufeti: ", "NBC: ", "Q: "."""
_ASKERS = frozenset(("Q", "Question", "Interviewer"))
"""Labels that mark a question whoever asks it."""
_ANSWERS = frozenset(("A", "Answer"))
"""Labels that mark an answer without naming who gives it: no speaker can be told from them alone."""
_LEAST = 2
"""Questions and named answers a page needs at least to be read as an interview."""


@record
class Interview:
    """What a page of question and answer lines holds for its quotations."""

    answers: dict[int, Quote]
    """The answer of each paragraph (by index) that the interviewee speaks, labelled with their name."""
    lines: frozenset[int]
    """The paragraphs (by index) of the questions and answers: a "he" or "she" in one stands for someone the
    interviewer or the interviewee speaks of, never for who spoke the line above."""


_NO_INTERVIEW = Interview({}, frozenset())


def read_interview(paragraphs: Sequence[str]) -> Interview:
    """The page's questions and answers: at least two question lines (labelled "Q", or by one asker whose lines
    ask) and two answers under one other label. Its answers are quotations when that label is a word of a person's
    full name the page gives outside the labels; an answer holding a quotation mark is left to the quotations it
    holds. Nothing when the page is no such interview."""
    found = [_LABEL.match(text) for text in paragraphs]
    counts = Counter(m.group("label") for m in found if m)
    labels = [m if m and counts[m.group("label")] >= _LEAST else None for m in found]  # (not a lone "Photo:")
    named = {m.group("label") for m in labels if m}
    asked = {label for label in named if label in _ASKERS or _asks(label, paragraphs, labels)}
    answering = named - asked
    if len(asked) != 1 or len(answering) != 1:
        return _NO_INTERVIEW
    (asker,), (answerer,) = asked, answering
    rows = [(n, m) for n, m in enumerate(labels) if m]
    if (sum(m.group("label") == asker for _, m in rows) < _LEAST
            or sum(m.group("label") == answerer for _, m in rows) < _LEAST):
        return _NO_INTERVIEW
    lines = frozenset(n for n, _ in rows)
    if answerer in _ANSWERS or not _named_in_full(answerer, paragraphs, labels):
        return Interview({}, lines)
    out = {}
    for n, m in rows:
        text = paragraphs[n].rstrip()
        if m.group("label") != answerer or "\n" in text or quotation_spans(text) or any(c in text for c in "“”\"«»"):
            continue
        out[n] = Quote(m.end(), len(text), text[m.end():], answerer, "answer")  # (no marks: the span is the words)
    return Interview(out, lines)


def unlabelled(text: str) -> str:
    """An interview's line with its label blanked (same length): "Kumer: She called it …" names no one but whom the
    line speaks of."""
    found = _LABEL.match(text)
    return " " * found.end() + text[found.end():] if found else text


def _asks(label: str, paragraphs: Sequence[str], labels: Sequence[re.Match[str] | None]) -> bool:
    """Most lines under ``label`` end on a question mark: an interviewer's."""
    lines = [paragraphs[n].rstrip() for n, m in enumerate(labels) if m and m.group("label") == label]
    return sum(line.endswith("?") for line in lines) * 2 > len(lines)


def _named_in_full(label: str, paragraphs: Sequence[str], labels: Sequence[re.Match[str] | None]) -> bool:
    """The label is a word of the full name of a person the page names outside its labelled lines: "Mufeti" of
    "Timoteus Mufeti" in the introduction."""
    return any(label in m.name.split() and len(m.name.split()) > 1
               for n, text in enumerate(paragraphs) if not labels[n]
               for m in people(text, frozenset()))
