"""Progress lines: only for slow builds on a terminal, nothing with --quiet, timings with --verbose."""

from __future__ import annotations

import io

from sourcebrief.model import Diagnostic
from sourcebrief.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(level: str, stream: io.StringIO, seconds: list[float]) -> str:
    times = iter([0.0, *seconds])
    progress = Progress(level, stream, clock=lambda: next(times))
    for n in range(len(seconds) - 1):
        progress(f"stage {n}")
    progress.diagnostic(Diagnostic("a.txt", 3, "warned", "warning"))
    progress.diagnostic(Diagnostic("b.txt", 4, "broken"))
    progress.info(f"done in {progress.elapsed():.1f} s")
    return stream.getvalue()


def test_a_slow_build_on_a_terminal_says_what_it_has_done() -> None:
    out = run("normal", Terminal(), [0.5, 2.5, 3.0, 3.0])
    assert out == "  stage 1\n  stage 2\na.txt:3: warning: warned\nb.txt:4: error: broken\ndone in 3.0 s\n"


def test_not_on_a_terminal_or_quick_no_stage_lines() -> None:
    assert "stage" not in run("normal", io.StringIO(), [0.5, 2.5, 3.0, 3.0])
    assert "stage" not in run("normal", Terminal(), [0.5, 1.0, 1.5, 1.5])


def test_quiet_and_verbose() -> None:
    assert run("quiet", Terminal(), [0.5, 2.5, 3.0, 3.0]) == "b.txt:4: error: broken\n"
    out = run("verbose", io.StringIO(), [0.5, 2.5, 3.0, 3.0])
    assert out.startswith("  stage 0 (0.50 s)\n  stage 1 (2.00 s)\n  stage 2 (0.50 s)\n")
