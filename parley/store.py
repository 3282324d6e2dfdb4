"""The embedded event store: SQLite with recorded migrations, WAL and FTS5.

One writer, many readers. A document's id is the hash of its text, so ingesting the
same article twice is a no-op; a document and its events are committed together, so a
killed run leaves no half-written document and a rerun resumes where it stopped.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from .document import Document

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "documents and events", """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,            -- sha256 of the text
            name TEXT NOT NULL,             -- file name or the input's own id
            source TEXT, lang TEXT, url TEXT, title TEXT, published TEXT,
            text TEXT NOT NULL,
            n_events INTEGER NOT NULL DEFAULT 0,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_name ON documents(name);
        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            type TEXT NOT NULL, mode TEXT, date TEXT, language TEXT,
            actor_codes TEXT NOT NULL,      -- space-separated top-level codes
            recipient_codes TEXT NOT NULL,
            evidence TEXT NOT NULL,         -- the evidence sentences, one a line
            link TEXT,
            record TEXT NOT NULL            -- the PLOVER record as JSON
        );
        CREATE INDEX events_doc ON events(doc_id);
        CREATE INDEX events_type_date ON events(type, date);
        CREATE INDEX events_link ON events(link);
        CREATE TABLE skipped (
            source TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL
        );
    """),
    (2, "full-text search over evidence and documents (trigram: Arabic script and CJK alike)", """
        CREATE VIRTUAL TABLE events_fts USING fts5(evidence, content='events', content_rowid='rowid',
                                                   tokenize='trigram');
        CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid',
                                                      tokenize='trigram');
    """),
]


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A thin wrapper over one SQLite file."""

    def __init__(self, path: str | Path = "parley.db", readonly: bool = False):
        self.path = str(path)
        if readonly:
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30,
                                      check_same_thread=False)
        else:
            self.db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA busy_timeout=30000")
        self.db.row_factory = sqlite3.Row
        if not readonly:
            self.migrate()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- schema -------------------------------------------------------------
    def migrate(self) -> list[int]:
        """Apply the migrations not yet recorded; returns the versions applied."""
        self.db.execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, "
                        "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        done = {r[0] for r in self.db.execute("SELECT version FROM migrations")}
        applied = []
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            with self.db:
                self.db.executescript("BEGIN;" + sql + ";" +
                                      f"INSERT INTO migrations VALUES ({version}, {name!r}, {_now()!r});"
                                      "COMMIT;")
            applied.append(version)
        return applied

    def versions(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT version FROM migrations ORDER BY version")]

    # -- writing ------------------------------------------------------------
    def has_document(self, text: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE id=?", (content_id(text),)).fetchone() is not None

    def add_document(self, doc: Document, records: list[dict], source: str | None = None) -> bool:
        """Store a document with its events in one transaction; False if already stored."""
        did = content_id(doc.text)
        with self.db:
            cur = self.db.execute(
                "INSERT OR IGNORE INTO documents (id, name, source, lang, url, title, published, text, n_events,"
                " ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (did, doc.id, source, doc.lang, doc.url, doc.title, doc.published, doc.text, len(records), _now()))
            if cur.rowcount == 0:
                return False
            rowid = cur.lastrowid
            self.db.execute("INSERT INTO documents_fts(rowid, title, text) VALUES (?,?,?)",
                            (rowid, doc.title or "", doc.text))
            for r in records:
                ti = r["text_info"]
                # Every sentence that reported the event, in every language, is searchable.
                spans = ti.get("evidence") or [ti]
                evidence = "\n".join(doc.text[e["start"]:e["end"]] for e in spans)
                cur = self.db.execute(
                    "INSERT OR REPLACE INTO events (id, doc_id, type, mode, date, language, actor_codes,"
                    " recipient_codes, evidence, link, record) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (r["id"], did, r["event"], r.get("mode"), r.get("date"), r["cite_info"]["language"],
                     " ".join(e["code"] for e in r["actor"]), " ".join(e["code"] for e in r["recipient"]),
                     evidence, r.get("link"), json.dumps(r, ensure_ascii=False)))
                self.db.execute("INSERT INTO events_fts(rowid, evidence) VALUES (?,?)", (cur.lastrowid, evidence))
        return True

    def add_skipped(self, source: str, reason: str) -> None:
        with self.db:
            self.db.execute("INSERT INTO skipped VALUES (?,?,?)", (source, reason, _now()))

    def set_links(self, links: dict[str, str]) -> None:
        with self.db:
            for eid, link in links.items():
                row = self.db.execute("SELECT record FROM events WHERE id=?", (eid,)).fetchone()
                if row is None:
                    continue
                rec = json.loads(row[0])
                rec["link"] = link
                self.db.execute("UPDATE events SET link=?, record=? WHERE id=?",
                                (link, json.dumps(rec, ensure_ascii=False), eid))

    # -- reading ------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in ("documents", "events", "skipped"):
            raise ValueError(table)
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def events(self, *, country: str | None = None, dyad: tuple[str, str] | None = None,
               type: str | None = None, date_from: str | None = None, date_to: str | None = None,
               language: str | None = None, text: str | None = None, limit: int | None = None,
               offset: int = 0) -> Iterator[dict]:
        """PLOVER records matching every filter given (parameterised SQL only)."""
        where, args = [], []
        codes = "(' ' || e.actor_codes || ' ' || e.recipient_codes || ' ')"
        if country:
            where.append(f"{codes} LIKE ?")
            args.append(f"% {country.upper()} %")
        if dyad:
            where.append(f"{codes} LIKE ? AND {codes} LIKE ?")
            args += [f"% {dyad[0].upper()} %", f"% {dyad[1].upper()} %"]
        if type:
            where.append("e.type = ?")
            args.append(type.upper())
        if date_from:
            where.append("e.date >= ?")
            args.append(date_from)
        if date_to:
            where.append("e.date <= ?")
            args.append(date_to + "\uffff")
        if language:
            where.append("e.language = ?")
            args.append(language)
        if text:
            if len(text) >= 3:
                where.append("e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
                args.append('"' + text.replace('"', '""') + '"')
            else:
                where.append("e.evidence LIKE ?")
                args.append(f"%{text}%")
        sql = "SELECT e.record FROM events e JOIN documents d ON d.id = e.doc_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.date IS NULL, e.date, d.name, e.id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        for row in self.db.execute(sql, args):
            yield json.loads(row[0])

    def search_documents(self, query: str, limit: int = 20) -> list[dict]:
        rows = self.db.execute(
            "SELECT d.id, d.name, d.lang, d.title FROM documents d WHERE d.rowid IN "
            "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?) LIMIT ?",
            ('"' + query.replace('"', '""') + '"', limit))
        return [dict(r) for r in rows]

    def documents(self) -> Iterator[sqlite3.Row]:
        yield from self.db.execute("SELECT id, name, source, lang, url, title, published, n_events "
                                   "FROM documents ORDER BY name")
