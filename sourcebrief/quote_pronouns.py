"""Who a pronoun speaker stands for ("he said", "she added", "it said"): the last speaker or named person of the right
kind before it, in its paragraph or the ones above; else no one (an unattributed quotation is better than a wrong
speaker)."""

from __future__ import annotations

import functools
import re
from typing import Sequence

from . import date_rules
from .entity_gazetteer import gazetteer
from .entity_lexicon import COMMON_CAPS, GROUP_NOUNS, ORG_NOUNS, ROLE_HEADS, ROLE_NOUNS
from .entity_rules import Mention, find_mentions
from .quote_speakers import agent

PRONOUNS = frozenset("he she they it we i".split())
"""Speakers that stand for someone named elsewhere."""
PERSONAL = frozenset("he she".split())
"""Pronouns that stand for a person only, never for a body ("The ministry said …. “…,” he added" is not the
ministry's)."""
_DETERMINERS = frozenset("the a an this that its their his her our".split())
"""Words opening a speaker that is a body, a document or a role, not a name ("The ministry", "the statement")."""


@functools.lru_cache(maxsize=256)
def mentions(text: str) -> tuple[Mention, ...]:
    """The names ``text`` holds, lone surnames included (finding names is the costly part: done only when a pronoun
    needs them)."""
    return tuple(find_mentions(text, include_weak=True))


@functools.lru_cache(maxsize=64)
def _known_words(paragraphs: tuple[str, ...]) -> frozenset[str]:
    """The words of the full names (two words or more) of people named in ``paragraphs``: a lone "Amir-Abdollahian" opening a later
    sentence is the "Hossein Amir-Abdollahian" named before, and a person."""
    return frozenset(word for text in paragraphs for m in mentions(text)
                     if m.kind == "person" and m.evidence != "bare" and len(m.text.split()) > 1
                     for word in m.text.split() if word[:1].isupper())


def people(text: str, known: frozenset[str]) -> list[Mention]:
    """The people ``text`` names: by a cue of their own, or by a lone name whose words are of a person named
    before."""
    return [m for m in mentions(text) if m.kind == "person"
            and (m.evidence != "bare" or all(word in known for word in m.text.split()) or _introduced(text, m))]


_INTRODUCED = re.compile(r",\s+an?\s+(?:(?P<age>\d{1,3}-year-old)\b|(?:[a-z][\w-]*\s+){0,2}?(?P<job>[a-z][\w-]*)"
                         r"(?=\s*,|\s+(?:from|at|in|of|with|who)\b))")
"""An appositive of age or job right after a lone first name: "Marko, a 34-year-old electrician", "Tanja, a teacher
from Velenje"."""


def _introduced(text: str, mention: Mention) -> bool:
    """A lone first name introduced with an appositive of age or of a person's job (not a body's: "Zara, a retailer"):
    a person a later "he" or "she" may stand for."""
    if " " in mention.text:
        return False
    found = _INTRODUCED.match(text, mention.end)
    if found is None:
        return False
    job = found.group("job")
    return found.group("age") is not None or (job not in ORG_NOUNS and (
        job in ROLE_NOUNS or job + "s" in GROUP_NOUNS or agent(job)))


class Before:
    """What came before a paragraph for a pronoun to stand for: its last named speaker, or, when it has none, the
    people it names (worked out only if a later pronoun needs them); then what came before it."""

    def __init__(self, text: str, speaker: str | None, before: Before | str | None, above: tuple[str, ...]) -> None:
        self.text, self.speaker, self.before, self.above = text, speaker, before, above

    def resolve(self, pronoun: str) -> str | None:
        """The last speaker of the right kind, or the last person named in a paragraph without one (he, she)."""
        node: Before | str | None = self
        while isinstance(node, Before):
            if node.speaker:
                if fits(pronoun, node.speaker, node.text):
                    return node.speaker
            elif pronoun in PERSONAL:
                named = people(node.text, _known_words(node.above))
                if named:
                    return None if len(named) > 1 and _joined(node.text, named[-2], named[-1]) else named[-1].text
            node = node.before
        return node if node is None or fits(pronoun, node, "") else None


def known_above(previous: Before | str | None, text: str) -> frozenset[str]:
    """The words of the people named in the paragraphs above and in ``text``."""
    return _known_words((previous.above if isinstance(previous, Before) else ()) + (text,))


