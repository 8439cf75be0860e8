"""The wheel: it carries every shipped file, and installed in a fresh venv its self-test passes."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from tests.packaging.helpers import REPO, run_self_test, shipped_files
from tools.translations import compile_all

# What `pip wheel .` reads from the checkout; copied so the build leaves no build/ or
# egg-info behind in a work tree that others are using at the same time.
SOURCES = ("pyproject.toml", "README.md", "stretchdesk", "data", "assets")
# The wheel's runtime dependencies (and theirs).
DEPENDENCIES = ("PySide6_Essentials", "PySide6_Addons", "shiboken6", "PyYAML")
PIP_TIMEOUT = 300


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip wheel . --no-deps` makes from the checkout as it is now."""
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        origin = REPO / name
        if origin.is_dir():
            shutil.copytree(origin, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", ".*"))
        elif origin.exists():
            shutil.copy2(origin, source / name)
    # The interface's translations, compiled as `make dist` compiles them before it builds.
    compile_all(source / "stretchdesk" / "translations")
    out = tmp_path_factory.mktemp("wheelhouse")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", out,
         source],
        check=True, capture_output=True, timeout=PIP_TIMEOUT,
    )
    (built,) = out.glob("stretchdesk-*.whl")
    return built


def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.mark.parametrize(("folder", "inside"), [("data", "_data"), ("assets", "_assets")])
def test_the_wheel_carries_every_shipped_file(wheel: Path, folder: str, inside: str) -> None:
    expected = {str(PurePosixPath("stretchdesk", inside, *p.parts))
                for p in shipped_files(REPO / folder)}
    assert expected, f"{folder}/ is empty"
    missing = sorted(expected - wheel_names(wheel))
    assert not missing, (
        f"the wheel leaves out {missing}: add their kind to "
        "[tool.setuptools.package-data] in pyproject.toml"
    )


def test_the_wheel_carries_every_module(wheel: Path) -> None:
    modules = {str(PurePosixPath("stretchdesk", *p.parts))
               for p in shipped_files(REPO / "stretchdesk") if p.suffix == ".py"}
    missing = sorted(modules - wheel_names(wheel))
    assert not missing, (
        f"the wheel leaves out {missing}: a package needs an __init__.py and a place in "
        "[tool.setuptools] packages in pyproject.toml"
    )


def test_the_wheel_carries_the_compiled_translations(wheel: Path) -> None:
    expected = {f"stretchdesk/translations/{ts.stem}.qm"
                for ts in (REPO / "translations").glob("*_*.ts")}
    assert expected, "translations/ has no .ts files"
    names = wheel_names(wheel)
    missing = sorted(expected - names)
    assert not missing, (
        f"the wheel leaves out {missing}: [tool.setuptools.package-data] in pyproject.toml "
        "should carry stretchdesk/translations/*.qm")
    with zipfile.ZipFile(wheel) as archive:
        assert all(archive.getinfo(name).file_size > 0 for name in expected)
    assert not any(name.endswith(".ts") for name in names)  # the sources stay in the repo


def test_the_wheel_installs_the_stretchdesk_command(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (entry_points,) = [n for n in archive.namelist() if n.endswith("entry_points.txt")]
        text = archive.read(entry_points).decode()
    assert "[gui_scripts]\nstretchdesk = stretchdesk.app:main" in text


def test_installed_in_a_fresh_venv_the_self_test_passes(wheel: Path, tmp_path: Path) -> None:
    # A venv of its own with nothing in it, filled by pip exactly as a person's would be:
    # the wheel from its folder, its dependencies from the package index. Faster ways
    # were weighed and dropped: --system-site-packages finds no PySide6 in the base
    # Python, and sharing this suite's venv would bring the editable StretchDesk, which
    # finds data/ in the checkout and would hide a wheel that lacks it. The dependency
    # versions are pinned to those this suite runs against, so pip reuses what it
    # downloaded for them (~145 MB once; a few seconds after that).
    fresh = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=False).create(fresh)
    purelib = Path(sysconfig.get_path("purelib", vars={"base": str(fresh)}))
    pins = tmp_path / "pins.txt"
    pins.write_text("".join(f"{name}=={importlib.metadata.version(name)}\n"
                            for name in DEPENDENCIES))

    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", fresh / "bin" / "python", "install",
         "--quiet", "--find-links", wheel.parent, "--constraint", pins, "stretchdesk"],
        capture_output=True, text=True, timeout=PIP_TIMEOUT, check=False,
    )
    assert install.returncode == 0, install.stderr

    # From a folder with nothing of StretchDesk in it: data and assets must come from the
    # installed package.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run = run_self_test([fresh / "bin" / "stretchdesk", "--self-test"], elsewhere)

    assert run.returncode == 0, run.stdout + run.stderr
    installed = purelib / "stretchdesk"
    assert run.line("files") == (
        f"ok  files: data in {installed / '_data'}, assets in {installed / '_assets'}"
    )
    stretches = len(list((REPO / "data" / "stretches").glob("*.yaml")))
    routines = len(list((REPO / "data" / "routines").glob("*.yaml")))
    assert run.line("library") == f"ok  library: {stretches} stretches, {routines} routines"
