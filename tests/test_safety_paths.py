"""No reads or writes outside their place: hostile names and links, watched with an audit hook.

One global audit hook (they cannot be removed) records file and network events only while
``RECORDING`` is set. A build in-process on hostile seeds must write only into --out (and its
``.site.*`` staging siblings) and content/, read only seeds/, content/, layouts/ and the Python
install, connect nowhere, and leave canary files outside untouched.
"""

from __future__ import annotations

import os
import sys
import sysconfig
import unicodedata
from pathlib import Path

import pytest

from conftest import ROOT, build_briefing
from safety_oracles import STATS, changed, snapshot

RECORDING: list | None = None
_WRITE_EVENTS = {"os.rename", "os.replace", "os.remove", "os.unlink", "os.rmdir", "shutil.rmtree", "os.mkdir",
                 "os.chmod", "os.symlink", "os.link", "os.truncate", "shutil.copyfile", "shutil.move", "os.utime"}


def _hook(event: str, args: tuple) -> None:
    if RECORDING is None:
        return
    if event == "open" or event in _WRITE_EVENTS or event.startswith("socket.") or event == "subprocess.Popen":
        RECORDING.append((event, args))


sys.addaudithook(_hook)

GOOD = "River bursts its banks\n\nThe river burst its banks on Monday, flooding the old town for the first time in decades.\n"


def _paths_of(event: str, args: tuple) -> list[tuple[str, bool]]:
    """(path, is_write) pairs touched by one audit event."""
    if event == "open":
        path, mode, flags = args[0], args[1], args[2] if len(args) > 2 else 0
        if isinstance(path, int) or path is None:
            return []
        writes = (mode is not None and any(c in str(mode) for c in "wax+")) or bool(flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))
        return [(os.fsdecode(path), writes)]
    if event in ("shutil.copyfile", "shutil.copytree"):
        return [(os.fsdecode(args[0]), False), (os.fsdecode(args[1]), True)]
    if event in _WRITE_EVENTS:
        return [(os.fsdecode(a), True) for a in args[:2] if isinstance(a, (str, bytes, os.PathLike))]
    return []


def _within(path: str, roots: list[Path]) -> bool:
    absolute = Path(os.path.abspath(path))
    return any(absolute == r or absolute.is_relative_to(r) for r in roots)


def hostile_briefing(tmp: Path, link_content_folder: bool = True) -> Path:
    seeds = tmp / "work" / "seeds"
    seeds.mkdir(parents=True)
    outside = tmp / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Top secret headline here\n\nThis secret text must never be read by the build at all, ever.\n")
    (outside / "canary.md").write_text("canary")
    (seeds / "good.txt").write_text(GOOD)
    names = ["..txt", "...txt", "%2e%2e.txt", "..%2fx.txt", "a\\..\\x.txt", "x" * 250 + ".txt", "A.txt", "a.txt",
             unicodedata.normalize("NFC", "caf\u00e9.txt"), unicodedata.normalize("NFD", "caf\u00e9.txt"), " lead.txt", "-dash.txt"]
    for name in names:
        try:
            (seeds / name).write_text(GOOD.replace("River", "Lake"))
        except OSError:
            pass
    (seeds / "link-out.txt").symlink_to(outside / "secret.txt")
    (seeds / "dir-link").symlink_to(outside, target_is_directory=True)
    (seeds / "sources.yml").write_text(
        "good:\n  outlet: River Post\n../../outside/canary:\n  outlet: X\n/etc/passwd:\n  outlet: Y\n"
        "..\\\\x:\n  outlet: Z\n'good~2':\n  outlet: W\n'%2e%2e/x':\n  outlet: V\n")
    content = tmp / "work" / "content"
    content.mkdir()
    (content / "index.md").write_text("---\ntitle: Hostile paths\n---\n[up](../../outside/canary.md) ![i](../../../etc/passwd)\n")
    (content / "escape.md").symlink_to(outside / "canary.md")
    if link_content_folder:
        (content / "sources").symlink_to(outside, target_is_directory=True)
    return seeds


