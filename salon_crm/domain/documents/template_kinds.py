"""The kinds of document a salon fills, and which language a salon's defaults are in."""

from __future__ import annotations

from enum import StrEnum

from salon_crm.domain.common.enums import ConsentPurpose


class TemplateKind(StrEnum):
    SERVICE_CONTRACT = "service_contract"
    PROCEDURE_CONSENT = "procedure_consent"
    PERSONAL_DATA_CONSENT = "personal_data_consent"
    HEALTH_DATA_CONSENT = "health_data_consent"
    PHOTO_CONSENT = "photo_consent"
    PRICE_LIST_AGREEMENT = "price_list_agreement"


# Signing one of these records the matching consent, with the document as evidence.
CONSENT_OF_KIND: dict[TemplateKind, ConsentPurpose] = {
    TemplateKind.PERSONAL_DATA_CONSENT: ConsentPurpose.PERSONAL_DATA,
    TemplateKind.HEALTH_DATA_CONSENT: ConsentPurpose.HEALTH_DATA,
    TemplateKind.PHOTO_CONSENT: ConsentPurpose.CLINICAL_PHOTOS,
}

TEMPLATE_LANGUAGES = ("uk", "ru", "pl", "en")
_COUNTRY_LANGUAGE = {"UA": "uk", "PL": "pl", "RU": "ru", "BY": "ru", "KZ": "ru"}


def language_of_country(country: str) -> str:
    """The language a salon's default templates are written in."""
    return _COUNTRY_LANGUAGE.get(country.strip().upper(), "en")


# The names of the default templates, in the language each is written in.
DEFAULT_NAMES: dict[str, dict[TemplateKind, str]] = {
    "uk": {
        TemplateKind.SERVICE_CONTRACT: "Договір про надання косметологічних послуг",
        TemplateKind.PROCEDURE_CONSENT: "Інформована добровільна згода на косметологічну процедуру",
        TemplateKind.PERSONAL_DATA_CONSENT: "Згода на обробку персональних даних",
        TemplateKind.HEALTH_DATA_CONSENT: "Згода на обробку даних про стан здоров'я",
        TemplateKind.PHOTO_CONSENT: "Згода на фотографування для картки клієнта",
        TemplateKind.PRICE_LIST_AGREEMENT: "Угода про вартість курсу процедур",
    },
    "ru": {
        TemplateKind.SERVICE_CONTRACT: "Договор на оказание косметологических услуг",
        TemplateKind.PROCEDURE_CONSENT: (
            "Информированное добровольное согласие на косметологическую процедуру"
        ),
        TemplateKind.PERSONAL_DATA_CONSENT: "Согласие на обработку персональных данных",
        TemplateKind.HEALTH_DATA_CONSENT: "Согласие на обработку данных о состоянии здоровья",
        TemplateKind.PHOTO_CONSENT: "Согласие на фотосъёмку для карточки клиента",
        TemplateKind.PRICE_LIST_AGREEMENT: "Соглашение о стоимости курса процедур",
    },
    "pl": {
        TemplateKind.SERVICE_CONTRACT: "Umowa o świadczenie usług kosmetologicznych",
        TemplateKind.PROCEDURE_CONSENT: "Świadoma zgoda na wykonanie zabiegu kosmetologicznego",
        TemplateKind.PERSONAL_DATA_CONSENT: (
            "Klauzula informacyjna i zgoda na przetwarzanie danych osobowych"
        ),
        TemplateKind.HEALTH_DATA_CONSENT: "Zgoda na przetwarzanie danych dotyczących zdrowia",
        TemplateKind.PHOTO_CONSENT: "Zgoda na wykonywanie dokumentacji fotograficznej",
        TemplateKind.PRICE_LIST_AGREEMENT: "Akceptacja cennika i uzgodnienie cen zabiegów",
    },
    "en": {
        TemplateKind.SERVICE_CONTRACT: "Contract for cosmetology services",
        TemplateKind.PROCEDURE_CONSENT: "Informed consent to a cosmetology procedure",
        TemplateKind.PERSONAL_DATA_CONSENT: "Personal data notice and consent",
        TemplateKind.HEALTH_DATA_CONSENT: "Consent to the processing of health data",
        TemplateKind.PHOTO_CONSENT: "Consent to clinical photography",
        TemplateKind.PRICE_LIST_AGREEMENT: "Price list acknowledgement and agreed prices",
    },
}
