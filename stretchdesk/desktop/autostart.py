"""Starting StretchDesk quietly at login: the XDG autostart entry, written and removed.

The entry is `$XDG_CONFIG_HOME/autostart/stretchdesk.desktop` (~/.config by default) and
starts the app in the tray (`--tray`). An entry there that StretchDesk did not write (the
person made or edited it) is never overwritten or removed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from stretchdesk.translation_marks import QT_TRANSLATE_NOOP

__all__ = [
    "ENTRY_NAME",
    "MARK",
    "AutostartError",
    "autostart_path",
    "entry_text",
    "quiet_start_command",
    "remove_autostart",
    "write_autostart",
]

ENTRY_NAME = "stretchdesk.desktop"
MARK = "X-StretchDesk-Autostart=true"  # says the file is ours to replace or remove
_RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')
COMMENT = QT_TRANSLATE_NOOP("Autostart", "Stretching reminders, waiting in the tray")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Autostart", text)


class AutostartError(Exception):
    """The entry could not be written or removed; the message says why, for the person."""


def autostart_path(env: Mapping[str, str] = os.environ) -> Path:
    """Where the entry goes, honouring XDG_CONFIG_HOME (an absolute path) as the spec says."""
    base = env.get("XDG_CONFIG_HOME", "")
    config = Path(base) if base and os.path.isabs(base) else Path(env.get("HOME", "~")) / ".config"
    return config.expanduser() / "autostart" / ENTRY_NAME


def quiet_start_command() -> list[str]:
    """How this installation starts in the tray: bundle, installed script or checkout."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--tray"]
    script = shutil.which("stretchdesk")
    if script:
        return [script, "--tray"]
    return [sys.executable, "-m", "stretchdesk", "--tray"]


def entry_text(command: Sequence[str]) -> str:
    """The desktop entry that runs `command` at login."""
    exec_line = " ".join(_exec_argument(arg) for arg in command)
    # The comment in the run's language too, as the key the desktop picks for it.
    local = _tr(COMMENT)
    language = QLocale().name().partition("_")[0]
    local_line = f"Comment[{language}]={_entry_value(local)}\n" if local != COMMENT else ""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=StretchDesk\n"
        f"Comment={COMMENT}\n"
        f"{local_line}"
        f"Exec={exec_line}\n"
        "Icon=io.github.stretchdesk.StretchDesk\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        f"{MARK}\n"
    )


def write_autostart(command: Sequence[str], env: Mapping[str, str] = os.environ) -> Path:
    """Writes the entry (atomically); raises AutostartError if it cannot, or is not ours."""
    path = autostart_path(env)
    if _theirs(path):
        raise AutostartError(_not_ours(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{ENTRY_NAME}.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(entry_text(command))
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except OSError as exc:
        raise AutostartError(QCoreApplication.translate(
            "Autostart", "Could not write {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc)) from exc
    return path


def remove_autostart(env: Mapping[str, str] = os.environ) -> bool:
    """Removes our entry; False when there was none. Someone else's entry is kept."""
    path = autostart_path(env)
    if not os.path.lexists(path):
        return False
    if _theirs(path):
        raise AutostartError(_not_ours(path))
    try:
        path.unlink()
    except OSError as exc:
        raise AutostartError(QCoreApplication.translate(
            "Autostart", "Could not remove {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc)) from exc
    return True


def _not_ours(path: Path) -> str:
    return QCoreApplication.translate(
        "Autostart", "{path} was not written by StretchDesk; it was left as it is.").format(
            path=path)


def _entry_value(text: str) -> str:
    """`text` as a desktop-entry string value (backslash and line breaks escaped)."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def _theirs(path: Path) -> bool:
    """Whether a file at `path` exists and is not one StretchDesk wrote."""
    if not os.path.lexists(path):
        return False
    try:
        with path.open(encoding="utf-8", errors="replace") as entry:
            return MARK not in entry.read(64_000).splitlines()
    except OSError:
        return True


def _exec_argument(arg: str) -> str:
    """One Exec argument, quoted as the Desktop Entry spec asks (and `%` doubled)."""
    arg = arg.replace("%", "%%")
    if not arg or _RESERVED & set(arg):
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        arg = f'"{inner}"'
    # The value is also a desktop-entry string, where a backslash is written twice.
    return arg.replace("\\", "\\\\")
