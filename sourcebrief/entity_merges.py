"""Merge the keys of one entity's names: alias spellings, initials, place heads, company forms, longer names, surnames."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Sequence

from .entity_gazetteer import gazetteer
from .entity_lexicon import ALIAS_GROUPS, CLUB_MARKS, COMPANY_LEADS, COMPANY_SUFFIXES, ORG_HEADS, fold
from .entity_apart import keep_named_apart
from .entity_keys import Clusters, Found, cluster_key, is_single, place_key, surname_keys, name_key
from .entity_forms import alias_spelling_groups, club_lead, without_place_head
from .entity_leads import PRODUCT_AFTER, initials_of_their_own, leads_of, parent_key, short_forms
from .entity_nicknames import merge_nicknames
from .entity_overrides import EntityOverride
from .spelling import american


def build_clusters(found: list[Found], overrides: Sequence[EntityOverride]) -> Clusters:
    """Merge keys by acronym definitions, the alias table, initials and containment."""
    clusters = Clusters()
    for f in found:
        m = f.mention
        if is_single(m) or m.evidence == "bare":
            continue
        if not _town_as_team(m):
            clusters.union(cluster_key(m), name_key(m.text))
        if m.alias:
            clusters.union(cluster_key(m), name_key(m.alias))
    present = set(clusters.parent)
    for group in ALIAS_GROUPS:
        keys = [name_key(n) for n in group if name_key(n) in present]
        for k in keys[1:]:
            clusters.union(keys[0], k)
    _merge_alias_spellings(present, clusters)
    for o in overrides:
        keys = [name_key(n) for n in (o.name, *o.aliases) if n and name_key(n) in present]
        for k in keys[1:]:
            clusters.union(keys[0], k)
    keep_named_apart(found, clusters)
    _merge_by_initials(found, clusters)
    _merge_place_heads(found, clusters)
    _merge_company_forms(found, clusters)
    _merge_national_forms(found, clusters)
    _merge_by_containment(found, clusters)
    _merge_shaped_openers(found, clusters)
    _merge_leading_words(found, clusters)
    _merge_person_tails(found, clusters)
    merge_nicknames(found, clusters)
    _merge_plurals(found, clusters)
    _merge_name_chains(found, clusters)
    _merge_person_tails(found, clusters)  # again: "Al-Khulaifi" ends "Mohammed Al-Khulaifi" and "Mohammed bin
    # Abdulaziz Al-Khulaifi", one person once the chains are merged
    _merge_ministry_forms(found, clusters)
    _merge_owned_by_country(found, clusters)
    _merge_transliterations(found, clusters)
    return clusters


def _town_as_team(m) -> bool:
    """A town's name standing for its team ("Dortmund won": entity_mates.places_standing_for_teams) joins the team
    by its mention alone, not by its spelling: "fans in Dortmund" in the same briefing stays the town."""
    return m.kind == "org" and m.evidence == "club" and " " not in m.text and m.text in gazetteer().places and (
        name_key(m.text) != name_key(m.name))


_TRANSLIT_END = re.compile(r"(?:iy|yy|ii|yi|y)$")
"""Endings that romanisations of Slavic names write differently: "Zelenskiy", "Zelensky", "Zelenskyy"; "Yury" and
"Yuri", "Dmitry" and "Dmitri", "Alexey" and "Alexei"."""


def _romanised(key: str) -> str:
    """A person's name key with the spellings romanisations differ by made one ("ks" for "x", one ending for "-iy",
    "-yy", "-y"; "Jr" for "Júnior"): "volodymyr zelenskiy" and "volodymyr zelensky" both "volodymyr zelenski",
    "vinicius jr" and "vinicius junior" both "vinicius junior"."""
    return " ".join(_TRANSLIT_END.sub("i", word.replace("ks", "x")) if word != "jr" else "junior" for word in key.split())


def _merge_transliterations(found: list[Found], clusters: Clusters) -> None:
    """A person's full name romanised two ways is one person: "Volodymyr Zelenskiy" (Reuters) and "Volodymyr
    Zelensky" (the Kyiv Independent), "Alexey Likhachev" and "Alexei Likhachev", "Vinicius Jr" and "Vinícius Júnior"
    (names of two words or more)."""
    by_form: dict[str, list[str]] = defaultdict(list)
    for key in sorted({name_key(f.mention.name) for f in found if f.mention.kind == "person"
                       and f.mention.evidence != "bare" and not is_single(f.mention)}):
        by_form[_romanised(key)].append(key)
    for keys in by_form.values():
        for key in keys[1:]:
            clusters.union(keys[0], key)


def _merge_ministry_forms(found: list[Found], clusters: Clusters) -> None:
    """A country's ministry named either way is one body: "Iraqi Interior Ministry" and "Iraqi Ministry of Interior",
    "Iraqi Ministry of Foreign Affairs" and "Iraqi Foreign Ministry", "Iraqi Ministry of Defence" and "Iraqi Defense
    Ministry"; not another country's, and not two names without a country ("the Foreign Ministry" of Türkiye and "the
    Ministry of Foreign Affairs in Baghdad" may be two countries')."""
    countries = {name_key(w): c for w, c in gazetteer().demonyms.items() if c} | {
        name_key(p): gazetteer().places[p] for p in gazetteer().countries if " " not in p}
    by_form: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)
    for key in sorted(org_names(found)):
        form = _ministry_form(key.split(), countries)
        if form is not None:
            by_form[form].append(key)
    for (country, _), keys in by_form.items():
        for key in keys[1:] if country else ():
            clusters.union(keys[0], key)


