"""The file format of what StretchDesk keeps compiled between starts.

The caches (dataclass_code.py: the methods dataclasses write; support_code.py: PySide's
own support modules; pattern_code.py: the regular expressions compiled while PySide
loads) each keep a dictionary from a source text to what was compiled from it, written
with `marshal`. The last two stand in for a compile step only while PySide loads:
KeptWhileLoading and standing_in() are what they share. The file starts with a magic
line naming the cache and Python's version, then a CRC32 of the body: a damaged, foreign
or older Python's file reads as empty, so its texts are compiled as usual and the file is
written anew. It is written to a temporary file renamed over the old one, so a crash
never leaves half a file.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import CodeType
from typing import Any, TypeVar

MAX_BYTES = 8_000_000  # far more than any of the caches needs; a bigger file is not ours


def is_code(text: object, code: object) -> bool:
    """Whether an entry of a code cache is a text and its compiled code."""
    return isinstance(text, (str, bytes)) and isinstance(code, CodeType)


def _header(magic: bytes) -> bytes:
    return magic + sys.version.encode("utf-8", "replace") + b"\n"


def read(file: Path, magic: bytes,
         is_entry: Callable[[Any, Any], bool] = is_code) -> dict[Any, Any]:
    """The entries kept in `file` (empty when it is missing or not usable).

    Only the entries `is_entry` accepts count (by default: a text and its code).
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
    return {key: value for key, value in entries.items() if is_entry(key, value)}


def write(file: Path, magic: bytes, entries: Mapping[Any, Any]) -> bool:
    """Writes `entries` to `file` in one step; False if it could not."""
    try:
        body = marshal.dumps(dict(entries))
    except ValueError:  # something marshal cannot write: keep nothing rather than fail
        return False
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


class KeptWhileLoading:
    """What one run compiled while PySide loaded, read first from `file` (`magic` names
    the cache, `is_entry` says what an entry of it is): counts, and the entries this run
    used, which save() writes when any had to be compiled."""

    def __init__(self, file: Path, magic: bytes,
                 is_entry: Callable[[Any, Any], bool] = is_code) -> None:
        self.file = file
        self._magic = magic
        self._kept: dict[Any, Any] = read(file, magic, is_entry)
        self._used: dict[Any, Any] = {}
        self.compiled = 0  # texts compiled in this run
        self.reused = 0  # texts whose compiled form came from the cache
        self.saved: bool | None = None  # whether the cache could be written (None: not yet)

    def kept(self, key: Any) -> Any:
        """What the cache holds for `key` (None if nothing)."""
        return self._kept.get(key)

    def used(self, key: Any, value: Any, compiled: bool) -> None:
        """Notes that this run used `value` for `key`, compiled now or from the cache."""
        self._used[key] = value
        if compiled:
            self.compiled += 1
        else:
            self.reused += 1

    def save(self) -> bool:
        """Writes this run's entries if any had to be compiled; False if it could not.

        Only this run's are written: what an older PySide or Python asked for is not kept.
        """
        if not self.compiled or not self._used:
            return True
        return write(self.file, self._magic, self._used)

    def let_go(self) -> None:
        """Keeps nothing in memory any more (what was compiled is held by its users)."""
        self._kept, self._used = {}, {}


Cache = TypeVar("Cache", bound=KeptWhileLoading)


@contextlib.contextmanager
def standing_in(owner: object, name: str, cache: Cache,
                stand_in: Callable[..., Any]) -> Iterator[Cache]:
    """`owner.name` is `stand_in` (cache's own) for as long as this lasts; then it is
    back, whatever happened inside, and the cache is saved and let go."""
    usual = getattr(owner, name)
    setattr(owner, name, stand_in)
    try:
        yield cache
    finally:
        setattr(owner, name, usual)
        cache.saved = cache.save()
        cache.let_go()
