"""`pip install .` gives a program that finds its migrations and resources without the
source tree: build the wheel, install it alone into a folder, run it from elsewhere."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_runs_outside_the_checkout(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("salon_crm-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert any(n.startswith("salon_crm/migrations/versions/") and n.endswith(".py") for n in names)
    assert "salon_crm/migrations/env.py" in names
    assert any(n.startswith("salon_crm/resources/translations/") for n in names)

    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    # Only the installed copy may be importable: run from an empty folder, with the
    # wheel's folder first on the path (before the editable checkout's finder).
    env = {**os.environ, "PYTHONPATH": str(target), "SALON_CRM_PASSWORD": "installed-1"}
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    code = (
        "import salon_crm, sys; from salon_crm.cli import main; "
        "assert salon_crm.__file__.startswith(sys.argv[1]), salon_crm.__file__; "
        "sys.exit(main(sys.argv[2:]))"
    )
    data_dir = tmp_path / "data"
    for args in (
        ["init", "--salon", "S", "--country", "UA", "--owner", "ola"],
        ["--user", "ola", "clients", "add", "--first", "Анна", "--phone", "0671234567"],
        ["--user", "ola", "clients", "find", "анна"],
    ):
        done = subprocess.run(
            [sys.executable, "-c", code, str(target), "--data-dir", str(data_dir), *args],
            cwd=workdir,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
    assert "Анна" in done.stdout
