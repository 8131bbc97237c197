"""Shared test helpers: fixture files, goldens and the --update-goldens flag."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it.utils import read_fixture_file

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
USER_FILES = ("index.md", "notes.yml", "entities.yml")
"""The editor's own files in the default briefing's content/ (everything else there is generated)."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", help="rewrite golden files from the current output")


@pytest.fixture
def update_goldens(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-goldens"))


def fixture_cases(name: str) -> list:
    """Cases of a fixture file as pytest params, each with its line number as id."""
    return [pytest.param(title, text, expected, id=f"{name}:{line}-{title[:40]}")
            for line, title, text, expected in read_fixture_file(FIXTURES / name)]


def build_briefing(tmp: Path, seeds: Path | None = None, with_index: bool = True, env: dict | None = None):
    """Build into ``tmp``/content and ``tmp``/site from the given seeds (default: the project's)."""
    import os
    import shutil

    from sourcebrief.config import BuildConfig
    from sourcebrief.pipeline import build

    content = tmp / "content"
    if with_index and not content.exists():
        content.mkdir(parents=True)
        for name in USER_FILES:
            if (ROOT / "content" / name).is_file():
                shutil.copyfile(ROOT / "content" / name, content / name)
    config = BuildConfig(seeds=seeds or ROOT / "seeds", content=content, out=tmp / "site", layouts=ROOT / "layouts")
    saved = dict(os.environ)
    os.environ.update(env or {})
    try:
        return build(config)
    finally:
        os.environ.clear()
        os.environ.update(saved)


def tree_bytes(folder: Path) -> dict[str, bytes]:
    """Every file under a folder, by relative path (the build cache in content/ is not output)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and ".sourcebrief-cache" not in p.relative_to(folder).parts}


@pytest.fixture(scope="session")
def default_briefing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default briefing built once per test session (content/ and site/ under a temp folder)."""
    tmp = tmp_path_factory.mktemp("default-briefing")
    result = build_briefing(tmp)
    assert result.exit_status == 0, [str(d) for d in result.diagnostics]
    return tmp


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for the whole session (Playwright allows one sync driver per thread)."""
    from browser_util import CHROMIUM, LAUNCH_ARGS, require

    require(CHROMIUM.is_file(), f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "the playwright Python package is not installed")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()
