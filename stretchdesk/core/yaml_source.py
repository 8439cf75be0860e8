"""Reads a YAML file safely and remembers the line of every key and list item.

The safe loader's constructor refuses every tag that could run code (such as
``!!python/object/apply``); composing the node tree first gives us line numbers, so
each later error can point at the exact line of the field it is about.

PyYAML is imported only when a document is really parsed: importing it costs about
10 ms, and a start-up whose documents all come from the DocumentCache needs none of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stretchdesk.core.errors import LibraryError

if TYPE_CHECKING:
    import yaml

FieldKey = tuple[str | int, ...]

MAX_FILE_BYTES = 1_000_000


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
    """Loads `path` as one YAML document, or raises LibraryError saying why it can't."""
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LibraryError(name, 0, "", f"cannot read the file ({exc.strerror or exc})") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise LibraryError(name, 0, "", "the file is larger than 1 MB; is it the right file?")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise LibraryError(
            name, line, "", f"byte {exc.start} is not UTF-8 text; save the file as UTF-8"
        ) from exc
    return parse_document(name, text)


def parse_document(name: str, text: str) -> Document:
    """Parses YAML `text` (from file `name`) into a Document."""
    import yaml

    if not text.strip() or all(
        not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()
    ):
        raise LibraryError(name, 1, "", "the file is empty; it should hold a YAML mapping")
    # libyaml's safe loader parses about twenty times faster than the pure-Python one;
    # both refuse the same unsafe tags and report the same marks.
    safe_loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        loader = safe_loader(text)
    except yaml.reader.ReaderError as exc:
        raise _unreadable_character(name, text, exc) from exc
    try:
        node = loader.get_single_node()
        if node is None:
            raise LibraryError(name, 1, "", "the file is empty; it should hold a YAML mapping")
        lines: dict[FieldKey, int] = {(): node.start_mark.line + 1}
        _index_lines(name, node, (), lines, set())
        value = loader.construct_document(node)
    except yaml.reader.ReaderError as exc:
        raise _unreadable_character(name, text, exc) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 0
        problem = exc.problem or "invalid YAML"
        raise LibraryError(name, line, "", f"not valid YAML: {problem}") from exc
    except yaml.YAMLError as exc:
        raise LibraryError(name, 0, "", f"not valid YAML: {exc}") from exc
    except RecursionError as exc:
        raise LibraryError(name, 0, "", "the YAML is nested too deeply") from exc
    finally:
        loader.dispose()
    return Document(name, value, lines)


def _unreadable_character(name: str, text: str, exc: yaml.reader.ReaderError) -> LibraryError:
    line = text.count("\n", 0, exc.position) + 1
    code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or " ")
    return LibraryError(
        name, line, "", f"the character U+{code:04X} is not allowed in a YAML file; remove it"
    )


def _index_lines(
    name: str, node: yaml.Node, key: FieldKey, lines: dict[FieldKey, int], seen: set[int]
) -> None:
    """Records the line of every mapping key and sequence item under `node`."""
    import yaml

    if id(node) in seen:  # an alias back into itself
        raise LibraryError(name, node.start_mark.line + 1, _dotted(key), "recursive alias")
    seen = seen | {id(node)}
    if isinstance(node, yaml.MappingNode):
        found: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue  # the constructor reports unhashable keys
            child = (*key, str(key_node.value))
            if str(key_node.value) in found:
                raise LibraryError(
                    name,
                    key_node.start_mark.line + 1,
                    _dotted(child),
                    f"'{key_node.value}' appears twice here; keep one",
                )
            found.add(str(key_node.value))
            lines[child] = key_node.start_mark.line + 1
            _index_lines(name, value_node, child, lines, seen)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines[(*key, i)] = item.start_mark.line + 1
            _index_lines(name, item, (*key, i), lines, seen)


def _dotted(key: FieldKey) -> str:
    out = ""
    for part in key:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out
