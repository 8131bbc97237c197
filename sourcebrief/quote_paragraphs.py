"""Quotations across the paragraphs of one article: a speaker carried to the next paragraph, a quotation attributed
in the paragraph after it or introduced by the one before it, a long quotation going on into the next paragraph."""

from __future__ import annotations

from typing import Sequence

from .quote_interview import read_interview, unlabelled
from .quote_pronouns import PRONOUNS as _PRONOUNS, Before, people, resolve_pronoun
from .quote_marks import mask, quotation_spans, sentence_bounds
from .quotes import Quote, _after, _before, _find_quotes


def find_quotes_in_paragraphs(paragraphs: Sequence[str]) -> list[list[Quote]]:
    """Quotes of consecutive paragraphs, carrying the last speaker across them."""
    out: list[list[Quote]] = []
    last: Before | None = None
    interview = read_interview(paragraphs)
    for n, text in enumerate(paragraphs):
        if n in interview.answers:
            quotes = [interview.answers[n]]
        elif n in interview.lines:  # (who spoke the line above is not a "he" in this one)
            quotes = _find_quotes(unlabelled(text), None)
        else:
            quotes = _find_quotes(text, last)
        if quotes and n > 0 and isinstance(last, Before):
            quotes[0] = _introduced_above(paragraphs[n - 1], quotes[0], last.before)
        if quotes and n + 1 < len(paragraphs):
            quotes[-1:] = [_attributed_below(text, quotes[-1], paragraphs[n + 1], last)]
        speakers = [q.speaker for q in quotes if q.speaker and q.speaker.lower() not in _PRONOUNS]
        above = tuple(paragraphs[: n + 1])  # (whose people make a later lone surname a person's)
        last = Before(text, speakers[-1] if speakers else None, last, above)  # without a speaker: the people it names
        out.append(quotes)
    return _with_full_names(paragraphs, _open_paragraphs(paragraphs, _quoted_paragraphs(paragraphs, out)))


def _with_full_names(paragraphs: Sequence[str], found: list[list[Quote]]) -> list[list[Quote]]:
    """A lone surname speaking ("Kallas said") given the full name the article gives that person elsewhere ("EU
    foreign policy chief Kaja Kallas", perhaps in a live blog's earlier entry, further down its page), when one
    person alone has it; as written otherwise."""
    out, full = [], None
    for quotes in found:
        lone = {q.speaker for q in quotes if q.speaker and _one_name(q.speaker)}
        if lone:
            full = _full_names(paragraphs) if full is None else full  # (read once, when a lone surname first speaks)
            quotes = [Quote(q.start, q.end, q.text, full[q.speaker], q.cue, q.speaker_written or q.speaker)
                      if q.speaker in lone and len(full.get(q.speaker, "").split()) > 1 else q for q in quotes]
        out.append(quotes)
    return out


def _one_name(speaker: str) -> bool:
    """One capitalised word, not a pronoun nor a body's initials: "Kallas"."""
    return (" " not in speaker and speaker[:1].isupper() and not speaker.isupper() and speaker.lower() not in _PRONOUNS)


def _full_names(paragraphs: Sequence[str]) -> dict[str, str]:
    """Each surname of the people ``paragraphs`` name in full, with their full name ("" when two people share it)."""
    names: dict[str, str] = {}
    for text in paragraphs:
        for m in people(text, frozenset()):
            words = m.name.split()
            if len(words) > 1 and names.get(words[-1], m.name) != m.name:
                names[words[-1]] = ""
            elif len(words) > 1:
                names[words[-1]] = m.name
    return names


_OPENING_MARKS = "“\"«"