def test_build_touches_only_its_own_folders(tmp_path: Path) -> None:
    global RECORDING
    seeds = hostile_briefing(tmp_path)
    work = tmp_path / "work"
    before_outside = snapshot(tmp_path / "outside")
    before_seeds = snapshot(seeds)
    build_briefing(work, seeds=seeds, with_index=False)  # warm-up: imports and caches load outside the watch
    (work / "site").rename(work / "site-first")
    RECORDING = []
    try:
        result = build_briefing(work, seeds=seeds, with_index=False)
    finally:
        events, RECORDING = RECORDING, None
    install = [Path(p).resolve() for p in {sys.prefix, sys.base_prefix, sys.exec_prefix, sysconfig.get_paths()["purelib"],
                                            sysconfig.get_paths()["stdlib"]}]
    readable = [seeds.resolve(), (work / "content").resolve(), (ROOT / "layouts").resolve(), (ROOT / "sourcebrief").resolve(), *install,
                Path("/dev/null"), Path("/dev/urandom")]
    writable = [(work / "site").resolve(), (work / "content").resolve()]
    staging = str(work.resolve() / ".site.")
    reads, writes, network = [], [], []
    for event, args in events:
        if event.startswith("socket.") or event == "subprocess.Popen":
            network.append((event, str(args)[:80]))
        for path, is_write in _paths_of(event, args):
            resolved = os.path.realpath(path)  # through links: content/sources -> elsewhere is elsewhere
            ancestor = event == "os.mkdir" and any(r.is_relative_to(resolved) for r in writable)  # --out's parent, exist_ok
            if is_write and not (_within(resolved, writable) or resolved.startswith(staging) or ancestor):
                writes.append((event, path))
            if not is_write and not (_within(resolved, readable) or resolved.startswith(staging) or _within(resolved, writable)):
                reads.append((event, path))
    STATS["file events audited"] += len(events)
    STATS["writes outside"] += len(writes)
    STATS["reads outside"] += len(reads)
    STATS["network connections"] += len(network)
    assert len(events) > 50, "the audit hook saw almost nothing: is it recording?"
    assert writes == [] and reads == [] and network == [], (writes[:5], reads[:5], network[:5])
    assert changed(before_outside, snapshot(tmp_path / "outside")) == []
    assert changed(before_seeds, snapshot(seeds)) == []
    assert "never be read" not in "".join(p.read_text(encoding="utf-8") for p in (work / "site").rglob("*.html"))
    assert not any(str(d).startswith("Traceback") for d in result.diagnostics)
    assert (work / "site" / "index.html").is_file()  # content/sources links out, so source pages are skipped, reported
    assert {p.name for p in (work / "site").iterdir()} >= {"index.html", "briefing.html"}


def test_audit_oracle_positive_control(tmp_path: Path) -> None:
    """The hook and the classifier catch a read and a write outside when they happen."""
    global RECORDING
    RECORDING = []
    try:
        (tmp_path / "x.txt").write_text("w")
        (tmp_path / "x.txt").read_text()
        os.replace(tmp_path / "x.txt", tmp_path / "y.txt")
    finally:
        events, RECORDING = RECORDING, None
    touched = [pair for event, args in events for pair in _paths_of(event, args)]
    assert (str(tmp_path / "x.txt"), True) in touched and (str(tmp_path / "x.txt"), False) in touched
    assert any(w and p.endswith("y.txt") for p, w in touched)
    assert not _within(str(tmp_path / "x.txt"), [tmp_path / "site"])


def test_hostile_names_are_reported_not_followed(tmp_path: Path) -> None:
    seeds = hostile_briefing(tmp_path, link_content_folder=False)
    work = tmp_path / "work"
    result = build_briefing(work, seeds=seeds, with_index=False)
    messages = [str(d) for d in result.diagnostics]
    assert any("link-out.txt" in m and "outside" in m for m in messages), messages
    assert any("escape.md" in m for m in messages), messages
    for key in ("../../outside/canary", "/etc/passwd"):
        assert any(repr(key) in m and "unknown source id" in m for m in messages), messages
    built = {p.name for p in (work / "site" / "sources").iterdir()}
    assert all(".." not in name and "/" not in name and "\\" not in name for name in built)
    site_files = [p.resolve() for p in (work / "site").rglob("*")]
    assert all(p.is_relative_to((work / "site").resolve()) for p in site_files)
    # Case and Unicode-normalisation twins: both built or one reported, never one silently overwriting the other.
    pages = {p.stem for p in (work / "site" / "sources").glob("*.html")}
    for twins in (("A", "a"), (unicodedata.normalize("NFC", "café"), unicodedata.normalize("NFD", "café"))):
        present = [t for t in twins if (seeds / f"{t}.txt").exists()]
        reported = [t for t in present if any(f"{t}.txt" in m for m in messages)]
        assert all(t in pages or t in reported for t in present), (twins, pages, reported)
    assert (tmp_path / "outside" / "canary.md").read_text() == "canary"
    STATS["hostile names"] += 14
