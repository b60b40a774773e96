"""Versions: the package's, and the parser's, which keys the parsed-model cache."""

from __future__ import annotations

__all__ = ["PARSER_VERSION", "__version__"]

__version__ = "0.1.0"
# Bump whenever extraction or parsing changes what a Report holds: cached models made by
# another parser version are then ignored and rebuilt.
PARSER_VERSION = "1"
