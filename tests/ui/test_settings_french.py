"""Settings, the tray and reminders in French (issue 19): every page, the tray menu, a
reminder's notification, the words about the desktop and the autostart entry.

French comes from translations/settings_fr.ts, compiled to .qm (`make` does it; the
`french` fixture compiles it when it is missing or older than the .ts file).
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stretchdesk.core.display_choice import DesktopAsks
from stretchdesk.core.model import Level, Library
from stretchdesk.core.reminders.scheduler import Reminder, ReminderKind
from stretchdesk.core.reminders.settings import WEEKDAYS, RoutineReminder, Weekday
from stretchdesk.core.settings import Settings
from stretchdesk.desktop.autostart import AutostartError, entry_text, write_autostart
from stretchdesk.desktop.reminder_notifier import ReminderWords, reminder_text
from stretchdesk.desktop.tray_icon import TrayIcon
from stretchdesk.desktop.tray_menu import RoutineEntry, tray_menu
from stretchdesk.ui.level_selector import LevelSelector
from stretchdesk.ui.reminder_desktop import ReminderDesktop
from stretchdesk.ui.routine_reminder_list import missing_routine, reminder_line
from stretchdesk.ui.settings_dialog import SettingsDialog
from stretchdesk.ui.settings_display_page import desktop_words
from stretchdesk.ui.settings_page import name_order
from stretchdesk.ui.translation import install_translators
from tests.core.factory import make_library
from tests.core.reminder_clocks import paris

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "translations" / "settings_fr.ts"
NB = "\u00a0"  # no-break space, before a colon
NNB = "\u202f"  # narrow no-break space, before ; ? ! and %
SIZES = [QSize(1280, 800), QSize(800, 600)]
SETTINGS_SIZE = QSize(820, 640)  # the dialog's own size where the screen has room


def english_with_french() -> set[str]:
    """Every English text of the area whose French differs (what must not be seen)."""
    found = set()
    for message in ET.parse(SOURCE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        french = "" if translation is None else "".join(translation.itertext()).strip()
        if french and french != source:
            found.add(source.replace("&", ""))
    return found



@pytest.fixture
def library(tmp_path: Path) -> Library:
    return make_library(tmp_path / "data")


def shown_texts(root: QWidget) -> list[str]:
    """Every text a person can see or hear from `root`'s widgets (mnemonics taken out)."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
            texts.append(widget.placeholderText())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QAbstractSpinBox):
            texts.append(widget.specialValueText())
    return [t.replace("&", "") for t in texts if t]


def test_every_settings_page_is_in_french(french: None, qtbot: QtBot, library: Library) -> None:
    dialog = SettingsDialog(Settings(), library, ("French (France)", "English (America)"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Paramètres"
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "&Maintiens", "&Déroulement", "&Son", "&Affichage", "&Rappels", "&Historique"]
    assert dialog.restore.text() == "Valeurs par dé&faut"
    assert dialog.close_button.text() == "Fermer"
    # A few lines of every page, formatted ones included.
    assert dialog.holds.level.currentText() == "Intermédiaire"
    assert dialog.holds.follow_level.text() == "Suivre &le niveau"
    assert dialog.holds.level_hint.text().startswith("Maintiens de ")
    assert "fois par côté" in dialog.holds.level_hint.text()
    row = next(iter(dialog.holds.table.rows.values()))
    assert row.reset.text() == "Rétablir"
    assert row.hold.accessibleName().startswith("Maintien pour ")
    assert dialog.timing.phases["prepare_seconds"].specialValueText() == "Aucune"
    assert dialog.timing.side_order.itemText(1) == (
        "Alterner les côtés à chaque répétition (G D G D)")
    assert dialog.sound.cues["halfway_cue"].text() == (
        f"Signal à m&i-parcours dans les maintiens de 20{NB}s ou plus")
    assert dialog.sound.rate_text.text() == "Vitesse normale"
    assert dialog.sound.volume_text.text().endswith(f"{NNB}%")
    assert dialog.sound.voice.itemText(0) == "Voix par défaut du système"
    assert dialog.display.theme.itemText(0) == "Suivre le système"
    assert dialog.display.sample.text() == "Tenez · 0:30"
    assert dialog.display.text_scale.text() == f"100{NNB}%"
    assert dialog.timing.phases["rest_seconds"].suffix() == f"{NB}s"
    assert dialog.reminders.desk_enabled.text() == "Me rappeler de faire une &pause loin de l’écran"
    assert dialog.reminders.routines.add.text() == "Ajouter u&n rappel"
    assert dialog.history.weekly_goal.specialValueText() == "Aucun objectif"
    assert dialog.history.rest_days[next(iter(dialog.history.rest_days))].text() == "Lun."
    # And no English text of the area is left anywhere.
    english = english_with_french()
    left = sorted({text for text in shown_texts(dialog) if text in english})
    assert left == []


def test_the_restore_question_is_french(french: None) -> None:
    seen: list[tuple[str, str, set[str]]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.windowTitle(), box.text(), {b.text() for b in box.buttons()}))
        box.reject()

    QTimer.singleShot(0, answer)
    assert SettingsDialog.ask(None) is False
    assert seen == [(
        "Rétablir les valeurs par défaut",
        "Remettre chaque réglage tel qu’au premier démarrage de StretchDesk, y compris vos "
        f"propres maintiens pour certains étirements{NNB}? Vos rappels sont conservés.",
        {"Restaurer les valeurs par défaut", "Annuler"})]


