"""Starting the desktop program: language, data directory, first run or login, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from salon_crm import paths
from salon_crm.gui.common import i18n, ui_settings
from salon_crm.gui.common.background import retire, wait_for_jobs
from salon_crm.gui.common.error_messages import describe_data_folder_error
from salon_crm.gui.shell.error_reporting import ErrorReporter
from salon_crm.gui.shell.first_run_dialog import FirstRunDialog
from salon_crm.gui.shell.login_dialog import LoginDialog
from salon_crm.gui.shell.main_window import MainWindow
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.workspace import DataFolderError, Workspace


class AppController:
    """Walks the user from the login dialog to the main window and back on logout.

    Locking hides the window and asks for a password: the same user gets the window back
    as it was; another user logging in closes it and gets a window of their own.
    """

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.window: MainWindow | None = None
        self._locked = False

    def start(self) -> bool:
        """Show the first-run or login dialog; False if the user closed it."""
        dialog: FirstRunDialog | LoginDialog
        if self.workspace.needs_setup():
            dialog = FirstRunDialog(self.workspace)
        else:
            dialog = LoginDialog(self.workspace)
        actor = self._run(dialog)
        if actor is None:
            return False
        self._open_window(actor)
        return True

    def _open_window(self, actor: Actor) -> None:
        self.window = MainWindow(self.workspace, actor)
        self.window.logout_requested.connect(self._logout)
        self.window.lock_requested.connect(self.lock)
        self.window.show()

    def _run(self, dialog: FirstRunDialog | LoginDialog) -> Actor | None:
        """The user the dialog let in, None if it was closed; tests replace it."""
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.actor if accepted else None
        finally:
            dialog.deleteLater()

    def _close_window(self) -> None:
        if self.window is not None:
            retire(self.window)
            self.window.close()
            self.window.deleteLater()
            self.window = None
            wait_for_jobs()  # what the closed window started ends before anything else

    def _logout(self) -> None:
        self._close_window()
        if not self.start():
            QApplication.quit()

    def lock(self) -> None:
        """Hide the window behind the login dialog (Ctrl+L, or an expired session)."""
        window = self.window
        if window is None or self._locked:  # several jobs may find the session expired
            return
        window.hide()
        self._locked = True
        try:
            actor = self._run(LoginDialog(self.workspace, locked_by=window.actor))
        finally:
            self._locked = False
        if actor is None:
            self._close_window()
            QApplication.quit()
        elif actor.user_id == window.actor.user_id:
            window.show()
            window.activateWindow()
        else:
            self._close_window()
            self._open_window(actor)


def run_gui(data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Salon CRM")
    app.setOrganizationName("salon-crm")
    i18n.install_language(ui_settings.get(ui_settings.LANGUAGE) or i18n.system_language())
    try:
        workspace = Workspace.open(data_dir)
    except DataFolderError as error:  # shown to the user, then the program stops cleanly
        QMessageBox.critical(
            None, app.translate("App", "Salon CRM"), describe_data_folder_error(error)
        )
        return 1
    except Exception as error:
        QMessageBox.critical(
            None,
            app.translate("App", "Salon CRM"),
            app.translate(
                "App", "The salon's database in {path} could not be opened:\n{error}"
            ).format(path=data_dir, error=error),
        )
        return 1
    controller = AppController(workspace)
    reporter = ErrorReporter(paths.logs_dir(data_dir), on_session_expired=controller.lock)
    reporter.install()
    app.setQuitOnLastWindowClosed(True)
    try:
        if not controller.start():
            return 0
        return app.exec()
    finally:
        wait_for_jobs()  # no job may outlive the database
        reporter.uninstall()
        workspace.close()
