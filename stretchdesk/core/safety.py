"""What a person should know before any stretching: the warning signs that mean "see a
doctor now" rather than stretch, and that StretchDesk is not medical advice.

The words live in data/safety.yaml; the app shows them at first start and from the
routine picker. (Cautions tied to particular stretches or positions, such as lying on
the back in later pregnancy, are in data/cautions.yaml; see core.cautions.)
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from stretchdesk.core.fields import FieldReader, unknown_field
from stretchdesk.core.phrasebook import t
from stretchdesk.core.yaml_source import Document, read_document

FILE_NAME = "safety.yaml"
FIELDS = ("not_medical_advice", "red_flags")
RED_FLAG_FIELDS = ("heading", "signs", "why")


@dataclass(frozen=True)
class SafetyNotes:
    """The safety words shown before any routine."""

    not_medical_advice: str
    red_flags_heading: str  # reads on into each sign: "Stop and see a doctor now if…"
    red_flags: tuple[str, ...]
    red_flags_why: str

    @property
    def fingerprint(self) -> str:
        """A short digest of the warning signs: when the list changes, it is shown again.

        Two checksums from zlib (already loaded), not a hash from hashlib: it only needs
        to notice a change, and hashlib would map OpenSSL's libcrypto (3.4 MiB) into
        every session for it.
        """
        signs = "\n".join((self.red_flags_heading, *self.red_flags)).encode("utf-8")
        return f"{zlib.crc32(signs):08x}{zlib.adler32(signs):08x}"


def parse_safety(doc: Document) -> SafetyNotes:
    """Builds the notes from a safety file, or raises LibraryError naming the field."""
    r = FieldReader(doc, "safety")
    if not isinstance(doc.value, dict):
        raise r.error((), t("the file should be a mapping with {fields}",
                            fields=", ".join(FIELDS)))
    for key, allowed in (((), FIELDS), (("red_flags",), RED_FLAG_FIELDS)):
        for name in r.mapping(key):
            if name not in allowed:
                raise r.error((*key, name), unknown_field(allowed))
    return SafetyNotes(
        not_medical_advice=r.text(("not_medical_advice",)),
        red_flags_heading=r.text(("red_flags", "heading")),
        red_flags=r.texts(("red_flags", "signs"), required=True),
        red_flags_why=r.text(("red_flags", "why")),
    )


def load_safety(
    data_dir: Path | str, read: Callable[[Path], Document] = read_document
) -> SafetyNotes:
    """The notes in `data_dir`/safety.yaml; raises LibraryError if missing or malformed."""
    return parse_safety(read(Path(data_dir) / FILE_NAME))
