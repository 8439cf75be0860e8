"""Reads a YAML file safely and remembers the line of every key and list item.

The safe loader's constructor refuses every tag that could run code (such as
``!!python/object/apply``); composing the node tree first gives us line numbers, so
each later error can point at the exact line of the field it is about. What a file may
cost is limited before it is read (file_bytes) and before it is built (yaml_guard).

PyYAML is imported only when a document is really parsed: importing it costs about
10 ms, and a start-up whose documents all come from the DocumentCache needs none of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stretchdesk.core.errors import LibraryError
from stretchdesk.core.limits import MAX_FILE_BYTES

if TYPE_CHECKING:
    import yaml

FieldKey = tuple[str | int, ...]



@dataclass(frozen=True)
class UnreadableValue:
    """Stands for a value that could not be built (see parse_document's `lenient`).

    `message` says why, as an error about the value would (a date that does not
    exist, a number too long to be one).
    """

    message: str


@dataclass(frozen=True)
class Document:
    """A parsed YAML document with the line (1-based) of every key and list item."""

    file: str
    value: Any
    lines: dict[FieldKey, int]

    def line_of(self, key: FieldKey) -> int:
        """The line of `key`, or of its nearest ancestor that has one."""
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return self.lines.get((), 1)


def read_document(path: Path) -> Document:
    """Loads `path` as one YAML document, or raises LibraryError saying why it can't.

    The file is looked at before it is read: only a regular file of at most
    MAX_FILE_BYTES is read (see file_bytes), so no file can stall or swamp the app.
    """
    from stretchdesk.core.file_bytes import FileRefused, decode_text, read_bounded
    from stretchdesk.core.phrasebook import t

    name = str(path)
    try:
        text = decode_text(read_bounded(path, MAX_FILE_BYTES))
    except FileRefused as exc:
        raise LibraryError(name, exc.line, "", t("the file {reason}", reason=exc.reason)) from exc
    return parse_document(name, text)


def parse_document(name: str, text: str, lenient: bool = False) -> Document:
    """Parses YAML `text` (from file `name`) into a Document.

    Every problem, however the text was made, is a LibraryError: values a tag cannot
    hold, aliases that expand too far and tags that would run code are refused at
    their line (see yaml_guard). When `lenient`, a scalar that cannot be built (such as
    ``!!int x``) becomes an UnreadableValue instead, so that a file of independent
    values (the settings) can keep the others.
    """
    import yaml

    from stretchdesk.core.phrasebook import t
    from stretchdesk.core.yaml_guard import RefusedValue, guarded_loader, survey, tag_message

    if all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        raise LibraryError(name, 1, "", t("the file is empty; it should hold a YAML mapping"))
    try:
        loader = guarded_loader(text, lenient)
    except yaml.reader.ReaderError as exc:
        raise _unreadable_character(name, text, exc) from exc
    try:
        node = loader.get_single_node()
        if node is None:
            raise LibraryError(name, 1, "",
                               t("the file is empty; it should hold a YAML mapping"))
        lines = survey(node, loader)
        value = loader.construct_document(node)
    except RefusedValue as exc:
        raise LibraryError(name, exc.line, exc.field, exc.message) from exc
    except yaml.reader.ReaderError as exc:
        raise _unreadable_character(name, text, exc) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 0
        problem = exc.problem or "invalid YAML"
        message = tag_message(problem) or _not_yaml(problem)
        raise LibraryError(name, line, "", message) from exc
    except yaml.YAMLError as exc:
        raise LibraryError(name, 0, "", _not_yaml(str(exc))) from exc
    except RecursionError as exc:
        raise LibraryError(name, 0, "", t("the YAML is nested too deeply")) from exc
    finally:
        loader.dispose()
    return Document(name, value, lines)


def _not_yaml(problem: str) -> str:
    """The message for text the YAML parser refused, quoting the parser's own (English)
    words for what it found."""
    from stretchdesk.core.phrasebook import t

    return t("not valid YAML: {problem}", problem=problem)


def _unreadable_character(name: str, text: str, exc: yaml.reader.ReaderError) -> LibraryError:
    from stretchdesk.core.phrasebook import t

    line = text.count("\n", 0, exc.position) + 1
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or " ")
    return LibraryError(name, line, "", t(
        "the character U+{code} is not allowed in a YAML file; remove it", code=f"{code:04X}"))
