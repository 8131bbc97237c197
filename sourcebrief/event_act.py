"""One act told in other verbs by two sources on the same day: "Pirates took control of the Aurora Star [on 3
February]" and "The Liberian-flagged vessel … was boarded [on Feb. 3]" share no word the merge weighs, yet tell one
seizure of one ship. After the word merge, events of one day whose lines tell an act of one group of verbs (seizing,
freeing, rescuing) done to the same thing are joined, but only when that is safe: the same day, one such event per
source that day, the same thing acted on (the same name or count, the same kind of thing, or a name the other source
also gives), and no other place or doer telling them apart. Events are bucketed by (day, act): no step over all pairs
of events. Read by ``chronology``."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from sourcebrief import date_values as V
from sourcebrief.event_candidate import Candidate
from sourcebrief.event_places import places_apart
from sourcebrief.number_words import VALUES

_ACTS = {
    "seize": r"boarded|seized|hijacked|commandeered|captured|(?:took|taken|seized|gained|wrested)\s+control\s+of",
    "free": r"released|freed|set\s+free|let\s+go",
    "rescue": r"rescued|emerged|brought\s+(?:out|to\s+the\s+surface|to\s+safety|ashore)|pulled\s+(?:out|free|alive)"
              r"|winched\s+to\s+safety|airlifted\s+to\s+safety",
    "arrest": r"arrested|detained|taken\s+into\s+custody",
    "charge": r"charged|indicted",
    "convict": r"convicted|found\s+guilty",
    "launch": r"launched|unveiled|introduced",
    "claim": r"claimed\s+responsibility\s+for|said\s+(?:it|they)\s+(?:was|were)\s+behind",
}
"""Groups of verbs (past forms) news writes for one act done to a thing: boarding, seizing, hijacking or taking
control of a ship is one seizure; releasing or freeing it one release; bringing people out, to the surface or to safety
one rescue; a person arrested or detained one arrest, convicted or found guilty one verdict; a product launched or
unveiled one launch; a group claiming responsibility for an attack or saying it was behind it one claim. Only verbs that name the act whatever the reporter's angle, so two of them on one day and one
thing are one event."""
_ACT = re.compile(r"\b(?:(?P<be>was|were|had\s+been|has\s+been|have\s+been)\s+"
                  r"(?:(?:first|later|finally|eventually|[a-z]+ly)\s+)?)?(?:"
                  + "|".join(f"(?P<{name}>{verbs})" for name, verbs in _ACTS.items()) + r")\b")
_INTRANSITIVE = re.compile(r"emerged\b")
"""A verb of the table whose subject is the thing the act is done to ("The other four emerged")."""
_COUNT = re.compile(r"\b(?:(?P<digits>\d{1,4})(?!-year)|(?P<word>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                    r"|both))\b", re.IGNORECASE)
"""The number of people or things an act is done to ("Two of the cavers", "The last four"); not an age ("a
34-year-old man")."""
_AGED_PERSON = re.compile(r"\b(?:(?P<noun>suspect|man|woman|teenager|boy|girl|person|driver|youth)\b[^.;]{0,12}?\baged\s+"
                          r"(?P<aged>\d{1,3})\b|(?P<years>\d{1,3})-year-old\s+(?:[a-z]+\s+)?"
                          r"(?:suspect|man|woman|teenager|boy|girl|person|driver|youth)\b)", re.IGNORECASE)
"""A person acted on, told by age: "A suspect, aged 34", "A 34-year-old man": one person of that age, whatever the
noun (the age is the kind: two outlets' "suspect, aged 34" and "34-year-old man" are one; ages that differ are two)."""
_NOT_NAME = frozenset("the a an this that these those its their his her our last other first all some police".split())
"""Capitalised words opening a line that name nothing: "The vessel", "Police" ("Graham Pell" is a name whole)."""
_NUMBER_WORDS = {w: n for w, n in VALUES.items() if n <= 12} | {"both": 2}
_KINDS = {word: kind for kind, words in (
    ("vessel", "ship ships vessel vessels tanker tankers carrier freighter boat boats trawler dhow yacht cargo"),
    ("aircraft", "plane aircraft jet airliner helicopter"),
    ("attack", "attack attacks cyberattack cyber-attack hack bombing"),
) for word in words.split()}
"""Nouns for one kind of thing: a report calls the Aurora Star "the vessel", another "the ship" or "the bulk
carrier"."""
_PHRASE_END = re.compile(r"\s+(?:on|in|off|near|at|about|from|by|after|before|to|into|as|when|while|with|during|some"
                         r"|around|and|but)\b|[,;:(]")
"""Where the noun phrase acted on ends, after an active verb: "seized [the ship] off the coast"."""


def joined_acts(groups: list[list[Candidate]], texts: Mapping[str, str]) -> list[list[Candidate]]:
    """``groups`` with the events of one day telling one act done to one thing joined (the first group of each join
    keeps its place). ``texts``: each source's whole text, lowercased (a name one source gives is looked up in the
    other)."""
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    acts: dict[int, tuple[str, Candidate]] = {}
    for index, group in enumerate(groups):
        found = _act_of(group)
        if found is not None:
            acts[index] = found
            buckets[(found[1].source.date, found[0])].append(index)
    into: dict[int, int] = {}
    for members in buckets.values():
        if len(members) < 2 or len(members) > 6:
            continue  # one event, or a day of many acts: nothing safe to join
        _join_bucket(members, groups, acts, texts, into)
    joined = [list(group) for group in groups]
    for index in sorted(into):
        joined[into[index]] += joined[index]
        joined[index] = []
    return [group for group in joined if group]


def _join_bucket(members: list[int], groups: list[list[Candidate]], acts: dict[int, tuple[str, Candidate]],
                 texts: Mapping[str, str], into: dict[int, int]) -> None:
    """Join the events of one (day, act) bucket that tell the act done to the same thing, each source once."""
    sources = [{c.source.source_id for c in groups[i]} for i in members]
    for at, index in enumerate(members):
        if any(len(sources[at] & other) for n, other in enumerate(sources) if n != at):
            return  # a source telling two of these acts on one day: two acts, none joined
    heads: list[int] = []
    for at, index in enumerate(members):
        target = next((h for h in heads if _same_act(acts[members[h]][1], acts[index][1], texts)), None)
        if target is None:
            heads.append(at)
        else:
            into[index] = _root(into, members[target])


def _root(into: dict[int, int], index: int) -> int:
    """The group ``index`` is joined into, following joins."""
    while index in into:
        index = into[index]
    return index


def _act_of(group: list[Candidate]) -> tuple[str, Candidate] | None:
    """The act a one-day event's line tells (its group name) and the member telling it; None for none or a plan."""
    for candidate in group:
        if V.precision(candidate.source.date) != "day" or candidate.ahead or candidate.mention:
            continue
        match = _ACT.search(candidate.text)
        if match:
            return next(name for name in _ACTS if match[name]), candidate
    return None


def _same_act(a: Candidate, b: Candidate, texts: Mapping[str, str]) -> bool:
    """Whether two lines telling an act of one group tell it done to the same thing, with nothing telling them apart:
    no places of their sentences apart, no two named doers."""
    (doer_a, thing_a), (doer_b, thing_b) = _parts(a.text), _parts(b.text)
    if not any(thing_a) or not any(thing_b) or places_apart(a.source.quote, b.source.quote):
        return False
    if doer_a and doer_b and doer_a.isdisjoint(doer_b):
        return False  # "Houthi rebels seized …" is not "Somali pirates seized …"
    return _same_thing(thing_a, thing_b, texts.get(a.source.source_id, ""), texts.get(b.source.source_id, ""))


def _same_thing(a: tuple[str, str, int], b: tuple[str, str, int], text_a: str, text_b: str) -> bool:
    """Whether two things acted on, each (name, kind, count), are one: the same name; else the same count ("Two of
    the cavers", "The two, a man and a woman"); else the same kind with no names; else a name and a kind where the
    kind's source gives the name too and the name's source calls it that kind. Two counts that differ never are."""
    (name_a, kind_a, count_a), (name_b, kind_b, count_b) = a, b
    if count_a and count_b and count_a != count_b:
        return False
    if name_a and name_b:
        return name_a == name_b
    if count_a and count_b:
        return True
    if not name_a and not name_b:
        return bool(kind_a) and kind_a == kind_b
    name, kind, named_in, kind_in = (name_a, kind_b, text_a, text_b) if name_a else (name_b, kind_a, text_b, text_a)
    return bool(kind) and name.lower() in kind_in and any(
        re.search(rf"\b{word}\b", named_in) for word, k in _KINDS.items() if k == kind)


def _parts(line: str) -> tuple[frozenset[str], tuple[str, str]]:
    """The names of a line's doer (before an active verb of the act) and the thing acted on, as (name, kind): the
    subject of a passive ("The Liberian-flagged vessel … was boarded"), else the noun phrase after the verb."""
    match = _ACT.search(line)
    if match is None:
        return frozenset(), ("", "", 0)
    if match["be"] or _INTRANSITIVE.match(line, match.start()):
        return frozenset(), _thing(line[:match.start()])
    after = line[match.end():]
    end = _PHRASE_END.search(after)
    return _names(line[:match.start()]), _thing(after[:end.start() if end else len(after)])


def _names(phrase: str) -> frozenset[str]:
    """The capitalised words of a phrase but its first (a line's first word is capitalised as a line's is)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", phrase)
    return frozenset(w for w in words[1:] if w[:1].isupper())


def _thing(phrase: str) -> tuple[str, str, int]:
    """A noun phrase as (its name, its kind, its count): "the Aurora Star" is ("Aurora Star", "", 0), "The
    Liberian-flagged vessel, carrying …" ("", "vessel", 0), "Two of the cavers" ("", "", 2)."""
    head = phrase.split(",")[0]
    words = re.findall(r"[A-Za-z][\w'’-]*", head)
    name = " ".join(w for at, w in enumerate(words) if w[:1].isupper() and not w.endswith(("-flagged", "-registered"))
                    and (at or w.lower() not in _NOT_NAME and not _COUNT.fullmatch(w)))
    kinds = [_KINDS[w.lower()] for w in words if w.lower() in _KINDS]
    count = _COUNT.search(head)
    number = 0 if count is None else int(count["digits"]) if count["digits"] else _NUMBER_WORDS[count["word"].lower()]
    aged = _AGED_PERSON.search(phrase)
    if aged:
        return name, f"person aged {aged['aged'] or aged['years']}", number
    return name, (kinds[-1] if kinds else ""), number


class SourceTexts(Mapping):
    """Each article's paragraphs as one lowercased text, by id (what ``joined_acts`` looks names up in), made only for
    the few sources a bucket of two or more acts asks about, not for every article of a large briefing."""

    def __init__(self, articles: Sequence) -> None:
        self._articles = {a.id: a for a in articles}
        self._made: dict[str, str] = {}

    def __getitem__(self, source_id: str) -> str:
        if source_id not in self._made:
            article = self._articles[source_id]
            self._made[source_id] = " ".join(line.text for line in article.paragraphs).lower()
        return self._made[source_id]

    def __iter__(self):
        return iter(self._articles)

    def __len__(self) -> int:
        return len(self._articles)
