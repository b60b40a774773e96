"""reportdiff test suite."""
