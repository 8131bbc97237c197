"""Who speaks, in the words around a quotation: staff named with their body ("Analysts at ING"), a name's owner
before it ("Kosovo’s Donika Gervalla") and a role owned so between commas (", Bosnia’s foreign minister,")."""

from __future__ import annotations

import re

from .entity_gazetteer import gazetteer
from .entity_rules import find_mentions

OWNED_ROLE = re.compile(r"(?:[A-ZÀ-Þ][\w-]*\s+){0,2}[A-ZÀ-Þ][\w-]*[’']s(?:\s+[a-z][\w-]*)+")
"""An appositive naming a role by its owner, between commas after a name: ", Bosnia’s foreign minister,", ", South
Korea’s main ally,"."""
OWNER_THEN_NAME = re.compile(r"[A-ZÀ-Þ][\w-]*[’']s\s+((?:[A-ZÀ-Þ][\w’'.-]*\s+)+[A-ZÀ-Þ][\w’'-]*)")
"""A name after its country's possessive: "Kosovo’s Donika Gervalla" is Donika Gervalla."""

NAME_WORDS = r"(?:(?:[A-ZÀ-Þ][\w’'.-]*|(?:al|el|bin|ibn|de|del|da|van|von)(?:-[A-ZÀ-Þ][\w’'-]*)?)\s+){1,4}" \
             r"(?:[A-ZÀ-Þ]|(?:al|el)-[A-ZÀ-Þ])[\w’'-]*"
"""A person's name of two to five words, Arabic and European particles inside: "Abu Hussein al-Hamidawi"."""
NAMED_APPOSITIVE = re.compile(rf"(?:the|a|an|its|their)\s+[a-z][\w\s’'-]{{0,40}}?,\s+({NAME_WORDS})\s*,?\s*$")
"""A role, then the name of who holds it between commas, after a quotation: "the minister, Ayman Safadi,"."""
NAME_ENDS_CLAUSE = re.compile(r"\b(?:by|from|with|to|supplier|company|firm|group|maker|lender|insurer|rival|partner)"
                              r"\s+((?:[A-ZÀ-Þ][\w’'.&-]*\s+){0,3}[A-ZÀ-Þ][\w’'&-]*)$"
                              r"|(?:\bby|^according to)\s+(the\s+[a-z]+(?:\s+[a-z]+)?)$")
"""A name ending a clause after a preposition or a body's noun, which a "who" or "which" after it speaks for: "was
installed by supplier Spirit AeroSystems, which said", "was approved by the board, which said", ", according to the
fire service, which said"."""

_STAFF = frozenset("analysts economists strategists researchers traders experts scientists doctors officials".split())
"""Staff whose body, named after "at", is part of who speaks: "Analysts at ING said" (not "Analysts")."""


def staff_at(words: list[str], k: int) -> bool:
    """Word k is the "at" of "Analysts at ING": staff of a named body."""
    return (words[k] == "at" and words[k - 1].lower() in _STAFF and k + 1 < len(words)
            and words[k + 1][:1].isupper())


_THING_SUBJECT = re.compile(r"(?:The|A|An|This|That|Its)\s+[^A-ZÀ-Þ]*")
"""A subject that is a thing, not a speaker: "The 90-day suspension"."""
_NAMED_CLAUSE = re.compile(r"\b(?:after|when|as|because|since|while|before)\s+((?:[A-ZÀ-Þ][\w’'-]+\s+)*[A-ZÀ-Þ][\w’'-]+)"
                           r"\s+(?:had\s+)?[a-z]+ed\b")
"""A clause whose subject is named, after a conjunction: "after Rubiales refused"."""


def clause_subject(subject: str, head: str) -> str:
    """Who says a thing "saying …" when the sentence's subject is a thing: the named subject of the clause between
    them ("The 90-day suspension came a day after Rubiales refused to resign …, saying the kiss was “…”" is
    Rubiales's saying); else ``subject``."""
    if not _THING_SUBJECT.fullmatch(subject):
        return subject
    named = list(_NAMED_CLAUSE.finditer(head))
    return named[-1].group(1) if named else subject


