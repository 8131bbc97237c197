"""Optional per-stage wall-clock timings of a build (``SOURCEBRIEF_TIMINGS=1`` prints them to stderr)."""

from __future__ import annotations

import os
import sys
import time


class StageTimer:
    """Seconds per named stage; ``lap(name)`` closes the stage that ran since the previous lap."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = bool(os.environ.get("SOURCEBRIEF_TIMINGS")) if enabled is None else enabled
        self.seconds: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.seconds[name] = self.seconds.get(name, 0.0) + now - self._last
        self._last = now

    def report(self) -> None:
        """One ``timing <stage> <seconds>`` line per stage on stderr, when enabled."""
        if self.enabled:
            for name, seconds in self.seconds.items():
                print(f"timing {name} {seconds:.4f}", file=sys.stderr)
