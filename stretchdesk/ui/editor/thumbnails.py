"""Small pictures of each stretch for the editor's lists, drawn once and kept on disk.

Drawing a stretch's SVG takes a few milliseconds; the list shows many, and the editor
should open at once. So a picture is drawn only when a row first needs it, after the
window's first paint (`hold`, `draw_queued`), one per turn of the event loop, and is
kept as a PNG in the cache folder (named by the SVG's size and time, so a changed
picture is drawn again). Later runs read the PNGs, all in one turn after that paint;
later openings in the same run have them in memory.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from stretchdesk import paths

THUMBNAIL = QSize(64, 48)  # the pictures are 4:3
SETTLE_MS = 50


class Thumbnails(QObject):
    """The thumbnail of each stretch, from memory, the disk cache, or drawn on demand.

    Signals:
        ready(str): the thumbnail of this stretch id can now be had from `get`.
    """

    ready = Signal(str)

    def __init__(self, images_dir: Path | None = None, cache_dir: Path | None = None,
                 size: QSize = THUMBNAIL, ratio: float = 1.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._images = images_dir if images_dir is not None else paths.images_dir()
        self._cache = (cache_dir if cache_dir is not None else paths.cache_dir()) / "thumbnails"
        self.size = size
        self._pixels = QSize(round(size.width() * ratio), round(size.height() * ratio))
        self._ratio = ratio
        self._kept: dict[str, QPixmap] = {}
        self._queue: deque[str] = deque()
        self._timer = QTimer(self)  # idle work, not a wait: zero delay, one picture a turn
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._draw_next)
        self._held = False
        self._blank: QPixmap | None = None
        self.drawn = 0  # pictures drawn from SVG (not read from the cache), for tests

    def hold(self) -> None:
        """Draws nothing until `draw_queued` (a window is about to be shown and painted)."""
        self._held = True

    def draw_queued(self) -> None:
        """Draws the pictures asked for meanwhile, one per turn of the event loop.

        The first waits a moment: a new window is often painted twice as it settles.
        """
        self._held = False
        if self._queue and not self._timer.isActive():
            self._timer.start(SETTLE_MS)

    @property
    def busy(self) -> bool:
        """Whether pictures are waiting to be drawn."""
        return bool(self._queue)

    def blank(self) -> QPixmap:
        """An empty picture of the thumbnail's size, to hold a row's place meanwhile."""
        if self._blank is None:
            self._blank = QPixmap(self._pixels)
            self._blank.fill(Qt.GlobalColor.transparent)
            self._blank.setDevicePixelRatio(self._ratio)
        return self._blank

    def get(self, stretch_id: str) -> QPixmap | None:
        """The thumbnail, or None until it is read or drawn (`ready` says when it is)."""
        kept = self._kept.get(stretch_id)
        if kept is not None:
            return kept
        if stretch_id not in self._queue:
            self._queue.append(stretch_id)
            if not self._timer.isActive() and not self._held:
                self._timer.start(0)
        return None

    def _svg(self, stretch_id: str) -> Path:
        return self._images / f"{stretch_id}-hold.svg"

    def _cached_file(self, stretch_id: str) -> Path | None:
        try:
            info = self._svg(stretch_id).stat()
        except OSError:
            return None
        w, h = self._pixels.width(), self._pixels.height()
        return self._cache / f"{stretch_id}-{w}x{h}-{info.st_size}-{info.st_mtime_ns}.png"

    def _keep(self, stretch_id: str, image: QImage) -> QPixmap:
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self._ratio)
        self._kept[stretch_id] = pixmap
        return pixmap

    def _draw_next(self) -> None:
        """Reads every cached picture waiting, and draws at most one, in this turn."""
        while self._queue and not self._held:
            stretch_id = self._queue.popleft()
            image = self._read_cached(stretch_id)
            drawn = image is None
            self._keep(stretch_id, image if image is not None else self._draw(stretch_id))
            self.ready.emit(stretch_id)
            if drawn:
                break
        if self._queue and not self._held:
            self._timer.start(0)

    def _read_cached(self, stretch_id: str) -> QImage | None:
        cached = self._cached_file(stretch_id)
        if cached is None or not cached.is_file():
            return None
        image = QImage(str(cached))
        return None if image.isNull() else image

    def _draw(self, stretch_id: str) -> QImage:
        """Draws the stretch's picture (blank when it has none) and keeps it on disk."""
        image = QImage(self._pixels, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        svg = self._svg(stretch_id)
        renderer = QSvgRenderer(str(svg)) if svg.is_file() else None
        if renderer is None or not renderer.isValid():
            return image
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        self.drawn += 1
        target = self._cached_file(stretch_id)
        if target is not None:
            size = f"{self._pixels.width()}x{self._pixels.height()}"
            try:
                self._cache.mkdir(parents=True, exist_ok=True)
                for old in self._cache.glob(f"{stretch_id}-{size}-*.png"):
                    old.unlink()
            except OSError:
                return image  # no cache folder: the picture is drawn again next run
            image.save(str(target))  # a half-written PNG reads as null, and is redrawn
        return image
