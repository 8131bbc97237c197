"""People counted as working are jobs: "Between 5,000 and 6,000 people work for subcontractors" and "between 5,000
and 6,000 jobs depend on it" count one thing."""

from __future__ import annotations

from collections.abc import Sequence

_WORKING = frozenset({"work", "worked"})
"""The verb, right after a count of people, that makes each of them a job held."""


def worked_family(family: str, after: Sequence[str]) -> str:
    """``family``, or "job" for people whose verb, the first word after them, is working ("5,000 people work for
    subcontractors"); people employed by someone ("employs 1,900 people") stay a workforce of people."""
    return "job" if family == "people" and after[:1] and after[0] in _WORKING else family
