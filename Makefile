# Two commands do everything on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test chromium bench regen-data clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	mkdir -p out
	rm -f out/parley.db out/parley.db-wal out/parley.db-shm
	$(BIN)/parley ingest examples/ntrex_sample.jsonl --db out/parley.db --quiet
	$(BIN)/parley show --db out/parley.db
	$(BIN)/parley export --db out/parley.db --format plover -o out/events.jsonl
	@echo "Store: out/parley.db · full PLOVER output: out/events.jsonl"
	@echo "Merged view: $(BIN)/parley events --db out/parley.db · dashboard: $(BIN)/parley serve --db out/parley.db"

# Browser tests drive Debian's chromium; install it where we may (root with apt), else they skip.
chromium:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null; } || \
	  echo "note: chromium not installed; browser tests will be skipped"

test: $(STAMP) chromium
	$(BIN)/ruff check parley tests scripts benchmarks
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py

regen-data: $(STAMP)
	$(BIN)/python scripts/gen_cldr.py

clean:
	rm -rf $(VENV) out .pytest_cache
