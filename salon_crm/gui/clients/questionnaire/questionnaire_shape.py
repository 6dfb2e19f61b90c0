"""The owner's shape applied to a built questionnaire: hidden fields leave the form,
required ones get the red star.

Hidden fields keep their widgets, filled from the client as usual, so saving writes
their stored values back unchanged: hiding never erases data.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from salon_crm.gui.common.form_parts import ERROR_COLOR
from salon_crm.services.settings.questionnaire_layout import QuestionnaireLayout

STAR = f'<span style="color: {ERROR_COLOR};">*</span>'


def starred(caption: str) -> str:
    """A caption in rich text (already escaped) with the red star: `Name:` → `Name *:`."""
    return f"{caption[:-1]} {STAR}:" if caption.endswith(":") else f"{caption} {STAR}"


def form_row(widget: QWidget) -> tuple[QFormLayout, int] | None:
    """The form row holding `widget` (or the nearest of its containers that is one)."""
    current = widget
    while (parent := current.parentWidget()) is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout):
            position = layout.getWidgetPosition(current)
            assert isinstance(position, tuple)  # (row, role); PySide types it as object
            if position[0] >= 0:
                return layout, int(position[0])
        current = parent
    return None


def caption_of(widget: QWidget) -> QLabel | None:
    """The label naming `widget`: its form row's label, else a label it is the buddy of."""
    found = form_row(widget)
    if found is not None:
        layout, row = found
        item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        return label if isinstance(label, QLabel) else None
    return next((lb for lb in widget.window().findChildren(QLabel) if lb.buddy() is widget), None)


def mark_required(widget: QWidget) -> None:
    """Put the red star into the caption of `widget` (once)."""
    label = caption_of(widget)
    if label is None or STAR in label.text():
        return
    text = label.text()
    if label.textFormat() is not Qt.TextFormat.RichText:
        text = html.escape(text)
        label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(starred(text))


def hide_field(widget: QWidget) -> None:
    """Take `widget` off the form: its form row, or the field and its caption."""
    found = form_row(widget)
    if found is not None:
        layout, row = found
        layout.setRowVisible(row, False)
        return
    label = caption_of(widget)
    if label is not None:
        label.hide()
    holder = widget.parentWidget()
    # The field with its error label under it (see form_parts.with_error).
    (holder if holder is not None and holder.layout() is not None else widget).hide()


def shape_questionnaire(
    layout: QuestionnaireLayout,
    *,
    fields: Mapping[str, QWidget],
    groups: Mapping[str, QWidget],
    required_custom: Iterable[QWidget],
) -> None:
    """Hide and mark the standard fields (`fields`: key → the field's widget; `groups`:
    key → the box to hide for fields that are a whole box) and star `required_custom`.
    A box left with nothing shown goes too."""
    for key in layout.hidden:
        if key in groups:
            groups[key].hide()
        elif key in fields:
            hide_field(fields[key])
    for key, widget in fields.items():
        if layout.is_required(key) and layout.is_shown(key):
            mark_required(widget)
    for widget in required_custom:
        mark_required(widget)
    boxes = {box for widget in fields.values() for box in _boxes_of(widget)}
    for box in boxes:
        children = box.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if children and all(_hidden_on_purpose(child) for child in children):
            box.hide()


def _boxes_of(widget: QWidget) -> list[QGroupBox]:
    found: list[QGroupBox] = []
    current = widget.parentWidget()
    while current is not None:
        if isinstance(current, QGroupBox):
            found.append(current)
        current = current.parentWidget()
    return found


def _hidden_on_purpose(widget: QWidget) -> bool:
    """Hidden by a call, not only not shown yet (a widget added to an open dialog is
    shown a moment later)."""
    explicit = widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
    return explicit and widget.isHidden()
