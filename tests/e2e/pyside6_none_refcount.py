"""Reproduces a reference-count bug of PySide6 6.12.0 on Python 3.11.

Every QModelIndex.data() that returns an empty value (None) takes one reference from
None without giving it back; on Python 3.11 (None is not immortal there) the interpreter
aborts with "Fatal Python error: none_dealloc" after a few thousand such calls — in a
delegate, a proxy's lessThan, a test that reads cells, anywhere. 6.11.3 and 6.10.3 are not
affected. Run: QT_QPA_PLATFORM=offscreen python pyside6_none_refcount.py
Exit 0 and "no leak" means the installed PySide6 is safe.
"""

import sys

from PySide6.QtWidgets import QApplication, QTableWidget

app = QApplication([])
table = QTableWidget(2, 2)
model = table.model()
before = sys.getrefcount(None)
for _ in range(1000):
    model.index(0, 0).data()  # an empty cell: returns None
lost = before - sys.getrefcount(None)
print("no leak" if lost <= 0 else f"None lost {lost} references in 1000 calls")
sys.exit(0 if lost <= 0 else 1)
