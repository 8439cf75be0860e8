"""Developer tools kept out of the app: screenshots, illustration sheets, audio recording.

    python -m tools.screenshots OUTDIR [--size 1280x800] [--mat-mode]
    python -m tools.figure_sheet sheet OUT.png [--dark] | icon [--out DIR]
    python -m tools.recording SOURCE OUT   (used by tests/audio and benchmarks)

The app never imports these; the tests and benchmarks do.
"""
