"""KeysDialog: every key of the window and what it does, listed from keys.BINDINGS (? or F1).

The list is a tree a screen reader reads row by row: each screen's heading, then its keys
and what they do. It is made from the keys table, so it cannot drift from what the
window does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stretchdesk.ui import keys

# Qt calls the main Enter key "Return"; people call both keys Enter.
SAME_KEY = {"Return": "Enter"}


def key_text(sequences: tuple[QKeySequence, ...]) -> str:
    """The keys as a person reads them: "Right or N", "Enter"."""
    native = QKeySequence.SequenceFormat.NativeText
    same = {QKeySequence(qt).toString(native): QKeySequence(person).toString(native)
            for qt, person in SAME_KEY.items()}  # in the run's language
    names: list[str] = []
    for sequence in sequences:
        name = sequence.toString(native)
        name = same.get(name, name)
        if name not in names:
            names.append(name)
    text = names[0] if names else ""
    for name in names[1:]:
        text = QCoreApplication.translate("KeysDialog", "{keys} or {key}").format(keys=text,
                                                                              key=name)
    return text


def key_rows() -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(keys, what they do)]) for each screen, then for the controls' own keys."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    for where in keys.WHERE_WORDS:
        rows = [(key_text(b.keys), keys.action_words(b.action))
                for b in keys.BINDINGS if b.where is where]
        if rows:
            groups.append((keys.where_words(where), rows))
    groups.append((QCoreApplication.translate("KeysDialog", "In lists and dialogs"),
                   keys.control_keys()))
    return groups


class KeysDialog(QDialog):
    """Lists the keys; Esc, Enter, F1 or ? closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keys"))
        intro = QLabel(self.tr("Everything StretchDesk does can be done with these keys."),
                       self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("keysList")
        self.tree.setAccessibleName(self.tr("Keys and what they do"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        font = self.tree.font()  # a little larger than a dialog's: read at a glance
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.25)
        self.tree.setFont(font)
        self._groups: list[QTreeWidgetItem] = []
        for heading, rows in key_rows():
            group = QTreeWidgetItem(self.tree, [heading, ""])
            self._groups.append(group)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            # The spanned-over cell is not seen, but a screen reader visits it: name it.
            group.setData(1, Qt.ItemDataRole.AccessibleTextRole, heading)
            for key, words in rows:
                QTreeWidgetItem(group, [key, words])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.setCurrentItem(self._groups[0])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.tree, 1)
        column.addWidget(buttons)
        for binding in keys.BINDINGS:
            if binding.action == "show_keys":  # the keys that opened it close it
                for sequence in binding.keys:
                    QShortcut(sequence, self).activated.connect(self.reject)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(820, 700)

    def rows(self) -> list[tuple[str, str]]:
        """What the list shows, row by row (headings with an empty second column)."""
        shown: list[tuple[str, str]] = []
        for group in self._groups:
            shown.append((group.text(0), ""))
            children = [group.child(n) for n in range(group.childCount())]
            shown += [(child.text(0), child.text(1)) for child in children if child is not None]
        return shown

    @classmethod
    def show_keys(cls, parent: QWidget | None) -> None:
        """Shows the list until the person closes it (tests replace this method)."""
        dialog = cls(parent)
        dialog.exec()
        dialog.deleteLater()
