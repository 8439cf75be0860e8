"""The methods dataclasses write are compiled once and kept (stretchdesk/dataclass_code.py)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from stretchdesk import dataclass_code


@pytest.fixture
def cache_file(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "cache" / "dataclass-code.cache"
    dataclass_code.forget()


def next_start(file: Path) -> dataclass_code.DataclassCode:
    """The cache as a new process would find it."""
    dataclass_code.forget()
    return dataclass_code.remember(file)


def define() -> type:
    """A frozen dataclass with defaults, a factory and a post-init, defined afresh."""

    @dataclasses.dataclass(frozen=True)
    class Hold:
        """A hold, as a test defines it."""

        stretch: str
        seconds: float = 30.0
        sides: tuple[str, ...] = dataclasses.field(default_factory=lambda: ("left", "right"))

        def __post_init__(self) -> None:
            if self.seconds <= 0:
                raise ValueError("a hold lasts")

    return Hold


def test_a_class_made_from_kept_code_behaves_as_one_compiled_afresh(cache_file: Path) -> None:
    fresh = define()
    dataclass_code.remember(cache_file)
    first = define()
    assert dataclass_code.save()
    next_start(cache_file)
    kept = define()
    assert dataclass_code.active().compiled == 0  # type: ignore[union-attr]
    for cls in (fresh, first, kept):
        hold = cls("cat-cow", 20)
        assert repr(hold) == ("define.<locals>.Hold(stretch='cat-cow', seconds=20, "
                              "sides=('left', 'right'))")
        assert hold == cls("cat-cow", 20.0) and hash(hold) == hash(cls("cat-cow", 20.0))
        assert hold != cls("cat-cow", 25)
        assert dataclasses.replace(hold, seconds=40).seconds == 40
        with pytest.raises(dataclasses.FrozenInstanceError):
            hold.seconds = 10  # type: ignore[misc]
        with pytest.raises(ValueError, match="a hold lasts"):
            cls("cat-cow", 0)


def test_only_texts_not_seen_before_are_compiled(cache_file: Path) -> None:
    cache = dataclass_code.remember(cache_file)
    define()
    assert cache.compiled > 3  # __init__, __repr__, __eq__, __hash__, __setattr__...
    assert dataclass_code.save()
    assert cache_file.is_file()
    again = next_start(cache_file)
    define()
    assert again.compiled == 0
    assert again.save()  # nothing new: nothing written


@pytest.mark.parametrize("damage", [
    lambda data: data[:-7],  # cut short
    lambda data: data[:-1] + bytes([data[-1] ^ 0xFF]),  # a flipped byte: the CRC differs
    lambda data: b"something else entirely\n" + data,
    lambda data: data.replace(b"stretchdesk-dataclass-code", b"stretchdesk-dataclass-cade"),
    lambda data: b"",
])
def test_a_damaged_cache_is_ignored_and_written_again(cache_file: Path, damage: object) -> None:
    dataclass_code.remember(cache_file)
    define()
    dataclass_code.save()
    cache_file.write_bytes(damage(cache_file.read_bytes()))  # type: ignore[operator]
    cache = next_start(cache_file)
    hold = define()("child-pose")
    assert hold.seconds == 30.0
    assert cache.compiled > 3  # compiled as if there were no cache
    assert cache.save()
    next_start(cache_file)
    define()
    assert dataclass_code.active().compiled == 0  # type: ignore[union-attr]


def test_a_cache_it_cannot_write_leaves_the_classes_working(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    try:
        cache = dataclass_code.remember(blocked / "dataclass-code.cache")
        assert define()("cat-cow").stretch == "cat-cow"
        assert cache.save() is False
        assert not any(p.name.endswith(".tmp") for p in tmp_path.rglob("*"))
    finally:
        dataclass_code.forget()


def test_asked_again_for_the_same_file_it_keeps_its_cache(cache_file: Path) -> None:
    cache = dataclass_code.remember(cache_file)
    define()
    assert dataclass_code.remember(cache_file) is cache
    assert cache.compiled > 3


def test_forget_gives_dataclasses_the_built_in_exec_back(cache_file: Path) -> None:
    dataclass_code.remember(cache_file)
    assert "exec" in vars(dataclasses)
    dataclass_code.forget()
    assert "exec" not in vars(dataclasses)
    assert dataclass_code.save()  # nothing to do


def define_later() -> type:
    """A class of a screen opened later in a run."""

    @dataclasses.dataclass
    class Later:
        """A class first seen after the code was let go."""

        name: str

    return Later


def test_let_go_keeps_the_code_on_disk_only(cache_file: Path) -> None:
    # What a run has defined stays in memory until let go (~0.3 MiB in a session); a
    # class defined later still takes its code from the file, and a new one is kept too.
    kept = dataclass_code.remember(cache_file)
    define()
    compiled = kept.compiled
    assert compiled > 0 and kept.in_memory > 0
    assert dataclass_code.let_go()
    assert kept.in_memory == 0
    assert define()("cat-cow").seconds == 30.0
    assert kept.compiled == compiled  # read back from the file, not compiled again
    assert define_later()("cat-cow").name == "cat-cow"
    assert kept.compiled > compiled
    assert dataclass_code.save()
    assert kept.in_memory == 0  # still let go once the new class is saved
    restarted = next_start(cache_file)
    define()
    define_later()
    assert restarted.compiled == 0
