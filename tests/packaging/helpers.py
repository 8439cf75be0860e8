"""Running `stretchdesk --self-test` the way a person or a build runs it, and reading it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CHECKS = ("files", "qt", "library", "timelines", "illustrations", "sounds", "voice", "settings")
# A packaged self-test loads Qt, decodes every chime and renders every picture: seconds,
# not minutes, even on a busy two-core machine.
SELF_TEST_TIMEOUT = 120


@dataclass(frozen=True)
class SelfTestRun:
    """One run of the self-test: exit status, what it printed, and its lines by check."""

    returncode: int
    stdout: str
    stderr: str

    def line(self, check: str) -> str:
        """The ok/FAIL line of `check` (its warnings are separate)."""
        found = re.search(rf"^(ok  |FAIL ){re.escape(check)}: .*$", self.stdout, re.MULTILINE)
        assert found, f"no line for {check!r} in:\n{self.stdout}\n{self.stderr}"
        return found.group(0)

    def warnings(self, check: str) -> list[str]:
        """The warning lines of `check`."""
        return re.findall(rf"^warn {re.escape(check)}: .*$", self.stdout, re.MULTILINE)

    def failed(self) -> list[str]:
        """The names of the checks that failed."""
        return re.findall(r"^FAIL ([a-z]+):", self.stdout, re.MULTILINE)


def clean_env(extra: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """The environment of this test run without anything that points Python at the checkout.

    Qt stays headless and the person's own folders stay out of reach (tests/conftest.py
    has already pointed them at a temporary home). A None in `extra` removes that variable.
    """
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for key, value in (extra or {}).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run_self_test(
    command: Sequence[str | Path], cwd: Path, env: Mapping[str, str | None] | None = None
) -> SelfTestRun:
    """Runs `command` (which ends in --self-test or calls run_self_test) in `cwd`."""
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=clean_env(env), capture_output=True,
        text=True, timeout=SELF_TEST_TIMEOUT, check=False,
    )
    return SelfTestRun(done.returncode, done.stdout, done.stderr)


def self_test_on(data_dir: Path, assets_dir: Path, cwd: Path,
                 env: Mapping[str, str | None] | None = None) -> SelfTestRun:
    """The project's self-test, run in a new Python process on other data and assets."""
    code = (
        "import sys; from pathlib import Path; from stretchdesk.selftest import run_self_test; "
        f"sys.exit(run_self_test(data_dir=Path({str(data_dir)!r}), "
        f"assets_dir=Path({str(assets_dir)!r})))"
    )
    pythonpath: dict[str, str | None] = {"PYTHONPATH": str(REPO)}
    return run_self_test([sys.executable, "-c", code], cwd, {**pythonpath, **(env or {})})


def shipped_files(folder: Path) -> list[Path]:
    """Every file under `folder` that ships, relative to it (caches and hidden files aside)."""
    return sorted(
        path.relative_to(folder)
        for path in folder.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") or part == "__pycache__"
                    for part in path.relative_to(folder).parts)
    )
