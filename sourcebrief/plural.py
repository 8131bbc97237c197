"""Counted nouns for people to read: ``1 source``, ``2 sources``."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` and ``noun``, plural unless the count is one."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
