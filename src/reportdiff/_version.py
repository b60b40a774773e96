"""Versions: the package's, and the parser's, which keys the parsed-model cache."""

from __future__ import annotations

__all__ = ["PARSER_VERSION", "SCHEMA_VERSION", "__version__"]

__version__ = "0.1.0"
# Bump whenever extraction or parsing changes what a Report holds: cached models made by
# another parser version are then ignored and rebuilt.
PARSER_VERSION = "1"

# The version of the JSON shape (``output-contract.md``): bumped when a field is renamed or
# removed.  Kept here, light to import, so that the cache can check it without the serializer.
SCHEMA_VERSION = 1
