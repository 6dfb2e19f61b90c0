"""The frame source through the real OpenCV path: videos the tests write, read back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from salon_crm.camera.camera_devices import CAMERA_ENV, CameraDevice, list_cameras
from salon_crm.camera.frame_source import CameraError, CameraProblem, open_source
from salon_crm.camera.pattern_video import LEFT_BGR, RIGHT_BGR, write_test_pattern

SIZE = (320, 240)


@pytest.fixture
def video(tmp_path: Path) -> Path:
    return write_test_pattern(tmp_path / "pattern.avi", SIZE, frames=12)


def _close_to(pixel: np.ndarray, bgr: tuple[int, int, int]) -> bool:
    return bool(np.all(np.abs(pixel.astype(int) - np.array(bgr)) <= 12))


def test_a_video_file_is_read_back_as_bgr_frames(video: Path) -> None:
    with open_source(CameraDevice(path=video)) as source:
        assert source.size == SIZE
        assert not source.live
        assert source.fps == pytest.approx(30)
        frame = source.read()
    assert frame.shape == (240, 320, 3) and frame.dtype == np.uint8
    # MJPG is lossy: the halves' colours come back close, not exact.
    assert _close_to(frame[220, 20], LEFT_BGR)
    assert _close_to(frame[220, 300], RIGHT_BGR)


def test_a_file_source_starts_again_at_its_end(video: Path) -> None:
    with open_source(CameraDevice(path=video)) as source:
        frames = [source.read() for _ in range(12 * 2 + 3)]
    # The moving disc puts frame 0 and frame 12 (the first after the end) at one place.
    assert np.array_equal(frames[0], frames[12])
    assert not np.array_equal(frames[0], frames[1])


def test_an_image_sequence_is_a_source_too(tmp_path: Path) -> None:
    for number in range(3):
        cv2.imwrite(str(tmp_path / f"shot_{number:03d}.png"), np.full((96, 128, 3), number * 80))
    with open_source(CameraDevice(path=tmp_path / "shot_%03d.png")) as source:
        values = [int(source.read()[0, 0, 0]) for _ in range(4)]
    assert values == [0, 80, 160, 0]


def test_a_missing_file_is_no_camera(tmp_path: Path) -> None:
    with pytest.raises(CameraError) as raised:
        open_source(CameraDevice(path=tmp_path / "nowhere.avi"))
    assert raised.value.problem is CameraProblem.NO_CAMERA


def test_a_file_that_is_no_video_is_no_camera(tmp_path: Path) -> None:
    text = tmp_path / "notes.avi"
    text.write_text("not a video " * 100)
    with pytest.raises(CameraError) as raised:
        open_source(CameraDevice(path=text))
    assert raised.value.problem is CameraProblem.NO_CAMERA


def test_a_truncated_file_is_lost_where_it_ends(video: Path) -> None:
    data = video.read_bytes()
    video.write_bytes(data[: len(data) // 2])
    with open_source(CameraDevice(path=video)) as source:
        delivered = 0
        with pytest.raises(CameraError) as raised:
            for _ in range(24):
                source.read()
                delivered += 1
    assert raised.value.problem is CameraProblem.LOST
    assert 0 < delivered < 12  # the frames that were there, then the failure, no loop


def test_a_file_cut_short_while_read_is_lost(video: Path) -> None:
    with open_source(CameraDevice(path=video)) as source:
        source.read()
        os.truncate(video, 4096)
        with pytest.raises(CameraError) as raised:
            for _ in range(24):
                source.read()
    assert raised.value.problem is CameraProblem.LOST


def test_a_file_removed_while_read_is_lost_when_it_should_start_again(video: Path) -> None:
    with open_source(CameraDevice(path=video)) as source:
        source.read()
        video.unlink()
        with pytest.raises(CameraError) as raised:
            for _ in range(24):
                source.read()
    assert raised.value.problem is CameraProblem.LOST


def test_the_environment_makes_the_file_the_only_camera(
    video: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CAMERA_ENV, str(video))
    assert list_cameras() == [CameraDevice(path=video, name="pattern.avi")]
    monkeypatch.setenv(CAMERA_ENV, str(video.with_name("missing.avi")))
    assert list_cameras() == []


def test_device_keys_tell_cameras_and_files_apart(video: Path) -> None:
    assert CameraDevice(index=0).key == "index:0"
    assert CameraDevice(path=video).key == f"file:{video}"
    assert CameraDevice(path=video).is_file and not CameraDevice(index=2).is_file


def test_probing_for_cameras_prints_nothing(tmp_path: Path) -> None:
    """OpenCV warns on stderr for an index without a camera; the program stays silent."""
    env = {key: value for key, value in os.environ.items() if key != CAMERA_ENV}
    code = (
        "from salon_crm.camera.camera_devices import list_cameras\n"
        "from salon_crm.camera.frame_source import CameraError, open_source\n"
        "from salon_crm.camera.camera_devices import CameraDevice\n"
        "list_cameras()\n"
        "try:\n"
        "    open_source(CameraDevice(index=5))\n"
        "except CameraError as error:\n"
        "    print(error.problem.value)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
