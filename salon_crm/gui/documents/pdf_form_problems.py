"""Why an uploaded PDF cannot be used as a form, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.common.errors import SalonError
from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.pdf.pdf_forms import PdfFormError, PdfFormProblem

CONTEXT = "PdfFormProblems"
_TEXTS = {
    PdfFormProblem.NO_FORM: QT_TRANSLATE_NOOP(
        "PdfFormProblems",
        "This PDF has no fillable text fields. Upload a fillable (AcroForm) version of it.",
    ),
    PdfFormProblem.DAMAGED: QT_TRANSLATE_NOOP(
        "PdfFormProblems", "This file cannot be read as a PDF: it is damaged or not a PDF."
    ),
    PdfFormProblem.PASSWORD: QT_TRANSLATE_NOOP(
        "PdfFormProblems",
        "This PDF opens only with a password. Save a copy without the password and upload it.",
    ),
    PdfFormProblem.UNKNOWN_FIELD: QT_TRANSLATE_NOOP(
        "PdfFormProblems", "The form has no field {fields}. Check the form's mapping."
    ),
}


def describe_form_problem(error: PdfFormError) -> str:
    text = QCoreApplication.translate(CONTEXT, _TEXTS[error.problem])
    return text.format(fields=", ".join(error.fields))


def describe_refusal(error: SalonError) -> str:
    """A refusal of the forms' service in words: the form's own problem, or any other."""
    if isinstance(error, PdfFormError):
        return describe_form_problem(error)
    return describe_error(error)[0]
