"""`python -m salon_crm` as its own process: the exit codes a script sees (0 with the output,
1 for a refusal, 2 for a usage error) and the data folder taken from the environment.

The other command-line tests run the command inside the test process (tests/cli_runner.py);
these few keep the real entry point, its environment and its terminal covered.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from salon_crm import paths
from salon_crm.cli.common import PASSWORD_ENV
from tests.cli_runner import PASSWORD, run

INIT = ("init", "--salon", "S", "--country", "PL", "--owner", "ola")


def _salon_crm(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The command with `env` added to an environment without the salon's own variables,
    and no terminal on stdin."""
    inherited = {k: v for k, v in os.environ.items() if k not in (PASSWORD_ENV, paths.DATA_DIR_ENV)}
    return subprocess.run(
        [sys.executable, "-m", "salon_crm", *args],
        env={**inherited, **env},
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_init_in_the_data_dir_from_the_environment_exits_0(tmp_path: Path) -> None:
    data_dir = tmp_path / "env-dir"
    done = _salon_crm(*INIT, SALON_CRM_DATA_DIR=str(data_dir), SALON_CRM_PASSWORD=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Salon created; owner login: ola\n"
    assert paths.database_path(data_dir).exists()


def test_a_second_init_is_refused_with_exit_1(tmp_path: Path) -> None:
    assert run(tmp_path, *INIT).returncode == 0
    done = _salon_crm("--data-dir", str(tmp_path), *INIT, SALON_CRM_PASSWORD=PASSWORD)
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr.startswith("salon-crm: ")


def test_a_usage_error_exits_2_with_the_usage(tmp_path: Path) -> None:
    done = _salon_crm("--data-dir", str(tmp_path), "clients", "frobnicate")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("usage: salon-crm clients")
    assert "invalid choice: 'frobnicate'" in done.stderr


def test_without_a_password_or_a_terminal_exits_2(tmp_path: Path) -> None:
    done = _salon_crm("--data-dir", str(tmp_path), *INIT)
    assert done.returncode == 2
    assert done.stderr == f"salon-crm: no password: set {PASSWORD_ENV} or run in a terminal\n"
    assert run(tmp_path, *INIT).returncode == 0  # nothing was half set up
