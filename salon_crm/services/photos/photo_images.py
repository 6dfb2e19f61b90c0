"""Turning what arrives (a file from anywhere, a camera frame) into what is stored: a
full-size JPEG and a thumbnail with no metadata at all.

A file is untrusted: it is size-checked before reading, its pixel count is read from the
header before decoding (a small PNG can unpack to gigabytes), it is decoded in full so a
truncated one is refused rather than stored grey, turned upright by its EXIF orientation
and re-encoded, which leaves its GPS position, camera serial and embedded thumbnails
behind.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import pillow_heif
from PIL import Image, ImageOps, UnidentifiedImageError

from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP
from salon_crm.domain.photos import photo_rules as rules
from salon_crm.services.photos.photo_types import RgbFrame

pillow_heif.register_heif_opener()

PHOTO_PROBLEMS_CONTEXT = "PhotoProblems"
# What Pillow may open: the formats the program accepts, so a TIFF or a PSD renamed to
# .jpg is refused, not half-read by a decoder nobody asked for.
ACCEPTED_FORMATS = ("JPEG", "PNG", "HEIF")


class PhotoProblem(StrEnum):
    FILE_TOO_LARGE = "file_too_large"
    NOT_AN_IMAGE = "not_an_image"
    TOO_MANY_PIXELS = "too_many_pixels"
    TRUNCATED = "truncated"
    TOO_SMALL = "too_small"
    UNREADABLE = "unreadable"


# In English under PHOTO_PROBLEMS_CONTEXT: the GUI translates, the command line prints.
TEXTS: dict[PhotoProblem, str] = {
    PhotoProblem.FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "PhotoProblems", "The file is larger than {limit_mb} MB. Choose a smaller photo."
    ),
    PhotoProblem.NOT_AN_IMAGE: QT_TRANSLATE_NOOP(
        "PhotoProblems", "This file is not a PNG, JPEG or HEIC photo."
    ),
    PhotoProblem.TOO_MANY_PIXELS: QT_TRANSLATE_NOOP(
        "PhotoProblems",
        "The image has more than {limit} million pixels: too many to open safely. "
        "Make it smaller in a photo editor first.",
    ),
    PhotoProblem.TRUNCATED: QT_TRANSLATE_NOOP(
        "PhotoProblems",
        "The file is damaged or was not copied completely. Copy it again and retry.",
    ),
    PhotoProblem.TOO_SMALL: QT_TRANSLATE_NOOP(
        "PhotoProblems",
        "The image is {width}×{height} pixels; a photo must be at least {min_width}×{min_height}.",
    ),
    PhotoProblem.UNREADABLE: QT_TRANSLATE_NOOP(
        "PhotoProblems", "The file cannot be read. Check that it exists and is not open elsewhere."
    ),
}


class PhotoRejectedError(SalonError):
    """An image was refused; `problem` says why and `params` fill its text."""

    def __init__(self, problem: PhotoProblem, **params: Any) -> None:
        self.problem = problem
        self.params = params
        super().__init__(self.message)

    @property
    def template(self) -> str:
        return TEXTS[self.problem]

    @property
    def message(self) -> str:
        """In English, for the command line and the log."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class EncodedPhoto:
    full: bytes = field(repr=False)
    thumbnail: bytes = field(repr=False)
    width: int
    height: int


def decode_file(data: bytes) -> Image.Image:
    """The upright RGB image a file holds, as a photo is kept; raises PhotoRejectedError
    for anything else (and for a picture too small to be a photo)."""
    return _prepared(open_image(data))


def open_image(data: bytes) -> Image.Image:
    """The upright image a file holds, in its own mode and size (a logo too small to be a
    photo included); PhotoRejectedError for a file that is no image, cut short, too big."""
    if len(data) > rules.MAX_FILE_BYTES:
        raise file_too_large()
    try:
        with warnings.catch_warnings():
            # Pillow warns (and past twice its limit, raises) about bombs; both refuse.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
            if image.width * image.height > rules.MAX_PIXELS:
                raise _too_many_pixels()
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _too_many_pixels() from error
    except UnidentifiedImageError as error:
        raise PhotoRejectedError(PhotoProblem.NOT_AN_IMAGE) from error
    except (OSError, SyntaxError, ValueError) as error:
        # Pillow says "image file is truncated", "broken data stream"… for a cut file.
        raise PhotoRejectedError(PhotoProblem.TRUNCATED) from error
    turned = ImageOps.exif_transpose(image, in_place=True)
    return image if turned is None else turned


def file_too_large() -> PhotoRejectedError:
    return PhotoRejectedError(
        PhotoProblem.FILE_TOO_LARGE, limit_mb=rules.MAX_FILE_BYTES // (1024 * 1024)
    )


def _too_many_pixels() -> PhotoRejectedError:
    return PhotoRejectedError(PhotoProblem.TOO_MANY_PIXELS, limit=rules.MAX_PIXELS // 1_000_000)


def decode_frame(frame: RgbFrame) -> Image.Image:
    if len(frame.data) != frame.width * frame.height * 3:
        raise ValueError(f"{frame.width}×{frame.height} RGB frame of {len(frame.data)} bytes")
    return _prepared(Image.frombytes("RGB", (frame.width, frame.height), frame.data))


def _prepared(image: Image.Image) -> Image.Image:
    width, height = image.size
    if width < rules.MIN_WIDTH or height < rules.MIN_HEIGHT:
        raise PhotoRejectedError(
            PhotoProblem.TOO_SMALL,
            width=width,
            height=height,
            min_width=rules.MIN_WIDTH,
            min_height=rules.MIN_HEIGHT,
        )
    if image.mode != "RGB":
        image = _on_white(image) if "A" in image.getbands() or image.mode == "P" else image
        image = image.convert("RGB")
    if max(width, height) > rules.MAX_STORED_SIDE:
        image.thumbnail((rules.MAX_STORED_SIDE, rules.MAX_STORED_SIDE), Image.Resampling.LANCZOS)
    return image


def _on_white(image: Image.Image) -> Image.Image:
    """A transparent PNG shows on white, as it did in the program it came from, not black."""
    rgba = image.convert("RGBA")
    background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
    return Image.alpha_composite(background, rgba)


def encode(image: Image.Image) -> EncodedPhoto:
    """The full-size JPEG and the thumbnail, written with no EXIF, ICC or other block."""
    scale = rules.THUMBNAIL_SIDE / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    # Straight from the full image (no copy of its megabytes), in halving steps first.
    thumbnail = image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
    return EncodedPhoto(
        _jpeg(image, rules.JPEG_QUALITY), _jpeg(thumbnail, rules.THUMBNAIL_QUALITY), *image.size
    )


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()
