"""What a clinical photo shows, asked before the camera opens (so the previous photo of
the zone can be laid over the preview) and again to correct it later: before, after or
another clinical photo; the zone; the procedure it belongs to."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.dates import format_day
from salon_crm.domain.health import procedure_catalogue
from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoZone
from salon_crm.gui.photos.photo_labels import kind_label, zone_label
from salon_crm.services.photos.photo_types import PhotoDetails
from salon_crm.services.procedures.procedure_types import VisitRow

CLINICAL_KINDS = (PhotoKind.BEFORE, PhotoKind.AFTER, PhotoKind.CLINICAL)
# The visits offered: a photo belongs to a recent one.
RECENT_VISITS = 20


def _visit_name(visit: VisitRow) -> str:
    return visit.procedure_custom_name or QCoreApplication.translate(
        procedure_catalogue.CONTEXT, visit.procedure_default_name
    )


class PhotoDetailsDialog(QDialog):
    """Signals:
    chosen(object): the PhotoDetails accepted.
    """

    chosen = Signal(object)

    def __init__(
        self,
        visits: Sequence[VisitRow],
        *,
        details: PhotoDetails | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoDetailsDialog")
        self.setWindowTitle(self.tr("Clinical photo"))
        start = details or PhotoDetails(PhotoKind.BEFORE, PhotoZone.FRONT)
        self._note = start.note  # kept as it was: the dialog does not show it
        self._kind = QComboBox(self)
        self._kind.setObjectName("photoKindSelect")
        for kind in CLINICAL_KINDS:
            self._kind.addItem(kind_label(kind), kind)
        self._kind.setCurrentIndex(max(0, self._kind.findData(start.kind)))
        self._zone = QComboBox(self)
        self._zone.setObjectName("photoZoneSelect")
        for zone in PhotoZone:
            self._zone.addItem(
                zone_label(zone) if zone is not PhotoZone.CUSTOM else self.tr("Other…"), zone
            )
        self._zone.setCurrentIndex(max(0, self._zone.findData(start.zone or PhotoZone.FRONT)))
        self._zone_name = QLineEdit(start.zone_note, self)
        self._zone_name.setObjectName("photoZoneName")
        self._zone_name.setMaxLength(100)
        self._zone_name.setPlaceholderText(self.tr("e.g. neck, hands, décolleté"))
        self._procedure = QComboBox(self)
        self._procedure.setObjectName("photoProcedureSelect")
        self._procedure.addItem(self.tr("No procedure"), None)
        today = today or date.today()
        for visit in list(visits)[:RECENT_VISITS]:
            day = visit.performed_at.astimezone().date()
            self._procedure.addItem(f"{format_day(day)} — {_visit_name(visit)}", visit.id)
        chosen = start.procedure_id
        if chosen is None and details is None and visits:
            # A photo taken on a visit's day most likely belongs to it.
            latest = visits[0]
            chosen = latest.id if latest.performed_at.astimezone().date() == today else None
        self._procedure.setCurrentIndex(max(0, self._procedure.findData(chosen)))

        form = QFormLayout()
        form.addRow(self.tr("Photo"), self._kind)
        form.addRow(self.tr("Zone"), self._zone)
        form.addRow(self.tr("Zone name"), self._zone_name)
        form.addRow(self.tr("Procedure"), self._procedure)
        self._form = form
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._zone.currentIndexChanged.connect(self._show_zone_name)
        self._show_zone_name()

    def _chosen_zone(self) -> PhotoZone:
        # A combo box hands a StrEnum back as a plain str.
        return PhotoZone(self._zone.currentData())

    def _show_zone_name(self) -> None:
        custom = self._chosen_zone() is PhotoZone.CUSTOM
        self._form.setRowVisible(self._zone_name, custom)
        if custom:
            self._zone_name.setFocus()

    def accept(self) -> None:
        if self._chosen_zone() is PhotoZone.CUSTOM and not self._zone_name.text().strip():
            self._zone_name.setFocus()
            self._zone_name.setPlaceholderText(self.tr("Name the zone"))
            return
        self.chosen.emit(self.details())
        super().accept()

    def open_over(self, parent: QWidget) -> None:
        """Shown window-modal over `parent`'s window, deleted once closed."""
        self.setParent(parent, self.windowFlags())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open()

    def details(self) -> PhotoDetails:
        zone = self._chosen_zone()
        return PhotoDetails(
            PhotoKind(self._kind.currentData()),
            zone=zone,
            zone_note=self._zone_name.text().strip() if zone is PhotoZone.CUSTOM else "",
            procedure_id=self._procedure.currentData(),
            note=self._note,
        )
