"""Frames from a camera or a file source, as numpy BGR arrays, and the three ways a
source fails: there is none, another program holds it, or it stopped giving pictures."""

from __future__ import annotations

from enum import StrEnum
from types import TracebackType
from typing import cast

import cv2
import numpy as np
import numpy.typing as npt

from salon_crm.camera.camera_devices import CameraDevice, Resolution

Frame = npt.NDArray[np.uint8]  # height × width × 3, B G R


class CameraProblem(StrEnum):
    NO_CAMERA = "no_camera"  # nothing opens: no such device or file
    BUSY = "busy"  # the device opens but gives no picture: another program holds it
    LOST = "lost"  # it gave pictures, then stopped: unplugged, or the file cut short


class CameraError(Exception):
    def __init__(self, problem: CameraProblem, device: CameraDevice) -> None:
        super().__init__(f"{problem.value}: {device.key}")
        self.problem = problem
        self.device = device


class FrameSource:
    """An open camera or file. A file source starts again at its end, so a demonstration
    preview keeps running; a read that fails before the end is a lost source, and so is
    a file that can no longer be opened when it should start again (removed)."""

    def __init__(self, device: CameraDevice, capture: cv2.VideoCapture, first: Frame) -> None:
        self.device = device
        self._capture = capture
        self._pending: Frame | None = first
        self._position = 1  # frames read since the file was (re)opened
        height, width = first.shape[:2]
        self.size: Resolution = (width, height)
        self.fps = capture.get(cv2.CAP_PROP_FPS) or 0.0

    @property
    def live(self) -> bool:
        """A device paces itself (a read waits for the next picture); a file does not."""
        return not self.device.is_file

    def read(self) -> Frame:
        """The next frame; raises CameraError(LOST) when the source stopped giving them."""
        if self._pending is not None:
            first, self._pending = self._pending, None
            return first
        ok, frame = self._capture.read()
        if ok and frame is not None:
            self._position += 1
            return cast(Frame, frame)
        if self.device.is_file and self._at_end():
            return self._restart()
        raise CameraError(CameraProblem.LOST, self.device)

    def close(self) -> None:
        self._capture.release()

    def __enter__(self) -> FrameSource:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _at_end(self) -> bool:
        count = int(self._capture.get(cv2.CAP_PROP_FRAME_COUNT))
        # A container without a frame count ends where reading ends; FFmpeg's count from
        # a stream's duration may be one frame more than there are.
        return count <= 0 or self._position >= count - 1

    def _restart(self) -> Frame:
        """Opens the file again rather than seeking: a removed file is then noticed."""
        self._capture.release()
        try:
            self._capture, first = _first_frame(
                self.device, not_opened=CameraProblem.LOST, no_frame=CameraProblem.LOST
            )
        except CameraError:
            self._capture = cv2.VideoCapture()
            raise
        self._position = 1
        return first


def open_source(device: CameraDevice, resolution: Resolution | None = None) -> FrameSource:
    """Opens `device` asking for `resolution` (a file gives its own size; a camera the
    nearest it has: see `FrameSource.size`). Raises CameraError(NO_CAMERA) when nothing
    opens and CameraError(BUSY) when a camera opens but gives no picture (a file that
    opens but holds no frame is no source at all: NO_CAMERA)."""
    capture, first = _first_frame(
        device,
        not_opened=CameraProblem.NO_CAMERA,
        no_frame=CameraProblem.NO_CAMERA if device.is_file else CameraProblem.BUSY,
        resolution=resolution,
    )
    return FrameSource(device, capture, first)


def _first_frame(
    device: CameraDevice,
    *,
    not_opened: CameraProblem,
    no_frame: CameraProblem,
    resolution: Resolution | None = None,
) -> tuple[cv2.VideoCapture, Frame]:
    capture = device.open_capture()
    if not capture.isOpened():
        capture.release()
        raise CameraError(not_opened, device)
    if resolution is not None and not device.is_file:
        # Most webcams give their larger sizes at a usable frame rate only in MJPG.
        capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, resolution[0])
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, resolution[1])
    ok, frame = capture.read()
    if not ok or frame is None:
        capture.release()
        raise CameraError(no_frame, device)
    return capture, cast(Frame, frame)
