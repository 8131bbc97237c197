"""The README stays true: its two commands, the CI command, every CLI command documented."""

from __future__ import annotations

import re

from conftest import ROOT
from sourcebrief.cli import make_parser


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    head = text.split("---", 1)[0]
    return re.findall(r"^    (\S.*)$", head, re.M)


def test_readme_gives_exactly_two_setup_commands() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    assert "build.py" in commands[0] and "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _readme_commands()[1] in ci.splitlines()


def test_every_command_is_documented() -> None:
    parser = make_parser()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, sub in subparsers.choices.items():
        assert f"sourcebrief {name}" in readme, f"`sourcebrief {name}` missing from README"
        assert sub.description, f"`sourcebrief {name}` has no --help description"
