"""What a long command tells the terminal while it works: stage lines, timings, or nothing."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

QUIET, NORMAL, VERBOSE = "quiet", "normal", "verbose"
SLOW_BUILD = 2.0
"""Seconds after which a build on a terminal starts saying what it has done."""


class Progress:
    """A ``progress`` callback for ``pipeline.build``, plus the command's own messages.

    ``quiet`` prints only errors; ``normal`` prints stage lines once a build has run for
    ``SLOW_BUILD`` seconds, and only on a terminal; ``verbose`` prints every stage with its time.
    """

    def __init__(self, level: str = NORMAL, stream: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.level = level
        self.stream = stream or sys.stderr
        self.clock = clock
        self.started = self.last = clock()

    def restart(self) -> None:
        """Start timing a new build."""
        self.started = self.last = self.clock()

    def __call__(self, stage: str) -> None:
        now = self.clock()
        took, self.last = now - self.last, now
        if self.level == VERBOSE:
            self._print(f"  {stage} ({took:.2f} s)")
        elif self.level == NORMAL and now - self.started >= SLOW_BUILD and self._is_terminal():
            self._print(f"  {stage}")

    def info(self, message: str) -> None:
        """A summary line, hidden by --quiet."""
        if self.level != QUIET:
            self._print(message)

    def error(self, message: str) -> None:
        """Always shown."""
        self._print(message)

    def diagnostic(self, diagnostic) -> None:
        """Errors always; warnings unless quiet."""
        if diagnostic.severity == "error":
            self.error(str(diagnostic))
        else:
            self.info(str(diagnostic))

    def elapsed(self) -> float:
        return self.clock() - self.started

    def _is_terminal(self) -> bool:
        isatty = getattr(self.stream, "isatty", None)
        return bool(isatty and isatty())

    def _print(self, message: str) -> None:
        try:
            print(message, file=self.stream, flush=True)
        except (OSError, ValueError):
            pass  # a closed terminal or pipe must not stop a build or the server's watcher


def level_of(args) -> str:
    """The level chosen by ``--quiet``/``--verbose`` on the command line."""
    if getattr(args, "verbose", False):
        return VERBOSE
    return QUIET if getattr(args, "quiet", False) else NORMAL
