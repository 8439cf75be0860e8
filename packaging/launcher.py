"""Starts StretchDesk inside the PyInstaller bundle, exactly as the `stretchdesk` command."""

import sys

from stretchdesk.app import main

if __name__ == "__main__":
    sys.exit(main())
