"""A lone surname speaking in one source ("Helbl told us", a live blog's entry) given the full name another source
gives that speaker ("Alenka Helbl said"), when one speaker alone has that surname across the sources; the quotes and
their annotations (``by=``) both."""

from __future__ import annotations

import dataclasses
from typing import Sequence

from .model import Span
from .quote_pronouns import PRONOUNS
from .quotes import Quote


def full_names(quotes: Sequence[Sequence[Quote]], found: Sequence[dict]) -> tuple[list[list[Quote]], list[dict]]:
    """``quotes`` (each source's) and ``found`` (each source's annotations by annotator name) with each lone surname
    speaking replaced by the one full name other speakers of the story hold."""
    names: dict[str, set[str]] = {}
    for speaker in {q.speaker for source in quotes for q in source if q.speaker}:
        words = speaker.split()
        if 1 < len(words) <= 4 and all(word[:1].isupper() for word in words) and " and " not in speaker:
            names.setdefault(words[-1], set()).add(speaker)
    full = {surname: min(held, key=len) for surname, held in names.items() if _one_holder(held)}
    if not any(q.speaker in full for source in quotes for q in source):
        return [list(source) for source in quotes], list(found)
    new_quotes = [[dataclasses.replace(q, speaker=full[q.speaker], speaker_written=q.speaker_written or q.speaker)
                   if q.speaker in full else q for q in source] for source in quotes]
    return new_quotes, [_with_names(parts, full) for parts in found]


def _one_holder(held: set[str]) -> bool:
    """The full names are one person's, written with or without a title ("Dr Helena Nghipondoka", "Helena
    Nghipondoka"): each holds the shortest."""
    shortest = min(held, key=len)
    return all(name.endswith(shortest) for name in held) and shortest.split()[0].lower() not in PRONOUNS


def _with_names(parts: dict, full: dict[str, str]) -> dict:
    """One source's annotations with a lone surname's ``by=`` given its full name."""
    if "quotes" not in parts:
        return parts
    body, captions = parts["quotes"]
    renamed = tuple(tuple(_renamed(span, full) for span in spans) for spans in body)
    return {**parts, "quotes": (renamed, captions)}


def _renamed(span: Span, full: dict[str, str]) -> Span:
    attrs = tuple((key, full.get(value, value) if key == "by" else value) for key, value in span.attrs)
    return dataclasses.replace(span, attrs=attrs) if attrs != span.attrs else span
