"""PyYAML's safe loader, hardened against files made to hurt it.

The safe loader never runs a tag, but a few kinds of file still crash or stall it:

* a scalar with an explicit tag and a value that tag cannot hold (``!!bool maybe``,
  ``!!int x``, ``!!timestamp x``), or a date that does not exist (``2001-13-45``),
  raises Python errors such as KeyError and ValueError instead of a YAML error;
* a number thousands of digits long is slow to build and cannot even be printed;
* aliases (``*name``) that point at lists of aliases expand to billions of values
  (the "billion laughs"); the composed node graph stays small, so it can be
  measured before anything is built.

`guarded_loader` wraps every scalar constructor so that a bad value becomes a
`RefusedValue` at its line; `survey` measures the node graph (values once expanded,
depth, recursion) and records the line of every field, visiting each node once, so an
aliased node is never walked again for every reference to it.
"""

from __future__ import annotations

import binascii
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import yaml

from stretchdesk.core.limits import MAX_DEPTH, MAX_NUMBER_CHARS, MAX_VALUES
from stretchdesk.core.phrasebook import N_, t
from stretchdesk.core.yaml_source import UnreadableValue

FieldKey = tuple[str | int, ...]
Constructor = Callable[[Any, yaml.Node], Any]

_NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
# What is wrong with a value its tag cannot hold, as a sentence about the {value}.
_WHAT = {
    "tag:yaml.org,2002:bool": N_("{value} is marked as yes/no (!!bool) but is neither true "
                                 "nor false"),
    "tag:yaml.org,2002:int": N_("{value} is marked as a whole number (!!int) but is not one"),
    "tag:yaml.org,2002:float": N_("{value} is marked as a number (!!float) but is not one"),
    "tag:yaml.org,2002:timestamp": N_("{value} is not a real date; put it in quotes if it is "
                                      "meant as text"),
    "tag:yaml.org,2002:binary": N_("{value} is marked as binary data (!!binary) but is not "
                                   "base64"),
}


