"""A folder of routine files made to hurt the loader, for the core and the start-up tests.

`fill` writes every kind of hostile entry a routine folder can hold (damaged YAML,
values a tag cannot hold, alias bombs, huge numbers, odd encodings, a named pipe, a
folder, links to a device, to a huge file, to a private file and to nothing) and says
which words each one's problem must contain.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from stretchdesk.core.limits import MAX_NAME_CHARS, MAX_ROUTINE_ITEMS, MAX_VALUES
from tests.core.factory import routine_text

GOOD = routine_text("good", "both-knees", "side-reach")


def alias_bomb(levels: int, width: int = 10) -> str:
    """A routine whose `purpose` expands to width**levels values through aliases."""
    lines = ["id: bomb", "name: Bomb", "items: [{stretch: both-knees}]",
             f"a0: &a0 [{', '.join(['x'] * width)}]"]
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * width)}]")
    lines.append(f"purpose: *a{levels - 1}")
    return "\n".join(lines) + "\n"


# What each file holds, and words its problem must contain.
HOSTILE_TEXTS: dict[str, tuple[str | bytes, str]] = {
    "bool-tag": ("id: x\nname: !!bool maybe\n", "'maybe' is marked as yes/no (!!bool)"),
    "timestamp-tag": ("id: x\nname: !!timestamp x\n", "'x' is not a real date"),
    "int-tag": ("id: x\nname: !!int x\n", "'x' is marked as a whole number (!!int)"),
    "float-tag": ("id: x\nname: !!float x\n", "'x' is marked as a number (!!float)"),
    "no-such-date": ("id: x\npurpose: 2001-13-45\n", "'2001-13-45' is not a real date"),
    "python-tag": ("id: x\nname: !!python/object/apply:os.system [ls]\n",
                   "contains the tag !!python/object/apply:os.system"),
    "309-digits": (GOOD.replace("- stretch: both-knees", "- {stretch: both-knees, hold_seconds: "
                                + "9" * 309 + "}", 1), "this number is 309 characters long"),
    "4301-digits": ("id: x\nname: " + "7" * 4301 + "\n", "this number is 4301 characters long"),
    "hex-digits": ("id: x\nname: 0x" + "f" * 40 + "\n", "this number is 42 characters long"),
    "sexagesimal": ("id: x\nname: " + ":".join(["1"] * 2000) + "\n", "characters long"),
    "alias-bomb": (alias_bomb(7), f"expand to more than {MAX_VALUES:,} values"),
    "billion-laughs": (alias_bomb(9, 9), f"expand to more than {MAX_VALUES:,} values"),
    "recursive-alias": ("id: x\nitems: &i [*i]\n", "a value refers to itself"),
    "deep": ("id: x\nname: " + "[" * 40 + "]" * 40 + "\n", "nested more than 32 levels"),
    "latin-1": ("id: x\nname: Caf\xe9\n".encode("latin-1"), "byte 0xE9 (byte 15)"),
    "nul-bytes": (b"id: x\x00\nname: y\n", "U+0000 is not allowed"),
    "utf-16-odd": (codecs.BOM_UTF16_LE + b"i\x00d\x00:", "not valid UTF-16"),
    "too-many-items": (routine_text("long", *["both-knees"] * (MAX_ROUTINE_ITEMS + 1)),
                       f"lists {MAX_ROUTINE_ITEMS + 1} stretches; a routine has at most"),
    "too-long-to-hold": (routine_text("marathon", *[
        "{stretch: side-reach, reps: 20, hold_seconds: 300}"] * 2),
        "would be held for up to 6 h 40 min in all; a routine holds for at most 2 hours"),
    "long-name": (GOOD.replace("name: Routine good", "name: " + "N" * (MAX_NAME_CHARS + 1)),
                  f"is {MAX_NAME_CHARS + 1} characters long; keep it to {MAX_NAME_CHARS}"),
    "empty": ("", "the file is empty"),
}

# Encodings YAML allows (byte order mark, codec): a routine in each must load.
ENCODINGS = {
    "utf-8-bom": (codecs.BOM_UTF8, "utf-8"),
    "utf-16-le-bom": (codecs.BOM_UTF16_LE, "utf-16-le"),
    "utf-16-be-bom": (codecs.BOM_UTF16_BE, "utf-16-be"),
    "utf-16-le": (b"", "utf-16-le"),
    "utf-16-be": (b"", "utf-16-be"),
    "utf-32-le-bom": (codecs.BOM_UTF32_LE, "utf-32-le"),
    "utf-32-be": (b"", "utf-32-be"),
}


def fill(mine: Path, outside: Path, encoded: bool = True) -> dict[Path, str]:
    """Writes the hostile entries into `mine` (and what they link to into `outside`).

    With `encoded`, a good routine in each encoding is written too. Returns the words
    each bad entry's problem must contain, by path.
    """
    mine.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    expected: dict[Path, str] = {}
    for name, (content, words) in HOSTILE_TEXTS.items():
        path = mine / f"{name}.yaml"
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        expected[path] = words
    for name, (mark, codec) in ENCODINGS.items() if encoded else ():
        text = routine_text(name, "both-knees").replace("Routine", "Café routine")
        (mine / f"{name}.yaml").write_bytes(mark + text.encode(codec))
    secret = outside / "private.txt"
    secret.write_text("id: the-secret-words\n")
    big = outside / "big.yaml"
    with big.open("wb") as f:
        f.truncate(1_200_000_000)  # sparse
    os.mkfifo(mine / "pipe.yaml")
    (mine / "folder.yaml").mkdir()
    links = {
        "to-dev-zero": (Path("/dev/zero"), "is a device, not a file StretchDesk can read"),
        "to-private": (secret, f"is a link to {secret}, which is not a .yaml file"),
        "to-big": (big, "is 1.2 GB, larger than the 100 kB StretchDesk reads"),
        "to-nothing": (outside / "gone.yaml", "which does not exist"),
    }
    for name, (target, words) in links.items():
        (mine / f"{name}.yaml").symlink_to(target)
        expected[mine / f"{name}.yaml"] = words
    expected[mine / "pipe.yaml"] = "is a named pipe, not a file StretchDesk can read"
    expected[mine / "folder.yaml"] = "is a folder, not a file StretchDesk can read"
    (mine / ".hidden.yaml").write_text("id: [broken\n")  # an editor's file: not ours
    return expected


