"""Corroborate claims across sources: facts with their outlets, conflicting figures, shared copy."""

from __future__ import annotations

import dataclasses
import functools
import datetime as _dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from .claim_currency import story_currency
from .claim_citing import Disputants, about_own_reporting, gives_all, gives_figures, gives_opening, of_earlier_event, tells_rest
from .claim_lists import fold_lists
from .claim_rounded import rounded_parts
from .claim_repeats import fold_repeats, gives_figure, one_clause
from .claim_restated import restatements
from .claims import Claim, article_claims
from .conflict_missing import missing_course, story_tolls
from .conflict_heading import heading, own_clause, quantity
from .conflicts import conflicting_groups
from .event_subject import opens_with_possessive, with_subject
from .fact_statement import alone, bare, fragment, pronoun_led, statement, with_opening_quote, without_label
from .figures import Figure
from .matching import MatchRules, cluster_claims
from .model import Article, record
from .rounding import approximates, bounds, confirms, step
from .toll_clock import clock_rising
from .tolls import dated_rising, earlier_tolls, told_rising
from .syndication import CopyRules, Shared, shared_copy, source_groups
from .vote_counts import counting_stage, paragraph_stages, partial_count

__all__ = ["Conflict", "ConflictValue", "Corroboration", "Fact", "FactSource", "Shared",
           "corroborate"]

@record
class FactSource:
    """One source's own wording of a fact."""

    source_id: str
    """Id of the source."""
    quote: str
    """The source's sentence stating the fact."""
    paragraph: int
    """Seed line of the paragraph holding the sentence."""
    rounded: str = ""
    """The figure as this source writes it when that is the fact's figure rounded ("56.6%" for "56.55%"), else ""."""


@record
class Fact:
    """A claim, with every source that makes it."""

    id: str
    """Stable id derived from the text, e.g. ``fact-3f2a9c1e``."""
    text: str
    """Short readable statement: the shortest source clause stating it."""
    figures: tuple[str, ...]
    """The figures the fact is about, as written in ``text`` (``2,500 troops``)."""
    sources: tuple[FactSource, ...]
    """One entry per source, in input order."""
    outlets: int
    """Distinct outlets among the sources (a source of unknown outlet counts alone)."""
    independent: int
    """Source groups left after joining sources that share copy or an outlet."""


@record
class ConflictValue:
    """What one source says in a conflict."""

    value: str
    """The value as the source puts it: ``more than 165 times``, or a date value."""
    source_id: str
    """Id of the source."""
    published: _dt.date | None
    """When the source was published, if known: values often differ because of it."""
    quote: str
    """The source's sentence."""
    paragraph: int | None = None
    """Seed line of the paragraph, if known."""
    partial: bool = False
    """The value is of an election's count not yet over ("with 95% of ballots counted", "preliminary results"):
    a later full count may differ without either source being wrong (vote_counts.partial_count)."""
    rounded: bool = False
    """The value is another value of the conflict rounded ("56.6%" beside "56.55%", rounding.confirms): no
    disagreement of its own."""


@record
class Conflict:
    """One quantity (or date) that sources report differently."""

    id: str
    """Stable id derived from the text and sources."""
    text: str
    """What is in dispute, e.g. ``Number of attacks — ... since mid-October``."""
    values: tuple[ConflictValue, ...]
    """Each source's value, oldest publication first."""
    rising: bool = False
    """Each later publication gives a higher figure (and one date, one figure): a tally that grew over time
    ("155 people had died" on 31 October, "202 people had died" on 1 November) rather than sources at odds."""
    falling: bool = False
    """Each later report gives a lower count of the missing (conflict_missing): people found, not sources at odds."""
    changing: bool = False
    """A count of the missing told at different times, lower then higher (conflict_missing): no disagreement."""

    @property
    def partial(self) -> bool:
        """Some value is of a count not yet over (ConflictValue.partial): an early stage of the count, not a
        misreport."""
        return any(v.partial for v in self.values)


