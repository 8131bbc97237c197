"""Gather the names each article holds, each with the sentence around it."""

from __future__ import annotations

import functools
import re
from typing import Sequence

from .claims import split_sentences
from .entity_acronyms import lower_case_terms
from .entity_commonwords import emphasis_capitals, lower_words, opens_as_common_word
from .entity_keys import Found
from .entity_lookup import lookup
from .entity_rules import Mention, find_mentions
from .model import Article


def gather_mentions(articles: Sequence[Article]) -> list[Found]:
    found: list[Found] = []
    for article in articles:
        apart = (*article.captions, *(h for h in article.headings if not _title_cased(h.text)))
        texts = [line.text for line in (*article.paragraphs, *apart)]
        terms, words = lower_case_terms(texts) | emphasis_capitals(texts), lower_words([article.title, *texts])
        for caption, lines in ((False, article.paragraphs), (True, apart)):
            for index, line in enumerate(lines):
                for m in _mentions(line.text):
                    if not (m.evidence == "acronym" and m.text in terms  # "HBM" after "high-bandwidth memory (HBM)"
                            or opens_as_common_word(line.text, m, words) or _after_slash(line.text, m)):
                        found.append(Found(article.id, index, caption, m, _sentence(line.text, m.start)))
        found.extend(Found(article.id, DATELINE, False, m, article.dateline or "") for m in _dateline_places(article))
    return found


def _title_cased(heading: str) -> bool:
    """A heading in title case ("Death Toll Rises Past Forty"), whose capitals name nothing: its names are not read
    (one in sentence case is, "Egypt and Qatar mediate dispute over Yehud")."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", heading) if len(w) >= 4]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


def _after_slash(text: str, m: Mention) -> bool:
    """A lone word with no cue glued by a slash to the name before it, the second half of one name ("BC Kalev/Cramo
    say": a club and its sponsor), no person."""
    return (m.kind == "person" and m.evidence in ("bare", "speech", "shape") and " " not in m.text
            and m.start >= 2 and text[m.start - 1] == "/" and text[m.start - 2].isalnum())


DATELINE = -1
"""The paragraph index of a dateline's place (kept as metadata, in no paragraph): a cue for the kind of the lone
names written elsewhere (entity_kinds.places_of_datelines), never a mention to count or annotate."""
_DATELINE_PARTS = re.compile(r"\s*/\s*")


def _dateline_places(article: Article) -> list[Mention]:
    """The towns of the article's dateline ("PORTSMOUTH, 8 February (PA) -" kept as "PORTSMOUTH"; "WARSAW/PRAGUE"
    two): a place the article names, so that "sailing from Portsmouth" in its text is that place. Not a name the
    lists know as a body's ("UNITED NATIONS"), nor an agency's initials ("NNA")."""
    places = []
    for part in _DATELINE_PARTS.split(re.split(r"[,(]", article.dateline or "")[0].strip()):
        name = part.title() if part.isupper() else part
        if len(name) < 4 or not name[:1].isupper() or (lookup(name) or ("place",))[0] != "place":
            continue
        places.append(Mention(0, len(part), name, "place", name, evidence="dateline"))
    return places


@functools.lru_cache(maxsize=1 << 14)
def _mentions(text: str) -> tuple[Mention, ...]:
    """find_mentions with the lone names (a memo of a pure function: shared copy repeats whole paragraphs)."""
    return tuple(find_mentions(text, include_weak=True))


def article_mentions(article: Article) -> list[Found]:
    """The names found in one article (the per-source half of resolve_entities)."""
    return gather_mentions([article])


def _sentence(text: str, offset: int) -> str:
    """The sentence holding ``offset``, cut as claims are ("797.72 million", "the U.S.-led coalition" and "Mr.
    Smith" end none)."""
    for start, end in _sentence_spans(text):
        if start <= offset < end:
            return text[start:end].strip()
    return text.strip()


@functools.lru_cache(maxsize=256)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """split_sentences, each sentence running on over the spaces after it (a memo: a paragraph names many)."""
    spans = split_sentences(text)
    return tuple((start, spans[k + 1][0] if k + 1 < len(spans) else len(text)) for k, (start, _) in enumerate(spans))