def fits(pronoun: str, speaker: str, text: str) -> bool:
    """The speaker is of the pronoun's kind: a person for "he" and "she", not one for "it" (a lone name may be a
    body's: "Shell said"); not one person for "they" ("Gardaí say … what they called “…”" is not the Taoiseach
    quoted before)."""
    if pronoun in PERSONAL:
        return is_person(speaker, text)
    if pronoun == "they":
        return not is_person(speaker, text)
    return pronoun != "it" or len(speaker.split()) < 2 or not is_person(speaker, text)


def is_person(speaker: str, text: str) -> bool:
    """The speaker is a person: a role held by one ("the king", "a senior official"), or a name the paragraph reads
    as a person's ("Credit Suisse Chairman Axel Lehmann", "Rasool"), not a body's ("Goldman Sachs")."""
    words = speaker.split()
    if not words:
        return False
    if words[0].lower() in _DETERMINERS or not words[0][:1].isupper():
        return any(part in ROLE_NOUNS or part.capitalize() in ROLE_HEADS
                   for word in words for part in word.lower().split("-"))
    at = text.find(speaker)
    inside = [m for m in mentions(text) if at >= 0 and at <= m.start and m.end <= at + len(speaker)]
    return inside[-1].kind == "person" if inside else True


def resolve_pronoun(pronoun: str, start: int, earlier: Sequence[str | None], text: str,
                    previous: Before | str | None) -> str | None:
    """He/she: the last named speaker or person of that kind before ``start``; it/they: the last speaker of its
    kind; else no one."""
    for speaker in reversed(earlier):
        if speaker and speaker.lower() not in PRONOUNS and fits(pronoun, speaker, text):
            if pronoun not in PERSONAL or speaker[:1].isupper():
                return speaker
    if pronoun in PERSONAL:
        before = [m for m in people(text, known_above(previous, text)) if m.end <= start]
        opener = _last_opener(text, start)
        if opener and not (before and before[-1].start > opener[0]):
            return opener[1]
        if before:
            return _subject_of_last_sentence(text, before)
        if _lone_name_before(text, start):
            return None  # "Baatarkhuu struck a humble tone. He told parliament …": not the speaker of the paragraph
            # above
        if _unnamed_before(text, start):
            return None  # "…, according to a spokeswoman. She said …": not the speaker of the paragraph above
    if isinstance(previous, Before):
        return previous.resolve(pronoun)
    return previous


_OPENER = re.compile(r"(?:^|[.!?]\s+)(?:The\s+\d{1,3}-year-old\s+)?([A-ZÀ-Þ][a-zà-ÿ’'-]+)"
                     r"(?:\s+(?=[a-z])|,\s+(?=\d|an?\s|the\s|who\s))")
"""A lone name opening a sentence, perhaps after an age ("The 83-year-old Margrethe signed")."""


def _last_opener(text: str, start: int) -> tuple[int, str] | None:
    """(offset, word) of a lone capitalised word opening the last sentence before ``start`` and followed by a
    lower-case word, an age or an appositive: "Delgado conceded shortly before midnight. “…,” he told supporters",
    "Mujica, 89, cast his vote … “…,” he told reporters" (find_mentions leaves
    such a word out: capitalised only because it opens the sentence, as far as one sentence can tell)."""
    found = None
    for match in _OPENER.finditer(text, 0, start):
        if found is None or match.group(1).lower() not in PRONOUNS:
            found = match  # (past the pronoun's own sentence: "Margrethe signed …. She then left, saying “…”")
    if found is None or found.group(1) in COMMON_CAPS or found.group(1) in gazetteer().demonyms:
        return None
    word = found.group(1)
    if (word in gazetteer().places or word.lower() in PRONOUNS | GROUP_NOUNS | ROLE_NOUNS
            or word.endswith(("ing", "ly", "ed", "s")) or text.find(word.lower()) >= 0):
        return None  # "Speaking to the BBC, he said", "Protesters gathered": no one's name
    return found.start(1), word


def _lone_name_before(text: str, start: int) -> bool:
    """A lone capitalised name inside a sentence before the pronoun, read as a person's though no cue says so
    ("On the night of the vote, Baatarkhuu struck a more humble tone. He told …"): someone the pronoun may stand
    for, so the speaker of a paragraph above may not be assumed."""
    return any(m.kind == "person" and m.evidence == "bare" and m.end <= start and len(m.text.split()) == 1
               and text[:m.start].rstrip()[-1:] not in ("", ".", "!", "?", "“", "\"") for m in mentions(text))


