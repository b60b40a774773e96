"""Tests for reportdiff._version: the parser version is a digest of the parser's sources, so a
cached model never outlives an edit of the extraction, parsing or vocabulary code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import reportdiff
from reportdiff._version import PARSER_SOURCES, digest_sources, parser_version
from reportdiff.library import cache

PACKAGE = Path(reportdiff.__file__).resolve().parent


def _copy_sources(tmp_path: Path) -> Path:
    root = tmp_path / "reportdiff"
    root.mkdir()
    for name in PARSER_SOURCES:
        src = PACKAGE / name
        if src.is_dir():
            shutil.copytree(src, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, root / name)
    return root


class TestParserVersion:
    """The digest of the parser sources."""

    def test_is_the_digest_of_the_installed_sources(self) -> None:
        """parser_version() is the digest of this package's parser sources."""
        assert parser_version() == digest_sources(PACKAGE)[:12]
        assert len(parser_version()) == 12
        assert parser_version() == reportdiff.PARSER_VERSION

    def test_every_parser_source_counts(self, tmp_path: Path) -> None:
        """An edit of any vocabulary, parse, extract or model file changes the version."""
        root = _copy_sources(tmp_path)
        before = digest_sources(root)
        assert before[:12] == parser_version()
        for relative in (
            "vocab/countries.py",
            "parse/budgets.py",
            "extract/_blocks.py",
            "model.py",
        ):
            path = root / relative
            original = path.read_bytes()
            path.write_bytes(original + b"\n# an edit\n")
            assert digest_sources(root) != before, relative
            path.write_bytes(original)
        assert digest_sources(root) == before

    def test_a_new_vocabulary_file_counts(self, tmp_path: Path) -> None:
        """A data file added to the vocabulary changes the version."""
        root = _copy_sources(tmp_path)
        before = digest_sources(root)
        (root / "vocab" / "extra.json").write_text('{"NZI": "Noordzee-initiatief"}')
        assert digest_sources(root) != before


class TestCacheKey:
    """What keys a cached model."""

    def test_vocabulary_edit_means_another_key(
        self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
    ) -> None:
        """A model cached before a vocabulary edit is not found after it."""
        monkeypatch.setenv("REPORTDIFF_CACHE_DIR", str(tmp_path / "cache"))
        report = reportdiff.load(2020, use_cache=False)
        old_key = cache.cache_key("f" * 64)
        cache.put(old_key, report)
        assert cache.get(old_key) == report
        # The same file after a vocabulary edit: the parser version differs.
        monkeypatch.setattr(cache, "parser_version", lambda: "edited000000")
        new_key = cache.cache_key("f" * 64)
        assert new_key != old_key
        assert cache.get(new_key) is None

    def test_year_hint_and_force_are_in_the_key(self) -> None:
        """A file resolved as 2022 is not served the model parsed as 2021."""
        keys = {
            cache.cache_key("abc"),
            cache.cache_key("abc", year=2021),
            cache.cache_key("abc", year=2022),
            cache.cache_key("abc", year=2022, force=True),
        }
        assert len(keys) == 4
        assert all(k.startswith("abc-p" + parser_version()) for k in keys)


def test_whole_package_digest_sees_every_file_but_the_bundled_editions(tmp_path: Path) -> None:
    root = tmp_path / "reportdiff"
    (root / "render" / "templates").mkdir(parents=True)
    (root / "editions").mkdir()
    (root / "__pycache__").mkdir()
    (root / "model.py").write_text("x = 1\n")
    (root / "render" / "templates" / "diff.html").write_text("<p>{{ x }}</p>\n")
    (root / "editions" / "2021.pdf").write_bytes(b"%PDF-1.4")
    (root / "__pycache__" / "model.cpython-311.pyc").write_bytes(b"\0")
    before = digest_sources(root, names=None)
    (root / "editions" / "2021.pdf").write_bytes(b"%PDF-1.7")
    (root / "__pycache__" / "model.cpython-311.pyc").write_bytes(b"\1")
    assert digest_sources(root, names=None) == before
    (root / "render" / "templates" / "diff.html").write_text("<p>{{ y }}</p>\n")
    assert digest_sources(root, names=None) != before
