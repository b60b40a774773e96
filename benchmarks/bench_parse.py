"""Benchmark: reportdiff's cold and warm runs against pdfplumber's own text extraction.

    python benchmarks/bench_parse.py [OLD.pdf NEW.pdf] [--runs N] [--skip-scaling]
                                     [--skip-timeline]

Each measurement is a whole process (its workers included), so interpreter start-up and
imports count on both sides.  Wall time and CPU time (user + system of the process and every
child it reaped) are reported as median and range over the runs; peak memory is the largest
resident set of the process or any of its children (``wait4``).

- raw:    ``python -c`` that opens both PDFs with pdfplumber and calls ``extract_text()`` on
          every page, closing each page when done (as a careful caller would);
- cold:   ``reportdiff diff OLD NEW --format json --no-cache``, with the compiled patterns
          an earlier run kept (``reportdiff.regexcache``, as the byte code is kept) and no
          parsed model or kept result;
- cold, first run: the same with nothing kept at all (the patterns are compiled and
          written): what the very first run after an install or upgrade costs;
- warm:   the same command again: answered from the kept result (``library.results``);
- warm, models: the same command with only the parsed models cached (its kept result removed
          before each run), as a new question about editions read before is answered.
- scaling: ``reportdiff show FILE --format json --no-cache`` of the 2021 letter re-rendered at
          4, 40 and 160 pages (its four pages repeated, through fixtures/build.py and
          reportlab: deterministic), to see that time grows linearly and memory does not;
- timeline: ``reportdiff timeline --all --no-cache`` over a library of 12 editions (and the
          two bundled ones), with the pool against one worker (``REPORTDIFF_WORKERS=1``):
          once with 12 corpus editions of 2 pages each, where start-up (the interpreter,
          the imports and the reader's preload, about 0.1 s that no pool can split) weighs
          most, and once with 12 editions at the real 2021 letter's length (8 pages: its
          four pages twice, re-rendered as for the scaling run).

Every process runs with byte-compiled modules (written under the temporary directory, even
when ``PYTHONDONTWRITEBYTECODE`` is set), after one unmeasured run of each command.

Targets: cold ≤ 0.6× raw wall and ≤ 1.0× raw CPU; warm ≤ 0.2× raw wall (the models-only row
has none: it is shown so that no one takes the kept result for the whole story); 160 pages
linear in time with peak memory within 10 % of the 4-page run; the pool ≥ 1.8× one worker on
2 cores.
No timing is asserted anywhere.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = (
    ROOT / "fixtures" / "editions" / "2020-kamerstuk.pdf",
    ROOT / "fixtures" / "editions" / "2021-letter.pdf",
)
RAW = (
    "import sys, pdfplumber\n"
    "for f in sys.argv[1:]:\n"
    "    with pdfplumber.open(f) as pdf:\n"
    "        for page in pdf.pages:\n"
    "            page.extract_text()\n"
    "            page.close()\n"
)


class Run(NamedTuple):
    wall: float
    cpu: float
    peak_mb: float


def _command() -> list[str]:
    exe = shutil.which("reportdiff")
    return [exe] if exe else [sys.executable, "-m", "reportdiff"]


def _run(argv: list[str], env: dict[str, str]) -> Run:
    started = time.perf_counter()
    proc = subprocess.Popen(
        argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, close_fds=True
    )
    assert proc.stderr is not None
    err = proc.stderr.read()
    # wait4 gives this process's own usage, its reaped workers included.
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed: {err.decode(errors='replace')}")
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def _stats(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


def _row(name: str, runs: list[Run], base: list[Run] | None, target: str = "") -> str:
    wall, wlo, whi = _stats([r.wall for r in runs])
    cpu, clo, chi = _stats([r.cpu for r in runs])
    peak = statistics.median([r.peak_mb for r in runs])
    ratio = ""
    if base is not None:
        bw = statistics.median([r.wall for r in base])
        bc = statistics.median([r.cpu for r in base])
        ratio = f"{wall / bw:>6.2f}× {cpu / bc:>6.2f}×"
    return (
        f"{name:16}{wall:>7.3f}s ({wlo:.3f}–{whi:.3f}){cpu:>8.3f}s ({clo:.3f}–{chi:.3f})"
        f"{peak:>7.0f} MB  {ratio:15} {target}"
    )


def _header(first: str) -> str:
    return (
        f"{first:16}{'wall median (range)':>26}{'CPU median (range)':>27}{'peak':>10}"
        f"  {'wall/CPU ratio':15} target"
    )


def _build_long(out: Path, repeat: int) -> Path:
    """The 2021 letter's source with its pages repeated, rendered as the fixtures are."""
    sys.path.insert(0, str(ROOT / "fixtures"))
    try:
        import build  # type: ignore[import-not-found]  # fixtures/build.py
    finally:
        sys.path.pop(0)
    src = build.parse_source((build.SOURCES / "2021-letter.src").read_text(encoding="utf-8"))
    long = build.Source(dict(src.meta), [p for _ in range(repeat) for p in src.pages])
    build.build_document(long, build.LETTER, out)
    return out


