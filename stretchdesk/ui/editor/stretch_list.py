"""The editor's left side: every stretch of the library, to find and add to the routine.

Typing in the search box, or choosing a place or what a stretch works, narrows the
list at once (the filter reads precomputed facts; the pictures are not drawn again).
Enter or a double-click adds the chosen stretch, and a row can be dragged into the
routine. From the search box, ↓ and ↑ move through the list and Enter adds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.core.model import Stretch
from stretchdesk.core.stretch_filter import (
    Place,
    StretchQuery,
    all_worked,
    place_of,
    place_word,
    works,
)
from stretchdesk.ui.editor.thumbnails import Thumbnails
from stretchdesk.ui.plain_text import plain_tooltip

STRETCH_MIME = "application/x-stretchdesk-stretch"
ModelIndex = QModelIndex | QPersistentModelIndex
STRETCH_ID = Qt.ItemDataRole.UserRole


PLACE_NAMES = {Place.FLOOR: str(QT_TRANSLATE_NOOP("StretchList", "Floor")),
               Place.CHAIR: str(QT_TRANSLATE_NOOP("StretchList", "Chair")),
               Place.STANDING: str(QT_TRANSLATE_NOOP("StretchList", "Standing"))}


def describe(stretch: Stretch, areas: Mapping[str, str] | None = None) -> str:
    """The second line of a stretch's row: where, which sides, what it works."""
    sides = (QCoreApplication.translate("StretchList", "one side at a time") if stretch.unilateral
             else QCoreApplication.translate("StretchList", "both sides"))
    place = QCoreApplication.translate("StretchList", PLACE_NAMES[place_of(stretch)])
    return f"{place} · {sides} · {', '.join(works(stretch, areas))}"


