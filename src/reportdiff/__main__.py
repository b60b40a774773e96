"""``python -m reportdiff``."""

from reportdiff._entry import run

run()
