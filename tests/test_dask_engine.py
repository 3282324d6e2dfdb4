"""Partitions read what a whole read reads; Dask runs code what one process codes."""
import io
import json
import sqlite3

import pytest

from parley.cli import main
from parley.partitions import partition
from parley.readers import read_paths

from .conftest import DEV_DOCS, NTREX, needs_shared

pytestmark = needs_shared


def _items(items):
    return [(type(i).__name__, getattr(i, "id", None) or getattr(i, "source", None),
             getattr(i, "text", None) or getattr(i, "reason", None)) for i in items]


def _mixed_inputs(tmp_path):
    """A JSONL file with blank and bad lines, a WARC file, text files and a missing path."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    lines = open(NTREX / "vie.jsonl", encoding="utf-8").read().splitlines()[:30]
    for rec in lines[:3]:
        json.loads(rec)
    jsonl = tmp_path / "mixed.jsonl"
    jsonl.write_text("\n".join(lines[:10] + ["", "{not json", '{"id": "x"}'] + lines[10:]) + "\n", encoding="utf-8")
    warc = tmp_path / "crawl.warc.gz"
    with warc.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        for name in ("seed_002.txt", "seed_003.txt", "seed_004.txt", "en_ntrex_3.txt"):
            text = (DEV_DOCS / name).read_text("utf-8")
            body = ("<html><body><article>" + "".join(f"<p>{p}</p>" for p in text.splitlines() if p.strip())
                    + "</article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"https://example.org/{name}", "response",
                                                payload=io.BytesIO(body), http_headers=headers))
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("seed_000.txt", "seed_001.txt", "ar_ntrex_5.txt"):
        (docs / name).write_text((DEV_DOCS / name).read_text("utf-8"), encoding="utf-8")
    (docs / "empty.txt").write_bytes(b"")
    return [str(jsonl), str(warc), str(docs), str(tmp_path / "missing.txt")]


def test_partitions_read_exactly_what_a_whole_read_reads(tmp_path):
    paths = _mixed_inputs(tmp_path)
    whole = _items(read_paths(paths))
    parts = partition(paths, target_bytes=4096)  # small: many JSONL ranges and WARC record runs
    kinds = {p.kind for p in parts}
    assert {"jsonl", "warc", "paths"} <= kinds
    assert sum(p.kind == "jsonl" for p in parts) > 3
    assert [p.index for p in parts] == list(range(len(parts)))
    # In any order of reading, the partitions together give the same items with the same ids.
    by_index = {p.index: _items(p.read()) for p in reversed(parts)}
    assert [i for k in sorted(by_index) for i in by_index[k]] == whole
    assert any(i[0] == "Skipped" and "bad JSON" in i[2] for i in whole)


def test_dask_run_codes_the_dev_corpus_exactly_as_one_process(tmp_path, capsys):
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert main(["extract", str(DEV_DOCS), "-o", str(local)]) == 0
    assert main(["extract", str(DEV_DOCS), "-o", str(dask), "--engine", "dask", "--workers", "2"]) == 0
    a, b = local.read_text("utf-8"), dask.read_text("utf-8")
    assert a.count("\n") > 150
    assert a == b  # same events, same ids, same links, same order


def test_dask_ingest_fills_the_store_as_one_process(tmp_path):
    paths = _mixed_inputs(tmp_path)
    dbs = {}
    for engine in ("local", "dask"):
        db = tmp_path / f"{engine}.db"
        args = ["ingest", *paths, "--db", str(db), "--quiet"]
        assert main(args + (["--engine", "dask", "--workers", "2"] if engine == "dask" else [])) == 0
        with sqlite3.connect(db) as con:
            dbs[engine] = (
                con.execute("SELECT id, name, lang, text FROM documents ORDER BY id").fetchall(),
                con.execute("SELECT id, doc_id, type, date, link, record FROM events ORDER BY id").fetchall(),
                sorted(con.execute("SELECT source, reason FROM skipped").fetchall()),
            )
    assert dbs["local"][0] and dbs["local"][1]
    assert dbs["local"] == dbs["dask"]


def test_extract_writes_parquet_and_part_files(tmp_path):
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq
    single = tmp_path / "events.parquet"
    assert main(["extract", str(DEV_DOCS), "-o", str(single)]) == 0
    n = pq.read_table(single).num_rows
    assert n > 100
    jsonl = tmp_path / "events.jsonl"
    assert main(["extract", str(DEV_DOCS), "-o", str(jsonl)]) == 0
    # Partitioned output, coded on Dask: part files that read back as the same dataset.
    parts = tmp_path / "parts"
    assert main(["extract", str(DEV_DOCS), "-o", f"{parts}/", "--part-size", "50", "--engine", "dask",
                 "--workers", "2"]) == 0
    files = sorted(parts.glob("part-*.jsonl"))
    assert len(files) == -(-n // 50)
    assert "".join(f.read_text("utf-8") for f in files) == jsonl.read_text("utf-8")
    pparts = tmp_path / "pparts"
    assert main(["extract", str(DEV_DOCS), "-o", f"{pparts}/", "--format", "parquet", "--part-size", "50"]) == 0
    assert ds.dataset(str(pparts), format="parquet").to_table().num_rows == n


def test_unreachable_scheduler_is_a_clear_error(tmp_path, capsys):
    import dask
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}), pytest.raises(SystemExit) as exc:
        main(["extract", str(DEV_DOCS / "seed_003.txt"), "-o", str(tmp_path / "x.jsonl"), "--engine", "dask",
              "--scheduler", "tcp://127.0.0.1:9"])
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in str(exc.value)


def test_existing_cluster_by_address_gets_the_callers_settings(tmp_path, monkeypatch):
    """Workers started before the setting was made still code with it: settings travel with tasks."""
    from dask.distributed import LocalCluster

    from parley import settings

    def places(path):
        return {(json.loads(line).get("event_loc") or {}).get("name") for line in path.read_text("utf-8").splitlines()}

    docs = [str(DEV_DOCS / f"{lang}_ntrex_3.txt") for lang in ("de", "en", "fr", "ru", "tr") if
            (DEV_DOCS / f"{lang}_ntrex_3.txt").exists()]
    default = tmp_path / "default.jsonl"
    assert main(["extract", *docs, "-o", str(default)]) == 0
    assert "Köln" in places(default)  # a city of about a million
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        monkeypatch.setitem(settings._OVERRIDES, "min_city_population", 50_000_000)  # capitals only
        local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
        assert main(["extract", *docs, "-o", str(local)]) == 0
        assert main(["extract", *docs, "-o", str(dask), "--engine", "dask", "--scheduler", cluster.scheduler_address]) == 0
        assert "Köln" not in places(dask)
        assert local.read_text("utf-8") == dask.read_text("utf-8")
