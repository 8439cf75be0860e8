"""Linux desktop integration: the menu entry and the software-centre metadata are valid and true."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET

import pytest

from stretchdesk import __version__
from stretchdesk.app import build_parser
from stretchdesk.core.library import load_library
from tests.packaging.helpers import REPO

APP_ID = "io.github.stretchdesk.StretchDesk"
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: install Debian's {package} (scripts/system-deps.sh)"
    return found


def pyproject() -> dict[str, object]:
    with (REPO / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def desktop_entry() -> configparser.ConfigParser:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    return entry


def test_the_desktop_file_passes_desktop_file_validate() -> None:
    done = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), DESKTOP],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout + done.stderr == "", "no errors and no warnings or hints"


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    done = subprocess.run([tool("appstreamcli", "appstream"), "validate", "--no-net", METAINFO],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    problems = [line for line in done.stdout.splitlines() if line[:2] in ("E:", "W:", "I:")]
    assert problems == []


def test_the_metainfo_describes_this_app_and_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    project = pyproject()["project"]
    assert isinstance(project, dict)
    assert root.findtext("provides/binary") in project["gui-scripts"]
    assert root.findtext("project_license") == project["license"]["text"]
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__ == project["version"]
    assert newest.get("date") == "2026-11-22"
    assert root.find("content_rating[@type='oars-1.1']") is not None
    assert len(root.findall("description/p")) >= 2


def test_every_screenshot_in_the_metainfo_is_in_docs() -> None:
    images = [(el.text or "").strip() for el in ET.parse(METAINFO).getroot().iter("image")]
    names = [image.rsplit("/docs/screenshots/", 1)[-1] for image in images]
    assert {"picker.png", "session-hold.png", "finish.png"} <= set(names)
    for name in names:
        shot = REPO / "docs" / "screenshots" / name
        assert shot.is_file(), f"the metainfo shows {name}, but docs/screenshots lacks it"
        assert shot.read_bytes()[:8] == PNG_MAGIC


def test_the_desktop_entry_starts_the_command_the_wheel_installs() -> None:
    entry = desktop_entry()["Desktop Entry"]
    project = pyproject()["project"]
    assert isinstance(project, dict)
    assert shlex.split(entry["Exec"]) == ["stretchdesk"]
    assert entry["TryExec"] in project["gui-scripts"]
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == ET.parse(METAINFO).getroot().findtext("name")


ACTIONS = desktop_entry()["Desktop Entry"]["Actions"].strip(";").split(";")


@pytest.mark.parametrize("action", ACTIONS)
def test_each_quick_start_action_names_a_routine_that_exists(action: str) -> None:
    exec_line = desktop_entry()[f"Desktop Action {action}"]["Exec"]
    command, *arguments = shlex.split(exec_line)
    assert command == "stretchdesk"
    parsed = build_parser().parse_args(arguments)
    assert parsed.routine in load_library(REPO / "data").routines
    assert parsed.start
