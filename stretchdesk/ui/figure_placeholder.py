"""FigurePlaceholder: stands in for FigureView where the illustrations are not available."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class FigurePlaceholder(QWidget):
    """Keeps the illustration's place in the layout and names the pose it would show.

    Same methods as FigureView: show_pose(stretch_id, pose, mirrored, animate), set_dark,
    set_reduced_motion (it never moves anyway).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.stretch_id = ""
        self.pose = ""
        self.mirrored = False
        self._dark = False

    def show_pose(self, stretch_id: str, pose: str, mirrored: bool = False,
                  animate: bool = True) -> None:
        """Would show `pose` of `stretch_id`; here it only notes it."""
        if (stretch_id, pose, mirrored) != (self.stretch_id, self.pose, self.mirrored):
            self.stretch_id, self.pose, self.mirrored = stretch_id, pose, mirrored
            self.update()

    def set_reduced_motion(self, reduced: bool) -> None:
        """Nothing moves here: kept so it stands in for FigureView in every way."""

    def set_dark(self, dark: bool) -> None:
        """Draws for a dark background."""
        self._dark = dark
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 120)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = QColor("#c8ced6" if not self._dark else "#4a525c")
        painter.setPen(QPen(line, 2, Qt.PenStyle.DashLine))
        box = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        painter.drawRoundedRect(box, 12, 12)
        font = QFont(self.font())
        font.setPixelSize(max(12, round(min(box.width(), box.height()) * 0.06)))
        painter.setFont(font)
        painter.setPen(line.darker(150) if not self._dark else line.lighter(160))
        name = self.stretch_id.replace("-", " ")
        pose = (self.tr("{pose} pose (mirrored)") if self.mirrored else
                self.tr("{pose} pose")).format(pose=self.pose)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                         f"{name}\n{pose}" if name else "")
        painter.end()
