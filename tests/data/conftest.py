"""Fixtures for the content tests: the shipped library, loaded through the core API."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from stretchdesk.core.library import load_library
from stretchdesk.core.model import Library, Routine, RoutineItem


def shipped_data_dir() -> Path:
    """The repo's data/ folder, found the way the app finds it when that code exists."""
    try:
        from stretchdesk.paths import data_dir
    except ImportError:
        return Path(__file__).parents[2] / "data"
    return Path(data_dir())


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return shipped_data_dir()


@pytest.fixture(scope="session")
def library(data_dir: Path) -> Library:
    return load_library(data_dir)


def _single_stretch_routine(stretch_id: str) -> Routine:
    return Routine(
        id=f"only-{stretch_id}",
        name=stretch_id,
        purpose="Look at one stretch on its own.",
        items=(RoutineItem(stretch_id),),
    )


@pytest.fixture
def single_stretch_routine() -> Callable[[str], Routine]:
    """Makes a routine of one stretch, so a test can look at that stretch's own phases."""
    return _single_stretch_routine
