"""Whose role a possessive speaker names: "Its chair said" after a sentence about a union is the union's chair
("The union said it would fight the closure. Its chair said …"); read by ``quotes.find_quotes``."""

from __future__ import annotations

import re
from typing import Sequence

from .entity_lexicon import GROUP_NOUNS, ROLE_HEADS, ROLE_NOUNS
from . import date_rules
from .quote_pronouns import is_person, mentions, people
from .quote_speakers import agent

_OWNED_ROLE = re.compile(r"(?P<owner>Its|Their|its|their)\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
"""A role owned by a pronoun: "Its chair", "their lawyer", "Its chief executive"."""
_ASIDE = re.compile(r"\s+[-–—]\s+[^-–—]{1,160}?\s+[-–—](?=\s)|,\s+[^,]{1,80},(?=\s)|\s+\([^()]{1,80}\)")
"""An aside between dashes, commas or brackets, left out when reading a sentence's subject."""
_OPENING = re.compile(r"(?:(?:On|In|At|Earlier|Later|Meanwhile|Separately|Last)\b[^,]{0,30},\s+)?")
_SUBJECT = re.compile(r"(?P<np>(?:[Tt]he\s+)?(?:[\w’'&.-]+\s+|[A-ZÀ-Þ][\w’'&.-]*,\s+(?=[A-ZÀ-Þ])){0,6}?[\w’'&.-]+)\s+(?:(?:also|later|then|has|had|have|was"
                      r"|is|were|are|will|would|could|may)\s+)?(?:said|says|told|announced|confirmed|warned|represents"
                      r"|employs|runs|owns|called|[a-z]{3,}ed)\b")
"""A sentence's subject and its verb: "The paper workers' union PAM said", "The union represents", "The Ministry of
Environment, Forestry and Tourism said"."""


def owner_of_role(speaker: str, before: str, texts: Sequence[str] = ()) -> str | None:
    """The owner's role for a possessive speaker ("Its chair" after "The union said …" is "the union's chair"), the
    owner being the subject of the sentence ``before`` (the one right before the speaker's): a body for "its", a body
    or a group for "their"; else None (no owner plain enough). The one person ``texts`` (the speaker's paragraph up
    to the quotation, then those above, nearest first) name in that role beside the owner's name is the speaker:
    "PAM chair Jari Hiltunen" named before."""
    found = _OWNED_ROLE.fullmatch(speaker)
    if not found or not any(w in ROLE_NOUNS or w.capitalize() in ROLE_HEADS or agent(w) for w in found.group("role").split()):
        return None
    sentence = _ASIDE.sub("", before.strip())
    opening = _OPENING.match(sentence)
    subject = _SUBJECT.match(sentence, opening.end() if opening else 0)
    if subject is None:
        return None
    owner = subject.group("np")
    if owner.split()[0] in ("The", "the") and len(owner.split()) > 1 and owner.split()[-1][:1].isupper():
        owner = _named_end(owner)  # "The paper workers' union PAM": PAM
    head = owner.split()[-1]
    plural = head.lower() in GROUP_NOUNS or (head.endswith("s") and not head.endswith("ss") and head.islower())
    if is_person(owner, before) and not _body_named(owner, texts) or (found.group("owner").lower() == "its") == plural:
        return None  # "Its" for a body, "Their" for a group: a person or a mismatch owns nothing here
    if any(word in ROLE_NOUNS for word in owner.lower().split()):
        return None
    if holder := _holder(owner, found.group("role"), texts):
        return holder
    mark = "’" if "’" in before else "'"
    owner = owner[0].lower() + owner[1:] if owner.split()[0] == "The" else owner
    return f"{owner}{mark}{'' if owner.endswith('s') else 's'} {found.group('role')}"


def _body_named(owner: str, texts: Sequence[str]) -> bool:
    """A name of the shape of a person's that the text above names as a body, in full or as the start of its name:
    "Khomas Zinc said …" after "Khomas Zinc Corporation"."""
    return any(m.kind == "org" and (m.text == owner or m.text.startswith(owner + " "))
               for text in texts for m in mentions(text))


def _named_end(phrase: str) -> str:
    """The capitalised name a noun phrase ends with: "The paper workers' union PAM" is PAM."""
    words = phrase.split()
    k = len(words)
    while k > 1 and words[k - 1][:1].isupper():
        k -= 1
    return " ".join(words[k:]) if k > 1 and words[k - 1] not in _SMALL else phrase  # (not "The Ministry of Defence")


_SMALL = frozenset("of for and on the de du".split())


def _holder(owner: str, role: str, texts: Sequence[str]) -> str | None:
    """The one person the nearest of ``texts`` naming any names with the role's head in a sentence holding the owner's
    last word ("PAM chair Jari Hiltunen said" for PAM's chair); None for none or two."""
    key = owner.split()[-1].lower()
    for text in texts:
        holders = {m.name for m in people(text, frozenset())
                   if m.role and m.role.lower().split()[-1] == role.split()[-1] and key in _sentence(text, m.start)}
        if holders:
            return next(iter(holders)) if len(holders) == 1 else None
    return None


def _sentence(text: str, at: int) -> str:
    """The sentence of ``text`` holding offset ``at``, in lower case."""
    ends = [m.end() for m in date_rules.SENTENCE_END.finditer(text, 0, at)]
    after = date_rules.SENTENCE_END.search(text, at)
    return text[ends[-1] if ends else 0:after.end() if after else len(text)].lower()
