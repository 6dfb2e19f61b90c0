"""Pictures for the demo salon, drawn in code: a stylised head and shoulders for the
profile photos, and a patch of skin for the clinical series (its redness fading from
"before" to "after"). No real person is in any of them."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFilter

SKIN = ((241, 204, 178), (226, 185, 152), (205, 160, 124), (168, 119, 86), (120, 84, 60))
HAIR = ((40, 30, 25), (90, 60, 35), (160, 110, 60), (210, 180, 120), (120, 40, 30), (70, 70, 70))
BACKDROP = ((214, 222, 230), (228, 220, 210), (205, 215, 205), (226, 214, 226))
SIZE = (640, 480)


def portrait(rng: random.Random) -> Image.Image:
    """Head and shoulders on a plain backdrop, 4:3, as a webcam at the desk frames them."""
    width, height = SIZE
    image = Image.new("RGB", SIZE, rng.choice(BACKDROP))
    draw = ImageDraw.Draw(image)
    skin, hair = rng.choice(SKIN), rng.choice(HAIR)
    cloth = tuple(rng.randrange(40, 200) for _ in range(3))
    cx = width // 2 + rng.randrange(-30, 31)
    top = 105 + rng.randrange(-12, 13)
    face_w, face_h = 150 + rng.randrange(-12, 13), 196 + rng.randrange(-12, 13)
    draw.ellipse((cx - 170, height - 120, cx + 170, height + 140), fill=cloth)  # shoulders
    draw.rectangle((cx - 36, top + face_h - 40, cx + 36, height - 90), fill=skin)  # neck
    long_hair = rng.random() < 0.6
    if long_hair:
        draw.rounded_rectangle(
            (cx - face_w // 2 - 28, top - 18, cx + face_w // 2 + 28, top + face_h + 70),
            radius=70,
            fill=hair,
        )
    draw.ellipse((cx - face_w // 2, top, cx + face_w // 2, top + face_h), fill=skin)
    draw.chord(
        (cx - face_w // 2 - 8, top - 22, cx + face_w // 2 + 8, top + face_h // 2 + 10),
        180,
        360,
        fill=hair,
    )
    eye_y = top + face_h * 0.48
    for side in (-1, 1):
        ex = cx + side * face_w * 0.22
        draw.ellipse((ex - 11, eye_y - 6, ex + 11, eye_y + 6), fill=(250, 250, 250))
        draw.ellipse((ex - 5, eye_y - 5, ex + 5, eye_y + 5), fill=(60, 50, 45))
        draw.line((ex - 14, eye_y - 16, ex + 14, eye_y - 19), fill=hair, width=4)
    mouth_y = top + face_h * 0.78
    lips = (min(255, skin[0] - 20), max(0, skin[1] - 80), max(0, skin[2] - 70))
    draw.chord((cx - 24, mouth_y - 10, cx + 24, mouth_y + 12), 0, 180, fill=lips)
    return image.filter(ImageFilter.GaussianBlur(1.2))


def skin_patch(seed: int, *, redness: float) -> Image.Image:
    """A close-up of skin with red spots; `redness` 1 is the worst, 0 clear skin. The
    same `seed` gives the same skin and spots, so "after" is "before" healed."""
    spots = random.Random(seed)
    base = spots.choice(SKIN[:4])
    image = Image.new("RGB", SIZE, base)
    draw = ImageDraw.Draw(image)
    for _ in range(90):
        x, y = spots.randrange(SIZE[0]), spots.randrange(SIZE[1])
        radius = spots.randrange(4, 16)
        red = (
            min(255, int(base[0] + 10 * redness)),
            int(base[1] - 70 * redness),
            int(base[2] - 60 * redness),
        )
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=red)
    noise = Image.effect_noise(SIZE, 22).convert("RGB")
    return Image.blend(image.filter(ImageFilter.GaussianBlur(3)), noise, 0.07)
