"""The owner's management of staff accounts: list, create, change role or name, reset password."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from salon_crm.domain.common import messages as msg
from salon_crm.domain.common import validation as rules
from salon_crm.domain.common.dates import format_moment
from salon_crm.domain.common.enums import Role
from salon_crm.domain.common.errors import FieldError, SalonError, ValidationError
from salon_crm.domain.common.text import tidy
from salon_crm.gui.common.account_checks import account_problems, passwords_problems
from salon_crm.gui.common.field_errors import (
    FieldErrors,
    Prompts,
    SettingsSection,
    hint_label,
)
from salon_crm.gui.common.form_parts import ErrorLabel
from salon_crm.gui.common.ui_forms import Child, Children, Form
from salon_crm.services.core.actor import Actor
from salon_crm.services.settings.user_service import MIN_PASSWORD, UserRow, UserService

_Index = QModelIndex | QPersistentModelIndex


def role_name(role: Role) -> str:
    """The role as the interface names it, in the current language."""
    names = {
        Role.OWNER: QCoreApplication.translate("UsersEditor", "Owner"),
        Role.ADMINISTRATOR: QCoreApplication.translate("UsersEditor", "Administrator"),
        Role.SPECIALIST: QCoreApplication.translate("UsersEditor", "Specialist"),
    }
    return names[role]


def _add_roles(combo: QComboBox) -> None:
    for role in (Role.OWNER, Role.ADMINISTRATOR, Role.SPECIALIST):
        combo.addItem(role_name(role), role.value)


class UserColumn(IntEnum):
    LOGIN = 0
    NAME = 1
    ROLE = 2
    ACTIVE = 3
    LAST_LOGIN = 4


class UserTableModel(QAbstractTableModel):
    """The salon's user accounts as typed rows (few: no paging)."""

    RowRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UserRow] = []

    def set_rows(self, rows: list[UserRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[UserRow]:
        return list(self._rows)

    def row_of(self, user_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == user_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(UserColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(UserColumn):
            return None
        return {
            UserColumn.LOGIN: self.tr("Login"),
            UserColumn.NAME: self.tr("Name"),
            UserColumn.ROLE: self.tr("Role"),
            UserColumn.ACTIVE: self.tr("Active"),
            UserColumn.LAST_LOGIN: self.tr("Last login"),
        }[UserColumn(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = UserColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is UserColumn.LOGIN:
                return row.login
            if column is UserColumn.NAME:
                return row.full_name
            if column is UserColumn.ROLE:
                return role_name(row.role)
            if column is UserColumn.ACTIVE:
                return self.tr("Yes") if row.is_active else self.tr("No, disabled")
            return format_moment(row.last_login_at) or self.tr("never")
        if role == self.RowRole:
            return row
        if role == self.SortRole:
            if column is UserColumn.LAST_LOGIN:
                return row.last_login_at.isoformat() if row.last_login_at else ""
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and not row.is_active:
            palette = QPalette()
            return palette.color(QPalette.ColorRole.PlaceholderText)
        return None


# The new account's fields, as the service names them in its validation errors.
NEW_USER_FIELDS = ("login", "full_name", "role", "password", "password_repeat")


class NewUserDialogUi(Form):
    ui_name = "new_user_dialog"
    login = Child(QLineEdit, "newUserLogin")
    full_name = Child(QLineEdit, "newUserFullName")
    role = Child(QComboBox, "newUserRole")
    password = Child(QLineEdit, "newUserPassword")
    repeat = Child(QLineEdit, "newUserPasswordRepeat")
    errors = Children(ErrorLabel, "error_newUser_{}", NEW_USER_FIELDS)
    cancel = Child(QPushButton, "newUserCancel")
    create = Child(QPushButton, "createUserButton")


class NewUserDialog(QDialog):
    """Create a staff account: login, name, role and the password typed twice.

    Opened with `open()` (never `exec()`), so a test fills it in without blocking.

    Signals:
        created(object): the new account, a `UserRow`.
    """

    created = Signal(object)

    def __init__(self, users: UserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newUserDialog")
        self._users = users
        self.user: UserRow | None = None
        ui = NewUserDialogUi(self)
        ui.fill(self)
        self._login = ui.login
        self._full_name = ui.full_name
        self._role = ui.role
        self._password = ui.password
        self._repeat = ui.repeat
        _add_roles(self._role)
        self._role.setCurrentIndex(self._role.findData(Role.ADMINISTRATOR.value))
        self._password.setPlaceholderText(
            self.tr("At least {limit} characters").format(limit=MIN_PASSWORD)
        )
        self._errors = FieldErrors(self._typed_problems)
        fields = (self._login, self._full_name, self._role, self._password, self._repeat)
        for name, field in zip(NEW_USER_FIELDS, fields, strict=True):
            self._errors.add(name, ui.errors[name], field)
        # A short form with its buttons under the fields: nothing may move as messages come.
        self._errors.reserve_lines()
        ui.create.clicked.connect(self.submit)
        ui.cancel.clicked.connect(self.reject)

    def fill(self, *, login: str, full_name: str, role: Role, password: str, repeat: str) -> None:
        """Type into the form (for tests and scripted set-up)."""
        self._login.setText(login)
        self._full_name.setText(full_name)
        self._role.setCurrentIndex(self._role.findData(role.value))
        self._password.setText(password)
        self._repeat.setText(repeat)

    def error_text(self, field: str) -> str:
        label = self._errors.label(field)
        return label.text() if label.has_message() else ""

    def _typed_problems(self) -> list[FieldError]:
        return account_problems(
            login=self._login.text(),
            full_name=self._full_name.text(),
            password=self._password.text(),
            repeat=self._repeat.text(),
        )

    def _show_errors(self, errors: list[FieldError]) -> None:
        left = self._errors.show(errors)
        if left:  # a field this form has no label for: said under the login
            self._errors.show([*errors, *(FieldError("login", e.template, e.params) for e in left)])

    def submit(self) -> bool:
        """Create the account; False (with the reasons next to the fields) if refused."""
        if self._password.text() != self._repeat.text():
            self._show_errors([FieldError("password_repeat", msg.PASSWORDS_DIFFER)])
            return False
        try:
            self.user = self._users.create_user(
                login=self._login.text().strip(),
                password=self._password.text(),
                role=Role(str(self._role.currentData())),
                full_name=self._full_name.text(),
            )
        except ValidationError as error:
            self._show_errors(list(error.errors))
            return False
        except SalonError as error:
            self._show_errors([FieldError("login", str(error))])
            return False
        self.created.emit(self.user)
        self.accept()
        return True


class UsersEditor(SettingsSection):
    """Staff accounts: a table, the selected user's details and a password reset.

    Accounts are disabled, never deleted: the audit trail names who did what.
    """

    def __init__(
        self,
        users: UserService,
        actor: Actor,
        prompts: Prompts,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(prompts, parent)
        self.setObjectName("usersEditor")
        self._users = users
        self._actor = actor
        self._errors = FieldErrors(self._typed_problems)
        self._current: UserRow | None = None
        self.dialog: NewUserDialog | None = None

        self._model = UserTableModel(self)
        self._table = QTableView(self)
        self._table.setObjectName("usersTable")
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.setStyleSheet("QTableView::item { padding: 0px 6px; }")
        self._table.verticalHeader().hide()
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UserColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self._table.selectionModel().currentRowChanged.connect(self._row_changed)
        new_user = QPushButton(self.tr("New user…"), self)
        new_user.setObjectName("newUserButton")
        new_user.clicked.connect(self.open_new_user_dialog)

        # --- the selected user
        details = QGroupBox(self.tr("Selected user"), self)
        self._details = details
        self._login = QLabel(details)
        self._login.setObjectName("userLogin")
        self._full_name = QLineEdit(details)
        self._full_name.setObjectName("userFullName")
        self._role = QComboBox(details)
        self._role.setObjectName("userRole")
        _add_roles(self._role)
        self._active = QCheckBox(self.tr("May log in"), details)
        self._active.setObjectName("userActive")
        self._save_button = QPushButton(self.tr("Save changes"), details)
        self._save_button.setObjectName("userSave")
        self._save_button.setToolTip(self.tr("Ctrl+S"))
        self._save_button.clicked.connect(self.save)
        details_form = QFormLayout()
        details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        details_form.addRow(self.tr("Login:"), self._login)
        details_form.addRow(
            self.tr("Full name:"),
            self._errors.field("full_name", self._full_name, "user_full_name"),
        )
        details_form.addRow(self.tr("Role:"), self._errors.field("role", self._role, "user_role"))
        details_form.addRow("", self._active)
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(details_form)
        details_layout.addStretch(1)
        details_buttons = QHBoxLayout()
        details_buttons.addStretch(1)
        details_buttons.addWidget(self._save_button)
        details_layout.addLayout(details_buttons)

        # --- password reset
        password_box = QGroupBox(self.tr("New password"), self)
        self._password_box = password_box
        self._password = QLineEdit(password_box)
        self._password.setObjectName("userNewPassword")
        self._password.setEchoMode(QLineEdit.EchoMode.Password)
        self._repeat = QLineEdit(password_box)
        self._repeat.setObjectName("userNewPasswordRepeat")
        self._repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self._repeat.returnPressed.connect(self.reset_password)
        reset = QPushButton(self.tr("Set the new password"), password_box)
        reset.setObjectName("userResetPassword")
        reset.clicked.connect(self.reset_password)
        password_form = QFormLayout()
        password_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        password_form.addRow(
            self.tr("Password:"),
            self._errors.field("password", self._password, "user_password"),
        )
        password_form.addRow(
            self.tr("Repeat:"),
            self._errors.field("password_repeat", self._repeat, "user_password_repeat"),
        )
        self._errors.reserve_lines()
        password_layout = QVBoxLayout(password_box)
        password_layout.addWidget(
            hint_label(
                self.tr(
                    "For a user who forgot their password: set a new one and tell it to them. "
                    "At least {limit} characters."
                ).format(limit=MIN_PASSWORD),
                password_box,
            )
        )
        password_layout.addLayout(password_form)
        password_layout.addStretch(1)
        reset_row = QHBoxLayout()
        reset_row.addStretch(1)
        reset_row.addWidget(reset)
        password_layout.addLayout(reset_row)

        top = QHBoxLayout()
        top.addWidget(
            hint_label(
                self.tr(
                    "Accounts are never deleted: the history shows who did what. "
                    "Untick “May log in” for someone who left."
                ),
                self,
            ),
            1,
        )
        top.addWidget(new_user)
        bottom = QHBoxLayout()
        bottom.addWidget(details, 1)
        bottom.addWidget(password_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self._table, 1)
        layout.addLayout(bottom)
        self.reload()

    def title(self) -> str:
        return self.tr("Users")

    # --- the table -----------------------------------------------------------------------

    def model(self) -> UserTableModel:
        return self._model

    def reload(self, select_id: int | None = None) -> None:
        if select_id is None and self._current is not None:
            select_id = self._current.id
        try:
            rows = self._users.list_users()
        except SalonError as error:
            self.report(error)
            rows = []
        self._model.set_rows(rows)
        row = self._model.row_of(select_id) if select_id is not None else -1
        if row < 0 and rows:
            row = self._model.row_of(self._actor.user_id)
        if row >= 0:
            self._table.selectRow(row)
        else:
            self._show_user(None)

    def select(self, login: str) -> None:
        for i, row in enumerate(self._model.rows()):
            if row.login == login:
                self._table.selectRow(i)
                return

    def selected(self) -> UserRow | None:
        return self._current

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        row = current.data(UserTableModel.RowRole) if current.isValid() else None
        if (
            self._current is not None
            and isinstance(row, UserRow)
            and row.id != self._current.id
            and not self.resolve_unsaved()
        ):
            self._table.selectionModel().blockSignals(True)
            self._table.selectRow(previous.row())
            self._table.selectionModel().blockSignals(False)
            return
        self._show_user(row if isinstance(row, UserRow) else None)

    def _show_user(self, row: UserRow | None) -> None:
        self._errors.clear()
        self._current = row
        for box in (self._details, self._password_box):
            box.setEnabled(row is not None)
        self._login.setText(row.login if row else "")
        self._full_name.setText(row.full_name if row else "")
        self._role.setCurrentIndex(self._role.findData((row.role if row else Role.OWNER).value))
        self._active.setChecked(row.is_active if row else False)
        self._password.clear()
        self._repeat.clear()
        title = self.tr("Selected user: {login}").format(login=row.login) if row else ""
        self._details.setTitle(title or self.tr("Selected user"))

    # --- changing ------------------------------------------------------------------------

    def set_details(self, *, full_name: str, role: Role, is_active: bool) -> None:
        """Type into the selected user's form (for tests and scripted set-up)."""
        self._full_name.setText(full_name)
        self._role.setCurrentIndex(self._role.findData(role.value))
        self._active.setChecked(is_active)

    def set_new_password(self, password: str, repeat: str) -> None:
        self._password.setText(password)
        self._repeat.setText(repeat)

    def error_text(self, field: str) -> str:
        label = self._errors.label(field)
        return label.text() if label.has_message() else ""

    def _typed_problems(self) -> list[FieldError]:
        problems = rules.check_name("full_name", tidy(self._full_name.text()))
        return problems + passwords_problems(self._password.text(), self._repeat.text())

    def _role_value(self) -> Role:
        return Role(str(self._role.currentData()))

    def is_dirty(self) -> bool:
        row = self._current
        if row is None:
            return False
        return (
            tidy(self._full_name.text()) != row.full_name
            or self._role_value() is not row.role
            or self._active.isChecked() != row.is_active
            or bool(self._password.text() or self._repeat.text())
        )

    def discard(self) -> None:
        self._show_user(self._current)

    def save(self) -> bool:
        """Save the selected user's name, role and "may log in" (and a typed new password)."""
        row = self._current
        if row is None:
            return True
        if (self._password.text() or self._repeat.text()) and not self.reset_password():
            return False
        role, active = self._role_value(), self._active.isChecked()
        if (
            tidy(self._full_name.text()) == row.full_name
            and role is row.role
            and active == row.is_active
        ):
            return True
        if (
            row.id == self._actor.user_id
            and (role is not row.role or not active)
            and not self.prompts.confirm(
                self,
                self.tr("Your own account"),
                self.tr(
                    "You are changing your own role or access. After you log out you may "
                    "no longer be able to change the salon's settings. Continue?"
                ),
            )
        ):
            return False
        saved = self.attempt(
            self._errors,
            lambda: self._users.update_user(
                row.id, role=role, is_active=active, full_name=self._full_name.text()
            ),
        )
        if saved is None:
            return False
        self._current = saved
        self.reload(select_id=saved.id)
        self.say(self.tr("The account “{login}” is saved.").format(login=saved.login))
        self.changed.emit()
        return True

    def reset_password(self) -> bool:
        row = self._current
        if row is None:
            return False
        password, repeat = self._password.text(), self._repeat.text()
        if password != repeat:
            self._errors.show([FieldError("password_repeat", msg.PASSWORDS_DIFFER)])
            return False

        def reset() -> bool:
            self._users.reset_password(row.id, password)
            return True

        if self.attempt(self._errors, reset) is None:
            return False
        self._errors.clear()
        self._password.clear()
        self._repeat.clear()
        self.say(
            self.tr(
                "The password of “{login}” is changed. Tell them the new one: "
                "it works from their next login."
            ).format(login=row.login)
        )
        return True

    def open_new_user_dialog(self) -> NewUserDialog | None:
        """Show the new-user dialog (window-modal, not blocking) and return it.

        None if the user chose to stay on unsaved changes of the selected account.
        """
        if not self.resolve_unsaved():
            return None
        dialog = NewUserDialog(self._users, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self._created)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _created(self, row: object) -> None:
        if isinstance(row, UserRow):
            self._current = None
            self.reload(select_id=row.id)
            self.say(
                self.tr("The user “{login}” is created and can log in now.").format(login=row.login)
            )
            self.changed.emit()
