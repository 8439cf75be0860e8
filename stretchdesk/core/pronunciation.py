"""How a language's voice should say words it would otherwise misread.

Some voices read a common word of their language as if it were English: espeak-ng's
French voice says « dos » (back) as the English "DOS". A language may ship
`data/lang/<code>/pronunciation.yaml`, a mapping of whole words to the spelling that
makes its voice say them right; the speech layer applies it to each spoken line (never
to captions, which keep the real words). Files only: a language needs no code for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path

from stretchdesk.core import language, phrasebook
from stretchdesk.core.errors import LibraryError
from stretchdesk.core.phrasebook import t
from stretchdesk.core.yaml_source import Document, read_document

PRONUNCIATION_FILE = "pronunciation.yaml"

_respellings: dict[str, tuple[re.Pattern[str] | None, dict[str, str]]] = {}


def load_respellings(path: Path,
                     read: Callable[[Path], Document] = read_document) -> dict[str, str]:
    """Word -> spoken spelling from `path` (empty when there is no such file).

    Raises LibraryError naming the file, line and word when an entry is not a word
    mapped to a text.
    """
    if not path.is_file():
        return {}
    doc = read(path)
    if doc.value is None:
        return {}
    if not isinstance(doc.value, Mapping):
        raise LibraryError(str(path), doc.line_of(()), "",
                           t("the file should map words to how the voice should say them"))
    words: dict[str, str] = {}
    for word, said in doc.value.items():
        if not (isinstance(word, str) and isinstance(said, str) and word.strip()
                and said.strip()):
            raise LibraryError(str(path), doc.line_of((word,)), str(word),
                               t("each entry should be a word mapped to a text"))
        words[word.lower()] = said
    return words


def _table(code: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    if code not in _respellings:
        path = language.language_dir(phrasebook.data_root(), code) / PRONUNCIATION_FILE
        words = load_respellings(path)
        pattern = (re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b",
                              re.IGNORECASE) if words else None)
        _respellings[code] = (pattern, words)
    return _respellings[code]


def spoken_form(text: str, code: str | None = None) -> str:
    """`text` as the voice of language `code` (the run's, unless given) should read it."""
    code = code or language.current()
    if code == language.ENGLISH:
        return text
    pattern, words = _table(code)
    if pattern is None:
        return text
    return pattern.sub(lambda m: _same_case(m.group(0), words[m.group(0).lower()]), text)


def _same_case(original: str, said: str) -> str:
    return said[:1].upper() + said[1:] if original[:1].isupper() else said


def forget() -> None:
    """Reads the files again on next use (tests)."""
    _respellings.clear()