_INNER_CLAUSE = re.compile(r"^.*?\b(?:(?:in|during|at|under|with)\s+which|what)\s+(\S.*)$"
                           r"|^(?:a|an)\s+[a-z]+\s+((?:the\s+)?[A-ZÀ-Þ].*)$"
                           r"|^.*\s(?:that|which|whom)\s+((?:[A-ZÀ-Þ][\w’'-]*\s+){0,3}[A-ZÀ-Þ][\w’'-]*)$")
"""A clause inside the subject's segment whose own subject says the words: "gave a speech in which [he]", "condemning
what [he]", "a move [the Kurdistan Democratic Party (KDP)]" (a noun, then who called it so), "strikes on Erbil that
[Iran's Revolutionary Guards]" (a relative clause whose subject is named)."""


_CLAUSE_SUBJECT = (r"((?:the|a|an|his|her|their|its)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*|[a-z][\w-]{2,}s"
                   r"|(?:[A-ZÀ-Þ][\w’'.-]*\s+){0,4}[A-ZÀ-Þ][\w’'-]*(?:[’']s(?:\s+[a-z][\w-]*){1,3})?)")
_EMBEDDED_CLAUSE = re.compile(r"^(?:\S.*?\s)?(?:(?:show|shows|showed|shown|reveal|reveals|revealed|suggest|suggests"
                              r"|suggested|indicate|indicates|indicated|said|says|reported|reports|recalled|recalls"
                              r"|explained|noted|wrote)\s+(?:that\s+)?"
                              r"|(?:is|was|are|were|comes|came|come)\s.*?\b(?:after|before|when|as)\s+)"
                              + _CLAUSE_SUBJECT + r"(?:\s+(?:had|has|have|would|will|once|later|then))?$")
"""A clause whose subject says the words, after a finite verb that reports or follows in time: "The transcripts
show [the controller] told …", "Dorj recalled that [her grandmother] had told her", "Police said [the driver] told officers", "The visit comes a day after [Turkey's
defence minister] said …" (not the subject of the sentence: the transcripts, the visit, the police)."""


def inner_subject(segment: str) -> str:
    """The subject of the clause that ends a segment right before a verb of saying, when the segment's own subject
    is not it: "… and gave a speech in which he said" is his saying, "a move the KDP called “illegal”" the KDP's,
    "The transcripts show the controller told" the controller's; else ``segment``."""
    found = _INNER_CLAUSE.match(segment)
    if found:
        return found.group(1) or found.group(2) or found.group(3)
    embedded = _EMBEDDED_CLAUSE.match(segment)
    return embedded.group(1) if embedded else segment


_IN_PLACE = re.compile(r"\b(?:in|of|from|at|near)\s+[A-ZÀ-Þ][\w’'-]*$")


def place_of_place(segments: list[str], k: int) -> bool:
    """Segment k is the region or country of a town the segment before it ends with, between commas: "a lawyer at
    Beasley Allen in Montgomery, Alabama, who represents …" (Alabama is where, not who)."""
    return k > 0 and segments[k] in gazetteer().places and _IN_PLACE.search(segments[k - 1]) is not None


_TITLE_WITH_AND = re.compile(r"(?:[A-ZÀ-Þ][\w-]*\s+)+of\s+(?:the\s+)?(?:[A-ZÀ-Þ][\w-]*\s+)+and\s+"
                             r"(?:[A-ZÀ-Þ][\w’'.-]*\s+)+[A-ZÀ-Þ][\w’'-]*$")
"""A title of two domains joined by "and", then a name, right before the verb: "Minister of Infrastructure and Water
Management Barry Madlener"."""


def name_after_title_with_and(text: str, left: int, right: int) -> str | None:
    """The person a title holding "and" names ("Minister of Infrastructure and Water Management Barry Madlener
    called" is Barry Madlener's, not "Water Management Barry Madlener"), when the names in the sentence read it as
    one role and one person; else None (``left``, ``right``: the clause before the verb)."""
    found = _TITLE_WITH_AND.search(text[left:right].rstrip())
    if found is None:
        return None
    start, end = left + found.start(), left + found.end()
    people = [m for m in find_mentions(text[start:right + 200], include_weak=True)
              if m.kind == "person" and m.end == end - start]
    return people[-1].name if people and people[-1].role and " and " in people[-1].role else None