def _timeline(rd: list[str], lib: Path, base_env: dict[str, str], cache: Path, runs: int) -> None:
    """``timeline --all --no-cache`` over the library *lib* (and the bundled editions), the
    pool against one worker."""
    tl = [*rd, "timeline", "--all", "--library", str(lib), "--no-cache"]
    env = {**base_env, "REPORTDIFF_CACHE_DIR": str(cache), "REPORTDIFF_LIBRARY": str(lib)}
    _run(tl, env)  # unmeasured: compiles the timeline's modules
    one = [_run(tl, {**env, "REPORTDIFF_WORKERS": "1"}) for _ in range(max(3, runs // 2))]
    pool = [_run(tl, env) for _ in range(max(3, runs // 2))]
    print(_row("1 worker", one, None))
    print(_row("pool", pool, one, "pool ≥ 1.8× faster on 2 cores"))
    speedup = statistics.median(r.wall for r in one) / statistics.median(r.wall for r in pool)
    print(f"pool speed-up: {speedup:.2f}×")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="two PDFs (default: the bundled pair)")
    parser.add_argument("--runs", type=int, default=7, help="runs of each measurement (default 7)")
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument("--skip-timeline", action="store_true")
    args = parser.parse_args(argv)
    files = tuple(args.files) if args.files else DEFAULT
    if len(files) != 2:
        parser.error("give two PDFs, or none for the bundled pair")
    rd = _command()
    diff = [*rd, "diff", str(files[0]), str(files[1]), "--format", "json"]
    raw = [sys.executable, "-c", RAW, str(files[0]), str(files[1])]

    print(f"files:   {files[0].name}, {files[1].name}")
    cpu_model = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor() or "?",
        )
        if Path("/proc/cpuinfo").exists()
        else platform.processor()
    )
    print(
        f"machine: {platform.machine()} {platform.system()}, {os.cpu_count()} cores "
        f"(nproc {len(os.sched_getaffinity(0)) if hasattr(os, 'sched_getaffinity') else '?'}), "
        f"{cpu_model}, Python {platform.python_version()}"
    )
    print(f"runs:    {args.runs} of each, whole processes; medians and ranges")
    print()

    results: dict[str, list[Run]] = {
        "raw": [],
        "cold": [],
        "cold, first run": [],
        "warm": [],
        "warm, models": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        # Byte-compiled modules, as an installed package has them: with PYTHONDONTWRITEBYTECODE
        # set (as in some shells and CI), every run would compile reportdiff's own sources
        # again, tens of milliseconds that no user pays.  Kept out of the source tree.
        base_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        base_env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        # One unmeasured run of each: compiles the byte code, warms the disk cache.
        warmup = {**base_env, "REPORTDIFF_CACHE_DIR": str(Path(tmp) / "warmup")}
        _run(raw, warmup)
        _run([*diff, "--no-cache"], warmup)
        # The compiled patterns that run kept (reportdiff.regexcache), which every later run
        # finds as it finds the byte code; no parsed model, no kept result.
        patterns = sorted((Path(tmp) / "warmup").glob("patterns-*.bin"))
        for i in range(args.runs):
            cache = Path(tmp) / f"cache-{i}"
            env = {**base_env, "REPORTDIFF_CACHE_DIR": str(cache)}
            results["raw"].append(_run(raw, env))
            # A first run (nothing kept: the patterns compiled and written), shown without a
            # target so that no one takes the kept patterns for the whole story.
            results["cold, first run"].append(_run([*diff, "--no-cache"], env))
            shutil.rmtree(cache)
            cache.mkdir()
            for kept in patterns:
                shutil.copy(kept, cache / kept.name)
            results["cold"].append(_run([*diff, "--no-cache"], env))
            _run(diff, env)  # fills the cache: the models and the kept result
            results["warm"].append(_run(diff, env))
            shutil.rmtree(cache / "results")  # only the models are left
            results["warm, models"].append(_run(diff, env))
        print(_header(""))
        targets = {
            "raw": "",
            "cold": "≤ 0.6× wall, ≤ 1.0× CPU",
            "cold, first run": "(none)",
            "warm": "≤ 0.2× wall",
            "warm, models": "(none)",
        }
        for name in targets:
            print(_row(name, results[name], results["raw"], targets[name]))

        if not args.skip_scaling:
            print()
            print(_header("scaling"))
            base: list[Run] | None = None
            env = {**base_env, "REPORTDIFF_CACHE_DIR": str(Path(tmp) / "scaling-cache")}
            for repeat in (1, 10, 40):
                path = _build_long(Path(tmp) / f"letter-x{repeat}.pdf", repeat)
                show = [*rd, "show", str(path), "--format", "json", "--no-cache"]
                runs = [_run(show, env) for _ in range(max(3, args.runs // 2))]
                base = base or runs
                wall = statistics.median(r.wall for r in runs)
                per_page = wall / (4 * repeat)
                mem = statistics.median(r.peak_mb for r in runs) / statistics.median(
                    r.peak_mb for r in base
                )
                print(
                    _row(f"{4 * repeat} pages", runs, None)
                    + f"{per_page * 1000:.0f} ms/page, memory {mem:.2f}× 4 pages"
                )

        if not args.skip_timeline:
            corpus = sorted((ROOT / "fixtures" / "corpus" / "pdf").glob("*.pdf"))[:12]
            letter = _build_long(Path(tmp) / "letter-x2.pdf", 2)
            libraries = {
                "timeline, 12 corpus editions (2 pages each)": [(p.name[:4], p) for p in corpus],
                "timeline, 12 editions of the real letter's length (8 pages)": [
                    (str(2041 + i), letter) for i in range(12)
                ],
            }
            for n, (title, editions) in enumerate(libraries.items()):
                print()
                print(_header(title))
                lib = Path(tmp) / f"library-{n}"
                lib.mkdir()
                for year, pdf in editions:
                    shutil.copy(pdf, lib / f"{year}.pdf")
                _timeline(rd, lib, base_env, Path(tmp) / f"tl-cache-{n}", args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
