"""The on-disk cache of derived indexes."""
from parley import settings
from parley.cache import cached


def test_cache_builds_once_and_rebuilds_when_a_source_changes(tmp_path, monkeypatch):
    monkeypatch.setitem(settings._OVERRIDES, "cache_dir", str(tmp_path / "c"))
    src = tmp_path / "source.py"
    src.write_text("v1")
    calls = []

    def build():
        calls.append(1)
        return {"n": len(calls)}

    assert cached("k", build, [src]) == {"n": 1}
    assert cached("k", build, [src]) == {"n": 1}  # read back, not rebuilt
    src.write_text("v2")
    assert cached("k", build, [src]) == {"n": 2}
    assert len(list((tmp_path / "c").glob("k-*.pickle"))) == 1  # the stale build is gone


def test_cache_off_and_unwritable_directories_still_build(tmp_path, monkeypatch):
    monkeypatch.setitem(settings._OVERRIDES, "cache_dir", "off")
    assert cached("k", lambda: 1) == 1
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setitem(settings._OVERRIDES, "cache_dir", str(blocker / "sub"))
    assert cached("k", lambda: 2) == 2


def test_corrupt_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setitem(settings._OVERRIDES, "cache_dir", str(tmp_path))
    assert cached("k", lambda: [1]) == [1]
    for p in tmp_path.glob("k-*.pickle"):
        p.write_bytes(b"garbage")
    assert cached("k", lambda: [2]) == [2]
