"""The small editor that opens beside a marker: product, dose and depth of an injection
point, or the note of a zone or an area. Enter keeps what was typed, Escape drops it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, QRect, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.health.face_chart import InjectionPoint, Marker
from salon_crm.gui.common.face_chart.marker_texts import depth_labels, kind_label

_GAP = 14


def _line(name: str, length: int) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setMaxLength(length)
    return field


class MarkerEditor(QFrame):
    """Signals:
    accepted(object): the marker with what was typed into it.
    cancelled(): the user dropped the edit (Escape or Cancel).
    """

    accepted = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("faceChartEditor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._marker: Marker | None = None
        self._title = QLabel()
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        self.product_field = _line("markerProduct", 120)
        self._products = QStringListModel(self)
        completer = QCompleter(self._products, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.product_field.setCompleter(completer)
        self.dose_field = _line("markerDose", 30)
        self.dose_field.setPlaceholderText(self.tr("e.g. 0.1 ml or 4 U"))
        self.depth_field = QComboBox()
        self.depth_field.setObjectName("markerDepth")
        self.note_field = _line("markerNote", 300)
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.addRow(self.tr("Product"), self.product_field)
        self._form.addRow(self.tr("Dose"), self.dose_field)
        self._form.addRow(self.tr("Depth"), self.depth_field)
        self._form.addRow(self.tr("Note"), self.note_field)
        ok = QPushButton(self.tr("OK"))
        ok.setObjectName("markerOk")
        ok.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("markerCancel")
        cancel.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(ok)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self._title)
        layout.addLayout(self._form)
        layout.addLayout(buttons)
        self.hide()

    def set_product_names(self, names: list[str]) -> None:
        self._products.setStringList(names)

    def is_open(self) -> bool:
        return self._marker is not None

    def open_for(self, marker: Marker, number: int, anchor: QPoint) -> None:
        """Shows the editor beside `anchor` (in the parent's coordinates), filled in."""
        self._marker = marker
        self._title.setText(
            self.tr("{kind} {number}").format(kind=kind_label(marker), number=number)
        )
        injection = isinstance(marker, InjectionPoint)
        for field in (self.product_field, self.dose_field, self.depth_field):
            self._form.setRowVisible(field, injection)
        self._form.setRowVisible(self.note_field, not injection)
        if isinstance(marker, InjectionPoint):
            self.product_field.setText(marker.product)
            self.dose_field.setText(marker.dose)
            self.depth_field.clear()
            self.depth_field.addItem(self.tr("not given"), None)
            for depth, label in depth_labels().items():
                self.depth_field.addItem(label, depth)
            self.depth_field.setCurrentIndex(max(0, self.depth_field.findData(marker.depth)))
            first = self.product_field
        else:
            self.note_field.setText(marker.note)
            first = self.note_field
        self.setMinimumWidth(min(260, self._room().width() - 8))
        self.adjustSize()
        self.move(self._place(anchor))
        self.show()
        self.raise_()
        first.setFocus(Qt.FocusReason.PopupFocusReason)
        first.selectAll()

    def _place(self, anchor: QPoint) -> QPoint:
        """Beside the marker, on the side with room, inside the parent."""
        room = self._room()
        x = anchor.x() + _GAP
        if x + self.width() > room.right() - 4:
            x = anchor.x() - _GAP - self.width()
        x = max(4, min(x, room.right() - 4 - self.width()))
        y = max(4, min(anchor.y() - self.height() // 2, room.bottom() - 4 - self.height()))
        return QPoint(x, y)

    def _room(self) -> QRect:
        parent = self.parentWidget()
        return parent.rect() if parent is not None else self.rect()

    def accept(self) -> None:
        marker = self._marker
        if marker is None:
            return
        self._close()
        if isinstance(marker, InjectionPoint):
            edited: Marker = replace(
                marker,
                product=self.product_field.text().strip(),
                dose=self.dose_field.text().strip(),
                depth=self.depth_field.currentData(),
            )
        else:
            edited = replace(marker, note=self.note_field.text().strip())
        self.accepted.emit(edited)

    def cancel(self) -> None:
        if self._marker is not None:
            self._close()
            self.cancelled.emit()

    def _close(self) -> None:
        self._marker = None
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancel()
        else:
            super().keyPressEvent(event)
