# The two commands a newcomer needs: `make run` and `make test`.
# Each does its own set-up: Debian packages (installed when run as root, listed otherwise),
# the virtual environment in .venv, the project and its compiled translations.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.cchc-installed
QM     := translations/cchc_vi.qm translations/cchc_en.qm
ARGS   ?=

.PHONY: run test bench screenshots lint translations venv system-deps system-deps-test server clean

run: system-deps venv translations
	$(PY) -m cchc_desktop gui --demo-if-empty $(ARGS)

test: system-deps-test venv translations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q $(ARGS)

bench: system-deps-test venv translations
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/run.py $(ARGS)

screenshots: system-deps venv translations
	QT_QPA_PLATFORM=offscreen $(PY) -m cchc_desktop screenshots --out shots $(ARGS)

server: venv
	$(PY) -m provincial_server serve --database-url sqlite:///provincial-demo.sqlite3 --host 127.0.0.1 --port 8765

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

system-deps:
	@bash .ci/system-deps.sh run

system-deps-test:
	@bash .ci/system-deps.sh test

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,server]'
	@touch $(STAMP)

translations: $(QM)

translations/%.qm: translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

clean:
	rm -rf $(VENV) build dist *.egg-info translations/*.qm shots
