"""Read inputs into Documents: .txt files, directories of them, JSON Lines files."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .document import Document
from .errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # a larger single article is almost surely not one article
# Characters that UTF-8 lead bytes become when read as Latin-1 or cp1252.
_LATIN1_LEADS = re.compile("[\u00c2-\u00f4\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                           "\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


@dataclass
class Skipped:
    source: str
    reason: str
    unsupported_lang: str | None = None  # set when the reason is an unsupported language


def decode(raw: bytes, source: str) -> str:
    """Text from bytes: UTF-8 or UTF-16 with BOM, UTF-8, else the detected encoding;
    mojibake (UTF-8 read as Latin-1 somewhere upstream) is repaired with ftfy."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if b"\x00" in raw[:4096]:
        raise InputError(source, "looks binary (NUL bytes); not a text article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        from charset_normalizer import from_bytes
        best = from_bytes(raw).best()
        if best is None:
            raise InputError(source, f"undecodable bytes (not UTF-8 at byte {exc.start}, no other encoding "
                                     "fits); convert it to UTF-8") from None
        text = str(best)
    import ftfy
    # Mojibake of UTF-8 read as Latin-1 or cp1252 always shows characters of that range
    # ("Ã©", "â€™", "Ð¿"): text without any is not checked further.
    if _LATIN1_LEADS.search(text) and ftfy.is_bad(text):
        text = ftfy.fix_encoding(text)  # repair mojibake only; quotes and widths stay as written
    return text


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


def read_jsonl(path: Path, start: int = 0, end: int | None = None, first_line: int = 1) -> Iterator[Document | Skipped]:
    """Documents of a JSON Lines file; ``start``/``end`` (byte offsets at line starts) and the
    number of the first line read one partition of it with the same ids as a whole read."""
    with path.open("rb") as f:
        f.seek(start)
        for n, line in enumerate(f, first_line):
            if end is not None and start >= end:
                break
            start += len(line)
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


def _kind(name: str) -> str | None:
    low = name.lower()
    for suffixes, kind in (((".txt", ".text"), "txt"), ((".jsonl",), "jsonl"), ((".html", ".htm"), "html"),
                           ((".rss", ".atom", ".xml"), "feed"), ((".warc", ".warc.gz"), "warc")):
        if low.endswith(suffixes):
            return kind
    return None


def directory_files(path: Path) -> list[str]:
    """The readable files under a directory, recursively, in the order they are read."""
    return [str(f) for f in sorted(f for f in path.rglob("*") if f.is_file() and _kind(f.name))]


def read_paths(paths: list[str]) -> Iterator[Document | Skipped]:
    """Documents from every path or URL, in a stable order; problems come back as Skipped."""
    from . import sources
    for p in paths:
        if p.startswith(("http://", "https://")):
            yield from sources.read_url(p)
            continue
        path = Path(p)
        if path.is_dir():
            yield from read_paths(directory_files(path))
            continue
        if not path.exists():
            yield Skipped(p, "no such file or directory")
            continue
        kind = _kind(path.name) or "txt"
        try:
            if kind == "jsonl":
                yield from read_jsonl(path)
            elif kind == "html":
                yield sources.read_html(path.read_bytes(), str(path), name=path.name)
            elif kind == "feed":
                yield from sources.read_feed(path.read_bytes(), str(path))
            elif kind == "warc":
                yield from sources.read_warc(path)
            else:
                yield read_txt(path)
        except InputError as exc:
            yield Skipped(exc.path, exc.reason)