@record
class Corroboration:
    """Everything corroborate() found; ``to_json()`` is ``site/data/facts.json``."""

    facts: tuple[Fact, ...]
    """Facts, most outlets first."""
    conflicts: tuple[Conflict, ...]
    """Figures reported differently. The pipeline may append date conflicts."""
    syndication: tuple[Shared, ...]
    """Pairs of sources sharing copy."""

    def to_json(self) -> dict[str, list[dict[str, object]]]:
        """The facts.json document (DESIGN.md), with a few extra fields."""
        return {
            "facts": [_fact_json(f) for f in self.facts],
            "conflicts": [_conflict_json(c) for c in self.conflicts],
            "syndication": [{"a": s.a, "b": s.b, "overlap": s.overlap, "kind": s.kind}
                            for s in self.syndication],
        }


def _fact_json(fact: Fact) -> dict[str, object]:
    """One fact as JSON."""
    return {
        "id": fact.id, "text": fact.text, "figures": list(fact.figures),
        "sources": [{"id": s.source_id, "quote": s.quote, "paragraph": s.paragraph,
                     **({"rounded": s.rounded} if s.rounded else {})} for s in fact.sources],
        "outlets": fact.outlets, "independent": fact.independent,
    }


def _conflict_json(conflict: Conflict) -> dict[str, object]:
    """One conflict as JSON."""
    return {
        "id": conflict.id, "text": conflict.text, **({"rising": True} if conflict.rising else {}),
        **({"falling": True} if conflict.falling else {}), **({"changing": True} if conflict.changing else {}),
        "values": [{"value": v.value, "source": v.source_id,
                    "published": v.published.isoformat() if v.published else None,
                    "quote": v.quote, "paragraph": v.paragraph, **({"partial": True} if v.partial else {}),
                    **({"rounded": True} if v.rounded else {})}
                   for v in conflict.values],
    }


def corroborate(articles: Sequence[Article], match: MatchRules = MatchRules(),
                copy: CopyRules = CopyRules(), extracted: dict[str, list[Claim]] | None = None) -> Corroboration:
    """Facts, conflicts and shared copy across all articles (sorted by id for stable output).

    ``extracted``: ``article_claims`` by source id, when already known (cached or made in parallel)."""
    articles = sorted(articles, key=lambda a: a.id)
    claims = story_currency([c for a in articles
                             for c in (extracted[a.id] if extracted is not None else article_claims(a))])
    outlet_of = {a.id: a.outlet or a.id for a in articles}
    claims = [c for c in claims if not about_own_reporting(c.quote, outlet_of[c.source_id])]
    groups = cluster_claims(claims, match)
    syndication = shared_copy(articles, claims, groups, copy)
    group_of = source_groups([a.id for a in articles], syndication, outlet_of, copy.threshold)
    conflicts = _conflicts(claims, groups, {a.id: a for a in articles})
    facts = _facts(claims, groups, outlet_of, group_of, {(c.source_id, c.sentence): c.quote for c in claims},
                   Disputants(conflicts))
    return Corroboration(facts, conflicts, syndication)


