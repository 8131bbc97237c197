#!/usr/bin/env python3
"""Build the briefing: ``python build.py [--seeds DIR] [--content DIR] [--out DIR]``."""

import os
import sys

from sourcebrief.cli import main

if __name__ == "__main__":
    status = main(["build", *sys.argv[1:]])
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status or 0)  # the build's objects need not be freed one by one: the system takes the memory back at once
