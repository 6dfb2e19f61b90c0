"""The camera's own thread: it finds and opens cameras, reads frames and turns them into
finished preview images, so the GUI thread never waits on a camera nor works on a frame.

The GUI thread talks to it through `CameraThread`: requests go as queued signals, how
the preview should look (its size, the mirror, the previous photo and its opacity) is
handed over under a lock, each new preview image waits in a one-place mailbox and is
announced once; frames the GUI thread has not taken by the time the next one comes are
dropped, so it always paints the latest and never falls behind.
"""

from __future__ import annotations

import threading

import cv2
from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QImage

from salon_crm.camera.camera_devices import CameraDevice, Resolution, list_cameras
from salon_crm.camera.frame_source import (
    CameraError,
    CameraProblem,
    Frame,
    FrameSource,
    open_source,
)
from salon_crm.gui.photos.camera_images import PreviewLook, preview_image


class CameraWorker(QObject):
    """Lives in the camera thread; its slots run there.

    Signals:
        devices_found(list[CameraDevice]): the cameras that open, after a start.
        opened(CameraDevice, Resolution): a camera gives frames, of this size.
        failed(CameraProblem): no camera, a busy one, or one that stopped.
        frame_ready(): a preview image waits in the mailbox.
    """

    devices_found = Signal(object)
    opened = Signal(object, object)
    failed = Signal(object)
    frame_ready = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._source: FrameSource | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._read)
        self._lock = threading.Lock()
        self._preview: QImage | None = None
        self._frame: Frame | None = None
        self._look = PreviewLook()

    # --- what the GUI thread may call directly ---------------------------------------

    def take_preview(self) -> QImage | None:
        """The newest preview image, once (None when it was taken already)."""
        with self._lock:
            image, self._preview = self._preview, None
        return image

    def set_look(self, look: PreviewLook) -> None:
        """How the next preview images look."""
        with self._lock:
            self._look = look

    def last_frame(self) -> Frame | None:
        """The newest frame at full size, as the camera saw it."""
        with self._lock:
            return self._frame

    # --- slots, in the camera thread -------------------------------------------------

    @Slot(str, object)
    def start(self, preferred_key: str, resolution: Resolution) -> None:
        """Finds the cameras and opens the one last used (by its key), else the first."""
        self._close()
        try:
            devices = list_cameras()
        except cv2.error:
            devices = []
        self.devices_found.emit(devices)
        if not devices:
            self.failed.emit(CameraProblem.NO_CAMERA)
            return
        chosen = next((d for d in devices if d.key == preferred_key), devices[0])
        self.open_device(chosen, resolution)

    @Slot(object, object)
    def open_device(self, device: CameraDevice, resolution: Resolution) -> None:
        self._close()
        try:
            self._source = open_source(device, resolution)
        except CameraError as error:
            self.failed.emit(error.problem)
            return
        except cv2.error:
            self.failed.emit(CameraProblem.NO_CAMERA)
            return
        self.opened.emit(device, self._source.size)
        # A camera's read waits for its next picture; a file is given its own pace.
        fps = self._source.fps
        self._timer.start(0 if self._source.live or fps <= 0 else round(1000 / fps))

    @Slot(bool)
    def set_running(self, running: bool) -> None:
        """Pauses reading (the device stays open) or resumes it."""
        if not running:
            self._timer.stop()
        elif self._source is not None and not self._timer.isActive():
            self._timer.start()

    @Slot()
    def stop(self) -> None:
        self._close()
        thread = self.thread()
        if thread is not None:
            thread.quit()

    def _read(self) -> None:
        source = self._source
        if source is None:
            return
        with self._lock:
            look = self._look
        try:
            frame = source.read()
            image = preview_image(frame, look)
        except (CameraError, cv2.error):
            self._close()
            self.failed.emit(CameraProblem.LOST)
            return
        with self._lock:
            announce = self._preview is None
            self._preview, self._frame = image, frame
        if announce:
            self.frame_ready.emit()

    def _close(self) -> None:
        self._timer.stop()
        if self._source is not None:
            self._source.close()
            self._source = None


# Every handle whose thread has not ended: neither may be deleted while the thread runs.
_running_threads: set[CameraThread] = set()


class CameraThread(QObject):
    """The GUI thread's handle on one camera thread, started at once. `stop()` returns at
    once too: the thread releases the device and ends by itself.

    Signals (in the GUI thread): those of CameraWorker, forwarded.
    """

    devices_found = Signal(object)
    opened = Signal(object, object)
    failed = Signal(object)
    frame_ready = Signal()
    _start = Signal(str, object)
    _open = Signal(object, object)
    _running = Signal(bool)
    _stop = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._thread = QThread()
        self._thread.setObjectName("cameraThread")
        self.worker = CameraWorker()
        self.worker.moveToThread(self._thread)
        for forwarded in ("devices_found", "opened", "failed", "frame_ready"):
            getattr(self.worker, forwarded).connect(getattr(self, forwarded))
        self._start.connect(self.worker.start)
        self._open.connect(self.worker.open_device)
        self._running.connect(self.worker.set_running)
        self._stop.connect(self.worker.stop)
        self._thread.finished.connect(self._ended)
        self._stopped = False
        _running_threads.add(self)
        self._thread.start()

    def start(self, preferred_key: str, resolution: Resolution) -> None:
        self._start.emit(preferred_key, resolution)

    def open_device(self, device: CameraDevice, resolution: Resolution) -> None:
        self._open.emit(device, resolution)

    def set_running(self, running: bool) -> None:
        self._running.emit(running)

    def stop(self) -> None:
        if not self._stopped:
            self._stopped = True
            self._stop.emit()

    def _ended(self) -> None:
        # `finished` comes just before the thread's last instruction: let it return.
        self._thread.wait()
        _running_threads.discard(self)


def wait_for_cameras(timeout_ms: int = 5000) -> bool:
    """Processes events until every camera thread has ended (tests, quitting); False when
    one still runs after `timeout_ms` (one nobody stopped runs on)."""
    deadline = QDeadlineTimer(timeout_ms)
    while _running_threads and not deadline.hasExpired():
        QCoreApplication.processEvents()
        QThread.msleep(5)
    return not _running_threads
