"""StretchDesk's benchmarks: `python -m benchmarks` (or `make bench`).

Kept free of imports so that `python -m benchmarks.baseline_window` starts as lean as
`python -m stretchdesk` does.
"""
