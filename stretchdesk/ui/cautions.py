"""The dialog that shows a routine's cautions before it starts (core.cautions picks them)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.cautions import CautionAnswer

BODY_WIDTH = 660


class CautionsDialog(QDialog):
    """Lists a routine's cautions before it starts; Enter starts, Esc goes back."""

    def __init__(self, routine_name: str, groups: list[tuple[str, list[str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Before you start: {routine_name}")
        heading = QLabel(f"<h2>Before you start: {escape(routine_name)}</h2>", self)
        # Paragraphs with a hanging indent rather than <ul>: QLabel measures the height
        # of wrapped list items short, and the last ones were cut off.
        item = '<p style="margin: 0 0 4px 22px; text-indent: -16px;">•&nbsp;&nbsp;{}</p>'
        html = "".join(
            f'<p style="margin: 10px 0 4px 0;"><b>{escape(title)}</b></p>'
            + "".join(item.format(escape(caution)) for caution in cautions)
            for title, cautions in groups)
        body = QLabel(html, self)
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)
        # A fixed width lets the dialog work out the wrapped text's height before showing.
        body.setFixedWidth(BODY_WIDTH)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = body
        # A long list scrolls rather than being cut off where the dialog meets the screen.
        self.body_scroll = QScrollArea(self)
        self.body_scroll.setAccessibleName("Cautions")
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setWidget(body)
        self.hide_box = QCheckBox("Don't show these again for this routine", self)
        buttons = QDialogButtonBox(self)
        start = buttons.addButton("Start", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton("Not now", QDialogButtonBox.ButtonRole.RejectRole)
        start.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(self.body_scroll)
        column.addSpacing(8)
        column.addWidget(self.hide_box)
        column.addWidget(buttons)
        font = self.font()
        font.setPixelSize(max(16, font.pixelSize()))
        self.setFont(font)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Show the whole list when the screen has room for it, else as much as fits."""
        self.body.setFixedHeight(self.body.heightForWidth(BODY_WIDTH))
        bar = self.body_scroll.verticalScrollBar().sizeHint().width()
        self.body_scroll.setFixedWidth(BODY_WIDTH + bar)
        screen = self.screen()
        room = screen.availableGeometry().height() if screen is not None else 600
        self.body_scroll.setMinimumHeight(0)
        rest = self.sizeHint().height() - self.body_scroll.sizeHint().height()
        self.body_scroll.setMinimumHeight(max(120, min(self.body.height(), room - rest - 60)))


    @classmethod
    def ask(cls, parent: QWidget | None, routine_name: str,
            groups: list[tuple[str, list[str]]]) -> CautionAnswer:
        """Shows the dialog and waits for the answer (tests replace this method)."""
        dialog = cls(routine_name, groups, parent)
        start = dialog.exec() == QDialog.DialogCode.Accepted
        return CautionAnswer(start=start, hide_next_time=start and dialog.hide_box.isChecked())
