"""Names one sentence tells apart: a body and its unit ("Van Oord said … its subsidiary Van Oord Offshore & Marine",
"MSC Terminal Valencia, a unit of Mediterranean Shipping Company") are two bodies, whatever merge would join them."""

from __future__ import annotations

from collections import defaultdict

from .entity_keys import Clusters, Found, is_single, name_key


def keep_named_apart(found: list[Found], clusters: Clusters) -> None:
    """Mark as apart two organisations named separately in one sentence when the second is the first's name made
    longer (a short name before its longer form is no shortening but another body) or when both are names of two
    words or more, neither inside the other (no sentence writes one body's name twice in two forms so). Each
    sentence holds a few names: the cost is small per article."""
    by_sentence: dict[tuple, list[Found]] = defaultdict(list)
    for f in found:
        m = f.mention
        if m.kind != "place" and m.evidence not in ("bare", "acronym") and not is_single(m) and m.alias is None:
            by_sentence[(f.source, f.caption, f.paragraph, f.sentence)].append(f)
    for group in by_sentence.values():
        group.sort(key=lambda f: f.mention.start)
        keys = [(name_key(f.mention.name), f.mention.kind) for f in group]
        for i, (a, kind_a) in enumerate(keys):
            for b, kind_b in keys[i + 1:]:
                if a != b and kind_b == "org" and _told_apart(a, b, kind_a == "org"):
                    clusters.keep_apart(a, b)


def _told_apart(first: str, second: str, body: bool) -> bool:
    """The first name then the second in one sentence name two bodies: "van oord" then "van oord offshore &
    marine"; "msc terminal valencia" then "mediterranean shipping company" (not "revolutionary guard" after the
    "islamic revolutionary guard corps": the short form of the name just written). The first may be a body by
    shape alone, a person's ("Van Oord said"); two names of two words or more must both be bodies'."""
    if second.startswith(first + " "):
        return True
    inside = f" {first} " in f" {second} " or f" {second} " in f" {first} "
    return body and " " in first and " " in second and not inside
