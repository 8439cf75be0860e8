"""QtMultimedia for sound effects only, without its media backend.

StretchDesk plays its chimes with QSoundEffect, which Qt serves straight from the
platform's sound server (PulseAudio on Linux). Qt's media backend, a plugin built on
FFmpeg, is for players, recorders and cameras; loading it also maps FFmpeg, Qt Quick
and Qt Qml into the process, about 13 MiB of memory that never plays a chime.

Qt loads that plugin when QtMultimedia is first used, choosing it by the
QT_MEDIA_BACKEND variable: naming a backend that does not exist leaves Qt with the
sound-server part alone, which it announces with one warning. audio_outputs() is the
first use: it asks for no backend (unless the person chose one in QT_MEDIA_BACKEND)
and keeps that one expected warning out of the terminal.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

BACKEND_VARIABLE = "QT_MEDIA_BACKEND"
# No Qt media plugin is called this, so Qt loads none (an empty value would mean "the
# default", which is FFmpeg).
NO_BACKEND = "none-stretchdesk-plays-sound-effects-only"
# The start of what Qt says once when it runs without a media backend.
NO_BACKEND_NOTICE = "No QtMultimedia backends found"


def audio_outputs() -> list[QAudioDevice]:
    """The machine's audio outputs; on first use, QtMultimedia starts without a backend."""
    os.environ.setdefault(BACKEND_VARIABLE, NO_BACKEND)
    with without_notice(NO_BACKEND_NOTICE):
        return list(QMediaDevices.audioOutputs())


@contextmanager
def without_notice(notice: str) -> Iterator[None]:
    """Drops Qt messages starting with `notice`; every other message goes on as before."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(notice):
            return
        if callable(previous):
            previous(kind, context, message)
        else:
            print(qFormatLogMessage(kind, context, message), file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
