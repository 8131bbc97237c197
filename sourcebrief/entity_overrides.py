"""Read the user's content/entities.yml: corrections to the entities the rules find."""

from __future__ import annotations

import os
from dataclasses import dataclass

import yaml

from .model import Diagnostic
from .yamlsafe import YamlError, compose, load_checked

KINDS = ("person", "org", "place")
_KEYS = frozenset({"id", "name", "kind", "aliases", "description", "suppress"})


@dataclass(frozen=True)
class EntityOverride:
    """One entry of content/entities.yml."""

    id: str | None = None
    """Entity id to match (and keep), e.g. ``fuad-hussein``."""
    name: str | None = None
    """Name to match, and the name to show instead of the one found."""
    kind: str | None = None
    """``person``, ``org`` or ``place`` when the rules got it wrong."""
    aliases: tuple[str, ...] = ()
    """More names of the same entity; mentions under any of them are merged."""
    description: str | None = None
    """A line saying who or what this is."""
    suppress: bool = False
    """Drop this entity: it is a false find."""
    line: int = 0
    """Line of the entry in the file, for messages."""


def load_entity_overrides(path: str | os.PathLike[str]) -> tuple[list[EntityOverride], list[Diagnostic]]:
    """Overrides from ``path`` and one diagnostic per bad entry; a missing file is empty."""
    shown = os.fspath(path)
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except FileNotFoundError:
        return [], []
    except (UnicodeDecodeError, OSError) as exc:
        return [], [Diagnostic(shown, 1, f"cannot read entities file: {exc}")]
    try:
        node = compose(text, shown)  # rejects aliases, custom tags and duplicate keys, with line numbers
        data = load_checked(text)
    except YamlError as exc:
        return [], [exc.diagnostic]
    if data is None:
        return [], []
    entries, entry_nodes = _entries(data, node)
    if entries is None:
        return [], [Diagnostic(shown, 1, "expected a list of entities (or a mapping with key 'entities')")]
    overrides: list[EntityOverride] = []
    problems: list[Diagnostic] = []
    for entry, entry_node in zip(entries, entry_nodes):
        override, errors = _parse_entry(entry, entry_node)
        problems.extend(Diagnostic(shown, line, message) for line, message in errors)
        if override is not None:
            overrides.append(override)
    return overrides, problems


def _entries(data: object, node: yaml.Node | None) -> tuple[list | None, list]:
    """The list of entries and their YAML nodes, from a list or {'entities': list}."""
    if isinstance(data, dict) and set(data) == {"entities"} and isinstance(node, yaml.MappingNode):
        data = data["entities"]
        node = node.value[0][1]
    if not isinstance(data, list) or not isinstance(node, yaml.SequenceNode):
        return None, []
    return data, list(node.value)


def _parse_entry(entry: object, node: yaml.Node) -> tuple[EntityOverride | None, list[tuple[int, str]]]:
    line = node.start_mark.line + 1
    if not isinstance(entry, dict):
        return None, [(line, "an entity must be a mapping with keys like id, name, kind")]
    key_lines = {k.value: k.start_mark.line + 1 for k, _ in node.value} if isinstance(node, yaml.MappingNode) else {}
    errors = [(key_lines.get(k, line), f"unknown key '{k}' (expected one of {', '.join(sorted(_KEYS))})")
              for k in entry if k not in _KEYS]
    kind = entry.get("kind")
    if kind is not None and kind not in KINDS:
        errors.append((key_lines.get("kind", line), f"kind must be person, org or place, not '{kind}'"))
    aliases = entry.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        errors.append((key_lines.get("aliases", line), "aliases must be a list of names"))
        aliases = []
    if not entry.get("id") and not entry.get("name"):
        errors.append((line, "an entity needs an id or a name to match"))
    if errors:
        return None, errors
    return EntityOverride(
        id=_text(entry.get("id")),
        name=_text(entry.get("name")),
        kind=kind,
        aliases=tuple(aliases),
        description=_text(entry.get("description")),
        suppress=bool(entry.get("suppress", False)),
        line=line,
    ), []


def _text(value: object) -> str | None:
    return None if value is None else str(value)
