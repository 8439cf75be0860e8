"""Colour sets for the illustrations, one for a light window and one for a dark one."""

from __future__ import annotations

from dataclasses import dataclass

from .scene import Material


@dataclass(frozen=True)
class Shade:
    """A colour pair: `near` for the side of the body toward the viewer, `far` for the other."""

    near: str
    far: str


@dataclass(frozen=True)
class Theme:
    """Every colour a picture uses; hex strings so they drop straight into SVG."""

    name: str
    background: str
    outline: str
    shirt: Shade
    trousers: Shade
    skin: Shade
    hair: str
    glow: str
    cue: str
    shadow: str
    shadow_opacity: float
    furniture: dict[Material, tuple[str, str, str]]  # top face, front face, side face
    placeholder_text: str


LIGHT = Theme(
    name="light",
    background="#f7f4ee",
    outline="#2d3a4a",
    shirt=Shade(near="#2f8f8a", far="#7cc1bb"),
    trousers=Shade(near="#3d4f86", far="#8593c2"),
    skin=Shade(near="#e9b48c", far="#f5d3b6"),
    hair="#5b4034",
    glow="#ff6a3d",
    cue="#d9482b",
    shadow="#2d3a4a",
    shadow_opacity=0.13,
    furniture={
        Material.MAT: ("#b7a6dc", "#8d7bbd", "#7a68aa"),
        Material.WOOD: ("#d9b07c", "#b88a55", "#9d7345"),
        Material.METAL: ("#9aa4ae", "#7d8894", "#6b7580"),
        Material.CUSHION: ("#c9d7e3", "#a6b8c8", "#93a6b7"),
    },
    placeholder_text="#5b6672",
)

DARK = Theme(
    name="dark",
    background="#1f242b",
    outline="#0d1117",
    shirt=Shade(near="#3fb3ab", far="#2a6e6a"),
    trousers=Shade(near="#7d8fd6", far="#4a5688"),
    skin=Shade(near="#f0c29c", far="#b58e70"),
    hair="#3b2a22",
    glow="#ff7a4d",
    cue="#ff9466",
    shadow="#000000",
    shadow_opacity=0.35,
    furniture={
        Material.MAT: ("#6c5c98", "#54467c", "#473a6a"),
        Material.WOOD: ("#a47e52", "#84623d", "#6f5233"),
        Material.METAL: ("#6b7580", "#56606a", "#48515a"),
        Material.CUSHION: ("#5c6b7a", "#4b5866", "#414c59"),
    },
    placeholder_text="#a9b4bf",
)
