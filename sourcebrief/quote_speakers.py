"""Who speaks, in the words around a quotation: staff named with their body ("Analysts at ING"), a name's owner
before it ("Kosovo’s Donika Gervalla"), a role owned so between commas (", Bosnia’s foreign minister,"), two subjects
joined by "and", a name holding "and", and labels that are no part of a speaker ("ALSO READ |", "NBC:")."""

from __future__ import annotations

import re

from .chrome_stamps import TIME_ONLY
from .entity_gazetteer import gazetteer
from .entity_lexicon import GROUP_NOUNS, ORG_NOUNS, ROLE_HEADS, ROLE_NOUNS
from .entity_rules import find_mentions

OWNED_ROLE = re.compile(r"(?:[A-ZÀ-Þ][\w-]*\s+){0,2}[A-ZÀ-Þ][\w-]*[’']s(?:\s+[a-z][\w-]*)+")
"""An appositive naming a role by its owner, between commas after a name: ", Bosnia’s foreign minister,", ", South
Korea’s main ally,"."""
OWNER_THEN_NAME = re.compile(r"(?:[Tt]he\s+)?[A-ZÀ-Þ][\w-]*(?:[’']s|s[’'])\s+((?:[A-ZÀ-Þ][\w’'.-]*\s+)+[A-ZÀ-Þ][\w’'-]*)")
"""A name after its country's or its party's possessive: "Kosovo’s Donika Gervalla" is Donika Gervalla, "the Greens'
Tessa Milburn" Tessa Milburn."""

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


_TITLE_WITH_AND = re.compile(r"(?:[A-ZÀ-Þ][\w-]*\s+)+of\s+(?:the\s+)?(?:[A-ZÀ-Þ][\w-]*,?\s+)+and\s+"
                             r"(?:[A-ZÀ-Þ][\w’'.-]*\s+)+[A-ZÀ-Þ][\w’'-]*$")
"""A title of two domains or more joined by "and", then a name, right before the verb: "Minister of Infrastructure and
Water Management Barry Madlener", "Minister of the Environment, Climate and Energy Bojan Kumer"."""


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
    if not people:
        return None
    if people[-1].role and " and " in people[-1].role:
        return people[-1].name
    title = text[start:start + people[-1].start]  # "Minister of the Environment, Climate and Energy ": a portfolio
    # after its "and", a title's head before (the finder reads no role where commas list the portfolios)
    return people[-1].name if title.split()[0] in ROLE_HEADS and re.search(r"\band\s+\S", title) else None


_BODIES = frozenset("body bodies".split())
"""Nouns of a body ending its description after a noun of its kind ("industry body", "peak body")."""
_PLAIN_WORDS = frozenset("of for the on and de del du la le van von al da dos".split())
"""Small words inside a body's or a person's name: "Department of Health", "Ministry of Defence"."""
_NOT_AGENT = frozenset("after under over other never ever her their our your for or nor per whether either neither "
                       "later earlier together rather further water power order number member".split())
_AGENT = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|man|woman|person|men|women|ers|ors|ists|ians)$")
"""A lower-case word naming what someone is ("organiser", "leader", "activist", "spokesman"), not a verb: "Protest
organiser Enkhjin Dorj" (whereas "Macron met Scholz" holds a verb)."""


def agent(word: str) -> bool:
    """A lower-case word naming what someone is by what they do: "organiser", "coordinator", "activist"."""
    return _AGENT.match(word) is not None and word not in _NOT_AGENT


_OPENERS = frozenset("on in at after before during since by from with for when while as also then later earlier "
                     "meanwhile however separately".split())


def named_subject(segment: str) -> bool:
    """A noun phrase that names who speaks, with no verb in it: a name ("Smith", "the Department of Health"), a role
    before a name ("student leader Temuulen Ganbold"), a body's possession ("Ukraine's army") or a group ("police")."""
    words = segment.split()
    if not words or words[0].lower() in _OPENERS:
        return False
    owned = 0
    for k, word in enumerate(words):
        bare = word.strip("’'")
        if word.endswith(("’s", "'s")) and word[:1].isupper():
            owned = 3  # lower-case words may follow a possession: "Ukraine's army", "the union's chair"
            continue
        if word[:1].isupper() or (k == 0 and word == "the") or (k and word in _PLAIN_WORDS):
            owned = 0
            continue
        if owned > 0 or bare in ROLE_NOUNS or bare in ORG_NOUNS or bare in GROUP_NOUNS or bare + "s" in GROUP_NOUNS or (
                agent(bare)):
            owned -= 1
            continue
        if k and (k + 2 == len(words) and words[k - 1][:1].isupper() and words[-1] in ORG_NOUNS | _BODIES
                  or k + 1 == len(words) and bare in _BODIES):
            continue  # a body's kind and noun after its name: "the Salmon Tasmania industry body"
        return False
    return not words[-1] in _PLAIN_WORDS


_NAME_OF = re.compile(r"\b(?:of|for)\s+(?:the\s+)?(?:[A-ZÀ-Þ][\w’'-]*,?\s+){0,3}[A-ZÀ-Þ][\w’'-]*$")
_NAME_GOES_ON = re.compile(r"\s*(?:[A-ZÀ-Þ][\w’'-]*,?\s+){0,3}?(?:and\s+)?[A-ZÀ-Þ]")


def inside_name(text: str, cut: re.Match[str]) -> bool:
    """A comma or an "and" between the capitalised words of one name after its "of": "the Department of Health and
    Human Services", "the Ministry of Environment, Forestry and Tourism", "the Union of Miners and Energy Workers"
    (not a cut between two subjects)."""
    before, after = text[:cut.start()], text[cut.end():]
    if not _NAME_OF.search(before):
        return False
    if cut.group().strip() == "and":
        return after[:1].isupper()
    return re.match(r"\s*(?:[A-ZÀ-Þ][\w’'-]*,?\s+){0,3}and\s+[A-ZÀ-Þ]", after) is not None


_LINK_LABEL = re.compile(r"^(?:(?:ALSO READ|READ MORE|READ ALSO|RELATED|MUST READ|SEE ALSO)\b|(?i:also read|read more"
                         r"|read also|related|must read|see also)\s*(?=[:|–—-]))\s*[:|–—-]?\s*")
"""A related link's label that a page's copy left before the linked headline ("ALSO READ | Modi says: “…”"), in
capitals or before its mark: no part of a speaker's name."""


_ASKER_LABEL = re.compile(r"^(?:[A-ZÀ-Þ][\w.&’'-]*\s+){0,2}[A-ZÀ-Þ][\w.&’'-]*:\s+")
"""An interview's label for who asks or answers ("NBC: Khomas Zinc has called it an “incident”"): not the speaker's
name."""


_CLOCK_LABEL = re.compile(rf"^{TIME_ONLY.pattern.strip('^$')}(?:\s*[:|–—-]\s*|\s*$)", re.I)
"""A live blog entry's time before its headline ("4:30pm: Premier says …"), or alone before a colon ("11:20am: “It's
just heartbreaking”"): no one's name."""


def without_label(speaker: str | None) -> str | None:
    """The speaker without a link's label before it ("ALSO READ | Modi" is Modi; "ALSO READ" alone is no one), an
    interview's ("NBC: Khomas Zinc" is Khomas Zinc) or a live blog entry's time ("4:30pm: Premier" is the Premier;
    "11:20am" alone is no one)."""
    if not speaker:
        return speaker
    return _ASKER_LABEL.sub("", _CLOCK_LABEL.sub("", _LINK_LABEL.sub("", speaker))).strip() or None
