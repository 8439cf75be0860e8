"""Writing the illustration files that ship in assets/images/."""

from __future__ import annotations

from pathlib import Path

from .catalog import key_pose, pose_names, stretch_ids
from .render import key_pose_svg
from .theme import LIGHT


def file_name(stretch_id: str, pose: str) -> str:
    return f"{stretch_id}-{pose}.svg"


def expected_files() -> dict[str, str]:
    """Every illustration file name and the SVG text it should hold (light theme)."""
    return {
        file_name(sid, pose): key_pose_svg(key_pose(sid, pose), LIGHT)
        for sid in stretch_ids()
        for pose in pose_names(sid)
    }


def export_all(out_dir: Path) -> list[Path]:
    """Write every illustration into `out_dir`; only files whose text changed are touched."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for name, svg in expected_files().items():
        path = out_dir / name
        if not path.exists() or path.read_text(encoding="utf-8") != svg:
            path.write_text(svg, encoding="utf-8")
            written.append(path)
    return written
