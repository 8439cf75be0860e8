"""Small 3-D vector and rotation helpers for the body model (no numpy needed)."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Vec3:
    """A point or direction in centimetres: x forward/right, y up, z toward the viewer."""

    x: float
    y: float
    z: float

    def __add__(self, other: Vec3) -> Vec3:
        return Vec3(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other: Vec3) -> Vec3:
        return Vec3(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k: float) -> Vec3:
        return Vec3(self.x * k, self.y * k, self.z * k)

    def dot(self, other: Vec3) -> float:
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other: Vec3) -> Vec3:
        return Vec3(
            self.y * other.z - self.z * other.y,
            self.z * other.x - self.x * other.z,
            self.x * other.y - self.y * other.x,
        )

    def length(self) -> float:
        return math.sqrt(self.dot(self))

    def unit(self) -> Vec3:
        n = self.length()
        if n < 1e-12:
            return Vec3(0.0, 0.0, 0.0)
        return self * (1.0 / n)


def lerp(a: float, b: float, t: float) -> float:
    """Blend two numbers: t=0 gives a, t=1 gives b."""
    return a + (b - a) * t


def lerp_vec(a: Vec3, b: Vec3, t: float) -> Vec3:
    """Blend two points component-wise."""
    return Vec3(lerp(a.x, b.x, t), lerp(a.y, b.y, t), lerp(a.z, b.z, t))


@dataclass(frozen=True, slots=True)
class Mat3:
    """A 3x3 rotation stored as its three columns (the frame's x, y and z axes)."""

    cx: Vec3
    cy: Vec3
    cz: Vec3

    def apply(self, v: Vec3) -> Vec3:
        # Written out (not as column * v.x + ...): the body model calls this most, and the
        # sums are done in the same order, so the result is the same to the last bit.
        cx, cy, cz = self.cx, self.cy, self.cz
        return Vec3(
            cx.x * v.x + cy.x * v.y + cz.x * v.z,
            cx.y * v.x + cy.y * v.y + cz.y * v.z,
            cx.z * v.x + cy.z * v.y + cz.z * v.z,
        )

    def compose(self, other: Mat3) -> Mat3:
        """This rotation followed, in its own frame, by `other`."""
        return Mat3(self.apply(other.cx), self.apply(other.cy), self.apply(other.cz))

    def transposed_apply(self, v: Vec3) -> Vec3:
        """Express a world direction in this frame's coordinates."""
        return Vec3(self.cx.dot(v), self.cy.dot(v), self.cz.dot(v))


def rot_x(deg: float) -> Mat3:
    """Rotation about the x axis (turns y toward z)."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return Mat3(Vec3(1.0, 0.0, 0.0), Vec3(0.0, c, s), Vec3(0.0, -s, c))


def rot_y(deg: float) -> Mat3:
    """Rotation about the y axis (turns z toward x)."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return Mat3(Vec3(c, 0.0, -s), Vec3(0.0, 1.0, 0.0), Vec3(s, 0.0, c))


def rot_z(deg: float) -> Mat3:
    """Rotation about the z axis (turns x toward y)."""
    c, s = math.cos(math.radians(deg)), math.sin(math.radians(deg))
    return Mat3(Vec3(c, s, 0.0), Vec3(-s, c, 0.0), Vec3(0.0, 0.0, 1.0))


def euler_zxy(z_deg: float, x_deg: float, y_deg: float) -> Mat3:
    """Rotate about z, then about the new x, then about the new y (flex, sideways, twist)."""
    return rot_z(z_deg).compose(rot_x(x_deg)).compose(rot_y(y_deg))


def rotate_about(v: Vec3, axis: Vec3, deg: float) -> Vec3:
    """Turn `v` about the unit vector `axis` by `deg` degrees (right-hand rule)."""
    a = math.radians(deg)
    c, s = math.cos(a), math.sin(a)
    return v * c + axis.cross(v) * s + axis * (axis.dot(v) * (1.0 - c))
