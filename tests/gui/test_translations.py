"""Every user-visible string has a finished ru, uk and pl translation, and the .ts files
are up to date with the source."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from salon_crm import paths

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("ru", "uk", "pl")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _messages(ts: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) → translation forms, empty for an unfinished one."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            finished = translation.get("type") not in {"unfinished", "vanished", "obsolete"}
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            found[(name, message.findtext("source", ""))] = forms if finished else []
    return found


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], list[str]]:
    """The strings lupdate finds in the source today."""
    out = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "salon_crm").rglob("*.py"))
    sources += sorted(str(p) for p in (ROOT / "ui").rglob("*.ui"))
    subprocess.run([str(lupdate), *sources, "-ts", str(out)], check=True, capture_output=True)
    return _messages(out)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(
    language: str, fresh_sources: dict[tuple[str, str], list[str]]
) -> None:
    ts = paths.translations_dir() / f"salon_crm_{language}.ts"
    translated = _messages(ts)
    missing = [key for key in fresh_sources if not translated.get(key)]
    assert missing == [], f"{len(missing)} untranslated in {ts.name}; run `make translations`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders(language: str) -> None:
    ts = paths.translations_dir() / f"salon_crm_{language}.ts"
    for (context, source), forms in _messages(ts).items():
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                context,
                source,
                form,
            )


def test_lupdate_is_available() -> None:
    assert shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
