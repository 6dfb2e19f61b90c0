"""Texts for people that services compose and the GUI (or an export) translates.

A service cannot translate (it has no Qt); it says which English message to show, under
which translation context, with which values. The reader renders it with its translator:
the GUI with `QCoreApplication.translate`, so a change of language applies at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

Translate = Callable[[str, str], str]


@dataclass(frozen=True)
class Phrase:
    """`text` translated under `context`, its `{placeholders}` filled with `params`; with
    no context, `text` is shown as it is (a name, a typed value, a formatted date). With
    `parts`, the rendered parts joined by `text`."""

    text: str
    context: str = ""
    params: tuple[tuple[str, Phrase], ...] = ()
    parts: tuple[Phrase, ...] = ()

    @classmethod
    def message(cls, context: str, text: str, **params: Phrase | str) -> Phrase:
        return cls(
            text,
            context,
            tuple((k, v if isinstance(v, Phrase) else cls(v)) for k, v in params.items()),
        )

    @classmethod
    def joined(cls, parts: Iterable[Phrase], separator: str = ", ") -> Phrase:
        return cls(separator, parts=tuple(parts))

    def render(self, translate: Translate) -> str:
        if self.parts:
            return self.text.join(part.render(translate) for part in self.parts)
        text = translate(self.context, self.text) if self.context else self.text
        if not self.params:
            return text
        return text.format(**{key: value.render(translate) for key, value in self.params})


def untranslated(context: str, text: str) -> str:
    """The English source: renders a phrase where no translator is installed (tests, logs)."""
    del context
    return text
