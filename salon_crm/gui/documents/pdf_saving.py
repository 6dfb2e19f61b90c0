"""Saving a document's PDF where the user chose: the name it is offered under, and what
went wrong said in words (a read-only folder, a full disk) instead of a traceback."""

from __future__ import annotations

import errno
import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP

CONTEXT = "PdfSaving"
# Not allowed in a file name on Windows (the strictest of the systems a salon may use),
# nor control characters anywhere.
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_MAX_STEM = 120


def suggested_file_name(number: str, title: str) -> str:
    """`2026-0001 Contract title.pdf`, safe on every system: illegal characters become
    "_", and the name does not end in a dot or a space (Windows drops them)."""
    stem = " ".join(part for part in (number.strip(), title.strip()) if part)
    stem = _ILLEGAL.sub("_", stem)[:_MAX_STEM].rstrip(". ")
    return f"{stem or 'document'}.pdf"


def write_pdf(data: bytes, path: Path) -> str | None:
    """Write exactly `data` to `path` (through a temporary file beside it, so a failed
    write leaves no half file under the chosen name); the problem in words, or None."""
    handle, temporary = -1, ""
    try:
        handle, temporary = tempfile.mkstemp(prefix=".saving-", suffix=".pdf", dir=path.parent)
        with os.fdopen(handle, "wb") as file:
            handle = -1
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
        temporary = ""
    except OSError as error:
        return _problem(error, path)
    finally:
        if handle != -1:
            os.close(handle)
        if temporary:
            Path(temporary).unlink(missing_ok=True)
    return None


def _problem(error: OSError, path: Path) -> str:
    text = _PROBLEMS.get(error.errno or 0, _NOT_SAVED)
    return QCoreApplication.translate(CONTEXT, text).format(path=path)


_NO_ROOM = QT_TRANSLATE_NOOP(
    "PdfSaving",
    "There is no room left on the disk for {path}. Free some space or choose another disk.",
)
_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "PdfSaving", "The program may not write to {path}. Choose another folder."
)
_NO_FOLDER = QT_TRANSLATE_NOOP("PdfSaving", "The folder of {path} does not exist.")
_NOT_SAVED = QT_TRANSLATE_NOOP("PdfSaving", "The file could not be saved to {path}.")
_PROBLEMS = {
    errno.ENOSPC: _NO_ROOM,
    errno.EDQUOT: _NO_ROOM,
    errno.EACCES: _NOT_ALLOWED,
    errno.EPERM: _NOT_ALLOWED,
    errno.EROFS: _NOT_ALLOWED,
    errno.ENOENT: _NO_FOLDER,
}
