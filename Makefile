# Two commands set everything up: `make report` and `make test`.
# Each creates .venv when it is missing and installs the package into it.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: report test golden validate docs bench bench-report browser clean

report: $(STAMP)
	$(BIN)/checker report seeds --rules rules --out reports

test: $(STAMP)
	$(BIN)/python -m pytest

# Regenerate the committed reports on purpose, then review them as a diff.
golden: report

# Regenerate the key reference in docs/rules.md from the rule schema.
docs: $(STAMP)
	$(BIN)/python -m checker.rules.docs docs/rules.md

validate: $(STAMP)
	$(BIN)/checker rules validate --rules rules

# Speed and memory against spaCy's bare tokenizer (figures printed; see bench/README.md).
bench: $(STAMP)
	$(BIN)/python bench/run.py

# The npm packages of the browser tests (Mermaid's parser, playwright-core), from
# tests/browser/package-lock.json; Chromium itself is Debian's: apt-get install chromium.
browser: tests/browser/node_modules/.installed-stamp

tests/browser/node_modules/.installed-stamp: tests/browser/package.json tests/browser/package-lock.json
	cd tests/browser && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# checker report on 500 and 2,000 realistic articles (needs ../shared/eval/news; see bench/README.md).
bench-report: $(STAMP)
	$(BIN)/python bench/report.py

$(STAMP): setup.cfg pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (set PYTHON=...)"; exit 2; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
