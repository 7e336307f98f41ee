# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-slow test-all lint screenshots docs package bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/grader

# The everyday loop: everything but the tests marked slow (bundle build, every
# screenshot, kill -9), which `make test-slow` runs and CI always runs.
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"
	@echo "Slow tests (bundle build, screenshots, kill -9) not run: make test-slow, or make test-all as CI."

test-slow: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow

# Everything, as .ci/run does (which also installs the system's readers first).
test-all: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -rs

lint: $(STAMP)
	$(BIN)/ruff check grader tests benchmarks
	$(BIN)/lint-imports --no-logo
	$(BIN)/mypy

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/grader screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/grader screenshots docs/screenshots/en --langue en
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/render_exports.py

docs: $(STAMP)
	$(BIN)/python -m grader.referential.schema
	$(BIN)/python -m grader.referential.docgen

bench: $(STAMP)
	for f in benchmarks/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$f || exit 1; done

package: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,package]'
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/grader.spec

clean:
	rm -rf build dist .pytest_cache
