"""The `salon-crm` command run inside the test process, as a user's terminal would see it.

A new interpreter costs about a second importing SQLAlchemy and the engine, so the
command-line tests call `salon_crm.cli.main` directly, with the same arguments, the
password in the environment, stdin, stdout and stderr in their own buffers, and the exit
code the process would end with. A few tests in tests/e2e/test_cli_process.py still start
the real process so the entry point itself stays covered.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from salon_crm.cli import main
from salon_crm.cli.common import PASSWORD_ENV

PASSWORD = "owner-pass-1"


@dataclass(frozen=True)
class CliResult:
    """What `subprocess.run(..., capture_output=True, text=True)` would have returned."""

    returncode: int
    stdout: str
    stderr: str


def run(
    data_dir: Path, *args: str, password: str | None = PASSWORD, stdin: str | None = None
) -> CliResult:
    """`salon-crm --data-dir DATA_DIR ARGS…` with $SALON_CRM_PASSWORD set to `password`
    (unset for None) and `stdin` as its input (empty, not a terminal, for None)."""
    out, err = io.StringIO(), io.StringIO()
    open_before = _open_files(data_dir)
    with (
        _environment(PASSWORD_ENV, password),
        _stdin(stdin or ""),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        code = _exit_code(["--data-dir", str(data_dir), *args])
    if not open_before:  # see _open_files for why only then
        left_open = _open_files(data_dir)
        assert not left_open, f"the command left open: {sorted(left_open)}"
    return CliResult(code, out.getvalue(), err.getvalue())


def _exit_code(argv: list[str]) -> int:
    """The code `python -m salon_crm` exits with: main's return, a SystemExit's code the
    way the interpreter reads it (argparse exits 2 on a usage error), 1 on a crash."""
    try:
        return main(argv)
    except SystemExit as exit_:
        if exit_.code is None or isinstance(exit_.code, int):
            return exit_.code or 0
        print(exit_.code, file=sys.stderr)
        return 1
    except Exception:  # the interpreter prints it and exits 1; so do we
        traceback.print_exc()
        return 1


@contextlib.contextmanager
def _environment(name: str, value: str | None) -> Iterator[None]:
    before = os.environ.get(name)
    _set(name, value)
    try:
        yield
    finally:
        _set(name, before)


def _set(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


@contextlib.contextmanager
def _stdin(text: str) -> Iterator[None]:
    before = sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        yield
    finally:
        sys.stdin = before


def _open_files(data_dir: Path) -> set[tuple[str, str]]:
    """This process's open descriptors into the data folder (Linux): each command opens its
    database and files and closes them before it returns, as its own process would.

    Checked only when the test holds nothing open there itself: while another connection
    of the process has the database, SQLite keeps a closed connection's descriptor until
    that one closes too (POSIX locks belong to the process), which is no leak."""
    fds = Path("/proc/self/fd")
    if not fds.is_dir():
        return set()
    folder = str(data_dir.resolve())
    found = set()
    for fd in fds.iterdir():
        with contextlib.suppress(OSError):
            target = os.readlink(fd)
            if target == folder or target.startswith(folder + os.sep):
                found.add((fd.name, target))
    return found
