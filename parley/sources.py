"""Newsroom inputs beyond plain text: HTML pages, RSS/Atom feeds, WARC files, URLs."""
from __future__ import annotations

import re
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator
from pathlib import Path

from .document import Document
from .errors import InputError
from .readers import MAX_BYTES, Skipped, decode

FETCH_TIMEOUT = 15


def read_html(raw: bytes, source: str, name: str | None = None, url: str | None = None) -> Document:
    """Main text and metadata (title, date, language, URL) of a page, via trafilatura."""
    import trafilatura
    if not raw.strip():
        raise InputError(source, "empty HTML page")
    html = decode(raw, source)
    data = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                       favor_precision=True)
    if data is None:
        raise InputError(source, "no article text found in the HTML (broken or boilerplate-only page)")
    get = data.get if isinstance(data, dict) else (lambda k: getattr(data, k, None))
    text = get("text") or ""
    if not text.strip():
        raise InputError(source, "no article text found in the HTML")
    title = get("title")
    body = f"{title}\n{text}" if title and not text.startswith(title) else text
    return Document(id=name or source, text=body, lang=get("language"), url=get("url") or url, title=title,
                    published=get("date"))


def fetch(url: str) -> tuple[bytes, str]:
    """GET a URL (size-capped); returns the body and its content type."""
    req = urllib.request.Request(url, headers={"User-Agent": "parley/0.1 (+event coding)"})
    try:
        with urllib.request.urlopen(req, timeout=FETCH_TIMEOUT) as resp:
            body = resp.read(MAX_BYTES + 1)
            ctype = resp.headers.get("Content-Type", "")
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        raise InputError(url, f"could not fetch: {exc}") from None
    if len(body) > MAX_BYTES:
        raise InputError(url, f"larger than the {MAX_BYTES}-byte limit")
    return body, ctype


def read_url(url: str) -> Iterator[Document | Skipped]:
    try:
        body, ctype = fetch(url)
        if any(t in ctype for t in ("rss", "atom", "xml")) or body.lstrip()[:200].find(b"<rss") >= 0:
            yield from read_feed(body, url)
        else:
            yield read_html(body, url, name=url, url=url)
    except InputError as exc:
        yield Skipped(exc.path, exc.reason)


def read_feed(raw: bytes, source: str) -> Iterator[Document | Skipped]:
    """Each entry of an RSS/Atom feed: the linked article when reachable, else the entry's own text."""
    import feedparser
    feed = feedparser.parse(raw)
    if feed.bozo and not feed.entries:
        yield Skipped(source, f"malformed feed: {feed.get('bozo_exception')}")
        return
    for i, entry in enumerate(feed.entries):
        link = entry.get("link")
        where = f"{source}#{i}"
        doc = None
        if link and link.startswith(("http://", "https://")):
            try:
                body, _ = fetch(link)
                doc = read_html(body, link, name=link, url=link)
            except InputError:
                doc = None  # fall back to the text the feed carries
        if doc is None:
            content = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
            if not content.strip():
                yield Skipped(where, "feed entry has no text and its link could not be fetched")
                continue
            text = re.sub(r"<[^>]+>", " ", content)
            title = entry.get("title")
            doc = Document(id=link or where, text=f"{title}\n{text}" if title else text, url=link, title=title)
        doc.published = doc.published or entry.get("published") or entry.get("updated")
        doc.title = doc.title or entry.get("title")
        yield doc


def read_warc(path: Path) -> Iterator[Document | Skipped]:
    """HTML responses in a WARC file (as crawlers and Common Crawl write them)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    n = -1
    with path.open("rb") as f:
        try:
            for n, rec in enumerate(ArchiveIterator(f)):
                item = warc_record(rec, path, n)
                if item is not None:
                    yield item
        except (ArchiveLoadFailed, EOFError, OSError, zlib.error) as exc:
            yield Skipped(str(path), f"not a readable WARC file (stopped there): {exc}")
            return
    if n < 0:
        yield Skipped(str(path), "no WARC records (empty, truncated or not a WARC file)")


def warc_record(rec, path: Path, n: int) -> Document | Skipped | None:
    """The article in WARC record number ``n``, if it is an HTML response."""
    if rec.rec_type != "response":
        return None
    url = rec.rec_headers.get_header("WARC-Target-URI")
    where = f"{path}#{n}"
    ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else "") or ""
    if "html" not in ctype:
        return None
    try:
        body = rec.content_stream().read()
        return read_html(body, where, name=url or where, url=url)
    except InputError as exc:
        return Skipped(exc.path, exc.reason)
    except Exception as exc:  # a damaged record must not end the archive
        return Skipped(where, f"damaged WARC record: {exc}")


def warc_offsets(path: Path) -> list[tuple[int, int]] | None:
    """(record number, byte offset) of every record, when records can be read one by one
    from their offsets (uncompressed, or gzipped record by record as WARC files should be);
    None otherwise."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    out: list[tuple[int, int]] = []
    try:
        with path.open("rb") as f:
            it = ArchiveIterator(f)
            for n, _rec in enumerate(it):
                out.append((n, it.get_record_offset()))
            magic = {b"\x1f\x8b", b"WA"}
            for _, off in out[1:2]:
                f.seek(off)
                if f.read(2) not in magic:
                    return None  # one gzip stream for the whole file: no seeking into it
    except (ArchiveLoadFailed, EOFError, OSError, zlib.error):
        return None
    return out or None


def read_warc_records(path: Path, offsets: list[tuple[int, int]]) -> Iterator[Document | Skipped]:
    """The articles of the WARC records at ``offsets`` (from ``warc_offsets``)."""
    from warcio.archiveiterator import ArchiveIterator
    with path.open("rb") as f:
        for n, off in offsets:
            f.seek(off)
            try:
                rec = next(iter(ArchiveIterator(f)))
            except Exception as exc:  # noqa: BLE001 - a damaged record must not end the archive
                yield Skipped(f"{path}#{n}", f"damaged WARC record: {exc}")
                continue
            item = warc_record(rec, path, n)
            if item is not None:
                yield item
