"""parallel: the functions run in forked processes, and the result is what a serial run gives; the build's
own process pauses the garbage collector, its workers do not."""

from __future__ import annotations

import gc
import os

import pytest

from sourcebrief.parallel import Background, collector_paused, ordered_map, side_by_side


def test_runs_each_in_a_process_of_its_own_and_returns_them_in_order() -> None:
    here = os.getpid()
    results = side_by_side(lambda: ("a", os.getpid()), lambda: ("b", os.getpid()), lambda: ("c", os.getpid()))
    assert [r[0] for r in results] == ["a", "b", "c"]
    assert here not in {r[1] for r in results} or (os.cpu_count() or 1) < 2


def test_in_turn_when_asked() -> None:
    here = os.getpid()
    assert side_by_side(lambda: os.getpid(), lambda: os.getpid(), parallel=False) == (here, here)


def test_an_error_in_a_task_reaches_the_caller() -> None:
    def fails() -> None:
        raise ValueError("bad seed")
    with pytest.raises(ValueError, match="bad seed"):
        side_by_side(lambda: 1, fails)


def test_workers_collect_garbage_while_the_paused_build_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCEBRIEF_JOBS", "2")
    with collector_paused():
        assert not gc.isenabled()
        in_workers = ordered_map(lambda _: (os.getpid(), gc.isenabled()), range(60))
        beside = side_by_side(gc.isenabled, gc.isenabled)
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    assert gc.isenabled()
    assert {enabled for _, enabled in in_workers} == {True} and os.getpid() not in {pid for pid, _ in in_workers}
    assert beside == (True, True)


def test_the_collector_resumes_after_an_error() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("stage failed")
    assert gc.isenabled()


def test_background_tasks_are_done_when_joined_and_their_errors_reach_the_caller(
        tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCEBRIEF_JOBS", "2")
    background = Background()
    background.start(lambda: (tmp_path / "pid").write_text(str(os.getpid())))
    background.start(lambda: (tmp_path / "missing" / "x").write_text("x"))
    with pytest.raises(FileNotFoundError) as raised:
        background.join()
    assert raised.value.filename == str(tmp_path / "missing" / "x")  # the build reports which file it could not write
    assert int((tmp_path / "pid").read_text()) != os.getpid()
    background.join()  # nothing left to wait for


def test_background_tasks_run_at_once_on_one_core(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCEBRIEF_JOBS", "1")
    Background().start(lambda: (tmp_path / "pid").write_text(str(os.getpid())))
    assert int((tmp_path / "pid").read_text()) == os.getpid()
