"""Fuzz reportdiff with mutations of every fixture PDF, through the CLI and the API.

    python benchmarks/fuzz.py --n 1000 [--seed 13] [--jobs 4] [--timeout 10] [--memory-mb 512]

Each case mutates one PDF under fixtures/ (byte flips, truncation, a repeated or deleted
slice, a hostile token spliced in: huge numbers, deep nesting, bad lengths) and runs it in a
fresh process, in one of three ways: `reportdiff show` (exit 0 with valid JSON, or 2 and one
line), `reportdiff diff ORIGINAL MUTATION` (exit 0 or 1 with valid JSON, or 2 and one line), or
the API `reportdiff.load` (a report, or a ReportDiffError as one line).  Anything else is BAD:
another exit code, several lines, a traceback or an "internal error", invalid JSON, or a
process still running at the limit plus a grace period.  The summary gives each outcome
class and the peak memory of a case's processes (the largest of its main process and
workers).  Exit status 1 when any case is BAD.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = [
    b"/Length 99999999999999999999",
    b"9" * 400,
    b"[" * 5000,
    b"<<" * 3000,
    b"/Type /Pages /Count 2147483647",
    b"(\x1b]0;pwned\x07\x1b[2J)",
    b"1 0 R 1 0 R 1 0 R",
    b"-0.000000000000000000000000001e999999",
    b"stream\r\nxref\n0 999999999\n",
]


def mutate(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(5)
        if op == 0 or not out:
            for _ in range(rng.randint(1, 16)):
                if out:
                    out[rng.randrange(len(out))] = rng.randrange(256)
        elif op == 1:
            out = out[: rng.randrange(len(out))]
        elif op == 2 and len(out) > 2:
            a = rng.randrange(len(out))
            b = min(len(out), a + rng.randint(1, 4096))
            out[a:a] = out[a:b] * rng.randint(1, 8)
        elif op == 3 and len(out) > 2:
            a = rng.randrange(len(out))
            del out[a : a + rng.randint(1, 4096)]
        else:
            a = rng.randrange(len(out) + 1)
            out[a:a] = rng.choice(HOSTILE)
    return bytes(out)


API_SNIPPET = """
import sys
import reportdiff
from reportdiff.errors import ReportDiffError
from reportdiff.limits import Limits
try:
    r = reportdiff.load(sys.argv[1], use_cache=False, force=True,
                        limits=Limits(timeout=float(sys.argv[2]), memory_mb=int(sys.argv[3])))
    print(r.edition.year)
except ReportDiffError as exc:
    sys.stderr.write(f"error: {exc}\\n".replace("\\x1b", "\\\\x1b"))
    sys.exit(2)
