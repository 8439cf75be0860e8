"""What `pip install` of StretchDesk's wheel puts on a person's disk, in a fresh venv.

The wheel is built from the checkout, then installed with its dependencies into an empty
venv of the benchmark's interpreter, and of every newer Python 3 found on PATH (pip
picks the newest PySide6 pyproject.toml allows for each). Nothing is trimmed: this is what
a person gets. Size is disk usage like `du`, in MiB.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from benchmarks.figures import Figure, Target, not_measured
from benchmarks.footprint import MIB, disk_usage, distributions
from benchmarks.sandbox import REPO

INSTALL_TARGET = Target(450.0)
SOURCES = ("pyproject.toml", "README.md", "stretchdesk", "data", "assets")
NEWER = ("python3.12", "python3.13")
PIP_TIMEOUT = 600


def _version(python: str) -> tuple[int, int] | None:
    done = subprocess.run([python, "-c", "import sys; print(*sys.version_info[:2])"],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return None
    major, minor = done.stdout.split()
    return int(major), int(minor)


def interpreters(python: str) -> list[str]:
    """The benchmark's interpreter, then each newer Python 3 on PATH (one per version)."""
    chosen, seen = [python], {_version(python)}
    for name in NEWER:
        found = shutil.which(name)
        version = _version(found) if found else None
        if found and version is not None and version not in seen:
            chosen.append(found)
            seen.add(version)
    return chosen


def build_wheel(python: str, folder: Path) -> Path:
    """`pip wheel --no-deps` of a copy of the checkout (nothing is left in the work tree)."""
    source = folder / "source"
    source.mkdir()
    for name in SOURCES:
        origin = REPO / name
        if origin.is_dir():
            shutil.copytree(origin, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", ".*"))
        else:
            shutil.copy2(origin, source / name)
    subprocess.run([python, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir",
                    str(folder / "wheels"), str(source)],
                   check=True, capture_output=True, timeout=PIP_TIMEOUT)
    return next((folder / "wheels").glob("stretchdesk-*.whl"))


def installed_size(python: str, wheel: Path, folder: Path) -> Figure:
    """Installs `wheel` into a new venv of `python` and sizes the venv."""
    version = _version(python)
    where = f"Python {version[0]}.{version[1]}" if version else python
    label = f"pip install of the wheel, fresh venv ({where})"
    venv = folder / f"venv-{where.replace(' ', '')}"
    made = subprocess.run([python, "-m", "venv", str(venv)], capture_output=True, text=True,
                          check=False)
    if made.returncode != 0:
        return not_measured("install", label, "MiB", made.stderr.strip()[-200:], INSTALL_TARGET)
    done = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        capture_output=True, text=True, timeout=PIP_TIMEOUT, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        return not_measured("install", label, "MiB", done.stderr.strip()[-200:], INSTALL_TARGET)
    site = next(venv.glob("lib/python3*/site-packages"))
    sizes = {d.name: round(d.size / MIB, 1) for d in distributions(site) if d.size > MIB}
    pyside = next((n for n in sizes if n.lower().startswith("pyside6")), "")
    release = subprocess.run([str(venv / "bin" / "python"), "-c",
                              "import PySide6; print(PySide6.__version__)"],
                             capture_output=True, text=True, check=False).stdout.strip()
    total = disk_usage(venv) / MIB
    key = "install" if not version else f"install_py{version[0]}{version[1]}"
    return Figure(key, label, "MiB", total, target=INSTALL_TARGET,
                  note=f"PySide6 {release}: " + ", ".join(
                      f"{name} {size:.0f}" for name, size in sizes.items()
                      if name.lower().startswith(("pyside6", "shiboken6"))) + " MiB",
                  detail={"distributions_mib": sizes, "largest": pyside})


def install_sizes(python: str) -> list[Figure]:
    """One figure per interpreter: the fresh venv's size after installing the wheel."""
    with tempfile.TemporaryDirectory(prefix="stretchdesk-install-") as name:
        folder = Path(name)
        try:
            wheel = build_wheel(python, folder)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, StopIteration) as exc:
            return [not_measured("install", "pip install of the wheel, fresh venv", "MiB",
                                 f"the wheel was not built: {exc}", INSTALL_TARGET)]
        return [installed_size(chosen, wheel, folder) for chosen in interpreters(python)]
