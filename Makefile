# Two commands do everything on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench regen-data clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	mkdir -p out
	$(BIN)/parley extract examples/ntrex_sample.jsonl -o out/events.jsonl --table
	@echo "Full PLOVER output: out/events.jsonl"

test: $(STAMP)
	$(BIN)/ruff check parley tests scripts benchmarks
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py

regen-data: $(STAMP)
	$(BIN)/python scripts/gen_cldr.py

clean:
	rm -rf $(VENV) out .pytest_cache
