"""The chat tests use the answer tests' databases (the samples, the shared corpus) and rules settings."""

from answers.conftest import corpus_db, rules_settings, samples_db  # noqa: F401  (fixtures, shared)
