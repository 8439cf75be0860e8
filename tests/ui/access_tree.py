"""Walks the accessibility tree a screen reader sees and lists what it could not use.

The tree is Qt's own (QAccessible.queryAccessibleInterface), the one the AT-SPI bridge
serves: a control a person can focus must have a name to be read by, and a widget we
paint ourselves (a countdown ring, a chart) must say in words what it shows, as a
description or a value.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget

Text = QAccessible.Text


@dataclass(frozen=True)
class Node:
    """One visible interface of the tree, with where it is (for messages)."""

    interface: QAccessibleInterface
    path: str

    @property
    def name(self) -> str:
        return self.interface.text(Text.Name).strip()

    @property
    def description(self) -> str:
        return self.interface.text(Text.Description).strip()

    @property
    def value(self) -> str:
        return self.interface.text(Text.Value).strip()

    @property
    def widget(self) -> QWidget | None:
        obj = self.interface.object()
        return obj if isinstance(obj, QWidget) else None


def _label(interface: QAccessibleInterface) -> str:
    obj = interface.object()
    kind = type(obj).__name__ if obj is not None else "item"
    name = obj.objectName() if isinstance(obj, QObject) and obj.objectName() else ""
    return f"{kind}{'#' + name if name else ''}({interface.role().name})"


def visible_nodes(root: QObject) -> Iterator[Node]:
    """Every interface under `root` that is on screen (hidden branches are left out)."""
    top = QAccessible.queryAccessibleInterface(root)
    assert top is not None and top.isValid(), f"{root!r} has no accessible interface"
    stack = [(top, _label(top))]
    while stack:
        interface, path = stack.pop()
        if interface.state().invisible:
            continue
        yield Node(interface, path)
        for index in reversed(range(interface.childCount())):
            child = interface.child(index)
            if child is not None and child.isValid():
                stack.append((child, f"{path} > {_label(child)}"))


def painted_by_us(widget: QWidget) -> bool:
    """Whether one of our own classes paints the widget (so Qt cannot say what it shows)."""
    return any(cls.__module__.startswith("stretchdesk") and "paintEvent" in vars(cls)
               for cls in type(widget).__mro__)


def problems(root: QObject) -> list[str]:
    """What a screen reader user would miss under `root`, one line each."""
    found = []
    for node in visible_nodes(root):
        state = node.interface.state()
        if state.focusable and not node.name:
            found.append(f"focusable but nameless: {node.path}")
        widget = node.widget
        if widget is not None and painted_by_us(widget) and not (node.description
                                                                   or node.value):
            found.append(f"drawn without words (no description or value): {node.path}")
    return found


def named(root: QObject) -> dict[str, Node]:
    """The visible nodes by name (the first of each name)."""
    nodes: dict[str, Node] = {}
    for node in visible_nodes(root):
        nodes.setdefault(node.name, node)
    return nodes


def open_windows() -> list[QWidget]:
    """The top-level windows on screen now (dialogs included)."""
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
