"""Printouts of what the program holds about a client, through the documents' PDF engine:
the questionnaire (anyone who reads clients) and the cosmetology record (health data:
read through the health services, which refuse a role without the permission and audit
every reading)."""

from __future__ import annotations

from salon_crm.domain.documents.document_blocks import Block, FilledDocument
from salon_crm.pdf.document_pdf import render_document
from salon_crm.services.clients.client_service import ClientService
from salon_crm.services.clients.client_types import ClientCard
from salon_crm.services.core.bound_service import MediaBoundService
from salon_crm.services.documents import printout_words as t
from salon_crm.services.documents.letterhead_service import LetterheadService
from salon_crm.services.documents.printout_parts import letterhead, printed_line
from salon_crm.services.documents.printout_words import Text, Translate, Words, untranslated
from salon_crm.services.documents.questionnaire_printout import questionnaire_blocks
from salon_crm.services.documents.record_printout import RecordData, record_blocks
from salon_crm.services.health.anamnesis_service import AnamnesisService
from salon_crm.services.health.assessment_service import AssessmentService
from salon_crm.services.health.home_care_service import HomeCareService
from salon_crm.services.procedures.procedure_service import ProcedureService
from salon_crm.services.settings.settings_service import SettingsService


class PrintoutService(MediaBoundService):
    """Each method returns the PDF's bytes; nothing is stored. `language` (ru, uk, pl,
    en) sets how money is written, `translate` the captions (see printout_words)."""

    def questionnaire(
        self, client_id: int, *, language: str, translate: Translate = untranslated
    ) -> bytes:
        words = Words(language, translate)
        card = ClientService(self._db, self._actor).card(client_id)
        return self._render(t.QUESTIONNAIRE_TITLE, card, questionnaire_blocks(card, words), words)

    def cosmetology_record(
        self, client_id: int, *, language: str, translate: Translate = untranslated
    ) -> bytes:
        words = Words(language, translate)
        # The anamnesis first: it refuses a role without the health permission before
        # anything else is read.
        anamnesis = AnamnesisService(self._db, self._actor).current(client_id)
        record = RecordData(
            card=ClientService(self._db, self._actor).card(client_id),
            anamnesis=anamnesis,
            assessments=AssessmentService(self._db, self._actor).list(client_id),
            procedures=ProcedureService(self._db, self._actor).details(client_id),
            home_care=HomeCareService(self._db, self._actor).list(client_id),
        )
        return self._render(t.RECORD_TITLE, record.card, record_blocks(record, words), words)

    def _render(self, title: Text, card: ClientCard, blocks: list[Block], words: Words) -> bytes:
        user = self._actor.full_name or self._actor.login
        opening: list[Block] = [printed_line(words, user, self._today())]
        requisites = SettingsService(self._db, self._actor).requisites()
        logo = LetterheadService(self._db, self._actor, self._media).logo()
        document = FilledDocument(
            title=words(title),
            number=words(t.NAME_NUMBER, name=card.full_name, number=card.number),
            blocks=(*opening, *blocks),
            letterhead=letterhead(requisites, logo),
            page_label=words(t.PAGE),
        )
        return render_document(document)
