# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-slow test-all lint lock screenshots docs package bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

# Exactly the versions of requirements.lock, each checked against its hash;
# then grader itself, editable, without resolving anything again.
$(STAMP): $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/python -m pip install -q --require-hashes -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

# Refresh requirements.lock: the newest versions pyproject.toml's bounds allow,
# with the hashes of every file published for them (all platforms).
lock: $(BIN)/python
	$(BIN)/python -m pip install -q "pip-tools>=7.4,<8"
	CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile --quiet --upgrade --generate-hashes --allow-unsafe --strip-extras \
		--extra test --extra package --no-emit-index-url --no-emit-find-links \
		--output-file requirements.lock pyproject.toml

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
	QT_QPA_PLATFORM=offscreen $(BIN)/grader screenshots docs/screenshots/en --language en
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/render_exports.py

docs: $(STAMP)
	$(BIN)/python -m grader.referential.schema
	$(BIN)/python -m grader.referential.docgen

bench: $(STAMP)
	for f in benchmarks/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$f || exit 1; done

package: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/grader.spec

clean:
	rm -rf build dist .pytest_cache
