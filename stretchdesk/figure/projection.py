"""Flattening the 3-D scene onto the page, and the pieces the page is painted from."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .geometry import Vec3
from .marks import Element
from .scene import Camera
from .shapes import Point


class Projector:
    """Orthographic projection for one camera: page x to the right, page y downward."""

    def __init__(self, camera: Camera) -> None:
        self.right = camera.right()
        self.up = camera.up()
        self.toward = camera.toward_viewer()

    def page(self, v: Vec3) -> Point:
        return (v.dot(self.right), -v.dot(self.up))

    def depth(self, v: Vec3) -> float:
        """Larger is closer to the viewer."""
        return v.dot(self.toward)

    def page_dir(self, v: Vec3) -> Point:
        """A 3-D direction as seen on the page (its length shrinks when it points at us)."""
        return (v.dot(self.right), -v.dot(self.up))

    def world_dir(self, d: Point) -> Vec3:
        """The 3-D direction lying in the picture plane that shows as page direction d."""
        return self.right * d[0] + self.up * (-d[1])


Bounds = tuple[float, float, float, float]


def bounds_of(points: Iterable[Point], pad: float = 0.0) -> Bounds:
    xs: list[float] = []
    ys: list[float] = []
    for x, y in points:
        xs.append(x)
        ys.append(y)
    return (min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)


def union(a: Bounds | None, b: Bounds) -> Bounds:
    if a is None:
        return b
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


@dataclass(frozen=True)
class Drawable:
    """One painted piece: its marks, how near it is, and the page area it covers.

    `moves` says that it follows the body (a strap) though it is painted among the
    furniture.
    """

    depth: float
    items: tuple[Element, ...]
    bounds: Bounds
    moves: bool = False