class RefusedValue(Exception):
    """A value StretchDesk will not build, at `line` (1-based) and `field` (dotted)."""

    def __init__(self, line: int, field: str, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.field = field
        self.message = message


def guarded_loader(text: str, lenient: bool = False) -> Any:
    """A safe loader for `text` whose scalar constructors raise only YAML errors.

    A scalar that cannot be built raises RefusedValue, or, when `lenient`, is built as
    an UnreadableValue saying why.
    """
    loader = _GuardedLoader(text)
    loader.node_fields = {}
    loader.lenient = lenient
    return loader


# libyaml's loader parses about twenty times faster than the pure-Python one; both refuse
# the same unsafe tags and report the same marks.
try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class _GuardedLoader(_SafeLoader):
    """The safe loader with every scalar constructor wrapped by `_guard`."""

    node_fields: dict[int, FieldKey]
    lenient: bool


def _guard(tag: str, construct: Constructor) -> Constructor:
    """`construct`, refusing over-long numbers and turning Python errors into RefusedValue."""

    def guarded(loader: Any, node: yaml.Node) -> Any:
        try:
            return checked(loader, node)
        except RefusedValue as exc:
            if getattr(loader, "lenient", False):
                return UnreadableValue(exc.message)
            raise

    def checked(loader: Any, node: yaml.Node) -> Any:
        if isinstance(node, yaml.ScalarNode):
            text = str(node.value)
            if tag in _NUMBER_TAGS and len(text) > MAX_NUMBER_CHARS:
                raise _refused(loader, node, t(
                    "this number is {n} characters long; numbers in StretchDesk's files have "
                    "at most {most}", n=len(text), most=MAX_NUMBER_CHARS))
        try:
            return construct(loader, node)
        except yaml.YAMLError:
            raise
        except (ValueError, KeyError, AttributeError, TypeError, IndexError, OverflowError,
                binascii.Error) as exc:
            what = (t(_WHAT[tag], value=_shown(node)) if tag in _WHAT
                    else t("{value} cannot be read as {tag}", value=_shown(node),
                           tag=_short_tag(tag)))
            raise _refused(loader, node, what) from exc

    return guarded


for _tag, _construct in list(_GuardedLoader.yaml_constructors.items()):
    if _tag is not None and not inspect.isgeneratorfunction(_construct):
        _GuardedLoader.add_constructor(_tag, _guard(_tag, _construct))


def _refused(loader: Any, node: yaml.Node, message: str) -> RefusedValue:
    field = loader.node_fields.get(id(node), ())
    return RefusedValue(node.start_mark.line + 1, dotted(field), message)



def _shown(node: yaml.Node) -> str:
    text = str(node.value)
    return repr(text if len(text) <= 30 else text[:27] + "…")


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml") else tag


def tag_message(problem: str) -> str | None:
    """Plain words for PyYAML's "could not determine a constructor for the tag" error."""
    marker = "could not determine a constructor for the tag "
    if not problem.startswith(marker):
        return None
    tag = _short_tag(problem.removeprefix(marker).strip("'\""))
    if tag.startswith("!!python/"):
        return t("the file contains the tag {tag}, a Python command; StretchDesk never runs "
                 "tags like this. Remove it", tag=tag)
    return t("the file contains the tag {tag}, which StretchDesk does not read. Remove it",
             tag=tag)


def survey(root: yaml.Node, loader: Any) -> dict[FieldKey, int]:
    """The line of every mapping key and list item under `root`; refuses what is too big.

    Raises RefusedValue when the aliases expand to more than MAX_VALUES values, when
    values nest deeper than MAX_DEPTH, when an alias refers to a node it is inside of,
    or when a mapping has the same key twice. Tells `loader` the field of every node, so
    a value it refuses later is reported at its field.
    """
    _measure(root)
    lines: dict[FieldKey, int] = {(): root.start_mark.line + 1}
    fields: dict[int, FieldKey] = loader.node_fields
    stack: list[tuple[yaml.Node, FieldKey]] = [(root, ())]
    while stack:
        node, key = stack.pop()
        if id(node) in fields:
            continue  # an alias: its fields were recorded where it was first written
        fields[id(node)] = key
        children: list[tuple[yaml.Node, FieldKey]] = []
        if isinstance(node, yaml.MappingNode):
            found: set[str] = set()
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    continue  # the constructor reports keys that are not names
                name = str(key_node.value)
                child = (*key, name)
                if name in found:
                    raise RefusedValue(key_node.start_mark.line + 1, dotted(child),
                                       t("{key} appears twice here; keep one",
                                         key=_shown(key_node)))
                found.add(name)
                lines[child] = key_node.start_mark.line + 1
                children.append((value_node, child))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                lines[(*key, i)] = item.start_mark.line + 1
                children.append((item, (*key, i)))
        stack.extend(reversed(children))  # in the order they are written
    return lines


def _children(node: yaml.Node) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            yield key_node
            yield value_node
    elif isinstance(node, yaml.SequenceNode):
        yield from node.value


def _measure(root: yaml.Node) -> None:
    """Refuses a graph that expands to too many values, nests too deep or loops.

    Each node's expanded size and depth are worked out once from its children's, so
    this takes time in proportion to the nodes written, however far they expand.
    """
    measured: dict[int, tuple[int, int]] = {}  # id: (values once expanded, depth)
    inside: set[int] = set()  # the nodes on the path from the root to the current one
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        ident = id(node)
        if done:
            inside.discard(ident)
            size, depth = 1, 0
            for child in _children(node):
                child_size, child_depth = measured[id(child)]
                size += child_size
                depth = max(depth, child_depth)
            depth += 1
            line = node.start_mark.line + 1
            if size > MAX_VALUES:
                raise RefusedValue(line, "", (
                    t("the file holds more than {most:,} values; StretchDesk's files hold a "
                      "few hundred", most=MAX_VALUES) if len(measured) >= MAX_VALUES else
                    t("the aliases (*name) in this file expand to more than {most:,} values; "
                      "StretchDesk reads no file that large", most=MAX_VALUES)
                ))
            if depth > MAX_DEPTH:
                raise RefusedValue(line, "", t(
                    "lists and mappings are nested more than {most} levels deep here",
                    most=MAX_DEPTH))
            measured[ident] = (size, depth)
            continue
        if ident in measured:
            continue
        inside.add(ident)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in inside:
                raise RefusedValue(child.start_mark.line + 1, "",
                                   t("recursive alias: a value refers to itself"))
            if id(child) not in measured:
                stack.append((child, False))


def dotted(key: FieldKey) -> str:
    """A field path as written in messages: ``items[2].stretch``."""
    out = ""
    for part in key:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out
