"""Generated documents, plausible and broken, never get anything but LibraryError out."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stretchdesk.core.library import LibraryError, load_library
from tests.core.factory import TWO_SIDED, make_data, routine_text

BASE_STRETCH: dict[str, Any] = yaml.safe_load(TWO_SIDED)
BASE_ROUTINE: dict[str, Any] = yaml.safe_load(routine_text("r", "both-knees", "side-reach"))

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
    st.sampled_from(["beginner", "one", "both", "alternate", "dynamic", "supine", "mat"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.text(max_size=8), st.integers()), inner, max_size=4),
    ),
    max_leaves=12,
)


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(doc, dict):
        for key, value in doc.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            out += _paths(value, (*prefix, i))
    return out


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> bytes:
    """The base document with a few fields replaced, removed or added, as YAML bytes."""
    doc = yaml.safe_load(yaml.safe_dump(base))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(doc)))
        if not path:
            continue
        parent = doc
        for part in path[:-1]:
            parent = parent[part]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            parent[path[-1]] = draw(values)
        elif action == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=6))] = draw(values)
    return yaml.safe_dump(doc, allow_unicode=True).encode()


junk = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200).map(str.encode),
    st.sampled_from([
        b"", b"---\n", b"[", b"{a: 1", b"!!python/object/apply:os.system ['true']",
        b"a: &x [*x]", b"a: !!binary xyz", b"- 1\n- 2", b"\xff\xfe\x00",
        b"id: x\n" * 3, b"a: b: c", b"? [1, 2]\n: 3", b"\t- bad indent",
        b"id: x\nitems: &i [*i]", b"<<: {a: 1}", b"a: 2001-01-01",
    ]),
)

FUZZ = settings(max_examples=1100, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _load(data: Path, extra: list[Path]) -> None:
    try:
        lib = load_library(data, extra_dirs=extra)
    except LibraryError as exc:
        assert exc.file and str(exc)
        return
    for problem in lib.problems:
        assert isinstance(problem, LibraryError) and str(problem)


@FUZZ
@given(st.one_of(mutated(BASE_STRETCH), junk))
def test_stretch_files(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = make_data(Path(tmp))
        (data / "stretches" / "both-knees.yaml").write_bytes(content)
        _load(data, [])


@FUZZ
@given(st.one_of(mutated(BASE_ROUTINE), junk))
def test_user_routine_files(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = make_data(Path(tmp) / "data")
        mine = Path(tmp) / "mine"
        mine.mkdir()
        (mine / "r.yaml").write_bytes(content)
        _load(data, [mine])
