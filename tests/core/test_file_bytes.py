"""read_bounded: a file's bytes within a limit, asking the system for no more than needed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from stretchdesk.core import file_bytes
from stretchdesk.core.file_bytes import FileRefused, read_bounded


def test_a_small_file_is_read_without_asking_for_the_whole_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each read allocates what it asks for: 8 MB asked for a 12-byte file was 8 MB."""
    path = tmp_path / "routine.yaml"
    path.write_bytes(b"name: Stretch")
    asked: list[int] = []
    real_read = os.read

    def recording_read(fd: int, size: int) -> bytes:
        asked.append(size)
        return real_read(fd, size)

    monkeypatch.setattr(file_bytes.os, "read", recording_read)
    assert read_bounded(path, 8_000_000) == b"name: Stretch"
    assert asked and max(asked) <= 65_536


def test_a_file_that_grows_past_the_limit_while_read_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "routine.yaml"
    path.write_bytes(b"a" * 10)
    given = [b"a" * 10, b"b" * 70_000, b"c" * 70_000]  # what a growing file hands out

    def growing_read(fd: int, size: int) -> bytes:
        return given.pop(0)[:size] if given else b""

    monkeypatch.setattr(file_bytes.os, "read", growing_read)
    with pytest.raises(FileRefused):
        read_bounded(path, 100_000)
