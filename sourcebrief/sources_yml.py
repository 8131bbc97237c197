"""The user's per-source metadata (``seeds/sources.yml``), read and checked.

Metadata precedence, highest first, written down once here and applied in
``clean.apply_metadata``: sources.yml > what the text itself says (an
"Updated:" stamp, a dated dateline) > inference from other sources (chronology).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .config import parse_date
from .ingest import SEED_SUFFIXES
from .model import Diagnostic, SourceMeta
from .yamlsafe import YamlError, compose, line_of, mapping_items, scalar

SOURCE_FIELDS = ("outlet", "published", "url", "author", "language", "note")
SAFE_URL = re.compile(r"^(https?://|mailto:)[^\s<>\"]+$", re.IGNORECASE)
"""A link a page may carry: web and mail addresses only."""
LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
"""A BCP 47 language tag ("en", "en-GB")."""
MAX_FIELD = 2000


def load_sources_yml(path: Path, known_ids: set[str]) -> tuple[dict[str, SourceMeta], list[Diagnostic]]:
    """Read and validate sources.yml; each bad entry is one diagnostic and is skipped."""
    if not path.exists():
        return {}, []
    shown = str(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        return {}, [Diagnostic(shown, 1, "sources.yml is not valid UTF-8")]
    try:
        root = compose(text, shown)
    except YamlError as exc:
        return {}, [exc.diagnostic]
    if root is None:
        return {}, []
    if not isinstance(root, yaml.MappingNode):
        return {}, [Diagnostic(shown, line_of(root), "sources.yml must map source ids to their metadata")]
    metas: dict[str, SourceMeta] = {}
    problems: list[Diagnostic] = []
    for key, value in root.value:
        try:
            written = source_id = scalar(key, shown) or ""
            if source_id not in known_ids and Path(source_id).suffix.lower() in SEED_SUFFIXES:
                source_id = Path(source_id).stem  # named by its file ("reuters.txt:"), not its id
            if source_id not in known_ids:
                raise YamlError(Diagnostic(shown, line_of(key), f"unknown source id {written!r} (no such seed file)"))
            metas[source_id] = _source_meta(value, shown)
        except YamlError as exc:
            problems.append(exc.diagnostic)
    return metas, problems


def _source_meta(node: yaml.Node, path: str) -> SourceMeta:
    if isinstance(node, yaml.ScalarNode) and scalar(node, path) is None:
        return SourceMeta()
    fields = {name: _field(name, value, path)
              for name, value in mapping_items(node, path, SOURCE_FIELDS, "a source's metadata")}
    return SourceMeta(**fields)


def _field(name: str, node: yaml.Node, path: str) -> object:
    text = scalar(node, path)
    if text is None:
        return None
    text = text.strip()
    if len(text) > MAX_FIELD or "\x00" in text:
        raise YamlError(Diagnostic(path, line_of(node), f"{name} is too long or has control characters"))
    if name == "published":
        date = parse_date(text)
        if date is None:
            raise YamlError(Diagnostic(path, line_of(node), f"bad date {text!r} for published (use YYYY-MM-DD)"))
        return date
    if name == "url" and not SAFE_URL.match(text):
        raise YamlError(Diagnostic(path, line_of(node), f"url must start with http://, https:// or mailto: ({text[:60]!r})"))
    if name == "language" and not LANGUAGE.match(text):
        raise YamlError(Diagnostic(path, line_of(node), f"bad language tag {text!r}"))
    return " ".join(text.split()) if name != "note" else text
