"""The Designer forms of ui/: each loads, holds every widget its code looks up, and speaks
the interface language."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

import salon_crm.gui
from salon_crm import paths
from salon_crm.gui.common import i18n
from salon_crm.gui.common.ui_forms import Child, Form, FormError, load_form


def _declared_forms() -> list[type[Form]]:
    """Every form the program declares: its GUI modules are imported to find them."""
    for module in pkgutil.walk_packages(salon_crm.gui.__path__, "salon_crm.gui."):
        importlib.import_module(module.name)
    forms = [f for f in Form.__subclasses__() if f.__module__.startswith("salon_crm.")]
    return sorted(forms, key=lambda f: f.ui_name)


FORMS = _declared_forms()


def _ui_file(form: type[Form]) -> Path:
    return paths.ui_dir() / f"{form.ui_name}.ui"


def _loaded(qtbot: QtBot, form: type[Form]) -> QWidget:
    widget = load_form(form.ui_name, None)
    qtbot.addWidget(widget)
    return widget


def test_every_form_in_ui_is_used_and_every_used_form_exists() -> None:
    files = {path.stem for path in paths.ui_dir().glob("*.ui")}
    assert files, "no forms found in ui/"
    assert files == {form.ui_name for form in FORMS}


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.ui_name)
def test_form_holds_every_widget_the_code_looks_up(qtbot: QtBot, form: type[Form]) -> None:
    widget = _loaded(qtbot, form)
    expected = form.object_names()
    assert expected
    for name, kind in expected.items():
        found = widget.findChild(QWidget, name)
        assert found is not None, f"{form.ui_name}.ui has no {name!r}"
        assert isinstance(found, kind), f"{name!r} is a {type(found).__name__}, not {kind}"


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.ui_name)
def test_form_is_translated_in_the_context_of_its_class(qtbot: QtBot, form: type[Form]) -> None:
    """The form's `<class>` is a class of the module using it, so the form's strings and
    that class's `self.tr` strings share one context; each shows in Ukrainian."""
    root = ET.parse(_ui_file(form)).getroot()
    context = root.findtext("class", "")
    assert hasattr(sys.modules[form.__module__], context)
    i18n.install_language("uk")
    widget = _loaded(qtbot, form)
    changed = 0
    for element in root.iter("widget"):
        name = element.get("name", "")
        shown = widget if name == widget.objectName() else widget.findChild(QWidget, name)
        assert shown is not None
        for prop in element.findall("property"):
            string = prop.find("string")
            if string is None or string.get("notr") == "true":
                continue
            source = string.text or ""
            ukrainian = QCoreApplication.translate(context, source)
            assert shown.property(prop.get("name", "")) == ukrainian, (context, source)
            changed += ukrainian != source  # "E-mail:" may stay as it is, not everything
    assert changed


def test_a_missing_widget_is_named() -> None:
    class Misnamed(Form):
        ui_name = "login_dialog"
        nickname = Child(QLineEdit, "loginNickname")

    with pytest.raises(FormError, match="'loginNickname'"):
        Misnamed(QWidget())


def test_a_widget_of_another_class_is_named() -> None:
    class Mistyped(Form):
        ui_name = "login_dialog"
        user = Child(QLineEdit, "loginUser")

    with pytest.raises(FormError, match="'loginUser' is a QComboBox, not a QLineEdit"):
        Mistyped(QWidget())


def test_a_missing_form_is_named() -> None:
    with pytest.raises(FormError, match="no_such_form"):
        load_form("no_such_form", None)


def test_found_widgets_are_the_form_s_own(qtbot: QtBot) -> None:
    class Login(Form):
        ui_name = "login_dialog"
        user = Child(QComboBox, "loginUser")

    owner = QWidget()
    qtbot.addWidget(owner)
    form = Login(owner)
    form.fill(owner)
    assert form.user is owner.findChild(QComboBox, "loginUser")
    assert form.widget.parent() is owner
    assert owner.windowTitle() == "Log in — Salon CRM"
