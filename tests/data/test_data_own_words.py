"""Every shipped text is in the project's own words: no run of seven words from a seed page.

The pages are compared by fingerprint (tests/data/seed_overlap.py), so the repository never
holds their text. Case and punctuation are set aside: "Keep your head, and shoulders..."
matches "keep your head and shoulders...".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.data.seed_overlap import RUN, load_fingerprints, shared_runs

REPO = Path(__file__).resolve().parents[2]
SEEDS = load_fingerprints()


def shipped_texts() -> list[Path]:
    """Everything a person reads that ships: the data, the docs, the README, the bundle's notes."""
    files = [*(REPO / "data").rglob("*.yaml"), *(REPO / "docs").rglob("*.md"), REPO / "README.md",
             REPO / "packaging" / "bundle-readme.txt",
             *(REPO / "packaging" / "linux").glob("*.xml")]
    return sorted(files)


def test_the_fingerprints_cover_the_seed_pages() -> None:
    # The four pages hold about three thousand runs of seven words.
    assert len(SEEDS) > 2500
    assert all(len(p) == 16 for p in SEEDS)


@pytest.mark.parametrize("path", shipped_texts(), ids=lambda p: str(p.relative_to(REPO)))
def test_no_shipped_text_shares_seven_words_with_a_seed_page(path: Path) -> None:
    found = shared_runs(path.read_text(encoding="utf-8"), SEEDS)
    assert not found, "\n".join(f"{path.name}:{line}: ...{run}..." for line, run in found)


@pytest.mark.parametrize("copied", [
    # Sentences issue 14 quotes from the pages, written the way a copy might be.
    "If pain increases, or radiates down the leg: STOP and see a professional.",
    "- Keep your head and shoulders on the floor.",
    "Grasp it with both hands on the shin, just below the knee.",
])
def test_a_copied_sentence_is_caught_whatever_its_case_and_punctuation(copied: str) -> None:
    assert shared_runs(copied, SEEDS)


def test_our_own_wording_of_the_same_facts_passes() -> None:
    own = ("Stop if pain grows or travels down a leg. Leave your head and shoulders resting "
           "on the mat. Wrap both hands around the top of the shin.")
    assert shared_runs(own, SEEDS) == []
    assert RUN == 7