def test_english_is_still_english(qapp: QApplication, qtbot: QtBot, library: Library) -> None:
    install_translators(qapp, "en")
    dialog = SettingsDialog(Settings(), library, ())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    assert dialog.tabs.tabText(0) == "&Holds"
    assert dialog.sound.rate_text.text() == "Normal speed"
    assert dialog.sound.volume_text.text() == "80 %"
    assert dialog.display.text_scale.text() == "100 %"


def test_the_speaking_rate_is_worded_whole_in_french(french: None, qtbot: QtBot,
                                                      library: Library) -> None:
    dialog = SettingsDialog(Settings(), library, ())
    qtbot.addWidget(dialog)
    words = set()
    for value in range(dialog.sound.rate.minimum(), dialog.sound.rate.maximum() + 1):
        dialog.sound.rate.setValue(value)
        words.add(dialog.sound.rate_text.text())
    assert words == {"Le plus lent", "Beaucoup plus lent", "Plus lent", "Un peu plus lent",
                     "Vitesse normale", "Un peu plus rapide", "Plus rapide",
                     "Beaucoup plus rapide", "Le plus rapide"}


def test_the_desktop_line_is_in_french(french: None) -> None:
    assert desktop_words(DesktopAsks()) == (
        f"Votre bureau — contraste{NB}: non précisé{NNB}; animations{NB}: non précisé.")
    asks = DesktopAsks(high_contrast=True, reduced_motion=True, text_factor=1.25)
    assert desktop_words(asks) == (
        f"Votre bureau — contraste{NB}: élevé{NNB}; animations{NB}: réduites{NNB}; "
        f"texte{NB}: 125{NNB}% de la taille habituelle (suivi).")


def test_the_tray_menu_is_in_french(french: None, qtbot: QtBot) -> None:
    tray = TrayIcon(QIcon())
    routines = [RoutineEntry(f"r{n}", f"Routine {n}") for n in range(7)]
    now = paris(2026, 11, 2, 13, 5)
    tray.show_menu(tray_menu(routines, today_minutes=12, reminders_on=True), now=now)
    texts = [a.text() for a in tray.actions() if not a.isSeparator()]
    assert texts[5:] == [
        "Autres routines", "Ouvrir StretchDesk", f"Aujourd’hui{NB}: 12{NB}min d’étirement",
        "Suspendre les rappels", "Paramètres…", "Quitter StretchDesk",
        "Routine 5", "Routine 6", "Pendant 1 heure", "Jusqu’à demain"]
    tray.show_menu(tray_menu(routines[:1], today_minutes=0, reminders_on=True,
                             paused_until=paris(2026, 11, 2, 14, 5)), now=now)
    texts = [a.text() for a in tray.actions() if not a.isSeparator()]
    assert texts[1:5] == ["Ouvrir StretchDesk", f"Aujourd’hui{NB}: pas encore d’étirement",
                          "Rappels suspendus jusqu’à 14:05", "Reprendre les rappels"]


