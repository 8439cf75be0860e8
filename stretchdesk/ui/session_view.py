"""SessionView: the screen followed from the mat: illustration, phase, seconds, steps."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from stretchdesk.core.model import Side, Stretch
from stretchdesk.core.timeline import Phase, PhaseKind, Timeline
from stretchdesk.core.words import format_duration
from stretchdesk.ui.check_in_panel import CheckInPanel
from stretchdesk.ui.control_bar import ControlBar
from stretchdesk.ui.countdown_ring import CountdownRing
from stretchdesk.ui.next_tip import NextTip
from stretchdesk.ui.phase_banner import PhaseBanner
from stretchdesk.ui.phase_style import GETTING_READY, colour
from stretchdesk.ui.plain_text import show_plain
from stretchdesk.ui.pose_panel import PosePanel
from stretchdesk.ui.step_list import StepList, sections_for
from stretchdesk.ui.type_scale import Role, base_length, fitting_pixels, pixel_size, sized_font

PROGRESS_SHARE = 0.4  # of the line under the banner; the stretch's name has the rest


def make_figure_view(parent: QWidget, names: Mapping[str, str]) -> QWidget:
    """The illustration widget: FigureView when it is installed, else a placeholder."""
    try:
        from stretchdesk.ui.figure_view import FigureView
    except ImportError:
        from stretchdesk.ui.figure_placeholder import FigurePlaceholder

        return FigurePlaceholder(parent)
    view: QWidget = FigureView(parent, stretch_names=names)
    return view


def pose_for(phase: Phase) -> tuple[str, bool]:
    """The pose to show during `phase` and whether to mirror it (the right side)."""
    pose = "hold" if phase.kind is PhaseKind.HOLD else "start"
    return pose, phase.side is Side.RIGHT


class SessionView(QWidget):
    """Renders the session it is told about; its only output is the ControlBar's signals.

    Type grows with the window (see type_scale), so the same layout serves a laptop
    window and mat mode.
    """

    def __init__(self, stretches: Mapping[str, Stretch], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionView")
        self._stretches = stretches
        self._timeline: Timeline | None = None
        self._index = 0
        self._phase: Phase | None = None
        self._base = 0.0
        self.text_scale = 1.0

        self.banner = PhaseBanner(self)
        self.stretch_label = QLabel(self)
        self.stretch_label.setObjectName("stretchName")
        self.stretch_label.setWordWrap(True)  # a long name takes two lines in a small window
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progress")
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight
                                         | Qt.AlignmentFlag.AlignVCenter)
        self.figure = make_figure_view(self, {k: v.name for k, v in stretches.items()})
        self.steps = StepList(self)
        self.next_tip = NextTip(self.steps, self)  # the next stretch's key tip, while resting
        self.ring = CountdownRing(self)
        self.caption_label = QLabel(self)
        self.caption_label.setObjectName("caption")
        self.caption_label.setWordWrap(True)
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                         QSizePolicy.Policy.Minimum)
        self.controls = ControlBar(self)
        self.check_in = CheckInPanel(self)  # how the back feels, on the first phase
        show_plain(self.stretch_label, self.caption_label)  # names from the library files

        header = QHBoxLayout()
        header.addWidget(self.stretch_label, 1)
        header.addWidget(self.progress_label)
        # The steps go under the picture or beside it, whichever lets the picture be larger.
        self.pose_panel = PosePanel(self.figure, self.steps, self)
        middle = QHBoxLayout()
        middle.addWidget(self.pose_panel, 1)
        middle.addWidget(self.ring)
        self._body = QVBoxLayout()
        self._body.addLayout(header)
        self._body.addWidget(self.next_tip)
        self._body.addLayout(middle, 1)
        self._body.addWidget(self.check_in)
        self._body.addWidget(self.caption_label)
        self._body.addWidget(self.controls)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        outer.addLayout(self._body, 1)
        self._apply_base(base_length(self.width(), self.height()))

    # -- what to show --------------------------------------------------------------------

    def set_timeline(self, timeline: Timeline) -> None:
        """Prepares to show a session of `timeline`."""
        self._timeline = timeline
        self.caption_label.clear()
        self.set_paused(False)
        self._fit_header()

    @Slot(int, object)
    def show_phase(self, index: int, phase: Phase) -> None:
        """Shows the phase that just began."""
        self._index, self._phase = index, phase
        stretch = self._stretches[phase.stretch_id]
        self.banner.show_phase(phase.kind, phase.side)
        phase_colour = colour(phase.kind)
        self.ring.set_colour(phase_colour)
        self.steps.set_colour(phase_colour)
        rest = phase.kind is PhaseKind.REST
        self.steps.show_sections(sections_for(stretch, phase.kind),
                                 sections_for(stretch, PhaseKind.PREPARE) if rest else ())
        self.next_tip.show_for(phase.kind, stretch)
        if phase.kind is PhaseKind.REST:
            self.stretch_label.setText(self.tr("Next up: {name}").format(name=stretch.name))
        elif phase.reps > 1:
            number = QLocale().toString
            self.stretch_label.setText(self.tr("{name}  ·  round {rep} of {reps}").format(
                name=stretch.name, rep=number(phase.rep), reps=number(phase.reps)))
        else:
            self.stretch_label.setText(stretch.name)
        self._fit_header()
        pose, mirrored = pose_for(phase)
        self.figure.show_pose(phase.stretch_id, pose, mirrored=mirrored,  # type: ignore[attr-defined]
                              animate=True)
        aspect = getattr(self.figure, "frame_aspect", None)
        if aspect is not None:
            self.pose_panel.set_aspect(aspect())
        self.pose_panel.relayout()
        self.show_remaining(phase.seconds, phase.seconds)

    def show_getting_ready(self) -> None:
        """Shows the first phase in full under "Getting ready…" until the session starts."""
        if self._timeline is None or not len(self._timeline):
            return
        self.show_phase(0, self._timeline[0])
        self.banner.show_look(GETTING_READY)

    @Slot(float, float)
    def show_remaining(self, remaining: float, length: float) -> None:
        """Shows the seconds left in the phase and in the routine."""
        self.ring.set_remaining(remaining, length)
        timeline = self._timeline
        if timeline is None or self._phase is None:
            return
        left = remaining + timeline.remaining_after(self._index)
        text = self._progress_text(timeline.stretch_number(self._phase.item),
                                   timeline.item_count, format_duration(left))
        if text != self.progress_label.text():
            self.progress_label.setText(text)

    def _progress_text(self, number: int, count: int, left: str) -> str:
        """"Stretch 2 of 6  ·  4:30 left"."""
        locale = QLocale()
        return self.tr("Stretch {number} of {count}  ·  {left} left").format(
            number=locale.toString(number), count=locale.toString(count), left=left)

    @Slot(bool)
    def set_paused(self, paused: bool) -> None:
        """Shows or clears the paused state."""
        self.banner.set_paused(paused)
        self.ring.set_paused(paused)
        self.controls.set_paused(paused)

    @Slot(str)
    def show_caption(self, text: str) -> None:
        """Shows a spoken cue as a caption."""
        self.caption_label.setText(text)

    def set_dark(self, dark: bool) -> None:
        """Tells the illustration the background is dark."""
        self.figure.set_dark(dark)  # type: ignore[attr-defined]

    # -- size ----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        self._apply_base(base_length(size.width(), size.height()))
        self._fit_header()
        super().resizeEvent(event)

    def set_text_scale(self, scale: float) -> None:
        """Makes all text `scale` times its normal size (a setting)."""
        self.text_scale = scale
        self._apply_base(self._base, force=True)

    def _fit_header(self) -> None:
        """The stretch's name on one line beside the progress, as large as its role asks
        or as fits; the progress takes at most PROGRESS_SHARE of the line. Only a name
        too long even at nearly the progress text's size wraps."""
        base, scale = self._base, self.text_scale
        margins = self._body.contentsMargins()
        line = self.width() - margins.left() - margins.right()
        count = self._timeline.item_count if self._timeline is not None else 9
        # As wide as the text ever gets, so the name's room stays put as time passes.
        widest = self._progress_text(count, count, "00:00")
        wanted = pixel_size(Role.PROGRESS, base, scale)
        progress = sized_font(self.font(), fitting_pixels(
            sized_font(self.font(), wanted), [widest], line * PROGRESS_SHARE, wanted))
        if progress.pixelSize() != self.progress_label.font().pixelSize():
            self.progress_label.setFont(progress)
        progress_width = QFontMetricsF(progress).horizontalAdvance(widest) + 4
        self.progress_label.setMinimumWidth(round(progress_width))
        room = line - progress_width - max(0, self._body.spacing()) - 8
        largest = pixel_size(Role.STRETCH_NAME, base, scale)
        smallest = min(largest, round(progress.pixelSize() * 0.8))
        pixels = fitting_pixels(sized_font(self.font(), largest, bold=True),
                                [self.stretch_label.text()], room, largest, smallest)
        if pixels != self.stretch_label.font().pixelSize():
            self.stretch_label.setFont(sized_font(self.font(), pixels, bold=True))

    def _apply_base(self, base: float, force: bool = False) -> None:
        if abs(base - self._base) < 1 and not force:
            return
        self._base = base
        scale = self.text_scale
        self.banner.set_base(base, scale)
        caption = sized_font(self.font(), pixel_size(Role.CAPTION, base, scale))
        caption.setItalic(True)
        self.caption_label.setFont(caption)
        self.caption_label.setMinimumHeight(round(caption.pixelSize() * 1.5))
        self.steps.set_base(base, scale)
        self.next_tip.set_base(base, scale)
        self.check_in.set_base(base, scale)
        self.ring.set_base(base, scale)
        self.controls.set_base(base, scale)
        margin = round(base * 0.022)
        self._body.setContentsMargins(margin, round(margin * 0.6), margin, round(margin * 0.6))
        self._body.setSpacing(round(margin * 0.6))
        self.pose_panel.set_gap(margin)
        self._fit_header()
