"""The kinds of document template by their names in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from salon_crm.domain.documents.template_kinds import TemplateKind


def kind_labels() -> dict[TemplateKind, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("TemplateKinds", text)

    return {
        TemplateKind.SERVICE_CONTRACT: tr("Service contract"),
        TemplateKind.PROCEDURE_CONSENT: tr("Informed consent to a procedure"),
        TemplateKind.PERSONAL_DATA_CONSENT: tr("Personal data consent"),
        TemplateKind.HEALTH_DATA_CONSENT: tr("Health data consent"),
        TemplateKind.PHOTO_CONSENT: tr("Photo consent"),
        TemplateKind.PRICE_LIST_AGREEMENT: tr("Price list agreement"),
    }
