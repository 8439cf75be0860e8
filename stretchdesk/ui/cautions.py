"""The dialog that shows a routine's cautions before it starts (core.cautions picks them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.cautions import CautionAnswer

WIDTH = 720  # wide enough for a caution on two or three lines, narrow enough to read
SCREEN_SHARE = 0.9  # the dialog takes at most this much of the screen's free area
BULLET = "•"

translate = QCoreApplication.translate


def _plain(text: str, parent: QWidget, wrap: bool = True) -> QLabel:
    """A label showing `text` as written (cautions come from data files, never markup)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CautionsDialog(QDialog):
    """Lists a routine's cautions before it starts; Enter starts, Esc goes back.

    The cautions scroll when they are taller than the screen allows; the heading, the
    "don't show again" box and the Start button stay in view whatever the length.
    """

    def __init__(self, routine_name: str, groups: list[tuple[str, list[str]]],
                 parent: QWidget | None = None, room: QSize | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CautionsDialog", "Before you start"))
        font = self.font()
        font.setPixelSize(max(16, font.pixelSize()))
        self.setFont(font)
        heading = _plain(translate("CautionsDialog", "Before you start: {routine}").format(
            routine=routine_name), self)
        heading.setObjectName("cautionsHeading")
        heading_font = self.font()
        heading_font.setPixelSize(round(font.pixelSize() * 1.4))
        heading_font.setBold(True)
        heading.setFont(heading_font)

        self.caution_labels: list[QLabel] = []
        body = self._body = QWidget()
        rows = QVBoxLayout(body)
        rows.setContentsMargins(0, 0, 8, 0)  # a little air before the scroll bar
        for number, (title, cautions) in enumerate(groups):
            if number:
                rows.addSpacing(10)
            group_label = _plain(title, body)
            group_label.setObjectName("cautionGroup")
            bold = QLabel().font()
            bold.setPixelSize(font.pixelSize())
            bold.setBold(True)
            group_label.setFont(bold)
            rows.addWidget(group_label)
            for caution in cautions:
                rows.addLayout(self._caution_row(caution, body))
        rows.addStretch(1)
        # Its height follows from its width (wrapped lines); the minimum a layout would
        # work out for wrapped labels is that of a narrow column, far too tall.
        body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("cautionsScroll")
        self.scroll_area.setAccessibleName(translate("CautionsDialog", "Cautions"))
        self.scroll_area.setWidget(body)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # The arrow and page keys scroll; Enter still reaches the Start button.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.more_hint = QLabel(translate(
            "CautionsDialog",
            "More below: scroll with the mouse wheel, the arrow keys or Page Down."), self)
        self.more_hint.setObjectName("moreCautions")
        self.more_hint.setWordWrap(True)
        hint_font = self.more_hint.font()
        hint_font.setItalic(True)  # a hint about the list, not a caution itself
        self.more_hint.setFont(hint_font)
        self.more_hint.hide()
        self.scroll_area.verticalScrollBar().rangeChanged.connect(
            lambda _low, high: self.more_hint.setVisible(high > 0))

        self.hide_box = QCheckBox(
            translate("CautionsDialog", "Don't show these again for this routine"), self)
        buttons = QDialogButtonBox(self)
        self.start_button = buttons.addButton(translate("CautionsDialog", "Start"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("CautionsDialog", "Not now"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = self._column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addSpacing(6)
        column.addWidget(self.scroll_area, 1)
        column.addWidget(self.more_hint)
        column.addSpacing(8)
        column.addWidget(self.hide_box)
        column.addWidget(buttons)
        self._fit(room)
        self.scroll_area.setFocus()

    def _caution_row(self, caution: str, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(6, 2, 0, 2)
        bullet = QLabel(BULLET, parent)
        bullet.setAlignment(Qt.AlignmentFlag.AlignTop)
        bullet.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        label = _plain(caution, parent)
        label.setObjectName("caution")
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.caution_labels.append(label)
        row.addWidget(bullet)
        row.addWidget(label, 1)
        return row

    def _fit(self, room: QSize | None) -> None:
        """As tall as the cautions need, but never more than the screen has room for."""
        if room is None:
            parent = self.parentWidget()
            screen = parent.screen() if parent is not None else self.screen()
            room = screen.availableGeometry().size()
        width = min(WIDTH, round(room.width() * SCREEN_SHARE))
        layout = self._column
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        body = self._body
        needed = body.heightForWidth(inner) if body.hasHeightForWidth() else (
            body.sizeHint().height())
        chrome = layout.totalSizeHint().height() - self.scroll_area.sizeHint().height()
        height = min(chrome + needed + 2, round(room.height() * SCREEN_SHARE))
        self.setMaximumSize(round(room.width() * SCREEN_SHARE),
                            round(room.height() * SCREEN_SHARE))
        self.resize(width, height)

    @classmethod
    def ask(cls, parent: QWidget | None, routine_name: str,
            groups: list[tuple[str, list[str]]]) -> CautionAnswer:
        """Shows the dialog and waits for the answer (tests replace this method)."""
        dialog = cls(routine_name, groups, parent)
        start = dialog.exec() == QDialog.DialogCode.Accepted
        return CautionAnswer(start=start, hide_next_time=start and dialog.hide_box.isChecked())
