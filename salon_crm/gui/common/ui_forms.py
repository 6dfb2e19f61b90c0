"""Qt Designer forms of `ui/`: loading one and reaching the widgets the code uses by name.

A dialog declares its form as a `Form` subclass: the file's name and each widget it looks
up (`Child`, or `Children` for a family named by one pattern). Loading finds them all at
once, so a renamed or retyped widget fails with its name instead of later with `None`;
tests/gui/test_ui_forms.py checks every declaration against its file.

Strings in a form are translated as it loads, with the form's `<class>` as the context:
each form names the Python class whose `self.tr` strings it sits beside, so both share one
translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Generic, TypeVar, cast, overload

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from salon_crm import paths
from salon_crm.gui.common.field_errors import hint_label
from salon_crm.gui.common.form_parts import ErrorLabel

W = TypeVar("W", bound=QWidget)

# Widgets of ours a form may hold (Designer's "promoted" widgets), made as the code makes them.
_CUSTOM_WIDGETS: dict[str, Callable[[QWidget | None], QWidget]] = {
    "ErrorLabel": lambda parent: ErrorLabel("", parent),
    "HintLabel": lambda parent: hint_label("", parent),
}


class FormError(RuntimeError):
    """A form is missing or broken, or lacks a widget the code looks up."""


class _Loader(QUiLoader):
    def createWidget(
        self, class_name: str, parent: QWidget | None = None, name: str = ""
    ) -> QWidget:
        make = _CUSTOM_WIDGETS.get(class_name)
        if make is None:
            return super().createWidget(class_name, parent, name)
        widget = make(parent)
        widget.setObjectName(name)
        return widget


def load_form(name: str, parent: QWidget | None) -> QWidget:
    """A new widget built from `ui/<name>.ui`, a child of `parent`."""
    path = paths.ui_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"cannot read the form {path}: {file.errorString()}")
    loader = _Loader()
    try:
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise FormError(f"cannot load the form {path}: {loader.errorString()}")
    return widget


def find_child(form: QWidget, kind: type[W], name: str) -> W:
    """The widget of `form` named `name`; FormError if there is none or it is not a `kind`."""
    found = form.findChild(QWidget, name)
    if found is None:
        raise FormError(f"the form {form.objectName()!r} has no widget named {name!r}")
    if not isinstance(found, kind):
        raise FormError(
            f"in the form {form.objectName()!r}, {name!r} is a {type(found).__name__}, "
            f"not a {kind.__name__}"
        )
    return found


class _Lookup:
    def object_names(self) -> dict[str, type[QWidget]]:
        raise NotImplementedError


class Child(_Lookup, Generic[W]):
    """One widget of the form, found by its objectName."""

    def __init__(self, kind: type[W], name: str) -> None:
        self.kind = kind
        self.name = name

    def object_names(self) -> dict[str, type[QWidget]]:
        return {self.name: self.kind}

    @overload
    def __get__(self, form: None, owner: type[Any]) -> Child[W]: ...
    @overload
    def __get__(self, form: Form, owner: type[Any]) -> W: ...
    def __get__(self, form: Form | None, owner: type[Any]) -> Child[W] | W:
        if form is None:
            return self
        return cast(W, form.found[self.name])


class Children(_Lookup, Generic[W]):
    """Widgets named by one pattern, one per key: `Children(QLineEdit, "edit_{}", keys)`."""

    def __init__(self, kind: type[W], pattern: str, keys: Iterable[str]) -> None:
        self.kind = kind
        self.pattern = pattern
        self.keys = tuple(keys)

    def object_names(self) -> dict[str, type[QWidget]]:
        return {self.pattern.format(key): self.kind for key in self.keys}

    @overload
    def __get__(self, form: None, owner: type[Any]) -> Children[W]: ...
    @overload
    def __get__(self, form: Form, owner: type[Any]) -> dict[str, W]: ...
    def __get__(self, form: Form | None, owner: type[Any]) -> Children[W] | dict[str, W]:
        if form is None:
            return self
        return {key: cast(W, form.found[self.pattern.format(key)]) for key in self.keys}


class Form:
    """A form of `ui/` loaded as a widget's content, with the named widgets the code uses.

    Subclasses set `ui_name` (the file's name without `.ui`) and declare the widgets.
    """

    ui_name: ClassVar[str]

    def __init__(self, parent: QWidget) -> None:
        # Loaded as a window, then adopted: the form keeps the margins Designer shows
        # (a window's), which a form loaded straight into a parent would lose.
        self.widget = load_form(self.ui_name, None)
        self.widget.setParent(parent)
        self.found: dict[str, QWidget] = {
            name: find_child(self.widget, kind, name) for name, kind in self.object_names().items()
        }

    @classmethod
    def object_names(cls) -> dict[str, type[QWidget]]:
        """Every objectName the code looks up in this form, with the class it expects."""
        names: dict[str, type[QWidget]] = {}
        for klass in reversed(cls.__mro__):
            for value in vars(klass).values():
                if isinstance(value, _Lookup):
                    names.update(value.object_names())
        return names

    def fill(self, owner: QWidget) -> None:
        """Make the form the whole content of `owner`, which takes the form's window title."""
        layout = QVBoxLayout(owner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)
        if self.widget.windowTitle():
            owner.setWindowTitle(self.widget.windowTitle())
