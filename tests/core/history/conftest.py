"""Fixtures for the history tests: a store in a private folder that notes its problems."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from stretchdesk.core.history import HistoryStore, StoreProblem
from tests.core.history.sessions import T0


@pytest.fixture
def problems() -> list[StoreProblem]:
    return []


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(folder: Path, problems: list[StoreProblem]) -> Iterator[HistoryStore]:
    made = HistoryStore(folder, now=T0, on_problem=problems.append)
    yield made
    made.close()
