"""NextTip: while resting, the one key tip of the stretch that comes next.

It shows only in the Rest phase, as one short line under "Next up"; in every other
phase it is hidden and takes no room, so the picture and the current steps keep theirs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from stretchdesk.core.model import Stretch
from stretchdesk.core.stretch_guide import key_tip
from stretchdesk.core.timeline import PhaseKind
from stretchdesk.ui.phase_style import colour
from stretchdesk.ui.type_scale import MIN_PIXELS, Role, pixel_size, sized_font

PREFIX = "Tip: "
MORE = "   (I: more)"


class NextTip(QLabel):
    """The next stretch's key tip, in the Rest phase only; plain text from the data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextTip")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        tint = colour(PhaseKind.REST)
        self.setStyleSheet(
            f"#nextTip {{ background: rgba({tint.red()}, {tint.green()}, {tint.blue()}, 36);"
            f" border-left: 5px solid {tint.name()}; border-radius: 4px; }}")
        self.tip = ""
        self.hide()

    def show_for(self, kind: PhaseKind, stretch: Stretch) -> None:
        """Shows `stretch`'s key tip when `kind` is REST (the stretch is the next one)."""
        tip = key_tip(stretch) if kind is PhaseKind.REST else ""
        if tip != self.tip:
            self.tip = tip
            self.setText(PREFIX + tip + MORE if tip else "")
        self.setVisible(bool(tip))

    def set_base(self, base: float, text_scale: float = 1.0) -> None:
        """Sizes the text a little under the session's steps, which it must not crowd."""
        pixels = max(MIN_PIXELS, round(pixel_size(Role.STEPS, base, text_scale) * 0.85))
        self.setFont(sized_font(self.font(), pixels))
        self.setMargin(max(4, round(pixels * 0.35)))
