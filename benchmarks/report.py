"""The benchmark's outputs: the printed table, the JSON file, the block in docs/performance.md."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.figures import Figure

DOCS_START = "<!-- bench:start (written by `python -m benchmarks --write-docs`) -->"
DOCS_END = "<!-- bench:end -->"
_DECIMALS = {"ms": 1, "%": 2, "MiB": 1}


@dataclass(frozen=True)
class Run:
    """One benchmark run: when, where, under how much load, and what it found."""

    date: str
    machine: dict[str, str | int]
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float]
    quick: bool
    figures: Sequence[Figure]
    notes: Sequence[str]

    def as_json(self) -> dict[str, object]:
        """Everything, as plain JSON data."""
        return {
            "date": self.date,
            "machine": self.machine,
            "load_average_before": list(self.load_before),
            "load_average_after": list(self.load_after),
            "quick": self.quick,
            "figures": {f.key: f.as_json() for f in self.figures},
            "notes": list(self.notes),
        }


def _amount(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    decimals = _DECIMALS.get(unit, 1)
    if unit == "ms" and value >= 100:
        decimals = 0
    elif unit == "ms" and value < 1:
        decimals = 3  # e.g. a commit of 0.06 ms
    return f"{value:.{decimals}f} {unit}"


def rows(figures: Sequence[Figure]) -> list[list[str]]:
    """The table's cells, header first."""
    table = [["Measure", "StretchDesk", "Baseline", "Ratio", "Target", "Result", "Note"]]
    for f in figures:
        table.append([
            f.label,
            _amount(f.value, f.unit) if f.value is not None else "not measured",
            _amount(f.baseline, f.unit) if f.baseline is not None else "",
            f"{f.ratio:.2f}×" if f.ratio is not None else "",
            f.target.describe(f.unit) if f.target else "",
            f.verdict.value,
            f.note,
        ])  # fmt: skip
    return table


def _header(run: Run) -> list[str]:
    m = run.machine
    return [
        f"StretchDesk benchmarks, {run.date}{' (--quick)' if run.quick else ''}",
        f"Machine: {m['cpu']}, {m['cores']} cores, Linux {m['kernel']}, "
        f"Python {m['python']}, PySide6 {m['pyside6']}",
        f"Load average (1/5/15 min): {_load(run.load_before)} before, "
        f"{_load(run.load_after)} after",
    ]


def _load(load: tuple[float, float, float]) -> str:
    return " / ".join(f"{v:.2f}" for v in load)


def text_table(run: Run) -> str:
    """The table as aligned plain text, for the terminal."""
    table = rows(run.figures)
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]) - 1)]
    lines = [*_header(run), ""]
    for n, row in enumerate(table):
        cells = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(
            zip(row, widths, strict=False))]
        lines.append("  ".join(cells) + ("  " + row[-1] if row[-1] else ""))
        if n == 0:
            lines.append("-" * (sum(widths) + 2 * len(widths)))
    lines += ["", *run.notes]
    return "\n".join(lines)


def markdown(run: Run) -> str:
    """The table as Markdown, with its date, machine and load, for docs/performance.md."""
    table = rows(run.figures)
    lines = [f"- {line}" for line in _header(run)] + [""]
    lines.append("| " + " | ".join(table[0]) + " |")
    lines.append("|" + "|".join(["---", *["---:"] * 4, ":---:", "---"]) + "|")
    lines += ["| " + " | ".join(c.replace("|", "/") for c in row) + " |" for row in table[1:]]
    if run.notes:
        lines += ["", *[f"- {note}" for note in run.notes]]
    return "\n".join(lines)


def write_json(run: Run, path: Path) -> None:
    """Writes the run as JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(run.as_json(), indent=2, ensure_ascii=False) + "\n",
                    encoding="utf-8")


def update_docs(run: Run, path: Path) -> None:
    """Replaces the generated block of docs/performance.md (the prose around it stays)."""
    block = f"{DOCS_START}\n{markdown(run)}\n{DOCS_END}"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if DOCS_START in text and DOCS_END in text:
        before, rest = text.split(DOCS_START, 1)
        after = rest.split(DOCS_END, 1)[1]
        text = before + block + after
    else:
        text = text + ("\n\n" if text else "") + block + "\n"
    path.write_text(text, encoding="utf-8")
