# StretchDesk: `make run` starts the app, `make test` runs the whole suite headless.
# Both set up everything on a fresh machine: system packages (scripts/system-deps.sh),
# the .venv with the project and its test extras, less the parts of Qt it never loads
# (scripts/trim_qt.py: ~650 MiB of PySide6 down to about 120; lupdate and lrelease stay).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck pytest bench bench-peers dist dist-test system-deps translations \
	clean

system-deps:
	@bash scripts/system-deps.sh

$(STAMP): pyproject.toml
	@bash scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) scripts/trim_qt.py
	@touch $(STAMP)

# The interface's translations: translations/*.ts compiled by pyside6-lrelease into
# stretchdesk/translations/*.qm, where the app, the wheel and the bundle find them. Cheap
# (about a second), so it always runs: a .ts edited or merged is never shipped stale.
translations: $(STAMP)
	$(PY) -m tools.translations compile

run: system-deps $(STAMP) translations
	$(PY) -m stretchdesk $(ARGS)

# ruff, then the layer contracts of pyproject.toml (docs/architecture.md).
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

test: system-deps $(STAMP) translations lint typecheck
	@bash scripts/audio-services.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# Start-up, memory, CPU, timing and cue latency beside a bare PySide6 window, under its own
# Xvfb and PulseAudio; BENCH_ARGS=--write-docs refreshes docs/performance.md.
# The app's bytecode is compiled first, as an installed wheel's is: where the environment
# sets PYTHONDONTWRITEBYTECODE, every start would otherwise compile every module again.
bench: system-deps $(STAMP) translations
	$(PY) -m compileall -q stretchdesk
	$(PY) -m benchmarks $(BENCH_ARGS)

# StretchDesk beside Workrave and Safe Eyes (installed from Debian where the index has them):
# first window, RSS after 10 s, idle CPU over 30 s, in one run; the table goes into
# docs/performance.md. Optional: not part of `make test` or `make bench`.
bench-peers: system-deps $(STAMP)
	@bash scripts/peer-apps.sh
	$(PY) -m compileall -q stretchdesk
	$(PY) -m benchmarks.peers --write-docs

# The wheel and the desktop bundle in dist/ (scripts/build-dist.sh lists what it makes).
dist: system-deps $(STAMP) translations
	@bash scripts/build-dist.sh

# Builds dist/, then the packaging tests including the bundle's own (tests/packaging).
dist-test: dist
	STRETCHDESK_BUNDLE=dist/StretchDesk QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/packaging $(PYTEST_ARGS)

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
