"""The card's Photos tab: the gallery with the buttons that add photos — the profile
photo from the camera or a file, and for the cosmetologist a clinical photo of a zone,
lined up with the previous photo of that zone. A photo file dropped on the tab is added
too (a clinical one for the cosmetologist, the profile photo otherwise).

Signals:
    client_changed(int): a photo was added or changed (the card reloads: the face at its
        head may be another).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.permissions import Permission
from salon_crm.domain.photos.photo_kinds import PhotoKind
from salon_crm.gui.common.background import run_in_background
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.photos.photo_details_dialog import PhotoDetailsDialog
from salon_crm.gui.photos.photo_files import PhotoDrops
from salon_crm.gui.photos.photo_gallery import PhotoGallery
from salon_crm.gui.photos.photo_labels import photo_caption
from salon_crm.gui.photos.photo_taking import PROFILE, PhotoTaking
from salon_crm.services.clients.client_types import ClientCard
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.photos.photo_types import PhotoDetails, PhotoRow


class PhotosTab(QWidget):
    client_changed = Signal(int)

    def __init__(
        self, workspace: Workspace, actor: Actor, card: ClientCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photosTabContent")
        self._workspace = workspace
        self._actor = actor
        self._client_id = card.id
        self._client_name = card.full_name
        self._photos = workspace.photos(actor)
        self.details_dialog: PhotoDetailsDialog | None = None
        self._last: PhotoDetails | None = None  # the clinical photo described last
        self._then: Callable[[PhotoDetails], object] = lambda _details: None
        self.gallery = PhotoGallery(workspace, actor, card.id, self)
        self.gallery.photos_changed.connect(self._changed)
        self._taking = PhotoTaking(workspace, actor, card.id, self, client_name=card.full_name)
        self._taking.saved.connect(lambda _row: self._changed())
        writable = card.archived_at is None and actor.can(Permission.PHOTOS_WRITE)
        self._clinical = writable and actor.can(Permission.HEALTH_WRITE)
        self.can_take_clinical = self._clinical
        actions = []
        if writable:
            self.profile_action = QAction(self.tr("Take photo…"), self)
            self.profile_action.setObjectName("takeProfilePhotoAction")
            self.profile_action.setToolTip(self.tr("Take the client's photo with the camera"))
            self.profile_action.triggered.connect(lambda: self._taking.take(PROFILE))
            actions.append(self.profile_action)
        if self._clinical:
            self.clinical_action = QAction(self.tr("Clinical photo…"), self)
            self.clinical_action.setObjectName("takeClinicalPhotoAction")
            self.clinical_action.setToolTip(
                self.tr("A photo of a zone before or after a procedure (Ctrl+Shift+B)")
            )
            self.clinical_action.triggered.connect(self.take_clinical)
            actions.append(self.clinical_action)
        if writable:
            self.file_action = QAction(self.tr("From a file…"), self)
            self.file_action.setObjectName("photoFromFileAction")
            self.file_action.triggered.connect(self._from_file)
            actions.append(self.file_action)
            self.drops = PhotoDrops(self)
            self.drops.dropped.connect(self.add_file)
        self.gallery.add_actions(actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.gallery)

    def _changed(self) -> None:
        self.client_changed.emit(self._client_id)

    # --- clinical photos -------------------------------------------------------------------

    def take_clinical(self) -> None:
        """What the photo shows, then the camera with the zone's previous photo over it."""
        self._ask_details(self._with_ghost)

    def _ask_details(self, then: Callable[[PhotoDetails], object]) -> None:
        """The details dialog, window-modal; `then` gets what was chosen. First the
        consent: without it the photo could not be saved."""
        if not self._photos.clinical_consent_given(self._client_id):
            if not self.confirm_consent():
                return
            try:
                self._workspace.consents(self._actor).give(
                    self._client_id, ConsentPurpose.CLINICAL_PHOTOS
                )
            except SalonError as error:
                QMessageBox.warning(self, self.tr("Clinical photo"), describe_error(error)[0])
                return
        visits = self._workspace.procedures(self._actor).visits(self._client_id)
        self.details_dialog = PhotoDetailsDialog(visits, details=_following(self._last))
        self._then = then
        self.details_dialog.chosen.connect(self._details_chosen)
        self.details_dialog.finished.connect(self._details_closed)
        self.details_dialog.open_over(self)

    def confirm_consent(self) -> bool:
        """Whether the user records, as of today, the consent the client has signed."""
        answer = QMessageBox.question(
            self,
            self.tr("Consent to clinical photos"),
            self.tr(
                "{name} has not consented to clinical photos (or has withdrawn it). Record "
                "the consent as of today?\n\nDo it only when the client has signed it."
            ).format(name=self._client_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _details_closed(self) -> None:
        self.details_dialog = None

    def _details_chosen(self, details: PhotoDetails) -> None:
        self._last = details
        self._then(details)

    def _with_ghost(self, details: PhotoDetails) -> None:
        photos, client_id = self._photos, self._client_id
        zone = details.zone

        def previous() -> tuple[QImage, PhotoRow] | None:
            """Decoded here, off the GUI thread: a full-size photo takes a moment."""
            if zone is None:
                return None
            found = photos.latest_of_zone(client_id, zone, details.zone_note)
            return None if found is None else (QImage.fromData(photos.image(found.id)), found)

        run_in_background(
            previous, on_success=lambda ghost: self._take(details, ghost), parent=self
        )

    def _take(self, details: PhotoDetails, ghost: tuple[QImage, PhotoRow] | None) -> None:
        if ghost is None:
            self._taking.take(details)
        else:
            self._taking.take(details, ghost=ghost[0], ghost_caption=photo_caption(ghost[1]))

    # --- files -----------------------------------------------------------------------------

    def _from_file(self) -> None:
        if self._clinical:
            self._ask_details(self._taking.choose_file)
        else:
            self._taking.choose_file(PROFILE)

    def add_file(self, path: Path) -> None:
        """A dropped file: a clinical photo for the cosmetologist, else the profile one."""
        if self._clinical:
            self._ask_details(lambda details: self._taking.open_file(path, details))
        else:
            self._taking.open_file(path, PROFILE)


def _following(last: PhotoDetails | None) -> PhotoDetails | None:
    """What the next clinical photo most likely shows: the same zone and procedure, and
    after a "before" the "after"."""
    if last is None:
        return None
    kind = PhotoKind.AFTER if last.kind is PhotoKind.BEFORE else last.kind
    return PhotoDetails(kind, last.zone, last.zone_note, procedure_id=last.procedure_id)
