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
    (3, "event keys for linking; the actor knowledge base", """
        ALTER TABLE events ADD COLUMN codes TEXT;   -- sorted distinct codes of both sides
        CREATE INDEX events_type_codes ON events(type, codes);
        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL, code TEXT NOT NULL, sector TEXT,
            source TEXT NOT NULL              -- 'dictionary' (a data file) or 'auto' (linked from text)
        );
        CREATE UNIQUE INDEX actors_name_code ON actors(name, code);
        CREATE TABLE aliases (
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            alias TEXT NOT NULL, key TEXT NOT NULL, lang TEXT,
            UNIQUE(actor_id, alias)
        );
        CREATE INDEX aliases_key ON aliases(key);
        CREATE TABLE offices (
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            office TEXT NOT NULL, UNIQUE(actor_id, office)
        );
        CREATE TABLE actor_events (
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            UNIQUE(actor_id, event_id)
        );
    """),
]


def _codes_key(rec: dict) -> str:
    """The parties of a record as stored in ``events.codes``: sorted codes, space-joined."""
    return " ".join(sorted({e["code"] for e in rec["actor"] + rec["recipient"]}))


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
                codes = _codes_key(r)
                cur = self.db.execute(
                    "INSERT OR REPLACE INTO events (id, doc_id, type, mode, date, language, actor_codes,"
                    " recipient_codes, evidence, link, record, codes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (r["id"], did, r["event"], r.get("mode"), r.get("date"), r["cite_info"]["language"],
                     " ".join(e["code"] for e in r["actor"]), " ".join(e["code"] for e in r["recipient"]),
                     evidence, r.get("link"), json.dumps(r, ensure_ascii=False), codes))
                self.db.execute("INSERT INTO events_fts(rowid, evidence) VALUES (?,?)", (cur.lastrowid, evidence))
            self._link(records, did)
            self._learn_actors(records, doc.lang)
        return True

    # -- linking (inside the document's transaction) ------------------------
    def _link(self, records: list[dict], doc_id: str) -> None:
        """Link new events to stored ones of the same occasion; clusters merge, ids stay order-free.
        Then undated events link to those of documents now known to report the same story."""
        from .link import same_occasion, same_story_occasion
        self._link_pass(records, doc_id, lambda r, other: same_occasion(r, other))
        aligned = {x[0] for x in self.db.execute(
            "SELECT DISTINCT o.doc_id FROM events n JOIN events o ON o.link = n.link AND o.doc_id != n.doc_id "
            "WHERE n.doc_id = ?", (doc_id,))}
        aligned |= self._story_documents(records, doc_id)
        if aligned:
            self._link_pass(records, doc_id, lambda r, other: same_story_occasion(r, other),
                            only_docs=aligned)

    def _story_documents(self, records: list[dict], doc_id: str) -> set[str]:
        """Stored documents that could link with these records (same type and parties) and
        report the same story (link.same_story)."""
        from .link import same_story, stories
        mine = next(iter(stories(records).values()), None)
        if mine is None:
            return set()
        candidates: set[str] = set()
        for r in records:
            codes = _codes_key(r)
            candidates |= {x[0] for x in self.db.execute(
                "SELECT DISTINCT doc_id FROM events WHERE type=? AND codes=? AND doc_id != ?",
                (r["event"], codes, doc_id))}
        out = set()
        for other in candidates:
            stored = [json.loads(x[0]) for x in self.db.execute("SELECT record FROM events WHERE doc_id=?", (other,))]
            theirs = next(iter(stories(stored).values()), None)
            if theirs is not None and same_story(mine, theirs):
                out.add(other)
        return out

    def _link_pass(self, records: list[dict], doc_id: str, linked, only_docs: set[str] | None = None) -> None:
        from .link import link_id
        for r in records:
            codes = _codes_key(r)
            rows = self.db.execute("SELECT id, record, link, doc_id FROM events WHERE type=? AND codes=? "
                                   "AND doc_id != ?", (r["event"], codes, doc_id)).fetchall()
            matched = {row["link"] or row["id"] for row in rows
                       if (only_docs is None or row["doc_id"] in only_docs) and linked(r, json.loads(row["record"]))}
            own = self.db.execute("SELECT link FROM events WHERE id=?", (r["id"],)).fetchone()[0]
            members = {r["id"]}
            for lk in matched | ({own} if own else set()):
                members |= {x[0] for x in self.db.execute("SELECT id FROM events WHERE link=? OR id=?", (lk, lk))}
            new = link_id(members)
            self.db.executemany("UPDATE events SET link=? WHERE id=?", [(new, m) for m in members])

    def _learn_actors(self, records: list[dict], lang: str | None) -> None:
        """Add the people of new events to the knowledge base, linked across scripts."""
        from .names import display, is_latin, person_key, same_person
        for r in records:
            for e in r["actor"] + r["recipient"]:
                name, code = e.get("name"), e.get("code")
                if not name or not e.get("sector") or not code or code in ("IGO", "UNO", "EUR"):
                    continue
                alias = e.get("name_text") or name
                row = self.db.execute("SELECT id, name FROM actors WHERE name=? AND code=?", (name, code)).fetchone()
                if row is None:
                    cands = self.db.execute("SELECT id, name FROM actors WHERE code=?", (code,)).fetchall()
                    row = next((c for c in cands if same_person(c["name"], name)), None)
                if row is None:
                    cur = self.db.execute("INSERT INTO actors (name, code, sector, source) VALUES (?,?,?,?)",
                                          (name, code, e.get("sector"), "auto"))
                    actor_id = cur.lastrowid
                else:
                    actor_id = row["id"]
                    # A source that writes the name in Latin script names the person for everyone.
                    raw = [x[0] for x in self.db.execute(
                        "SELECT alias FROM aliases WHERE actor_id=? AND lang IS NOT NULL", (actor_id,))]
                    if is_latin(alias) and not any(is_latin(x) for x in raw):
                        self.db.execute("UPDATE OR IGNORE actors SET name=? WHERE id=? AND source='auto'",
                                        (display(alias), actor_id))
                for form in {alias, display(alias)}:
                    self.db.execute("INSERT OR IGNORE INTO aliases VALUES (?,?,?,?)",
                                    (actor_id, form, person_key(form), lang if form == alias else None))
                if e.get("office"):
                    self.db.execute("INSERT OR IGNORE INTO offices VALUES (?,?)", (actor_id, e["office"]))
                self.db.execute("INSERT OR IGNORE INTO actor_events VALUES (?,?)", (actor_id, r["id"]))

    def load_dictionary(self, entries) -> None:
        """Record dictionary actors (data files) so they win over automatic linking."""
        from .names import person_key
        with self.db:
            for a in entries:
                self.db.execute("INSERT INTO actors (name, code, sector, source) VALUES (?,?,?,'dictionary') "
                                "ON CONFLICT(name, code) DO UPDATE SET sector=excluded.sector, source='dictionary'",
                                (a.name, a.code, a.sector))
                actor_id = self.db.execute("SELECT id FROM actors WHERE name=? AND code=?",
                                           (a.name, a.code)).fetchone()[0]
                for alias in [a.name, *a.aliases]:
                    self.db.execute("INSERT OR IGNORE INTO aliases VALUES (?,?,?,NULL)",
                                    (actor_id, alias, person_key(alias)))
                for office in a.offices:
                    self.db.execute("INSERT OR IGNORE INTO offices VALUES (?,?)", (actor_id, office))

    def find_actors(self, query: str) -> list[dict]:
        """Actors whose name or any alias contains ``query`` or sounds like it, with aliases and offices."""
        from .names import person_key
        key = person_key(query)
        rows = self.db.execute(
            "SELECT DISTINCT a.id, a.name, a.code, a.sector, a.source FROM actors a "
            "LEFT JOIN aliases al ON al.actor_id = a.id "
            "WHERE a.name LIKE ? OR al.alias LIKE ? OR (? != '' AND al.key = ?) ORDER BY a.name",
            (f"%{query}%", f"%{query}%", key, key)).fetchall()
        out = []
        for r in rows:
            aliases = [x[0] for x in self.db.execute("SELECT alias FROM aliases WHERE actor_id=? ORDER BY alias",
                                                       (r["id"],))]
            offices = [x[0] for x in self.db.execute("SELECT office FROM offices WHERE actor_id=?", (r["id"],))]
            n = self.db.execute("SELECT count(*) FROM actor_events WHERE actor_id=?", (r["id"],)).fetchone()[0]
            out.append({"id": r["id"], "name": r["name"], "code": r["code"], "sector": r["sector"],
                        "source": r["source"], "aliases": aliases, "offices": offices, "events": n})
        return out

    def merged_events(self, **filters) -> list[dict]:
        """One row per real-world event: its sources (documents, languages) and each evidence."""
        groups: dict[str, dict] = {}
        for rec in self.events(**filters):
            g = groups.setdefault(rec.get("link") or rec["id"], {"link": rec.get("link"), "record": rec,
                                                                 "sources": [], "languages": set()})
            g["sources"].append({"doc": rec["doc"], "language": rec["cite_info"]["language"],
                                 "evidence": rec.get("_evidence", "")})
            g["languages"].add(rec["cite_info"]["language"])
        out = []
        for g in groups.values():
            g["languages"] = sorted(x for x in g["languages"] if x)
            out.append(g)
        return sorted(out, key=lambda g: (-len(g["sources"]), g["record"].get("date") or ""))

    def add_skipped(self, source: str, reason: str) -> None:
        with self.db:
            self.db.execute("INSERT INTO skipped VALUES (?,?,?)", (source, reason, _now()))

    # -- reading ------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in ("documents", "events", "skipped"):
            raise ValueError(table)
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    @staticmethod
    def _where(country=None, dyad=None, type=None, mode=None, date_from=None, date_to=None, language=None,
               text=None, actor=None, link=None) -> tuple[str, list]:
        """SQL condition and arguments for the event filters (parameterised only)."""
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
        if mode:
            where.append("e.mode = ?")
            args.append(mode)
        if date_from:
            where.append("e.date >= ?")
            args.append(date_from)
        if date_to:
            where.append("e.date <= ?")
            args.append(date_to + "\uffff")
        if language:
            where.append("e.language = ?")
            args.append(language)
        if actor is not None:
            where.append("e.id IN (SELECT event_id FROM actor_events WHERE actor_id = ?)")
            args.append(int(actor))
        if link:
            where.append("e.link = ?")
            args.append(link)
        if text:
            if len(text) >= 3:
                where.append("e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
                args.append('"' + text.replace('"', '""') + '"')
            else:
                where.append("e.evidence LIKE ?")
                args.append(f"%{text}%")
        return (" WHERE " + " AND ".join(where)) if where else "", args

    # Undated last; month-day dates of unknown year ("--09-26") after dated ones.
    SORTS = {"date": "e.date IS NULL, substr(e.date, 1, 2) = '--', e.date, d.name, e.id",
             "-date": "e.date IS NULL, substr(e.date, 1, 2) = '--', e.date DESC, d.name, e.id",
             "type": "e.type, e.date, e.id", "language": "e.language, e.date, e.id"}

    def events(self, *, limit: int | None = None, offset: int = 0, sort: str = "date", **filters) -> Iterator[dict]:
        """PLOVER records matching every filter given."""
        cond, args = self._where(**filters)
        sql = ("SELECT e.record, e.link, e.evidence FROM events e JOIN documents d ON d.id = e.doc_id" + cond +
               " ORDER BY " + self.SORTS.get(sort, self.SORTS["date"]))
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        for row in self.db.execute(sql, args):
            yield self._record(row)

    @staticmethod
    def _record(row) -> dict:
        """A stored record with its current link and its first evidence sentence."""
        rec = json.loads(row[0])
        rec["link"] = row[1]
        rec["_evidence"] = row[2].split("\n", 1)[0]
        return rec

    def event(self, event_id: str) -> dict | None:
        row = self.db.execute("SELECT record, link, evidence FROM events WHERE id=?", (event_id,)).fetchone()
        return self._record(row) if row else None

    def count_events(self, **filters) -> int:
        cond, args = self._where(**filters)
        return self.db.execute("SELECT count(*) FROM events e" + cond, args).fetchone()[0]

    def document_text(self, name: str) -> str | None:
        row = self.db.execute("SELECT text FROM documents WHERE name=? LIMIT 1", (name,)).fetchone()
        return row[0] if row else None

    def search_documents(self, query: str, limit: int = 20) -> list[dict]:
        rows = self.db.execute(
            "SELECT d.id, d.name, d.lang, d.title FROM documents d WHERE d.rowid IN "
            "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?) LIMIT ?",
            ('"' + query.replace('"', '""') + '"', limit))
        return [dict(r) for r in rows]

    def documents(self) -> Iterator[sqlite3.Row]:
        yield from self.db.execute("SELECT id, name, source, lang, url, title, published, n_events "
                                   "FROM documents ORDER BY name")
