"""Facts that only restate another fact's figures in its own sentences: one claim, not two."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

_RESTATING = re.compile(r"\d[^.;!?]*?(?:,\s+or|,?\s+equivalent\s+to|,?\s+equal\s+to|,\s+valuing\s+[^,;]{1,40}?\s+at"
                        r"|,\s+worth(?:\s+about|\s+roughly)?)\s+$")
"""What precedes a figure that puts an earlier figure of its sentence another way: "$197 in cash and 0.345 shares …
for each Ansys share, or $390.19 per share", "…, equivalent to $390.19 a share", "…, valuing Ansys at $390.19"."""


def restates(claim: Any) -> bool:
    """Whether the claim's figure restates an earlier figure of its sentence (_RESTATING)."""
    figure = claim.figure
    return figure is not None and _RESTATING.search(claim.quote, 0, figure.start) is not None


def restatements(facts: Sequence[Sequence[Any]], joined: dict[int, list[Any]]) -> dict[int, list[Any]]:
    """Fold each shown fact whose figure at least two of its sources give as a restatement (restates) into the shown
    fact citing the most of those sentences (two at least): "$390.19 per share based on Synopsys' closing price" is
    what the terms "$197 in cash and 0.345 shares … for each Ansys share" come to, in the same sentences of Reuters,
    the FT and CNBC. ``joined``: shown facts by index with the claims whose figures they give (changed in place).
    Returns the claims each host takes in (its new sources among them). Each claim is looked up once."""
    citing: dict[tuple[str, int], list[int]] = {}
    for n in joined:
        for claim in facts[n]:
            citing.setdefault((claim.source_id, claim.sentence), []).append(n)
    taken: dict[int, list[Any]] = {}
    for m in sorted(joined):
        restating = [c for c in facts[m] if restates(c)]
        if len(facts[m]) < 2 or len(restating) < 2 or m in taken:
            continue
        hosts = Counter(n for c in restating for n in citing.get((c.source_id, c.sentence), ()) if n != m and n in joined)
        host, shared = hosts.most_common(1)[0] if hosts else (None, 0)
        if host is None or shared < 2:
            continue
        joined[host] += joined.pop(m)
        taken.setdefault(host, []).extend(facts[m])
    return taken
