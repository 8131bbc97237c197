"""What the briefing is about, read from its sources: the name most headlines share, as the briefing's title when
``content/index.md`` gives none, and a check that an introduction names what the sources are about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .entities import Entity
from .entity_gazetteer import gazetteer
from .event_words import STOPWORDS
from .model import Article, Diagnostic

_WORD = re.compile(r"\w+(?:[-.'’]\w+)*\.?")
"""A word of a headline or a name: "U.S.", "Al-Sudani", "Kenya’s" (a possessive stays one word: names match it)."""
_LONGEST = 6
"""Words in the longest name looked for in a headline."""
MAIN = 5
"""Names a warning about an unrelated introduction suggests (those the most sources name)."""
_TOKEN = re.compile(rf"{_WORD.pattern}|[^\w\s]")
"""A word or one mark of punctuation of a headline: a title's phrase never runs over ":" or ","."""
_MORE = 3
"""Words at most that a title adds after the shared name ("Baltimore" + "bridge collapse")."""
_HEADLINE_VERBS = frozenset("""
kills dies dead cuts says claims vows rises climbs passes reaches hits orders urges warns calls agrees approves signs
seeks faces launches begins ends opens meets holds names elects expels grounds halts resumes returns wins loses
sinks crashes collapses announces denies confirms demands rejects accepts blames slams""".split())
"""Verbs a headline tells its news with, right after the name ("Bank of England cuts rates", "Sheikh Nawaf dies at
86"): a title stops before them. Words ending in "-ed" ("Raisi killed in helicopter crash") are verbs too; "strikes"
is a noun as often as a verb, so it is not listed."""


def _words(text: str) -> tuple[str, ...]:
    """The words of ``text``, without a possessive's "'s" and a full stop after them ("Rotterdam." ends a sentence;
    "U.S." keeps its stops)."""
    return tuple(re.sub(r"['’]s$", "", w if w.count(".") != 1 else w.rstrip(".")) for w in _WORD.findall(text))


def _runs(text: str) -> set[tuple[str, ...]]:
    """Every run of up to _LONGEST words of ``text``."""
    words = _words(text)
    return {words[i:i + size] for size in range(1, _LONGEST + 1) for i in range(len(words) - size + 1)}


def _names(entity: Entity) -> list[tuple[str, ...]]:
    return [words for name in (entity.name, *entity.aliases) if 0 < len(words := _words(name)) <= _LONGEST]


def subject_entity(articles: Sequence[Article], entities: Sequence[Entity]) -> Entity | None:
    """The entity that at least half the headlines (and two or more) name, by its name or an alias as written: the one
    the most name (then the longer name, "Panama Canal" over "Panama"; then the one with the most mentions). None
    when no name is that widely shared: a title is not guessed. Each headline's word runs are looked up, so this is
    linear in both."""
    ranked = _ranked(articles, entities)
    if not ranked or ranked[0][1] < _need(articles):
        return None
    return ranked[0][0]


def _ranked(articles: Sequence[Article], entities: Sequence[Entity]) -> list[tuple[Entity, int]]:
    """Each entity a headline names, with how many headlines name it, the most named first (then the longer name,
    then the most mentions)."""
    by_words: dict[tuple[str, ...], Entity] = {}
    for entity in entities:
        for words in _names(entity):
            by_words.setdefault(words, entity)
    counts: Counter = Counter()
    for article in articles:
        counts.update({by_words[run].id for run in _runs(article.title or "") if run in by_words})
    by_id = {e.id: e for e in entities}
    ranked = sorted(counts.items(), key=lambda item: (-item[1], -len(_words(by_id[item[0]].name)),
                                                      -len(by_id[item[0]].mentions), item[0]))
    return [(by_id[key], n) for key, n in ranked]