def _quoted_paragraphs(paragraphs: Sequence[str], found: list[list[Quote]]) -> list[list[Quote]]:
    """A paragraph that is a quotation and nothing else, after one ending on an attributed quotation (perhaps with a
    quotation going on between them, whose paragraph opens it and never closes it), is that speaker's going on: "“…,”
    Ms Dunn said. “Then I saw they were salmon.”" then "“My little terrier rolled in it.”" (the convention for a
    speaker's next paragraph)."""
    out = list(found)
    for n in range(1, len(paragraphs)):
        text = paragraphs[n].rstrip()
        quotes = out[n]
        if (not quotes or quotes[0].start != 0 or any(q.speaker for q in quotes) or quotes[-1].end != len(text)
                or not quotes[-1].text.rstrip().endswith((".", "!", "?", "…"))  # (not a live blog entry's heading)
                or mask(text, quotation_spans(text)).strip("_“”\"«»‘’' .!?…")):
            continue
        m = n - 1
        while m > 0 and not out[m] and paragraphs[m][:1] in _OPENING_MARKS and not any(
                ch in paragraphs[m][1:] for ch in "”»\""):
            m -= 1  # (a quotation going on from the paragraph above: read by _open_paragraphs)
        above = paragraphs[m].rstrip()
        last = out[m][-1] if out[m] else None
        if last is None or not last.speaker or last.cue == "answer":
            continue
        masked = mask(above, quotation_spans(above))
        if sentence_bounds(masked, last.start, last.end)[1] < len(above):
            continue  # a sentence of its own after the speaker's words: who speaks next is not told
        out[n] = [Quote(q.start, q.end, q.text, last.speaker, "continued", last.speaker_written) for q in quotes]
    return out


def _open_paragraphs(paragraphs: Sequence[str], found: list[list[Quote]]) -> list[list[Quote]]:
    """A paragraph opening a quotation it does not close, followed by one opening another, is a quotation going on
    into the next paragraph (the convention for long quotations): "“The doctors were crying." then "“There was no
    electricity …,” she said." Both are the words of the next one's speaker."""
    out = list(found)
    for n in range(len(paragraphs) - 2, -1, -1):
        text, below = paragraphs[n].rstrip(), paragraphs[n + 1]
        if (not text or text[0] not in _OPENING_MARKS or any(q.start == 0 for q in out[n])
                or not below[:1] in _OPENING_MARKS or not out[n + 1] or out[n + 1][0].start != 0
                or not out[n + 1][0].speaker or any(ch in text[1:] for ch in "”»\"")):
            continue
        after = out[n + 1][0]
        out[n] = [Quote(0, len(text), text[1:], after.speaker, after.cue)] + out[n]  # no closing mark: to the end
    return out


def _attributed_below(text: str, quote: Quote, below: str, last: Before | None) -> Quote:
    """A quotation closing its paragraph on a comma, attributed at the start of the next one: "“… nothing we
    could do,”" then "she added."."""
    if quote.speaker or not quote.text.rstrip().endswith(",") or text[quote.end:].strip():
        return quote
    found = _after(below, 0, mask(below, quotation_spans(below)))
    if not found or not found[0]:
        return quote
    speaker, cue = found
    written = None
    if speaker.lower() in _PRONOUNS:
        resolved = resolve_pronoun(speaker.lower(), quote.start, [], text, last)
        if not resolved:
            return quote
        written, speaker = speaker, resolved
    return Quote(quote.start, quote.end, quote.text, speaker, cue, written)


def _introduced_above(above: str, quote: Quote, before: Before | str | None) -> Quote:
    """A quotation opening its paragraph without a speaker, after a paragraph ending on a verb of saying and a colon:
    "Speaking to our reporter, he said:" then "“This is a terrible tragedy.”" (``before``: what came before the
    paragraph above, for its pronoun)."""
    above = above.rstrip()
    if quote.speaker or quote.start != 0 or not above.endswith(":"):
        return quote
    masked = mask(above, quotation_spans(above))
    left, _ = sentence_bounds(masked, len(above) - 1, len(above))
    found = _before(above, masked, left, len(above))
    if not found or not found[0]:
        return quote
    speaker, cue = found
    written = None
    if speaker.lower() in _PRONOUNS:
        resolved = resolve_pronoun(speaker.lower(), len(above), [], above, before)
        if not resolved:
            return quote
        written, speaker = speaker, resolved
    return Quote(quote.start, quote.end, quote.text, speaker, cue, written)
