"""Starting the desktop program: language, data directory, first run or login, main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from salon_crm.gui import i18n, ui_settings
from salon_crm.gui.first_run_dialog import FirstRunDialog
from salon_crm.gui.login_dialog import LoginDialog
from salon_crm.gui.main_window import MainWindow
from salon_crm.services.actor import Actor
from salon_crm.services.workspace import Workspace


class AppController:
    """Walks the user from the login dialog to the main window and back on logout."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.window: MainWindow | None = None

    def start(self) -> bool:
        """Show the first-run or login dialog; False if the user closed it."""
        actor = self._ask_for_user()
        if actor is None:
            return False
        self.window = MainWindow(self.workspace, actor)
        self.window.logout_requested.connect(self._logout)
        self.window.show()
        return True

    def _ask_for_user(self) -> Actor | None:
        dialog: FirstRunDialog | LoginDialog
        if self.workspace.needs_setup():
            dialog = FirstRunDialog(self.workspace)
        else:
            dialog = LoginDialog(self.workspace)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.actor

    def _logout(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if not self.start():
            QApplication.quit()


def run_gui(data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Salon CRM")
    app.setOrganizationName("salon-crm")
    i18n.install_language(ui_settings.get(ui_settings.LANGUAGE) or i18n.system_language())
    try:
        workspace = Workspace.open(data_dir)
    except Exception as error:  # shown to the user, then the program stops cleanly
        QMessageBox.critical(
            None,
            app.translate("App", "Salon CRM"),
            app.translate(
                "App", "The salon's database in {path} could not be opened:\n{error}"
            ).format(path=data_dir, error=error),
        )
        return 1
    controller = AppController(workspace)
    app.setQuitOnLastWindowClosed(True)
    if not controller.start():
        workspace.close()
        return 0
    code = app.exec()
    workspace.close()
    return code
