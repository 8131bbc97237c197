#!/usr/bin/env python3
"""Build the briefing: ``python build.py [--seeds DIR] [--content DIR] [--out DIR]``."""

import sys

from sourcebrief.cli import main

if __name__ == "__main__":
    sys.exit(main(["build", *sys.argv[1:]]))
