"""Every input a newsroom has, every export an analyst needs, and nothing lost on bad input."""
import csv
import http.server
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from parley.cli import main
from parley.export import CAMEO_COLUMNS
from parley.ingest import ingest
from parley.store import Store

from .conftest import DEV_DOCS, NTREX, ROOT, needs_shared

pytestmark = needs_shared


def _paragraphs(name):
    return [p for p in (DEV_DOCS / name).read_text("utf-8").splitlines() if p.strip()]


def _html(name, title=None):
    paras = _paragraphs(name)
    title = title or paras[0]
    body = "".join(f"<p>{p}</p>\n" for p in paras[1:])
    return (f"<html><head><title>{title}</title><meta name='date' content='2020-08-20'></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>\n{body}"
            f"</article><footer>Subscribe to our newsletter. Copyright.</footer></body></html>")


@pytest.fixture
def site(tmp_path):
    """A real HTTP server on loopback serving two article pages."""
    root = tmp_path / "site"
    root.mkdir()
    (root / "seed_002.html").write_text(_html("seed_002.txt"), encoding="utf-8")
    (root / "seed_003.html").write_text(_html("seed_003.txt"), encoding="utf-8")

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **kw):
            super().__init__(*a, directory=str(root), **kw)

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def _feed(base, extra_entry=""):
    items = "".join(f"<item><title>{t}</title><link>{base}/{f}</link><pubDate>Wed, 19 Aug 2020 10:00:00 GMT"
                    f"</pubDate><description>{t}</description></item>"
                    for t, f in (("Japan praises Pakistan", "seed_002.html"), ("Vietnam and Cuba", "seed_003.html")))
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>News</title>{items}{extra_entry}</channel></rss>"


def test_html_page(tmp_path):
    page = tmp_path / "seed_002.html"
    page.write_text(_html("seed_002.txt"), encoding="utf-8")
    with Store(tmp_path / "p.db") as s:
        rep = ingest([str(page)], s, progress=False)
        assert rep.documents == 1
        doc = s.db.execute("SELECT title, text FROM documents").fetchone()
        assert "Japan Praises" in doc["title"]
        assert "newsletter" not in doc["text"] and "Home" not in doc["text"]
        assert {r["event"] for r in s.events()} >= {"CONSULT", "SUPPORT"}


def test_rss_feed_fetches_articles_over_http(tmp_path, site):
    feed = tmp_path / "news.rss"
    dead = "<item><title>Gone</title><link>http://127.0.0.1:9/nowhere</link><description>Pakistan and Japan " \
           "signed a Memorandum of Understanding on Defense Cooperation.</description></item>"
    feed.write_text(_feed(site, dead), encoding="utf-8")
    with Store(tmp_path / "p.db") as s:
        rep = ingest([str(feed)], s, progress=False)
        assert rep.documents == 3          # two fetched pages and one entry's own text
        urls = {r["url"] for r in s.documents()}
        assert f"{site}/seed_002.html" in urls
        assert rep.languages["fa"] == 1
    with Store(tmp_path / "q.db") as s:   # the feed by URL too
        (Path(site.replace("http://", "")) if False else None)
        rep = ingest([f"{site}/seed_002.html"], s, progress=False)
        assert rep.documents == 1


def test_warc_file(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        for name in ("seed_002.txt", "seed_004.txt"):
            body = _html(name).encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://example.org/{name}", "response",
                                                payload=io.BytesIO(body), http_headers=headers))
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(path.read_bytes()[:300])
    with Store(tmp_path / "p.db") as s:
        rep = ingest([str(path), str(broken)], s, progress=False)
        assert rep.documents == 2
        assert any("WARC" in sk.reason for sk in rep.skipped)


