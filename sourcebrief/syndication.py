"""Find sources that share copy: verbatim passages (wire copy) or sentence-by-sentence paraphrase."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import combinations

from .claims import Claim
from .model import Article, record

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@record
class Shared:
    """Two sources that share copy, so their agreement is not independent."""

    a: str
    """Id of the first source (earlier in the sorted input)."""
    b: str
    """Id of the second source."""
    overlap: float
    """Share of the shorter source's text found in the other, 0..1."""
    kind: str
    """``verbatim`` (long identical passages) or ``paraphrase`` (aligned sentences)."""


@record
class CopyRules:
    """Thresholds and index limits for shared-copy detection."""

    shingle: int = 8
    """Words per shingle: eight identical words in a row are rarely chance."""
    window: int = 3
    """Winnowing window: a shared run of shingle + window - 1 words is always seen."""
    threshold: float = 0.3
    """Least overlap reported, and what makes two sources one group."""
    common: int = 64
    """A shingle in more sources than this is boilerplate, not evidence of copying."""
    sentence_words: int = 5
    """Sentences with fewer content words (and no figure) do not count for paraphrase."""
    min_aligned: int = 3
    """Fewest shared-fact sentences for a paraphrase: one shared fact is not copying."""
    widest_group: int = 50
    """Claim groups with more sources than this are not used for sentence alignment."""


def shared_copy(articles: Sequence[Article], claims: Sequence[Claim],
                groups: Sequence[Sequence[int]], rules: CopyRules = CopyRules()
                ) -> tuple[Shared, ...]:
    """Pairs of sources sharing copy, strongest first."""
    order = {a.id: i for i, a in enumerate(articles)}
    verbatim = verbatim_overlaps(articles, rules)
    paraphrase = paraphrase_overlaps(claims, groups, rules)
    found = []
    for pair in sorted(set(verbatim) | set(paraphrase)):
        copied, reworded = verbatim.get(pair, 0.0), paraphrase.get(pair, 0.0)
        if copied >= rules.threshold:
            found.append((copied, "verbatim", pair))
        elif reworded >= rules.threshold:
            found.append((reworded, "paraphrase", pair))
    found.sort(key=lambda t: (-t[0], t[2]))
    result = []
    for overlap, kind, (a, b) in found:
        if order.get(a, 0) > order.get(b, 0):
            a, b = b, a
        result.append(Shared(a, b, round(overlap, 3), kind))
    return tuple(result)


def verbatim_overlaps(articles: Sequence[Article], rules: CopyRules = CopyRules()
                      ) -> dict[tuple[str, str], float]:
    """Share of the shorter source's words inside passages (8+ words) found in the other.

    Winnowed shingle fingerprints go into an inverted index; only pairs that
    share enough of them are measured, by marking the words each shared
    fingerprint covers.
    """
    vocabulary: dict[str, int] = {}
    prints = [_fingerprints(a, vocabulary, rules) for a in articles]
    postings: dict[int, list[int]] = defaultdict(list)
    for i, (fingerprints, _) in enumerate(prints):
        for h in fingerprints:
            postings[h].append(i)
    pairs: Counter[tuple[int, int]] = Counter()
    for holders in postings.values():
        if 1 < len(holders) <= rules.common:
            pairs.update(combinations(holders, 2))
    overlaps = {}
    for (i, j), count in sorted(pairs.items()):
        if prints[j][1] < prints[i][1]:
            i, j = j, i
        if count < rules.threshold / 3 * max(1, len(prints[i][0])):
            continue  # too few shared fingerprints to reach the threshold
        shared = prints[i][0].keys() & prints[j][0].keys()
        positions = sorted(prints[i][0][h] for h in shared)
        a, b = sorted((articles[i].id, articles[j].id))
        overlaps[(a, b)] = _covered(positions, rules) / max(1, prints[i][1])
    return overlaps


def _covered(positions: Sequence[int], rules: CopyRules) -> int:
    """Words covered by shingles at these positions; gaps a window wide are one run."""
    # A run's first and last fingerprints lie up to window - 1 shingles inside
    # it; half that is added at each end as the expected slack.
    slack = (rules.window - 1) // 2
    total, run_start, run_end = 0, None, -1
    for pos in positions:
        if run_start is not None and pos <= run_end + rules.window - 1:
            run_end = max(run_end, pos + rules.shingle)
            continue
        if run_start is not None:
            total += run_end - run_start + 2 * slack
        run_start, run_end = pos, pos + rules.shingle
    if run_start is not None:
        total += run_end - run_start + 2 * slack
    return total


