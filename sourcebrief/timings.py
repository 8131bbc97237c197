"""Optional per-stage wall-clock timings and memory of a build (``SOURCEBRIEF_TIMINGS=1`` prints them to stderr)."""

from __future__ import annotations

import os
import resource
import sys
import time


class StageTimer:
    """Seconds per named stage; ``lap(name)`` closes the stage that ran since the previous lap."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = bool(os.environ.get("SOURCEBRIEF_TIMINGS")) if enabled is None else enabled
        self.seconds: dict[str, float] = {}
        self.memory: dict[str, tuple[float, float]] = {}
        """MB resident at the end of each stage, and the peak so far, of the build's own process."""
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.seconds[name] = self.seconds.get(name, 0.0) + now - self._last
        if self.enabled:
            self.memory[name] = (_resident_mb(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        self._last = now

    def note(self, name: str, seconds: float) -> None:
        """A stage timed elsewhere (overlapping others: a merge run beside another one)."""
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    def report(self) -> None:
        """One ``timing <stage> <seconds>`` line per stage on stderr, when enabled."""
        if self.enabled:
            for name, seconds in self.seconds.items():
                print(f"timing {name} {seconds:.4f}", file=sys.stderr)
            for name, (resident, peak) in self.memory.items():
                print(f"memory {name} resident {resident:.0f} MB, peak {peak:.0f} MB", file=sys.stderr)


def _resident_mb() -> float:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0
