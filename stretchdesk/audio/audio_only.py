"""QtMultimedia for plain audio output only, without its media backend.

StretchDesk plays its chimes through QAudioSink, which Qt serves straight from the
platform's sound server (PulseAudio on Linux, built into libQt6Multimedia). Qt's media
backend, a plugin built on FFmpeg, is for players, recorders and cameras; loading it also
maps FFmpeg, Qt Quick and Qt Qml into the process, about 13 MiB that never plays a chime.

Qt chooses that plugin once, on the first use of QtMultimedia, from the backends it finds
in the "multimedia" folder under its plugin paths. Up to Qt 6.9 naming a backend that does
not exist in QT_MEDIA_BACKEND left it with none; from 6.10 on Qt then loads FFmpeg all the
same. So audio_outputs(), the first use, hides the plugin paths for that one moment (Qt
finds no backend, says so once, and keeps the sound-server part), then puts them back for
every other plugin (pictures, speech, TLS). A backend the person chose in QT_MEDIA_BACKEND
is left to load as usual.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

BACKEND_VARIABLE = "QT_MEDIA_BACKEND"
# The start of what Qt says once when it runs without a media backend.
NO_BACKEND_NOTICE = "No QtMultimedia backends found"


def audio_outputs() -> list[QAudioDevice]:
    """The machine's audio outputs; on first use, QtMultimedia starts without a backend."""
    if os.environ.get(BACKEND_VARIABLE):
        return list(QMediaDevices.audioOutputs())
    with without_notice(NO_BACKEND_NOTICE), _no_plugin_paths():
        return list(QMediaDevices.audioOutputs())


@contextmanager
def _no_plugin_paths() -> Iterator[None]:
    """Qt looks for plugins nowhere inside the block, and where it did after it."""
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        yield
    finally:
        QCoreApplication.setLibraryPaths(paths)


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
