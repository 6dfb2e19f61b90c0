# make run   — set everything up (system packages, .venv) and start the program
# make test  — set everything up and run the checks and the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_ENV := QT_QPA_PLATFORM=offscreen

.PHONY: run test lint unit bench screenshots package translations clean

$(STAMP): pyproject.toml packaging/install-system-deps.sh
	bash packaging/install-system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/salon-crm

test: lint unit

lint: $(STAMP)
	$(BIN)/ruff check salon_crm tests benchmarks migrations
	$(BIN)/ruff format --check salon_crm tests benchmarks migrations
	$(BIN)/mypy
	$(BIN)/lint-imports

unit: $(STAMP)
	$(TEST_ENV) $(BIN)/pytest -n auto

bench: $(STAMP)
	$(TEST_ENV) $(BIN)/python benchmarks/bench_search.py
	$(TEST_ENV) $(BIN)/python benchmarks/bench_search_postgres.py
	$(TEST_ENV) $(BIN)/python benchmarks/bench_migrate_to.py
	$(TEST_ENV) $(BIN)/python benchmarks/bench_gui.py
	$(TEST_ENV) $(BIN)/python benchmarks/bench_lot_recall.py
	$(TEST_ENV) $(BIN)/python benchmarks/bench_card_tabs.py
	$(TEST_ENV) $(BIN)/python benchmarks/bench_photo_save.py
	$(TEST_ENV) $(BIN)/python benchmarks/bench_gallery.py
	$(TEST_ENV) $(BIN)/python benchmarks/bench_camera.py
	$(TEST_ENV) $(BIN)/python benchmarks/bench_contract_pdf.py
	$(TEST_ENV) $(BIN)/python benchmarks/bench_record_pdf.py

screenshots: $(STAMP)
	$(TEST_ENV) $(BIN)/python -m salon_crm.gui.shell.screenshots screenshots

translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none $$(find salon_crm -name '*.py' | sort) \
		$$(find ui -name '*.ui' | sort) \
		-ts $(foreach l,ru uk pl,resources/translations/salon_crm_$(l).ts)

package: $(STAMP)
	$(BIN)/python -m pip wheel --no-deps -w dist .

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