_COUNTRY_OWNER = re.compile(r"([A-Z][\w’'.]+(?: [A-Z][\w’']+)?)['’]s\s+$")
"""A country's possessive right before a body's name: "Japan's Meteorological Agency"."""


def _merge_owned_by_country(found: list[Found], clusters: Clusters) -> None:
    """A body written after its country's possessive is the body the briefing names with that country in front:
    "Japan's Meteorological Agency" (and so "the Meteorological Agency") is the "Japan Meteorological Agency", when
    the possessives before that name all point at one such body (not when "Japan's Foreign Ministry" and "Iraq's
    Foreign Ministry" are both written)."""
    present = set(clusters.parent)
    owned: dict[str, set[str]] = defaultdict(set)
    for f in found:
        m = f.mention
        for at in (hit.start() for hit in re.finditer(re.escape(m.text), f.sentence) if m.kind == "org"):
            owner = _COUNTRY_OWNER.search(f.sentence, max(0, at - 30), at)  # (every place its sentence writes it)
            if owner is not None and gazetteer().places.get(owner.group(1)) in gazetteer().countries:
                whole = name_key(f"{owner.group(1)} {m.name}")
                owned[cluster_key(m)].add(whole if whole in present else "")
    for key, wholes in sorted(owned.items()):
        if len(wholes) == 1 and "" not in wholes:
            clusters.union(key, next(iter(wholes)))


def _ministry_form(words: list[str], countries: dict[str, str]) -> tuple[str, tuple[str, ...]] | None:
    """(country, what the ministry is of) of a ministry's name key, or None for another name."""
    country = ""
    if words and words[0].removesuffix("s") in countries and len(words) > 2:
        country, words = countries[words[0].removesuffix("s")], words[1:]  # "iraqi …", "iraqs …" (Iraq's)
    if len(words) >= 3 and words[0] == "ministry" and words[1] == "of":
        subject = words[2:]
    elif len(words) >= 2 and words[-1] == "ministry":
        subject = words[:-1]
    else:
        return None
    subject = [american(w) for w in subject if w not in ("the", "affairs", "and")]
    return (country, tuple(subject)) if subject and all(w.isalpha() for w in subject) else None


def _merge_name_chains(found: list[Found], clusters: Clusters) -> None:
    """A person's name of three words or more (its key's: "al-Sabah" is two) told shorter in one longer name with the
    same first word is that person (_in_chain): "Nawaf al-Ahmad al-Sabah" and "Sabah al-Ahmad" are "Nawaf al-Ahmad
    al-Jaber al-Sabah" and "Sabah al-Ahmad al-Jaber al-Sabah" (an Arabic name chain, told with or without a
    grandfather's name). Not when two longer names would do: that is two people."""
    people = sorted({name_key(f.mention.name) for f in found if f.mention.kind == "person"
                     and f.mention.evidence != "bare" and (len(name_key(f.mention.name).split()) >= 3
                                                           or _ARTICLE_JOINED.search(name_key(f.mention.name)))})
    by_first: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for key in people:
        words = _ARTICLE_APART.sub(r"\1", key).split()  # "Al Busaidi" is "Albusaidi", as some write it
        by_first[words[0]].append((key, words))
    for chains in by_first.values():
        for short_key, short in chains:
            longer = {key for key, w in chains if len(w) > len(short) and _in_chain(short, w)}
            roots = {clusters.find(k) for k in longer}
            if len(roots) == 1:
                clusters.union(short_key, next(iter(longer)))


