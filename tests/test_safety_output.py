"""Refuse to clean what is not ours, never lose a hand edit, and build byte-identical output anywhere."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, build_briefing, tree_bytes
from safety_oracles import STATS, changed, diagnostic_lines, snapshot
from sourcebrief.cli import main


class Touched(Exception):
    """Raised by the guards if a refused build gets as far as writing the site."""


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with seeds/ and content/; guards make a wrong acceptance fail before anything is replaced."""
    root = tmp_path / "w"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "river.txt").write_text("River bursts its banks\n\nThe river burst its banks on Monday, flooding the old town.\n")
    (root / "content").mkdir()
    monkeypatch.chdir(root)
    return root


def _guard(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise Touched("the build went on to write the site instead of refusing")
    monkeypatch.setattr("sourcebrief.output.staging_dir", refuse)
    monkeypatch.setattr("sourcebrief.output.publish", refuse)


REFUSED = [".", "..", "seeds", "content", "seeds/site", "content/site", "seeds/..", "foreign", "link", "file.txt", "withgit",
           "linked-parent/site", "content/../seeds"]


@pytest.mark.parametrize("out", REFUSED)
def test_refuses_out_folders_that_are_not_ours(work: Path, monkeypatch: pytest.MonkeyPatch, capsys, out: str) -> None:
    (work / "foreign").mkdir()
    (work / "foreign" / "thesis.docx").write_text("years of work")
    (work / "ours").mkdir()
    (work / "link").symlink_to(work / "ours")
    (work / "file.txt").write_text("a file")
    (work / "withgit" / ".git").mkdir(parents=True)
    (work / "linked-parent").symlink_to(work / "seeds")
    before = snapshot(work.parent)
    _guard(monkeypatch)
    status = main(["build", "--out", out])
    err = capsys.readouterr().err
    STATS["refused folders"] += status == 2
    STATS["refusal cases"] += 1
    assert status == 2, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert changed(before, snapshot(work.parent)) == []


@pytest.mark.parametrize("out", ["/", "~"])
def test_refuses_root_and_home_without_touching_them(work: Path, monkeypatch: pytest.MonkeyPatch, capsys, out: str) -> None:
    _guard(monkeypatch)
    status = main(["build", "--out", os.path.expanduser(out)])
    STATS["refused folders"] += status == 2
    STATS["refusal cases"] += 1
    assert status == 2, capsys.readouterr().err


def test_refusal_guard_positive_control(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard really stops a build that is not refused (so a missing refusal cannot pass silently)."""
    _guard(monkeypatch)
    with pytest.raises(Touched):
        main(["build", "--out", "fresh-site"])


def test_our_site_keeps_git_cname_and_dot_files(work: Path, capsys) -> None:
    assert main(["build", "--out", "site"]) == 0
    site = work / "site"
    (site / ".git").mkdir()
    (site / ".git" / "HEAD").write_text("ref: refs/heads/gh-pages\n")
    (site / "CNAME").write_text("briefing.example.org\n")
    (site / ".nojekyll").write_text("")
    (site / ".well-known").mkdir()
    (site / ".well-known" / "security.txt").write_text("Contact: mailto:x@example.org\n")
    kept = {name: data for name, data in tree_bytes(site).items() if name.startswith((".git/", "CNAME", ".nojekyll", ".well-known/"))}
    for _ in range(2):
        assert main(["build", "--out", "site"]) == 0
    after = tree_bytes(site)
    assert {name: after.get(name) for name in kept} == kept
    assert not list(work.glob(".site.*"))


# --- 6. hand edits -----------------------------------------------------------------------------

ARTICLE = "{title}\n\nOfficials in {town} said on Monday that the bridge would reopen after repairs, the council said.\n"


def test_five_hand_edits_are_reported_kept_then_forced(work: Path, capsys) -> None:
    towns = ["Mosul", "Basra", "Erbil", "Kirkuk", "Najaf", "Karbala"]
    for n, town in enumerate(towns):
        (work / "seeds" / f"s{n}.txt").write_text(ARTICLE.format(title=f"Bridge reopens in {town} soon", town=town))
    assert main(["build", "--out", "site"]) == 0
    capsys.readouterr()
    pages = [work / "content" / "sources" / f"s{n}.md" for n in range(5)]
    generated = {p: p.read_bytes() for p in pages}
    for n, page in enumerate(pages):
        page.write_bytes(page.read_bytes().replace(b"the council said.", f"the council said (editor {n}).".encode()))
    edited = {p: p.read_bytes() for p in pages}
    assert all(edited[p] != generated[p] for p in pages)
    assert main(["build", "--out", "site"]) == 0
    warnings = [line for line in diagnostic_lines(capsys.readouterr().err) if "edited by hand" in line]
    assert sorted(Path(w.split(":")[0]).name for w in warnings) == [f"s{n}.md" for n in range(5)]
    assert {p: p.read_bytes() for p in pages} == edited
    STATS["hand edits kept"] += sum(p.read_bytes() == edited[p] for p in pages)
    STATS["lost files"] += sum(p.read_bytes() != edited[p] for p in pages)
    assert "(editor 3)" in (work / "site" / "sources" / "s3.html").read_text(encoding="utf-8")
    assert main(["build", "--out", "site", "--force"]) == 0
    assert {p: p.read_bytes() for p in pages} == generated


# --- 7. reproducible ---------------------------------------------------------------------------

def _locale() -> str:
    found = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    return "en_US.UTF-8" if "en_us.utf8" in found else "C.UTF-8"


VARIANTS = [
    {"PYTHONHASHSEED": "0", "TZ": "UTC", "LC_ALL": "C.UTF-8", "umask": 0o022, "order": 1},
    {"PYTHONHASHSEED": "1", "TZ": "Asia/Tokyo", "LC_ALL": "C.UTF-8", "umask": 0o077, "order": -1},
    {"PYTHONHASHSEED": "2", "TZ": "America/Lima", "LC_ALL": "en_US.UTF-8", "umask": 0o002, "order": 1},
    {"PYTHONHASHSEED": "3", "TZ": "Pacific/Kiritimati", "LC_ALL": "C.UTF-8", "umask": 0o027, "order": -1},
    {"PYTHONHASHSEED": "random", "TZ": "Europe/Paris", "LC_ALL": "en_US.UTF-8", "umask": 0o022, "order": 1},
    {"PYTHONHASHSEED": "4", "TZ": "Australia/Eucla", "LC_ALL": "C.UTF-8", "umask": 0o007, "order": -1},
]


def test_six_builds_in_six_settings_are_byte_identical(tmp_path: Path) -> None:
    seeds = sorted((ROOT / "seeds").iterdir())
    trees = []
    for n, variant in enumerate(VARIANTS):
        where = tmp_path / ("deep/" * n) / f"checkout {n}"
        (where / "seeds").mkdir(parents=True)
        for i, path in enumerate(seeds[::variant["order"]]):
            shutil.copyfile(path, where / "seeds" / path.name)
            os.utime(where / "seeds" / path.name, (1_000_000 + i * 7919 * (n + 1),) * 2)
        shutil.copytree(ROOT / "content", where / "content", ignore=shutil.ignore_patterns("sources", "entities"))
        env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH",)}
        env.update({k: str(variant[k]) for k in ("PYTHONHASHSEED", "TZ")}, LC_ALL=variant["LC_ALL"] if n != 2 else _locale())
        umask = variant["umask"]
        subprocess.run([sys.executable, str(ROOT / "build.py"), "--seeds", "seeds", "--content", "content", "--out", "site"],
                       cwd=where, env=env, check=True, capture_output=True, timeout=120, preexec_fn=lambda: os.umask(umask))
        trees.append(tree_bytes(where / "site"))
    differing = sorted({name for tree in trees[1:] for name in set(tree) | set(trees[0]) if tree.get(name) != trees[0].get(name)})
    STATS["reproducible builds"] = len(trees)
    STATS["differing files"] = len(differing)
    assert len(trees[0]) > 5 and differing == []
