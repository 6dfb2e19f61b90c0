"""Small client-flag icons (VIP, blacklist, child, expired documents, allergies,
contraindications) drawn with QPainter."""

from __future__ import annotations

import math
from enum import Enum
from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPen, QPixmap

from salon_crm.services.clients.client_types import ClientRow

ICON_SIZE = 16
_GAP = 2


class Flag(Enum):
    VIP = "vip"
    BLACKLISTED = "blacklisted"
    CHILD = "child"
    EXPIRED_DOCUMENTS = "expired_documents"
    # Only that there are some: the details stay in the health record.
    ALLERGIES = "allergies"
    CONTRAINDICATIONS = "contraindications"


def flags_of(row: ClientRow) -> tuple[Flag, ...]:
    """The client's flags in the order the list draws them."""
    found: list[Flag] = []
    if row.is_vip:
        found.append(Flag.VIP)
    if row.is_blacklisted:
        found.append(Flag.BLACKLISTED)
    if row.is_child:
        found.append(Flag.CHILD)
    if row.has_expired_documents:
        found.append(Flag.EXPIRED_DOCUMENTS)
    if row.has_allergies:
        found.append(Flag.ALLERGIES)
    if row.has_contraindications:
        found.append(Flag.CONTRAINDICATIONS)
    return tuple(found)


def flag_labels() -> dict[Flag, str]:
    """Built per call: the language can change while the program runs."""
    return {
        Flag.VIP: QCoreApplication.translate("FlagIcons", "VIP client"),
        Flag.BLACKLISTED: QCoreApplication.translate("FlagIcons", "Blacklisted"),
        Flag.CHILD: QCoreApplication.translate("FlagIcons", "Child (linked to a parent)"),
        Flag.EXPIRED_DOCUMENTS: QCoreApplication.translate("FlagIcons", "Expired documents"),
        Flag.ALLERGIES: QCoreApplication.translate("FlagIcons", "Allergies"),
        Flag.CONTRAINDICATIONS: QCoreApplication.translate("FlagIcons", "Contraindications"),
    }


def describe(flags: tuple[Flag, ...]) -> str:
    labels = flag_labels()
    return "\n".join(labels[f] for f in flags)


def _pixel_ratio() -> float:
    app = QGuiApplication.instance()
    return app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0


def _star(painter: QPainter, box: QRectF) -> None:
    center = box.center()
    outer, inner = box.width() / 2, box.width() / 4.6
    path = QPainterPath()
    for point in range(10):
        radius = outer if point % 2 == 0 else inner
        # 36° steps starting at the top.
        angle = math.pi * (point / 5 - 0.5)
        x = center.x() + radius * math.cos(angle)
        y = center.y() + 0.5 + radius * math.sin(angle)
        if point == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    path.closeSubpath()
    painter.setPen(QPen(QColor("#a66f00"), 0.9))
    painter.setBrush(QColor("#f2b01e"))
    painter.drawPath(path)


def _no_entry(painter: QPainter, box: QRectF) -> None:
    inset = box.adjusted(1.5, 1.5, -1.5, -1.5)
    painter.setPen(QPen(QColor("#c62828"), 2.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(inset)
    c = inset.center()
    d = inset.width() / 2 * 0.7071
    painter.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))


def _child(painter: QPainter, box: QRectF) -> None:
    color = QColor("#1e78c8")
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    w = box.width()
    painter.drawEllipse(QRectF(box.left() + w * 0.34, box.top() + w * 0.08, w * 0.32, w * 0.32))
    body = QPainterPath()
    body.addRoundedRect(
        QRectF(box.left() + w * 0.26, box.top() + w * 0.44, w * 0.48, w * 0.5), w * 0.16, w * 0.16
    )
    painter.drawPath(body)


def _document(painter: QPainter, box: QRectF) -> None:
    w = box.width()
    page = QPainterPath()
    left, right = box.left() + w * 0.16, box.right() - w * 0.16
    top, bottom = box.top() + 1, box.bottom() - 1
    fold = w * 0.28
    page.moveTo(left, top)
    page.lineTo(right - fold, top)
    page.lineTo(right, top + fold)
    page.lineTo(right, bottom)
    page.lineTo(left, bottom)
    page.closeSubpath()
    painter.setPen(QPen(QColor("#b45309"), 1.0))
    painter.setBrush(QColor("#fde7c8"))
    painter.drawPath(page)
    painter.setPen(QPen(QColor("#c2410c"), 2.0))
    cx = (left + right) / 2
    painter.drawLine(QPointF(cx, top + w * 0.3), QPointF(cx, bottom - w * 0.36))
    painter.drawPoint(QPointF(cx, bottom - w * 0.17))


def _red_badge(painter: QPainter, shape: QPainterPath) -> None:
    painter.setPen(QPen(QColor("#8e0000"), 1.0))
    painter.setBrush(QColor("#d32f2f"))
    painter.drawPath(shape)
    painter.setPen(QPen(QColor("#ffffff"), 2.0))


def _allergy(painter: QPainter, box: QRectF) -> None:
    """A red circle with an exclamation mark."""
    shape = QPainterPath()
    shape.addEllipse(box.adjusted(1, 1, -1, -1))
    _red_badge(painter, shape)
    c = box.center()
    w = box.width()
    painter.drawLine(QPointF(c.x(), box.top() + w * 0.25), QPointF(c.x(), c.y() + w * 0.1))
    painter.drawPoint(QPointF(c.x(), box.bottom() - w * 0.24))


def _contraindication(painter: QPainter, box: QRectF) -> None:
    """A red triangle with a white cross: something a procedure must not meet."""
    w = box.width()
    shape = QPainterPath()
    shape.moveTo(box.center().x(), box.top() + 1)
    shape.lineTo(box.right() - 0.5, box.bottom() - 1)
    shape.lineTo(box.left() + 0.5, box.bottom() - 1)
    shape.closeSubpath()
    _red_badge(painter, shape)
    cx, cy, d = box.center().x(), box.top() + w * 0.64, w * 0.16
    painter.drawLine(QPointF(cx - d, cy - d), QPointF(cx + d, cy + d))
    painter.drawLine(QPointF(cx - d, cy + d), QPointF(cx + d, cy - d))


_PAINTERS = {
    Flag.VIP: _star,
    Flag.BLACKLISTED: _no_entry,
    Flag.CHILD: _child,
    Flag.EXPIRED_DOCUMENTS: _document,
    Flag.ALLERGIES: _allergy,
    Flag.CONTRAINDICATIONS: _contraindication,
}


@cache
def _strip(flags: tuple[Flag, ...], size: int, ratio: float) -> QPixmap:
    width = max(1, len(flags) * (size + _GAP) - _GAP)
    pixmap = QPixmap(round(width * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for slot, flag in enumerate(flags):
        _PAINTERS[flag](painter, QRectF(slot * (size + _GAP), 0, size, size))
    painter.end()
    return pixmap


def flags_pixmap(flags: tuple[Flag, ...], size: int = ICON_SIZE) -> QPixmap:
    """The flags side by side in one pixmap (cached: there are only 64 combinations)."""
    return _strip(flags, size, _pixel_ratio())


def flag_icon(flag: Flag, size: int = ICON_SIZE) -> QIcon:
    return QIcon(flags_pixmap((flag,), size))


def strip_width(count: int, size: int = ICON_SIZE) -> int:
    return max(0, count * (size + _GAP) - _GAP)
