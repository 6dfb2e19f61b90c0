"""The card's Photos tab content: the client's photos grouped (the profile photo's history,
then by procedure and day), thumbnails loaded in the background, two photos compared,
one opened large, a photo marked for advertising, made the profile photo or removed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.dates import format_day
from salon_crm.domain.permissions import Permission
from salon_crm.domain.photos.photo_kinds import PhotoKind
from salon_crm.gui.common.background import failure_text, run_in_background
from salon_crm.gui.common.field_errors import Prompts
from salon_crm.gui.common.flow_layout import FlowLayout
from salon_crm.gui.photos.photo_compare_canvas import ComparedPhoto
from salon_crm.gui.photos.photo_compare_dialog import PhotoCompareDialog
from salon_crm.gui.photos.photo_decoding import load_images, load_thumbnails
from salon_crm.gui.photos.photo_details_dialog import PhotoDetailsDialog
from salon_crm.gui.photos.photo_groups import (
    PhotoGroup,
    group_photos,
    in_comparison_order,
    latest_before_after,
    same_zone,
)
from salon_crm.gui.photos.photo_labels import photo_caption, procedure_title
from salon_crm.gui.photos.photo_tile import THUMB, PhotoTile
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.photos.photo_types import PhotoDetails, PhotoRow

# Thumbnails come in batches of this many: the first rows show while the rest load.
BATCH = 50


class PhotoGallery(QWidget):
    """The photos of one client. `add_actions` puts the card's own buttons (take a photo,
    import) at the start of the toolbar. Questions go through `confirm` and refusals
    through `tell`, which tests replace on the instance.

    Signals:
        photos_changed(): a photo was made the profile photo or removed (the card may
            show another face).
        thumbnails_loaded(): every thumbnail of the last (re)load has arrived.
    """

    photos_changed = Signal()
    thumbnails_loaded = Signal()

    def __init__(
        self, workspace: Workspace, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoGallery")
        self._service = workspace.photos(actor)
        self._visits = workspace.procedures(actor)
        self._actor = actor
        self._client_id = client_id
        self._rows: list[PhotoRow] = []
        self._tiles: dict[int, PhotoTile] = {}
        self._selected: list[int] = []  # in the order picked
        self._thumbnails: dict[str, QImage] = {}  # by the thumbnail's digest, across reloads
        self._loading = 0  # which (re)load the arriving thumbnails belong to
        self._pending = 0
        self.details_dialog: PhotoDetailsDialog | None = None
        self._editing = 0  # the photo whose details are being corrected

        self.open_action = self._action(self.tr("Open"), self.open_selected)
        self.compare_action = self._action(self.tr("Compare"), self.compare_selected)
        self.compare_action.setToolTip(self.tr("Pick two photos (Ctrl+click) to compare them"))
        self.before_after_action = self._action(
            self.tr("Compare before/after"), self.compare_before_after
        )
        self.marketing_action = self._action(self.tr("For advertising"), self._mark_selected)
        self.marketing_action.setCheckable(True)
        self.marketing_action.setToolTip(
            self.tr("The photo may be used in the salon's advertising")
        )
        self.profile_action = self._action(self.tr("Make profile photo"), self._make_profile)
        self.remove_action = self._action(self.tr("Remove…"), self._remove_selected)
        self.details_action = self._action(self.tr("Kind, zone, procedure…"), self.edit_details)
        self.details_action.setToolTip(self.tr("Correct what the photo shows"))

        # Wraps: the card's pane is narrow and the names are long in some languages.
        self.tools = FlowLayout()
        self._own_tools = 0
        for action in (
            self.compare_action,
            self.before_after_action,
            self.marketing_action,
            self.profile_action,
            self.remove_action,
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            self.tools.addWidget(button)
        self.hint = QLabel(self)
        self.hint.setObjectName("photoGalleryHint")
        self.hint.setWordWrap(True)

        self.message = QLabel(self.tr("Opening the photos…"), self)
        self.message.setObjectName("photoGalleryEmpty")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.area = QScrollArea(self)
        self.area.setObjectName("photoGalleryArea")
        self.area.setWidgetResizable(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.area)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.tools)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)
        self._update_actions()
        self.reload()

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def add_actions(self, actions: Iterable[QAction]) -> None:
        """The card's buttons for adding photos, before the gallery's own."""
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            self.tools.insert_widget(self._own_tools, button)
            self._own_tools += 1

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the client's photos again (after one was added, for instance)."""
        self._loading += 1
        loading = self._loading
        service, client_id = self._service, self._client_id
        run_in_background(
            lambda: service.photos(client_id),
            on_success=lambda rows: self._show_rows(loading, rows),
            on_failure=self._load_failed,
            parent=self,
        )

    def _load_failed(self, error: Exception) -> None:
        self.message.setText(failure_text(error))
        self.stack.setCurrentWidget(self.message)

    def _show_rows(self, loading: int, rows: list[PhotoRow]) -> None:
        if loading != self._loading:
            return  # a newer reload is on its way
        self._rows = rows
        self._tiles = {}
        kept = {row.id for row in rows}
        self._selected = [photo_id for photo_id in self._selected if photo_id in kept]
        if not rows:
            self.message.setText(
                self.tr(
                    "No photos of this client yet. Take one with the camera or import a picture "
                    "file with the buttons above."
                )
            )
            self.stack.setCurrentWidget(self.message)
        else:
            old = self.area.takeWidget()
            if old is not None:
                old.deleteLater()
            self.area.setWidget(self._build_groups(group_photos(rows)))
            self.stack.setCurrentWidget(self.area)
        self._update_actions()
        self._load_thumbnails(loading)

    def _build_groups(self, groups: Sequence[PhotoGroup]) -> QWidget:
        page = QWidget()
        page.setObjectName("photoGalleryPage")
        column = QVBoxLayout(page)
        for group in groups:
            header = QLabel(self._group_title(group), page)
            header.setObjectName("photoGroupHeader")
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            column.addWidget(header)
            holder = QWidget(page)
            flow = FlowLayout(holder)
            for row in group.photos:
                tile = PhotoTile(row, holder)
                tile.set_selected(row.id in self._selected)
                cached = self._thumbnails.get(row.thumb_sha256)
                if cached is not None:
                    tile.set_image(cached)
                tile.clicked.connect(self._tile_clicked)
                tile.activated.connect(self._tile_activated)
                tile.menu_requested.connect(self._tile_menu)
                flow.addWidget(tile)
                self._tiles[row.id] = tile
            column.addWidget(holder)
        column.addStretch(1)
        return page

    def _group_title(self, group: PhotoGroup) -> str:
        if group.day is None:
            return self.tr("Profile photos")
        day = format_day(group.day)
        if group.procedure is None:
            return self.tr("{day} — no procedure").format(day=day)
        return self.tr("{day} — {procedure}").format(
            day=day, procedure=procedure_title(group.procedure)
        )

    def _load_thumbnails(self, loading: int) -> None:
        wanted = [row.id for row in self._rows if row.thumb_sha256 not in self._thumbnails]
        batches = [wanted[start : start + BATCH] for start in range(0, len(wanted), BATCH)]
        self._pending = len(batches)
        if not batches:
            self.thumbnails_loaded.emit()
            return
        for batch in batches:
            self._load_batch(loading, batch)

    def _load_batch(self, loading: int, ids: list[int]) -> None:
        service, ratio = self._service, self.devicePixelRatio()
        fit = QSize(round(THUMB.width() * ratio), round(THUMB.height() * ratio))
        run_in_background(
            lambda: load_thumbnails(service, ids, fit),
            on_success=lambda images: self._thumbnails_arrived(loading, ids, images),
            on_failure=lambda error: self._thumbnails_failed(loading, ids, error),
            parent=self,
        )

    def _thumbnails_arrived(self, loading: int, ids: list[int], images: dict[int, QImage]) -> None:
        if loading != self._loading:
            return
        for photo_id in ids:
            tile = self._tiles.get(photo_id)
            image = images.get(photo_id)
            if tile is not None:
                tile.set_image(image)
                if image is not None and not image.isNull():
                    self._thumbnails[tile.row.thumb_sha256] = image
        self._batch_done()

    def _thumbnails_failed(self, loading: int, ids: list[int], error: Exception) -> None:
        if loading != self._loading:
            return
        self.hint.setText(failure_text(error))
        for photo_id in ids:
            tile = self._tiles.get(photo_id)
            if tile is not None:
                tile.set_image(None)
        self._batch_done()

    def _batch_done(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.thumbnails_loaded.emit()

    # --- selection -------------------------------------------------------------------------

    def tiles(self) -> list[PhotoTile]:
        """The tiles in the order shown."""
        return list(self._tiles.values())

    def tile(self, photo_id: int) -> PhotoTile:
        return self._tiles[photo_id]

    def selected(self) -> list[PhotoRow]:
        return [self._tiles[photo_id].row for photo_id in self._selected]

    def select(self, photo_ids: Sequence[int]) -> None:
        self._selected = [photo_id for photo_id in photo_ids if photo_id in self._tiles]
        for photo_id, tile in self._tiles.items():
            tile.set_selected(photo_id in self._selected)
        self._update_actions()

    def _tile_clicked(self, tile: PhotoTile, adding: bool) -> None:
        self.area.ensureWidgetVisible(tile)
        photo_id = tile.row.id
        if not adding:
            self.select([photo_id])
        elif photo_id in self._selected:
            self.select([other for other in self._selected if other != photo_id])
        else:
            self.select([*self._selected, photo_id])

    def _tile_activated(self, tile: PhotoTile) -> None:
        self.select([tile.row.id])
        self.open_selected()

    def _tile_menu(self, tile: PhotoTile, at: QPoint) -> None:
        self.context_menu(tile).popup(at)

    def context_menu(self, tile: PhotoTile) -> QMenu:
        """What can be done with the photo right-clicked (it becomes the one selected,
        unless it is one of those selected)."""
        if tile.row.id not in self._selected:
            self.select([tile.row.id])
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.open_action)
        if self.compare_action.isEnabled():
            menu.addAction(self.compare_action)
        menu.addSeparator()
        for action in (
            self.details_action,
            self.marketing_action,
            self.profile_action,
            self.remove_action,
        ):
            if action.isEnabled():
                menu.addAction(action)
        return menu

    def _can_change(self, row: PhotoRow) -> bool:
        return self._actor.can(Permission.PHOTOS_WRITE) and (
            not row.kind.is_clinical or self._actor.can(Permission.HEALTH_WRITE)
        )

    def _update_actions(self) -> None:
        selected = self.selected()
        one = selected[0] if len(selected) == 1 else None
        self.open_action.setEnabled(one is not None)
        self.compare_action.setEnabled(len(selected) == 2)
        pair = latest_before_after(self._rows)
        self.before_after_action.setVisible(pair is not None)
        if pair is not None:
            self.before_after_action.setToolTip(
                self.tr("Compare {before} with {after}").format(
                    before=photo_caption(pair[0]), after=photo_caption(pair[1])
                )
            )
        changeable = one is not None and self._can_change(one)
        self.marketing_action.setEnabled(changeable)
        self.marketing_action.setChecked(one is not None and one.marketing)
        self.profile_action.setEnabled(
            changeable
            and one is not None
            and one.kind is PhotoKind.PROFILE
            and not one.is_current_profile
        )
        self.remove_action.setEnabled(changeable)
        self.details_action.setEnabled(changeable and one is not None and one.kind.is_clinical)
        differ = len(selected) == 2 and not same_zone(*selected)
        if differ:
            hint = self.tr("These photos show different zones: the comparison may mislead.")
        elif one is not None and len(self._rows) > 1:
            hint = self.tr("Ctrl+click (or Ctrl+Space) a second photo to compare the two.")
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(self.hint.text()))

    # --- opening ---------------------------------------------------------------------------

    def open_selected(self) -> None:
        selected = self.selected()
        if len(selected) == 1:
            self._open(selected)

    def compare_selected(self) -> None:
        selected = self.selected()
        if len(selected) == 2:
            self._open(in_comparison_order(*selected))

    def compare_before_after(self) -> None:
        pair = latest_before_after(self._rows)
        if pair is not None:
            self.select([row.id for row in pair])
            self._open(pair)

    def _open(self, rows: Sequence[PhotoRow]) -> None:
        """Read the full-size photos in the background, then show them."""
        service, ids = self._service, [row.id for row in rows]
        captions = [photo_caption(row) for row in rows]
        run_in_background(
            lambda: load_images(service, ids),
            on_success=lambda images: self._show_photos(
                [
                    ComparedPhoto(image, caption)
                    for image, caption in zip(images, captions, strict=True)
                ]
            ),
            on_failure=lambda error: self.tell(failure_text(error)),
            parent=self,
        )

    def _show_photos(self, photos: list[ComparedPhoto]) -> None:
        dialog = PhotoCompareDialog(photos, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # --- changing --------------------------------------------------------------------------

    def _mark_selected(self) -> None:
        selected = self.selected()
        if len(selected) != 1:
            return
        row, marked = selected[0], self.marketing_action.isChecked()
        service = self._service
        run_in_background(
            lambda: service.set_marketing(row.id, marked),
            on_success=self._kept,
            on_failure=self._change_refused,
            parent=self,
        )

    def edit_details(self) -> None:
        """Correct a clinical photo's kind, zone or procedure (a "before" taken before its
        procedure was recorded is linked to it here)."""
        selected = self.selected()
        if len(selected) != 1 or not selected[0].kind.is_clinical:
            return
        row = selected[0]
        start = PhotoDetails(
            row.kind, row.zone, row.zone_note, procedure_id=row.procedure_id, note=row.note
        )
        visits = self._visits.visits(self._client_id)
        self.details_dialog = PhotoDetailsDialog(visits, details=start)
        self._editing = row.id
        self.details_dialog.chosen.connect(self._details_edited)
        self.details_dialog.finished.connect(self._details_closed)
        self.details_dialog.open_over(self)

    def _details_closed(self) -> None:
        self.details_dialog = None

    def _details_edited(self, details: PhotoDetails) -> None:
        service, photo_id = self._service, self._editing
        run_in_background(
            lambda: service.update_details(photo_id, details),
            on_success=self._kept,
            on_failure=self._change_refused,
            parent=self,
        )

    def _make_profile(self) -> None:
        selected = self.selected()
        if len(selected) == 1:
            service, photo_id = self._service, selected[0].id
            run_in_background(
                lambda: service.make_current_profile(photo_id),
                on_success=self._changed,
                on_failure=self._change_refused,
                parent=self,
            )

    def _remove_selected(self) -> None:
        selected = self.selected()
        if len(selected) != 1:
            return
        row = selected[0]
        question = self.tr(
            "Remove the photo “{photo}” from the card? It is hidden, not destroyed: the "
            "salon's records keep it."
        ).format(photo=photo_caption(row))
        if not self.confirm(self.tr("Remove the photo"), question):
            return
        service = self._service
        run_in_background(
            lambda: service.remove(row.id),
            on_success=self._changed,
            on_failure=self._change_refused,
            parent=self,
        )

    def _changed(self, _result: object = None) -> None:
        """A change that may put another face on the card (the card reloads)."""
        self.photos_changed.emit()
        self.reload()

    def _kept(self, _result: object = None) -> None:
        """A change of one photo's marks: the gallery reloads, the selection stays."""
        self.reload()

    def _change_refused(self, error: Exception) -> None:
        self._update_actions()  # the mark as it is stored, not as it was clicked
        self.tell(failure_text(error))

    # --- questions -------------------------------------------------------------------------

    def confirm(self, title: str, text: str) -> bool:
        return Prompts(self).confirm(self, title, text)

    def tell(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Photos"), text)