"""


def one_case(
    case: tuple[int, str, Path, Path], timeout: float, memory_mb: int
) -> tuple[str, str, int, float]:
    """(outcome class, detail, peak KB, seconds) for one mutation.

    The case's peak is what ``wait4`` reports for its own process, which on Linux is the
    largest resident set of it and every child it reaped (its workers).  Its output goes to
    files and its JSON is checked by another process: a case that prints 50 MB of JSON would
    otherwise grow this process, and every case forked after it would start as large (a
    forked child's peak counts the memory it shares with its parent until it runs the
    program), which once showed a 48 MB case as 273 MB."""
    i, how, original, path = case
    base = [sys.executable, "-m", "reportdiff"]
    limits = ["--no-cache", "--timeout", f"{timeout:g}", "--memory-mb", str(memory_mb)]
    if how == "show":
        argv = [*base, "show", str(path), "--format", "json", "--force", *limits]
    elif how == "diff":
        argv = [*base, "diff", str(original), str(path), "--format", "json", "--force", *limits]
    else:
        argv = [sys.executable, "-c", API_SNIPPET, str(path), f"{timeout:g}", str(memory_mb)]
    env = {**os.environ, "REPORTDIFF_CACHE_DIR": str(path.parent / "cache")}
    out_path, err_path = path.with_suffix(".out"), path.with_suffix(".err")
    started = time.monotonic()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env, start_new_session=True)
    status, peak = _wait(proc.pid, timeout + 30)
    seconds = time.monotonic() - started
    if status is None:
        os.killpg(proc.pid, 9)
        os.waitpid(proc.pid, 0)
        return "BAD: hang", f"case {i} ({how}) did not end", 0, seconds
    proc.returncode = os.waitstatus_to_exitcode(status)
    errs = err_path.read_bytes()[-100_000:].decode("utf-8", "replace")
    lines = errs.splitlines()
    code = proc.returncode
    if code == 2:
        clean = "Traceback" not in errs and "\x1b" not in errs and "internal error" not in errs
        if len(lines) == 1 and clean:
            return "exit 2, one line", lines[0][:120], peak, seconds
        return "BAD: exit 2 not one line", f"case {i} ({how}): {errs[-300:]!r}", peak, seconds
    if code == 0 or (code == 1 and how == "diff"):
        if how == "api":
            ok = out_path.read_text("utf-8", "replace").strip().lstrip("-").isdigit()
        else:
            ok = _valid_report_json(out_path)
        if ok and not errs.strip():
            return f"exit {code}, json valid", "", peak, seconds
        return f"BAD: exit {code}", f"case {i} ({how}): {errs[-300:]!r}", peak, seconds
    return f"BAD: exit {code}", f"case {i} ({how}): {errs[-300:]!r}", peak, seconds


def _wait(pid: int, limit: float) -> tuple[int | None, int]:
    """The exit status and peak resident set (KB) of process *pid*, or (None, 0) when it is
    still running after *limit* seconds."""
    deadline = time.monotonic() + limit
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return status, usage.ru_maxrss
        if time.monotonic() > deadline:
            return None, 0
        time.sleep(0.02)


_CHECK_JSON = (
    "import json, sys; "
    "sys.exit(0 if json.load(open(sys.argv[1], encoding='utf-8')).get('schema_version') == 1 "
    "else 1)"
)


def _valid_report_json(path: Path) -> bool:
    """Whether *path* holds a report's or a diff's JSON, checked in a process of its own."""
    return subprocess.run([sys.executable, "-c", _CHECK_JSON, str(path)]).returncode == 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--jobs", type=int, default=max(1, min(os.cpu_count() or 1, 4)))
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--memory-mb", type=int, default=512)
    ns = ap.parse_args(argv)

    originals = sorted(
        p for p in (ROOT / "fixtures").rglob("*.pdf") if p.stat().st_size < 4 * 1024 * 1024
    )
    rng = random.Random(ns.seed)
    started = time.monotonic()
    counts: collections.Counter[str] = collections.Counter()
    bad: list[str] = []
    peak = 0
    slowest = 0.0
    with tempfile.TemporaryDirectory(prefix="reportdiff-fuzz-") as tmp:
        cases = []
        for i in range(ns.n):
            original = rng.choice(originals)
            path = Path(tmp) / f"case-{i:05d}.pdf"
            path.write_bytes(mutate(original.read_bytes(), rng))
            cases.append((i, rng.choice(("show", "diff", "api")), original, path))
        with concurrent.futures.ThreadPoolExecutor(ns.jobs) as pool:
            futures = [pool.submit(one_case, c, ns.timeout, ns.memory_mb) for c in cases]
            for done, future in enumerate(concurrent.futures.as_completed(futures), start=1):
                outcome, detail, kb, seconds = future.result()
                counts[outcome] += 1
                peak = max(peak, kb)
                slowest = max(slowest, seconds)
                if outcome.startswith("BAD"):
                    bad.append(detail)
                if done % 100 == 0:
                    print(f"  {done}/{ns.n} ...", file=sys.stderr, flush=True)
    print(
        f"fuzz: {ns.n} mutations of {len(originals)} fixture PDFs, seed {ns.seed}, "
        f"{ns.jobs} at a time, --timeout {ns.timeout:g} --memory-mb {ns.memory_mb}"
    )
    for outcome, n in sorted(counts.items()):
        print(f"  {outcome:28} {n:6}")
    print(
        f"  peak memory of a case: {peak / 1024:.0f} MB; slowest case {slowest:.1f} s; "
        f"total {time.monotonic() - started:.0f} s"
    )
    for detail in bad[:20]:
        print(f"  {detail}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
