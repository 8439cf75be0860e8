"""The installation check behind `stretchdesk --self-test`, for packaged builds.

It runs headless and shows no window: the shipped library and every routine's timeline
at every level, every illustration rendered, every chime decoded, and a settings file
written and read back in a temporary folder. Each check runs on its own, so one broken
part never hides the state of the others; a person (or a packaging test) reads one line
per check and the exit status.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
import time
import wave
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, TextIO

from stretchdesk import __version__, paths
from stretchdesk.core.library import load_library
from stretchdesk.core.model import Level, Library
from stretchdesk.core.settings import Settings, SoundMode, Theme
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.core.timeline import PhaseKind, build_timeline, session_items

# Long enough for the ffmpeg backend to decode ten short chimes on a busy machine.
SOUND_LOAD_TIMEOUT_MS = 10_000
# An illustration whose drawing covers less than this share of the picture is as good
# as blank to a person on the mat.
MIN_DRAWN_SHARE = 0.01


class CheckFailed(Exception):
    """A check found something wrong; the message says what, for a person."""


@dataclass
class CheckReport:
    """What one check found: a summary line and any warnings that do not fail it."""

    summary: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Places:
    """The shipped folders the self-test looks at."""

    data: Path
    assets: Path


@dataclass
class Found:
    """What one check learnt that later ones build on (None when that check failed)."""

    library: Library | None = None


def run_self_test(
    out: TextIO | None = None, *, data_dir: Path | None = None, assets_dir: Path | None = None
) -> int:
    """Runs every check and prints one line each; 0 when all passed, 1 otherwise.

    `data_dir` and `assets_dir` default to where `stretchdesk.paths` finds the shipped
    files, which is the point: the check sees what the installed app would see.
    """
    out = out or sys.stdout
    # Set before Qt loads its platform plugin: without it, a machine with no display
    # would abort here, and one with a display would not need it anyway.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    places = Places(data_dir or paths.data_dir(), assets_dir or paths.assets_dir())
    print(f"StretchDesk {__version__} self-test", file=out)
    found = Found()
    checks: list[tuple[str, Callable[[], CheckReport]]] = [
        ("files", lambda: _check_files(places)),
        ("qt", _check_qt),
        ("library", lambda: _check_library(places, found)),
        ("timelines", lambda: _check_timelines(found)),
        ("illustrations", lambda: _check_illustrations(places.assets / "images", found)),
        ("sounds", lambda: _check_sounds(places.assets / "sounds")),
        ("voice", _check_voice),
        ("settings", lambda: _check_settings(found)),
    ]
    failed: list[str] = []
    warned = 0
    for name, check in checks:
        try:
            report = check()
        except Exception as exc:  # any error in one check must not stop the others
            detail = str(exc) if isinstance(exc, CheckFailed) else f"{type(exc).__name__}: {exc}"
            print(f"FAIL {name}: {detail}", file=out)
            failed.append(name)
            continue
        print(f"ok  {name}: {report.summary}", file=out)
        for warning in report.warnings:
            print(f"warn {name}: {warning}", file=out)
        warned += len(report.warnings)
    if failed:
        print(f"self-test FAILED: {', '.join(failed)}", file=out)
        return 1
    note = f", {warned} warning{'s' if warned != 1 else ''}" if warned else ""
    print(f"self-test passed: {len(checks)} checks{note}", file=out)
    return 0


def _check_files(places: Places) -> CheckReport:
    for folder in (places.data, places.assets):
        if not folder.is_dir():
            raise CheckFailed(f"{folder} is missing")
    return CheckReport(f"data in {places.data}, assets in {places.assets}")


def _qt_application() -> Any:
    """The running QApplication, or a new one (widgets, as the app itself needs)."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "stretchdesk"])


def _check_qt() -> CheckReport:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    app = _qt_application()
    return CheckReport(f"Qt {qVersion()}, PySide6 {pyside_version}, "
                       f"platform {app.platformName()}")


def _check_library(places: Places, found: Found) -> CheckReport:
    library = load_library(places.data)
    if library.problems:
        raise CheckFailed("; ".join(str(p) for p in library.problems))
    if not library.stretches or not library.routines:
        raise CheckFailed(f"{places.data} holds no stretches or no routines")
    found.library = library
    return CheckReport(f"{len(library.stretches)} stretches, {len(library.routines)} routines")


def _check_timelines(found: Found) -> CheckReport:
    library = found.library
    if library is None:
        raise CheckFailed("not checked: the library did not load")
    totals: list[float] = []
    for routine in library.routines.values():
        for level in Level:
            where = f"routine {routine.id} at {level.value} level"
            timeline = build_timeline(routine, library, Settings(level=level))
            if not timeline or timeline[0].kind is not PhaseKind.PREPARE:
                raise CheckFailed(f"{where} does not start with a starting position")
            if any(not (math.isfinite(p.seconds) and p.seconds > 0) for p in timeline):
                raise CheckFailed(f"{where} has a phase without a proper length")
            held = {p.stretch_id for p in timeline if p.kind is PhaseKind.HOLD}
            included = session_items(routine, library, level)
            missing = {item.stretch_id for _, item in included} - held
            if missing:
                raise CheckFailed(f"{where} never holds {', '.join(sorted(missing))}")
            totals.append(timeline.total_seconds)
    return CheckReport(f"{len(totals)} built ({len(library.routines)} routines × "
                       f"{len(Level)} levels), {_minutes(min(totals))} to {_minutes(max(totals))}")


