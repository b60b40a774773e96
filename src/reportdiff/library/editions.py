"""The edition library: a year → a file, and what is known about each edition.

A year resolves, in this order, through ``--library DIR``, ``$REPORTDIFF_LIBRARY``, the user's
data folder (platformdirs) and the editions bundled with the package.  The catalog
(``catalog.json``) lists every edition known from the public record, with its official document
id where there is one, so ``reportdiff fetch YEAR`` knows where to get it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from reportdiff.dates import YEAR
from reportdiff.errors import EditionNotAvailableError, UnknownEditionError

__all__ = [
    "CatalogEntry",
    "EditionFile",
    "bundled_dir",
    "catalog",
    "library_dirs",
    "list_editions",
    "resolve",
    "sha256_of",
    "user_library",
]

_EDITION_FILE = re.compile(r"^(?P<year>" + YEAR + r")\b.*\.(?:pdf|txt)$", re.IGNORECASE)


class CatalogEntry(NamedTuple):
    """One edition of the public record."""

    year: int
    title: str
    sent: str | None
    form: str
    dossier: str | None
    number: str | None
    document_id: str | None
    reference: str | None
    bundled_file: str | None
    provenance: str | None

    def urls(self) -> tuple[str, ...]:
        if not self.document_id:
            return ()
        return tuple(
            p.format(document_id=self.document_id) for p in _catalog_data()["url_patterns"].values()
        )


class EditionFile(NamedTuple):
    """A resolved edition: where the file is and where it came from."""

    year: int | None
    path: Path
    origin: str  # "bundled", "library", "path"
    provenance: str | None = None

    @property
    def label(self) -> str | None:
        if self.origin == "bundled":
            return f"bundled: {self.provenance}" if self.provenance else "bundled"
        if self.origin == "library":
            return f"library: {self.path}"
        return None


@cache
def _catalog_data() -> dict[str, Any]:
    from importlib import resources

    text = (
        resources.files("reportdiff.library").joinpath("catalog.json").read_text(encoding="utf-8")
    )
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def catalog() -> dict[int, CatalogEntry]:
    out = {}
    for e in _catalog_data()["editions"]:
        bundled = e.get("bundled") or {}
        out[e["year"]] = CatalogEntry(
            year=e["year"],
            title=e["title"],
            sent=e.get("sent"),
            form=e["form"],
            dossier=e.get("dossier"),
            number=e.get("number"),
            document_id=e.get("document_id"),
            reference=e.get("reference"),
            bundled_file=bundled.get("file"),
            provenance=bundled.get("provenance"),
        )
    return out


def bundled_dir() -> Path | None:
    """Where the bundled editions are: package data in a wheel, ``fixtures/editions`` in a
    source checkout (an editable install keeps the one copy in git)."""
    from importlib import resources

    packaged = Path(str(resources.files("reportdiff"))) / "editions"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "fixtures" / "editions"
    return checkout if checkout.is_dir() else None


def user_library() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("reportdiff", appauthor=False)) / "editions"


def library_dirs(library: Path | None = None) -> list[Path]:
    """The folders searched for editions, first match wins."""
    dirs = []
    if library is not None:
        dirs.append(library)
    env = os.environ.get("REPORTDIFF_LIBRARY")
    if env:
        dirs.append(Path(env))
    dirs.append(user_library())
    return dirs


def _editions_in(folder: Path) -> dict[int, list[Path]]:
    """The edition files of *folder* by year, in name order with a year's PDF first (it beats
    a text layer of the same year).  A folder is listed once for all the years asked of it:
    ``list_editions`` resolves every known year, and asking the folder again for each one
    cost a stat of every file per year."""
    found: dict[int, list[Path]] = {}
    if not folder.is_dir():
        return found
    for p in sorted(folder.iterdir()):
        m = _EDITION_FILE.match(p.name)
        if m and p.is_file():
            found.setdefault(int(m.group("year")), []).append(p)
    for hits in found.values():
        hits.sort(key=lambda p: p.suffix.lower() != ".pdf")
    return found


def _folders(library: Path | None) -> list[tuple[Path, dict[int, list[Path]]]]:
    """Each folder searched, in order, with its edition files."""
    return [(folder, _editions_in(folder)) for folder in library_dirs(library)]


def _known_years(folders: list[tuple[Path, dict[int, list[Path]]]]) -> list[int]:
    years = set(catalog())
    for _folder, found in folders:
        years.update(found)
    return sorted(years)


def resolve(spec: str | Path, *, library: Path | None = None) -> EditionFile:
    """A year ("2021") or a path → the edition file to read."""
    text = str(spec)
    if not re.fullmatch(r"\d{4}", text):
        return EditionFile(None, Path(text), "path")
    return _resolve_year(int(text), _folders(library))


def _resolve_year(year: int, folders: list[tuple[Path, dict[int, list[Path]]]]) -> EditionFile:
    for _folder, found in folders:
        if year in found:
            return EditionFile(year, found[year][0], "library")
    entry = catalog().get(year)
    bundled = bundled_dir()
    if entry is not None and entry.bundled_file and bundled is not None:
        path = bundled / entry.bundled_file
        if path.is_file():
            return EditionFile(year, path, "bundled", entry.provenance)
    # Say where the file goes: the first folder searched (--library, else $REPORTDIFF_LIBRARY,
    # else the user's data folder), as a full path the user can copy.
    target = folders[0][0] / f"{year}.pdf"
    if entry is not None:
        how = (
            f"run `reportdiff fetch {year}`, or save its PDF as {target}"
            if entry.document_id
            else f"its download address is not known: save its PDF as {target} or pass its path"
        )
        raise EditionNotAvailableError(f"edition {year} is known but not on this machine; {how}")
    known = ", ".join(map(str, _known_years(folders)))
    raise UnknownEditionError(
        f"no edition {year} is known; known years: {known}; to use one, save its PDF as "
        f"{target} or pass its path"
    )


# Digests already taken in this process, by the file's identity and state: a command that
# looks up a cached result hashes its inputs, then loads them, and needs each digest once.
_DIGESTS: dict[tuple[int, int, int, int], str] = {}


def sha256_of(path: Path) -> str:
    with path.open("rb") as fh:
        info = os.fstat(fh.fileno())
        ident = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
        known = _DIGESTS.get(ident)
        if known is not None:
            return known
        h = hashlib.sha256()
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    _DIGESTS[ident] = digest = h.hexdigest()
    return digest


def list_editions(library: Path | None = None) -> list[dict[str, Any]]:
    """Every edition the catalog or the library folders know, with where it comes from."""
    rows = []
    folders = _folders(library)
    for year in _known_years(folders):
        entry = catalog().get(year)
        try:
            found: EditionFile | None = _resolve_year(year, folders)
        except (EditionNotAvailableError, UnknownEditionError):
            found = None
        rows.append(
            {
                "year": year,
                "title": entry.title if entry else None,
                "form": entry.form if entry else None,
                "origin": found.origin if found else "catalog only",
                "provenance": found.provenance if found else None,
                "on_machine": found is not None,
                "path": str(found.path) if found else None,
                "sha256": sha256_of(found.path)[:12] if found else None,
                "document_id": entry.document_id if entry else None,
            }
        )
    return rows
