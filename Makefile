# factsift: the README's commands, and the checks CI runs (`make test`).
CARGO ?= cargo

.PHONY: demo test test-rust lint fmt bench
demo: ## Run the main job on the bundled sample article
	$(CARGO) run --release -q -p factsift-cli -- extract examples/sample_article.txt

test: lint test-rust ## Format check, clippy (warnings are errors), all tests

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

test-rust:
	$(CARGO) test --workspace

fmt:
	$(CARGO) fmt --all

bench:
	$(CARGO) bench -p factsift-dev
