"""Which part of the body a stretch works, from the muscles the stretch data names."""

from __future__ import annotations

from collections.abc import Mapping

from stretchdesk.core.model import Stretch
from stretchdesk.core.phrasebook import N_

__all__ = ["AREA_OF_MUSCLE", "OTHER", "areas_by_stretch", "stretch_areas"]

# The areas in English: they are the statistics' keys; their labels are translated
# (core/phrasebook.py) where the statistics are made.
LOWER_BACK = N_("Lower back")
HIPS = N_("Hips and buttocks")
HAMSTRINGS = N_("Back of the thighs")
BELLY = N_("Belly and waist")
UPPER_BACK = N_("Upper back and neck")
OTHER = N_("Other")

# Muscle names as the stretch files write them (muscles.primary / .secondary).
AREA_OF_MUSCLE: Mapping[str, str] = {
    "erector spinae": LOWER_BACK,
    "lumbar paraspinals": LOWER_BACK,
    "paravertebral muscles": LOWER_BACK,
    "multifidus": LOWER_BACK,
    "quadratus lumborum": LOWER_BACK,
    "thoracolumbar fascia": LOWER_BACK,
    "gluteus maximus": HIPS,
    "gluteus medius": HIPS,
    "gluteus minimus": HIPS,
    "gluteus medius and minimus": HIPS,
    "piriformis": HIPS,
    "hip external rotators": HIPS,
    "hip rotators": HIPS,
    "hip flexors": HIPS,
    "iliopsoas": HIPS,
    "hamstrings": HAMSTRINGS,
    "rectus abdominis": BELLY,
    "transversus abdominis": BELLY,
    "obliques": BELLY,
    "latissimus dorsi": UPPER_BACK,
    "neck extensors": UPPER_BACK,
    "trapezius": UPPER_BACK,
    "rhomboids": UPPER_BACK,
}


def stretch_areas(stretch: Stretch) -> tuple[str, ...]:
    """The areas of the stretch's primary muscles, in their order; OTHER when none is known."""
    areas: list[str] = []
    for muscle in stretch.primary_muscles:
        area = AREA_OF_MUSCLE.get(muscle.strip().lower())
        if area is not None and area not in areas:
            areas.append(area)
    return tuple(areas) or (OTHER,)


def areas_by_stretch(stretches: Mapping[str, Stretch]) -> dict[str, tuple[str, ...]]:
    """Each stretch id's areas (what the statistics' minutes per area need)."""
    return {stretch_id: stretch_areas(stretch) for stretch_id, stretch in stretches.items()}
