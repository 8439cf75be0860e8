"""No module of the app is over 300 lines (issue 15): a long one wants splitting along a seam."""

from __future__ import annotations

from tests.conftest import REPO

MAX_LINES = 300
PACKAGE = REPO / "stretchdesk"


def module_lengths() -> dict[str, int]:
    """Every module of the app by its path in the repository, with its number of lines."""
    return {path.relative_to(REPO).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
            for path in sorted(PACKAGE.rglob("*.py")) if "__pycache__" not in path.parts}


def test_no_module_is_over_300_lines() -> None:
    lengths = module_lengths()
    assert len(lengths) > 100  # the app's modules were found
    too_long = {name: lines for name, lines in lengths.items() if lines > MAX_LINES}
    assert too_long == {}, (
        f"over {MAX_LINES} lines: {too_long}; split each along a responsibility of its own "
        "(docs/architecture.md lists the modules)")