def test_bad_inputs_are_reported_and_nothing_is_lost(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text((DEV_DOCS / "seed_002.txt").read_text("utf-8"), encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 50)
    (d / "mojibake.txt").write_text("The Japanese Ambassador to Pakistan met Chief of Army Staff "
                                    "General Qamar Javed Bajwa. It’s a “good” day.".encode()
                                    .decode("latin-1"), encoding="utf-8")
    (d / "cp1252.txt").write_bytes("Le président français a rencontré le chancelier allemand à Berlin.".encode("cp1252"))
    (d / "broken.html").write_text("<html><body><div><p>unclosed <b>tags", encoding="utf-8")
    (d / "bad.rss").write_text("<rss><channel><item><title>x</title", encoding="utf-8")
    (d / "greek.txt").write_text(json.loads(next(open(NTREX / "ell.jsonl", encoding="utf-8")))["text"],
                                 encoding="utf-8")
    db = tmp_path / "p.db"
    with Store(db) as s:
        ingest([str(DEV_DOCS / "seed_003.txt")], s, progress=False)
        before = s.count("events")
        rep = ingest([str(d)], s, progress=False)
        reasons = {Path(sk.source).name: sk.reason for sk in rep.skipped}
        assert reasons["empty.txt"] == "empty file"
        assert "binary" in reasons["binary.txt"]
        assert "el" in str(rep.unsupported) or "greek.txt" in reasons
        assert rep.documents >= 3       # good, mojibake (repaired), cp1252 (detected)
        texts = [r[0] for r in s.db.execute("SELECT text FROM documents")]
        assert any("It’s a “good” day" in t for t in texts)
        assert any("président français" in t for t in texts)
        assert s.count("events") >= before
        assert s.db.execute("SELECT count(*) FROM skipped").fetchone()[0] >= 3


def test_huge_text_file_is_refused_clearly(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as f:
        line = "Pakistan and Japan signed a Memorandum of Understanding on Defense Cooperation. " * 20 + "\n"
        while f.tell() < 50 * 1024 * 1024:
            f.write(line)
    with Store(tmp_path / "p.db") as s:
        rep = ingest([str(big)], s, progress=False)
        assert rep.documents == 0 and "limit" in rep.skipped[0].reason


def test_exports_read_back_by_standard_readers(tmp_path, capsys):
    db = str(tmp_path / "p.db")
    assert main(["ingest", str(DEV_DOCS), "--db", db, "--quiet"]) == 0
    outs = {}
    for fmt, ext in (("plover", "jsonl"), ("cameo", "tsv"), ("csv", "csv"), ("parquet", "parquet")):
        outs[fmt] = tmp_path / f"events.{ext}"
        assert main(["export", "--db", db, "--format", fmt, "-o", str(outs[fmt])]) == 0
    plover = [json.loads(x) for x in outs["plover"].read_text("utf-8").splitlines()]
    rows = list(csv.DictReader(outs["csv"].open(encoding="utf-8")))
    cameo = list(csv.reader(outs["cameo"].open(encoding="utf-8"), delimiter="\t"))
    table = pq.read_table(outs["parquet"])
    assert len(plover) == len(rows) == table.num_rows > 0
    assert cameo[0] == CAMEO_COLUMNS and len(cameo) > len(plover) // 2
    visits = [r for r in cameo[1:] if r[CAMEO_COLUMNS.index("EventCode")] in ("042", "043")]
    assert {r[CAMEO_COLUMNS.index("EventCode")] for r in visits} == {"042", "043"}
    # Filters.
    assert main(["export", "--db", db, "--format", "csv", "--dyad", "PAK-JPN", "--type", "CONSULT",
                 "-o", str(tmp_path / "f.csv")]) == 0
    f = list(csv.DictReader((tmp_path / "f.csv").open(encoding="utf-8")))
    assert f and all(r["event"] == "CONSULT" and {"PAK", "JPN"} <= set((r["actor_codes"] + " " +
                                                                       r["recipient_codes"]).split()) for r in f)
    assert main(["export", "--db", db, "--format", "csv", "--from", "2019", "--to", "2020-12",
                 "-o", str(tmp_path / "d.csv")]) == 0
    d = list(csv.DictReader((tmp_path / "d.csv").open(encoding="utf-8")))
    assert d and all("2019" <= r["date"][:4] <= "2020" for r in d)


def _big_jsonl(path, n_files=("eng.jsonl", "fas.jsonl", "urd.jsonl", "fra.jsonl", "hin.jsonl", "deu.jsonl")):
    with path.open("w", encoding="utf-8") as out:
        for name in n_files:
            for line in open(NTREX / name, encoding="utf-8"):
                out.write(line)


def test_kill_minus_nine_then_resume(tmp_path):
    src = tmp_path / "big.jsonl"
    _big_jsonl(src)
    db = tmp_path / "p.db"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "parley.cli", "ingest", str(src), "--db", str(db), "--quiet"]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline:
        time.sleep(0.1)
        if db.exists():
            try:
                stored = Store(db, readonly=True).count("documents")
            except Exception:
                stored = 0
            if stored >= 20:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 20 <= stored < 590, "the kill should land mid-run"
    subprocess.run(cmd, env=env, check=True, stderr=subprocess.DEVNULL)
    clean_db = tmp_path / "clean.db"
    subprocess.run([*cmd[:5], str(src), "--db", str(clean_db), "--quiet"], env=env, check=True,
                   stderr=subprocess.DEVNULL)
    with Store(db, readonly=True) as a, Store(clean_db, readonly=True) as b:
        assert a.count("documents") == b.count("documents")
        assert a.count("events") == b.count("events")
        assert a.db.execute("SELECT count(*) FROM documents d WHERE n_events != "
                            "(SELECT count(*) FROM events e WHERE e.doc_id = d.id)").fetchone()[0] == 0
        assert a.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
