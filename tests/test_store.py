"""The SQLite store: migrations, content-hash ids, atomic documents, FTS in every script, WAL readers."""
import sqlite3
import threading

from parley.document import Document
from parley.extract import extract_document
from parley.store import MIGRATIONS, Store, content_id

from .conftest import DEV_DOCS, needs_shared

SENTENCE = ("The Japanese Ambassador to Pakistan met Chief of Army Staff (COAS) General Qamar Javed Bajwa "
            "in Rawalpindi on Wednesday.")


def _doc(text, name="a.txt", lang=None):
    return Document(id=name, text=text, lang=lang)


def test_migrations_are_recorded_once(tmp_path):
    path = tmp_path / "p.db"
    with Store(path) as s:
        assert s.versions() == [v for v, _, _ in MIGRATIONS]
    with Store(path) as s:
        assert s.migrate() == []
    rows = sqlite3.connect(path).execute("SELECT version, name FROM migrations").fetchall()
    assert len(rows) == len(MIGRATIONS)
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_same_article_twice_is_a_noop(tmp_path):
    with Store(tmp_path / "p.db") as s:
        d = _doc(SENTENCE)
        recs = extract_document(_doc(SENTENCE))
        assert recs
        assert s.add_document(d, recs) is True
        assert s.add_document(_doc(SENTENCE, name="copy.txt"), recs) is False
        assert s.count("documents") == 1
        assert s.count("events") == len(recs)
        assert s.has_document(SENTENCE)
        assert content_id(SENTENCE) == next(s.documents())["id"]


@needs_shared
def test_full_text_search_in_every_script(tmp_path):
    with Store(tmp_path / "p.db") as s:
        for name in ("seed_000.txt", "seed_002.txt", "seed_003.txt"):
            text = (DEV_DOCS / name).read_text("utf-8")
            d = _doc(text, name)
            s.add_document(d, extract_document(_doc(text, name)))
        assert any(r["doc"] == "seed_002.txt" for r in s.events(text="Rawalpindi"))
        assert any(r["doc"] == "seed_002.txt" for r in s.events(text="راولپنڈی"))    # Urdu
        assert [r["name"] for r in s.search_documents("هاوانا")] == ["seed_003.txt"]  # Persian
        assert all("JPN" in (" ".join(e["code"] for e in r["actor"] + r["recipient"]))
                   for r in s.events(country="JPN"))
        assert list(s.events(type="CONSULT", dyad=("PAK", "JPN")))


def test_parameterised_filters_resist_injection(tmp_path):
    with Store(tmp_path / "p.db") as s:
        s.add_document(_doc(SENTENCE), extract_document(_doc(SENTENCE)))
        assert list(s.events(country="X' OR '1'='1")) == []
        assert list(s.events(text='" OR 1=1 --')) == []
        assert s.count("events") > 0


def test_readers_while_a_writer_writes(tmp_path):
    path = tmp_path / "p.db"
    writer = Store(path)
    errors, reads = [], []

    def read():
        r = Store(path, readonly=True)
        try:
            for _ in range(200):
                reads.append(r.count("documents"))
        except sqlite3.Error as exc:  # a locked database would show here
            errors.append(exc)
        finally:
            r.close()

    threads = [threading.Thread(target=read) for _ in range(3)]
    for t in threads:
        t.start()
    for i in range(40):
        text = f"{SENTENCE} Report number {i}."
        writer.add_document(_doc(text, f"{i}.txt"), extract_document(_doc(text, f"{i}.txt", "en")))
    for t in threads:
        t.join()
    writer.close()
    assert not errors
    assert reads == sorted(reads) or max(reads) <= 40
