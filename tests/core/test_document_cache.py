"""The parsed-YAML cache: unchanged files load without parsing, and it never hides a problem."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from stretchdesk.core import settings_store, yaml_source
from stretchdesk.core.document_cache import DocumentCache
from stretchdesk.core.library import Library, LibraryError, load_library
from stretchdesk.core.model import Level
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.yaml_source import Document, read_document
from tests.core.clock import FakeClock
from tests.core.factory import TWO_SIDED, make_data, routine_text, write
from tests.core.settings_files import NOW

VERSION = "1.2.3"


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every file YAML text was parsed for, in order."""
    names: list[str] = []
    real = yaml_source.parse_document

    def counting(name: str, text: str, lenient: bool = False) -> Document:
        names.append(name)
        return real(name, text, lenient)

    monkeypatch.setattr(yaml_source, "parse_document", counting)
    monkeypatch.setattr(settings_store, "parse_document", counting)
    return names


@pytest.fixture
def cache_file(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "documents.cache"


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, Path]:
    """A data folder and a folder of the person's own routines, with one routine in it."""
    root = make_data(tmp_path / "data")
    mine = tmp_path / "mine"
    write(mine / "knees.yaml", routine_text("knees", "both-knees"))
    return root, mine


def load_twice(data: tuple[Path, Path], cache_file: Path, change: Callable[[], object],
               version: str = VERSION) -> tuple[Library, Library]:
    """Loads with a fresh cache, saves it, applies `change`, then loads with a new cache."""
    root, mine = data
    first = DocumentCache(cache_file, VERSION)
    before = load_library(root, [mine], first)
    assert first.save()
    change()
    return before, load_library(root, [mine], DocumentCache(cache_file, version))


def test_an_unchanged_library_loads_from_the_cache_without_parsing_any_yaml(
    data: tuple[Path, Path], cache_file: Path, parsed: list[str]
) -> None:
    before, after = load_twice(data, cache_file, parsed.clear)
    assert parsed == []
    assert after == before
    assert after == load_library(*data[:1], [data[1]])  # the same as with no cache at all


def test_an_edited_file_is_parsed_again_even_at_the_same_size(
    data: tuple[Path, Path], cache_file: Path, parsed: list[str]
) -> None:
    root, _mine = data
    knees = root / "stretches" / "both-knees.yaml"

    def edit() -> None:
        parsed.clear()
        old = os.stat(knees).st_mtime_ns
        write(knees, TWO_SIDED.replace("beginner: 15", "beginner: 16"))
        os.utime(knees, ns=(old, old))  # same size, and even the same modification time

    _before, after = load_twice(data, cache_file, edit)
    assert parsed == [str(knees)]
    assert after.stretches["both-knees"].hold_for(Level.BEGINNER) == 16


def test_a_routine_broken_after_it_was_cached_is_reported_as_when_read_fresh(
    data: tuple[Path, Path], cache_file: Path
) -> None:
    root, mine = data
    knees = mine / "knees.yaml"
    _before, after = load_twice(
        data, cache_file, lambda: write(knees, routine_text("knees", "both-knees", "no-such")))
    fresh = load_library(root, [mine])
    assert "knees" not in after.routines
    [problem] = after.problems
    assert (problem.file, problem.line, problem.field, problem.message) == (
        fresh.problems[0].file, fresh.problems[0].line, fresh.problems[0].field,
        fresh.problems[0].message)
    assert problem.file == str(knees) and problem.line == 6 and "no-such" in str(problem)


def test_a_shipped_file_broken_after_it_was_cached_still_stops_the_load(
    data: tuple[Path, Path], cache_file: Path
) -> None:
    root, mine = data
    knees = root / "stretches" / "both-knees.yaml"
    first = DocumentCache(cache_file, VERSION)
    load_library(root, [mine], first)
    first.save()
    write(knees, TWO_SIDED.replace("beginner: 15", "beginner: -3"))
    with pytest.raises(LibraryError) as cached:
        load_library(root, [mine], DocumentCache(cache_file, VERSION))
    with pytest.raises(LibraryError) as fresh:
        load_library(root, [mine])
    assert str(cached.value) == str(fresh.value)
    assert (cached.value.file, cached.value.line) == (str(knees), 6)


@pytest.mark.parametrize("text", [
    routine_text("knees", "both-knees").replace("items:", "items: ["),  # not YAML
    routine_text("knees", "no-such-stretch"),  # YAML, but not a routine
])
def test_a_problem_is_reported_on_every_start_while_the_file_stays_broken(
    data: tuple[Path, Path], cache_file: Path, text: str
) -> None:
    root, mine = data
    write(mine / "knees.yaml", text)
    reports = []
    for _start in range(3):
        cache = DocumentCache(cache_file, VERSION)
        library = load_library(root, [mine], cache)
        cache.save()
        reports.append([str(problem) for problem in library.problems])
    assert reports[0] and reports[0] == reports[1] == reports[2]
    assert reports[0] == [str(p) for p in load_library(root, [mine]).problems]


def test_a_file_that_does_not_parse_is_never_cached(
    data: tuple[Path, Path], cache_file: Path, parsed: list[str]
) -> None:
    root, mine = data
    broken = write(mine / "broken.yaml", "id: broken\nitems: [\n")
    for _start in range(2):
        cache = DocumentCache(cache_file, VERSION)
        load_library(root, [mine], cache)
        cache.save()
    assert parsed.count(str(broken)) == 2
    assert str(broken) not in DocumentCache(cache_file, VERSION)