_ARTICLE_APART = re.compile(r"\b(al|el) (?=\w)")
"""The Arabic article written apart from the name it opens, in a name's key ("al busaidi")."""
_ARTICLE_JOINED = re.compile(r" (?:al|el)(?!-)\w{3,}$")
"""A two-word name whose surname holds the article joined ("Badr Albusaidi"), told shorter than "Badr bin Hamad Al
Busaidi"."""


def _in_chain(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long`` told shorter: the same last word and every word in order ("Nawaf al-Ahmad
    al-Sabah"), or its opening words ("Sabah al-Ahmad" of "Sabah al-Ahmad al-Jaber al-Sabah")."""
    return short[-1] == long[-1] and _in_order(short, long) or long[:len(short)] == short


def _in_order(short: list[str], long: list[str]) -> bool:
    """Whether every word of ``short`` stands in ``long``, in the same order."""
    words = iter(long)
    return all(any(w == x for x in words) for w in short)


def _merge_plurals(found: list[Found], clusters: Clusters) -> None:
    """A name and its plural are one body or place: "the Houthis" and "the Houthi group", "Revolutionary Guard" and
    "Revolutionary Guards", "Western Balkan" and "Western Balkans" (not people: "Edwards" is not "Edward")."""
    keys = {name_key(f.mention.name) for f in found if f.mention.kind in ("org", "place") and f.mention.evidence != "bare"}
    for key in sorted(keys):
        if key + "s" in keys:
            clusters.union(key, key + "s")


def _merge_alias_spellings(keys: set[str], clusters: Clusters) -> None:
    """Names of several words that differ only by an alias group's spelling are one: "Court of Justice of the EU" is
    the "Court of Justice of the European Union" (entity_forms.alias_spelling_groups)."""
    for same in alias_spelling_groups(keys, name_key):
        for key in same[1:]:
            clusters.union(same[0], key)


def org_names(found: list[Found]) -> set[str]:
    return {name_key(f.mention.name) for f in found
            if f.mention.kind == "org" and not is_single(f.mention) and f.mention.evidence != "bare"}


def _merge_by_initials(found: list[Found], clusters: Clusters) -> None:
    """An undefined acronym joins the one organisation whose initials it spells."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    names = org_names(found)
    for key in names:
        words = key.split()
        if len(words) >= 2:
            initials = "".join(w[0] for w in words if w not in ("of", "for", "the", "and", "in", "on"))
            by_initials[initials].add(clusters.find(key))
    for key in names:
        if " " not in key and key in by_initials:
            roots = by_initials[key]
            if len(roots) == 1:
                clusters.union(key, next(iter(roots)))


def _merge_place_heads(found: list[Found], clusters: Clusters) -> None:
    """A place named with a generic head ("Kagoshima Prefecture", "Satsumasendai City") is the place named without
    it, and a lone word with no cue spelled so is linked to it ("near Satsumasendai"); a known place with the head is
    another place ("Mexico City" is not Mexico, "Kuwait City" not Kuwait)."""
    countries = {place_key(c) for c in gazetteer().countries}
    for f in found:
        m = f.mention
        rest = without_place_head(name_key(m.name))
        if m.kind == "place" and m.evidence not in ("bare", "gazetteer") and rest:
            short = place_key(rest)
            if short not in countries:
                clusters.union(cluster_key(m), short)


def _merge_company_forms(found: list[Found], clusters: Clusters) -> None:
    """ "Meta Platforms" is Meta, "Nvidia Corp" Nvidia, "FC Barcelona" Barcelona and "Banco Meridional" Meridional: a
    body named with a corporate ending, a club's mark or a Romance company word before it joins the one named by the
    rest (found as an organisation when it is one word: "Nvidia" alone is a person's name by shape, "Barcelona" a
    city)."""
    names = org_names(found)
    present = set(clusters.parent)
    for key in names:
        words = key.removesuffix(" & co").split() + (["co"] if key.endswith(" & co") else [])  # "JPMorgan Chase & Co."
        for rest in ((words[:-1] if words[-1] in COMPANY_SUFFIXES or words[-1].upper() in CLUB_MARKS else None),
                     (words[1:] if words[0].upper() in CLUB_MARKS or words[0] in COMPANY_LEADS else None)):
            if rest and " ".join(rest) in (names if len(rest) == 1 else present):
                clusters.union(key, " ".join(rest))  # "Công An Hà Nội" (by shape) is "Công An Hà Nội FC"
        short = _SHORT_ENDINGS.get(words[-1]) if len(words) > 1 else None
        if short and " ".join([*words[:-1], short]) in present:  # "Federal Deposit Insurance Corp." is the
            clusters.union(key, " ".join([*words[:-1], short]))  # "Federal Deposit Insurance Corporation"


def _merge_national_forms(found: list[Found], clusters: Clusters) -> None:
    """A body named by a people's word and one word of its own is the body named by that word alone, when the story
    names it so: "Saudi Aramco" is "Aramco", "Qatari Diar" is "Diar" (not a common head: the "Iraqi Foreign Ministry"
    is not any "Ministry", which containment keeps apart)."""
    demonyms = {name_key(d) for d in gazetteer().demonyms}
    heads = {fold(h).lower() for h in ORG_HEADS}
    present = set(clusters.parent)
    for key in org_names(found):
        words = key.split()
        if len(words) == 2 and words[0] in demonyms and words[1] in present and words[1] not in heads:
            clusters.union(key, words[1])


_SHORT_ENDINGS = {"corporation": "corp", "company": "co", "incorporated": "inc", "limited": "ltd"}
"""A corporate ending written in full, and as most newsrooms shorten it."""


def _merge_by_containment(found: list[Found], clusters: Clusters) -> None:
    """ "Revolutionary Guard" joins "Islamic Revolutionary Guard Corps" when it is the
    only organisation containing it; a country-qualified name is not a container
    ("Foreign Ministry" stays apart from "Iraqi Foreign Ministry"), unless it is a team's."""
    names = sorted(org_names(found))
    qualifiers = {name_key(w) for w in (*gazetteer().places, *gazetteer().demonyms) if " " not in w}
    teams = {name_key(f.mention.name) for f in found if f.mention.evidence == "club"}
    inside: dict[str, set[str]] = defaultdict(set)
    for key in names:
        words = key.split()
        for i in range(len(words)):
            if i and (words[i - 1] in ("of", "for", "in", "on")
                      or words[i - 1] == "the" and i > 1 and words[i - 2] in ("of", "for", "in", "on")):
                continue  # what a body is "of" is not the body: "European Union" in the "Court of Justice of the
                # European Union"
            for j in range(i + 2, min(len(words), i + 6) + 1):
                if (i, j) == (0, len(words)):
                    continue
                extra = words[:i] + words[j:]
                if all(w in qualifiers for w in extra) and key not in teams:
                    continue  # (a team's city is part of its name: "Red Sox" is the "Boston Red Sox")
                rest = words[j:]
                if words[j - 1] in _HEAD_KEYS and len(rest) >= 2 and not (
                        rest[0] in ("of", "in") and all(w in qualifiers or w == "the" for w in rest[1:])):
                    continue  # a body's own name, then another's: "All Nippon Airways Pilots Union", "Federal
                    # Reserve Bank of New York" are other bodies than "All Nippon Airways" and "Federal Reserve"
                    # (not a country's: "Central Bank" is the "Central Bank of Iraq")
                inside[" ".join(words[i:j])].add(clusters.find(key))
    for key in names:
        roots = inside.get(key, set()) - {clusters.find(key)}
        if len(roots) == 1:
            clusters.union(key, next(iter(roots)))
    ends: dict[str, set[str]] = defaultdict(set)
    for key in names:
        if " " in key:
            ends[key.split()[-1]].add(clusters.find(key))
            if club_lead(key):  # "Bayern" for "Bayern Munich"
                ends[key.split()[0]].add(clusters.find(key))
    for key in teams:
        roots = ends.get(key, set()) - {clusters.find(key)} if " " not in key else set()
        if len(roots) == 1:  # a team named by its last word: "appearances for Leverkusen" is Bayer Leverkusen
            clusters.union(key, next(iter(roots)))


_NAMED_FOR_HEADS = frozenset("""foundation institute university hospital centre center trust museum library school
    college academy prize award airport stadium memorial fund society park bay""".split())
"""Words that follow a person's name in the name of a body named after them ("Nelson Mandela Foundation"): the
person by shape is then not the body."""


def _merge_shaped_openers(found: list[Found], clusters: Clusters) -> None:
    """A name of several words that only its shape made a person's, opening exactly one body's longer name, is that
    body told short: "Golden Arrow" of "Golden Arrow Bus Services" (not of a body named after a person: "Nelson
    Mandela Foundation"; nor a name cued as a person's, a place's or a body's anywhere)."""
    shaped = {name_key(f.mention.name) for f in found
              if f.mention.kind == "person" and f.mention.evidence == "shape" and not is_single(f.mention)}
    shaped -= {name_key(f.mention.name) for f in found if f.mention.evidence not in ("shape", "bare")}  # ("Metro
    # Manila", a place elsewhere, is not the "Metro Manila Council")
    bodies: dict[str, set[str]] = defaultdict(set)
    for key in org_names(found):
        words = key.split()
        for n in range(2, len(words)):
            if words[n] not in _NAMED_FOR_HEADS:
                bodies[" ".join(words[:n])].add(clusters.find(key))
    for key in sorted(shaped):
        roots = bodies.get(key, set()) - {clusters.find(key)}
        if len(roots) == 1:
            clusters.union(key, next(iter(roots)))


def _merge_leading_words(found: list[Found], clusters: Clusters) -> None:
    """"JPMorgan" (a body by a cue: "JPMorgan said it would") is "JPMorgan Chase" when that is the one body the
    briefing names opening with the word, and no person's name holds it (entity_leads)."""
    names = org_names(found)
    shorts = lone_short_forms(found)
    bodies = {clusters.find(key) for key in names}  # ("JPMorgan Chase branches" by shape is "JPMorgan Chase & Co.")
    parts = {part for f in found if f.mention.kind == "person" and not is_single(f.mention)
             and f.mention.evidence != "bare" and clusters.find(cluster_key(f.mention)) not in bodies
             for part in surname_keys(f.mention.name)} - set(shorts)
    leads = leads_of(sorted(names), clusters.find, parts)
    initials = {name_key(f.mention.name) for f in found if f.mention.evidence == "acronym"}
    products = {name_key(f.mention.name) for f in found if PRODUCT_AFTER.match(f.sentence, _end_in(f))}
    for key in sorted(names):
        roots = leads.get(key, set()) - {clusters.find(key)}
        if initials_of_their_own(key, names, initials, products):
            continue  # "SNCF" is not "SNCF Connect"
        if " " not in key and key in shorts and not roots:
            clusters.union(key, shorts[key])  # "Goldman Sachs said in a note …", then "Goldman said it expected"
        elif " " not in key and len(roots) == 1:
            clusters.union(key, next(iter(roots)))
        elif " " not in key and roots and (parent := _parent_name(key, names, clusters, roots)):
            clusters.union(key, parent)  # "Anglo" is Anglo American, not its unit Anglo American Platinum


def _end_in(f: Found) -> int:
    """Where the mention ends in its sentence (the sentence's end when it does not hold it)."""
    at = f.sentence.find(f.mention.text)
    return at + len(f.mention.text) if at >= 0 else len(f.sentence)


def _parent_name(word: str, names: set[str], clusters: Clusters, roots: set[str]) -> str | None:
    """Of the bodies a lone first word may stand for, the one whose name opens all the others' (entity_leads.
    parent_key: "Anglo American" of "Anglo American Platinum"); None when there is no such name."""
    keys = [k for k in names if k.split()[0] == word and " " in k and clusters.find(k) in roots]
    if {clusters.find(k) for k in keys} != roots:
        return None
    return parent_key(keys)


def lone_short_forms(found: list[Found]) -> dict[str, str]:
    """entity_leads.short_forms over the mentions: the name by shape each lone first word is the short form of."""
    return short_forms((f.source, name_key(f.mention.name), (f.caption, f.paragraph, f.mention.start),
                        f.mention.kind == "person" and f.mention.evidence == "shape", f.mention.evidence != "shape")
                       for f in found)


_HEAD_KEYS = frozenset(fold(h).lower() for h in ORG_HEADS)


_PATRONYMIC = frozenset("bin ibn bint ben".split())
"""Words after which a name is a father's, another person's: "Al Hussein bin Abdullah II"."""


def _merge_person_tails(found: list[Found], clusters: Clusters) -> None:
    """A person named by two or more words that end exactly one longer person's name is that person: "Lacalle
    Pou" is "Luis Lacalle Pou" (a one-word surname is linked later, by entity_singles.link_singles)."""
    names = sorted({name_key(f.mention.name) for f in found
                    if f.mention.kind == "person" and not is_single(f.mention) and f.mention.evidence != "bare"})
    tails: dict[str, set[str]] = defaultdict(set)
    for key in names:
        words = key.split()
        for i in range(1, len(words) - 1):
            if words[i - 1] not in _PATRONYMIC:  # "Abdullah II" is not "Al Hussein bin Abdullah II": his father
                tails[" ".join(words[i:])].add(clusters.find(key))
    for key in names:
        roots = tails.get(key, set()) - {clusters.find(key)}
        if len(roots) == 1:
            clusters.union(key, next(iter(roots)))
