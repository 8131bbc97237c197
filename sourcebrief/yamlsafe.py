"""Read untrusted YAML safely, keeping line numbers so errors can say ``path:line``."""

from __future__ import annotations

import re

import yaml

from .model import Diagnostic

MAX_YAML_BYTES = 2_000_000
MAX_NODES = 200_000
MAX_DEPTH = 100  # PyYAML's scanner is quadratic in flow nesting, and its composer recursive
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML was built with it (about 8 times faster), else the pure-Python one."""
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")}


def load_checked(text: str):
    """The value of YAML text that compose() accepted (with the same fast loader)."""
    return yaml.load(text, Loader=_LOADER)


def dump(value: object) -> str:
    """Block-style YAML in the value's own key order, Unicode kept, lines never wrapped (libyaml's emitter when
    PyYAML has it: about 6 times faster; it writes characters outside the Basic Multilingual Plane as escapes)."""
    return yaml.dump(value, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=10_000)


class YamlError(Exception):
    """A YAML file that cannot be used; carries a ready ``Diagnostic``."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


def compose(text: str, path: str) -> yaml.Node | None:
    """Parse ``text`` into a node tree with the safe loader; reject aliases and huge input."""
    if len(text) > MAX_YAML_BYTES:
        raise YamlError(Diagnostic(path, 1, "YAML file is too large"))
    deep_line = _too_deep(text)
    if deep_line:
        raise YamlError(Diagnostic(path, deep_line, f"invalid YAML: nested more than {MAX_DEPTH} levels deep"))
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.AliasEvent):
                raise YamlError(Diagnostic(path, event.start_mark.line + 1, "YAML aliases are not allowed"))
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise YamlError(Diagnostic(path, line, f"invalid YAML: {problem}")) from None
    except yaml.YAMLError as exc:
        raise YamlError(Diagnostic(path, 1, f"invalid YAML: {exc}")) from None
    except RecursionError:
        raise YamlError(Diagnostic(path, 1, "invalid YAML: nested too deeply")) from None
    if node is not None:
        _check_tree(node, path)
    return node


def _too_deep(text: str) -> int:
    """Line where ``[``/``{`` nesting (or indentation) first exceeds MAX_DEPTH, else 0 (quotes not parsed: strict)."""
    depth = 0
    for match in re.finditer(r"[\[\]{}]|^ {%d,}|^(?:- ){%d,}" % (2 * MAX_DEPTH, MAX_DEPTH), text, re.M):
        char = match.group()
        if char in "]}":
            depth = max(0, depth - 1)
            continue
        depth = depth + 1 if char in "[{" else MAX_DEPTH + 1
        if depth > MAX_DEPTH:
            return text.count("\n", 0, match.start()) + 1
    return 0


def _check_tree(root: yaml.Node, path: str) -> None:
    """Refuse aliases (billion-laughs), custom tags and absurd node counts."""
    seen = 0
    stack = [root]
    ids: set[int] = set()
    while stack:
        node = stack.pop()
        if id(node) in ids:
            raise YamlError(Diagnostic(path, node.start_mark.line + 1, "YAML aliases are not allowed"))
        ids.add(id(node))
        seen += 1
        if seen > MAX_NODES:
            raise YamlError(Diagnostic(path, node.start_mark.line + 1, "YAML file has too many entries"))
        if node.tag not in _PLAIN_TAGS:
            raise YamlError(Diagnostic(path, node.start_mark.line + 1, f"YAML tag {node.tag} is not allowed"))
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in keys:
                        raise YamlError(Diagnostic(path, key.start_mark.line + 1, f"duplicate key {key.value!r}"))
                    keys.add(key.value)
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def scalar(node: yaml.Node, path: str) -> str | None:
    """The plain string of a scalar node (None for null); error for lists and mappings."""
    if not isinstance(node, yaml.ScalarNode):
        raise YamlError(Diagnostic(path, node.start_mark.line + 1, "expected a single value"))
    if node.tag == "tag:yaml.org,2002:null":
        return None
    return node.value


def line_of(node: yaml.Node) -> int:
    """1-based line where a node starts."""
    return node.start_mark.line + 1


def string_list(node: yaml.Node, path: str) -> list[str]:
    """A list of strings, or one string taken as a list of one."""
    if isinstance(node, yaml.SequenceNode):
        return [s for s in (scalar(item, path) for item in node.value) if s]
    value = scalar(node, path)
    return [value] if value else []


def bool_value(node: yaml.Node, path: str) -> bool:
    """A YAML boolean (true/false/yes/no)."""
    value = (scalar(node, path) or "").lower()
    if value in ("true", "yes", "on"):
        return True
    if value in ("false", "no", "off", ""):
        return False
    raise YamlError(Diagnostic(path, line_of(node), f"expected true or false, got {value!r}"))


def mapping_items(node: yaml.Node, path: str, allowed: tuple[str, ...], what: str) -> list[tuple[str, yaml.Node]]:
    """(key, value node) pairs of a mapping whose keys must all be in ``allowed``; errors name the line."""
    if not isinstance(node, yaml.MappingNode):
        raise YamlError(Diagnostic(path, line_of(node), f"{what} must be a mapping of fields"))
    items = []
    for key, value in node.value:
        name = scalar(key, path) or ""
        if name not in allowed:
            raise YamlError(Diagnostic(path, line_of(key), f"unknown key {name!r} (allowed: {', '.join(allowed)})"))
        items.append((name, value))
    return items
