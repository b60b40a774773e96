"""The library API: load editions (through the library, the cache and the limited workers)
and diff them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reportdiff.errors import FileMissingError
from reportdiff.inputs import sniff
from reportdiff.library import cache as model_cache
from reportdiff.library.editions import EditionFile, resolve, sha256_of
from reportdiff.limits import Limits

if TYPE_CHECKING:
    from reportdiff.extract import Document
    from reportdiff.model import Report
    from reportdiff.sandbox.worker import Idle

__all__ = ["identify", "load", "load_many", "read_blocks", "resolve_edition"]


def resolve_edition(edition: str | int | Path, *, library: Path | None = None) -> EditionFile:
    """Where edition *edition* (a year or a path) is read from."""
    found = resolve(str(edition), library=library)
    if not found.path.exists():
        raise FileMissingError(
            f"{found.path}: no such file; check the path, or give a year "
            "(`reportdiff list` shows them)"
        )
    return found


def _sha256(path: Path) -> str:
    try:
        return sha256_of(path)
    except OSError as exc:
        raise FileMissingError(
            f"{path} cannot be read ({exc.strerror or exc}); check its permissions"
        ) from exc


def identify(
    editions: Sequence[str | int | Path],
    *,
    library: Path | None = None,
    limits: Limits | None = None,
) -> list[dict[str, object]]:
    """What decides each edition's model: its file's sha256 and the year, origin and label it
    was resolved as (the key of a cached result, ``library.results``).  Each file is checked
    (``inputs.sniff``) before it is hashed."""
    max_bytes = (limits or Limits()).max_bytes
    out: list[dict[str, object]] = []
    for edition in editions:
        found = resolve_edition(edition, library=library)
        sniff(found.path, max_bytes)
        out.append(
            {
                "sha256": _sha256(found.path),
                "year": found.year,
                "origin": found.origin,
                "label": found.label,
                "path": str(found.path.resolve()),
            }
        )
    return out


def load_many(
    editions: Sequence[str | int | Path],
    *,
    library: Path | None = None,
    password: str | None = None,
    force: bool = False,
    use_cache: bool = True,
    isolate: bool = True,
    limits: Limits | None = None,
    while_waiting: Idle | None = None,
) -> list[Report]:
    """Load several editions; those not cached are parsed at the same time, each in a child
    process with the *limits* (unless *isolate* is False).  *while_waiting* runs while the
    children work; not at all when everything was cached, as there is then no wait to hide
    it behind (the caller's preloading would only slow a cached run down)."""
    limits = (limits or Limits()).started()
    files = [resolve_edition(e, library=library) for e in editions]
    # What each file is (missing, unreadable, empty, over the size cap, not a PDF) is checked
    # before anything reads it whole: hashing an 8 GiB file for the cache key would take
    # longer than refusing it.
    for f in files:
        sniff(f.path, limits.max_bytes)
    results: list[Report | None] = [None] * len(files)
    keys: list[str | None] = [None] * len(files)
    shas: list[str | None] = [None] * len(files)
    todo: list[int] = []
    for i, f in enumerate(files):
        if f.path.is_file():
            shas[i] = _sha256(f.path)
        if use_cache and shas[i] is not None:
            keys[i] = model_cache.cache_key(shas[i] or "", force=force, year=f.year)
            hit = model_cache.get(keys[i] or "")
            if hit is not None:
                results[i] = hit
                continue
        todo.append(i)
    # The same file asked for twice (as the same year) is parsed once.
    unique: dict[tuple[Path, int | None], list[int]] = {}
    for i in todo:
        unique.setdefault((files[i].path.resolve(), files[i].year), []).append(i)
    if unique:
        from reportdiff.sandbox.worker import Job, parse_in_process, run_isolated

        jobs = [Job(files[i[0]].path, password, force, files[i[0]].year) for i in unique.values()]
        if isolate:
            reports = run_isolated(jobs, limits, while_waiting)
        else:
            # No child to hide the caller's work behind: it is left to be done when needed.
            reports = [parse_in_process(job, limits) for job in jobs]
        for idx, report in zip(unique.values(), reports, strict=True):
            for i in idx:
                results[i] = report
                key = keys[i]
                if use_cache and key is not None:
                    model_cache.put(key, report)
    return [
        _stamped(r, f, sha) for r, f, sha in zip(results, files, shas, strict=True) if r is not None
    ]


def _stamped(report: Report, found: EditionFile, sha: str | None) -> Report:
    """*report* with what the library knows of its file: the sha256 and where it came from
    (the parser never sets these, so a cached model is stamped the same way)."""
    import attrs

    return attrs.evolve(report, edition=attrs.evolve(report.edition, sha256=sha, label=found.label))


def load(
    edition: str | int | Path,
    *,
    library: Path | None = None,
    password: str | None = None,
    force: bool = False,
    use_cache: bool = True,
    isolate: bool = True,
    limits: Limits | None = None,
) -> Report:
    """Load one edition: a year (``2021``) through the edition library, or a path to a PDF or
    a saved text layer.  Served from the parsed-model cache when the file was read before.

    >>> import reportdiff
    >>> report = reportdiff.load(2021)          # doctest: +SKIP
    >>> [p.code for p in report.partners][:3]   # doctest: +SKIP
    ['BE', 'LU', 'DE']
    """
    return load_many(
        [edition],
        library=library,
        password=password,
        force=force,
        use_cache=use_cache,
        isolate=isolate,
        limits=limits,
    )[0]


def read_blocks(
    edition: str | int | Path,
    *,
    library: Path | None = None,
    password: str | None = None,
    isolate: bool = True,
    limits: Limits | None = None,
) -> Document:
    """The extracted headings and paragraphs of one edition (``reportdiff show --blocks``),
    read under the *limits* in a child process unless *isolate* is False."""
    found = resolve_edition(edition, library=library)
    if not isolate:
        from reportdiff.extract import extract

        return extract(found.path, password=password)
    from reportdiff.sandbox.worker import Job, read_isolated

    job = Job(found.path, password, False, found.year)
    (doc,) = read_isolated([job], limits or Limits())
    return doc
