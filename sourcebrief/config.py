"""The build configuration: where a build reads and writes (the user's per-source metadata is sources_yml.py).

Kept light (no YAML, no stage): the command line imports it to check whether anything changed before it imports
the build.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

@dataclass(frozen=True)
class BuildConfig:
    """Where the build reads and writes; everything a stage may touch."""

    seeds: Path
    """Folder of raw articles (read only)."""
    content: Path
    """Folder of annotated Markdown pages (generated pages rewritten only if unedited)."""
    out: Path
    """Output folder for the website (replaced atomically)."""
    layouts: Path
    """Folder of Jinja templates and static assets."""
    force: bool = False
    """Regenerate generated pages even when they were edited by hand."""
    base_url: str | None = None
    """The site's absolute address ending in "/", for the sitemap and feed links; None keeps links relative."""


def parse_date(text: str) -> dt.date | None:
    """An ISO ``YYYY-MM-DD`` date, or None."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text or ""):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
