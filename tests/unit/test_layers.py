"""The house rule "dependencies point inward", checked by parsing every import."""

from __future__ import annotations

import ast
from pathlib import Path

import salon_crm

PACKAGE = Path(salon_crm.__file__).parent


def _imports(layer: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (PACKAGE / layer).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[str(path.relative_to(PACKAGE))] = names
    return found


def _offenders(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{module} imports {name}"
        for module, names in _imports(layer).items()
        for name in names
        if name.startswith(forbidden)
    ]


def test_domain_imports_nothing_of_ours_but_domain() -> None:
    forbidden = ("salon_crm.db", "salon_crm.services", "salon_crm.gui", "sqlalchemy", "PySide6")
    assert _offenders("domain", forbidden) == []


def test_db_and_services_never_import_qt() -> None:
    assert _offenders("db", ("PySide6", "salon_crm.gui", "salon_crm.services")) == []
    assert _offenders("services", ("PySide6", "salon_crm.gui")) == []


def test_gui_never_touches_the_database() -> None:
    assert _offenders("gui", ("salon_crm.db", "sqlalchemy")) == []
