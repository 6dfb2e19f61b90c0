"""The limits an image must keep to be stored (the seed questionnaire asks for at least
128×96 and a 4:3 profile photo) and the sizes the program stores it in."""

from __future__ import annotations

# Smaller than this is not a usable photo of a face.
MIN_WIDTH = 128
MIN_HEIGHT = 96
# A file larger than this is refused before it is read; smaller ones are re-encoded.
MAX_FILE_BYTES = 20 * 1024 * 1024
# Images over this many pixels are refused from their header, before decoding (a small
# PNG can unpack to gigabytes). Below Pillow's own bomb guard (89 million), which stays
# on behind it; a 48-megapixel phone photo passes.
MAX_PIXELS = 80_000_000
# The stored full-size image is at most this long on its longer side.
MAX_STORED_SIDE = 4096
THUMBNAIL_SIDE = 320
JPEG_QUALITY = 90
THUMBNAIL_QUALITY = 82
# The profile photo's shape (width : height).
PROFILE_ASPECT = (4, 3)
