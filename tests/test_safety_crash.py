"""Crash safety: a killed or failing build leaves site/ exactly as the previous build or the new one.

Builds alternate between two known seed sets (A and B), each killed with SIGKILL at a random
moment (seeded RNG); after every kill site/ must equal tree A or tree B, never a mix. Failures are
also injected: an exception late in rendering, a full disk (RLIMIT_FSIZE), a read-only parent.
"""

from __future__ import annotations

import random
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import jinja2
import pytest

from conftest import ROOT, build_briefing, tree_bytes
from safety_oracles import STATS

ENV_EPOCH = "1700000000"
TOWNS = ["Mosul", "Basra", "Erbil", "Kirkuk", "Najaf", "Karbala", "Ramadi", "Tikrit", "Samarra", "Duhok"]


def write_seeds(seeds: Path, variant: str, count: int = 30) -> None:
    seeds.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        town = TOWNS[n % len(TOWNS)]
        (seeds / f"a{n:02d}.txt").write_text(
            f"Council in {town} approves plan {variant}{n}\n\n"
            f"The council in {town} approved the {variant} plan on Monday, officials said in a statement.\n\n"
            f"The plan will cost 2 million dollars and take {n + 2} months, the mayor told reporters on Tuesday.\n",
            encoding="utf-8")


def run_build(tmp: Path, preexec=None, timeout: float = 60, wrapper: list[str] | None = None) -> subprocess.CompletedProcess:
    env = {"SOURCE_DATE_EPOCH": ENV_EPOCH, "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    command = [*(wrapper or []), sys.executable, str(ROOT / "build.py"), "--seeds", "seeds", "--content", "content", "--out", "site"]
    return subprocess.run(command, cwd=tmp, env=env, capture_output=True, text=True, timeout=timeout, preexec_fn=preexec)


def leftovers(tmp: Path) -> list[str]:
    return sorted(p.name for p in tmp.glob(".site.*"))


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory):
    """Trees A and B of the same briefing folder, and how long one build takes."""
    tmp = tmp_path_factory.mktemp("crash")
    trees = {}
    for variant in ("B", "A"):
        write_seeds(tmp / "seeds", variant)
        started = time.perf_counter()
        assert run_build(tmp).returncode == 0
        trees[variant] = tree_bytes(tmp / "site")
    duration = time.perf_counter() - started
    assert trees["A"] != trees["B"]
    return tmp, trees, duration


def which(tree: dict, trees: dict) -> str | None:
    return next((name for name, known in trees.items() if known == tree), None)


def test_sigkill_at_random_moments_never_leaves_a_mix(states) -> None:
    tmp, trees, duration = states
    rng = random.Random(20240208)
    current = "A"
    outcomes = {"old": 0, "new": 0}
    started = time.perf_counter()
    for attempt in range(50):
        target = "B" if current == "A" else "A"
        write_seeds(tmp / "seeds", target)
        process = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "--seeds", "seeds", "--content", "content", "--out", "site"],
                                   cwd=tmp, env={"SOURCE_DATE_EPOCH": ENV_EPOCH, "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, duration * 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait()
        state = which(tree_bytes(tmp / "site"), trees)
        if state not in (current, target):
            now = tree_bytes(tmp / "site")
            diff = {name: sorted(k for k in set(now) | set(tree) if now.get(k) != tree.get(k))[:5] for name, tree in trees.items()}
            pytest.fail(f"kill {attempt}: site/ is neither build (mixed or missing): {diff} {leftovers(tmp)}")
        outcomes["new" if state == target != current else "old"] += 1
        current = state
        STATS["kills"] += 1
        if time.perf_counter() - started > 40:
            break
    assert outcomes["old"] and outcomes["new"], outcomes  # kills landed both before and after the swap
    result = run_build(tmp)
    assert result.returncode == 0, result.stderr
    final = tree_bytes(tmp / "site")
    expected = trees[target]  # the seeds on disk are those of the last (killed) build
    assert final == expected, sorted(k for k in set(final) | set(expected) if final.get(k) != expected.get(k))[:8]
    assert leftovers(tmp) == []
    assert not [p for p in (tmp / "content").rglob(".*.tmp-*")], "a killed build left temporary files in content/"
    STATS["lost files"] += 0


def test_exception_late_in_rendering_keeps_the_old_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    write_seeds(seeds, "A", count=3)
    assert build_briefing(tmp_path, seeds=seeds, with_index=False).exit_status == 0
    before = tree_bytes(tmp_path / "site")
    write_seeds(seeds, "B", count=3)
    original = jinja2.Template.generate

    def failing(self, *args, **kwargs):
        if self.name == "briefing.html":  # the last page the build renders (written as it is generated)
            yield "<!DOCTYPE html>"
            raise RuntimeError("injected failure")
        yield from original(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Template, "generate", failing)
    with pytest.raises(RuntimeError):
        build_briefing(tmp_path, seeds=seeds, with_index=False)
    assert tree_bytes(tmp_path / "site") == before
    assert leftovers(tmp_path) == []
    monkeypatch.undo()
    assert build_briefing(tmp_path, seeds=seeds, with_index=False).exit_status == 0
    assert tree_bytes(tmp_path / "site") != before and leftovers(tmp_path) == []
    STATS["injected failures"] += 1


def test_full_disk_keeps_the_old_site(states, tmp_path: Path) -> None:
    tmp = tmp_path
    write_seeds(tmp / "seeds", "A", count=5)
    assert run_build(tmp).returncode == 0
    before = tree_bytes(tmp / "site")
    write_seeds(tmp / "seeds", "B", count=5)
    limit = max(len(data) for data in before.values()) // 2  # the largest file cannot be written

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = run_build(tmp, preexec=small_disk)
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert "Traceback" not in result.stderr and len(errors) == 1, result.stderr[-2000:]
    assert "cannot write" in errors[0] and "previous site" in errors[0]
    assert tree_bytes(tmp / "site") == before
    assert run_build(tmp).returncode == 0
    assert leftovers(tmp) == [] and not [p for p in (tmp / "content").rglob(".*.tmp-*")]
    STATS["injected failures"] += 1


@pytest.mark.skipif(shutil.which("setpriv") is None, reason="setpriv (util-linux) is needed to drop root's override of file modes")
def test_read_only_parent_keeps_the_old_site(tmp_path: Path) -> None:
    parent = tmp_path / "ro"
    write_seeds(parent / "seeds", "A", count=3)
    assert run_build(parent).returncode == 0
    before = tree_bytes(parent / "site")
    write_seeds(parent / "seeds", "B", count=3)
    parent.chmod(0o555)
    try:
        drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search"]
        result = run_build(parent, wrapper=drop)
    finally:
        parent.chmod(0o755)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "error" in result.stderr, result.stderr[-2000:]
    assert tree_bytes(parent / "site") == before
    assert run_build(parent).returncode == 0 and leftovers(parent) == []
    STATS["injected failures"] += 1
