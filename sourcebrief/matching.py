"""Group claims that state the same thing, through inverted indexes rather than all pairs."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .claims import Claim, counts_a_part


@dataclass(frozen=True)
class MatchRules:
    """How alike two claims must be to count as one fact, and the index's limits."""

    figure_overlap: float = 0.34
    """Share of the smaller context (figure claims) that the other must also have."""
    plain_overlap: float = 0.6
    """Share of the smaller sentence's content words (claims without figures)."""
    plain_min_words: int = 5
    """Sentences with fewer content words never match without a figure."""
    plain_min_shared: int = 4
    """Content words two plain sentences must share at least."""
    representatives: int = 3
    """Claims of a group compared with (and indexed for) a newcomer."""
    candidates: int = 8
    """Groups fully compared per claim, the best-sharing first."""
    plain_keys: int = 8
    """A plain claim is indexed under its rarest this many words."""
    posting_cap: int = 50
    """Longest inverted list; a word past it is too common to find candidates."""


def cluster_claims(claims: Sequence[Claim], rules: MatchRules = MatchRules()) -> list[list[int]]:
    """Groups of claim indices that state the same fact, in order of first claim.

    Leader clustering: each claim joins the best existing group found through
    the index (same figure value and unit family plus a shared context word;
    or shared rare words for sentences without figures), else starts its own.
    """
    df = Counter(w for c in claims if c.key is None for w in c.words)
    groups: list[list[int]] = []
    named: list[frozenset[str]] = []
    """What the claims of each group name together (Claim.named): a claim naming another place or month does not
    join, even if the members it is compared with name none."""
    index: dict[tuple[object, str], list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        if claim.key is None and len(claim.words) < rules.plain_min_words:
            groups.append([i])
            named.append(claim.named)
            continue
        best = _best_group(claim, claims, groups, named, index, rules)
        if best is None:
            groups.append([i])
            named.append(claim.named)
            best = len(groups) - 1
        else:
            groups[best].append(i)
            named[best] |= claim.named
        if len(groups[best]) <= rules.representatives:
            for key in _index_keys(claim, df, rules):
                postings = index[key]
                if len(postings) < rules.posting_cap and (not postings or postings[-1] != best):
                    postings.append(best)
    return groups


def _index_keys(claim: Claim, df: Counter[str], rules: MatchRules) -> list[tuple[object, str]]:
    """Keys a claim is filed under: (figure key, word), or (None, rare word)."""
    if claim.key is not None:
        return [(claim.key, w) for w in sorted(claim.words)] or [(claim.key, "")]
    rarest = sorted(claim.words, key=lambda w: (df[w], w))[: rules.plain_keys]
    return [(None, w) for w in rarest]


def _best_group(claim: Claim, claims: Sequence[Claim], groups: list[list[int]], named: list[frozenset[str]],
                index: dict[tuple[object, str], list[int]], rules: MatchRules) -> int | None:
    """The group this claim best belongs to, or None."""
    hits: Counter[int] = Counter()
    words = sorted(claim.words) or [""]
    for word in words:
        postings = index.get((claim.key, word), ())
        if len(postings) < rules.posting_cap:  # a full list means a common word
            hits.update(postings)
    best, best_score = None, 0.0
    for group, _ in hits.most_common(rules.candidates):  # ties: first found first
        if claim.named - named[group] and named[group] - claim.named:
            continue
        for other in groups[group][: rules.representatives]:
            score = similarity(claim, claims[other], rules)
            if score > best_score:
                best, best_score = group, score
    return best


def _distinctive(value: float) -> bool:
    """A value of three significant digits or more ("171", "797.72 million", "1,229"): two sources giving it for one
    kind of thing in one briefing, in clauses sharing a word, tell of one fact however else they word it. Round
    values ("2,500 troops", "$1.2 billion", "35 people") recur by chance, and so do shares ("12.5%")."""
    digits = f"{value:.6f}".replace(".", "").strip("0")
    return len(digits) >= 3


def similarity(a: Claim, b: Claim, rules: MatchRules = MatchRules()) -> float:
    """How alike two claims are, 0 when they cannot be the same fact."""
    if a.key != b.key or a.side and b.side and a.side != b.side:
        return 0.0
    if a.places and b.places and not a.places & b.places:
        return 0.0  # "2,500 troops in Iraq" is not "2,500 troops in Germany"
    if counts_a_part(a, b):
        return 0.0
    if a.named - b.named and b.named - a.named:
        return 0.0  # "deployed around Mosul since February" is not "... around Basra since November"
    if a.opener and b.opener and a.opener not in b.words and b.opener not in a.words:
        return 0.0  # "Copa Airlines … said" is not "Turkish Airlines and Icelandair … said"
    if a.quoted and b.quoted and 2 * len(a.quoted & b.quoted) < min(len(a.quoted), len(b.quoted)):
        return 0.0  # two quotations sharing under half their words: two things said
    shared = len(a.words & b.words)
    smaller = min(len(a.words), len(b.words))
    if a.key is not None:
        if not smaller:
            return 0.5 if not (a.words or b.words) else 0.0
        score = shared / smaller
        if shared and score < rules.figure_overlap and a.key[1] != "%" and _distinctive(a.key[0]):
            return rules.figure_overlap  # "The FAA ordered 171 jets grounded", "regulators grounded 171 … aircraft"
        return score if shared and score >= rules.figure_overlap else 0.0
    if smaller < rules.plain_min_words or shared < rules.plain_min_shared:
        return 0.0
    score = shared / smaller
    return score if score >= rules.plain_overlap else 0.0
