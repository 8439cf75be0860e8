"""The picture as data: flat shapes on the page, each with its paint, gathered in groups.

One frame of an illustration is a tree of `Mark`s (a shape and how it is painted) and
`Group`s (marks sharing paint settings, like an SVG `<g>`). It is written out as SVG text
(`svg_text`) for the shipped files and painted directly with QPainter on screen
(`stretchdesk.ui.figure_painter`), so both always show the same picture. Paint settings a
mark or group leaves as None are inherited from the group around it, as in SVG.
"""

from __future__ import annotations

from dataclasses import dataclass

from .shapes import Point


@dataclass(frozen=True, slots=True)
class Glow:
    """A soft radial fade of one colour from the middle of a shape to nothing at its edge."""

    colour: str


NO_PAINT = "none"
Paint = str | Glow  # a "#rrggbb" colour, NO_PAINT, or a glow


@dataclass(frozen=True, slots=True)
class Style:
    """How marks are painted; None means "as the enclosing group says" (SVG's defaults last)."""

    fill: Paint | None = None
    stroke: str | None = None
    stroke_width: float | None = None
    stroke_opacity: float | None = None
    round_caps: bool = False
    round_joins: bool = False
    opacity: float | None = None


PLAIN = Style()


@dataclass(frozen=True, slots=True)
class Capsule:
    """A tapered limb piece: circles of radius ra at a and rb at b, joined by tangents."""

    a: Point
    b: Point
    ra: float
    rb: float


@dataclass(frozen=True, slots=True)
class Circle:
    """A round outline (a head, a nose), drawn as a path."""

    center: Point
    radius: float


@dataclass(frozen=True, slots=True)
class Dot:
    """A small filled circle (an eye)."""

    center: Point
    radius: float


@dataclass(frozen=True, slots=True)
class SmoothOutline:
    """A closed smooth curve through every point (the torso)."""

    points: tuple[Point, ...]
    tension: float = 1.0


@dataclass(frozen=True, slots=True)
class Polygon:
    """A closed outline of straight edges (a face of a block, a shadow, an arrowhead)."""

    points: tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class Polyline:
    """An open line through the points (the shaft of a motion arrow)."""

    points: tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class Ellipse:
    """An ellipse turned by `angle` degrees (clockwise on the page) about its centre."""

    center: Point
    rx: float
    ry: float
    angle: float


Shape = Capsule | Circle | Dot | SmoothOutline | Polygon | Polyline | Ellipse


@dataclass(frozen=True, slots=True)
class Mark:
    """One shape and its own paint settings."""

    shape: Shape
    style: Style = PLAIN


@dataclass(frozen=True, slots=True)
class Group:
    """Marks (or groups) painted one after another under shared settings.

    A group's opacity below 1 applies to the group as a whole when it holds more than
    one item: overlapping items do not show through each other.
    """

    items: tuple[Element, ...]
    style: Style = PLAIN


Element = Mark | Group


__all__ = [
    "NO_PAINT",
    "PLAIN",
    "Capsule",
    "Circle",
    "Dot",
    "Element",
    "Ellipse",
    "Glow",
    "Group",
    "Mark",
    "Paint",
    "Polygon",
    "Polyline",
    "Shape",
    "SmoothOutline",
    "Style",
]
