"""Every loader error names the file, the line and the field, and the rest keeps loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchdesk.core.library import LibraryError, load_library
from tests.core.factory import ONE_SIDED, TWO_SIDED, make_data, routine_text, write


def error_for(tmp_path: Path, stretch_text: str) -> LibraryError:
    root = make_data(tmp_path / "data")
    bad = write(root / "stretches" / "both-knees.yaml", stretch_text)
    with pytest.raises(LibraryError) as info:
        load_library(root)
    assert info.value.file == str(bad)
    return info.value


def replace_line(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new)


def test_str_shows_file_line_field_and_message(tmp_path: Path) -> None:
    text = replace_line(TWO_SIDED, "beginner: 15", "beginner: -3")
    err = error_for(tmp_path, text)
    assert err.line == 6
    assert err.field == "stretches[both-knees].hold_seconds.beginner"
    assert "at least 5 and at most 300 seconds" in err.message
    assert str(err).startswith(f"{err.file}:6: stretches[both-knees].hold_seconds.beginner:")


def test_malformed_yaml(tmp_path: Path) -> None:
    err = error_for(tmp_path, TWO_SIDED.replace("steps:\n", "steps: [\n"))
    assert "not valid YAML" in err.message
    assert err.line > 0


def test_wrong_type(tmp_path: Path) -> None:
    err = error_for(tmp_path, replace_line(TWO_SIDED, "name: Both knees", "name: [1, 2]"))
    assert (err.line, err.field) == (2, "stretches[both-knees].name")
    assert "should be text" in err.message


def test_missing_required_field(tmp_path: Path) -> None:
    err = error_for(tmp_path, replace_line(TWO_SIDED, "position: supine\n", ""))
    assert err.field == "stretches[both-knees].position"
    assert "missing" in err.message


@pytest.mark.parametrize(
    "hold", ["0", "4.5", "-1", "301", "601", "1e9", ".inf", ".nan", "true", "'ten'", "9" * 400]
)
def test_hold_must_be_within_the_settings_hold_range(tmp_path: Path, hold: str) -> None:
    err = error_for(tmp_path, replace_line(TWO_SIDED, "advanced: 45", f"advanced: {hold}"))
    assert err.field.endswith("hold_seconds.advanced")  # before the id is read, no label
    assert err.line == 6


def test_unknown_level(tmp_path: Path) -> None:
    err = error_for(tmp_path, replace_line(TWO_SIDED, "advanced: 45}", "advanced: 45, expert: 90}"))
    assert err.field == "stretches[both-knees].hold_seconds.expert"
    assert "not a level" in err.message


def test_python_tag_is_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    payload = f"!!python/object/apply:os.system ['touch {marker}']"
    err = error_for(tmp_path, replace_line(TWO_SIDED, "name: Both knees", f"name: {payload}"))
    assert err.message.startswith(
        "the file contains the tag !!python/object/apply:os.system, a Python command; "
        "StretchDesk never runs tags like this"
    )
    assert err.line == 2
    assert not marker.exists()


def test_empty_file(tmp_path: Path) -> None:
    err = error_for(tmp_path, "# nothing here\n")
    assert "empty" in err.message


def test_list_instead_of_mapping(tmp_path: Path) -> None:
    err = error_for(tmp_path, "- id: both-knees\n- name: x\n")
    assert "holds a list" in err.message
    assert err.line == 1


def test_non_utf8_bytes(tmp_path: Path) -> None:
    root = make_data(tmp_path / "data")
    bad = root / "stretches" / "both-knees.yaml"
    bad.write_bytes(TWO_SIDED.encode().replace(b"Both knees", b"Both kn\xe9es"))
    with pytest.raises(LibraryError) as info:
        load_library(root)
    assert info.value.line == 2
    assert "UTF-8" in info.value.message


def test_duplicate_stretch_id(tmp_path: Path) -> None:
    root = make_data(tmp_path / "data")
    copy = write(root / "stretches" / "zz-copy.yaml", TWO_SIDED)
    with pytest.raises(LibraryError) as info:
        load_library(root)
    assert info.value.file == str(copy)
    assert info.value.field == "stretches[both-knees].id"
    assert "already used" in info.value.message


def test_duplicate_key_in_one_file(tmp_path: Path) -> None:
    err = error_for(tmp_path, TWO_SIDED + "name: Again\n")
    assert err.line == 13
    assert "appears twice" in err.message


def test_unknown_field_is_named(tmp_path: Path) -> None:
    err = error_for(tmp_path, TWO_SIDED + "hold_secs: 10\n")
    assert err.field == "stretches[both-knees].hold_secs"
    assert err.line == 13


def test_unknown_stretch_id_in_a_shipped_routine(tmp_path: Path) -> None:
    root = make_data(tmp_path / "data")
    bad = write(root / "routines" / "r.yaml", routine_text("r", "both-knees", "both-knee"))
    with pytest.raises(LibraryError) as info:
        load_library(root)
    err = info.value
    assert (err.file, err.line, err.field) == (str(bad), 6, "routines[r].items[1].stretch")
    assert "both-knees" in err.message  # suggests the near match


def test_bad_user_routine_is_listed_and_the_others_still_load(tmp_path: Path) -> None:
    root = make_data(tmp_path / "data")
    mine = tmp_path / "mine"
    write(mine / "a-good.yaml", routine_text("a-good", "both-knees"))
    bad = write(mine / "b-bad.yaml", routine_text("b-bad", "nope"))
    write(mine / "c-broken.yaml", "id: [unclosed\n")
    write(mine / "d-good.yaml", routine_text("d-good", "side-reach"))
    write(mine / "notes.txt", "not a routine")
    lib = load_library(root, extra_dirs=[mine, tmp_path / "missing"])
    assert {"a-good", "d-good"} <= set(lib.routines)
    assert lib.routines["a-good"].user
    assert [p.file for p in lib.problems] == [str(bad), str(mine / "c-broken.yaml")]
    assert all(p.line > 0 for p in lib.problems)
    assert bad.read_text()  # never touched


def test_user_routine_cannot_take_a_shipped_id(tmp_path: Path) -> None:
    root = make_data(tmp_path / "data")
    mine = tmp_path / "mine"
    write(mine / "mixed.yaml", routine_text("mixed", "both-knees"))
    lib = load_library(root, extra_dirs=[mine])
    assert len(lib.routines["mixed"].items) == 2  # the shipped one
    assert "already taken" in lib.problems[0].message


def test_one_sided_stretch_loads(tmp_path: Path) -> None:
    root = make_data(tmp_path / "data")
    write(root / "stretches" / "side-reach.yaml", ONE_SIDED.format(order="sideways"))
    with pytest.raises(LibraryError) as info:
        load_library(root)
    assert info.value.field == "stretches[side-reach].side_order"
    assert "alternate" in info.value.message
