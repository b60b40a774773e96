"""Shared fixtures: the fixture editions, and an isolated cache and library for every test."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "text" / "rapportage-2021-extracted-text.txt"
LETTER_2021 = FIXTURES / "editions" / "2021-letter.pdf"
PRINT_2020 = FIXTURES / "editions" / "2020-kamerstuk.pdf"
SYNTHETIC_2031 = FIXTURES / "synthetic" / "2031-letter.pdf"
SYNTHETIC_2032 = FIXTURES / "synthetic" / "2032-kamerstuk.pdf"
VARIANTS = sorted((FIXTURES / "variants").glob("*.pdf"))
BAD = FIXTURES / "bad"

# Every edition-like fixture, with a readable id for parametrized snapshots.
EDITIONS = {
    "2020-kamerstuk": PRINT_2020,
    "2021-letter": LETTER_2021,
    "2021-seed-text": SEED,
    "2031-synthetic-letter": SYNTHETIC_2031,
    "2032-synthetic-kamerstuk": SYNTHETIC_2032,
    **{f"variant-{p.stem.removeprefix('2021-')}": p for p in VARIANTS},
}


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's cache or library."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("REPORTDIFF_CACHE_DIR", str(base / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "xdg-cache"))
    monkeypatch.delenv("REPORTDIFF_LIBRARY", raising=False)
