"""The kinds of document template by their names in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.common.translation import QT_TRANSLATE_NOOP
from salon_crm.domain.documents.template_kinds import TemplateKind

_CONTEXT = "TemplateKinds"
_NAMES = {
    TemplateKind.SERVICE_CONTRACT: QT_TRANSLATE_NOOP("TemplateKinds", "Service contract"),
    TemplateKind.PROCEDURE_CONSENT: QT_TRANSLATE_NOOP(
        "TemplateKinds", "Informed consent to a procedure"
    ),
    TemplateKind.PERSONAL_DATA_CONSENT: QT_TRANSLATE_NOOP("TemplateKinds", "Personal data consent"),
    TemplateKind.HEALTH_DATA_CONSENT: QT_TRANSLATE_NOOP("TemplateKinds", "Health data consent"),
    TemplateKind.PHOTO_CONSENT: QT_TRANSLATE_NOOP("TemplateKinds", "Photo consent"),
    TemplateKind.PRICE_LIST_AGREEMENT: QT_TRANSLATE_NOOP("TemplateKinds", "Price list agreement"),
}


def kind_labels() -> dict[TemplateKind, str]:
    """Built per call: the language can change while the program runs."""
    return {kind: QCoreApplication.translate(_CONTEXT, name) for kind, name in _NAMES.items()}
