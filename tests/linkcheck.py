"""Parse built pages and check that every internal link and footnote resolves (the logic lives in sourcebrief.linkcheck)."""

from __future__ import annotations

from sourcebrief.linkcheck import broken_links, parse

__all__ = ["broken_links", "parse"]
