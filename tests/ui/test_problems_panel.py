"""The picker's list of unusable routine files: readable, scrollable, never in the way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRect, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextDocument
from pytestqt.qtbot import QtBot

from stretchdesk import paths
from stretchdesk.controller.app_controller import AppController
from stretchdesk.controller.library_service import LibraryService
from stretchdesk.controller.settings_keeper import SettingsKeeper
from stretchdesk.core.library import Library, load_library
from stretchdesk.core.settings import Settings
from stretchdesk.core.settings_store import SettingsStore
from stretchdesk.ui.main_window import MainWindow
from tests.core.clock import FakeClock
from tests.ui.conftest import MakeWindow
from tests.ui.screen_checks import clipped_text, settle

LONG_NAME = "my-evening-routine-for-after-long-days-at-the-desk-version-{}.yaml"


def library_with_broken_files(folder: Path, count: int) -> Library:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.yaml").write_text(
        "id: my-evening\nname: My evening\npurpose: Mine.\nneeds: [floor]\n"
        "items:\n  - stretch: childs-pose\n", encoding="utf-8")
    for n in range(count):
        (folder / LONG_NAME.format(n)).write_text("id: broken\nname: [unclosed\n",
                                                  encoding="utf-8")
    return load_library(paths.data_dir(), [folder])


def deep_folder(tmp_path: Path) -> Path:
    return tmp_path / "a-long-folder-name-where-this-person-keeps-their-routines" / "routines"


def test_many_problems_scroll_and_leave_the_details_their_room(
    make_window: MakeWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window(1280, 800, lib=library_with_broken_files(deep_folder(tmp_path), 12))
    settle(qtbot, window)
    picker = window.picker
    panel = picker.problems_panel
    assert panel is not None and panel.isVisibleTo(window)
    assert len(panel.file_labels()) == 12
    assert panel.scroll_area.verticalScrollBar().maximum() > 0  # it scrolls ...
    assert panel.height() <= 0.5 * picker.height()  # ... rather than growing
    details = picker.details
    # The details column keeps the whole height beside the list and the panel.
    assert details.geometry().bottom() >= panel.geometry().bottom() - 20
    assert details.start_button.isVisibleTo(window)
    assert clipped_text(window) == []


def test_file_names_are_shortened_in_the_middle_not_wrapped(
    make_window: MakeWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    folder = deep_folder(tmp_path)
    window = make_window(800, 600, lib=library_with_broken_files(folder, 2))
    settle(qtbot, window)
    panel = window.picker.problems_panel
    assert panel is not None
    for n, label in enumerate(panel.file_labels()):
        assert not label.wordWrap()
        assert label.full_text == LONG_NAME.format(n)
        shown = label.text()
        assert shown.startswith("my-evening") and shown.endswith(".yaml") and "…" in shown
        assert label.fontMetrics().horizontalAdvance(shown) <= label.width()
        tip = QTextDocument()
        tip.setHtml(label.toolTip())  # marked up so that every character shows as written
        assert tip.toPlainText() == str(folder / LONG_NAME.format(n))  # the whole path
    for detail in panel.detail_labels():
        assert str(folder) not in detail.text()  # no path to break mid-word
        assert detail.text().startswith("Line ")


class FolderOpener(QObject):
    """Stands in for the file manager: QDesktopServices hands it the URL."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_open_folder_shows_the_folder_of_the_files(make_window: MakeWindow,
                                                   tmp_path: Path, qtbot: QtBot) -> None:
    folder = deep_folder(tmp_path)
    window = make_window(lib=library_with_broken_files(folder, 1))
    panel = window.picker.problems_panel
    assert panel is not None
    opener = FolderOpener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        qtbot.mouseClick(panel.open_folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opener.opened] == [str(folder)]


def test_the_panel_shows_problems_again_when_the_library_is_reloaded(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    folder = deep_folder(tmp_path)
    library_with_broken_files(folder, 2)
    service = LibraryService(lambda: load_library(paths.data_dir(), [folder]), folder)
    keeper = SettingsKeeper(SettingsStore(tmp_path / "config", lambda: 0.0))
    window = MainWindow(AppController(service, keeper, Settings(), clock=clock))
    qtbot.addWidget(window)
    window.show()
    panel = window.picker.problems_panel
    assert panel is not None and len(panel.file_labels()) == 2
    for path in folder.glob("my-evening-routine-*"):
        path.unlink()  # the person fixed things
    service.reload()  # as the folder watch does when the files change
    assert not panel.isVisibleTo(window)
    (folder / "new-mistake.yaml").write_text("id: [\n", encoding="utf-8")
    service.reload()
    settle(qtbot, window)
    assert panel.isVisibleTo(window)
    assert [label.full_text for label in panel.file_labels()] == ["new-mistake.yaml"]
    assert QRect(0, 0, window.width(), window.height()).contains(panel.geometry())