@pytest.mark.parametrize("damage", [
    lambda raw: raw[: len(raw) // 2],  # cut short
    lambda raw: raw[:-5] + bytes([raw[-5] ^ 0x40]) + raw[-4:],  # one bit flipped
    lambda raw: b"",
    lambda raw: b"\x00" * len(raw),
    lambda raw: b"not a cache at all\n",
])
def test_a_damaged_cache_is_ignored_and_rewritten(
    data: tuple[Path, Path], cache_file: Path, parsed: list[str],
    damage: Callable[[bytes], bytes]
) -> None:
    root, mine = data

    def spoil() -> None:
        cache_file.write_bytes(damage(cache_file.read_bytes()))
        parsed.clear()

    before, after = load_twice(data, cache_file, spoil)
    assert after == before
    assert len(parsed) == 5  # every file was read fresh
    repaired = DocumentCache(cache_file, VERSION)
    load_library(root, [mine], repaired)
    repaired.save()
    parsed.clear()
    load_library(root, [mine], DocumentCache(cache_file, VERSION))
    assert parsed == []


def test_another_version_of_the_app_parses_everything_again(
    data: tuple[Path, Path], cache_file: Path, parsed: list[str]
) -> None:
    before, after = load_twice(data, cache_file, parsed.clear, version="1.2.4")
    assert after == before
    assert len(parsed) == 5


def test_new_and_removed_routine_files_are_seen_and_the_removed_one_leaves_the_cache(
    data: tuple[Path, Path], cache_file: Path
) -> None:
    root, mine = data
    knees = mine / "knees.yaml"

    def swap() -> None:
        knees.unlink()
        write(mine / "rock.yaml", routine_text("rock", "rocking"))

    _before, after = load_twice(data, cache_file, swap)
    assert "knees" not in after.routines and "rock" in after.routines
    cache = DocumentCache(cache_file, VERSION)
    load_library(root, [mine], cache)
    cache.save()
    assert str(knees) not in DocumentCache(cache_file, VERSION)
    assert str(mine / "rock.yaml") in DocumentCache(cache_file, VERSION)


def test_a_file_changed_while_it_was_parsed_is_parsed_again_next_time(
    tmp_path: Path, cache_file: Path
) -> None:
    routine = write(tmp_path / "r.yaml", "id: first\n")

    def parse_then_edit(path: Path) -> Document:
        doc = read_document(path)
        write(path, "id: second\n")
        return doc

    assert DocumentCache(cache_file, VERSION).read(routine, parse_then_edit).value == {
        "id": "first"}
    cache = DocumentCache(cache_file, VERSION)
    cache.read(routine, parse_then_edit)
    cache.save()
    assert DocumentCache(cache_file, VERSION).read(routine, read_document).value == {
        "id": "second"}


def test_a_value_the_cache_cannot_keep_is_parsed_each_time(
    tmp_path: Path, cache_file: Path, parsed: list[str]
) -> None:
    dated = write(tmp_path / "dated.yaml", "id: dated\nwhen: 2026-11-18\n")
    for _start in range(2):
        cache = DocumentCache(cache_file, VERSION)
        assert str(cache.read(dated, read_document).value["when"]) == "2026-11-18"
        cache.save()
    assert parsed == [str(dated), str(dated)]


def test_a_cache_that_cannot_be_written_leaves_the_library_as_it_is(
    data: tuple[Path, Path], tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    cache = DocumentCache(blocker / "documents.cache", VERSION)
    library = load_library(*data[:1], [data[1]], cache)
    assert not cache.save()
    assert library == load_library(*data[:1], [data[1]])
    assert list(tmp_path.glob("**/*.tmp")) == []


def test_settings_unchanged_since_the_last_start_are_not_parsed_again(
    tmp_path: Path, cache_file: Path, parsed: list[str]
) -> None:
    clock = FakeClock(NOW)
    folder = tmp_path / "config"
    SettingsStore(folder, clock).save(Settings(level=Level.ADVANCED))
    first = DocumentCache(cache_file, VERSION)
    assert SettingsStore(folder, clock, first).load().level is Level.ADVANCED
    first.save()
    parsed.clear()
    second = DocumentCache(cache_file, VERSION)
    assert SettingsStore(folder, clock, second).load().level is Level.ADVANCED
    assert parsed == []
    SettingsStore(folder, clock).save(Settings(level=Level.BEGINNER))
    assert SettingsStore(folder, clock, second).load().level is Level.BEGINNER
    assert parsed == [str(folder / "settings.yaml")]


def test_a_damaged_settings_file_is_set_aside_even_when_its_good_version_was_cached(
    tmp_path: Path, cache_file: Path
) -> None:
    clock = FakeClock(NOW)
    folder = tmp_path / "config"
    SettingsStore(folder, clock).save(Settings(level=Level.ADVANCED))
    first = DocumentCache(cache_file, VERSION)
    SettingsStore(folder, clock, first).load()
    first.save()
    (folder / "settings.yaml").write_text("version: 2\nlevel: [\n")
    store = SettingsStore(folder, clock, DocumentCache(cache_file, VERSION))
    assert store.load() == Settings()
    assert store.notice is not None and "damaged" in store.notice
    assert store.kept_as is not None and store.kept_as.exists()
