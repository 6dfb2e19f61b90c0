"""A refusal from a service (a SalonError) said in the user's language.

The texts were first written for the client card and keep its translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.common.enums import ConsentPurpose
from salon_crm.domain.common.errors import (
    ConflictError,
    ConsentRequiredError,
    NotFoundError,
    PermissionDeniedError,
    SalonError,
    SessionExpiredError,
    ValidationError,
)
from salon_crm.domain.common.messages import PHONE_DUPLICATE
from salon_crm.gui.common.field_messages import field_message
from salon_crm.services.core.workspace import DATA_FOLDER_CONTEXT, DataFolderError
from salon_crm.services.photos.photo_images import PHOTO_PROBLEMS_CONTEXT, PhotoRejectedError


def describe_error(error: SalonError) -> tuple[str, int | None]:
    """The refusal in the user's words, with the id of the client it points to (the owner
    of a phone that is taken) when there is one."""
    if isinstance(error, ValidationError):
        target: int | None = None
        for problem in error.errors:
            if problem.template == PHONE_DUPLICATE and isinstance(
                problem.params.get("client_id"), int
            ):
                target = problem.params["client_id"]
        return "\n".join(field_message(e) for e in error.errors), target
    if isinstance(error, SessionExpiredError):
        return QCoreApplication.translate(
            "ClientActions",
            "The owner has changed your account. Lock the program (Ctrl+L) and log in again.",
        ), None
    if isinstance(error, PermissionDeniedError):
        return QCoreApplication.translate(
            "ClientActions", "Your role does not allow this. Ask the owner or the administrator."
        ), None
    if isinstance(error, ConsentRequiredError):
        return _consent_missing(error.purpose), None
    if isinstance(error, PhotoRejectedError):
        return QCoreApplication.translate(PHOTO_PROBLEMS_CONTEXT, error.template).format(
            **error.params
        ), None
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate(
            "ClientActions", "This card no longer exists. Reload the list and try again."
        ), None
    if isinstance(error, ConflictError):
        return QCoreApplication.translate(
            "ClientActions", "Someone changed this card meanwhile. Look at it again and retry."
        ), None
    return QCoreApplication.translate("ClientActions", "The change was refused: {details}").format(
        details=error
    ), None


def _consent_missing(purpose: str) -> str:
    if purpose == ConsentPurpose.CLINICAL_PHOTOS.value:
        return QCoreApplication.translate(
            "ClientActions",
            "The client has not consented to clinical photos (or has withdrawn it). "
            "Record the consent in the questionnaire first.",
        )
    if purpose == ConsentPurpose.MARKETING_PHOTOS.value:
        return QCoreApplication.translate(
            "ClientActions",
            "The client has not consented to the use of photos in advertising (or has "
            "withdrawn it). Record the consent in the questionnaire first.",
        )
    return QCoreApplication.translate(
        "ClientActions",
        "The client has not consented to the processing of health data (or has "
        "withdrawn it). Record the consent in the questionnaire first.",
    )


def describe_data_folder_error(error: DataFolderError) -> str:
    """Why the salon's folder cannot be used, in the user's language and plain words."""
    text = QCoreApplication.translate(DATA_FOLDER_CONTEXT, error.template)
    return text.format(path=error.path)
