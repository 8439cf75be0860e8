"""NextTip: while resting, the one key tip of the stretch that comes next.

It shows only in the Rest phase, as one line under "Next up" (its type shrinks a little
to stay on one line); in every other phase it is hidden and takes no room. It never
takes the steps' room: when the steps of the next stretch no longer fit with the tip
on screen (very large text), the tip gives way for that rest.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from stretchdesk.core.model import Stretch
from stretchdesk.core.stretch_guide import key_tip
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.phase_style import colour
from stretchdesk.ui.step_list import StepList
from stretchdesk.ui.type_scale import MIN_PIXELS, Role, fitting_pixels, pixel_size, sized_font

SIZE = 0.85  # of the steps' size: the tip is read once, the steps are followed
SHRINK = 0.7  # to stay on one line the type may shrink to this share, then it wraps
CHECK_ROOM = QEvent.Type(QEvent.registerEventType())  # after the layout made room for it


class NextTip(QLabel):
    """The next stretch's key tip, in the Rest phase only; plain text from the data."""

    def __init__(self, steps: StepList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextTip")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        tint = colour(PhaseKind.REST)
        self.setStyleSheet(
            f"#nextTip {{ background: rgba({tint.red()}, {tint.green()}, {tint.blue()}, 36);"
            f" border-left: 5px solid {tint.name()}; border-radius: 4px; }}")
        self._steps = steps
        self._wanted = MIN_PIXELS
        self.tip = ""
        self.hide()

    def show_for(self, kind: PhaseKind, stretch: Stretch) -> None:
        """Shows `stretch`'s key tip when `kind` is REST (the stretch is the next one)."""
        tip = key_tip(stretch) if kind is PhaseKind.REST else ""
        if tip != self.tip:
            self.tip = tip
            self.setText(self.tr("Tip: {tip}   (I: more)").format(tip=tip) if tip else "")
            self._fit()
        self.setVisible(bool(tip))
        if tip:
            QCoreApplication.postEvent(self, QEvent(CHECK_ROOM))

    def set_base(self, base: float, text_scale: float = 1.0) -> None:
        """Sizes the text a little under the session's steps, which it must not crowd."""
        self._wanted = max(MIN_PIXELS, round(pixel_size(Role.STEPS, base, text_scale) * SIZE))
        self.setMargin(max(4, round(self._wanted * 0.35)))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        if event.size().width() != event.oldSize().width():
            self._fit()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == CHECK_ROOM:
            if self.isVisible() and not self._steps.fits:
                self.hide()  # the steps come first
            return True
        return super().event(event)

    def _fit(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        pixels = fitting_pixels(sized_font(self.font(), self._wanted), [self.text()], room,
                                self._wanted, max(MIN_PIXELS, round(self._wanted * SHRINK)))
        if pixels != self.font().pixelSize():
            self.setFont(sized_font(self.font(), pixels))