def test_a_reminder_notification_is_in_french(french: None) -> None:
    desk = Reminder(ReminderKind.DESK_BREAK, "desk", "desk-break")
    assert reminder_text(desk, "Pause au bureau", 50) == (
        "C’est l’heure d’une pause",
        f"Vous êtes devant l’ordinateur depuis 50 minutes. Étirez-vous avec «{NB}Pause au "
        f"bureau{NB}».")
    assert reminder_text(desk, "Pause", 1)[1].startswith(
        "Vous êtes devant l’ordinateur depuis 1 minute.")
    late = Reminder(ReminderKind.ROUTINE, "morning", "morning-stiffness",
                    planned=datetime(2026, 11, 2, 7, 30), late=True)
    assert reminder_text(late, "Raideurs du matin") == (
        "C’est l’heure de s’étirer",
        f"La routine «{NB}Raideurs du matin{NB}» était prévue à 07:30.")
    assert [label for _key, label in ReminderWords().actions()] == [
        "Commencer", "Commencer", "Reporter de 10 minutes", "Pas aujourd’hui"]


def test_the_reminders_page_says_what_the_desktop_offers_in_french(french: None) -> None:
    gnome = ReminderDesktop(tray=False, idle="GNOME's IdleMonitor", shown_as="notification")
    assert gnome.idle_words == (
        "Le temps passé loin du clavier et de la souris est fourni par l’IdleMonitor de GNOME.")
    assert gnome.shown_words.startswith("Un rappel est une notification du bureau")
    assert gnome.tray_words.startswith(f"Ce bureau n’a pas de zone de notification{NB}:")
    assert ReminderDesktop(tray=True, idle="", shown_as="").idle_words.startswith(
        "Le bureau n’indique pas")


def test_a_routine_reminder_reads_as_a_french_sentence(french: None) -> None:
    from stretchdesk.core import language

    language.set_current("fr")  # the days come from the phrasebook
    try:
        weekdays = RoutineReminder("morning", time(7, 30), WEEKDAYS)
        assert reminder_line(weekdays, "Raideurs du matin") == (
            "Raideurs du matin à 07:30 en semaine")
        two = RoutineReminder("morning", time(22, 0),
                              frozenset({Weekday.MONDAY, Weekday.WEDNESDAY}))
        assert reminder_line(two, "Avant le coucher") == "Avant le coucher à 22:00 les lun. et mer."
        assert missing_routine("gone") == "gone (introuvable)"
    finally:
        language.set_current(language.ENGLISH)


def test_the_level_buttons_are_french_with_their_own_keys(french: None, qtbot: QtBot) -> None:
    selector = LevelSelector()
    qtbot.addWidget(selector)
    assert selector.caption.text() == f"Niveau{NB}:"
    assert selector.buttons[Level.BEGINNER].text() == "&Débutant"
    assert selector.buttons[Level.BEGINNER].toolTip() == (
        "Durées de maintien du niveau débutant (Alt+D)")
    assert selector.buttons[Level.ADVANCED].toolTip() == (
        "Durées de maintien du niveau avancé (Alt+A)")


def test_the_autostart_entry_and_its_problems_are_french(french: None, tmp_path: Path) -> None:
    text = entry_text(["stretchdesk", "--tray"])
    assert "Comment=Stretching reminders, waiting in the tray\n" in text
    assert "Comment[fr]=Rappels d’étirement, en attente dans la zone de notification\n" in text
    theirs = tmp_path / "autostart" / "stretchdesk.desktop"
    theirs.parent.mkdir()
    theirs.write_text("[Desktop Entry]\nName=Mine\n")
    with pytest.raises(AutostartError, match="n’a pas été écrit par StretchDesk"):
        write_autostart(["stretchdesk"], {"XDG_CONFIG_HOME": str(tmp_path)})


def test_the_english_autostart_entry_has_no_other_comment(qapp: QApplication) -> None:
    install_translators(qapp, "en")
    assert "Comment[" not in entry_text(["stretchdesk", "--tray"])


