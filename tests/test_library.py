"""Tests for reportdiff.library.editions: resolving years, the catalog, and listing editions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reportdiff.errors import EditionNotAvailableError, UnknownEditionError
from reportdiff.library.editions import bundled_dir, catalog, list_editions, resolve

from .conftest import LETTER_2021, SYNTHETIC_2031


class TestResolve:
    """A year resolves through --library, $REPORTDIFF_LIBRARY, the user folder, the bundle."""

    def test_bundled(self) -> None:
        """2021 is the bundled published-text letter."""
        found = resolve("2021")
        assert found.origin == "bundled" and found.path.name == "2021-letter.pdf"
        assert found.provenance is not None and found.provenance.startswith("published text")
        assert bundled_dir() is not None

    def test_library_option_wins(self, tmp_path: Path) -> None:
        """A file in --library DIR beats the bundled one."""
        shutil.copy(LETTER_2021, tmp_path / "2021-mijn-kopie.pdf")
        found = resolve("2021", library=tmp_path)
        assert (found.origin, found.path) == ("library", tmp_path / "2021-mijn-kopie.pdf")

    def test_environment_library(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """$REPORTDIFF_LIBRARY is searched too, and makes new years known."""
        shutil.copy(SYNTHETIC_2031, tmp_path / "2031.pdf")
        monkeypatch.setenv("REPORTDIFF_LIBRARY", str(tmp_path))
        assert resolve("2031").path == tmp_path / "2031.pdf"
        assert 2031 in [r["year"] for r in list_editions()]

    def test_pdf_beats_text_layer_and_names_sort(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Of a year's files the PDF wins over a text layer, then the first name; other
        entries (a folder named like an edition, a file of another year) are not taken, and
        listing every edition resolves each year as resolving it alone does."""
        monkeypatch.setenv("REPORTDIFF_LIBRARY", str(tmp_path))
        (tmp_path / "2031-a.txt").write_text("tekst", encoding="utf-8")
        shutil.copy(SYNTHETIC_2031, tmp_path / "2031-b.pdf")
        shutil.copy(SYNTHETIC_2031, tmp_path / "2031-c.pdf")
        (tmp_path / "2032.pdf").mkdir()
        (tmp_path / "2033-notes.txt").write_text("tekst", encoding="utf-8")
        assert resolve("2031").path == tmp_path / "2031-b.pdf"
        assert resolve("2033").path == tmp_path / "2033-notes.txt"
        with pytest.raises(UnknownEditionError, match=r"2021, 2031, 2033;"):
            resolve("2032")
        rows = {r["year"]: r for r in list_editions()}
        assert 2032 not in rows
        for year in (2020, 2021, 2031, 2033):
            assert rows[year]["path"] == str(resolve(str(year)).path)

    def test_path_passes_through(self) -> None:
        """A path is used as it is."""
        assert resolve(str(LETTER_2021)).origin == "path"

    def test_unknown_and_unavailable(self) -> None:
        """An unknown year lists the known ones; a known one not here says how to get it."""
        with pytest.raises(
            UnknownEditionError, match=r"known years: 2013, 2014, 2015, 2016, 2020, 2021"
        ):
            resolve("1999")
        with pytest.raises(EditionNotAvailableError, match="reportdiff fetch 2015"):
            resolve("2015")


class TestCatalog:
    """The catalog holds the editions of the public record."""

    def test_entries(self) -> None:
        """2020 is Kamerstuk 33 279 nr. 32 with its print id; 2021 has no download address."""
        c = catalog()
        assert (c[2020].dossier, c[2020].number, c[2020].document_id) == (
            "33279",
            "32",
            "kst-33279-32",
        )
        assert c[2020].urls() == ("https://zoek.officielebekendmakingen.nl/kst-33279-32.pdf",)
        assert c[2021].reference == "BS2021028694" and c[2021].urls() == ()
        assert c[2020].provenance == "reconstructed from published facts"

    def test_list_marks_what_is_here(self) -> None:
        """Bundled editions are on the machine with a short hash; catalog-only ones are not."""
        rows = {r["year"]: r for r in list_editions()}
        assert rows[2020]["on_machine"] and len(rows[2020]["sha256"]) == 12
        assert rows[2013]["origin"] == "catalog only" and rows[2013]["sha256"] is None
