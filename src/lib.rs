//! Unpublished helper package: owns the top-level `examples/`, `benches/` and `tests/`.
