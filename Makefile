# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint screenshots docs package bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/grader

test: $(STAMP)
	$(BIN)/ruff check grader tests benchmarks
	$(BIN)/lint-imports --no-logo
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

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
