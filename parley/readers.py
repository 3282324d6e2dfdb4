"""Read inputs into Documents: .txt files, directories of them, JSON Lines files."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .document import Document
from .errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # a larger single article is almost surely not one article


@dataclass
class Skipped:
    source: str
    reason: str


def decode(raw: bytes, source: str) -> str:
    """UTF-8 (with or without BOM), else UTF-16 with BOM; anything else is reported."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if b"\x00" in raw[:4096]:
        raise InputError(source, "looks binary (NUL bytes); not a text article")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(source, f"not valid UTF-8 at byte {exc.start}; convert it to UTF-8") from None


def read_txt(path: Path) -> Document:
    size = path.stat().st_size
    if size == 0:
        raise InputError(str(path), "empty file")
    if size > MAX_BYTES:
        raise InputError(str(path), f"{size} bytes is larger than the {MAX_BYTES}-byte limit for one article")
    text = decode(path.read_bytes(), str(path))
    if not text.strip():
        raise InputError(str(path), "no text (only whitespace)")
    return Document(id=path.name, text=text)


def read_jsonl(path: Path) -> Iterator[Document | Skipped]:
    with path.open("rb") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                rec = json.loads(decode(line, where))
            except (InputError, json.JSONDecodeError) as exc:
                yield Skipped(where, f"bad JSON line: {exc}")
                continue
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
                yield Skipped(where, "no 'text' field with content")
                continue
            yield Document(id=str(rec.get("id") or f"{path.name}:{n}"), text=rec["text"],
                           lang=rec.get("lang"), url=rec.get("url"), title=rec.get("title"),
                           published=rec.get("published"))


def read_paths(paths: list[str]) -> Iterator[Document | Skipped]:
    """Documents from every path, in a stable order; problems come back as Skipped."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix in (".txt", ".jsonl"))
            yield from read_paths([str(f) for f in files])
        elif not path.exists():
            yield Skipped(p, "no such file or directory")
        elif path.suffix == ".jsonl":
            yield from read_jsonl(path)
        else:
            try:
                yield read_txt(path)
            except InputError as exc:
                yield Skipped(exc.path, exc.reason)
