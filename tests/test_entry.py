"""reportdiff._entry: the console script's first module installs the start stage's kept
patterns before the command line is imported, then runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Stands in for the command line: reports what was installed and what re had compiled by the
# time the command line would have been imported.
PROBE = """
import json, sys, types
from reportdiff import regexcache
fake = types.ModuleType("reportdiff.cli")
def run():
    installed = regexcache._installed.get("start")
    print(json.dumps({"installed": None if installed is None else len(installed),
                      "parser": "parser" in regexcache._installed}))
fake.run = run
sys.modules["reportdiff.cli"] = fake
from reportdiff._entry import run as entry
entry()
"""


def _python(args: list[str], cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REPORTDIFF_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_the_start_stage_is_installed_before_the_command_line(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    before = _python(["-c", PROBE], cache)
    assert json.loads(before.stdout) == {"installed": 0, "parser": False}  # nothing kept yet
    pdf = ROOT / "fixtures" / "editions" / "2021-letter.pdf"
    first = _python(["-m", "reportdiff", "show", str(pdf), "--format", "json", "--no-cache"], cache)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["edition"]["year"] == 2021
    assert sorted(p.name.endswith("-start.bin") for p in cache.glob("patterns-*.bin")) == [
        False,
        True,
    ]
    after = json.loads(_python(["-c", PROBE], cache).stdout)
    # The command line's and the reader's patterns (argparse's, pdfminer's), not the parser's.
    assert after["installed"] > 50
    assert after["parser"] is False
