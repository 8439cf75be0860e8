"""The shipped stretch library loads cleanly and every stretch is complete enough to follow."""

from __future__ import annotations

from pathlib import Path

from stretchdesk.core.library import load_library
from stretchdesk.core.model import Level, Library, Motion, Position

# The ids the illustrations are drawn for; each must be a stretch.
ILLUSTRATED = {
    "lying-crossover-knee-pull-down", "single-knee-to-chest", "double-knee-to-chest",
    "knee-to-chest-rocking", "seated-knee-to-chest", "knees-to-chest-hug",
    "standing-hamstring-crossover", "cat-cow", "childs-pose", "pelvic-tilt",
    "piriformis-stretch", "supine-spinal-twist", "seated-figure-four", "seated-spinal-twist",
    "sphinx", "kneeling-hip-flexor-stretch", "glute-bridge", "bird-dog", "lying-hamstring-stretch",
    "standing-back-extension", "standing-side-bend",
}
SOURCES = {"000", "001", "002", "003", "common"}
# A step is read aloud while the person is on the floor: one short instruction.
MAX_STEP_CHARS = 70


def test_library_loads_with_zero_problems(data_dir: Path) -> None:
    library = load_library(data_dir)
    assert library.problems == []
    assert len(library.stretches) >= 19
    assert len(library.routines) >= 10


def test_every_illustrated_stretch_exists(library: Library) -> None:
    assert set(library.stretches) == ILLUSTRATED


def test_each_file_is_named_after_its_id(data_dir: Path, library: Library) -> None:
    assert {p.stem for p in (data_dir / "stretches").glob("*.yaml")} == set(library.stretches)
    assert {p.stem for p in (data_dir / "routines").glob("*.yaml")} == set(library.routines)


def test_every_stretch_has_every_field_filled(library: Library) -> None:
    for s in library.stretches.values():
        assert s.summary and s.source in SOURCES, s.id
        assert s.steps.prepare and s.steps.hold and s.steps.release, s.id
        assert s.primary_muscles and s.secondary_muscles, s.id
        assert s.tips and s.mistakes and s.modifications and s.cautions, s.id
        # Standing needs nothing but room; everything else names what it is done on.
        assert s.equipment or s.position is Position.STANDING, s.id
        assert set(s.hold_seconds) == set(Level) and set(s.reps) == set(Level), s.id


def test_dynamic_stretches_pace_the_breath(library: Library) -> None:
    dynamic = {s.id for s in library.stretches.values() if s.motion is Motion.DYNAMIC}
    assert dynamic == {"knee-to-chest-rocking", "cat-cow", "pelvic-tilt"}
    for stretch_id in dynamic:
        breath = library.stretches[stretch_id].breath_seconds
        assert breath is not None and 2 <= breath <= 6


def test_holds_and_reps_grow_or_stay_with_the_level(library: Library) -> None:
    order = (Level.BEGINNER, Level.INTERMEDIATE, Level.ADVANCED)
    for s in library.stretches.values():
        holds = [s.hold_for(lv) for lv in order]
        reps = [s.reps_for(lv) for lv in order]
        assert holds == sorted(holds) and reps == sorted(reps), s.id


def test_steps_are_short_single_instructions(library: Library) -> None:
    for s in library.stretches.values():
        for step in (*s.steps.prepare, *s.steps.hold, *s.steps.release):
            assert len(step) <= MAX_STEP_CHARS, f"{s.id}: {step!r}"
            assert step.endswith(".") and step.count(".") == 1 and ";" not in step, step
            assert step[0].isupper(), step
