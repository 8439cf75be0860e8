"""The core's words in the run's language: `t("Hold for {length}", length=...)`.

Every sentence the core makes for a person to read or hear (phase words, spoken cues,
captions, the check-in, the resume question, what a screen reader says) is written in
English in the code and passed through `t()` or `tn()`. The other languages are files:
`data/lang/<code>/phrases.yaml` maps each English text to its translation, read once per
language. A text with no translation stays English, so a half-done language still works.

The fields are put into the translated text, so a language can order them as it needs
("Hold for {length}" -> "Tenez {length}"). A plural is keyed by its English singular and
translated as {one: ..., other: ...}. Which form a count takes is said by the file too:
`_singular_counts: [0, 1]` in French ("0 seconde"); without it, 1 alone, as in English
("0 seconds"). A language with more than two forms is not served yet.

`N_("...")` marks an English text kept in a table and translated where it is shown
(`t(PHASE_WORDS[kind])`), so the completeness test finds it. Qt-free; the data folder
is found as stretchdesk/paths.py finds it (the core may not import that module), or set
with `use_data_root()` at start-up.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from stretchdesk.core import language
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.yaml_source import Document, read_document

PHRASES_FILE: Final = "phrases.yaml"

# The file's entry that lists the counts taking the singular ("one") form.
SINGULAR_COUNTS: Final = "_singular_counts"
ENGLISH_SINGULAR = frozenset({1})

Translation = str | Mapping[str, str]  # a text, or a plural's {one: ..., other: ...}


@dataclass(frozen=True)
class Phrases:
    """One language's phrases: English text -> translation, and its plural rule."""

    texts: Mapping[str, Translation] = field(default_factory=dict)
    singular_counts: frozenset[int] = ENGLISH_SINGULAR


_data_root: Path | None = None
_read: Callable[[Path], Document] = read_document
_tables: dict[str, Phrases] = {}


def N_(english: str) -> str:
    """Marks `english` as a phrase translated where it is shown; returns it unchanged."""
    return english


def use_data_root(path: Path | None,
                  read: Callable[[Path], Document] = read_document) -> None:
    """Reads the languages' phrases from `path`/lang/<code>/ from now on (None: the shipped
    data folder), with `read` (at start-up: through the document cache, so no YAML is
    parsed when the file has not changed). Start-up and tests call it."""
    global _data_root, _read
    _data_root, _read = path, read
    _tables.clear()


def data_root() -> Path:
    """The shipped `data/` folder: the one given to use_data_root(), else found as
    stretchdesk/paths.py finds it (a bundle, an installed wheel, a source checkout)."""
    if _data_root is not None:
        return _data_root
    package = Path(__file__).resolve().parent.parent
    bundle = getattr(sys, "_MEIPASS", None)
    candidates = [*([Path(bundle) / "data"] if bundle else []),
                  package / "_data", package.parent / "data"]
    return next((c for c in candidates if c.is_dir()), candidates[-1])


def t(english: str, /, **fields: object) -> str:
    """`english` in the run's language, with `fields` put in ("{name}" -> name=...)."""
    found = table(language.current()).texts.get(english)
    template = found if isinstance(found, str) else english
    return template.format(**fields) if fields else template


def tn(one: str, other: str, n: int, /, **fields: object) -> str:
    """The form of a phrase that fits the count `n`, which is also put in as {n}.

    `one` and `other` are the English singular and plural ("{n} second", "{n} seconds").
    """
    phrases = table(language.current())
    found = phrases.texts.get(one)
    if isinstance(found, Mapping):
        template = found["one"] if n in phrases.singular_counts else found["other"]
    else:  # no translation: English, with English's rule
        template = one if n in ENGLISH_SINGULAR else other
    return template.format(n=n, **fields)


def table(code: str) -> Phrases:
    """The phrases of language `code` (none for English, or without a file)."""
    if code == language.ENGLISH:
        return Phrases()
    if code not in _tables:
        path = language.language_dir(data_root(), code) / PHRASES_FILE
        # While the file is read, its own problems are said in English (reading it may
        # need a phrase, and must not read it again).
        _tables[code] = Phrases()
        try:
            _tables[code] = load_phrases(path, _read)
        except BaseException:
            del _tables[code]
            raise
    return _tables[code]


def load_phrases(path: Path, read: Callable[[Path], Document] = read_document) -> Phrases:
    """The phrases in `path` (none when there is no such file), read with `read`.

    Raises LibraryError when the file is not a mapping of English text to a text or to a
    {one: ..., other: ...} pair, or its singular counts are not a list of whole numbers:
    a shipped file that is wrong is a fault to fix.
    """
    if not path.is_file():
        return Phrases()
    doc = read(path)
    value = doc.value
    if value is None:
        return Phrases()
    if not isinstance(value, dict):
        raise LibraryError(str(path), doc.line_of(()), "",
                           "the file should map English texts to translations")
    singular = value.get(SINGULAR_COUNTS, [1])
    if not (isinstance(singular, list)
            and all(isinstance(n, int) and not isinstance(n, bool) for n in singular)):
        raise LibraryError(str(path), doc.line_of((SINGULAR_COUNTS,)), SINGULAR_COUNTS,
                           "should list the counts that take the singular, e.g. [0, 1]")
    phrases: dict[str, Translation] = {}
    for english, translated in value.items():
        if english == SINGULAR_COUNTS:
            continue
        if isinstance(english, str) and isinstance(translated, str):
            phrases[english] = translated
        elif (isinstance(english, str) and isinstance(translated, dict)
              and set(translated) == {"one", "other"}
              and all(isinstance(v, str) for v in translated.values())):
            phrases[english] = {"one": translated["one"], "other": translated["other"]}
        else:
            raise LibraryError(str(path), doc.line_of((english,)), str(english),
                               "each entry should be a text, or {one: text, other: text}")
    return Phrases(phrases, frozenset(singular))
