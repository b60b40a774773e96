"""``python -m reportdiff``."""

from reportdiff.cli import run

run()
