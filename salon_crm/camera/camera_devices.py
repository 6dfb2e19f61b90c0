"""The cameras of this computer that open, and the file that stands in for them.

`SALON_CRM_CAMERA=path` (a video file or an image sequence such as `frames/%03d.png`)
makes the device list be that one file source, for tests and demonstrations.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import cv2

CAMERA_ENV = "SALON_CRM_CAMERA"
# Devices probed by index. Linux gives each camera two nodes (the picture and its
# metadata), so two cameras may sit at 0 and 2: every index is tried, not up to a gap.
PROBED_INDICES = 6
Resolution = tuple[int, int]
# What a user may ask a camera for; the camera may give something else (`FrameSource.size`).
RESOLUTIONS: tuple[Resolution, ...] = ((640, 480), (1280, 720), (1920, 1080))
DEFAULT_RESOLUTION: Resolution = (1280, 720)

# OpenCV warns on stderr for every index that has no camera: probing is not an error.
cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)


@dataclass(frozen=True)
class CameraDevice:
    """A camera by its OpenCV index, or a file source by its path (exactly one is set).
    `name` is the name the system gives the device, empty when it gives none."""

    index: int | None = None
    path: Path | None = None
    name: str = ""

    @property
    def is_file(self) -> bool:
        return self.path is not None

    @property
    def key(self) -> str:
        """What identifies the device between runs (the remembered camera)."""
        return f"file:{self.path}" if self.path is not None else f"index:{self.index}"

    def open_capture(self) -> cv2.VideoCapture:
        if self.path is not None:
            return cv2.VideoCapture(str(self.path))
        assert self.index is not None
        return cv2.VideoCapture(self.index)


def file_source() -> CameraDevice | None:
    """The file named by SALON_CRM_CAMERA, when it is set."""
    value = os.environ.get(CAMERA_ENV, "").strip()
    if not value:
        return None
    path = Path(value)
    return CameraDevice(path=path, name=path.name)


def list_cameras() -> list[CameraDevice]:
    """The cameras that open now (a busy one opens too and says so when read), or the
    file source alone when SALON_CRM_CAMERA is set and the file opens. Each probe opens
    and releases the device, so this takes a moment: call it off the GUI thread."""
    stand_in = file_source()
    candidates = [stand_in] if stand_in is not None else _devices()
    found = []
    for device in candidates:
        capture = device.open_capture()
        try:
            if capture.isOpened():
                found.append(device)
        finally:
            capture.release()
    return found


def _devices() -> list[CameraDevice]:
    on_linux = sys.platform.startswith("linux")
    return [
        CameraDevice(index=index, name=_system_name(index) if on_linux else "")
        for index in range(PROBED_INDICES)
        # Linux lists its cameras as device nodes: no node, nothing to open.
        if not on_linux or Path(f"/dev/video{index}").exists()
    ]


def _system_name(index: int) -> str:
    """The name Linux gives `/dev/video<index>` ("HD Pro Webcam C920")."""
    try:
        return Path(f"/sys/class/video4linux/video{index}/name").read_text().strip()
    except OSError:
        return ""
