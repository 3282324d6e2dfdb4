"""A small on-disk cache for indexes derived from package data (pickled, keyed by inputs)."""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from .settings import get


def cache_dir() -> Path | None:
    """The cache directory, or None when caching is off."""
    setting = str(get("cache_dir"))
    if setting == "off":
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "parley"


def cached(key: str, build: Callable[[], object], depends_on: list[Path] = ()):
    """``build()``, or its result from an earlier run with the same key and the same source
    files. A cache that cannot be read or written is ignored: the value is rebuilt."""
    root = cache_dir()
    if root is None:
        return build()
    digest = hashlib.sha256(key.encode())
    digest.update(sys.version.encode())
    for p in depends_on:
        digest.update(Path(p).read_bytes())
    path = root / f"{key}-{digest.hexdigest()[:16]}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    value = build()
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=root, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: concurrent workers never read half a file
        for stale in root.glob(f"{key}-*.pickle"):  # built from older sources
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return value