class StretchListModel(QAbstractListModel):
    """The stretches by name, with their pictures; rows can be dragged into a routine."""

    def __init__(self, stretches: Mapping[str, Stretch], thumbnails: Thumbnails,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stretches = sorted(stretches.values(), key=lambda s: s.name.casefold())
        self._rows = {s.id: row for row, s in enumerate(self.stretches)}
        self.set_areas(None)
        self._thumbnails = thumbnails
        thumbnails.ready.connect(self._picture_ready)

    def set_areas(self, areas: Mapping[str, str] | None) -> None:
        """Says what each stretch works in body areas (muscle -> area) from now on."""
        self._lines = [f"{s.name}\n{describe(s, areas)}" for s in self.stretches]
        if self.stretches:
            self.dataChanged.emit(self.index(0), self.index(len(self.stretches) - 1),
                                  [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.stretches)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        stretch = self.stretches[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._lines[index.row()]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnails.get(stretch.id) or self._thumbnails.blank()
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(stretch.summary)
        if role == STRETCH_ID:
            return stretch.id
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [STRETCH_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self.stretches[i.row()].id for i in indexes if i.isValid()]
        data.setData(STRETCH_MIME, "\n".join(ids).encode("utf-8"))
        return data

    def _picture_ready(self, stretch_id: str) -> None:
        row = self._rows.get(stretch_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class StretchFilter(QSortFilterProxyModel):
    """Shows the stretches that match the person's StretchQuery."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.query = StretchQuery()

    def set_query(self, query: StretchQuery) -> None:
        """Filters by `query` from now on."""
        if query != self.query or query.areas is not self.query.areas:
            # Qt 6.10 brackets a filter change (invalidateFilter is deprecated from 6.11);
            # older Qt only has invalidateFilter.
            if hasattr(self, "endFilterChange"):
                self.beginFilterChange()
                self.query = query
                self.endFilterChange()
            else:
                self.query = query
                self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, StretchListModel)
        return self.query.matches(model.stretches[source_row])


class StretchList(QWidget):
    """Search, filters and the list of stretches.

    Signals:
        add_requested(str): add the stretch with this id to the routine.
    """

    add_requested = Signal(str)

    def __init__(self, stretches: Mapping[str, Stretch], thumbnails: Thumbnails,
                 parent: QWidget | None = None,
                 areas: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("stretchSearch")
        self.search.setPlaceholderText(self.tr("Type part of a name"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search stretches"), self)
        search_label.setBuddy(self.search)
        self.place = QComboBox(self)
        self.place.addItem(self.tr("Anywhere"), None)
        for place in Place:
            self.place.addItem(place_word(place), place)
        self.place.setToolTip(self.tr("Where the stretch is done"))
        self.place.setAccessibleName(self.tr("Where"))
        self.worked = QComboBox(self)
        self.worked.setToolTip(self.tr("What the stretch works"))
        self.worked.setAccessibleName(self.tr("Works"))
        for combo in (self.place, self.worked):
            # Narrow enough for an 800-pixel window whatever the longest choice (French ones
            # run long); the open list shows every choice in full.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self._stretches = stretches
        self._areas: Mapping[str, str] | None = areas or None
        self._fill_worked()
        self.model = StretchListModel(stretches, thumbnails, self)
        self.model.set_areas(self._areas)
        self.shown = StretchFilter(self)
        self.shown.setSourceModel(self.model)
        self.view = QListView(self)
        self.view.setObjectName("stretchLibrary")
        self.view.setAccessibleName(self.tr("Stretches to add"))
        self.view.setAccessibleDescription(
            self.tr("Enter adds the chosen stretch to the routine."))
        self.view.setModel(self.shown)
        self.view.setIconSize(thumbnails.size)
        self.view.setUniformItemSizes(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(self._add_at)
        self.count_label = QLabel(self)
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        filters = QHBoxLayout()
        filters.addWidget(self.place, 1)
        filters.addWidget(self.worked, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(search_label)
        column.addWidget(self.search)
        column.addLayout(filters)
        column.addWidget(self.view, 1)
        column.addWidget(self.count_label)
        self.search.textChanged.connect(self._query_changed)
        self.place.currentIndexChanged.connect(self._query_changed)
        self.worked.currentIndexChanged.connect(self._query_changed)
        self.search.installEventFilter(self)
        self.view.installEventFilter(self)
        self._query_changed()

    def set_areas(self, areas: Mapping[str, str]) -> None:
        """Names what stretches work by body area (muscle -> area), not by muscle."""
        self._areas = areas or None
        self.model.set_areas(self._areas)
        self._fill_worked()
        self._query_changed()

    def _fill_worked(self) -> None:
        chosen = self.worked.currentData()
        self.worked.blockSignals(True)
        self.worked.clear()
        self.worked.addItem(self.tr("Works anything"), None)
        for name in all_worked(self._stretches.values(), self._areas):
            shown = (self.tr("Works the {area}").format(area=name) if self._areas
                     else self.tr("Works: {muscle}").format(muscle=name))
            self.worked.addItem(shown, name)
        self.worked.setCurrentIndex(max(0, self.worked.findData(chosen)))
        self.worked.blockSignals(False)

    def current_stretch_id(self) -> str | None:
        """The stretch chosen in the list (the first shown when none is chosen)."""
        index = self.view.currentIndex()
        if not index.isValid() and self.shown.rowCount():
            index = self.shown.index(0, 0)
        return str(index.data(STRETCH_ID)) if index.isValid() else None

    def shown_ids(self) -> list[str]:
        """The ids of the stretches the list shows now, in order."""
        return [str(self.shown.index(r, 0).data(STRETCH_ID)) for r in range(self.shown.rowCount())]

    def _query_changed(self) -> None:
        self.shown.set_query(StretchQuery(self.search.text(), self.place.currentData(),
                                          self.worked.currentData(), self._areas))
        count, total = self.shown.rowCount(), self.model.rowCount()
        self.count_label.setText(
            self.tr("{count} of %n stretches", "", total).format(count=QLocale().toString(count))
            if count else self.tr("No stretch matches; try fewer words"))
        if count and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.shown.index(0, 0))

    def _add_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.add_requested.emit(str(index.data(STRETCH_ID)))

    def _add_current(self) -> None:
        stretch_id = self.current_stretch_id()
        if stretch_id is not None:
            self.add_requested.emit(stretch_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self._add_current()
                return True
            if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, by: int) -> None:
        rows = self.shown.rowCount()
        if rows:
            row = max(0, min(rows - 1, self.view.currentIndex().row() + by))
            self.view.setCurrentIndex(self.shown.index(row, 0))
