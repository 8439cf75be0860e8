"""StretchGuideView: what a person can learn about one stretch beyond its steps.

Its name, what it works, the start and stretch pictures, tips, common mistakes, easier
and harder versions, ways round a problem, the muscles and the cautions, read from a
core StretchGuide and shown as plain text. The session's "about this stretch" overlay
and the picker's guide dialog both show one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.model import Modification
from stretchdesk.core.stretch_guide import StretchGuide
from stretchdesk.translation_marks import QT_TRANSLATE_NOOP
from stretchdesk.ui.reading_text import BulletList, font_at, plain_label

PICTURES = (("start", QT_TRANSLATE_NOOP("StretchGuideView", "Starting position")),
            ("hold", QT_TRANSLATE_NOOP("StretchGuideView", "The stretch")))
SECTIONS = {  # the sections in the order shown, with their headings
    "tips": QT_TRANSLATE_NOOP("StretchGuideView", "Tips"),
    "mistakes": QT_TRANSLATE_NOOP("StretchGuideView", "Common mistakes"),
    "easier": QT_TRANSLATE_NOOP("StretchGuideView", "Easier versions"),
    "harder": QT_TRANSLATE_NOOP("StretchGuideView", "Harder versions"),
    "adapt": QT_TRANSLATE_NOOP("StretchGuideView", "If something bothers you"),
    "muscles": QT_TRANSLATE_NOOP("StretchGuideView", "Muscles"),
    "cautions": QT_TRANSLATE_NOOP("StretchGuideView", "Take care"),
}
TEXT_WIDTH = 26  # body text sizes (about 50 characters) the text keeps beside pictures
TEXT_LINES = 9  # lines the text keeps under pictures; with less room they are left out
PICTURE_SHARE = 0.36  # of the width (side by side) or height (stacked) the pictures take
UNLIMITED = 16777215  # Qt's largest widget size


def make_figure(parent: QWidget, names: Mapping[str, str]) -> QWidget:
    """A still picture of a pose: FigureView when the figures are installed, else a
    placeholder that names the pose."""
    try:
        from stretchdesk.ui.figure_view import FigureView
    except ImportError:
        from stretchdesk.ui.figure_placeholder import FigurePlaceholder

        return FigurePlaceholder(parent)
    view: QWidget = FigureView(parent, stretch_names=names)
    return view


def modification_lines(modifications: Sequence[Modification]) -> list[str]:
    """Each modification as "when: what to do"."""
    return [QCoreApplication.translate("StretchGuideView", "{when}: {what}").format(
        when=m.when, what=m.do) for m in modifications]


def muscle_lines(guide: StretchGuide, areas: Mapping[str, str]) -> list[str]:
    """The muscles, main ones first, each with the body area a person would call it."""

    def named(muscles: Sequence[str]) -> str:
        return ", ".join(f"{m} ({areas[m]})" if m in areas else m for m in muscles)

    lines: list[str] = []
    if guide.primary_muscles:
        lines.append(QCoreApplication.translate("StretchGuideView", "Mainly: {muscles}").format(
            muscles=named(guide.primary_muscles)))
    if guide.secondary_muscles:
        lines.append(QCoreApplication.translate("StretchGuideView", "Also: {muscles}").format(
            muscles=named(guide.secondary_muscles)))
    return lines


class StretchGuideView(QWidget):
    """Shows one StretchGuide: a heading, two still pictures and the sections that scroll.

    Sections with nothing in them are left out. Text comes from the data files and is
    always shown as plain text.
    """

    def __init__(self, names: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stretchGuide")
        self.guide: StretchGuide | None = None
        self.poses_on_screen: set[tuple[str, str]] = set()  # (stretch id, pose) drawn now
        self._pixels = 18
        self.name_label = plain_label("", self, "guideName")
        self.works_label = plain_label("", self, "guideWorks")
        self.summary_label = plain_label("", self)
        self.figures: list[QWidget] = []
        self._picture_labels: list[QLabel] = []
        pictures = QWidget(self)
        self._pictures_box = QBoxLayout(QBoxLayout.Direction.TopToBottom, pictures)
        self._pictures_box.setContentsMargins(0, 0, 0, 0)
        for _pose, caption in PICTURES:
            cell = QVBoxLayout()
            figure = make_figure(pictures, names)
            label = QLabel(self.tr(caption), pictures)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            cell.addWidget(figure, 1)
            cell.addWidget(label)
            self._pictures_box.addLayout(cell, 1)
            self.figures.append(figure)
            shown = getattr(figure, "pose_shown", None)  # the placeholder has none
            if shown is not None:
                shown.connect(self._pose_on_screen)
            self._picture_labels.append(label)
        self.pictures = pictures

        text = QWidget(self)
        column = self._column = QVBoxLayout(text)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary_label)
        self.headings: dict[str, QLabel] = {}
        self.lists: dict[str, BulletList] = {}
        for name, title in SECTIONS.items():
            self.headings[name] = plain_label(self.tr(title), text)
            self.lists[name] = BulletList((), text)
            column.addWidget(self.headings[name])
            column.addWidget(self.lists[name])
        column.addStretch(1)
        self.text_scroll = QScrollArea(self)
        self.text_scroll.setObjectName("guideText")
        self.text_scroll.setAccessibleName(self.tr("About this stretch"))
        self.text_scroll.setWidgetResizable(True)
        self.text_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.text_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_scroll.setWidget(text)
        self.text_scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.addWidget(self.text_scroll, 1)
        self._body.addWidget(pictures)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name_label)
        layout.addWidget(self.works_label)
        layout.addLayout(self._body, 1)
        self.set_pixel_size(18)

    # -- content -------------------------------------------------------------------------

    def show_guide(self, guide: StretchGuide, areas: Mapping[str, str]) -> None:
        """Shows `guide`; `areas` names each muscle's body area."""
        self.guide = guide
        self.name_label.setText(guide.name)
        self.works_label.setText(self.tr("Works: {areas}").format(areas=", ".join(guide.works))
                                 if guide.works else "")
        self.works_label.setVisible(bool(guide.works))
        self.summary_label.setText(guide.summary)
        self.summary_label.setVisible(bool(guide.summary))
        content = {
            "tips": list(guide.tips), "mistakes": list(guide.mistakes),
            "easier": modification_lines(guide.easier),
            "harder": modification_lines(guide.harder),
            "adapt": modification_lines(guide.adaptations),
            "muscles": muscle_lines(guide, areas), "cautions": list(guide.cautions),
        }
        for name, items in content.items():
            self.lists[name].set_items(items)
            self.headings[name].setVisible(bool(items))
            self.lists[name].setVisible(bool(items))
        if {stretch for stretch, _pose in self.poses_on_screen} != {guide.stretch_id}:
            self.poses_on_screen = set()  # another stretch's pictures are on their way out
        for figure, (pose, caption) in zip(self.figures, PICTURES, strict=True):
            figure.show_pose(guide.stretch_id, pose, animate=False)  # type: ignore[attr-defined]
            # Said by a screen reader in place of the picture.
            pose_words = self.tr(caption)
            figure.setAccessibleName(self.tr("Picture: {name}, {pose}").format(
                name=guide.name, pose=pose_words[:1].lower() + pose_words[1:]))
            figure.setAccessibleDescription(guide.summary or pose_words)
        self.text_scroll.verticalScrollBar().setValue(0)

    def _pose_on_screen(self, stretch_id: str, pose: str, _mirrored: bool) -> None:
        self.poses_on_screen.add((stretch_id, pose))

    def section_items(self, name: str) -> tuple[str, ...]:
        """What section `name` (a key of SECTIONS) lists now; empty when it is left out."""
        return self.lists[name].items if self.lists[name].isVisibleTo(self) else ()

    def set_dark(self, dark: bool) -> None:
        """Draws the pictures for a dark background."""
        for figure in self.figures:
            figure.set_dark(dark)  # type: ignore[attr-defined]

    # -- size ----------------------------------------------------------------------------

    def set_pixel_size(self, pixels: int) -> None:
        """Sizes every text from the body size `pixels`."""
        self._pixels = pixels
        font = self.font()
        self.name_label.setFont(font_at(font, round(pixels * 1.45), bold=True))
        self.works_label.setFont(font_at(font, pixels, italic=True))
        self.summary_label.setFont(font_at(font, pixels))
        for name in SECTIONS:
            self.headings[name].setFont(font_at(font, round(pixels * 1.05), bold=True))
            self.lists[name].set_pixel_size(pixels)
        for label in self._picture_labels:
            label.setFont(font_at(font, round(pixels * 0.85)))
        self._column.setSpacing(round(pixels * 0.45))
        self._body.setSpacing(round(pixels * 1.2))
        self._place_pictures()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_pictures()
        super().resizeEvent(event)

    def _place_pictures(self) -> None:
        """Pictures beside the text when that leaves the text a readable width, else in a
        row above it when that leaves it a few lines, else left out (the session's own
        picture is one key away)."""
        width, height, pixels = self.width(), self.height(), self._pixels
        beside = width * (1 - PICTURE_SHARE) >= TEXT_WIDTH * pixels
        above = not beside and height * (1 - PICTURE_SHARE) >= TEXT_LINES * pixels * 1.4
        self.pictures.setVisible(beside or above)
        self._body.setDirection(QBoxLayout.Direction.LeftToRight if beside
                                else QBoxLayout.Direction.BottomToTop)
        self._pictures_box.setDirection(QBoxLayout.Direction.TopToBottom if beside
                                        else QBoxLayout.Direction.LeftToRight)
        share = round((width if beside else height) * PICTURE_SHARE)
        if beside:
            self.pictures.setMinimumSize(share, 0)
            self.pictures.setMaximumSize(share, UNLIMITED)
        else:
            self.pictures.setMinimumSize(0, share)
            self.pictures.setMaximumSize(UNLIMITED, share)
