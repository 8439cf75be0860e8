"""ProblemsPanel: the person's routine files that could not be used, and what is wrong."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.errors import LibraryError
from stretchdesk.ui.plain_text import plain_tooltip

translate = QCoreApplication.translate


class ElidedLabel(QLabel):
    """One line of plain text, shortened in the middle ("my-lo…tine.yaml") when narrow.

    The whole text stays in `full_text` and the tooltip.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full_text = text
        self.setToolTip(plain_tooltip(text))  # a file name may look like markup
        self._elide()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideMiddle, max(0, self.width())))


class EntriesScrollArea(QScrollArea):
    """A scroll area that asks for the height of all its (wrapped) content at a width, so
    the panel grows to show every entry and scrolls only past its maximum height."""

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        content = self.widget()
        if content is None:
            return super().heightForWidth(width)
        bar = self.verticalScrollBar().sizeHint().width()
        return content.heightForWidth(max(1, width - bar)) + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().lineSpacing() * 3)


def where_in_file(problem: LibraryError) -> str:
    """"Line 3, name: …": where in the file the problem is and what it is."""
    line = translate("ProblemsPanel", "Line {line}").format(line=problem.line)
    where = [line] if problem.line else []
    if problem.field:
        where.append(problem.field)
    if not where:
        return problem.message
    return translate("ProblemsPanel", "{where}: {problem}").format(where=", ".join(where),
                                                                   problem=problem.message)


class ProblemsPanel(QFrame):
    """Lists each unusable routine file by name (shortened in the middle when long, the
    full path in its tooltip) with what is wrong, word-wrapped; scrolls when there are
    many; "Open folder" shows the folder so the person can fix or remove the files.

    show_problems() can be called again at any time (the library was reloaded).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._problems: tuple[LibraryError, ...] = ()
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("problemsSummary")
        self.summary_label.setWordWrap(True)
        self.open_folder_button = QPushButton(translate("ProblemsPanel", "Open folder"), self)
        self.open_folder_button.setToolTip(
            translate("ProblemsPanel", "Show the folder of these files"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self._entries = QWidget()
        self._rows = QVBoxLayout(self._entries)
        self._rows.setContentsMargins(0, 0, 4, 0)
        self._entries.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.scroll_area = EntriesScrollArea(self)
        self.scroll_area.setAccessibleName(
            translate("ProblemsPanel", "Routine files that could not be used"))
        self.scroll_area.setWidget(self._entries)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = QHBoxLayout()
        header.addWidget(self.summary_label, 1)
        header.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.addLayout(header)
        column.addWidget(self.scroll_area, 1)
        self.hide()

    @property
    def problems(self) -> tuple[LibraryError, ...]:
        """What is listed."""
        return self._problems

    @property
    def folder(self) -> Path | None:
        """The folder holding the first unusable file (None when there is none)."""
        return Path(self._problems[0].file).parent if self._problems else None

    def file_labels(self) -> list[ElidedLabel]:
        """The file name shown for each problem, in order."""
        return self._entries.findChildren(ElidedLabel)

    def detail_labels(self) -> list[QLabel]:
        """What is wrong with each file, in order."""
        return [label for label in self._entries.findChildren(QLabel)
                if label.objectName() == "problemDetail"]

    def show_problems(self, problems: Sequence[LibraryError]) -> None:
        """Lists `problems` (the panel hides when there are none)."""
        problems = tuple(problems)
        if problems == self._problems:
            return
        self._problems = problems
        while self._rows.count():
            item = self._rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        count = len(problems)
        self.summary_label.setText(
            self.tr("⚠ %n of your routine files could not be used."
                    " The other routines are ready.", "", count) if count != 1
            else self.tr("⚠ %n of your routine file could not be used."
                         " The other routines are ready.", "", count))
        bold = QFont(self.font())
        bold.setBold(True)
        for problem in problems:
            name = ElidedLabel(Path(problem.file).name, self._entries)
            name.setToolTip(plain_tooltip(problem.file))
            name.setFont(bold)
            detail = QLabel(self._entries)
            detail.setObjectName("problemDetail")
            detail.setTextFormat(Qt.TextFormat.PlainText)
            detail.setText(where_in_file(problem))
            detail.setWordWrap(True)
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._rows.addWidget(name)
            self._rows.addWidget(detail)
            self._rows.addSpacing(6)
        self._rows.addStretch(1)
        self.setVisible(bool(problems))
        self.updateGeometry()

    def set_pixel_size(self, pixels: int) -> None:
        """Sets the panel's type size; the file names stay bold."""
        font = QFont(self.font())
        font.setPixelSize(pixels)
        self.setFont(font)
        bold = QFont(font)
        bold.setBold(True)
        for label in self.file_labels():
            label.setFont(bold)

    def open_folder(self) -> None:
        """Shows the folder of the unusable files in the file manager."""
        folder = self.folder
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
