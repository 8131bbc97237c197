"""One person under a nickname and a given name: "Wissam Mohammed “Abu Baqir” al-Saadi" is "Abu Baqir al-Saadi",
"Abu Baqir" and "Wissam al-Saadi"; "Mushtaq al-Jawari, known as Abu Taqwa" is Abu Taqwa; "Jenni Hermoso" is
"Jennifer Hermoso"."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from .entity_keys import Clusters, Found, is_single, name_key
from .entity_mention import Mention

_KNOWN_AS_RE = re.compile(r",?\s+(?:(?:better|also|widely|commonly|popularly)\s+)?known\s+as\s+(?:the\s+)?$")
"""What joins a person's name to the other name they go by: ", better known as", ", also known as"."""
_QUOTED_RE = re.compile(r"[“\"‘']([^“”\"‘’']{2,40})[”\"’']")
"""A nickname in quotation marks inside a name."""
_DOUBLE_SURNAME_RE = re.compile(r"(?<=\s)([A-ZÀ-Þ][\w’']+)-[A-ZÀ-Þ][\w’']+$")
"""A double-barrelled surname, whose first part alone may name the person: "Donika Gervalla-Schwarz"."""
_TEKNONYMS = frozenset("abu umm abou bin ibn".split())
"""First words of Arabic names by a child or a father ("Abu Baqir"): not a given name to keep with the surname."""


def known_as(text: str, found: list[Mention]) -> list[Mention]:
    """A person's name and the name they are "known as" right after it are one person's (each is the other's
    alias), initials too: "Mushtaq Jawad Kazim al-Jawari, known as Abu Taqwa", "Mohammed bin Salman, known as MBS"."""
    out = list(found)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (a.kind == "person" and (b.kind == "person" or b.evidence == "acronym")
                and _KNOWN_AS_RE.fullmatch(text, a.end, b.start)):  # "Mohammed bin Salman, known as MBS"
            out[i - 1], out[i] = replace(a, alias=b.name), replace(b, kind="person", alias=a.name)
    return out


def _surname(key: str) -> str:
    """The surname of a name key, with its article: "wissam mohammed al saadi" -> "al saadi"."""
    words = key.split()
    return " ".join(words[-2:]) if len(words) > 2 and words[-2] in ("al", "el") else words[-1]


def merge_nicknames(found: list[Found], clusters: Clusters) -> None:
    """A name with a quoted nickname is the nickname alone and the nickname with the surname ("“Abu Baqir”":
    "Abu Baqir", "Abu Baqir al-Saadi"); a double-barrelled surname's first part stands for it ("Donika Gervalla" for
    "Donika Gervalla-Schwarz") and a surname its article ("Ayman Safadi" for "Ayman Al-Safadi"); a name of three words or more is its given name and surname alone, when no
    other name shortens so ("Wissam al-Saadi" for "Wissam Mohammed al-Saadi")."""
    present = set(clusters.parent)
    short: dict[str, set[str]] = defaultdict(set)
    for f in found:
        m = f.mention
        if m.kind != "person" or is_single(m) or m.evidence == "bare":
            continue
        key = name_key(m.name)
        surname = _surname(key)
        quoted = _QUOTED_RE.search(m.text)
        if quoted and quoted.group(1)[:1].isupper():
            nick = name_key(quoted.group(1))
            for form in (nick, f"{nick} {surname}", f"{nick} {surname.split()[-1]}"):
                if form in present and form != key:
                    clusters.union(key, form)
        double = _DOUBLE_SURNAME_RE.search(m.name)
        if double and name_key(m.name[:double.start()] + double.group(1)) in present:
            clusters.union(key, name_key(m.name[:double.start()] + double.group(1)))  # "Donika Gervalla"
        if " al " in f" {key} " and (bare := re.sub(r"\bal (?=\w+$)", "", key)) in present and bare != key:
            clusters.union(key, bare)  # "Ayman Al-Safadi" is "Ayman Safadi"
        words = key.split()
        if len(words) - (surname.count(" ") + 1) >= 2 and words[0] not in _TEKNONYMS:
            for form in (f"{words[0]} {surname}", f"{words[0]} {surname.split()[-1]}"):
                short[form].add(clusters.find(key))
    for form, roots in short.items():
        if form in present and len(roots) == 1:
            clusters.union(form, next(iter(roots)))
    _merge_pet_names(found, clusters)
    _merge_surname_known_as(found, clusters)


def _merge_surname_known_as(found: list[Found], clusters: Clusters) -> None:
    """A surname and the one name its holder is "known as" ("Widodo, widely known as Jokowi") join the one person
    named in full with that surname, in the source or else in the briefing: "President Jokowi" is Joko Widodo (the
    two lone names would each have been linked apart)."""
    local: dict[tuple[str, str], set[str]] = defaultdict(set)
    corpus: dict[str, set[str]] = defaultdict(set)
    for f in found:
        m = f.mention
        if m.kind == "person" and not is_single(m) and m.evidence != "bare":
            key = name_key(m.name)
            local[(f.source, key.split()[-1])].add(key)
            corpus[key.split()[-1]].add(key)
    for f in found:
        m = f.mention
        if m.kind != "person" or not is_single(m) or not m.alias or " " in m.alias.strip():
            continue
        surname = name_key(m.name)
        full = local.get((f.source, surname)) or corpus.get(surname, set())
        if len({clusters.find(k) for k in full}) == 1:
            clusters.union(name_key(m.alias), next(iter(full)))


def _merge_pet_names(found: list[Found], clusters: Clusters) -> None:
    """A given name's pet form and the full given name with one surname are one person, when the surname names no
    one else so: "Jenni Hermoso" is "Jennifer Hermoso", "Alex Salmond" "Alexander Salmond" (the pet form, less a
    closing "i" or "y", opens the full name, and holds four letters or more: not "Dan" and "Daniel")."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for f in found:
        m = f.mention
        if m.kind == "person" and not is_single(m) and m.evidence != "bare" and len(name_key(m.name).split()) == 2:
            given, surname = name_key(m.name).split()
            by_surname[surname].add(given)
    for surname, givens in sorted(by_surname.items()):
        for pet in sorted(givens):
            stem = pet.rstrip("iy") if len(pet) > 4 else pet
            full = [g for g in givens if g != pet and len(g) > len(pet) and g.startswith(stem)]
            if len(stem) >= 4 and len(full) == 1 and len(givens) == 2:
                clusters.union(f"{pet} {surname}", f"{full[0]} {surname}")
