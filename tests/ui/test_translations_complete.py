"""Every interface translation is complete and up to date with the code (issue 19).

For each translations/<area>_<language>.ts: no entry is left unfinished, none is obsolete
or vanished, and running lupdate over the area's sources again (into a copy) finds the same
strings as the committed file, so no string in the code is missing from it and no string
in it has left the code. The fix for a failure here is `python -m tools.translations
update <language>`, then translating what it added (Qt Linguist, or the XML directly);
docs/translating.md says more.

While the areas are being translated (issue 19), this fails for the areas not done yet;
it is not marked xfail on purpose: it goes green when the last of them lands.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import translations

TS_FILES = sorted(translations.SOURCES.glob("*_*.ts"))
LUPDATE_TIMEOUT = 120

Entry = tuple[str, str, str]  # context, source text, disambiguation comment


def entries(ts: Path) -> dict[Entry, ET.Element]:
    """Every message of `ts` by its context, source and comment."""
    found: dict[Entry, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


def state(message: ET.Element) -> str:
    """The translation's type attribute: "" when finished, else unfinished/obsolete/vanished."""
    translation = message.find("translation")
    return "" if translation is None else translation.get("type", "")


def area_and_language(ts: Path) -> tuple[str, str]:
    area, language = ts.stem.rsplit("_", 1)
    return area, language


def test_there_are_translations_for_every_area() -> None:
    assert TS_FILES, "no translations/*.ts"
    languages = {area_and_language(ts)[1] for ts in TS_FILES}
    for language in languages:
        have = {area_and_language(ts)[0] for ts in TS_FILES if ts.stem.endswith(f"_{language}")}
        assert have == set(translations.areas()), (
            f"{language}: run `python -m tools.translations update {language}`")


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_entry_is_unfinished_or_obsolete(ts: Path) -> None:
    left = [f"{context}: {source!r} ({kind})"
            for (context, source, _), message in entries(ts).items()
            if (kind := state(message)) in ("unfinished", "obsolete", "vanished")]
    assert not left, f"{ts.name} has {len(left)} entries to translate or remove:\n" + "\n".join(
        left[:40])


def test_numerus_entries_have_a_singular_and_a_plural() -> None:
    for ts in TS_FILES:
        for (context, source, _), message in entries(ts).items():
            if message.get("numerus") == "yes" and not state(message):
                forms = message.findall("translation/numerusform")
                assert len(forms) == 2 and all((f.text or "").strip() for f in forms), (
                    f"{ts.name} {context}: {source!r} needs two plural forms (one, other)")


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_file_holds_exactly_the_strings_of_its_sources(ts: Path, tmp_path: Path) -> None:
    area, language = area_and_language(ts)
    copy = tmp_path / ts.name
    shutil.copy2(ts, copy)
    files = [str(f.relative_to(translations.REPO)) for f in translations.area_files(area)]
    subprocess.run(
        [str(translations.TOOLS / "pyside6-lupdate"), *files, "-no-obsolete", "-locations",
         "none", "-target-language", language, "-ts", str(copy)],
        cwd=translations.REPO, check=True, capture_output=True, timeout=LUPDATE_TIMEOUT)
    committed, current = set(entries(ts)), set(entries(copy))
    missing = sorted(current - committed)
    gone = sorted(committed - current)
    assert not missing and not gone, (
        f"{ts.name} is out of date with the code: run `python -m tools.translations update "
        f"{language}`, translate, and commit {ts.name}.\n"
        f"In the code but not in the file: {missing[:20]}\n"
        f"In the file but no longer in the code: {gone[:20]}")
