"""The command line, run in-process, and the evaluation agreeing with the official scorer."""
import importlib.util
import json

from parley.cli import main
from parley.evaluate import evaluate

from .conftest import DEV_DOCS, DEV_GOLD, SHARED, needs_shared

RECORD_FIELDS = {"id", "doc", "date", "actor", "recipient", "event", "mode", "context", "event_loc",
                 "event_text", "text_info", "cite_info", "cameo", "quad_code", "event_scale", "confidence"}


@needs_shared
def test_extract_writes_plover_records(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(DEV_DOCS / "seed_002.txt"), "-o", str(out), "--table"]) == 0
    table = capsys.readouterr().out
    assert "CONSULT" in table and "PAK" in table and "JPN" in table
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert records
    text = (DEV_DOCS / "seed_002.txt").read_text("utf-8")
    for r in records:
        assert RECORD_FIELDS <= r.keys()
        ti = r["text_info"]
        # Offsets point into the document exactly as given.
        assert text[ti["start"]:ti["end"]].strip() == text[ti["start"]:ti["end"]]
        t0, t1 = ti["trigger"]
        assert text[t0:t1] == r["event_text"][0]
        assert r["cite_info"]["language"] in ("en", "ur")
        assert all(e["code"] for e in r["actor"] + r["recipient"])


@needs_shared
def test_show_reads_back(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    main(["extract", str(DEV_DOCS / "seed_002.txt"), "-o", str(out)])
    capsys.readouterr()
    assert main(["show", str(out)]) == 0
    assert "Rawalpindi" in capsys.readouterr().out


@needs_shared
def test_eval_agrees_with_official_scorer(tmp_path, capsys):
    out = tmp_path / "dev.jsonl"
    main(["extract", str(DEV_DOCS), "-o", str(out)])
    spec = importlib.util.spec_from_file_location("score", SHARED / "tools" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    official = score.score(str(DEV_GOLD), str(out))
    ours = evaluate(str(DEV_GOLD), str(out))
    for lang, row in official.items():
        if lang == "secondary":
            assert row == ours["secondary"]
        else:
            assert row == ours["languages"][lang]
    fn = ours["languages"]["ALL"]["fn"]
    assert len(ours["misses"]) == fn
    assert len(ours["false_alarms"]) == ours["languages"]["ALL"]["fp"]


@needs_shared
def test_show_from_the_store(tmp_path, capsys):
    db = str(tmp_path / "p.db")
    assert main(["ingest", str(DEV_DOCS / "seed_002.txt"), "--db", db, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["show", "--db", db, "--type", "CONSULT"]) == 0
    out = capsys.readouterr().out
    assert "CONSULT" in out and "Rawalpindi" in out and "SUPPORT" not in out
