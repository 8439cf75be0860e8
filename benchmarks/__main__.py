"""Lets `python -m benchmarks` run the whole benchmark (see benchmarks/run.py)."""

import sys

from benchmarks.run import main

sys.exit(main())
