"""Finding runs of seven words that a text shares with one of the seed pages.

The pages themselves are not in the repository; tests/data/seed_fingerprints.txt holds a
short hash of every run of seven words on them (case and punctuation set aside). To make
it again after the pages change:

    python -m tests.data.seed_overlap /path/to/shared/seeds
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path

RUN = 7
FINGERPRINTS = Path(__file__).with_name("seed_fingerprints.txt")
_WORD = re.compile(r"[a-z0-9]+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})


def words(text: str) -> list[tuple[str, int]]:
    """The words of `text`, lowercased, with the line each is on; punctuation splits words
    ("knee-to-chest" is three) and is otherwise dropped, apostrophes too ("don't": don, t)."""
    found: list[tuple[str, int]] = []
    for number, line in enumerate(text.translate(_APOSTROPHES).lower().splitlines(), start=1):
        found.extend((word, number) for word in _WORD.findall(line))
    return found


def fingerprint(run: tuple[str, ...]) -> str:
    """A short, stable hash of one run of words."""
    return hashlib.blake2b(" ".join(run).encode("utf-8"), digest_size=8).hexdigest()


def runs(text: str) -> Iterator[tuple[tuple[str, ...], int]]:
    """Every run of RUN consecutive words in `text`, with the line it starts on."""
    found = words(text)
    for i in range(len(found) - RUN + 1):
        yield tuple(w for w, _ in found[i : i + RUN]), found[i][1]


def load_fingerprints(path: Path = FINGERPRINTS) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


def shared_runs(text: str, seeds: frozenset[str]) -> list[tuple[int, str]]:
    """(line, run) for every run of `text` that is also on a seed page."""
    return [(line, " ".join(run)) for run, line in runs(text) if fingerprint(run) in seeds]


def make_fingerprints(seed_dir: Path) -> list[str]:
    prints = {fingerprint(run) for page in sorted(seed_dir.glob("*.txt"))
              for run, _ in runs(page.read_text(encoding="utf-8"))}
    return sorted(prints)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    prints = make_fingerprints(Path(argv[0]))
    header = (f"# blake2b-64 of every run of {RUN} words on the seed pages "
              "(tests/data/seed_overlap.py makes this file)\n")
    FINGERPRINTS.write_text(header + "\n".join(prints) + "\n", encoding="utf-8")
    print(f"{len(prints)} fingerprints written to {FINGERPRINTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
