"""Pipeline stages. Each is a callable ``Document -> Document`` registered by name."""
from __future__ import annotations

from collections.abc import Callable

from ..document import Document

Stage = Callable[[Document], Document]
REGISTRY: dict[str, Stage] = {}


def stage(name: str, adds: str):
    """Register a stage under ``name``; ``adds`` documents what it adds to the Document."""
    def wrap(fn: Stage) -> Stage:
        fn.stage_name = name  # type: ignore[attr-defined]
        fn.adds = adds  # type: ignore[attr-defined]
        REGISTRY[name] = fn
        return fn
    return wrap
