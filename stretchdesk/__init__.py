"""StretchDesk: a guided stretching session you can follow from the floor."""

__version__ = "0.1.0"
