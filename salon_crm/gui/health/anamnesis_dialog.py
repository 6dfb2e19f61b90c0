"""The anamnesis form: a new version of the client's anamnesis, started from the current
one, signed by the specialist when saved."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
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
from salon_crm.domain.health import conditions, substances
from salon_crm.domain.health.conditions import ConditionGroup
from salon_crm.gui.clients.questionnaire.questionnaire_rows import RowBase, RowList
from salon_crm.gui.common.date_field import DateField
from salon_crm.gui.common.error_messages import describe_error
from salon_crm.gui.common.field_errors import Prompts, UnsavedChoice
from salon_crm.gui.common.field_messages import field_message
from salon_crm.gui.common.form_parts import ErrorLabel, FieldSlot, with_error
from salon_crm.gui.common.health_names import condition_name, group_name, substance_name
from salon_crm.gui.common.side_by_side import SideBySide, follow_width
from salon_crm.gui.health.consent_notice import ConsentNotice
from salon_crm.gui.health.health_texts import field_captions
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import Workspace
from salon_crm.services.health.anamnesis_types import (
    TEXT_FIELDS,
    AllergyEntry,
    AnamnesisInput,
    AnamnesisRecord,
    ConditionEntry,
)

# Fields of one line; the others are several lines of text.
_ONE_LINE = frozenset(
    {"activity", "diet", "sleep", "smoking", "alcohol", "work_conditions", "blood_pressure"}
)


class AllergyRow(RowBase):
    """A substance (picked from the catalogue, or typed) and the reaction it gives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("allergyRow")
        self.substance = QComboBox(self)
        self.substance.setObjectName("allergySubstance")
        self.substance.setAccessibleName(self.tr("Substance"))
        self.substance.setEditable(True)
        self.substance.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.substance.addItem("", "")
        names = sorted(
            ((substance_name(code), code) for code in substances.SUBSTANCES),
            key=lambda pair: pair[0].casefold(),
        )
        for name, code in names:
            self.substance.addItem(name, code)
        self.substance.setMinimumWidth(220)
        line = self.substance.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Substance"))
        self.reaction = QLineEdit(self)
        self.reaction.setObjectName("allergyReaction")
        self.reaction.setAccessibleName(self.tr("Reaction"))
        self.reaction.setPlaceholderText(self.tr("Reaction, e.g. swelling, anaphylaxis"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._slot("substance", self.substance), 2)
        layout.addWidget(self._slot("reaction", self.reaction), 3)
        layout.addWidget(self._remove_button(), 0, Qt.AlignmentFlag.AlignTop)
        self._watch(self.substance, self.reaction)
        self.substance.editTextChanged.connect(self.changed)

    def value(self) -> AllergyEntry | None:
        text = self.substance.currentText().strip()
        index = self.substance.findText(text, Qt.MatchFlag.MatchFixedString)
        code = self.substance.itemData(index) if index > 0 else None
        reaction = self.reaction.text().strip()
        if not text and not reaction:
            return None
        return AllergyEntry(code or text, reaction)

    def set_value(self, value: AllergyEntry) -> None:
        index = self.substance.findData(value.substance)
        if index > 0:
            self.substance.setCurrentIndex(index)
        else:
            self.substance.setEditText(value.substance)
        self.reaction.setText(value.reaction)


@dataclass
class _ConditionBox:
    check: QCheckBox
    since: DateField | None


class AnamnesisDialog(QDialog):
    """Fill in a new anamnesis version for `client_id`, starting from `start` (the current
    version, if any). Save ("Sign and save", Ctrl+S) records it; closing with unsaved
    edits asks first (`ask_unsaved`, replaced in tests). Without an active health-data
    consent the form says so and offers to record it.

    Signals:
        recorded(int): the version (number) was signed and saved.
    """

    recorded = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        actor: Actor,
        client_id: int,
        client_name: str,
        *,
        start: AnamnesisRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("anamnesisDialog")
        self._health = workspace.health(actor)
        self._client_id = client_id
        self.saved: AnamnesisRecord | None = None
        self.setWindowTitle(self.tr("Anamnesis: {name}").format(name=client_name))
        self._texts: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._conditions: dict[str, _ConditionBox] = {}
        self._slots: dict[str, tuple[FieldSlot, int]] = {}
        self._captions = field_captions()

        layout = QVBoxLayout(self)
        self.consent_notice = ConsentNotice(workspace.consents(actor), client_id, client_name, self)
        self.consent_notice.consent_recorded.connect(self._consent_recorded)
        layout.addWidget(self.consent_notice)
        subtitle = (
            self.tr("Reviewing version {number}: saving signs version {next}.").format(
                number=start.version, next=start.version + 1
            )
            if start is not None
            else self.tr("The first anamnesis of the client.")
        )
        heading = QLabel(subtitle, self)
        heading.setObjectName("anamnesisSubtitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self._general = ErrorLabel("general", self)
        layout.addWidget(self._general)

        self._nav = QListWidget(self)
        self._nav.setObjectName("anamnesisSections")
        self._nav.setAccessibleName(self.tr("Sections"))
        self._stack = QStackedWidget(self)
        for title, page in (
            (self.tr("Complaints and goals"), self._complaints_page()),
            (self.tr("Lifestyle"), self._lifestyle_page()),
            (self.tr("Health"), self._health_page()),
            (self.tr("Medicines"), self._medicines_page()),
            (self.tr("Surgeries and implants"), self._implants_page()),
            (self.tr("Pregnancy and cycle"), self._pregnancy_page()),
            (self.tr("Allergies"), self._allergies_page()),
        ):
            self._stack.addWidget(self._scroll(page))
            QListWidgetItem(title, self._nav)
        self._nav.currentRowChanged.connect(self._stack.setCurrentIndex)
        self._nav.setCurrentRow(0)
        self._nav.setFixedWidth(max(self._nav.sizeHintForColumn(0), 120) + 24)
        middle = QHBoxLayout()
        middle.addWidget(self._nav)
        middle.addWidget(self._stack, 1)
        layout.addLayout(middle, 1)

        self._save = QPushButton(self.tr("Sign and save"), self)
        self._save.setObjectName("saveButton")
        self._save.setToolTip(self.tr("Save this version signed with your name (Ctrl+S)"))
        self._save.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("cancelButton")
        cancel.setToolTip(self.tr("Close without saving (Esc)"))
        cancel.clicked.connect(self.reject)
        for button in (self._save, cancel):
            button.setAutoDefault(False)  # Enter in a field neither saves nor closes
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self._save)
        footer.addWidget(cancel)
        layout.addLayout(footer)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self.setMinimumSize(640, 420)
        room = self.screen().availableGeometry()
        self.resize(min(980, room.width()), min(680, room.height()))
        self._populate(start.data if start is not None else AnamnesisInput())
        self._baseline = self.collect()
        if not self._health.consent_given(client_id):
            self._missing_consent()

    # --- building --------------------------------------------------------------------------

    def _scroll(self, page: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(page)
        follow_width(area)
        return area

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 0, 4, 4)
        return page, layout

    def _text(self, form: QFormLayout, field: str, page: int) -> None:
        caption = self._captions[field]
        edit: QLineEdit | QPlainTextEdit
        if field in _ONE_LINE:
            edit = QLineEdit()
        else:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(60)
            edit.setMaximumHeight(110)
        edit.setObjectName(f"anamnesis_{field}")
        edit.setAccessibleName(caption)
        label = QLabel(caption)
        label.setBuddy(edit)
        label.setWordWrap(True)
        container, slot = with_error(edit, field)
        self._texts[field] = edit
        self._slots[field] = (slot, page)
        form.addRow(label, container)

    def _form(self, layout: QVBoxLayout, title: str) -> QFormLayout:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addWidget(group)
        return form

    def _condition_group(self, layout: QVBoxLayout, group: ConditionGroup) -> None:
        """The group's conditions: dated ones a row each with their date, the others in
        two columns while the width allows (long names in some languages)."""
        box = QGroupBox(group_name(group))
        outer = QVBoxLayout(box)
        grid = QGridLayout()
        outer.addLayout(grid)
        columns: tuple[QVBoxLayout, QVBoxLayout] = (QVBoxLayout(), QVBoxLayout())
        listed = [c for c in conditions.CONDITIONS if c.group is group]
        plain = [c for c in listed if not c.dated]
        for index, condition in enumerate(listed):
            check = QCheckBox(condition_name(condition.code), box)
            check.setObjectName(f"condition_{condition.code}")
            since: DateField | None = None
            if condition.dated:
                since = DateField(box)
                since.setObjectName(f"since_{condition.code}")
                since.setAccessibleName(self.tr("Since"))
                since.setToolTip(self.tr("When it was done or fitted"))
                since.setEnabled(False)
                check.toggled.connect(since.setEnabled)
                grid.addWidget(check, index, 0)
                grid.addWidget(since, index, 1)
            else:
                half = 0 if plain.index(condition) < (len(plain) + 1) // 2 else 1
                columns[half].addWidget(check)
            self._conditions[condition.code] = _ConditionBox(check, since)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        if plain:
            parts = []
            for column in columns:
                part = QWidget(box)
                column.setContentsMargins(0, 0, 0, 0)
                column.addStretch(1)
                part.setLayout(column)
                parts.append(part)
            outer.addWidget(SideBySide(parts, box))
        layout.addWidget(box)

    def _complaints_page(self) -> QWidget:
        page, layout = self._page()
        form = self._form(layout, self.tr("What the client comes with"))
        self._text(form, "complaints", 0)
        self._text(form, "goals", 0)
        self._text(form, "procedures_elsewhere", 0)
        self._text(form, "note", 0)
        layout.addStretch(1)
        return page

    def _lifestyle_page(self) -> QWidget:
        page, layout = self._page()
        form = self._form(layout, self.tr("Lifestyle"))
        for field in ("activity", "diet", "sleep", "smoking", "alcohol", "work_conditions"):
            self._text(form, field, 1)
        layout.addStretch(1)
        return page

    def _health_page(self) -> QWidget:
        page, layout = self._page()
        form = self._form(layout, self.tr("Health"))
        self._text(form, "chronic_diseases", 2)
        self._text(form, "blood_pressure", 2)
        self._texts["blood_pressure"].setPlaceholderText(self.tr("e.g. 120/80"))
        self._condition_group(layout, ConditionGroup.CHRONIC)
        form = self._form(layout, self.tr("Infections and skin"))
        self._text(form, "infectious_diseases", 2)
        self._text(form, "skin_conditions", 2)
        for group in (ConditionGroup.INFECTION, ConditionGroup.SKIN, ConditionGroup.RECENT):
            self._condition_group(layout, group)
        layout.addStretch(1)
        return page

    def _medicines_page(self) -> QWidget:
        page, layout = self._page()
        form = self._form(layout, self.tr("Medicines"))
        self._text(form, "medications", 3)
        self._text(form, "supplements", 3)
        self._condition_group(layout, ConditionGroup.MEDICATION)
        layout.addStretch(1)
        return page

    def _implants_page(self) -> QWidget:
        page, layout = self._page()
        form = self._form(layout, self.tr("Surgeries and implants"))
        self._text(form, "surgeries", 4)
        self._condition_group(layout, ConditionGroup.IMPLANT)
        layout.addStretch(1)
        return page

    def _pregnancy_page(self) -> QWidget:
        page, layout = self._page()
        self._condition_group(layout, ConditionGroup.PREGNANCY)
        form = self._form(layout, self.tr("Cycle"))
        self._text(form, "cycle_notes", 5)
        layout.addStretch(1)
        return page

    def _allergies_page(self) -> QWidget:
        page, layout = self._page()
        box = QGroupBox(self.tr("Allergies and intolerances"))
        inner = QVBoxLayout(box)
        hint = QLabel(
            self.tr(
                "Pick a substance from the list or type it as the client says it; "
                "procedures check the products' substances against these."
            ),
            box,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        inner.addWidget(hint)
        self.allergies = RowList(
            lambda parent: AllergyRow(parent), self.tr("Add an allergy"), name="allergies"
        )
        inner.addWidget(self.allergies)
        layout.addWidget(box)
        layout.addStretch(1)
        return page

    # --- data ------------------------------------------------------------------------------

    def _populate(self, data: AnamnesisInput) -> None:
        for field, edit in self._texts.items():
            value = getattr(data, field)
            if isinstance(edit, QLineEdit):
                edit.setText(value)
            else:
                edit.setPlainText(value)
        entries = {entry.code: entry for entry in data.conditions}
        for code, box in self._conditions.items():
            entry = entries.get(code)
            box.check.setChecked(entry is not None)
            if box.since is not None:
                box.since.set_date(entry.since if entry is not None else None)
        self.allergies.set_values(list(data.allergies))

    def collect(self) -> AnamnesisInput:
        """What the form holds now."""
        texts = {
            field: edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
            for field, edit in self._texts.items()
        }
        chosen = tuple(
            ConditionEntry(code, box.since.date_value() if box.since is not None else None)
            for code, box in self._conditions.items()
            if box.check.isChecked()
        )
        allergies = tuple(
            value for row in self.allergies.rows() if isinstance(value := row.value(), AllergyEntry)
        )
        return AnamnesisInput(
            **{field: texts.get(field, "") for field in TEXT_FIELDS},
            conditions=chosen,
            allergies=allergies,
        )

    def has_changes(self) -> bool:
        return self.collect() != self._baseline

    # --- consent ---------------------------------------------------------------------------

    def _missing_consent(self) -> None:
        self.consent_notice.show_missing()
        self._save.setEnabled(False)

    def _consent_recorded(self) -> None:
        self._save.setEnabled(True)

    # --- saving ----------------------------------------------------------------------------

    def _local_problems(self, data: AnamnesisInput) -> list[FieldError]:
        """Dates typed that are not dates (the service sees them only as empty)."""
        problems: list[FieldError] = []
        for index, entry in enumerate(data.conditions):
            since = self._conditions[entry.code].since
            if since is not None and not since.is_valid():
                problems.append(FieldError(f"conditions.{index}.since", msg.DATE_EXPECTED))
        return problems

    def save(self) -> bool:
        """Sign and record the version; True when saved (the dialog accepts)."""
        if not self._save.isEnabled():
            return False
        self._clear_errors()
        data = self.collect()
        problems = self._local_problems(data)
        try:
            if problems:
                self._health.validate(data)
            else:
                self.saved = self._health.record(self._client_id, data)
        except ValidationError as error:
            problems += list(error.errors)
        except ConsentRequiredError:
            self._missing_consent()
            return False
        except SalonError as error:
            QMessageBox.warning(self, self.tr("Not saved"), describe_error(error)[0])
            return False
        if problems:
            self._show_problems(data, problems)
            return False
        assert self.saved is not None
        self._baseline = data
        self.recorded.emit(self.saved.version)
        self.accept()
        return True

    def _slot_for(self, data: AnamnesisInput, field: str) -> tuple[FieldSlot, int] | None:
        if field in self._slots:
            return self._slots[field]
        parts = field.split(".")
        if len(parts) != 3 or not parts[1].isdigit():
            return None
        kind, index, name = parts[0], int(parts[1]), parts[2]
        if kind == "allergies":
            rows = [row for row in self.allergies.rows() if row.value() is not None]
            if index < len(rows):
                slot = rows[index].slots().get(name)
                return None if slot is None else (slot, 6)
        if kind == "conditions" and index < len(data.conditions) and name == "since":
            since = self._conditions[data.conditions[index].code].since
            if since is not None:
                return FieldSlot(since, self._general), 4
        return None

    def _show_problems(self, data: AnamnesisInput, problems: list[FieldError]) -> None:
        general: list[str] = []
        first_page: int | None = None
        for problem in problems:
            found = self._slot_for(data, problem.field)
            text = field_message(problem)
            if found is None or found[0].error is self._general:
                general.append(text)
            else:
                found[0].show_error(text)
            if found is not None and first_page is None:
                first_page = found[1]
                found[0].widget.setFocus()
        if general:
            self._general.show_message("\n".join(general))
        if first_page is not None:
            self._nav.setCurrentRow(first_page)

    def _clear_errors(self) -> None:
        self._general.clear_message()
        for slot, _page in self._slots.values():
            slot.clear_error()
        for row in self.allergies.rows():
            for slot in row.slots().values():
                slot.clear_error()

    # --- closing ---------------------------------------------------------------------------

    def ask_unsaved(self) -> UnsavedChoice:
        return Prompts(self).unsaved_changes(self, self.windowTitle())

    def reject(self) -> None:
        """Cancel, Esc and the window's close button all come here."""
        if self.has_changes():
            choice = self.ask_unsaved()
            if choice is UnsavedChoice.CANCEL:
                return
            if choice is UnsavedChoice.SAVE:
                self.save()
                return
        super().reject()
