"""Puts the interface into the language of the run: Qt translators and the default locale.

The app's strings go through Qt's translation (self.tr / QCoreApplication.translate);
their French (or other) forms come from stretchdesk/translations/<area>_<lang>.qm, built
from translations/*.ts by `make`. Qt's own strings (standard buttons, dialogs) come from
Qt's qtbase_<lang>.qm. QLocale's default follows, so numbers and dates read as the
language writes them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

COMPILED = Path(__file__).resolve().parent.parent / "translations"

_installed: list[QTranslator] = []


def qm_files(language: str, folder: Path = COMPILED) -> list[Path]:
    """The app's compiled translations for `language`."""
    return sorted(folder.glob(f"*_{language}.qm")) if folder.is_dir() else []


def run_locale(language: str) -> QLocale:
    """The locale numbers and dates follow: the system's when it is in `language` (so
    en_GB keeps its dates and fr_CA its own ways), else the language's own (en_US, fr_FR)."""
    system = QLocale.system()
    return system if system.language() == QLocale(language).language() else QLocale(language)


def install_translators(app: QCoreApplication, language: str) -> int:
    """Installs the app's and Qt's translators for `language` (none for English), after
    removing any installed before; sets QLocale's default. The number of files loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(run_locale(language))
    if language == "en":
        return 0
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [*qm_files(language), Path(qt_folder) / f"qtbase_{language}.qm"]
    for path in candidates:
        translator = QTranslator(app)
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    return len(_installed)
