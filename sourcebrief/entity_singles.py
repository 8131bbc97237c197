"""Link each one-word reference ("Boix", "Goldman", "Apple") to the person, body or place the briefing names in
full, or leave it unlinked when more than one may be meant."""

from __future__ import annotations

import re
from collections import defaultdict

from .entity_gazetteer import gazetteer
from .entity_keys import Clusters, Found, is_single, cluster_key, surname_keys, name_key
from .entity_leads import leads_of, place_adjective, region_adjective
from .entity_lexicon import CLUB_MARKS, COMPANY_SUFFIXES, ORG_HEADS, fold
from .entity_forms import club_lead
from .entity_merges import org_names
from .entity_passes import PLACED_BEFORE, PLACED_PAIR_BEFORE
from .entity_rules import UTILITY_TAILS


def link_singles(found: list[Found], clusters: Clusters, kinds: dict[str, str], brands: set[str]) -> dict[int, str]:
    """Root for each one-word person reference, by surname within its source first,
    then across the briefing; ambiguous references stay unlinked."""
    people_in: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    corpus: dict[str, set[str]] = defaultdict(set)
    first_surnames: dict[str, set[str]] = defaultdict(set)
    middles: dict[str, set[str]] = defaultdict(set)
    for f in found:
        m = f.mention
        if m.kind == "person" and not is_single(m) and m.evidence != "bare":
            root = clusters.find(cluster_key(m))
            if kinds.get(root) == "person":
                for part in {*surname_keys(m.name), re.sub(r"^(al|el) ", "", name_key(m.name).split(" ", 1)[-1])}:
                    people_in[f.source][part].add(root)
                    corpus[part].add(root)
                if (first := _first_surname(m.name)) is not None:
                    first_surnames[first].add(root)
                for word in _middle_names(m.name):
                    middles[word].add(root)
    tails = _org_tails(found, clusters, kinds)
    leads = leads_of(sorted(k for k in org_names(found) if kinds.get(clusters.find(k)) == "org"), clusters.find,
                     set(corpus))
    links: dict[int, str] = {}
    for i, f in enumerate(found):
        m = f.mention
        if not (is_single(m) or m.evidence == "bare"):
            continue
        key = re.sub(r"^(al|el) ", "", name_key(m.name))
        if m.evidence == "bare" and key in brands:
            continue  # "driving a Porsche": a thing, though it ends "Pune Porsche"
        if (m.evidence == "bare" and m.text in gazetteer().demonyms
                or m.evidence in ("bare", "speech") and (region_adjective(f.sentence, m.text)
                                                         or place_adjective(m.text))):
            continue  # "striking Argentine pilots": a people's adjective, not the "Argentine Airline Pilots Association"
        if m.evidence == "bare" and f.sentence.startswith(m.text) and not (
                m.text.split()[0] in ("Al", "El") and len(people_in[f.source].get(key, ())) == 1):  # "Al Busaidi, for
            # his part, said": the Badr bin Hamad Al Busaidi its source names
            if key in clusters.parent:  # a word opening a sentence ("Will", "Grace", "Apple") only by a body's or
                links[i] = clusters.find(key)  # a place's whole name, or by a body's short form ("Apple Inc.")
            elif len(tails.get(key, ())) == 1:
                links[i] = next(iter(tails[key]))
            elif len(people_in[f.source].get(key, ())) == 1 and _SURNAME_OPENS.match(f.sentence, len(m.text)):
                links[i] = next(iter(people_in[f.source][key]))  # "Erdoğan, who named Erkan in June, …": the one
                # person of that surname its source names, described or owning
            continue
        placed = m.evidence == "bare" and _placed(f)  # "two dockers from Torrent": a town, though the union's
        # spokesman is Vicente Torrent
        local = set() if placed else people_in[f.source].get(key, set())
        roots = local or (set() if placed else corpus.get(key, set()))
        if len(roots) == 1:
            links[i] = next(iter(roots))
        elif not roots and not placed and len(first_surnames.get(key, ())) == 1:
            links[i] = next(iter(first_surnames[key]))  # "Boix" is Vicente Boix Llorca
        elif not roots and not placed and not first_surnames.get(key) and len(middles.get(key, ())) == 1 and (
                key not in clusters.parent):
            links[i] = next(iter(middles[key]))  # "Lula" is Luiz Inácio Lula da Silva
        elif not roots and key in clusters.parent:
            links[i] = clusters.find(key)
        elif not roots and not placed and len(tails.get(key, ())) == 1:  # ("gather in Breda": the town, not NAC
            links[i] = next(iter(tails[key]))  # Breda)
        elif not roots and not placed and len(leads.get(key, ())) == 1:
            links[i] = next(iter(leads[key]))  # "Goldman" for "Goldman Sachs" (not at a sentence's start: "First")
        elif not roots and (m.evidence in ("honorific", "cue", "role") or speaks_as_person(f)):
            links[i] = clusters.find(key)
            kinds.setdefault(links[i], m.kind)
    return links


