"""Tests for reportdiff.library.cache: the parsed-model cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportdiff.library import cache
from reportdiff.library.editions import sha256_of
from reportdiff.library.load import load
from reportdiff.serialize import report_to_dict

from .conftest import LETTER_2021


class TestCache:
    """Keyed by content and parser version; corrupt entries are rebuilt; writes are atomic."""

    def test_second_load_is_served_from_the_cache(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The second load reads the cached model and does not parse."""
        first = load(LETTER_2021)
        key = cache.cache_key(sha256_of(LETTER_2021))
        assert (cache.cache_dir() / f"{key}.json").is_file()

        def no_parsing(*_a: object, **_k: object) -> object:
            raise AssertionError("parsed again")

        monkeypatch.setattr("reportdiff.sandbox.worker.run_isolated", no_parsing)
        monkeypatch.setattr("reportdiff.sandbox.worker.parse_in_process", no_parsing)
        assert load(LETTER_2021) == first

    def test_key_has_parser_version(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Another parser version is another key."""
        a = cache.cache_key("abc")
        monkeypatch.setattr(cache, "parser_version", lambda: "999")
        assert cache.cache_key("abc") != a and "abc" in a

    def test_corrupt_entry_is_rebuilt(self) -> None:
        """A broken entry is ignored and written anew."""
        report = load(LETTER_2021)
        key = cache.cache_key(sha256_of(LETTER_2021))
        path = cache.cache_dir() / f"{key}.json"
        path.write_text("{ not json", encoding="utf-8")
        assert cache.get(key) is None
        assert load(LETTER_2021) == report
        assert json.loads(path.read_text(encoding="utf-8"))["cache_key"] == key

    def test_foreign_entry_is_ignored(self) -> None:
        """An entry whose key does not match its name is not trusted."""
        report = load(LETTER_2021, use_cache=False)
        path = cache.cache_dir() / "x.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"cache_key": "other", "report": report_to_dict(report)}))
        assert cache.get("x") is None

    def test_no_cache_writes_nothing(self) -> None:
        """use_cache=False leaves the cache empty."""
        load(LETTER_2021, use_cache=False)
        assert not list(Path(cache.cache_dir()).glob("*.json"))

    def test_atomic_write_leaves_no_temporary_files(self) -> None:
        """After a write only the entry is there."""
        load(LETTER_2021)
        names = [p.name for p in cache.cache_dir().iterdir()]
        assert len(names) == 1 and not names[0].startswith(".tmp-")
        assert cache.clear() == 1


def test_schema_version_matches_the_serializer() -> None:
    """The cache's copy of the schema version is the serializer's."""
    from reportdiff.serialize import SCHEMA_VERSION

    assert cache.SCHEMA_VERSION == SCHEMA_VERSION
