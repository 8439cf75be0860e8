"""Extracts and compiles the interface's translations (translations/areas.yaml).

    python -m tools.translations update [LANG ...]   # lupdate: refresh the .ts files
    python -m tools.translations compile             # lrelease: into stretchdesk/translations
    python -m tools.translations files AREA          # the source files of one area

`update` with no language refreshes every language that has .ts files; naming a new
language ("de") creates its .ts files, one per area. Obsolete entries are dropped.
"""

from __future__ import annotations

import fnmatch
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "translations"
COMPILED = REPO / "stretchdesk" / "translations"
TOOLS = Path(sys.executable).parent


def areas() -> dict[str, list[str]]:
    """Area name -> its fnmatch patterns, in the file's order."""
    loaded = yaml.safe_load((SOURCES / "areas.yaml").read_text(encoding="utf-8"))
    return {str(name): [str(p) for p in patterns] for name, patterns in loaded.items()}


def area_of(relative: str, table: dict[str, list[str]]) -> str | None:
    """The first area with a pattern matching `relative` (a posix path), if any."""
    for name, patterns in table.items():
        if any(fnmatch.fnmatchcase(relative, pattern) for pattern in patterns):
            return name
    return None


def area_files(area: str) -> list[Path]:
    """The Python files of `area`, sorted."""
    table = areas()
    files = sorted((REPO / "stretchdesk").rglob("*.py"))
    return [f for f in files if area_of(f.relative_to(REPO).as_posix(), table) == area]


def languages() -> list[str]:
    """The languages that have .ts files."""
    return sorted({ts.stem.rsplit("_", 1)[1] for ts in SOURCES.glob("*_*.ts")})


def ts_file(area: str, language: str) -> Path:
    return SOURCES / f"{area}_{language}.ts"


def update(wanted: list[str]) -> None:
    """Runs lupdate over every area for each language."""
    for language in wanted or languages():
        for area in areas():
            files = [str(f.relative_to(REPO)) for f in area_files(area)]
            subprocess.run(
                [str(TOOLS / "pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
                 "-target-language", language,
                 "-ts", str(ts_file(area, language).relative_to(REPO))],
                cwd=REPO, check=True, stdout=subprocess.DEVNULL)


def compile_all(target: Path = COMPILED) -> list[Path]:
    """Runs lrelease on every .ts file; the .qm files made."""
    target.mkdir(parents=True, exist_ok=True)
    made = []
    for ts in sorted(SOURCES.glob("*_*.ts")):
        qm = target / f"{ts.stem}.qm"
        subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)
        made.append(qm)
    return made


def main(argv: list[str]) -> int:
    command, *rest = argv or ["compile"]
    if command == "update":
        update(rest)
    elif command == "compile":
        compile_all()
    elif command == "files":
        print("\n".join(str(f.relative_to(REPO)) for f in area_files(rest[0])))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