def _placed(f: Found) -> bool:
    """The lone word follows a place's preposition (entity_passes.PLACED_BEFORE): no surname of a person named in
    full."""
    at = f.sentence.find(f.mention.text)
    return at > 0 and (PLACED_BEFORE.search(f.sentence, max(0, at - 30), at) is not None
                       or PLACED_PAIR_BEFORE.search(f.sentence, max(0, at - 50), at) is not None)


_SURNAME_OPENS = re.compile(r"(?:,\s+(?:who|whose|\d{1,3},|an?\s|the\s)|['’]s\s)")
"""What follows a surname opening a sentence when it is the person's: an appositive or a relative clause ("Erdoğan,
who named Erkan", "Karahan, 42,", "Prates, a former senator") or a possessive ("Erkan's father")."""


_FIRST_SURNAME = re.compile(r"[A-ZÀ-Þ][\w’'-]+ [A-ZÀ-Þ][a-zà-ÿ’'-]+ [A-ZÀ-Þ][a-zà-ÿ’'-]+")
"""A name of three words or more whose last two are surnames, as Spanish and Portuguese names are written: the first
surname is the one a story uses alone ("Vicente Boix Llorca" is then "Boix")."""


def _middle_names(name: str) -> list[str]:
    """The keys of the capitalised inner words of a name of four words or more, one of which may be the name it is
    known by ("Lula" of "Luiz Inácio Lula da Silva"); not particles, nor initials."""
    words = name.split()
    if len(words) < 4:
        return []
    return [name_key(w) for w in words[1:-1] if w[:1].isupper() and len(w) > 2 and "." not in w]


def _first_surname(name: str) -> str | None:
    """The key of the second-to-last word of a name of three words or more (not a patronymic's "bin", nor an
    initial), which a one-word reference may stand for when no name ends with it."""
    words = name.split()
    if len(words) < 3 or not _FIRST_SURNAME.fullmatch(" ".join(words[-3:])):
        return None
    return name_key(words[-2])


def _org_tails(found: list[Found], clusters: Clusters, kinds: dict[str, str]) -> dict[str, set[str]]:
    """The lone words that may stand for an organisation named in full: its last word ("Yankees" for "New York
    Yankees", "Leverkusen" for "Bayer Leverkusen") unless that is a common head ("Commission", "Airlines"), and
    its name without a corporate ending ("Apple" for "Apple Inc.")."""
    heads = {fold(h).lower() for h in (*ORG_HEADS, *UTILITY_TAILS)}  # (not "Power" for "Hokkaido Electric Power")
    tails: dict[str, set[str]] = defaultdict(set)
    for key in org_names(found):
        root = clusters.find(key)
        words = key.split()
        if len(words) < 2 or kinds.get(root) != "org":
            continue
        if (words[-1] not in heads and words[-1] not in COMPANY_SUFFIXES and len(words[-1]) > 2
                and not {"of", "for", "in", "on"} & set(words)):  # "England" is not the "Bank of England"
            tails[words[-1]].add(root)
        if len(words) == 2 and (words[-1] in COMPANY_SUFFIXES or words[-1].upper() in CLUB_MARKS or club_lead(key)):
            tails[words[0]].add(root)  # "Apple" for "Apple Inc.", "Sporting" for "Sporting CP", "Bayern" for "Bayern
            # Munich"
    return tails


_PERSONAL_PRONOUN_RE = re.compile(r"\b(?:he|she|his|her|him)\b")


def speaks_as_person(f: Found) -> bool:
    """A lone word that speaks is a person only when "he" or "she" follows in its sentence ("Stam said he would"):
    companies and bodies speak too ("Maersk said it would reroute")."""
    m = f.mention
    if m.evidence != "speech":
        return False
    at = f.sentence.find(m.text)
    return at >= 0 and bool(_PERSONAL_PRONOUN_RE.search(f.sentence, at + len(m.text)))

