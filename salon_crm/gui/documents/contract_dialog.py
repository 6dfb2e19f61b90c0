"""Filling a document for one client: the template, the values the record lacks (typed
here, saved back to the questionnaire when ticked), the signatures, a live preview, and
the document stored on the card with its number."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common.dates import format_day
from salon_crm.domain.common.errors import SalonError, ValidationError
from salon_crm.domain.documents.document_blocks import Signer
from salon_crm.domain.documents.placeholders import PLACEHOLDERS_CONTEXT
from salon_crm.domain.documents.template_markup import (
    MissingValuesError,
    parse,
    placeholder_names,
)
from salon_crm.gui.common import ui_settings
from salon_crm.gui.common.background import LatestOnly, report_failure
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.common.field_errors import Prompts
from salon_crm.gui.common.form_parts import ErrorLabel
from salon_crm.gui.common.window_modal import open_window_modal
from salon_crm.gui.documents.missing_fields import MissingFields
from salon_crm.gui.documents.pdf_pane import PdfPane
from salon_crm.gui.documents.signatures_panel import SignaturesPanel
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.documents.document_service import DocumentRequest, StoredDocument
from salon_crm.services.documents.questionnaire_writeback import write_back

PREVIEW_DELAY_MS = 400  # the preview follows typing once it pauses
INPUTS_WIDTH = 540  # the column of choices and values beside the page
_PROCEDURE_PREFIX = "procedure."


class ContractDialog(QDialog):
    """Signals:
    saved(int): the document was stored on the card (its id).
    client_changed(int): the client's card changed (a document, values saved back).
    """

    saved = Signal(int)
    client_changed = Signal(int)

    def __init__(
        self, workspace: Workspace, actor: Actor, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contractDialog")
        self.prompts = Prompts(self)  # tests replace its methods: no question blocks them
        self._workspace = workspace
        self._actor = actor
        self._client_id = client_id
        self._documents = workspace.documents(actor)
        self._templates = workspace.templates(actor)
        self._card = workspace.clients(actor).card(client_id)
        self._labels = {
            p.name: QCoreApplication.translate(PLACEHOLDERS_CONTEXT, p.label)
            for p in self._templates.placeholders()
        }
        self.stored: StoredDocument | None = None
        self._questionnaire_changed = False
        self._previews = LatestOnly(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.setWindowTitle(self.tr("Fill a document: {name}").format(name=self._card.full_name))
        self._build()
        self._fill_choices()
        self._template_changed()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.template_select = QComboBox(self)
        self.template_select.setObjectName("templateSelect")
        self.procedure_select = QComboBox(self)
        self.procedure_select.setObjectName("procedureSelect")
        self.missing = MissingFields(self)
        self.blank_missing = QCheckBox(self.tr("Leave the rest blank to fill in by hand"), self)
        self.blank_missing.setObjectName("blankMissing")
        self.signatures = SignaturesPanel(self)
        self.signatures.set_names(
            {
                Signer.CLIENT: self._card.full_name,
                Signer.EMPLOYEE: self._actor.full_name or self._actor.login,
            }
        )
        self.on_paper = QCheckBox(self.tr("The client has signed a printed copy"), self)
        self.on_paper.setObjectName("signedOnPaper")
        self.error = ErrorLabel("contract", self)
        self.notice = QLabel(self)
        self.notice.setObjectName("contractNotice")
        self.notice.setWordWrap(True)
        self.preview = PdfPane(self)
        self.preview_button = self._button("previewButton", self.tr("Refresh preview"))
        self.save_button = self._button("saveContractButton", self.tr("Save to the card"))
        self.close_button = self._button("closeContractButton", self.tr("Cancel"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._left_column())
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([INPUTS_WIDTH, 10_000])  # the rest to the page
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.template_select.currentIndexChanged.connect(self._template_changed)
        self.procedure_select.currentIndexChanged.connect(self._procedure_changed)
        self.missing.changed.connect(self._schedule_preview)
        self.blank_missing.toggled.connect(self._schedule_preview)
        self.signatures.changed.connect(self._schedule_preview)
        self.preview_button.clicked.connect(self.refresh_preview)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        saving = [QKeySequence(Qt.Modifier.CTRL | k) for k in (Qt.Key.Key_Return, Qt.Key.Key_Enter)]
        self._shortcut(self.save_button, saving, self.save)
        self._shortcut(self.preview_button, [QKeySequence(Qt.Key.Key_F5)], self.refresh_preview)
        self.resize(self.size_for(self.screen().availableGeometry().size()))

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in a field does not save half a document
        return button

    def _shortcut(
        self, button: QPushButton, keys: list[QKeySequence], slot: Callable[[], None]
    ) -> None:
        """`keys` do what `button` does; the first is named in its tooltip."""
        for key in keys:
            QShortcut(key, self, slot)
        button.setToolTip(keys[0].toString(QKeySequence.SequenceFormat.NativeText))

    def _left_column(self) -> QScrollArea:
        choices = QFormLayout()
        choices.addRow(self.tr("Document"), self.template_select)
        choices.addRow(self.tr("Procedure"), self.procedure_select)
        self._choices = choices
        signing = QGroupBox(self.tr("Signatures"), self)
        signing_layout = QVBoxLayout(signing)
        signing_layout.addWidget(self.signatures)
        signing_layout.addWidget(self.on_paper)
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.addLayout(choices)
        layout.addWidget(self.missing)
        layout.addWidget(self.blank_missing)
        layout.addWidget(signing)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addStretch()
        scroll = QScrollArea(self)
        scroll.setObjectName("contractInputs")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(column)
        scroll.setMinimumWidth(INPUTS_WIDTH * 4 // 5)
        return scroll

    @staticmethod
    def size_for(screen: QSize) -> QSize:
        """Wide enough for a readable page beside the inputs, within the screen."""
        room = screen - QSize(40, 60)
        return QSize(min(1280, room.width()), min(760, room.height()))

    def _fill_choices(self) -> None:
        remembered = ui_settings.get(ui_settings.CONTRACT_TEMPLATE, salon=self._workspace.data_dir)
        for row in self._templates.templates():
            self.template_select.addItem(row.name, row.id)
        index = self.template_select.findData(remembered)
        self.template_select.setCurrentIndex(max(index, 0))
        if self.template_select.count() == 0:
            for widget in (self.save_button, self.preview_button, self.template_select):
                widget.setEnabled(False)
            self.preview.show_message(
                self.tr("The salon has no active templates; the owner adds them in Settings.")
            )
        self.procedure_select.addItem(self.tr("— none —"), None)
        for visit in self._workspace.procedures(self._actor).visits(self._client_id):
            self.procedure_select.addItem(
                f"{format_day(visit.performed_at)}  {visit.procedure_name}", visit.id
            )

    # --- what the choices change ---------------------------------------------------------

    def _template_id(self) -> int:
        return int(self.template_select.currentData())

    def _template_changed(self) -> None:
        if self.template_select.currentIndex() < 0:
            return
        salon = self._workspace.data_dir
        ui_settings.put(ui_settings.CONTRACT_TEMPLATE, self._template_id(), salon=salon)
        body = self._templates.current(self._template_id()).body
        uses_procedure = any(
            name.startswith(_PROCEDURE_PREFIX) for name in placeholder_names(parse(body))
        )
        self._choices.setRowVisible(self.procedure_select, uses_procedure)
        self._procedure_changed()

    def _procedure_changed(self) -> None:
        lacking = self._documents.missing(self._request({}))
        self.missing.set_missing(lacking, self._labels)
        self._schedule_preview()

    def _request(self, extra: Mapping[str, str]) -> DocumentRequest:
        procedure = self.procedure_select.currentData()
        uses_procedure = self._choices.isRowVisible(self.procedure_select)
        return DocumentRequest(
            self._client_id,
            self._template_id(),
            procedure_id=int(procedure) if procedure is not None and uses_procedure else None,
            blank_missing=self.blank_missing.isChecked(),
            extra_values=dict(extra),
            signatures=self.signatures.signatures(),
            signed_on_paper=self.on_paper.isChecked(),
        )

    # --- the preview ---------------------------------------------------------------------

    def _schedule_preview(self) -> None:
        if self.stored is None:
            self._timer.start()

    @property
    def preview_pending(self) -> bool:
        """A preview is asked for and not shown yet."""
        return self._timer.isActive() or self._previews.busy

    def refresh_preview(self) -> None:
        self._timer.stop()
        if self.stored is not None or not self.preview_button.isEnabled():
            return
        documents, request = self._documents, self._request(self.missing.values())
        self._previews.run(
            lambda: documents.preview(request),
            on_success=self.preview.show_pdf,
            on_failure=self._preview_refused,
        )

    def _preview_refused(self, error: Exception) -> None:
        if isinstance(error, MissingValuesError):
            self.preview.show_message(
                self.tr(
                    "The preview waits for the values missing on the left: fill them in, "
                    "or tick “Leave the rest blank to fill in by hand”."
                )
            )
        elif isinstance(error, SalonError):
            self.preview.show_message(describe_error(error)[0])
        else:
            self.preview.show_message(self.tr("The preview could not be made."))
            report_failure(error)

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        """Values ticked go to the questionnaire first; then the document is numbered and
        stored. A refusal is said next to its field and nothing typed is lost."""
        if self.stored is not None or not self.save_button.isEnabled():
            return
        self.error.clear_message()
        self.missing.clear_errors()
        typed = self.missing.values()
        request = self._request(typed)
        if not request.blank_missing:
            lacking = self._documents.missing(request)
            if lacking:
                self._lacking(lacking)
                return
        to_save = self.missing.to_questionnaire()
        if to_save and not self._write_back(to_save):
            return
        self.missing.saved(to_save)
        extra = {name: text for name, text in typed.items() if name not in to_save}
        try:
            stored = self._documents.make(replace(request, extra_values=extra))
        except MissingValuesError as error:
            self._lacking(error.names)
        except SalonError as error:
            self.error.show_message(describe_error(error)[0])
        else:
            self._saved(stored)
            return
        # The questionnaire was changed though the document was not made: the card is
        # told when the dialog closes (reloading it now would drop the card's button
        # this dialog's signal goes through, and the saved document would not show).
        self._questionnaire_changed = self._questionnaire_changed or bool(to_save)

    def _lacking(self, names: Sequence[str]) -> None:
        self.missing.mark_blank(
            names, self.tr("Fill this in, or tick “Leave the rest blank to fill in by hand”.")
        )
        self.error.show_message(
            self.tr("Some values are missing (see above); the document was not saved.")
        )

    def _write_back(self, typed: Mapping[str, str]) -> bool:
        clients = self._workspace.clients(self._actor)
        try:
            back = write_back(clients.card(self._client_id).edit_input(), typed)
        except ValidationError as error:
            self._show_refusal(error)
            return False
        except SalonError as error:
            self.error.show_message(describe_error(error)[0])
            return False
        try:
            self._card = clients.update(self._client_id, back.data)
        except ValidationError as error:
            named = [replace(e, field=back.placeholder_of(e) or e.field) for e in error.errors]
            self._show_refusal(ValidationError(named))
            return False
        except SalonError as error:
            self.error.show_message(describe_error(error)[0])
            return False
        return True

    def _show_refusal(self, error: ValidationError) -> None:
        left = self.missing.show_errors(error.errors)
        self.error.show_message(
            describe_error(ValidationError(left))[0]
            if left
            else self.tr("The questionnaire did not take these values; see above.")
        )

    def _saved(self, stored: StoredDocument) -> None:
        self.stored = stored
        self._timer.stop()
        self.notice.setText(self.tr("Saved as No. {number}").format(number=stored.number))
        done: tuple[QWidget, ...] = (
            self.template_select, self.procedure_select, self.missing, self.blank_missing,
            self.signatures, self.on_paper, self.save_button, self.preview_button,
        )  # fmt: skip
        for widget in done:
            widget.setEnabled(False)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setFocus()
        self.preview.show_pdf(self._documents.pdf(stored.id)[0])
        self.saved.emit(stored.id)
        self.client_changed.emit(self._client_id)

    # --- closing -------------------------------------------------------------------------

    def has_input(self) -> bool:
        """Values typed or a signature drawn that are not in a stored document yet."""
        return self.stored is None and bool(self.missing.values() or self.signatures.signatures())

    def done(self, result: int) -> None:
        if self._questionnaire_changed and self.stored is None:
            self.client_changed.emit(self._client_id)
        super().done(result)

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: typed values are not dropped unasked."""
        if self.has_input() and not self.prompts.confirm(
            self,
            self.windowTitle(),
            self.tr("Close without saving? The values typed and the signatures will be lost."),
        ):
            return
        super().reject()


def open_contract_dialog(
    parent: QWidget, workspace: Workspace, actor: Actor, client_id: int
) -> ContractDialog:
    """The fill dialog for the client, open window-modal over `parent` (deleted on close)."""
    return open_window_modal(ContractDialog(workspace, actor, client_id, parent))
