"""Use every core: per-source analysis and page rendering (ordered_map), the cross-source merges at once
(side_by_side), and work that returns nothing beside the build (Background); and keep the garbage collector off the
build's large, acyclic heap (collector_paused).

Workers are forked (they inherit the articles, pages, site view and Jinja environment; nothing is pickled but
results); results come back in order, so the output is the same as a serial run. Small briefings build serially:
starting a pool costs more than it saves.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import pickle
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

SERIAL_BELOW = 50
"""Fewer pages than this render in the build's own process."""

_shared: tuple = ()


def _init(function, args) -> None:
    global _shared  # set once per forked worker, read-only afterwards
    _shared = (function, args)
    gc.enable()  # a paused collector (collector_paused) is inherited; the worker's own garbage is collected


def _run(indexes: range) -> list:
    function, (items, *rest) = _shared
    return [function(items[i], *rest) for i in indexes]


def workers() -> int:
    """Cores to use (``SOURCEBRIEF_JOBS`` overrides)."""
    wanted = os.environ.get("SOURCEBRIEF_JOBS", "")
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def each(function, items: Sequence) -> list:
    """``[function(item) for item in items]`` in this process: the serial ``analysis.Extract``."""
    return [function(item) for item in items]


def ordered_map(function, items: Sequence, *rest) -> list:
    """``[function(item, *rest) for item in items]``, split over the cores when it pays (give costly items first)."""
    jobs = workers()
    if jobs < 2 or len(items) < SERIAL_BELOW or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item, *rest) for item in items]
    # Chunk k holds items k, k + n, k + 2n ...: costly items given first are spread over the workers.
    count = max(jobs * 4, len(items) // 16)
    chunks = [range(k, len(items), count) for k in range(min(count, len(items)))]
    context = multiprocessing.get_context("fork")
    results: list = [None] * len(items)
    with _frozen(), ProcessPoolExecutor(jobs, mp_context=context, initializer=_init,
                                        initargs=(function, (items, *rest))) as pool:
        for chunk, values in zip(chunks, pool.map(_run, chunks)):
            for i, value in zip(chunk, values):
                results[i] = value
    return results


@contextlib.contextmanager
def _frozen():
    """Fork with the inherited objects out of the garbage collector's sight: a worker's collections then scan only
    what it made, not the whole build's heap again in every worker (which also copied each page it touched)."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def collector_paused():
    """No cyclic garbage collection in this process meanwhile (forked workers still collect their own).

    A build makes almost no cycles (about 500 objects at 1,000 articles, collected at the end), but its heap is
    large: in a 10,000-article build the collector's full passes found nothing and took 5.6 s."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _call_shared(index: int):
    functions, _args = _shared
    return functions[index]()


def side_by_side(*tasks, parallel: bool = True) -> tuple:
    """``tuple(task() for task in tasks)``, each task in a forked process of its own while this one waits (in turn
    here when ``parallel`` is False, on one core, or without fork). Only the results are pickled; what a task
    makes on the way (a merge's indexes) dies with its process, so this one's heap, which the render inherits,
    holds the results alone. With more tasks than cores, the system shares the cores out."""
    if not parallel or workers() < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return tuple(task() for task in tasks)
    context = multiprocessing.get_context("fork")
    with _frozen(), ProcessPoolExecutor(len(tasks), mp_context=context, initializer=_init,
                                        initargs=(tasks, ())) as pool:
        return tuple(result.result() for result in [pool.submit(_call_shared, index) for index in range(len(tasks))])


class Background:
    """Tasks that return nothing (files written, cache entries stored), each in a forked process while this one goes
    on; ``join`` waits for them and raises here the first error one of them raised. Without fork or a second core,
    ``start`` runs the task at once."""

    def __init__(self) -> None:
        self._running: list[tuple[int, int]] = []
        """Process id and the read end of the pipe its error comes back on, of each task started."""

    def start(self, task) -> None:
        if workers() < 2 or not hasattr(os, "fork"):
            task()
            return
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the task's process: it leaves without running this process's exit handlers or flushing its files
            os.close(read)
            try:
                task()
                os._exit(0)
            except BaseException as exc:
                try:
                    os.write(write, pickle.dumps(exc))
                except Exception:
                    os.write(write, pickle.dumps(RuntimeError(repr(exc))))
            finally:
                os._exit(1)
        os.close(write)
        self._running.append((pid, read))

    def join(self) -> None:
        errors = []
        for pid, read in self._running:
            with open(read, "rb") as pipe:
                sent = pipe.read()
            _, status = os.waitpid(pid, 0)
            if sent:
                errors.append(pickle.loads(sent))
            elif status:
                errors.append(RuntimeError(f"a background task of the build failed (wait status {status})"))
        self._running.clear()
        if errors:
            raise errors[0]
