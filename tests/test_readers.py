"""Bad input gets a clear reason and the run carries on."""
import json

from parley.extract import Report, extract
from parley.readers import Skipped, read_paths


def test_bad_files_are_reported_and_skipped(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The Japanese Ambassador to Pakistan met Chief of Army Staff General Qamar Javed Bajwa "
                    "in Rawalpindi on Wednesday.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (tmp_path / "latin1.txt").write_bytes("Le président français a rencontré la chancelière allemande à Berlin."
                                          .encode("latin-1"))
    (tmp_path / "blank.txt").write_text("   \n\n ", encoding="utf-8")
    report = Report()
    records = list(extract([str(tmp_path)], report))
    reasons = {s.source.rsplit("/", 1)[-1]: s.reason for s in report.skipped}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert "whitespace" in reasons["blank.txt"]
    assert "latin1.txt" not in reasons  # decoded from its detected encoding, not refused
    assert report.documents == 2
    assert "good.txt" in {r["doc"] for r in records}


def test_jsonl_bad_lines_and_unsupported_language(tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Pakistan and Japan signed a Memorandum of Understanding on Defense Cooperation."}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "lang": "ell", "text": "Η Ελλάδα και η Τουρκία υπέγραψαν συμφωνία για την ενέργεια."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_paths([str(path)]))
    assert [type(i).__name__ for i in items] == ["Document", "Skipped", "Skipped", "Document"]
    report = Report()
    records = list(extract([str(path)], report))
    assert [r["doc"] for r in records] == ["a"]
    assert any("not supported" in s.reason and s.source == "c" for s in report.skipped)


def test_missing_path_is_reported():
    items = list(read_paths(["/nonexistent/file.txt"]))
    assert isinstance(items[0], Skipped) and "no such file" in items[0].reason