def _facts(claims: Sequence[Claim], groups: Sequence[Sequence[int]], outlet_of: dict[str, str],
           group_of: dict[str, str], sentences: dict[tuple[str, int], str],
           disputed: Disputants) -> tuple[Fact, ...]:
    """Facts from claim groups: any group with two sources, and figures from one source; one fact per sentence a
    fact shows whole (_sentence_repeats). ``sentences``: each source's sentences by number, so that a fact opening
    with a pronoun can name what it stands for (event_subject.with_subject)."""
    kept = []
    for group in groups:
        members = _first_per_source([claims[i] for i in group])
        if len(members) > 1 or members[0].key is not None and not counting_stage(members[0]):  # (how far a count
            # had gone, "With results declared in 200 of the 276 constituencies", is what its sentence's share is of)
            kept.append((group[0], members))
    heads = [_headline(members, group_of) for _, members in kept]
    joined = _sentence_repeats([members for _, members in kept], heads)
    taken = restatements([members for _, members in kept], joined)
    ranked = []
    for n, ((first, members), best) in enumerate(zip(kept, heads)):
        if n not in joined:
            continue
        members = members + [c for c in _first_per_source(taken.get(n, ()))
                             if c.source_id not in {m.source_id for m in members}]
        text = without_label(with_opening_quote(statement(best), best.quote))
        if not text[1:2].isupper():  # "iPhone revenue rose": a name written in lower case first stays so
            text = text[:1].upper() + text[1:]
        at = text.find(best.figure.text) if best.figure else -1
        opening = text[:at + len(best.figure.text)] if at >= 0 else text  # to its figure: a bracket may be left out
        if best.quote.lstrip().startswith(opening):  # "It said it would resume flights": the airline said
            text = with_subject(text, best.quote.strip(), sentences.get((best.source_id, best.sentence - 1), ""))
        if opens_with_possessive(text):
            continue  # "Its preliminary report is expected …" whose "its" stays unnamed: a fact about no one
        figures = tuple(f.text for f in sorted((c.figure for c in joined[n] if c.figure), key=lambda f: f.start))
        if best.figure and statement(best) == best.quote.strip() != best.clause.strip():  # a whole sentence shown
            # for its clause: cited only by sources that give all its figures of the fact's unit, and those before
            # the clause
            members = [c for c in members if c is best or gives_figures(c.quote, text, best.figure.unit)
                       and gives_opening(c.quote, text, best.clause) and tells_rest(c.quote, text, best.clause,
                                                                                    best.figure.text)]
        elif best.figure:  # a sentence of its own: cited only by sources telling its event, not only an earlier one
            members = [c for c in members if c is best or tells_rest(c.quote, text, best.clause, best.figure.text)
                       or c.figure is not None and of_earlier_event(c.quote, c.figure.start)]
        members = [c for c in members if not disputed.disputes(best.source_id, best.quote, text, c.source_id)]
        sources = tuple(FactSource(c.source_id, c.quote, c.paragraph, _rounded(c, best)) for c in members)
        outlets = len({outlet_of[c.source_id] for c in members})
        independent = len({group_of[c.source_id] for c in members})
        ranked.append(((-outlets, -independent, -len(members), first), text, figures, sources, outlets, independent))
    ranked.sort(key=lambda r: r[0])
    seen: set[str] = set()
    facts: list[Fact] = []
    shown: dict[str, int] = {}
    for _, text, figures, sources, outlets, independent in ranked:
        same = shown.get(text)
        if same is not None:  # one sentence confirmed for each of its figures: one fact giving them all, with every
            # source that confirms any of them ("extended the 3.66 million bpd of cuts … and the 2.2 million bpd")
            merged = tuple(dict.fromkeys((*facts[same].figures, *figures)))
            known = {s.source_id for s in facts[same].sources}
            joined = facts[same].sources + tuple(s for s in sources if s.source_id not in known)
            joined = tuple(s for s in joined if gives_all(s.quote, merged, hedged=True)) or joined[:1]  # (the
            # first is the first by id, not the one whose sentence is shown: "raised 27,870 crore rupees" gives no
            # "2.37 times")
            facts[same] = dataclasses.replace(
                facts[same], figures=merged, sources=joined, outlets=len({outlet_of[s.source_id] for s in joined}),
                independent=len({group_of[s.source_id] for s in joined}))
            continue
        shown[text] = len(facts)
        fact_id = _stable_id("fact", text + "|" + sources[0].source_id, seen)
        facts.append(Fact(fact_id, text, figures, sources, outlets, independent))
    def recount(fact: Fact, sources: tuple[FactSource, ...]) -> Fact:
        return dataclasses.replace(fact, sources=sources, outlets=len({outlet_of[s.source_id] for s in sources}),
                                   independent=len({group_of[s.source_id] for s in sources}))

    return tuple(rounded_parts(fact) for fact in fold_lists(fold_repeats(facts), recount))


