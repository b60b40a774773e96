"""Benchmark: reportdiff's cold and warm runs against pdfplumber's own text extraction.

    python benchmarks/bench_parse.py [OLD.pdf NEW.pdf] [--runs N]

Each measurement is a whole process, so interpreter start-up and imports count on both sides:

- raw:  ``python -c`` that opens both PDFs with pdfplumber and calls ``extract_text()`` on
        every page;
- cold: ``reportdiff diff OLD NEW --format json`` with an empty cache;
- warm: the same command again, served from the parsed-model cache.

It prints the median of each, and the ratios to raw (targets: cold ≤ 1.2×, warm ≤ 0.3×).
Plain Python, no dependencies beyond reportdiff itself.  No timing is asserted anywhere.
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
)


def _command() -> list[str]:
    exe = shutil.which("reportdiff")
    return [exe] if exe else [sys.executable, "-m", "reportdiff"]


def _time(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(
        argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False
    )
    elapsed = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed: {proc.stderr.decode(errors='replace')}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="two PDFs (default: the bundled pair)")
    parser.add_argument("--runs", type=int, default=7, help="runs of each measurement (default 7)")
    args = parser.parse_args(argv)
    files = tuple(args.files) if args.files else DEFAULT
    if len(files) != 2:
        parser.error("give two PDFs, or none for the bundled pair")
    diff = [*_command(), "diff", str(files[0]), str(files[1]), "--format", "json"]
    raw = [sys.executable, "-c", RAW, str(files[0]), str(files[1])]

    results: dict[str, list[float]] = {"raw": [], "cold": [], "warm": []}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.runs):
            cache = Path(tmp) / f"cache-{i}"
            env = {**os.environ, "REPORTDIFF_CACHE_DIR": str(cache)}
            results["raw"].append(_time(raw, env))
            results["cold"].append(_time(diff, env))  # the cache folder is new: cold
            results["warm"].append(_time(diff, env))  # now it holds both models

    medians = {k: statistics.median(v) for k, v in results.items()}
    print(f"files:   {files[0].name}, {files[1].name}")
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}"
    )
    print(f"runs:    {args.runs} of each, whole processes, medians")
    print()
    print(f"{'':6}{'median':>10}{'ratio to raw':>15}   target")
    targets = {"raw": "", "cold": "≤ 1.2×", "warm": "≤ 0.3×"}
    for name in ("raw", "cold", "warm"):
        ratio = medians[name] / medians["raw"]
        print(f"{name:6}{medians[name]:>9.3f}s{ratio:>14.2f}×   {targets[name]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