def _need(articles: Sequence[Article]) -> int:
    """Headlines a name or a word must be in to title the briefing: half of those with a headline, and two or more."""
    return max(2, (sum(1 for a in articles if a.title) + 1) // 2)


def subject_title(articles: Sequence[Article], about: Entity, entities: Sequence[Entity] = ()) -> str:
    """The briefing's title for its subject ``about``: its name with the lowercase words that follow it in at least as
    many headlines as subject_entity asks for ("Baltimore" in "Baltimore bridge collapse: Bodies …" and "Baltimore
    bridge collapse: What we know" gives "Baltimore bridge collapse"), written with the name's most frequent spelling
    there ("US strikes"). The words stop at punctuation, a stopword, a capital, a number or a headline verb: no word is
    invented and none is guessed; with no such words it is the entity's name. When another of ``entities`` is named
    in as many headlines (Iraq and the US in each of "Iraq urges US to resume dialogue …", "US, Iraq initiate talks
    …"), neither alone is the subject: the title is both names (see _pair_title)."""
    other = _tied(articles, about, entities)
    if other is not None:
        return _pair_title(articles, (about, other))
    names = sorted(_names(about), key=len, reverse=True)
    follows: list[set[tuple[str, tuple[str, ...]]]] = []
    for article in articles:
        tokens = [_words(t)[0] if _WORD.fullmatch(t) else t for t in _TOKEN.findall(article.title or "")]
        follows.append({(" ".join(name), _following(tokens[i + len(name):]))
                        for i in range(len(tokens)) for name in names if tuple(tokens[i:i + len(name)]) == name})
    need = max(2, (sum(1 for a in articles if a.title) + 1) // 2)
    best: tuple[str, ...] = ()
    for size in range(1, _MORE + 1):
        shared = Counter(tail[:size] for found in follows for tail in {t for _, t in found if len(t) >= size})
        best = max((tail for tail, n in shared.items() if n >= need), key=lambda t: (shared[t], t), default=best)
    if not best:
        return about.name
    written = Counter(name for found in follows for name, tail in set(found) if tail[:len(best)] == best)
    name = max(written, key=lambda n: (written[n], n == about.name, len(n)))
    return " ".join((name, *best))


EVENT_NOUNS = frozenset("storm hurricane typhoon cyclone operation".split())
"""Words a named event's name opens with ("Storm Isha", "Hurricane Helene", "Operation Prosperity Guardian"): a run of
capitalised words headlines share that opens with one names the event the briefing is about, though no entity does."""
EVENT_ENDS = frozenset("fire wildfire bushfire summit cup olympics games".split())
"""Words a named event's name ends with ("Park Fire", "Nato Summit", "World Cup")."""


def briefing_title(articles: Sequence[Article], about: Entity | None, entities: Sequence[Entity] = ()) -> str:
    """The briefing's title when content/index.md gives none: a named event at least as many headlines name as the
    subject (every headline's "Storm Isha: …" titles the briefing "Storm Isha", not "Briefing" nor the "UK" two of
    them name), else subject_title of ``about`` (subject_entity), else "Briefing"."""
    event = named_event(articles)
    if event and (about is None or event[1] >= next((n for e, n in _ranked(articles, entities) if e.id == about.id), 0)):
        return event[0]
    return subject_title(articles, about, entities) if about else "Briefing"


def named_event(articles: Sequence[Article]) -> tuple[str, int] | None:
    """The name of an event (EVENT_NOUNS or EVENT_ENDS and at least one other capitalised word, up to _LONGEST words)
    that _need headlines write alike, with how many do: the most shared, then the longest. Headlines are read as
    written: a Title Case headline's "Storm Isha Batters UK" holds "Storm Isha" as the others do, and its longer run
    is in no other headline."""
    counts: Counter = Counter()
    for article in articles:
        counts.update(_event_runs(article.title or ""))
    found = sorted(((n, len(run), run) for run, n in counts.items() if n >= _need(articles)), reverse=True)
    return (" ".join(found[0][2]), found[0][0]) if found else None


def _event_runs(title: str) -> set[tuple[str, ...]]:
    """The runs of capitalised words of a headline (no run over punctuation) that name an event."""
    runs: set[tuple[str, ...]] = set()
    run: list[str] = []
    for token in [*_TOKEN.findall(title), "."]:
        if re.fullmatch(r"[A-Z][\w'’-]*", token) and not token.endswith(("'s", "’s")):
            run.append(token)
            continue
        for i in range(len(run)):
            for size in range(2, min(_LONGEST, len(run) - i) + 1):
                words = tuple(run[i:i + size])
                if words[0].casefold() in EVENT_NOUNS or words[-1].casefold() in EVENT_ENDS:
                    runs.add(words)
        run = []
    return runs


def _tied(articles: Sequence[Article], about: Entity, entities: Sequence[Entity]) -> Entity | None:
    """The one entity other than ``about`` that as many headlines name, if there is one; a name within the other's
    ("Panama" in "Panama Canal") is the same subject, not a tie. Three names as widely shared ("Afif", "Jordan",
    "Qatar") make no pair: which two would be a guess."""
    ranked = _ranked(articles, entities) if entities else []
    count = next((n for e, n in ranked if e.id == about.id), 0)
    mine = _names(about)
    tied = [entity for entity, n in ranked if n == count and entity.id != about.id
            and not any(_within(a, b) or _within(b, a) for a in mine for b in _names(entity))]
    return tied[0] if len(tied) == 1 else None


def _within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the words ``short`` are a run of the words ``long``."""
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


def _pair_title(articles: Sequence[Article], pair: tuple[Entity, Entity]) -> str:
    """The title of a briefing whose headlines name two subjects equally: both names as the headlines most often write
    them, the one most headlines name first leading ("Iraq and US"), then the longest run of lowercase words at least
    as many headlines share (_shared_words): "Iraq and US: coalition". No word is invented."""
    written: list[Counter] = [Counter(), Counter()]
    first = Counter()
    for article in articles:
        words = _words(article.title or "")
        at: list[int | None] = []
        for entity, spelled in zip(pair, written):
            found = [(i, name) for name in _names(entity) for i in range(len(words)) if words[i:i + len(name)] == name]
            spelled.update({" ".join(name) for _, name in found})
            at.append(min(found)[0] if found else None)
        if None not in at and at[0] != at[1]:
            first[0 if at[0] < at[1] else 1] += 1
    names = [max(spelled, key=lambda n: (spelled[n], n == e.name, len(n)), default=e.name)
             for e, spelled in zip(pair, written)]
    if first[1] > first[0]:
        names.reverse()
    shared = _shared_words(articles, {w.casefold() for e in pair for name in _names(e) for w in name})
    return f"{names[0]} and {names[1]}" + (f": {' '.join(shared)}" if shared else "")


def _shared_words(articles: Sequence[Article], skip: set[str]) -> tuple[str, ...]:
    """The longest run (up to _MORE words; then the one the most headlines hold) of words, each written lowercase in
    some headline (a capitalised word may be a name), that _need headlines hold in any case (one word alone: three
    in four, "coalition" in five of six; "suspends" in two of three says too little): none of ``skip`` (the subjects' own words), stopwords, headline verbs or "-ed" words, no run over
    punctuation, and none a headline opens with "to" ("UBS agrees to buy Credit Suisse": a verb, not the story)."""
    lower = {t for a in articles for t in _TOKEN.findall(a.title or "") if re.fullmatch(r"[a-z][a-z'’-]*", t)}
    counts: Counter = Counter()
    after_to: set[str] = set()
    for article in articles:
        runs: set[tuple[str, ...]] = set()
        run: list[str] = []
        before = ""
        for token in [*_TOKEN.findall(article.title or ""), "."]:
            word = token.casefold()
            if word in lower and word not in skip and word not in STOPWORDS and word not in _HEADLINE_VERBS \
                    and not word.endswith("ed"):
                if not run and before == "to":
                    after_to.add(word)
                run.append(word)
                continue
            runs.update(tuple(run[i:i + size]) for size in range(1, _MORE + 1) for i in range(len(run) - size + 1))
            run, before = [], word
        counts.update(runs)
    need, most = _need(articles), -(-3 * sum(1 for a in articles if a.title) // 4)
    found = sorted((t for t, n in counts.items() if n >= (need if len(t) > 1 else most) and t[0] not in after_to),
                   key=lambda t: (-len(t), -counts[t], t))
    return found[0] if found else ()


def _following(tokens: Sequence[str]) -> tuple[str, ...]:
    """The lowercase words at the start of ``tokens`` (up to _MORE) that can continue a name into a title."""
    words: list[str] = []
    for token in tokens[:_MORE]:
        if not re.fullmatch(r"[a-z][a-z'’-]*", token) or token in STOPWORDS or token in _HEADLINE_VERBS \
                or token.endswith("ed"):
            break
        words.append(token)
    return tuple(words)


def unrelated_introduction(path: str, text: str, about: Entity | None, entities: Sequence[Entity]) -> Diagnostic | None:
    """A warning when the introduction (``text``: its title and body) names neither the briefing's subject (``about``,
    the subject_entity) nor any person, organisation or place the sources name: it was likely written for other
    articles (seeds/ replaced). The warning suggests the subject and the first MAIN others, by how many sources
    name them. Countries count only as the subject: two stories about the same country are common, and one naming
    "the United States" says little about which."""
    countries = gazetteer().countries
    named = [e for e in entities if e is not about and not (e.kind == "place" and e.name in countries)]
    lead, runs = [about] if about else [], _runs(text)
    if not (lead or named) or any(words in runs for e in lead + named for words in _names(e)):
        return None
    spread = {e.id: len({m.source for m in e.mentions}) for e in named}  # sorted only to name a few in the warning
    named.sort(key=lambda e: (-spread[e.id], -len(e.mentions), e.id))
    names = ", ".join(e.name for e in (lead + named)[:MAIN])
    return Diagnostic(path, 1, f"the introduction names none of the people, organisations or places in the sources "
                               f"(most named: {names}): is it written for other articles?", "warning")
