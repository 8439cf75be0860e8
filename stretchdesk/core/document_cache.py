"""DocumentCache: parsed YAML documents kept between starts, so unchanged files aren't parsed again.

Parsing the library's YAML (and importing PyYAML to do it) was most of what loading
it cost at start-up. The cache keeps each parsed Document (its value and the line of
every field) under the file's path, stamped with the file's device, inode, size and
modification and change times; when any of those differs, the file is parsed again.

The cache is never a source of truth. It holds parser output only: the schema checks
every document on every load, so a problem in a file is reported exactly as when the
file is read fresh, and a file that fails to parse is never cached. The cache file
starts with a format number, the version of whoever produced the documents and the
parser's own stamp, and carries a CRC32 of its body: a damaged, foreign or stale file
is ignored and rewritten. It is written only when something changed, to a temporary
file renamed over the old one, so readers see the old cache or the new one.

Like the rest of the core it reads no clock and imports no Qt: it only looks at file
metadata.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import zlib
from collections.abc import Callable
from pathlib import Path

from stretchdesk.core import yaml_source
from stretchdesk.core.file_bytes import FileRefused, read_bounded
from stretchdesk.core.yaml_source import Document

FORMAT = 1
MAGIC = b"stretchdesk-documents\n"
MAX_CACHE_BYTES = 64_000_000  # far more than any library; a bigger file is not ours

Stamp = tuple[int, int, int, int, int]  # st_dev, st_ino, st_size, st_mtime_ns, st_ctime_ns
Entry = tuple[Stamp, bytes]  # the file's stamp when it was read, marshal of (value, lines)
Maker = tuple[int, str, int, tuple[int, ...] | None]  # what parser_stamp() gives


def file_stamp(path: Path | str) -> Stamp | None:
    """What identifies this version of a file, or None when it cannot be looked at."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def parser_stamp(version: str) -> Maker:
    """Who made the documents: cache format, `version`, marshal format, the parser's code.

    The parser's source files are stamped too, so editing one in a source checkout (where
    the version stays the same) does not leave documents made by the old code.
    """
    stamps: list[int] = []
    for module in ("yaml_source.py", "yaml_guard.py", "file_bytes.py"):
        code = file_stamp(Path(yaml_source.__file__).with_name(module)) if (
            yaml_source.__file__) else None
        if code is None:
            return (FORMAT, version, marshal.version, None)
        stamps += code[2:4]
    return (FORMAT, version, marshal.version, tuple(stamps))


class DocumentCache:
    """Parsed documents of YAML files by path, loaded from and saved to one cache file.

    `read(path, parse)` gives the cached Document when the file has not changed since it
    was cached, else calls `parse(path)` and remembers its result; whatever `parse`
    raises goes to the caller and nothing is cached. `save()` writes the cache file if
    anything changed.
    """

    def __init__(self, file: Path, version: str) -> None:
        self.file = Path(file)
        self._stamp = parser_stamp(version)
        self._entries = self._load()
        self._changed = False

    def __contains__(self, path: object) -> bool:
        """Whether a parsed document of the file at `path` is kept."""
        return str(path) in self._entries

    def read(self, path: Path, parse: Callable[[Path], Document]) -> Document:
        """The Document of `path`: from the cache when the file is unchanged, else parsed."""
        key = str(path)
        stamp = file_stamp(path)  # before reading: a change while parsing is seen next time
        entry = self._entries.get(key)
        if entry is not None and stamp is not None and entry[0] == stamp:
            cached = _document(key, entry[1])
            if cached is not None:
                return cached
        if self._entries.pop(key, None) is not None:
            self._changed = True
        doc = parse(path)
        if stamp is not None:
            try:
                self._entries[key] = (stamp, marshal.dumps((doc.value, doc.lines)))
                self._changed = True
            except ValueError:  # a value marshal cannot keep (a YAML timestamp): parse each time
                pass
        return doc

    def save(self) -> bool:
        """Writes the cache if anything changed; False when it could not be written.

        Entries of files that no longer exist are dropped. A failure is not an error:
        the next start parses the files again.
        """
        if not self._changed:
            return True
        entries = {key: entry for key, entry in self._entries.items() if os.path.exists(key)}
        body = marshal.dumps((self._stamp, entries))
        data = MAGIC + zlib.crc32(body).to_bytes(4, "big") + body
        temp = self.file.with_name(f".{self.file.name}.{os.getpid()}.tmp")
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(data)
            os.replace(temp, self.file)
        except OSError:
            with contextlib.suppress(OSError):
                temp.unlink()
            return False
        self._changed = False
        return True

    def _load(self) -> dict[str, Entry]:
        """The entries of the cache file; none when it is missing, damaged or stale."""
        try:  # a regular file only: a pipe put in its place must not stall the start
            data = read_bounded(self.file, MAX_CACHE_BYTES)
        except FileRefused:
            return {}
        head = len(MAGIC) + 4
        if len(data) > MAX_CACHE_BYTES or len(data) < head or not data.startswith(MAGIC):
            return {}
        body = data[head:]
        if zlib.crc32(body).to_bytes(4, "big") != data[len(MAGIC):head]:
            return {}
        try:
            stamp, entries = marshal.loads(body)
        except (EOFError, ValueError, TypeError):
            return {}
        if stamp != self._stamp or not isinstance(entries, dict):
            return {}
        return {key: entry for key, entry in entries.items() if _well_formed(key, entry)}


def _well_formed(key: object, entry: object) -> bool:
    return (isinstance(key, str) and isinstance(entry, tuple) and len(entry) == 2
            and isinstance(entry[0], tuple) and len(entry[0]) == 5
            and all(type(n) is int for n in entry[0]) and isinstance(entry[1], bytes))


def _document(file: str, blob: bytes) -> Document | None:
    """The Document kept in `blob`, or None when it is not one."""
    try:
        value, lines = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(lines, dict):
        return None
    return Document(file, value, lines)
