"""A marker for strings shown to users that are defined outside the GUI.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; `pyside6-lupdate` finds the
call by its name and puts the string into the .ts files under `context`, and the GUI
translates it with `QCoreApplication.translate(context, text)`. The domain must not import
Qt, hence this stand-in with Qt's name.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, lupdate keys on it
    del context
    return text
