# Studio Desktop: `make run` installs and starts the app, `make test` installs and runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DB     ?=
ARGS   ?= $(if $(DB),--db $(DB),)

.PHONY: run test install lint bench bench-data demo screenshots translations clean system-deps

run: install
	$(BIN)/studio-desktop $(ARGS)

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

install: $(STAMP)

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Studio Desktop needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV) || { echo "Could not make a virtual environment: on Debian/Ubuntu run 'sudo apt install python3-venv' and try again."; exit 1; }

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@# An editable install is not byte-compiled; do it once so launches never compile sources.
	$(BIN)/python -m compileall -q studio_desktop ui models reports resources > /dev/null
	@touch $@

# Tools a few tests and the screenshots use (PDF checks, desktop entry validation, CJK font).
system-deps:
	sh tools/system-deps.sh

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

bench-data: install
	@mkdir -p bench-data
	@test -f bench-data/large.sqlite3 || $(BIN)/studio-desktop-cli --db bench-data/large.sqlite3 demo --size large

# Every figure is a ratio against a baseline measured in the same run (see benchmarks/).
bench: bench-data
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m studio_desktop.bench --db bench-data/large.sqlite3
	@for b in benchmarks/bench_*.py; do [ -f "$$b" ] || continue; echo "== $$b"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/python "$$b" --db bench-data/large.sqlite3 || exit 1; done

demo: install
	$(BIN)/studio-desktop-cli $(ARGS) demo --size small

screenshots: install
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python tools/screenshots.py

translations: install
	$(BIN)/python tools/i18n.py update
	$(BIN)/python tools/i18n.py release

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .mypy_cache
