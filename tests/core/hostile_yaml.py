"""Hypothesis strategies for stretch, routine and settings files made to hurt the loader.

Each document starts from a good file of its kind, written field by field in flow
style, and then has some fields replaced by values from the corners that once crashed
or stalled StretchDesk: numbers of 309 and 4,300+ digits, every YAML tag with a value it
cannot hold, aliases nested deep enough to expand to billions of values, markup, and
dates that do not exist. The text is then encoded in any encoding YAML allows (or one
it does not), and may be cut, padded to the size limit or past it, or given stray bytes.

`Generated` carries the bytes and which top-level fields were replaced, so a test can
tell a bad value from a good one the loader lost.
"""

from __future__ import annotations

import codecs
import json
from dataclasses import dataclass

from hypothesis import strategies as st

from stretchdesk.core.limits import MAX_FILE_BYTES


@dataclass(frozen=True)
class Generated:
    """A generated file: its bytes, and the top-level fields given hostile values."""

    data: bytes
    replaced: frozenset[str]


TAGS = (
    "!!bool", "!!int", "!!float", "!!timestamp", "!!binary", "!!null", "!!str", "!!set",
    "!!omap", "!!pairs", "!!seq", "!!map", "!!merge", "!!value", "!!yaml",
    "!<tag:yaml.org,2002:int>", "!!python/object/apply:os.system", "!!python/name:os.system",
    "!!python/object:builtins.object", "!local", "!",
)
BAD_FOR_TAGS = ("maybe", "x", "''", "-", "[1, 2]", "{a: 1}", "@@@=", "2001-13-45", "0x",
                "1:2:3", "1e999", ".nan", "[ls]", "~")

digits = st.integers(1, 6000).map(lambda n: "9" * n)
numbers = st.one_of(
    st.integers().map(str),  # unbounded: Hypothesis reaches very large ones too
    st.integers(min_value=10**308, max_value=10**330).map(str),  # beyond any float
    st.integers(4295, 4400).map(lambda n: "7" * n),  # beyond int()'s default digit limit
    digits, digits.map(lambda d: "-" + d), digits.map(lambda d: "0x" + d.replace("9", "f")),
    st.integers(2, 3000).map(lambda n: ":".join(["1"] * n)),  # YAML 1.1 base 60
    st.integers(300, 400).map(lambda n: "1" + "0" * n + ".5"),
    st.floats(allow_nan=True, allow_infinity=True).map(repr).map(
        lambda r: {"nan": ".nan", "inf": ".inf", "-inf": "-.inf"}.get(r, r)),
    st.sampled_from(["1_000", "0o17", "0b101", "+12", "0", "-0", "1e400", "-1e-400", ".5",
                     "5", "30", "300", "301", "4.9", "1:30"]),
)
dates = st.sampled_from([
    "2001-13-45", "2001-02-30", "0000-01-01", "99999-01-01", "2001-01-01 25:61:61",
    "2001-1-1t1:1:1.5-25:00", "2001-01-01", "2026-11-18T11:06:40Z",
])
tagged = st.builds(lambda tag, bad: f"{tag} {bad}", st.sampled_from(TAGS),
                   st.one_of(st.sampled_from(BAD_FOR_TAGS), digits))
texts = st.one_of(
    st.text(max_size=30).map(json.dumps),
    st.sampled_from(['"<img src=\\"/dev/zero\\">"', "'<b>x</b>'", "yes", "no", "on", "~",
                     "null", "''", '"\\0"', '"\\u2028"', "beginner", "both", "one", "supine",
                     "cat-cow", "both-knees", "side-reach", "dynamic", "'*x'", "&"]),
)
corner_scalars = st.one_of(numbers, dates, tagged, texts)


def _bomb(levels: int, width: int) -> str:
    """An inline flow list whose last member expands to width**levels values."""
    parts = [f"&b0 [{', '.join(['x'] * width)}]"]
    for n in range(1, levels):
        parts.append(f"&b{n} [{', '.join([f'*b{n - 1}'] * width)}]")
    return "[" + ", ".join(parts) + "]"


aliased = st.one_of(
    st.builds(_bomb, st.integers(1, 12), st.integers(1, 12)),
    st.sampled_from(["&r [*r]", "&m {a: *m}", "*undefined", "&a 5", "[&a 5, *a, *a]",
                     "{<<: &base {a: 1}, b: 2}", "{<<: [*nope]}", "{<<: 1}"]),
)


def _flow(value: object) -> str:
    return value if isinstance(value, str) else json.dumps(value)


corner_values = st.recursive(
    st.one_of(corner_scalars, aliased),
    lambda inner: st.one_of(
        st.lists(inner, max_size=5).map(lambda xs: "[" + ", ".join(xs) + "]"),
        st.dictionaries(st.sampled_from(["stretch", "hold_seconds", "reps", "beginner",
                                         "intermediate", "advanced", "a", "<<", "? x"]),
                        inner, max_size=4).map(
            lambda d: "{" + ", ".join(f"{k}: {v}" for k, v in d.items()) + "}"),
        st.integers(2, 80).map(lambda n: "[" * n + "]" * n),  # deep nesting
    ),
    max_leaves=10,
)

