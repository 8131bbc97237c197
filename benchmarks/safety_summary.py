"""Run the safety battery and print its figures: ``python benchmarks/safety_summary.py [pytest args]``."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FILES = [f"tests/test_safety_{name}.py" for name in ("injection", "input", "paths", "crash", "output")]

if __name__ == "__main__":
    sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", *[str(ROOT / f) for f in FILES], *sys.argv[1:]]))
