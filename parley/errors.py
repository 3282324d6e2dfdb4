"""Every error Parley reports, each saying what to do next."""
from __future__ import annotations


class ParleyError(Exception):
    """Base class: a problem with one input that the run reports and skips."""


class UnsupportedLanguage(ParleyError):
    def __init__(self, lang: str | None, supported: tuple[str, ...]):
        self.lang = lang
        super().__init__(
            f"language {lang or 'unknown'!r} is not supported (supported: {', '.join(supported)}); "
            "add parley/data/lang/<code>.yaml to support it (see docs/ARCHITECTURE.md)")


class InputError(ParleyError):
    def __init__(self, path: str, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")
