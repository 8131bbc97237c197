"""Names that stand for a body by the bodies the briefing names around them: a place's name that speaks or acts as
the body named after it ("Alaska said it had canceled 110 flights" where "Alaska Airlines" is named), and a name by
its shape alone that is coordinated with a body ("Morgan Stanley and Wells Fargo had expected"); initials and a
given name that stand for a person."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from .entity_keys import Clusters, Found, is_single, cluster_key, surname_keys, name_key
from .entity_gazetteer import gazetteer
from .entity_lexicon import CLUB_LEADS, ORG_LEADS, fold

_SAYS_IT_RE = re.compile(r"\s+(?:(?:also|on\s+\w+|earlier|later)\s+)?(?:said|says|told\s+\w+|announced|confirmed"
                         r"|added)(?:\s+(?:on|last|this)\s+\w+)?(?:\s+that)?\s+(?:it|its)\b"
                         r"|\s+(?:has|had|have|will|would|also|then)?\s*(?:canceled|cancelled|grounded|suspended"
                         r"|halted|resumed|cut|reported|posted|filed|closed|reopened)\s+(?:its|all|\d)")
"""What a body does after its short name: says "it" will act ("Alaska said it had canceled 110 flights") or acts on
its own fleet, flights or figures ("Alaska has grounded its 65 jets", "Alaska canceled 110 flights")."""


def places_standing_for_bodies(found: list[Found]) -> list[Found]:
    """A known place other than a country, written alone as a body's sayer or doer (_SAYS_IT_RE), is the one body of
    the briefing whose name opens with it: "Alaska said it had canceled 110 flights" is Alaska Airlines where a
    source names "Alaska Airlines" (a country speaks as its government: "Qatar said it would" stays Qatar; with two
    such bodies, or none, the place stays a place)."""
    countries = gazetteer().countries
    bodies: dict[str, set[str]] = defaultdict(set)
    for f in found:
        m = f.mention
        words = m.name.split()
        if m.kind == "org" and m.strong and len(words) >= 2:
            bodies[name_key(words[0])].add(m.name)
    out = []
    for f in found:
        m = f.mention
        named = bodies.get(name_key(m.name), set())
        if (m.kind == "place" and m.evidence == "gazetteer" and " " not in m.name and m.name not in countries
                and len(named) == 1 and _acts_as_body(f)):
            f = replace(f, mention=replace(m, kind="org", name=next(iter(named)), evidence="cue"))
        out.append(f)
    return out


def places_standing_for_teams(found: list[Found]) -> list[Found]:
    """A known town other than a country, written alone and not after a preposition of place, is the one team (or
    body whose lead word comes first: "Real", "Banco") of the briefing whose name ends with it: "Los Blancos will meet
    Dortmund at Wembley", "Edin Terzic's Dortmund" where "Borussia Dortmund" plays (with two such teams it stays a
    town; "fans in Dortmund" is then one entity with the team, as a name's key is one entity's)."""
    countries = gazetteer().countries
    teams: dict[str, set[str]] = defaultdict(set)
    for f in found:
        m = f.mention
        words = m.name.split()
        if m.kind == "org" and len(words) >= 2 and (m.evidence == "club" or fold(words[0]) in CLUB_LEADS | ORG_LEADS):
            teams[name_key(words[-1])].add(m.name)  # ("Real Madrid", "Sporting Lisbon", "Banco Santander")
    if not teams:
        return found
    out = []
    for f in found:
        m = f.mention
        named = teams.get(name_key(m.name), set())
        if (m.kind == "place" and m.evidence == "gazetteer" and " " not in m.name and m.name not in countries
                and len(named) == 1 and not _after_place_word(f)):
            f = replace(f, mention=replace(m, kind="org", name=next(iter(named)), evidence="club"))
        out.append(f)
    return out


def people_by_initials(found: list[Found]) -> list[Found]:
    """An undefined acronym of three letters or more that spells the initials of exactly one person named in full
    in its source (the parts of a double-barrelled surname count) is that person: "SBF is expected to serve his
    sentence" where "Sam Bankman-Fried" is named ("JFK", "AOC"), unless a body of the briefing spells it too."""
    spelled: dict[tuple[str, str], set[str]] = defaultdict(set)
    bodies: set[str] = set()
    for f in found:
        m = f.mention
        letters = _initials(m.name)
        if m.kind == "person" and " " in m.name and len(letters) >= 3:
            spelled[(f.source, letters)].add(m.name)
        elif m.kind == "org" and " " in m.name:
            bodies.add(letters)
    out = []
    for f in found:
        m = f.mention
        named = spelled.get((f.source, m.name.upper()), set())
        if (m.kind == "org" and m.evidence == "acronym" and m.alias is None and m.name.isalpha() and m.name.isupper()
                and len(named) == 1 and m.name.upper() not in bodies):
            f = replace(f, mention=replace(m, kind="person", name=next(iter(named))))
        out.append(f)
    return out


