"""Lets `python -m stretchdesk` behave like the `stretchdesk` command."""

import sys

from stretchdesk.app import main

sys.exit(main())
