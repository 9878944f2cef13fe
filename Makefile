# factsift: the README's commands, and the checks CI runs (`make test`).
CARGO ?= cargo

.PHONY: demo test test-rust lint deny fmt bench fuzz
demo: ## Run the main job on the bundled sample article
	$(CARGO) run --release -q -p factsift-cli -- extract examples/sample_article.txt

test: lint deny test-rust ## Format check, clippy (warnings are errors), license policy, all tests

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

# Dependency licenses and bans against deny.toml (offline: no advisory database here).
deny:
	command -v cargo-deny >/dev/null || $(CARGO) install --locked cargo-deny@0.20.2
	$(CARGO) deny check licenses bans

test-rust:
	$(CARGO) test --workspace

fmt:
	$(CARGO) fmt --all

bench:
	$(CARGO) bench -p factsift-dev

# Coverage-guided fuzzing for a bounded time per target (needs the nightly toolchain).
FUZZ_SECONDS ?= 300
fuzz:
	command -v cargo-fuzz >/dev/null || $(CARGO) install --locked cargo-fuzz@0.13.2
	for t in $$($(CARGO) +nightly fuzz list); do \
	  $(CARGO) +nightly fuzz run $$t -- -max_total_time=$(FUZZ_SECONDS) -dict=fuzz/$$t.dict || exit 1; done
