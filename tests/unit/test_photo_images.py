"""What a photo file must be to be stored, and what is left of it once it is: the refusals
say why, and the stored JPEG carries nothing but the pixels."""

from __future__ import annotations

import io
from pathlib import Path

import pillow_heif
import pytest
from PIL import Image

from salon_crm.domain.photos import photo_rules as rules
from salon_crm.services.photos import photo_images as images
from salon_crm.services.photos.photo_images import PhotoProblem, PhotoRejectedError
from tests.unit.photo_files import encoded, frame, png_bomb, solid, with_gps


def _refusal(data: bytes) -> PhotoProblem:
    with pytest.raises(PhotoRejectedError) as caught:
        images.decode_file(data)
    return caught.value.problem


def test_a_one_pixel_image_is_too_small_and_says_the_minimum() -> None:
    with pytest.raises(PhotoRejectedError) as caught:
        images.decode_file(encoded(solid(1, 1), "PNG"))
    assert caught.value.problem is PhotoProblem.TOO_SMALL
    assert "1×1" in caught.value.message and "128×96" in caught.value.message


def test_the_smallest_accepted_photo_is_128_by_96() -> None:
    assert images.decode_file(encoded(solid(128, 96), "PNG")).size == (128, 96)
    assert _refusal(encoded(solid(127, 96), "PNG")) is PhotoProblem.TOO_SMALL


def test_a_png_bomb_is_refused_from_its_header_without_unpacking() -> None:
    bomb = png_bomb(30_000)
    assert len(bomb) < 2_000
    assert _refusal(bomb) is PhotoProblem.TOO_MANY_PIXELS


def test_a_truncated_jpeg_is_refused_not_stored_half_grey() -> None:
    whole = encoded(solid(800, 600), "JPEG", quality=95)
    assert _refusal(whole[: len(whole) // 2]) is PhotoProblem.TRUNCATED


def test_text_named_jpg_and_other_formats_are_not_images() -> None:
    assert _refusal(b"Dear client, this is not a photo.\n" * 20) is PhotoProblem.NOT_AN_IMAGE
    # A real image in a format the program does not take.
    assert _refusal(encoded(solid(300, 200), "BMP")) is PhotoProblem.NOT_AN_IMAGE


def test_a_file_over_the_limit_is_refused_by_its_size() -> None:
    assert _refusal(b"\xff" * (rules.MAX_FILE_BYTES + 1)) is PhotoProblem.FILE_TOO_LARGE


def test_gps_and_camera_data_are_stripped_and_the_orientation_applied() -> None:
    # Orientation 6: the camera was turned; the picture must be shown rotated upright.
    image = images.decode_file(with_gps(solid(400, 300), orientation=6))
    stored = Image.open(io.BytesIO(images.encode(image).full))
    assert stored.size == (300, 400)
    assert not stored.getexif()
    assert "exif" not in stored.info and "icc_profile" not in stored.info
    assert not Image.open(io.BytesIO(images.encode(image).thumbnail)).getexif()


def test_a_transparent_png_shows_on_white() -> None:
    clear = Image.new("RGBA", (200, 150), (0, 0, 0, 0))
    image = images.decode_file(encoded(clear, "PNG"))
    assert image.mode == "RGB" and image.getpixel((10, 10)) == (255, 255, 255)


def test_an_iphone_heic_photo_is_read(tmp_path: Path) -> None:
    heif = pillow_heif.from_pillow(solid(640, 480, (40, 90, 200)))
    path = tmp_path / "IMG_0001.HEIC"
    heif.save(path, quality=90)
    image = images.decode_file(path.read_bytes())
    red, _green, blue = image.getpixel((320, 240))
    assert image.size == (640, 480) and blue > 150 and red < 90


def test_the_thumbnail_fits_its_side_and_keeps_the_shape() -> None:
    photo = images.encode(images.decode_frame(frame(1280, 960)))
    thumbnail = Image.open(io.BytesIO(photo.thumbnail))
    assert (photo.width, photo.height) == (1280, 960)
    assert thumbnail.size == (rules.THUMBNAIL_SIDE, rules.THUMBNAIL_SIDE * 3 // 4)


def test_a_huge_photo_is_stored_at_most_the_stored_side() -> None:
    image = images.decode_file(encoded(solid(6000, 4000), "JPEG"))
    assert image.width == rules.MAX_STORED_SIDE and abs(image.height - 4096 * 2 / 3) < 1


def test_a_frame_must_hold_its_pixels() -> None:
    broken = frame(640, 480)
    with pytest.raises(ValueError):
        images.decode_frame(type(broken)(640, 481, broken.data))


def test_the_refusal_names_the_limit_that_refused() -> None:
    # Between the program's limit and Pillow's: refused by the program, with its number.
    with pytest.raises(PhotoRejectedError) as caught:
        images.decode_file(png_bomb(9_000))  # 81 million pixels
    assert caught.value.problem is PhotoProblem.TOO_MANY_PIXELS
    assert f"more than {rules.MAX_PIXELS // 1_000_000} million" in caught.value.message
