"""One photo in the gallery: its thumbnail (a placeholder until it arrives), its kind, its
zone and the day it was taken, the current profile photo and a photo marked for
advertising marked so.

Painted rather than built of labels: a gallery of 200 photos stays 200 widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from salon_crm.domain.common.dates import format_day
from salon_crm.domain.photos.photo_kinds import PhotoKind
from salon_crm.gui.photos.photo_labels import kind_label, photo_caption, zone_label
from salon_crm.services.photos.photo_types import PhotoRow

THUMB = QSize(160, 120)
# Arrow keys: whether each goes forward through the tiles.
_STEPS = {
    Qt.Key.Key_Right: True,
    Qt.Key.Key_Down: True,
    Qt.Key.Key_Left: False,
    Qt.Key.Key_Up: False,
}
PADDING = 6
PLACEHOLDER = QColor("#d9d9d9")
MARK = QColor("#e0a800")
MARK_WITHDRAWN = QColor("#8a8a8a")


class PhotoTile(QWidget):
    """Signals:
    clicked(object, bool): the tile, and whether Ctrl was held (add to the selection).
    activated(object): double-clicked or Enter: open the photo.
    menu_requested(object, QPoint): the tile and the global point of a context menu.
    """

    clicked = Signal(object, bool)
    activated = Signal(object)
    menu_requested = Signal(object, QPoint)

    def __init__(self, row: PhotoRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.image: QImage | None = None
        self.failed = False
        self.selected = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        lines = self.fontMetrics().height() * 3 + 6
        self.setFixedSize(THUMB.width() + 2 * PADDING, THUMB.height() + 2 * PADDING + lines)
        caption = photo_caption(row)
        self.setAccessibleName(caption)
        self.setToolTip(self._tooltip(caption))

    def _tooltip(self, caption: str) -> str:
        lines = [caption]
        if self.row.marketing:
            lines.append(
                self.tr("Marked for advertising")
                if self.row.marketing_allowed
                else self.tr("Marked for advertising, but the consent has been withdrawn")
            )
        if self.row.note:
            lines.append(self.row.note)
        return "\n".join(lines)

    def second_line(self) -> str:
        """Under the kind: the zone, or whether a profile photo is the one shown."""
        if self.row.kind is PhotoKind.PROFILE:
            return self.tr("Current") if self.row.is_current_profile else ""
        return zone_label(self.row.zone, self.row.zone_note)

    def set_image(self, image: QImage | None) -> None:
        """The thumbnail arrived; None: it could not be read."""
        self.image = image if image is not None and not image.isNull() else None
        self.failed = self.image is None
        self.update()

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.selected = selected
            self.update()

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        try:
            palette = self.palette()
            if self.selected:
                painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Highlight))
            box = QRect(QPoint(PADDING, PADDING), THUMB)
            self._paint_thumbnail(painter, box)
            if self.row.marketing:
                self._paint_mark(painter, box)
            text_color = palette.color(
                QPalette.ColorRole.HighlightedText
                if self.selected
                else QPalette.ColorRole.WindowText
            )
            painter.setPen(text_color)
            line = self.fontMetrics().height()
            top = box.bottom() + 4
            bold = QFont(self.font())
            bold.setBold(self.row.is_current_profile)
            for text, font in (
                (kind_label(self.row.kind), self.font()),
                (self.second_line(), bold),
                (format_day(self.row.taken_on), self.font()),
            ):
                painter.setFont(font)
                band = QRect(PADDING, top, THUMB.width(), line)
                shown = painter.fontMetrics().elidedText(
                    text, Qt.TextElideMode.ElideRight, band.width()
                )
                painter.drawText(
                    band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown
                )
                top += line + 2
            if self.hasFocus():
                painter.setPen(QPen(text_color, 1, Qt.PenStyle.DotLine))
                painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        finally:
            painter.end()

    def _paint_thumbnail(self, painter: QPainter, box: QRect) -> None:
        if self.image is None:
            painter.fillRect(box, PLACEHOLDER)
            if self.failed:
                painter.setPen(QColor("#606060"))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.tr("No picture"))
            return
        size = self.image.size().scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(QPoint(0, 0), size)
        target.moveCenter(box.center())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self.image)

    def _paint_mark(self, painter: QPainter, box: QRect) -> None:
        """A star in the corner: gold while the photo may be used, grey once the consent
        is withdrawn."""
        painter.setPen(MARK if self.row.marketing_allowed else MARK_WITHDRAWN)
        font = QFont(self.font())
        font.setPixelSize(20)
        painter.setFont(font)
        corner = QRect(box.right() - 24, box.top() + 2, 22, 22)
        painter.drawText(corner, Qt.AlignmentFlag.AlignCenter, "★")

    # --- input ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            adding = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.clicked.emit(self, adding)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self)
        elif key == Qt.Key.Key_Space:
            self.clicked.emit(self, ctrl)
        elif key in _STEPS:
            self._step(_STEPS[key], keep=ctrl)
        else:
            super().keyPressEvent(event)

    def _step(self, forward: bool, *, keep: bool) -> None:
        """The arrows go from tile to tile and select the one reached, as in a list;
        with Ctrl they only move (then Ctrl+Space adds the tile to the selection)."""
        target = self._neighbour(forward)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            if not keep:
                target.clicked.emit(target, False)

    def _neighbour(self, forward: bool) -> PhotoTile | None:
        """The next (or previous) tile in the focus chain, past the groups' headings."""
        widget = self.nextInFocusChain() if forward else self.previousInFocusChain()
        while widget is not None and widget is not self:
            if isinstance(widget, PhotoTile) and widget.isVisible():
                return widget
            if not isinstance(widget, PhotoTile) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return None  # past the last tile: a button of the toolbar, the card's tabs
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        return None

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu_requested.emit(self, event.globalPos())

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