def _rounded(claim: Claim, headline: Claim) -> str:
    """The claim's figure as written when it is the headline's figure rounded, or a hedged round figure it meets
    ("More than 1,000 homes" for "1,024 houses": rounding.bounds) (FactSource.rounded), else ""."""
    if claim.figure is None or headline.figure is None or claim.figure.value == headline.figure.value:
        return ""
    return claim.figure.text if confirms(claim.figure, headline.figure) or bounds(claim.figure, headline.figure) else ""


def _sentence_repeats(facts: Sequence[Sequence[Claim]], heads: Sequence[Claim]) -> dict[int, list[Claim]]:
    """The facts to show, by index, each with the claims whose figures it gives. A fact whose headline is a
    whole sentence says everything that sentence says, so it and the other facts citing the sentence are one
    fact; so is one whose headline holds another's from the same sentence ("About 70 workers were trapped in
    two quarries" for both figures): a fact of several sources stays (it keeps its outlets) and the single-source
    ones go; among single-source ones only, the one showing the whole sentence stays and takes the others' figures ("The attack
    killed at least 17 people in Iraq, including civilians, and wounded 25 others" once, not also as "The attack
    killed at least 17 people in Iraq")."""
    joined = {n: [head] for n, head in enumerate(heads)}
    citing: dict[tuple[str, int], list[int]] = defaultdict(list)
    for n, members in enumerate(facts):
        for claim in members:
            citing[(claim.source_id, claim.sentence)].append(n)
    for n, head in enumerate(heads):
        if n not in joined:
            continue
        shown = statement(head)
        whole = shown == head.quote.strip()
        others = [m for m in citing[(head.source_id, head.sentence)]
                  if m != n and m in joined and (whole or statement(heads[m]).lower() in shown.lower()
                                                 or one_clause(shown, statement(heads[m])))]
        if not others and len(facts[n]) == 1:  # a figure of the sentence a fact of several sources gives
            others = [m for m in citing[(head.source_id, head.sentence)] if m != n and m in joined
                      and len(facts[m]) > 1 and gives_figure(statement(heads[m]), head.figure)]
        if not others:
            continue
        if len(facts[n]) > 1:
            gone = [m for m in others if len(facts[m]) == 1]
        elif any(len(facts[m]) > 1 for m in others):
            gone = [n]
        else:
            gone = others
            joined[n] += [heads[m] for m in others]
        for m in gone:
            del joined[m]
    return joined


def _first_per_source(members: Sequence[Claim]) -> list[Claim]:
    """The first claim of each source, in input order."""
    seen: set[str] = set()
    kept = []
    for claim in members:
        if claim.source_id not in seen:
            seen.add(claim.source_id)
            kept.append(claim)
    return kept


def _headline(members: Sequence[Claim], group_of: dict[str, str]) -> Claim:
    """The claim whose clause (or, for a fragment, whole sentence) states the fact: of those naming what is
    counted, the one whose words the other sources most confirm, then the shortest. A headline should say what
    the sources say, not what one of them adds ("Two days of national mourning ended on Tuesday" for three
    sources, two of which say it was declared); copies of one report confirm nothing to each other."""
    with_noun = [c for c in members
                 if c.figure is not None and any(ch.isalpha() for ch in _PERCENT_WORDS.sub("", c.figure.text))]
    spread: dict[str, set[str]] = defaultdict(set)  # word -> the source groups using it
    for claim in members:
        for word in claim.words:
            spread[word].add(group_of[claim.source_id])

    def confirmed(claim: Claim) -> float:
        return sum(len(spread[w]) > 1 for w in claim.words) / len(claim.words) if claim.words else 0.0

    coarser = _coarser(members)
    if with_noun and all(coarser(c) for c in with_noun):
        with_noun = []  # "Turnout was about 40%", whose hedge is no noun, does not state "39.9%"
    return min(with_noun or members, key=lambda c: (coarser(c), bare(c), pronoun_led(c),
                                                    fragment(c) or alone(c), -confirmed(c), len(c.clause),
                                                    c.source_id))


