"""The self-test's checks of what the app draws and sounds with: Qt itself, the
illustrations, the chimes and the speech engine.

Qt is imported only here, and only when a check runs. Without an audio device or a
speech engine the app still runs (silently, or with chimes and captions alone), so
those are warnings; a picture that renders blank or a chime Qt cannot load fails.
"""

from __future__ import annotations

import sys
import wave
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stretchdesk.selftest.outcome import CheckFailed, CheckReport, Found

# Long enough for the ffmpeg backend to decode ten short chimes on a busy machine.
SOUND_LOAD_TIMEOUT_MS = 10_000
# An illustration whose drawing covers less than this share of the picture is as good
# as blank to a person on the mat.
MIN_DRAWN_SHARE = 0.01


def _qt_application() -> Any:
    """The running QApplication, or a new one (widgets, as the app itself needs)."""
    from PySide6.QtWidgets import QApplication

    from stretchdesk.qt_refcounts import keep_constants_alive

    keep_constants_alive()

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "stretchdesk"])


def check_qt() -> CheckReport:
    """Qt loads and makes an application on this machine's platform."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    app = _qt_application()
    return CheckReport(f"Qt {qVersion()}, PySide6 {pyside_version}, "
                       f"platform {app.platformName()}")


def check_illustrations(folder: Path, found: Found) -> CheckReport:
    """Every picture the stretches need is in `folder`, and each renders to something."""
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


def check_sounds(folder: Path) -> CheckReport:
    """Every chime is in `folder` as a readable WAV file that Qt Multimedia can load."""
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


def check_voice() -> CheckReport:
    """Which speech engines could say the cues (none is a warning, not a failure)."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        return CheckReport("not available", [f"Qt TextToSpeech cannot load ({exc})"])
    engines = [name for name in QTextToSpeech.availableEngines() if name != "mock"]
    if not engines:
        return CheckReport("no speech engine", ["cues will be chimes and captions only"])
    return CheckReport(f"speech engines: {', '.join(engines)}")

