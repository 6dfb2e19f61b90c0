"""Saving a photo: decoding (or taking the camera frame), the full-size JPEG, the
thumbnail and the media store with its rows, as the card's Save does (see README.md).

    .venv/bin/python benchmarks/bench_photo_save.py [--repeat N]

Each case runs on a fresh salon in a temporary folder. The camera frames and the files
are photo-like (gradients and noise, not flat colour, which JPEG would make too cheap).
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bench_search import percentile
from PIL import Image, ImageFilter

from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoZone
from salon_crm.services.clients.client_types import ClientInput, ConsentData, PhoneData
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.photos.photo_types import PhotoDetails, RgbFrame

TARGET_MS = 300.0


def photo_like(width: int, height: int, seed: int) -> Image.Image:
    """Smooth shapes with a little noise, roughly what a face photo costs to encode."""
    rng = random.Random(seed)
    small = Image.new("RGB", (32, 24))
    small.putdata([tuple(rng.randrange(60, 230) for _ in range(3)) for _ in range(32 * 24)])
    image = small.resize((width, height), Image.Resampling.BICUBIC)
    noise = Image.effect_noise((width, height), 18).convert("RGB")
    return Image.blend(image, noise, 0.08).filter(ImageFilter.SMOOTH)


def _varied(pixels: bytes, n: int) -> bytes:
    """Another picture each run, so every run stores new files (the store keeps one copy of
    identical content and would skip the write)."""
    return n.to_bytes(4, "big") * 3 + pixels[12:]


def _timed(run: Callable[[int], object], repeat: int) -> list[float]:
    run(0)  # warm-up: imports, the first JPEG tables, the first media folders
    samples = []
    for n in range(1, repeat + 1):
        started = time.perf_counter()
        run(n)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(Path(folder))
        owner = workspace.setup_salon(
            salon_name="Bench", country="UA", login="owner", password="bench-pass-1", full_name=""
        )
        card = workspace.clients(owner).create(
            ClientInput(
                first_name="Bench",
                phones=(PhoneData("0671234567"),),
                consents=(ConsentData(ConsentPurpose.CLINICAL_PHOTOS, None),),
            )
        )
        photos = workspace.photos(owner)
        profile = PhotoDetails(PhotoKind.PROFILE)
        clinical = PhotoDetails(PhotoKind.BEFORE, PhotoZone.FRONT)
        cases: list[tuple[str, Callable[[int], object]]] = []
        for width, height in ((1280, 720), (1920, 1080)):
            pixels = photo_like(width, height, width).tobytes()
            cases.append(
                (
                    f"camera frame {width}×{height}, profile",
                    lambda n, w=width, h=height, p=pixels: photos.add_frame(
                        card.id, RgbFrame(w, h, _varied(p, n)), profile
                    ),
                )
            )
        for width, height in ((4032, 3024),):
            files = []
            for n in range(args.repeat + 1):
                out = io.BytesIO()
                photo_like(width, height, n).save(out, "JPEG", quality=92)
                files.append(Path(folder) / f"phone-{n}.jpg")
                files[-1].write_bytes(out.getvalue())
            size_kb = files[0].stat().st_size // 1024
            cases.append(
                (
                    f"phone JPEG {width}×{height} ({size_kb} KB), clinical",
                    lambda n, f=files: photos.add_file(card.id, f[n], clinical),
                )
            )
        print(f"saving a photo, {args.repeat} timed runs each; target {TARGET_MS:.0f} ms")
        worst_ratio = 0.0
        for title, case in cases:
            samples = _timed(case, args.repeat)
            p95 = percentile(samples, 0.95)
            ratio = p95 / TARGET_MS
            worst_ratio = max(worst_ratio, ratio)
            print(
                f"  {title:<46} p50 {statistics.median(samples):6.1f} ms  "
                f"p95 {p95:6.1f} ms  max {max(samples):6.1f} ms  ratio {ratio:.2f}"
            )
        workspace.close()
    print(f"worst p95 / target: {worst_ratio:.2f}")
    return 0 if worst_ratio <= 1 else 1


if __name__ == "__main__":
    sys.exit(main())
