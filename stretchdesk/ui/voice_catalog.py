"""The speech engine's voices sorted for choosing: the person's language first, each
language's variants kept under it (espeak-ng names them "English (America)+Diogo").

Qt-free: the names come in as strings, the language as its English name ("English").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

VARIANT_MARK = "+"


def split_voice(name: str) -> tuple[str, str]:
    """("English (America)", "Diogo") for "English (America)+Diogo"; ("Deutsch", "") for
    a name without a variant."""
    base, mark, variant = name.partition(VARIANT_MARK)
    return (base.strip(), variant.strip()) if mark and base.strip() else (name, "")


def join_voice(base: str, variant: str) -> str:
    """The engine's name for `variant` of `base` (just `base` without a variant)."""
    return f"{base}{VARIANT_MARK}{variant}" if variant else base


@dataclass(frozen=True)
class VoiceGroup:
    """One voice and its variants; `plain` is whether the voice exists without a variant."""

    base: str
    variants: tuple[str, ...]
    plain: bool
    own_language: bool

    def matches(self, query: str) -> bool:
        """Whether `query` (any case) is part of the voice's name or of a variant's."""
        query = query.casefold().strip()
        return not query or query in self.base.casefold() or bool(self.variants_matching(query))

    def variants_matching(self, query: str) -> tuple[str, ...]:
        """The variants whose names hold `query` (all of them when the voice's own name
        does, or the query is empty)."""
        query = query.casefold().strip()
        if not query or query in self.base.casefold():
            return self.variants
        return tuple(v for v in self.variants if query in v.casefold())


def speaks(base: str, language: str) -> bool:
    """Whether voice `base` is for `language` ("English (Great Britain)" for "English")."""
    word = language.casefold()
    name = base.casefold()
    return bool(word) and (name == word or name.startswith((word + " ", word + "(")))


def group_voices(names: Iterable[str], language: str) -> tuple[VoiceGroup, ...]:
    """Every voice once with its variants: those for `language` first, then the rest,
    each part in alphabetical order."""
    variants: dict[str, list[str]] = {}
    plain: set[str] = set()
    for name in names:
        base, variant = split_voice(name)
        found = variants.setdefault(base, [])
        if variant:
            found.append(variant)
        else:
            plain.add(base)
    groups = (VoiceGroup(base, tuple(sorted(set(found), key=str.casefold)), base in plain,
                         speaks(base, language))
              for base, found in variants.items())
    return tuple(sorted(groups, key=lambda g: (not g.own_language, g.base.casefold())))
