# Two commands do all the set-up on a fresh machine (Python 3.11 with pip and venv):
#   make demo   install, then materialize the whole pipeline in replay into data/warehouse.duckdb
#   make test   install, then run the whole test suite
PYTHON ?= python3.11
UV_VERSION := 0.13.9
UV := .tools/bin/uv
VENV := .venv
INSTALLED := $(VENV)/.installed
export UV_PYTHON_DOWNLOADS := never
export UV_COMPILE_BYTECODE := 1

.PHONY: install prepare demo test clean

$(UV):
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet "uv==$(UV_VERSION)"

$(INSTALLED): pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --python "$$(command -v $(PYTHON))"
	touch $@

install: $(INSTALLED)

# dagster-dbt loads the manifest when the code location loads: parse the project first.
prepare: install
	cd dbt_project && ../$(VENV)/bin/dbt parse --profiles-dir . --quiet

demo: prepare
	$(VENV)/bin/python -m pipelines.demo

test: prepare
	$(VENV)/bin/python -m pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .tools data dbt_project/target dbt_project/logs