_UNNAMED = re.compile(r"\b(?:a|an|one|another)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]+)\b(?!\s*,?\s*[A-ZÀ-Þ])")
"""Someone brought in by an indefinite role and no name: "according to a spokeswoman", "one senior official", "a
woman" (the role a person's: ``ROLE_NOUNS``, or a word ending "-man", "-woman", "-person")."""


def _unnamed_before(text: str, start: int) -> bool:
    """A person the paragraph brings in by a role alone before the pronoun ("Storm Bay Salmon confirmed the deaths,
    according to a spokeswoman. She said …"): whom the pronoun may stand for, so the speaker of a paragraph above may
    not be assumed."""
    return any(m.group(1) in ROLE_NOUNS or m.group(1).endswith(("man", "woman", "person"))
               for m in _UNNAMED.finditer(text, 0, start))


_BOTH = re.compile(r"\s*(?:\(\d{1,3}\)|,\s*\d{1,3})?,?\s+(?:and|or)\s+(?:[a-z][\w-]*\s+){0,3}")
"""Two people joined as one subject: "Protest organiser Enkhjin Dorj and student leader Temuulen Ganbold", "Kumari
Wijesinghe (48), and her sister-in-law Dilani Perera"."""


def _joined(text: str, first: Mention, second: Mention) -> bool:
    """Two different people named as one subject: a pronoun after them may be either."""
    return first.text != second.text and _BOTH.fullmatch(text, first.end, second.start) is not None


def _subject_of_last_sentence(text: str, named: list[Mention]) -> str | None:
    """Of the people named before a "he said", the first of the last sentence naming any, unless it is a
    possessive ("Villalobos has drawn comparisons with … Bukele, whose crackdown he has praised. …, he said":
    Villalobos, the sentence's subject, not Bukele, its last name); no one when that sentence's subject is two
    people ("X and Y addressed the crowd. “…,” he said": either may be "he")."""
    ends = [m.end() for m in date_rules.SENTENCE_END.finditer(text, 0, named[-1].start)]
    sentence_start = ends[-1] if ends else 0
    same = [m for m in named if m.start >= sentence_start and not text.startswith(("'s", "’s"), m.end)]
    if len(same) > 1 and _joined(text, same[0], same[1]):
        return None
    return (same[0] if same else named[-1]).text


_ROLE_SPEAKER = re.compile(r"(?:the|The)\s+((?:[A-ZÀ-Þ][\w.-]*\s+)*)([a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)")
"""A speaker named by a role alone: "the Kremlin spokesman", "the foreign minister" (its qualifiers, then the role)."""


def resolve_role(speaker: str, start: int, text: str, previous: Before | str | None) -> str | None:
    """The one person named before with the role a speaker is called by ("Kremlin Spokesman Dmitry Peskov told
    reporters. “…,” the Kremlin spokesman said" is Peskov): the nearest paragraph naming any such person decides, and
    two people holding it there leave the speaker as written."""
    found = _ROLE_SPEAKER.fullmatch(speaker)
    if found is None or not any(w in ROLE_NOUNS or w.capitalize() in ROLE_HEADS for w in found.group(2).split()):
        return None
    role, qualifiers = found.group(2).split()[-1], found.group(1).split()  # the head only: "Foreign" of a title may
    # be trimmed where it opens a sentence, so two ministers are two holders of "the foreign minister"
    texts: list[tuple[str, int]] = [(text, start)]
    node = previous
    while isinstance(node, Before):
        texts.append((node.text, len(node.text)))
        node = node.before
    for paragraph, end in texts:
        holders = {m.name for m in mentions(paragraph) if m.kind == "person" and m.end <= end and m.role
                   and m.role.lower().split()[-1] == role and all(q in m.role for q in qualifiers)}
        if holders:
            counterparts = any(m.role and m.role.lower().split()[-1] == "counterpart" for m in mentions(paragraph))
            return next(iter(holders)) if len(holders) == 1 and not counterparts else None  # ("his Russian
            # counterpart Sergei Lavrov" holds the role too)
    return None
