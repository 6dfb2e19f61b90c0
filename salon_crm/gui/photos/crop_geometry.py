"""The crop rectangle's rules, in image pixels: inside the image, no smaller than a usable
photo, of the locked shape when there is one, and how a drag of a handle changes it."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt

from salon_crm.domain.photos.photo_rules import MIN_HEIGHT, MIN_WIDTH

Aspect = tuple[int, int]  # width : height
_KEEP = Qt.AspectRatioMode.KeepAspectRatio


class Handle(Enum):
    """What a press on the crop frame grabs. The letters name the sides a handle moves."""

    MOVE = ""
    TOP_LEFT = "tl"
    TOP_RIGHT = "tr"
    BOTTOM_LEFT = "bl"
    BOTTOM_RIGHT = "br"
    TOP = "t"
    BOTTOM = "b"
    LEFT = "l"
    RIGHT = "r"

    @property
    def is_corner(self) -> bool:
        return len(self.value) == 2


def initial_crop(bounds: QSizeF, aspect: Aspect | None) -> QRectF:
    """The whole image, or the largest centred rectangle of the locked shape."""
    whole = QRectF(QPointF(0, 0), bounds)
    if aspect is None:
        return whole
    size = QSizeF(aspect[0], aspect[1]).scaled(bounds, _KEEP)
    return _centred(size, whole.center())


def minimum_size(bounds: QSizeF, aspect: Aspect | None) -> QSizeF:
    """The smallest crop: a usable photo (128×96), or the whole image if it is smaller."""
    width = min(float(MIN_WIDTH), bounds.width())
    height = min(float(MIN_HEIGHT), bounds.height())
    if aspect is not None:
        width = max(width, height * aspect[0] / aspect[1])
        width = min(width, bounds.width(), bounds.height() * aspect[0] / aspect[1])
        height = width * aspect[1] / aspect[0]
    return QSizeF(width, height)


def constrained(rect: QRectF, bounds: QSizeF, aspect: Aspect | None) -> QRectF:
    """`rect` made valid: of the locked shape (its width decides), between the minimum
    and the image's size, then moved inside the image."""
    least = minimum_size(bounds, aspect)
    width = min(max(rect.width(), least.width()), bounds.width())
    if aspect is None:
        height = min(max(rect.height(), least.height()), bounds.height())
    else:
        width = min(width, bounds.height() * aspect[0] / aspect[1])
        height = width * aspect[1] / aspect[0]
    left = min(max(rect.left(), 0.0), bounds.width() - width)
    top = min(max(rect.top(), 0.0), bounds.height() - height)
    return QRectF(left, top, width, height)


def moved(rect: QRectF, dx: float, dy: float, bounds: QSizeF, aspect: Aspect | None) -> QRectF:
    return constrained(rect.translated(dx, dy), bounds, aspect)


def resized(rect: QRectF, dw: float, dh: float, bounds: QSizeF, aspect: Aspect | None) -> QRectF:
    """Grown or shrunk about its centre; with a locked shape the larger change counts."""
    if aspect is not None:
        dw = dw if abs(dw) >= abs(dh) else dh * aspect[0] / aspect[1]
        dh = dw * aspect[1] / aspect[0]
    size = QSizeF(rect.width() + dw, rect.height() + dh)
    least = minimum_size(bounds, aspect)
    size = size.expandedTo(least).boundedTo(bounds)
    if aspect is not None:
        size = QSizeF(aspect[0], aspect[1]).scaled(size, _KEEP)
    return constrained(_centred(size, rect.center()), bounds, aspect)


def dragged(
    rect: QRectF, handle: Handle, point: QPointF, bounds: QSizeF, aspect: Aspect | None
) -> QRectF:
    """`rect` after the side(s) that `handle` holds were dragged to `point`; the opposite
    side stays where it is. A locked shape is kept from its corners only."""
    left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
    x = min(max(point.x(), 0.0), bounds.width())
    y = min(max(point.y(), 0.0), bounds.height())
    least = minimum_size(bounds, aspect)
    sides = handle.value
    if "l" in sides:
        left = min(x, right - least.width())
    if "r" in sides:
        right = max(x, left + least.width())
    if "t" in sides:
        top = min(y, bottom - least.height())
    if "b" in sides:
        bottom = max(y, top + least.height())
    if aspect is None or not handle.is_corner:
        return constrained(QRectF(QPointF(left, top), QPointF(right, bottom)), bounds, None)
    # The corner opposite the handle holds; the shape follows the longer drag, and stops
    # where the image does.
    anchor_x = rect.right() if "l" in sides else rect.left()
    anchor_y = rect.bottom() if "t" in sides else rect.top()
    room_x = anchor_x if "l" in sides else bounds.width() - anchor_x
    room_y = anchor_y if "t" in sides else bounds.height() - anchor_y
    ratio = aspect[0] / aspect[1]
    width = max(right - left, (bottom - top) * ratio)
    width = max(min(width, room_x, room_y * ratio), least.width())
    height = width / ratio
    left = anchor_x - width if "l" in sides else anchor_x
    top = anchor_y - height if "t" in sides else anchor_y
    return constrained(QRectF(left, top, width, height), bounds, aspect)


def pixel_rect(rect: QRectF, bounds: QSizeF, aspect: Aspect | None) -> QRect:
    """The crop in whole pixels inside the image; of exactly the locked shape (a whole
    number of 4×3 blocks), not a pixel off from rounding."""
    image_width, image_height = int(bounds.width()), int(bounds.height())
    if aspect is None:
        width, height = round(rect.width()), round(rect.height())
    else:
        blocks = min(
            int(rect.width() + 0.5) // aspect[0],
            image_width // aspect[0],
            image_height // aspect[1],
        )
        width, height = blocks * aspect[0], blocks * aspect[1]
    width, height = max(1, min(width, image_width)), max(1, min(height, image_height))
    return QRect(
        _whole_start(rect.left(), rect.width(), width, image_width),
        _whole_start(rect.top(), rect.height(), height, image_height),
        width,
        height,
    )


def _whole_start(start: float, length: float, whole: int, limit: int) -> int:
    """Where a crop `whole` pixels long starts: flush with the image's edge when the
    frame touches it, else centred on the frame."""
    if start <= 0.5:
        return 0
    if start + length >= limit - 0.5:
        return limit - whole
    return min(max(round(start + (length - whole) / 2), 0), limit - whole)


def _centred(size: QSizeF, centre: QPointF) -> QRectF:
    return QRectF(
        centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height()
    )
