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
	$(BIN)/parley extract examples/ntrex_sample.jsonl -o out/events.jsonl --table
	@echo "Full PLOVER output: out/events.jsonl"

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
