"""Writing the picture's marks as SVG elements, in the text the shipped files hold."""

from __future__ import annotations

from collections.abc import Iterable

from .marks import (
    Capsule,
    Circle,
    Dot,
    Element,
    Glow,
    Mark,
    Polygon,
    Polyline,
    Shape,
    SmoothOutline,
    Style,
)
from .shapes import capsule_path, circle_path, fmt, polygon_path, pt, smooth_closed_path

GLOW_ID = "glow"  # the radial gradient a Glow fill refers to (see body_art.glow_gradient)


def _shape_start(shape: Shape) -> str:
    """The element's opening: its tag and the attributes that place it."""
    if isinstance(shape, Capsule):
        return f'<path d="{capsule_path(shape.a, shape.b, shape.ra, shape.rb)}"'
    if isinstance(shape, Circle):
        return f'<path d="{circle_path(shape.center, shape.radius)}"'
    if isinstance(shape, SmoothOutline):
        return f'<path d="{smooth_closed_path(shape.points, shape.tension)}"'
    if isinstance(shape, Polygon):
        return f'<path d="{polygon_path(shape.points)}"'
    if isinstance(shape, Polyline):
        return f'<path d="M{"L".join(pt(p) for p in shape.points)}"'
    if isinstance(shape, Dot):
        x, y = shape.center
        return f'<circle cx="{fmt(x)}" cy="{fmt(y)}" r="{fmt(shape.radius)}"'
    x, y = shape.center
    return (
        f'<ellipse cx="{fmt(x)}" cy="{fmt(y)}" rx="{fmt(shape.rx)}" ry="{fmt(shape.ry)}" '
        f'transform="rotate({fmt(shape.angle)} {fmt(x)} {fmt(y)})"'
    )


def _paint(value: str | Glow) -> str:
    return f"url(#{GLOW_ID})" if isinstance(value, Glow) else value


def _paint_attributes(style: Style) -> str:
    """Every setting but opacity, in the order the shipped files have them."""
    parts: list[str] = []
    if style.fill is not None:
        parts.append(f' fill="{_paint(style.fill)}"')
    if style.stroke is not None:
        parts.append(f' stroke="{style.stroke}"')
    if style.stroke_opacity is not None:
        parts.append(f' stroke-opacity="{style.stroke_opacity:.2f}"')
    if style.stroke_width is not None:
        parts.append(f' stroke-width="{fmt(style.stroke_width)}"')
    if style.round_caps:
        parts.append(' stroke-linecap="round"')
    if style.round_joins:
        parts.append(' stroke-linejoin="round"')
    return "".join(parts)


def _opacity(style: Style) -> str:
    return "" if style.opacity is None else f' opacity="{style.opacity:.2f}"'


def element_svg(element: Element) -> str:
    """One mark or group as SVG text."""
    if isinstance(element, Mark):
        style = element.style
        return f"{_shape_start(element.shape)}{_paint_attributes(style)}{_opacity(style)}/>"
    inner = "".join(element_svg(item) for item in element.items)
    return f"<g{_opacity(element.style)}{_paint_attributes(element.style)}>{inner}</g>"


def elements_svg(elements: Iterable[Element]) -> str:
    """Marks and groups, one after another, as SVG text."""
    return "".join(element_svg(e) for e in elements)


__all__ = ["GLOW_ID", "element_svg", "elements_svg"]
