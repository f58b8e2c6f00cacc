# Two commands do all the set-up on a fresh machine:
#   make demo   installs awol in .venv and runs it on the bundled sample articles
#   make test   installs awol with its test dependencies and runs the test suite
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test install install-test assets bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip==25.3

install: $(BIN)/python assets
	$(BIN)/pip install -q -e '.[serve,scale]'

install-test: $(BIN)/python assets
	$(BIN)/pip install -q -e '.[serve,scale,test]'

# The dashboard's country boundaries and TopoJSON decoder, from npm into
# src/awol/serve/static/vendor/ (not committed).
assets:
	npm ci --prefix frontend --no-audit --no-fund --loglevel=error
	npm run --prefix frontend --silent build

demo: install
	$(BIN)/awol demo

test: install-test
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/extract_bench.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info awol.db
