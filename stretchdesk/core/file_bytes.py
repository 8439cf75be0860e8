"""Reads a file StretchDesk did not write, without trusting it, and decodes its text.

Nothing is read before the file is known to be a regular file no bigger than the
limit: a named pipe would block the app, a device such as /dev/zero would never end,
and a 1 GB file would be read into memory only to be refused. A symbolic link is
followed only to a regular YAML file, so a link in a routine folder cannot make the
app read (and quote back in a message) some other file. Text may be UTF-8, UTF-16 or
UTF-32, with or without a byte order mark, as YAML allows.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from stretchdesk.core.limits import size_words
from stretchdesk.core.os_words import os_reason
from stretchdesk.core.phrasebook import N_, t

YAML_SUFFIXES = (".yaml", ".yml")
_READ_MORE = 65_536  # bytes asked for at least: a file longer than it was reads on in these

_BOMS = (  # UTF-32 first: its little-endian mark starts like UTF-16's
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)


class FileRefused(Exception):
    """The file was not read, or its text could not be decoded.

    `reason` finishes the sentence "the file …" in words for the person, in the run's
    language (the file is its subject: French agrees it with « le fichier »); `line` is
    the 1-based line of a decoding problem (0 when it is about the whole file).
    """

    def __init__(self, reason: str, line: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`, refused unread when larger than `limit`."""
    link_target = _link_target(path)
    try:
        before = os.stat(path)
    except FileNotFoundError as exc:
        if link_target is not None:
            raise FileRefused(t("is a link to {target}, which does not exist",
                                target=link_target)) from exc
        raise FileRefused(t("does not exist")) from exc
    except (OSError, ValueError) as exc:
        raise FileRefused(_unreadable(exc)) from exc
    if not stat.S_ISREG(before.st_mode):
        raise FileRefused(_not_a_file(before.st_mode))
    if link_target is not None and not link_target.lower().endswith(YAML_SUFFIXES):
        raise FileRefused(t(
            "is a link to {target}, which is not a .yaml file; StretchDesk follows links "
            "only to YAML files", target=link_target))
    if before.st_size > limit:
        raise FileRefused(_too_big(before.st_size, limit))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise FileRefused(_unreadable(exc)) from exc
    try:
        # A file replaced since it was looked at (a save renaming a new one into place)
        # is read as it is now, if it is still a regular file within the limit.
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise FileRefused(_not_a_file(opened.st_mode))
        if opened.st_size > limit:
            raise FileRefused(_too_big(opened.st_size, limit))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            # Asks for what the file holds (one byte more, to see the end), not for the
            # whole limit: each read allocates what it asks for.
            ask = max(opened.st_size + 1 - size, _READ_MORE)
            chunk = os.read(fd, min(ask, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise FileRefused(_unreadable(exc)) from exc
    finally:
        os.close(fd)
    if size > limit:  # it grew after it was looked at
        raise FileRefused(_too_big(size, limit))
    return b"".join(chunks)


def decode_text(raw: bytes) -> str:
    """The text of a YAML file's bytes: UTF-8, -16 or -32, a byte order mark dropped."""
    encoding, start = _encoding(raw)
    try:
        return raw[start:].decode(encoding)
    except UnicodeDecodeError as exc:
        where = start + exc.start
        line = raw.count(b"\n", 0, where) + 1 if encoding == "utf-8" else 0
        if encoding == "utf-8":
            raise FileRefused(t(
                "has byte 0x{byte} (byte {where}), which is not UTF-8 text; save the file as "
                "UTF-8", byte=f"{raw[where]:02X}", where=where), line) from exc
        name = encoding.upper().removesuffix("-LE").removesuffix("-BE")
        raise FileRefused(t(
            "starts like {encoding} text but is not valid {encoding} at byte {where}; save "
            "the file as UTF-8", encoding=name, where=where)) from exc


def _encoding(raw: bytes) -> tuple[str, int]:
    """The encoding of `raw` and where its text starts (after a byte order mark)."""
    for mark, encoding in _BOMS:
        if raw.startswith(mark):
            return encoding, len(mark)
    # Without a mark, YAML tells the encoding from the zero bytes around the first
    # character, which is always ASCII in a YAML file.
    head = raw[:4]
    if len(head) == 4:
        if head[:3] == b"\x00\x00\x00" and head[3]:
            return "utf-32-be", 0
        if head[0] and head[1:] == b"\x00\x00\x00":
            return "utf-32-le", 0
    if len(head) >= 2 and len(raw) % 2 == 0:
        if head[0] == 0 and head[1]:
            return "utf-16-be", 0
        if head[0] and head[1] == 0:
            return "utf-16-le", 0
    return "utf-8", 0


def _link_target(path: Path) -> str | None:
    """Where `path` points when it is a symbolic link, else None."""
    try:
        if not os.path.islink(path):
            return None
        return os.path.realpath(path)
    except (OSError, ValueError):
        return None


def _not_a_file(mode: int) -> str:
    """Why a file of `mode` is not read: what it is instead."""
    if stat.S_ISDIR(mode):
        said = N_("is a folder, not a file StretchDesk can read")
    elif stat.S_ISFIFO(mode):
        said = N_("is a named pipe, not a file StretchDesk can read")
    elif stat.S_ISSOCK(mode):
        said = N_("is a socket, not a file StretchDesk can read")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        said = N_("is a device, not a file StretchDesk can read")
    else:
        said = N_("is something other than a file, not a file StretchDesk can read")
    return t(said)


def _unreadable(exc: BaseException) -> str:
    return t("cannot be read ({reason})", reason=os_reason(exc))


def _too_big(size: int, limit: int) -> str:
    return t("is {size}, larger than the {limit} StretchDesk reads; is it the right file?",
             size=size_words(size), limit=size_words(limit))