def _minutes(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def _check_illustrations(folder: Path, found: Found) -> CheckReport:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _qt_application()
    files = sorted(folder.glob("*.svg"))
    if not files:
        raise CheckFailed(f"no illustrations (*.svg) in {folder}")
    broken = [f"{name} (missing)" for name in _missing_pictures(folder, found)]
    for path in files:
        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            broken.append(f"{path.name} (not a valid SVG)")
            continue
        image = QImage(320, 240, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        share = _drawn_share(image)
        if share < MIN_DRAWN_SHARE:
            broken.append(f"{path.name} (renders blank)")
    if broken:
        raise CheckFailed(f"in {folder}: {', '.join(broken)}")
    return CheckReport(f"{len(files)} rendered")


def _missing_pictures(folder: Path, found: Found) -> list[str]:
    """The picture files that the library's stretches need and `folder` lacks."""
    from stretchdesk.figure.catalog import pose_names
    from stretchdesk.figure.export import file_name

    if found.library is None:
        return []  # the library check has already failed and said why
    missing = []
    for stretch_id in sorted(found.library.stretches):
        poses = pose_names(stretch_id)
        # Every stretch shows at least where it starts and what the stretch itself is.
        if len(poses) < 2:
            missing.append(f"the pictures of {stretch_id}")
        names = [file_name(stretch_id, pose) for pose in poses]
        missing += [name for name in names if not (folder / name).is_file()]
    return missing


def _drawn_share(image: Any) -> float:
    """The share of pixels that differ from the top-left one (the background)."""
    pixels = array("I", bytes(image.constBits()))
    background = pixels[0]
    return sum(1 for p in pixels if p != background) / len(pixels)


def _check_sounds(folder: Path) -> CheckReport:
    from stretchdesk.audio.chimes import CHIMES

    files = sorted(folder.glob("*.wav"))
    names = {path.stem for path in files}
    missing = sorted({chime.name for chime in CHIMES} - names)
    if missing:
        raise CheckFailed(f"missing from {folder}: {', '.join(m + '.wav' for m in missing)}")
    for path in files:
        _read_wav(path)
    report = CheckReport(f"{len(files)} chimes decoded")
    try:
        from PySide6.QtMultimedia import QSoundEffect

        from stretchdesk.audio.audio_only import audio_outputs
    except ImportError as exc:
        report.warnings.append(f"Qt Multimedia cannot load ({exc}); the app will be silent")
        return report
    _qt_application()
    outputs = audio_outputs()  # as the app does: sound effects only, no media backend
    unplayable = _load_sound_effects(QSoundEffect, files)
    if outputs:
        if unplayable:
            raise CheckFailed(f"Qt Multimedia cannot load {', '.join(unplayable)}")
        report.summary += f", {len(files)} loaded by Qt Multimedia"
    else:
        # Qt refuses to prepare a sound for playing when there is nowhere to play it,
        # so without a device only the wave module's reading above tells anything.
        report.warnings.append("no audio output device; the app will run silently")
    return report


def _read_wav(path: Path) -> None:
    try:
        with wave.open(str(path), "rb") as sound:
            frames, rate = sound.getnframes(), sound.getframerate()
            data = sound.readframes(frames)
    except (wave.Error, EOFError, OSError) as exc:
        raise CheckFailed(f"{path.name} is not a readable WAV file ({exc})") from exc
    if frames == 0 or not data or not 8_000 <= rate <= 192_000:
        raise CheckFailed(f"{path.name} holds no sound ({frames} frames at {rate} Hz)")


def _load_sound_effects(effect_type: Any, files: list[Path]) -> list[str]:
    """Loads every file as a QSoundEffect; the names of those Qt could not load."""
    from PySide6.QtCore import QEventLoop, QTimer, QUrl

    effects = []
    for path in files:
        effect = effect_type()
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effects.append((path.name, effect))
    done = {effect_type.Status.Ready, effect_type.Status.Error}

    def pending() -> Iterator[str]:
        return (name for name, effect in effects if effect.status() not in done)

    loop = QEventLoop()
    for _, effect in effects:
        effect.statusChanged.connect(lambda: None if any(pending()) else loop.quit())
    QTimer.singleShot(SOUND_LOAD_TIMEOUT_MS, loop.quit)
    if any(pending()):
        loop.exec()
    return [name for name, effect in effects if effect.status() != effect_type.Status.Ready]


def _check_voice() -> CheckReport:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        return CheckReport("not available", [f"Qt TextToSpeech cannot load ({exc})"])
    engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
    if not engines:
        return CheckReport("no speech engine", ["cues will be chimes and captions only"])
    return CheckReport(f"speech engines: {', '.join(engines)}")


def _check_settings(found: Found) -> CheckReport:
    library = found.library
    some_stretch = next(iter(library.stretches)) if library else "single-knee-to-chest"
    changed = Settings(
        level=Level.ADVANCED,
        hold_overrides=MappingProxyType({some_stretch: 25.0}),
        rest_seconds=0.0,
        sound_mode=SoundMode.CHIME,
        volume=0.35,
        theme=Theme.DARK,
        hidden_cautions=frozenset({some_stretch}),
    )
    with tempfile.TemporaryDirectory(prefix="stretchdesk-self-test-") as folder:
        store = SettingsStore(Path(folder), time.time)
        if not store.save(changed):
            raise CheckFailed(f"the settings file in {folder} was not written")
        again = SettingsStore(Path(folder), time.time)
        loaded = again.load()
        if again.notice:
            raise CheckFailed(f"reading the settings back said: {again.notice}")
        if loaded != changed:
            raise CheckFailed("the settings read back differ from those saved")
    return CheckReport("saved and read back in a temporary folder")