def _coarser(members: Sequence[Claim]) -> Callable[[Claim], bool]:
    """Whether a member's figure is another member's rounded ("56.6%" beside "56.55%", "about 27,000" beside "26,800":
    rounding.approximates): a fact states the finer value.
    Each distinct figure is compared with the others once (a widely reported fact has hundreds of members and a few
    figures: comparing every member with every other had made the facts merge quadratic)."""
    figures = {_figure_key(m.figure): m.figure for m in members if m.figure is not None}
    steps = {key: step(figure) for key, figure in figures.items()}
    coarse = {key for key, figure in figures.items()
              if any(steps[other] < steps[key] and (confirms(finer, figure) or approximates(figure, finer))
                     for other, finer in figures.items())}
    return lambda claim: claim.figure is not None and _figure_key(claim.figure) in coarse


def _figure_key(figure: Figure) -> tuple:
    """A figure as written, wherever it stands in its sentence."""
    return figure.text, figure.value, figure.unit, figure.qualifier, figure.low


_PERCENT_WORDS = re.compile(r"\b(?:per\s*cent|percent|pct)\b", re.I)
"""A share's unit written out ("22.1 percent"), which names nothing counted: "22.1%" says as much."""


def _stable_id(prefix: str, seed: str, seen: set[str]) -> str:
    """``prefix-<8 hex>`` from a hash of ``seed``, suffixed when already taken."""
    base = f"{prefix}-{hashlib.sha1(seed.encode('utf-8')).hexdigest()[:8]}"
    candidate, n = base, 2
    while candidate in seen:
        candidate, n = f"{base}-{n}", n + 1
    seen.add(candidate)
    return candidate


def _conflicts(claims: Sequence[Claim], groups: Sequence[Sequence[int]],
               articles: dict[str, Article]) -> tuple[Conflict, ...]:
    """Figure groups about the same quantity (unit family and context) that disagree."""
    conflicts = []
    seen: set[str] = set()
    stages = paragraph_stages(claims)
    undated = frozenset(source for source, article in articles.items() if article.published is None)
    published = {source: article.published for source, article in articles.items() if article.published}
    tolls = functools.cache(lambda: story_tolls(claims))  # read once, and only for a count of the missing
    for component in conflicting_groups(claims, groups, undated, published):
        members = [c for g in component for c in _first_per_source([claims[i] for i in groups[g]])]
        members += earlier_tolls(members, claims, articles)
        coarser = _coarser(members)
        values = sorted(
            (ConflictValue(c.figure.text if c.figure else c.clause, c.source_id,
                           articles[c.source_id].published, c.quote, c.paragraph, partial_count(c, stages),
                           coarser(c))
             for c in members),
            key=lambda v: (v.published is None, v.published or _dt.date.min, v.source_id))
        rising = not any(v.partial for v in values) and (dated_rising(members, articles)
                                                         or told_rising(members, claims) or clock_rising(members))
        shortest = min(members, key=lambda c: (partial_count(c, stages), rising and articles[c.source_id].published
                                               is None, fragment(c), len(own_clause(c)), c.source_id))  # (a count
        # rising with the dated reports is headed by one of them, not by an undated one repeating its last value)
        measured = quantity(shortest.key[1] if shortest.key else '')
        text = heading(measured, shortest)
        seed = f"{measured} — {own_clause(shortest)}|" + ",".join(v.source_id for v in values)  # (ids as before
        # headings left the value out)
        course = "" if rising or any(v.partial for v in values) else missing_course(members, tolls(), published)
        conflicts.append(Conflict(_stable_id("conflict", seed, seen), text, tuple(values),
                                  rising or course == "rising", course == "falling", course == "changing"))
    return tuple(conflicts)
