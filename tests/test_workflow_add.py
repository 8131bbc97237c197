"""``sourcebrief add``: saved pages from several outlet layouts become seeds plus a sources.yml entry."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from conftest import FIXTURES
from sourcebrief.cli import main
from sourcebrief.sources_yml import load_sources_yml
from sourcebrief.importer import seed_stem

SAVED = FIXTURES / "saved"
USER_YML = "# my notes: keep this comment\nold-story:   # and this one\n  outlet: Old Times\n"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "old-story.txt").write_text("Old story\n\nIt happened.\n", encoding="utf-8")
    (folder / "sources.yml").write_text(USER_YML, encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("add must not use the network")
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def add(seeds: Path, *names: str) -> int:
    return main(["add", "--seeds", str(seeds), *(str(SAVED / name) for name in names)])


def entries(seeds: Path) -> dict:
    known = {p.stem for p in seeds.iterdir() if p.suffix == ".txt"}
    metas, problems = load_sources_yml(seeds / "sources.yml", known)
    assert problems == []
    return metas


def test_json_ld_page(seeds: Path) -> None:
    assert add(seeds, "harbour-ledger.html") == 0
    text = (seeds / "harbour-ledger.txt").read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Port authority approves new ferry terminal"
    assert paragraphs[1].startswith("The port authority on Wednesday approved plans")
    assert len(paragraphs) == 5 and text.endswith("after the vote.\n")
    for chrome in ("Advertisement", "Most read", "Cookie", "Subscribe", "©"):
        assert chrome not in text
    meta = entries(seeds)["harbour-ledger"]
    assert (meta.outlet, str(meta.published), meta.author) == ("The Harbour Ledger", "2024-03-14", "Maria Okafor")
    assert meta.url == "https://harbourledger.example/news/2024/03/ferry-terminal"


def test_open_graph_page_keeps_the_users_file_and_appends(seeds: Path) -> None:
    assert add(seeds, "valley-courier.html") == 0
    yml = (seeds / "sources.yml").read_text(encoding="utf-8")
    assert yml.startswith(USER_YML)
    assert "\nvalley-courier:\n  # imported from valley-courier.html\n" in yml
    text = (seeds / "valley-courier.txt").read_text(encoding="utf-8")
    assert text.startswith("Drought forces water limits in three towns\n\nThree towns in the upper valley")
    assert "Leave a comment" not in text and "Share this" not in text and "Log in" not in text
    metas = entries(seeds)
    assert metas["old-story"].outlet == "Old Times"
    meta = metas["valley-courier"]
    assert (meta.outlet, str(meta.published), meta.author) == ("Valley Courier", "2024-07-02", "Tom Reyes")
    assert meta.url == "https://valleycourier.example/2024/07/02/drought-water-limits"


def test_plain_article_with_byline_warns_what_is_missing(seeds: Path, capsys) -> None:
    assert add(seeds, "plain-article.html") == 0
    err = capsys.readouterr().err
    assert "plain-article.html:0: warning: no publication date found" in err
    assert "plain-article.html:0: warning: no outlet found" in err
    text = (seeds / "plain-article.txt").read_text(encoding="utf-8")
    assert text.startswith("Library reopens after flood repairs\n\nThe central library reopened")
    assert "By Ana Lindqvist" not in text and "Powered by" not in text and "Contact" not in text
    meta = entries(seeds)["plain-article"]
    assert meta.author == "Ana Lindqvist" and meta.published is None and meta.outlet is None


def test_text_is_copied_byte_for_byte_without_an_entry(seeds: Path) -> None:
    assert add(seeds, "wire-report.txt") == 0
    assert (seeds / "wire-report.txt").read_bytes() == (SAVED / "wire-report.txt").read_bytes()
    assert (seeds / "sources.yml").read_text(encoding="utf-8") == USER_YML


def test_never_overwrites_and_goes_on_with_the_rest(seeds: Path, tmp_path: Path, capsys) -> None:
    (seeds / "harbour-ledger.md").write_text("mine\n", encoding="utf-8")
    other = tmp_path / "saved"
    other.mkdir()
    shutil.copyfile(SAVED / "valley-courier.html", other / "old-story.html")
    status = main(["add", "--seeds", str(seeds), str(SAVED / "harbour-ledger.html"), str(other / "old-story.html"),
                   str(SAVED / "wire-report.txt")])
    assert status == 1
    err = capsys.readouterr().err
    assert "harbour-ledger.html:0: error:" in err and "already exists; not overwritten" in err
    assert (seeds / "harbour-ledger.md").read_text(encoding="utf-8") == "mine\n"
    assert not (seeds / "harbour-ledger.txt").exists()
    assert (seeds / "old-story.txt").read_text(encoding="utf-8") == "Old story\n\nIt happened.\n"
    assert (seeds / "wire-report.txt").exists()
    assert (seeds / "sources.yml").read_text(encoding="utf-8") == USER_YML
    assert add(seeds, "wire-report.txt") == 1


def test_file_names_become_safe_ids() -> None:
    assert seed_stem("My Article (final)!.html") == "My-Article-final"
    assert seed_stem("../../etc/passwd.html") == "passwd"
    assert seed_stem("..html") == "article"
    assert seed_stem("نص.html") == "article"
    assert seed_stem("a b\x00c.txt") == "a-b-c"
