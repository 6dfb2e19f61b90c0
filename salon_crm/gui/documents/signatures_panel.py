"""The client's and the employee's signature pads side by side, each with its Clear button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from salon_crm.domain.documents.document_blocks import Signer, Stroke
from salon_crm.gui.documents.signature_pad import SignaturePad


class SignaturesPanel(QWidget):
    """Where both parties sign a filled document.

    Signals:
        changed(): either signature changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturesPanel")
        titles = {
            Signer.CLIENT: (self.tr("Client"), self.tr("Client's signature")),
            Signer.EMPLOYEE: (self.tr("Employee"), self.tr("Employee's signature")),
        }
        self._pads: dict[Signer, SignaturePad] = {}
        layout = QHBoxLayout(self)
        for signer, (title, accessible_name) in titles.items():
            pad = SignaturePad()
            pad.setAccessibleName(accessible_name)
            pad.changed.connect(self.changed)
            self._pads[signer] = pad
            layout.addLayout(self._column(title, pad, signer))

    def _column(self, title: str, pad: SignaturePad, signer: Signer) -> QVBoxLayout:
        label = QLabel(title)
        label.setBuddy(pad)
        clear = QPushButton(self.tr("Clear"))
        clear.setObjectName(f"{signer.value}SignatureClear")
        clear.setEnabled(False)
        clear.clicked.connect(pad.clear)
        pad.changed.connect(lambda: clear.setEnabled(not pad.is_empty()))
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(clear)
        column = QVBoxLayout()
        column.addWidget(label)
        column.addWidget(pad)
        column.addLayout(buttons)
        column.addStretch()
        return column

    def pad(self, signer: Signer) -> SignaturePad:
        return self._pads[signer]

    def set_names(self, names: dict[Signer, str]) -> None:
        """The signers' names, shown under their lines as the PDF prints them."""
        for signer, name in names.items():
            self._pads[signer].set_caption(name)

    def signatures(self) -> dict[Signer, tuple[Stroke, ...]]:
        """The strokes of each signer who signed; an unsigned pad is left out."""
        return {signer: pad.strokes() for signer, pad in self._pads.items() if not pad.is_empty()}
