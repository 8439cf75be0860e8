"""Every safety warning on the seed pages reaches the person through some stretch's cautions."""

from __future__ import annotations

import pytest

from stretchdesk.core.model import Library

# Key phrases of each seed caution (matched case-insensitively in a stretch's cautions).
SEED_CAUTIONS = {
    # 001: see a healthcare provider first if you have...
    "001 recent surgery": "recent abdominal or hip surgery",
    "001 discs": "herniated or bulging discs",
    "001 acute injury": "acute back injury or severe pain",
    "001 osteoporosis": "osteoporosis",
    "001 spinal fractures": "spinal fractures",
    "001 hip replacement": "hip replacements or hip injuries",
    "001 pregnancy": "pregnancy complications",
    "001 aneurysm": "abdominal aortic aneurysm",
    # 001: general safety tips
    "001 sharp pain": "sharp or shooting pain",
    "001 never force": "never force",
    "001 joint replacement": "hip or knee replacement",
    "001 sciatica": "acute sciatica",
    "001 radiating pain": "radiates down the leg",
    # 002
    "002 disc herniation": "acute disc herniation",
    # 000: stop and ask a professional if it hurts
    "000 pain": "pain rather than a stretch",
}


@pytest.mark.parametrize("phrase", SEED_CAUTIONS.values(), ids=SEED_CAUTIONS.keys())
def test_seed_caution_appears_on_a_stretch(library: Library, phrase: str) -> None:
    holders = [s.id for s in library.stretches.values()
               if any(phrase in c.lower() for c in s.cautions)]
    assert holders, f"no stretch warns about {phrase!r}"


def test_knee_to_chest_carries_the_full_contraindication_list(library: Library) -> None:
    cautions = " ".join(library.stretches["single-knee-to-chest"].cautions).lower()
    for key, phrase in SEED_CAUTIONS.items():
        if key.startswith("001"):
            assert phrase in cautions, phrase


def test_every_stretch_says_when_to_stop(library: Library) -> None:
    for stretch in library.stretches.values():
        text = " ".join(stretch.cautions).lower()
        assert "stop" in text or "never force" in text, stretch.id
