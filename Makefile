# factsift: the README's commands, and the checks CI runs (`make test`).
CARGO ?= cargo

.PHONY: demo test test-rust test-python python-install lint deny fmt bench bench-python bench-engines fuzz
demo: ## Run the main job on the bundled sample article
	$(CARGO) run --release -q -p factsift-cli -- extract examples/sample_article.txt

test: lint deny test-rust test-python ## Format check, clippy (warnings are errors), license policy, all tests

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

# Dependency licenses and bans against deny.toml (offline: no advisory database here).
deny:
	command -v cargo-deny >/dev/null || $(CARGO) install --locked cargo-deny@0.20.2
	$(CARGO) deny check licenses bans

test-rust:
	$(CARGO) test --workspace

# The Python package: pip builds it (maturin) into a virtual environment at .venv, then pytest
# runs python/tests (including mypy.stubtest of the .pyi stubs against the compiled module) and
# mypy --strict checks the package, its stubs, the tests, the bench and the Python examples.
PYTHON ?= python3
VENV ?= .venv
VENV_BIN := $(VENV)/bin

$(VENV)/.dev-deps: python/requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV_BIN)/python -m pip install --quiet --disable-pip-version-check -r python/requirements-dev.txt
	touch $@

python-install: $(VENV)/.dev-deps
	$(VENV_BIN)/python -m pip install --quiet --disable-pip-version-check --no-build-isolation \
	  --force-reinstall --no-deps ./python

test-python: python-install
	$(VENV_BIN)/pytest -q python/tests
	$(VENV_BIN)/mypy --strict --config-file python/pyproject.toml python/factsift python/tests python/bench \
	  examples/python_quickstart.py examples/render_html.py examples/spark_pipeline.py \
	  examples/dask_pipeline.py

fmt:
	$(CARGO) fmt --all

bench:
	$(CARGO) bench -p factsift-dev

# extract_many over 10,000 generated news-like documents against `factsift extract --jsonl`.
bench-python: python-install
	$(CARGO) build --release -q -p factsift-cli
	$(VENV_BIN)/python python/bench/bench_batch.py

# Threads, Spark local[2] and Dask (two workers) against the CLI, and to_arrow/to_pandas, on
# the same 10,000 documents (Spark needs Java).
bench-engines: python-install
	$(CARGO) build --release -q -p factsift-cli
	$(VENV_BIN)/python python/bench/bench_engines.py

# Coverage-guided fuzzing for a bounded time per target (needs the nightly toolchain).
FUZZ_SECONDS ?= 300
fuzz:
	command -v cargo-fuzz >/dev/null || $(CARGO) install --locked cargo-fuzz@0.13.2
	for t in $$($(CARGO) +nightly fuzz list); do \
	  $(CARGO) +nightly fuzz run $$t -- -max_total_time=$(FUZZ_SECONDS) -dict=fuzz/$$t.dict || exit 1; done
