"""Recording a procedure (a visit): what was done, with which products and lots, the
face chart, the result and the advice, the price and what was paid.

Saving checks the client's health record first and shows every reason at once
(ContraindicationDialog); the service checks again when recording.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common.errors import (
    ConsentRequiredError,
    FieldError,
    SalonError,
    ValidationError,
)
from salon_crm.domain.common.money import Money, parse_money
from salon_crm.gui.common.date_field import DateField
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.common.face_chart.face_chart_view import FaceChartView
from salon_crm.gui.common.face_chart.marker_texts import zones_summary
from salon_crm.gui.common.field_errors import FieldErrors, Prompts, UnsavedChoice
from salon_crm.gui.common.field_messages import field_message
from salon_crm.gui.common.form_parts import ERROR_COLOR, ErrorLabel
from salon_crm.gui.common.health_names import banner_text
from salon_crm.gui.common.i18n import money_text
from salon_crm.gui.common.side_by_side import SideBySide, follow_width
from salon_crm.gui.procedures.consent_gate import ConsentGate
from salon_crm.gui.procedures.contraindication_dialog import ContraindicationDialog
from salon_crm.gui.procedures.procedure_texts import category_name, procedure_name
from salon_crm.gui.procedures.product_rows import ProductRows
from salon_crm.services.clients.client_types import ClientCard
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.procedures.catalogue_types import ProcedureTypeRow
from salon_crm.services.procedures.procedure_types import ContraindicationCheck, ProcedureInput

MOMENT_DISPLAY = "dd.MM.yyyy HH:mm"  # the house format (domain/common/dates.py)
_TEXT_FIELDS = ("device_parameters", "result", "reaction", "recommendations", "home_care")


def _scroll(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(page)
    follow_width(area)
    return area


def _form(parent: QWidget) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return form


def _money_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setAlignment(Qt.AlignmentFlag.AlignRight)
    field.setMaximumWidth(field.fontMetrics().horizontalAdvance("0 000 000,00 ₴") + 24)
    return field


class ProcedureDialog(QDialog):
    """A new procedure for the client of `card`; `recorded_id` holds the procedure once
    saved. Closing with edits asks first (`prompts`, replaced by tests); the
    contraindications and the consent question go through `exec_dialog` and `consent`.

    Signals:
        procedure_recorded(int): the procedure (id) was recorded; emitted before accepting.
    """

    procedure_recorded = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        card: ClientCard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("procedureDialog")
        self.setWindowTitle(self.tr("New procedure: {name}").format(name=card.full_name))
        self._procedures = workspace.procedures(actor)
        catalogue = workspace.catalogue(actor)
        self._card = card
        self._types = catalogue.procedure_types()
        self._currency = workspace.settings(actor).currency()
        self._price_edited = False
        self._paid_edited = False
        self._zones_typed = False
        self.recorded_id: int | None = None
        self.prompts = Prompts(self)
        self.consent = ConsentGate(workspace, actor, self)
        self._errors = FieldErrors()

        self._general = ErrorLabel("general", self)
        self._general.setObjectName("generalErrors")
        self._pages = QTabWidget(self)
        self._pages.setObjectName("procedurePages")
        self._pages.setDocumentMode(True)
        products = catalogue.products()
        self.products = ProductRows(products, self)
        self.face_chart = FaceChartView(self)
        self.face_chart.set_product_names(p.name for p in products)
        self.face_chart.changed.connect(self._chart_changed)
        self._pages.addTab(_scroll(self._visit_page(workspace, actor)), self.tr("Procedure"))
        chart_page = QWidget()
        chart_layout = QVBoxLayout(chart_page)
        chart_layout.addWidget(self.face_chart)
        self._pages.addTab(chart_page, self.tr("Face chart"))
        self._pages.addTab(_scroll(self._notes_page()), self.tr("Result and care"))

        save = QPushButton(self.tr("Save"), self)
        save.setObjectName("saveButton")
        save.setToolTip(self.tr("Save the procedure (Ctrl+S)"))
        save.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancelButton")
        cancel.setToolTip(self.tr("Close without saving (Esc)"))
        cancel.clicked.connect(self.reject)
        for button in (save, cancel):
            button.setAutoDefault(False)  # Enter in a form does not save it: Ctrl+S does
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(save)
        footer.addWidget(cancel)
        layout = QVBoxLayout(self)
        self.health_alert = self._health_alert(workspace, actor, card)
        layout.addWidget(self.health_alert)
        layout.addWidget(self._general)
        layout.addWidget(self._pages, 1)
        layout.addLayout(footer)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self.resize(self.sizeHint())
        self._update_amounts()
        self._baseline = self._snapshot()
        self.procedure.setFocus()

    def sizeHint(self) -> QSize:
        """Room for the form and the face chart, never more than the screen."""
        room = self.screen().availableGeometry()
        return QSize(min(980, room.width()), min(700, room.height()))

    # --- building ------------------------------------------------------------------------

    def _health_alert(self, workspace: Workspace, actor: Actor, card: ClientCard) -> QLabel:
        """The card's red line, here too: the form covers the card while it is filled in."""
        label = QLabel(self)
        label.setObjectName("procedureHealthAlert")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet(
            f"background: {ERROR_COLOR}; color: #ffffff; font-weight: bold;"
            "padding: 6px 10px; border-radius: 4px;"
        )
        text = ""
        if card.has_allergies or card.has_contraindications:
            try:
                text = banner_text(workspace.health(actor).alert(card.id))
            except SalonError:
                text = ""  # the check at saving reads the record again and says why
        label.setText(text)
        label.setVisible(bool(text))
        return label

    def _visit_page(self, workspace: Workspace, actor: Actor) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)

        visit = QWidget()
        form = _form(visit)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), visit)
        self.when.setObjectName("procedureWhen")
        self.when.setDisplayFormat(MOMENT_DISPLAY)
        self.when.setCalendarPopup(True)
        form.addRow(
            self.tr("Date and time:"), self._errors.field("performed_at", self.when, "when")
        )
        self.specialist = QComboBox(visit)
        self.specialist.setObjectName("procedureSpecialist")
        for member in workspace.users(actor).specialists():
            self.specialist.addItem(member.name, member.id)
        self.specialist.setCurrentIndex(max(self.specialist.findData(actor.user_id), 0))
        form.addRow(
            self.tr("Specialist:"),
            self._errors.field("specialist_id", self.specialist, "specialist"),
        )
        self.procedure = self._procedure_combo(visit)
        self._procedure_info = QLabel(visit)
        self._procedure_info.setObjectName("procedureInfo")
        self._procedure_info.setWordWrap(True)
        form.addRow(
            self.tr("Procedure:"),
            self._errors.field(
                "procedure_type_id", self.procedure, "procedure", hint=self._procedure_info
            ),
        )
        self.zones = QLineEdit(visit)
        self.zones.setObjectName("procedureZones")
        self.zones.setPlaceholderText(self.tr("Forehead, glabella, crow's feet…"))
        self.zones.setToolTip(self.tr("Filled in from the face chart until you type here"))
        self.zones.textEdited.connect(self._on_zones_typed)
        form.addRow(self.tr("Zones:"), self._errors.field("zones", self.zones, "zones"))
        self.next_visit = DateField(visit)
        self.next_visit.setObjectName("procedureNextVisit")
        form.addRow(
            self.tr("Next visit:"),
            self._errors.field("next_visit_on", self.next_visit, "nextVisit"),
        )

        money = QWidget()
        money_form = _form(money)
        self.price = _money_field("procedurePrice")
        self.price.textEdited.connect(self._on_price_edited)
        money_form.addRow(self.tr("Price:"), self._errors.field("price", self.price, "price"))
        self.discount = QSpinBox(money)
        self.discount.setObjectName("procedureDiscount")
        self.discount.setRange(0, 100)
        self.discount.setSuffix("\u00a0%")
        self.discount.setMaximumWidth(self.discount.sizeHint().width() + 24)
        self.discount.setValue(self._card.data.discount_percent)
        self.discount.valueChanged.connect(lambda _value: self._update_amounts())
        money_form.addRow(
            self.tr("Discount:"), self._errors.field("discount_percent", self.discount, "discount")
        )
        self._to_pay = QLabel(money)
        self._to_pay.setObjectName("procedureToPay")
        money_form.addRow(self.tr("To pay:"), self._to_pay)
        self.paid = _money_field("procedurePaid")
        self.paid.textEdited.connect(self._on_paid_edited)
        money_form.addRow(self.tr("Paid now:"), self._errors.field("paid", self.paid, "paid"))

        column.addWidget(SideBySide([visit, money], page))
        heading = QLabel(self.tr("Products used"), page)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        column.addWidget(heading)
        column.addWidget(self.products)
        column.addStretch(1)
        return page

    def _procedure_combo(self, parent: QWidget) -> QComboBox:
        """Typing finds a procedure by any part of its name; the category is said under it."""
        combo = QComboBox(parent)
        combo.setObjectName("procedureType")
        combo.setAccessibleName(self.tr("Procedure"))
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in self._types:
            combo.addItem(procedure_name(row.custom_name, row.default_name), row.id)
            combo.setItemData(
                combo.count() - 1, category_name(row.category), Qt.ItemDataRole.ToolTipRole
            )
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.setCurrentIndex(-1)
        line = combo.lineEdit()
        assert line is not None  # an editable combo has one
        line.setPlaceholderText(self.tr("Type to find a procedure"))
        combo.currentIndexChanged.connect(lambda _index: self._on_procedure())
        return combo

    def _notes_page(self) -> QWidget:
        page = QWidget()
        form = _form(page)
        captions = {
            "device_parameters": self.tr("Device parameters:"),
            "result": self.tr("Result:"),
            "reaction": self.tr("Reaction:"),
            "recommendations": self.tr("Recommendations:"),
            "home_care": self.tr("Home care:"),
        }
        self.notes: dict[str, QPlainTextEdit] = {}
        for name in _TEXT_FIELDS:
            edit = QPlainTextEdit(page)
            edit.setObjectName(f"procedure_{name}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
            self.notes[name] = edit
            form.addRow(captions[name], self._errors.field(name, edit, name))
        return page

    # --- the procedure and the amounts ---------------------------------------------------

    def chosen_type(self) -> ProcedureTypeRow | None:
        """The procedure whose name is in the field (None for text that names none)."""
        text = self.procedure.currentText().strip()
        index = self.procedure.currentIndex()
        if index < 0 or self.procedure.itemText(index) != text:
            index = self.procedure.findText(text)
        if index < 0:
            return None
        type_id = self.procedure.itemData(index)
        return next((row for row in self._types if row.id == type_id), None)

    def choose_procedure(self, type_id: int) -> None:
        self.procedure.setCurrentIndex(self.procedure.findData(type_id))

    def _on_procedure(self) -> None:
        row = self.chosen_type()
        if row is None:
            self._procedure_info.clear()
            return
        self._procedure_info.setText(
            self.tr("{category} · {minutes} min · {price}").format(
                category=category_name(row.category),
                minutes=row.duration_minutes,
                price=money_text(row.price),
            )
        )
        if not self._price_edited:
            self.price.setText(money_text(row.price))
        self._update_amounts()

    def _on_price_edited(self) -> None:
        self._price_edited = True
        self._update_amounts()

    def _on_zones_typed(self, text: str) -> None:
        # Emptied, the line follows the chart again.
        self._zones_typed = bool(text.strip())

    def _chart_changed(self) -> None:
        """The zones line follows what is drawn on the face chart, until typed in."""
        if not self._zones_typed:
            self.zones.setText(zones_summary(self.face_chart.chart()))

    def _on_paid_edited(self) -> None:
        self._paid_edited = True

    def _amount(self, field: QLineEdit, name: str) -> Money:
        """The amount typed (empty is zero); a ValidationError for `name` otherwise."""
        text = field.text().strip()
        return parse_money(text, self._currency, field=name) if text else Money(0, self._currency)

    def _update_amounts(self) -> None:
        """ "To pay" follows the price and the discount, and so does "Paid now" until the
        user types another amount there."""
        try:
            due = self._amount(self.price, "price").after_discount(self.discount.value())
        except (ValidationError, ValueError):
            self._to_pay.clear()
            return
        self._to_pay.setText(money_text(due))
        if not self._paid_edited:
            self.paid.setText(money_text(due))

    # --- collecting ----------------------------------------------------------------------

    def _collect(self) -> tuple[ProcedureInput | None, list[FieldError]]:
        problems: list[FieldError] = []
        kind = self.chosen_type()
        if kind is None:
            template = (
                msg.REQUIRED if not self.procedure.currentText().strip() else msg.CHOICE_EXPECTED
            )
            problems.append(FieldError("procedure_type_id", template))
        amounts: dict[str, Money] = {}
        for name, field in (("price", self.price), ("paid", self.paid)):
            try:
                amounts[name] = self._amount(field, name)
            except ValidationError as error:
                problems += error.errors
        if not self.next_visit.is_valid():
            problems.append(FieldError("next_visit_on", msg.DATE_EXPECTED))
        for index, line in enumerate(self.products.filled()):
            problems += [
                FieldError(f"products.{index}.{e.field}", e.template, e.params)
                for e in line.problems()
            ]
        if problems or kind is None:
            return None, problems
        chart = self.face_chart.chart()
        performed = self.when.dateTime().toPython()
        assert isinstance(performed, datetime)
        data = ProcedureInput(
            procedure_type_id=kind.id,
            performed_at=performed.astimezone(UTC),
            specialist_id=self.specialist.currentData(),
            zones=self.zones.text().strip(),
            next_visit_on=self.next_visit.date_value(),
            face_chart="" if chart.is_empty else chart.to_json(),
            products=self.products.uses(),
            price=amounts["price"] if self.price.text().strip() else None,
            discount_percent=self.discount.value(),
            paid=amounts["paid"],
            **{name: edit.toPlainText().strip() for name, edit in self.notes.items()},
        )
        return data, []

    def _snapshot(self) -> tuple[object, ...]:
        return (
            self.when.dateTime().toString(MOMENT_DISPLAY),
            self.procedure.currentText(),
            self.zones.text(),
            self.next_visit.text(),
            self.price.text(),
            self.discount.value(),
            self.paid.text(),
            self.products.snapshot(),
            self.face_chart.chart().to_json(),
            tuple(edit.toPlainText() for edit in self.notes.values()),
        )

    def has_changes(self) -> bool:
        return self._snapshot() != self._baseline

    # --- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        """Check, ask about the reasons, record; True when recorded (the dialog accepts)."""
        self._clear_errors()
        data, problems = self._collect()
        if data is None:
            self._show_problems(problems)
            return False
        day = data.performed_at.astimezone().date()
        try:
            found = self._procedures.check(
                self._card.id, data.procedure_type_id, data.products, on=day
            )
        except SalonError as error:
            self._report(error)
            return False
        if not found.clear:
            override = self._confirm(found)
            if override is None:
                return False
            data = replace(data, override_reason=override)
        try:
            recorded = self._procedures.record(self._card.id, data)
        except ConsentRequiredError:
            self.consent.offer(self._card.id, self)
            return False
        except SalonError as error:
            self._report(error)
            return False
        self.recorded_id = recorded.id
        self._baseline = self._snapshot()
        self.procedure_recorded.emit(recorded.id)
        self.accept()
        return True

    def _confirm(self, found: ContraindicationCheck) -> str | None:
        """The reasons shown; the override reason ("" for warnings only) when the user
        goes ahead, None when going back."""
        dialog = ContraindicationDialog(found, self)
        try:
            accepted = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
            reason = dialog.override_reason()
        finally:
            dialog.deleteLater()
        if found.refused_lots:
            self._point_at_refused(found)
            return None
        return reason if accepted else None

    def _point_at_refused(self, found: ContraindicationCheck) -> None:
        refused = {lot.lot_number for lot in found.refused_lots}
        for line in self.products.filled():
            if line.lot.text().strip() in refused:
                line.error.show_message(self.tr("This lot cannot be used."))
        self._show_page_with_errors()

    def exec_dialog(self, dialog: QDialog) -> int:
        """Run the contraindication dialog; tests replace it to drive the dialog instead."""
        return dialog.exec()

    def _report(self, error: SalonError) -> None:
        if isinstance(error, ValidationError):
            self._show_problems(list(error.errors))
        else:
            self._general.show_message(describe_error(error)[0])

    def _clear_errors(self) -> None:
        self._errors.clear()
        self._general.clear_message()
        for line in self.products.lines():
            line.error.clear_message()

    def _show_problems(self, problems: list[FieldError]) -> None:
        lines = self.products.filled()
        general: list[str] = []
        for error in self._errors.show(p for p in problems if not p.field.startswith("products.")):
            general.append(field_message(error))
        for error in problems:
            parts = error.field.split(".")
            if parts[0] != "products":
                continue
            index = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else -1
            if 0 <= index < len(lines):
                label = lines[index].error
                text = field_message(error)
                label.show_message(f"{label.text()}\n{text}" if label.has_message() else text)
            else:
                general.append(field_message(error))
        if general:
            self._general.show_message("\n".join(general))
        self._show_page_with_errors()

    def _show_page_with_errors(self) -> None:
        for index in range(self._pages.count()):
            page = self._pages.widget(index)
            if page is not None and any(
                label.has_message() for label in page.findChildren(ErrorLabel)
            ):
                self._pages.setCurrentIndex(index)
                return

    # --- closing -------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: edits are not dropped unasked."""
        if self.has_changes():
            choice = self.prompts.unsaved_changes(self, self.tr("New procedure"))
            if choice is UnsavedChoice.CANCEL:
                return
            if choice is UnsavedChoice.SAVE:
                self.save()
                return
        super().reject()
