"""Split inputs into independent partitions that can be read anywhere, in any order.

A partition is a byte range of lines of a JSON Lines file, a run of records of a WARC
file, or a handful of other files or URLs. Reading every partition in index order yields
exactly what ``readers.read_paths`` yields for the same inputs, ids included.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .document import Document
from .readers import Skipped, _kind, directory_files, read_jsonl, read_paths

PARTITION_BYTES = 256 * 1024  # a fraction of a second of coding on one core
FILES_PER_PARTITION = 32


@dataclass(frozen=True)
class Partition:
    index: int
    kind: str  # "jsonl" (a byte range), "warc" (records by offset) or "paths" (whole files, URLs)
    paths: tuple[str, ...]
    start: int = 0
    end: int | None = None
    first_line: int = 1
    records: tuple[tuple[int, int], ...] = field(default=())  # WARC (record number, offset)

    def read(self) -> Iterator[Document | Skipped]:
        if self.kind == "jsonl":
            yield from read_jsonl(Path(self.paths[0]), self.start, self.end, self.first_line)
        elif self.kind == "warc":
            from .sources import read_warc_records
            yield from read_warc_records(Path(self.paths[0]), list(self.records))
        else:
            yield from read_paths(list(self.paths))


def _expand(paths: list[str]) -> Iterator[str]:
    """Files in the order read_paths visits them (directories sorted, recursively)."""
    for p in paths:
        path = Path(p)
        if not p.startswith(("http://", "https://")) and path.is_dir():
            yield from _expand(directory_files(path))
        else:
            yield p


def _jsonl_ranges(path: Path, target: int) -> Iterator[tuple[int, int, int]]:
    """(start, end, first line number) of runs of whole lines of about ``target`` bytes."""
    start = pos = 0
    first = line_no = 1
    with path.open("rb") as f:
        for line in f:
            pos += len(line)
            line_no += 1
            if pos - start >= target:
                yield start, pos, first
                start, first = pos, line_no
    if pos > start:
        yield start, pos, first


def partition(paths: list[str], target_bytes: int = PARTITION_BYTES) -> list[Partition]:
    """The partitions of ``paths``, in reading order."""
    from .sources import warc_offsets
    parts: list[Partition] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            parts.append(Partition(len(parts), "paths", tuple(pending)))
            pending.clear()

    for p in _expand(paths):
        path = Path(p)
        kind = None if p.startswith(("http://", "https://")) or not path.is_file() else _kind(path.name)
        if kind == "jsonl":
            flush()
            for start, end, first in _jsonl_ranges(path, target_bytes):
                parts.append(Partition(len(parts), "jsonl", (p,), start, end, first))
        elif kind == "warc" and path.stat().st_size > target_bytes and (offsets := warc_offsets(path)):
            flush()
            run: list[tuple[int, int]] = []
            for i, (n, off) in enumerate(offsets):
                run.append((n, off))
                nxt = offsets[i + 1][1] if i + 1 < len(offsets) else path.stat().st_size
                if nxt - run[0][1] >= target_bytes:
                    parts.append(Partition(len(parts), "warc", (p,), records=tuple(run)))
                    run = []
            if run:
                parts.append(Partition(len(parts), "warc", (p,), records=tuple(run)))
        else:
            pending.append(p)
            if len(pending) >= FILES_PER_PARTITION:
                flush()
    flush()
    return parts
