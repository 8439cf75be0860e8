"""The file format of compiled code StretchDesk keeps between starts.

Both code caches (dataclass_code.py: the methods dataclasses write; support_code.py:
PySide's own support modules) keep a dictionary from a source text to the code compiled
from it, written with `marshal`. The file starts with a magic line naming the cache and
Python's version, then a CRC32 of the body: a damaged, foreign or older Python's file
reads as empty, so its texts are compiled as usual and the file is written anew. It is
written to a temporary file renamed over the old one, so a crash never leaves half a file.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from collections.abc import Mapping
from pathlib import Path
from types import CodeType
from typing import TypeVar

MAX_BYTES = 8_000_000  # far more than either cache needs; a bigger file is not ours

Text = TypeVar("Text", str, bytes)  # what a cache looks its code up by


def _header(magic: bytes) -> bytes:
    return magic + sys.version.encode("utf-8", "replace") + b"\n"


def read(file: Path, magic: bytes, key_type: type[Text]) -> dict[Text, CodeType]:
    """The texts and their code kept in `file` (empty when it is missing or not usable).

    Only entries whose key is a `key_type` (str or bytes) and whose value is code count.
    """
    try:
        with open(file, "rb") as cache:
            data = cache.read(MAX_BYTES + 1)
    except OSError:
        return {}
    header = _header(magic)
    if len(data) > MAX_BYTES or not data.startswith(header):
        return {}
    crc, body = data[len(header):len(header) + 4], data[len(header) + 4:]
    if int.from_bytes(crc, "big") != zlib.crc32(body):
        return {}
    try:
        entries = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {text: code for text, code in entries.items()
            if isinstance(text, key_type) and isinstance(code, CodeType)}


def write(file: Path, magic: bytes, entries: Mapping[Text, CodeType]) -> bool:
    """Writes `entries` to `file` in one step; False if it could not."""
    body = marshal.dumps(dict(entries))
    temporary = file.with_name(f"{file.name}.{os.getpid()}.tmp")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(_header(magic) + zlib.crc32(body).to_bytes(4, "big") + body)
        os.replace(temporary, file)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return False
    return True