def test_french_names_sort_with_their_accents_aside(french: None) -> None:
    order = name_order()
    assert sorted(["Torsion", "Étirement du psoas", "Extension", "chat"], key=order) == [
        "chat", "Étirement du psoas", "Extension", "Torsion"]


# -- the keyboard in French ----------------------------------------------------------------


def access_key(text: str) -> str | None:
    found = re.search(r"&(.)", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_every_french_page_has_its_own_access_keys(french: None, qtbot: QtBot,
                                                   library: Library) -> None:
    dialog = SettingsDialog(Settings(), library, ("French (France)",))
    qtbot.addWidget(dialog)
    shared = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    shared += [dialog.restore.text(), dialog.close_button.text()]
    for index in range(dialog.tabs.count()):
        page = dialog.tabs.widget(index)
        texts = shared + [w.text() for w in page.findChildren(QAbstractButton)]
        texts += [w.text() for w in page.findChildren(QLabel)]
        keys = Counter(k for k in map(access_key, texts) if k)
        assert [k for k, n in keys.items() if n > 1] == [], dialog.tabs.tabText(index)


def test_french_access_keys_reach_the_pages_and_controls(french: None, qtbot: QtBot,
                                                         library: Library) -> None:
    dialog = SettingsDialog(Settings(), library, ("French (France)",))
    qtbot.addWidget(dialog)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.AltModifier,
              ) -> None:
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClick(target, key, modifier)

    press(Qt.Key.Key_S)  # &Son
    assert dialog.tabs.currentWidget() is dialog.sound
    press(Qt.Key.Key_U)  # Vol&ume
    assert QApplication.focusWidget() is dialog.sound.volume
    press(Qt.Key.Key_D)  # &Déroulement
    press(Qt.Key.Key_E)  # Repos &entre les étirements
    assert QApplication.focusWidget() is dialog.timing.phases["rest_seconds"]
    press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier)
    assert emitted[-1].rest_seconds == 0
    assert dialog.timing.phases["rest_seconds"].text() == "Aucune"
    press(Qt.Key.Key_A)  # &Affichage
    press(Qt.Key.Key_X)  # Taille du te&xte
    assert QApplication.focusWidget() is dialog.display.text_scale


# -- screenshots, for a person to look at ---------------------------------------------------


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_french_settings_pages_fit(french: None, qtbot: QtBot, library: Library,
                                   size: QSize) -> None:
    """Every page at the dialog's size on this screen: no label narrower than its text,
    no button narrower than its label. With STRETCHDESK_KEEP_SCREENSHOTS set to a folder,
    each page is saved there as a picture."""
    dialog = SettingsDialog(Settings(), library, ("French (France)", "English (America)"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(min(size.width(), SETTINGS_SIZE.width()),
                  min(size.height(), SETTINGS_SIZE.height()))
    QApplication.processEvents()
    assert dialog.width() <= size.width() and dialog.height() <= size.height()
    keep = os.environ.get("STRETCHDESK_KEEP_SCREENSHOTS")
    problems: list[str] = []
    for page in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(page)
        QApplication.processEvents()
        widget = dialog.tabs.widget(page)
        for label in widget.findChildren(QLabel):
            if label.isVisibleTo(dialog) and label.text() and not label.wordWrap() and (
                    label.minimumSizeHint().width() > label.width()):
                problems.append(f"label {label.text()!r} is cut off")
        for button in widget.findChildren(QAbstractButton):
            if button.isVisibleTo(dialog) and button.text() and (
                    button.sizeHint().width() > button.width()):
                problems.append(f"button {button.text()!r} is cut off")
        for spin in widget.findChildren(QSpinBox):
            if spin.isVisibleTo(dialog) and spin.sizeHint().width() > spin.width():
                problems.append(f"spin box {spin.accessibleName()!r} is too narrow")
        if keep:
            Path(keep).mkdir(parents=True, exist_ok=True)
            name = f"settings-fr-{size.width()}x{size.height()}-{page}.png"
            dialog.grab().save(str(Path(keep) / name))
    assert QLocale().language() is QLocale.Language.French
    assert problems == []
