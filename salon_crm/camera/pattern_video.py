"""A test-pattern video to stand in for a camera (SALON_CRM_CAMERA) in tests and demos."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from salon_crm.camera.camera_devices import Resolution
from salon_crm.camera.frame_source import Frame

# The pattern's halves, as B G R: a mirrored frame has them swapped, a cropped one
# keeps the colour of where it was cut.
LEFT_BGR = (40, 40, 220)  # red
RIGHT_BGR = (220, 120, 30)  # blue
MARK_BGR = (255, 255, 255)


def pattern_frame(size: Resolution, number: int) -> Frame:
    """Frame `number`: red left half, blue right half, a white disc that moves along the
    middle (the preview visibly runs) and the frame number in the top left corner."""
    width, height = size
    frame = np.empty((height, width, 3), np.uint8)
    frame[:, : width // 2] = LEFT_BGR
    frame[:, width // 2 :] = RIGHT_BGR
    radius = max(4, min(width, height) // 12)
    travel = max(1, width - 2 * radius)
    x = radius + (number * max(1, width // 60)) % travel
    cv2.circle(frame, (x, height // 2), radius, MARK_BGR, -1)
    cv2.putText(
        frame, str(number), (8, 8 + radius), cv2.FONT_HERSHEY_SIMPLEX, radius / 24, MARK_BGR, 2
    )
    return frame


def write_test_pattern(
    path: Path, size: Resolution = (640, 480), frames: int = 30, fps: float = 30.0
) -> Path:
    """Writes `frames` frames of the pattern to `path` as Motion JPEG in an AVI (OpenCV
    writes it without FFmpeg, so it works wherever OpenCV does)."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, size)
    if not writer.isOpened():
        raise OSError(f"cannot write a video to {path}")
    try:
        for number in range(frames):
            writer.write(pattern_frame(size, number))
    finally:
        writer.release()
    return path
