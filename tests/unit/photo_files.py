"""Image files for the photo tests, made in code: good ones, and the bad ones a photo
import meets (a bomb, a cut file, text named .jpg, a photo carrying its GPS position)."""

from __future__ import annotations

import io
import struct
import zlib

from PIL import Image

from salon_crm.services.photos.photo_types import RgbFrame


def solid(width: int, height: int, color: tuple[int, int, int] = (200, 120, 90)) -> Image.Image:
    return Image.new("RGB", (width, height), color)


def encoded(image: Image.Image, fmt: str = "JPEG", **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def frame(
    width: int = 640, height: int = 480, color: tuple[int, int, int] = (30, 160, 90)
) -> RgbFrame:
    return RgbFrame(width, height, bytes(color) * (width * height))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(side: int = 30_000) -> bytes:
    """A PNG whose header says `side`×`side` greyscale pixels (900 million for the default)
    with the first rows of zeros: a few hundred bytes that would unpack to ~900 MB."""
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (side + 1) * 16)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", rows)
        + _chunk(b"IEND", b"")
    )


def with_gps(image: Image.Image, *, orientation: int = 1) -> bytes:
    """A JPEG carrying a GPS position, a camera model and an EXIF orientation."""
    exif = Image.Exif()
    exif[0x0110] = "Salon Test Camera"  # Model
    exif[0x0112] = orientation
    exif[0x8825] = {1: "N", 2: (50.0, 27.0, 0.0), 3: "E", 4: (30.0, 31.0, 0.0)}  # GPSInfo
    return encoded(image, "JPEG", exif=exif)