def _fingerprints(article: Article, vocabulary: dict[str, int], rules: CopyRules
                  ) -> tuple[dict[int, int], int]:
    """({winnowed shingle hash: word position}, word count) of an article.

    Hashes are of word-id tuples (ids given in input order), never of strings,
    so they are the same in every run.
    """
    ids = []
    for line in article.paragraphs:
        for word in _WORD.findall(line.text.lower()):
            ids.append(vocabulary.setdefault(word, len(vocabulary)))
    hashes = [hash(tuple(ids[k: k + rules.shingle]))
              for k in range(len(ids) - rules.shingle + 1)]
    chosen: dict[int, int] = {}
    if not hashes:
        return chosen, len(ids)
    width = min(rules.window, len(hashes))
    for k in range(len(hashes) - width + 1):
        window = hashes[k: k + width]
        low = min(window)
        chosen.setdefault(low, k + window.index(low))
    return chosen, len(ids)


def paraphrase_overlaps(claims: Sequence[Claim], groups: Sequence[Sequence[int]],
                        rules: CopyRules = CopyRules()) -> dict[tuple[str, str], float]:
    """Share of the shorter source's sentences that state a fact also stated by the other, for pairs that also
    share a sentence without a figure: outlets giving the same official figures in their own words ("28.7 trillion
    naira", "N28.7tn"; "deficit at 9.18 trillion naira", "deficit stood at N9.18tn") share facts, not copy, and
    so do two leads telling of one event (_leads_only)."""
    sentences: dict[str, set[int]] = defaultdict(set)
    for claim in claims:
        if claim.key is not None or len(claim.words) >= rules.sentence_words:
            sentences[claim.source_id].add(claim.sentence)
    lead: dict[str, int] = {}
    for claim in claims:
        lead[claim.source_id] = min(lead.get(claim.source_id, claim.sentence), claim.sentence)
    aligned: dict[tuple[str, str], set[int]] = defaultdict(set)
    worded: set[tuple[str, str]] = set()
    for group in groups:
        by_source: dict[str, set[int]] = defaultdict(set)
        for i in group:
            by_source[claims[i].source_id].add(claims[i].sentence)
        if not 1 < len(by_source) <= rules.widest_group:
            continue
        for a, b in combinations(sorted(by_source), 2):
            aligned[(a, b)] |= by_source[a]
            aligned[(b, a)] |= by_source[b]
            if claims[group[0]].key is None and not _leads_only(by_source[a], by_source[b], lead[a], lead[b]):
                worded.add((a, b))
    overlaps = {}
    for (a, b), mine in aligned.items():
        if a > b:
            continue
        theirs = aligned[(b, a)]
        short, count = min((len(sentences[a]), len(mine)), (len(sentences[b]), len(theirs)))
        if count >= rules.min_aligned and (a, b) in worded:
            overlaps[(a, b)] = count / short
    return overlaps


def _leads_only(mine: set[int], theirs: set[int], my_lead: int, their_lead: int) -> bool:
    """Two sources' sentences of one plain fact are each its source's lead and nothing else: every report of an
    event opens by telling it ("Hundreds of thousands of people took to the streets across France on Tuesday",
    "Hundreds of thousands of workers marched across France on Tuesday"), which is no sign of shared copy."""
    return mine == {my_lead} and theirs == {their_lead}


def source_groups(ids: Sequence[str], shared: Sequence[Shared], outlets: dict[str, str],
                  threshold: float) -> dict[str, str]:
    """Map each source id to its group's root: shared copy or one outlet make one group."""
    parent = {i: i for i in ids}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(x: str, y: str) -> None:
        rx, ry = root(x), root(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    first_of_outlet: dict[str, str] = {}
    for i in ids:
        join(i, first_of_outlet.setdefault(outlets.get(i, i), i))
    for pair in shared:
        if pair.overlap >= threshold and pair.a in parent and pair.b in parent:
            join(pair.a, pair.b)
    return {i: root(i) for i in ids}