GOOD_ROUTINE: dict[str, str] = {
    "id": "generated", "name": "Generated routine", "purpose": "Testing the loader.",
    "needs": "[floor]",
    "items": "[{stretch: both-knees, hold_seconds: 20}, {stretch: side-reach, reps: 2},"
             " {stretch: rocking}]",
}
GOOD_STRETCH: dict[str, str] = {
    "id": "both-knees", "name": "Both knees", "summary": "A made-up two-sided stretch.",
    "position": "supine", "sides": "both",
    "hold_seconds": "{beginner: 15, intermediate: 30, advanced: [45, 60]}",
    "reps": "{beginner: 2, intermediate: 2, advanced: 3}",
    "steps": "{prepare: [Lie down.], hold: [Hug both knees.], release: [Lower the feet.]}",
    "muscles": "{primary: [Lower back], secondary: [Hips]}",
    "cautions": "[Stop if it hurts.]",
}
GOOD_SETTINGS: dict[str, str] = {
    "version": "2", "level": "advanced", "hold_mode": "fixed", "hold_seconds": "42.5",
    "hold_overrides": "{side-reach: 17, gone-stretch: 55}", "reps_mode": "fixed",
    "reps": "4", "side_order": "one-side-first", "prepare_seconds": "12",
    "release_seconds": "7", "switch_seconds": "3", "rest_seconds": "0",
    "countdown_ticks": "false", "halfway_cue": "false", "breath_cues": "false",
    "sound_mode": "chime", "voice": '"English (Great Britain)"', "speech_rate": "-0.3",
    "volume": "0.25", "theme": "dark", "text_scale": "1.5",
    "hidden_cautions": "[cat-cow, pelvic-tilt]",
}
GOOD = {"routine": GOOD_ROUTINE, "stretch": GOOD_STRETCH, "settings": GOOD_SETTINGS}

_ENCODINGS = (
    (b"", "utf-8"), (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"), (b"", "utf-16-le"), (b"", "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (b"", "utf-32-le"), (b"", "utf-32-be"), (b"", "latin-1"), (b"", "cp1252"),
)


@st.composite
def _text(draw: st.DrawFn, kind: str) -> tuple[str, frozenset[str]]:
    """The good file of `kind` with some fields replaced, removed, added or repeated."""
    fields = dict(GOOD[kind])
    replaced: set[str] = set()
    names = sorted(fields)
    for _ in range(draw(st.integers(0, 3))):
        name = draw(st.sampled_from(names))
        action = draw(st.sampled_from(["replace", "replace", "replace", "remove", "items"]))
        if action == "remove":
            fields.pop(name, None)
        elif action == "items" and kind == "routine":
            count = draw(st.integers(1, 60))
            item = draw(st.one_of(
                st.just("{stretch: both-knees}"),
                st.builds(lambda h, r: f"{{stretch: side-reach, hold_seconds: {h}, reps: {r}}}",
                          numbers, numbers)))
            fields["items"] = "[" + ", ".join([item] * count) + "]"
        else:
            fields[name] = draw(corner_values)
        replaced.add(name)
    if draw(st.integers(0, 9)) == 0:
        extra = draw(st.sampled_from(["unknown_field", "a", "<<", "name", "id", "1", "~"]))
        fields[extra + " " * draw(st.integers(0, 1))] = draw(corner_values)
        replaced.add(extra)
    lines = [f"{name}: {value}" for name, value in fields.items()]
    if draw(st.integers(0, 14)) == 0:  # the same key twice
        lines.append(draw(st.sampled_from(lines)))
        replaced.add(lines[-1].split(":")[0])
    return "\n".join(lines) + "\n", frozenset(replaced)


@st.composite
def documents(draw: st.DrawFn, kind: str) -> Generated:
    """A hostile file of `kind` ("routine", "stretch" or "settings") as bytes."""
    text, replaced = draw(_text(kind))
    shape = draw(st.sampled_from(["plain"] * 6 + ["pad", "huge", "tiny", "cut", "stray"]))
    if shape == "pad":  # right at the size limit, either side of it
        text += "#" * max(0, MAX_FILE_BYTES - len(text) + draw(st.integers(-4, 4)) - 2) + "\n"
    elif shape == "tiny":
        text = draw(st.sampled_from(["", " ", "\n", "#", "-", "~", "a", "{", "[]", "''", "?"]))
    mark, codec = draw(st.sampled_from(_ENCODINGS))
    data = mark + text.encode(codec, errors="replace")
    if shape == "huge":
        data += b"#" * draw(st.sampled_from([MAX_FILE_BYTES, 3 * MAX_FILE_BYTES, 1_200_000]))
    elif shape == "cut" and data:
        data = data[:draw(st.integers(0, len(data) - 1))]
    elif shape == "stray" and data:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from([b"\0", b"\xff", b"\xe9", b"\x85", b"\r",
                                                 b"\t", b"\x1b", b"\xef\xbb\xbf"])) + data[at:]
    if shape in ("tiny", "cut", "stray", "huge"):
        replaced = replaced | {"*"}  # the file as a whole was damaged
    return Generated(data, replaced)
