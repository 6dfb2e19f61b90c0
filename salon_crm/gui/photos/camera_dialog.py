"""Taking a photo with the webcam: a live preview, then the crop editor; or a file instead.

`CameraDialog(parent, purpose=PhotoKind.PROFILE, ghost=previous_photo)`; after `exec()`,
`captured()` is the cropped picture as the service takes it, or `chosen_file()` the file
the user picked instead (the caller imports it: it needs a file's checks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QHideEvent, QImage, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from salon_crm.camera.camera_devices import (
    DEFAULT_RESOLUTION,
    RESOLUTIONS,
    CameraDevice,
    Resolution,
)
from salon_crm.camera.frame_source import CameraProblem
from salon_crm.domain.photos.photo_kinds import PhotoKind
from salon_crm.domain.photos.photo_rules import PROFILE_ASPECT
from salon_crm.gui.common import ui_settings
from salon_crm.gui.photos.camera_images import Ghost, PreviewLook, full_image, rgb_frame
from salon_crm.gui.photos.camera_preview import CameraPreview
from salon_crm.gui.photos.camera_worker import CameraThread
from salon_crm.gui.photos.crop_editor import CropEditor, crop_hint
from salon_crm.gui.photos.photo_files import photo_chooser
from salon_crm.services.photos.photo_types import RgbFrame

GHOST_OPACITY = 40  # per cent, when the dialog opens


def resolution_text(resolution: Resolution) -> str:
    return f"{resolution[0]} × {resolution[1]}"


def stored_resolution() -> Resolution:
    """The resolution asked for last, or the default when none (or an odd one) is kept."""
    width, _, height = ui_settings.get(ui_settings.CAMERA_RESOLUTION).partition("x")
    kept = (int(width), int(height)) if width.isdigit() and height.isdigit() else None
    return kept if kept in RESOLUTIONS else DEFAULT_RESOLUTION


class CameraDialog(QDialog):
    """The camera page shows the preview (or why there is none, with Try again and Choose
    a file…); Capture (Space, Return) freezes the newest frame and opens the crop page,
    4:3 for the profile photo and free for clinical ones; Retake goes back. The camera
    runs only while the dialog is shown, in a thread of its own."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        purpose: PhotoKind,
        ghost: QImage | None = None,
        subject: str = "",
        ghost_caption: str = "",
    ) -> None:
        """`subject` says whom and what is photographed (the client, the kind and zone);
        `ghost_caption` what the previous photo is (its kind, day and zone)."""
        super().__init__(parent)
        self.setObjectName("cameraDialog")
        title = self.tr("Take a photo")
        self.setWindowTitle(f"{title} — {subject}" if subject else title)
        self._ghost_caption = ghost_caption
        self._aspect = PROFILE_ASPECT if purpose is PhotoKind.PROFILE else None
        self._ghost = Ghost(ghost) if ghost is not None else None
        self._look = PreviewLook()
        self._camera: CameraThread | None = None
        self._devices: list[CameraDevice] = []
        self._device: CameraDevice | None = None
        self._captured: RgbFrame | None = None
        self._chosen: Path | None = None

        self.preview = CameraPreview(self)
        self._failure = QWidget(self)
        self._failure.setObjectName("cameraFailure")
        self._message = QLabel(self._failure)
        self._message.setObjectName("cameraMessage")
        self._message.setWordWrap(True)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._retry = QPushButton(self.tr("Try again"), self._failure)
        self._retry.setObjectName("cameraRetryButton")
        self._retry.clicked.connect(self._try_again)
        self._choose = QPushButton(self.tr("Choose a file…"), self)
        self._choose.setObjectName("chooseFileButton")
        self._choose.clicked.connect(self._choose_file)
        self._failure_buttons = QHBoxLayout()
        self._failure_buttons.addStretch(1)
        self._failure_buttons.addWidget(self._retry)
        self._failure_buttons.addStretch(1)
        failure_layout = QVBoxLayout(self._failure)
        failure_layout.addStretch(1)
        failure_layout.addWidget(self._message)
        failure_layout.addLayout(self._failure_buttons)
        failure_layout.addStretch(1)
        self._view = QStackedWidget(self)
        self._view.addWidget(self.preview)
        self._view.addWidget(self._failure)

        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._camera_page())
        self.editor = CropEditor(QImage(), self._aspect, self)
        self._pages.addWidget(self._crop_page())

        self._capture = QPushButton(self.tr("Capture"), self)
        self._capture.setObjectName("captureButton")
        self._capture.setToolTip(self.tr("Space or Enter"))
        self._capture.clicked.connect(self._take)
        self._retake = QPushButton(self.tr("Retake"), self)
        self._retake.setObjectName("retakeButton")
        self._retake.clicked.connect(self._back_to_camera)
        self._use = QPushButton(self.tr("Use this photo"), self)
        self._use.setObjectName("usePhotoButton")
        self._use.clicked.connect(self._use_photo)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cameraCancelButton")
        cancel.clicked.connect(self.reject)
        self._buttons = QHBoxLayout()
        self._buttons.addWidget(self._choose)
        self._buttons.addStretch(1)
        for button in (self._retake, cancel, self._capture, self._use):
            self._buttons.addWidget(button)
        # Space and Enter take the picture whatever has the focus (a button that had it
        # would otherwise take Enter: "Choose a file…" first of all).
        self._space = QShortcut(QKeySequence(Qt.Key.Key_Space), self, self._take)
        self._enter = [
            QShortcut(QKeySequence(key), self, self._take)
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ]
        for button in (self._choose, self._retry, cancel, self._retake):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self._pages, 1)
        layout.addLayout(self._buttons)
        self._show_page(crop=False)
        self._look_changed()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    # --- the result ----------------------------------------------------------------------

    def captured(self) -> RgbFrame | None:
        """The cropped photo, when the dialog was accepted from the crop page."""
        return self._captured

    def chosen_file(self) -> Path | None:
        """The file chosen instead of a photo from the camera."""
        return self._chosen

    # --- building ------------------------------------------------------------------------

    def _camera_page(self) -> QWidget:
        page = QWidget(self)
        self._select = QComboBox(page)
        self._select.setObjectName("cameraSelect")
        # A camera's name ("Integrated Webcam", a file's name) shows whole.
        self._select.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._select.setMinimumContentsLength(12)
        self._select.activated.connect(self._camera_chosen)
        self._resolution = QComboBox(page)
        self._resolution.setObjectName("cameraResolution")
        for resolution in RESOLUTIONS:
            self._resolution.addItem(resolution_text(resolution), resolution)
        self._resolution.setCurrentIndex(RESOLUTIONS.index(stored_resolution()))
        self._resolution.activated.connect(self._resolution_chosen)
        self._actual = QLabel(page)
        self._actual.setObjectName("cameraActualSize")
        self._mirror = QCheckBox(self.tr("Mirror"), page)
        self._mirror.setObjectName("cameraMirror")
        self._mirror.setToolTip(
            self.tr("Show the picture as a mirror does; the photo is kept as it is")
        )
        self._mirror.setChecked(bool(ui_settings.get(ui_settings.CAMERA_MIRROR)))
        self._mirror.toggled.connect(self._mirror_toggled)
        controls = QHBoxLayout()
        for text, field in (
            (self.tr("Camera:"), self._select),
            (self.tr("Resolution:"), self._resolution),
        ):
            label = QLabel(text, page)
            label.setBuddy(field)
            field.setAccessibleName(text.rstrip(":"))
            controls.addWidget(label)
            controls.addWidget(field)
        controls.addWidget(self._actual)
        controls.addStretch(1)
        controls.addWidget(self._mirror)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addLayout(self._ghost_controls(page))
        layout.addWidget(self._view, 1)
        return page

    def _ghost_controls(self, page: QWidget) -> QHBoxLayout:
        """Show previous photo and its opacity; only when there is a previous photo."""
        self._ghost_toggle = QCheckBox(self.tr("Show previous photo"), page)
        self._ghost_toggle.setObjectName("ghostToggle")
        self._ghost_toggle.setChecked(self._ghost is not None)
        self._ghost_toggle.toggled.connect(self._look_changed)
        opacity_label = QLabel(self.tr("Opacity:"), page)
        self._ghost_opacity = QSlider(Qt.Orientation.Horizontal, page)
        self._ghost_opacity.setObjectName("ghostOpacity")
        self._ghost_opacity.setAccessibleName(self.tr("Opacity of the previous photo"))
        self._ghost_opacity.setRange(10, 90)
        self._ghost_opacity.setValue(GHOST_OPACITY)
        self._ghost_opacity.valueChanged.connect(self._look_changed)
        opacity_label.setBuddy(self._ghost_opacity)
        self._ghost_toggle.toggled.connect(self._ghost_opacity.setEnabled)
        caption = QLabel(self._ghost_caption, page)
        caption.setObjectName("ghostCaption")
        row = QHBoxLayout()
        row.addWidget(self._ghost_toggle)
        row.addWidget(caption)
        row.addWidget(opacity_label)
        row.addWidget(self._ghost_opacity, 1)
        for widget in (self._ghost_toggle, caption, opacity_label, self._ghost_opacity):
            widget.setVisible(self._ghost is not None)
        caption.setVisible(self._ghost is not None and bool(self._ghost_caption))
        return row

    def _crop_page(self) -> QWidget:
        page = QWidget(self)
        kept = self.tr("The photo is kept as the camera sees it, not mirrored.")
        hint = QLabel(f"{crop_hint()} {kept}", page)
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        return page

    # --- the camera's life: while the dialog is shown -------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._camera is None:
            self._start_camera()

    def hideEvent(self, event: QHideEvent) -> None:
        self._stop_camera()
        super().hideEvent(event)

    def _camera_slots(
        self, camera: CameraThread
    ) -> list[tuple[SignalInstance, Callable[..., None]]]:
        return [
            (camera.devices_found, self._devices_found),
            (camera.opened, self._opened),
            (camera.failed, self._failed),
            (camera.frame_ready, self._frame_ready),
        ]

    def _start_camera(self) -> None:
        camera = CameraThread()
        for signal, slot in self._camera_slots(camera):
            signal.connect(slot)
        # A dialog deleted while shown is never hidden: its camera stops all the same.
        self.destroyed.connect(camera.stop)
        camera.worker.set_look(self._look)
        self._camera = camera
        self._opening()
        camera.start(ui_settings.get(ui_settings.CAMERA_DEVICE), self._asked_resolution())
        if self._pages.currentIndex() == 1:
            camera.set_running(False)

    def _stop_camera(self) -> None:
        camera, self._camera = self._camera, None
        if camera is None:
            return
        for signal, slot in self._camera_slots(camera):
            signal.disconnect(slot)
        self.destroyed.disconnect(camera.stop)
        camera.stop()

    def _opening(self) -> None:
        self._show_failure(None)
        self.preview.clear(self.tr("Opening the camera…"))
        self._capture.setEnabled(False)

    # --- what the camera thread reports ---------------------------------------------------

    def _devices_found(self, devices: list[CameraDevice]) -> None:
        self._devices = devices
        self._select.clear()
        for number, device in enumerate(devices, start=1):
            self._select.addItem(device.name or self.tr("Camera {number}").format(number=number))
        for control in (self._select, self._resolution, self._mirror):
            control.setEnabled(bool(devices))

    def _opened(self, device: CameraDevice, size: Resolution) -> None:
        self._device = device
        if device in self._devices:
            self._select.setCurrentIndex(self._devices.index(device))
        asked = self._asked_resolution()
        ui_settings.put(ui_settings.CAMERA_DEVICE, device.key)
        ui_settings.put(ui_settings.CAMERA_RESOLUTION, f"{asked[0]}x{asked[1]}")
        if device.is_file:
            text = self.tr("A video file: {size}").format(size=resolution_text(size))
        elif size != asked:
            text = self.tr("The camera gives {size}").format(size=resolution_text(size))
        else:
            text = ""
        self._actual.setText(text)

    def _failed(self, problem: CameraProblem) -> None:
        self._capture.setEnabled(False)
        self._show_failure(problem)

    def _frame_ready(self) -> None:
        camera = self._camera
        image = camera.worker.take_preview() if camera is not None else None
        if camera is None or image is None:
            return
        ratio = self.preview.devicePixelRatioF()
        fit = (round(self.preview.width() * ratio), round(self.preview.height() * ratio))
        if fit != self._look.fit:
            self._set_look(replace(self._look, fit=fit))
        image.setDevicePixelRatio(ratio)
        self.preview.show_frame(image)
        if not self._capture.isEnabled():
            self._capture.setEnabled(True)
            if self.focusWidget() in (None, self._choose):
                self._capture.setFocus()  # the first picture: Capture is what comes next

    # --- what the user does ---------------------------------------------------------------

    def _asked_resolution(self) -> Resolution:
        data = self._resolution.currentData()
        return data if isinstance(data, tuple) else DEFAULT_RESOLUTION

    def _camera_chosen(self, index: int) -> None:
        if self._camera is not None and 0 <= index < len(self._devices):
            self._opening()
            self._camera.open_device(self._devices[index], self._asked_resolution())

    def _resolution_chosen(self) -> None:
        device = self._device
        if self._camera is not None and device is not None:
            self._opening()
            self._camera.open_device(device, self._asked_resolution())

    def _try_again(self) -> None:
        if self._camera is not None:
            self._opening()
            key = self._device.key if self._device is not None else ""
            self._camera.start(
                key or ui_settings.get(ui_settings.CAMERA_DEVICE), self._asked_resolution()
            )

    def _mirror_toggled(self, mirrored: bool) -> None:
        ui_settings.put(ui_settings.CAMERA_MIRROR, int(mirrored))
        self._look_changed()

    def _look_changed(self) -> None:
        """The mirror, the previous photo shown or not and its opacity, to the preview."""
        self._set_look(
            replace(
                self._look,
                mirror=self._mirror.isChecked(),
                ghost=self._ghost if self._ghost_toggle.isChecked() else None,
                ghost_opacity=self._ghost_opacity.value() / 100,
            )
        )

    def _set_look(self, look: PreviewLook) -> None:
        """The camera thread makes the next preview images so (the GUI thread paints
        them as they come)."""
        self._look = look
        if self._camera is not None:
            self._camera.worker.set_look(look)

    def _take(self) -> None:
        """Freezes the newest frame, as the camera saw it, and opens the crop page."""
        camera = self._camera
        if camera is None or not self._capture.isEnabled() or self._pages.currentIndex() != 0:
            return
        frame = camera.worker.last_frame()
        if frame is None:
            return
        camera.set_running(False)
        self.editor.set_image(full_image(frame))
        self._show_page(crop=True)

    def _back_to_camera(self) -> None:
        self._show_page(crop=False)
        if self._camera is not None:
            self._camera.set_running(True)

    def _use_photo(self) -> None:
        self._captured = rgb_frame(self.editor.cropped())
        self._chosen = None
        self.accept()

    def _choose_file(self) -> None:
        chooser = photo_chooser(self)
        chooser.fileSelected.connect(self._file_chosen)
        chooser.open()

    def _file_chosen(self, name: str) -> None:
        self._chosen, self._captured = Path(name), None
        self.accept()

    # --- pages and messages -----------------------------------------------------------------

    def _show_page(self, *, crop: bool) -> None:
        self._pages.setCurrentIndex(1 if crop else 0)
        self._capture.setVisible(not crop)
        self._retake.setVisible(crop)
        self._use.setVisible(crop)
        self._space.setEnabled(not crop)
        for shortcut in self._enter:
            shortcut.setEnabled(not crop)
        (self._use if crop else self._capture).setDefault(True)
        (self._capture if crop else self._use).setDefault(False)
        if crop:
            self.editor.setFocus()

    def _show_failure(self, problem: CameraProblem | None) -> None:
        """Why there is no picture, with Try again and Choose a file… under it; None: the
        preview again, and Choose a file… back beside the dialog's buttons."""
        if problem is None:
            self._view.setCurrentWidget(self.preview)
            self._buttons.insertWidget(0, self._choose)
            return
        self._message.setText(self._problem_text(problem))
        self._failure_buttons.insertWidget(2, self._choose)
        self._view.setCurrentWidget(self._failure)
        self._retry.setFocus()

    def _problem_text(self, problem: CameraProblem) -> str:
        if problem is CameraProblem.BUSY:
            return self.tr(
                "The camera is in use by another program. Close that program (a video call, "
                "another camera application) and press Try again, or choose a photo from a file."
            )
        if problem is CameraProblem.LOST:
            return self.tr(
                "The camera stopped sending pictures: it may have been unplugged. Check its "
                "cable and press Try again, or choose a photo from a file."
            )
        return self.tr(
            "No camera was found. Connect a camera and press Try again, or choose a photo "
            "from a file."
        )