def _initials(name: str) -> str:
    """The capital initials of a name's words and of its hyphenated parts: "Sam Bankman-Fried" is SBF."""
    return "".join(part[0] for part in re.split(r"[\s-]+", name) if part[:1].isupper())


_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|near|of|across|outside|around|into|via|for)\s+(?:the\s+)?$",
                           re.IGNORECASE)
"""A preposition that makes the name after it somewhere: "in Mary", "flights to Mary"."""


def given_names_of_people(found: list[Found]) -> list[Found]:
    """A known place's one word (not a country's), after no preposition, that the briefing also writes as a titled
    person's one name is that person's given name: "Mary has always been proud" where "Queen Mary" is written (Mary is
    a city in Turkmenistan; "flights to Mary" stays a place)."""
    titled = {name_key(f.mention.name) for f in found if f.mention.kind == "person"
              and f.mention.evidence in ("role", "honorific") and is_single(f.mention)}
    countries = gazetteer().countries
    out = []
    for f in found:
        m = f.mention
        if (m.kind == "place" and m.evidence == "gazetteer" and " " not in m.name and m.name not in countries
                and name_key(m.name) in titled and not _after_place_word(f)):
            f = replace(f, mention=replace(m, kind="person", evidence="cue"))
        out.append(f)
    return out


def _after_place_word(f: Found) -> bool:
    """The mention follows a preposition of place in its sentence (_PLACE_BEFORE)."""
    at = f.sentence.find(f.mention.text)
    return at < 0 or _PLACE_BEFORE.search(f.sentence, max(0, at - 12), at) is not None


def _acts_as_body(f: Found) -> bool:
    """The mention says or does what a body does (_SAYS_IT_RE), as the subject of its sentence."""
    at = f.sentence.find(f.mention.text)
    return at >= 0 and _SAYS_IT_RE.match(f.sentence, at + len(f.mention.text)) is not None


_AND_RE = r",?\s+(?:and|&)\s+"
"""What joins two coordinated names: "Morgan Stanley and Wells Fargo"."""


def bodies_beside_bodies(found: list[Found], clusters: Clusters, kinds: dict[str, str]) -> None:
    """A name of several words that only its shape (or a "by" before it) makes a person's, everywhere the briefing
    writes it, joined by "and" to a body ("Morgan Stanley and Wells Fargo had expected the BoE to wait", where
    "analysts at Morgan Stanley" is written; "advised by Goldman Sachs and Centerview Partners") is a body too, when no part of it names a person alone anywhere ("Fargo
    said" would make it a person's surname): people are seldom coordinated with companies, and a person named
    so is cued elsewhere ("chief executive Tim Cook")."""
    cued_people = {clusters.find(cluster_key(f.mention)) for f in found if f.mention.kind == "person" and f.mention.strong
                   and not is_single(f.mention) and not by_only(f)}
    lone = {name_key(f.mention.name) for f in found if is_single(f.mention) or f.mention.evidence == "bare"}
    by_sentence: dict[tuple, list[Found]] = {}
    for f in found:
        by_sentence.setdefault((f.source, f.paragraph, f.sentence), []).append(f)
    for f in found:
        m = f.mention
        if m.kind != "person" or m.evidence != "shape" and not by_only(f) or " " not in m.name:
            continue
        root = clusters.find(cluster_key(m))
        if root in cued_people or kinds.get(root) != "person" or set(surname_keys(m.name)) & lone:
            continue
        if any(kinds.get(clusters.find(cluster_key(o.mention))) == "org"
               for o in _coordinated(by_sentence[(f.source, f.paragraph, f.sentence)], f)):
            kinds[root] = "org"


_BY_BEFORE = re.compile(r"\bby\s+$")


def by_only(f: Found) -> bool:
    """A person only by the "by" before the name, which agents of bodies follow too ("advised by Goldman Sachs")."""
    at = f.sentence.find(f.mention.text)
    return (f.mention.evidence == "cue" and f.mention.role is None and at >= 0
            and _BY_BEFORE.search(f.sentence, max(0, at - 4), at) is not None)


def _coordinated(beside: list[Found], f: Found) -> list[Found]:
    """The mentions of ``f``'s sentence (``beside``: those found in it) joined to it by "and" (either side)."""
    m, out = f.mention, []
    for o in beside:
        if o is f:
            continue
        a, b = sorted((o.mention, m), key=lambda x: x.start)
        between = _between(f.sentence, a.text, b.text)
        if between is not None and re.fullmatch(_AND_RE, between):
            out.append(o)
    return out


def _between(sentence: str, first: str, second: str) -> str | None:
    """The words between ``first`` and the next ``second`` after it in ``sentence``."""
    at = sentence.find(first)
    if at < 0:
        return None
    end = sentence.find(second, at + len(first))
    return sentence[at + len(first):end] if end >= 0 else None
