"""DraftModel: the routine being edited, as a Qt list model of its items.

Every change to the draft goes through here (the undo commands call these methods), so
the views hear of it: the item list through the model's own signals, everything else
through `changed`. Drops are not applied here: a stretch dropped in, or an item dragged
to another place, is asked for with `add_requested` / `move_requested`, and the window
makes an undo step of it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from stretchdesk.core.item_defaults import inherited
from stretchdesk.core.model import Level, SideOrder, Stretch
from stretchdesk.core.routine_draft import DraftItem, RoutineDraft
from stretchdesk.core.settings import Settings
from stretchdesk.ui.editor.stretch_list import STRETCH_MIME
from stretchdesk.ui.editor.thumbnails import Thumbnails

ITEM_MIME = "application/x-stretchdesk-routine-item"
ITEM_KEY = Qt.ItemDataRole.UserRole
ModelIndex = QModelIndex | QPersistentModelIndex


class ItemCounts(QObject):
    """An item's counted words (a QObject: Qt's plural forms come through `self.tr`)."""

    def times(self, reps: int, each_side: bool) -> str:
        """ "3 times", "1 time each side"."""
        # English picks its plural here (the app has no English translation to pick it);
        # each text is a plural entry of its own, so other languages pick theirs by `reps`.
        if each_side:
            return (self.tr("%n time each side", "", reps) if reps == 1
                    else self.tr("%n times each side", "", reps))
        return self.tr("%n time", "", reps) if reps == 1 else self.tr("%n times", "", reps)


def describe_item(item: DraftItem, stretches: Mapping[str, Stretch], settings: Settings) -> str:
    """An item's row: the stretch, then its hold and repetitions ("set here" when its own)."""
    translate = QCoreApplication.translate
    stretch = stretches.get(item.stretch_id)
    if stretch is None:
        return translate("DraftModel", "{id} (no such stretch any more)").format(
            id=item.stretch_id)
    base = inherited(stretch, settings)
    hold = item.hold_seconds if item.hold_seconds is not None else base.hold_seconds
    reps = item.reps if item.reps is not None else base.reps
    seconds = QLocale().toString(float(hold), "g", 6)
    parts = [translate("DraftModel", "hold {seconds} s (set here)").format(seconds=seconds)
             if item.hold_seconds is not None
             else translate("DraftModel", "hold {seconds} s").format(seconds=seconds)]
    times = ItemCounts().times(reps, stretch.unilateral)
    parts.append(translate("DraftModel", "{times} (set here)").format(times=times)
                 if item.reps is not None else times)
    if item.side_order is not None:
        parts.append(translate("DraftModel", "alternate (set here)")
                     if item.side_order is SideOrder.ALTERNATE
                     else translate("DraftModel", "one side first (set here)"))
    if stretch.from_level is Level.INTERMEDIATE:  # sessions below that level leave it out
        parts.append(translate("DraftModel", "from intermediate level"))
    elif stretch.from_level is Level.ADVANCED:
        parts.append(translate("DraftModel", "from advanced level"))
    return f"{stretch.name}\n{' · '.join(parts)}"


class DraftModel(QAbstractListModel):
    """The draft's items as rows; `describe(item)` gives each row's text.

    Signals:
        changed(): the draft changed (name, purpose or items).
        add_requested(str, int): a stretch (id) was dropped at this row.
        move_requested(int, int): the item with this key was dropped at this row.
    """

    changed = Signal()
    add_requested = Signal(str, int)
    move_requested = Signal(int, int)

    def __init__(self, draft: RoutineDraft, stretches: Mapping[str, Stretch],
                 thumbnails: Thumbnails, describe: Callable[[DraftItem], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.stretches = stretches
        self.describe = describe
        self._thumbnails = thumbnails
        thumbnails.ready.connect(self._picture_ready)

    # -- changes (each one an undo step's do or undo) ------------------------------------

    def set_draft(self, draft: RoutineDraft) -> None:
        """Shows another draft altogether (a restored one, or the file's version)."""
        self.beginResetModel()
        self.draft = draft
        self.endResetModel()
        self.changed.emit()

    def set_name(self, name: str) -> None:
        """Renames the routine."""
        self.draft.name = name
        self.changed.emit()

    def set_purpose(self, purpose: str) -> None:
        """Changes the routine's purpose."""
        self.draft.purpose = purpose
        self.changed.emit()

    def insert_item(self, row: int, item: DraftItem) -> None:
        """Puts `item` at `row`."""
        row = max(0, min(row, self.rowCount()))
        self.beginInsertRows(QModelIndex(), row, row)
        self.draft.insert(row, item)
        self.endInsertRows()
        self.changed.emit()

    def remove_item(self, row: int) -> DraftItem:
        """Takes the item at `row` out and returns it."""
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self.draft.remove(row)
        self.endRemoveRows()
        self.changed.emit()
        return item

    def move_item(self, source: int, target: int) -> None:
        """Moves the item at `source` so that it ends up at row `target`."""
        if source == target:
            return
        # Qt counts the destination before the move: one further when moving down.
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(),
                           target + 1 if target > source else target)
        self.draft.move(source, target)
        self.endMoveRows()
        self.changed.emit()

    def replace_item(self, row: int, item: DraftItem) -> DraftItem:
        """Puts `item` (an item with other overrides) at `row`; returns the old one."""
        old = self.draft.replace(row, item)
        index = self.index(row)
        self.dataChanged.emit(index, index)
        self.changed.emit()
        return old

    def refresh(self) -> None:
        """Every row's text again (the settings the inherited values come from changed)."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    # -- Qt's model ----------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.draft.items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        item = self.draft.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {self.describe(item)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnails.get(item.stretch_id) or self._thumbnails.blank()
        if role == ITEM_KEY:
            return item.key
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME, STRETCH_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        keys = [str(self.draft.items[i.row()].key) for i in indexes if i.isValid()]
        data.setData(ITEM_MIME, "\n".join(keys).encode("ascii"))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: ModelIndex) -> bool:
        return data.hasFormat(ITEM_MIME) or data.hasFormat(STRETCH_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: ModelIndex) -> bool:
        """Asks for the drop to be made (as an undo step); the rows change only then."""
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        if data.hasFormat(ITEM_MIME):
            for text in bytes(data.data(ITEM_MIME).data()).decode("ascii").split():
                key = int(text)
                source = self.draft.index_of(key)
                target = row - 1 if row > source else row
                self.move_requested.emit(key, target)
            return False  # nothing for the view to remove: the move is done already
        if data.hasFormat(STRETCH_MIME):
            ids = bytes(data.data(STRETCH_MIME).data()).decode("utf-8").split()
            for offset, stretch_id in enumerate(ids):
                if stretch_id in self.stretches:
                    self.add_requested.emit(stretch_id, row + offset)
            return True
        return False

    def _picture_ready(self, stretch_id: str) -> None:
        for row, item in enumerate(self.draft.items):
            if item.stretch_id == stretch_id:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
