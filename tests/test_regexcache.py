"""reportdiff.regexcache: compiled patterns kept between runs, exactly as re compiles them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Builds the parser as a worker does (the kept patterns put into re's cache first, then the
# ones compiled anew kept), and prints what happened.
WARM = """
import json, re
from reportdiff import regexcache
installed = regexcache.install()
from reportdiff.parse import preload
preload()
added = regexcache.update()
print(json.dumps({"installed": installed, "added": added}))
"""

# For every kept pattern: the pattern re's cache now gives equals the one re compiles itself
# (CPython compares the source, the flags and the whole program), and it matches the same.
CHECK = """
import json, marshal, re
from re import _compiler
from reportdiff import regexcache
body = regexcache.path().read_bytes().split(b"\\n", 2)[2]
_stamp, programs = marshal.loads(body)
regexcache.install()
unequal = []
for pattern, flags in programs:
    kept = re.compile(pattern, flags)
    fresh = _compiler.compile(pattern, flags)
    if kept != fresh or kept.groupindex != fresh.groupindex or kept.groups != fresh.groups:
        unequal.append(pattern[:60])
probe = ("Nederland draagt in 2021 EUR 1,2 miljard bij aan de MoU met Duitsland "
         "(Kamerstuk 33279, nr. 30).")
same = all(
    [m.span() for m in re.compile(p, f).finditer(probe if isinstance(p, str) else probe.encode())]
    == [m.span() for m in _compiler.compile(p, f).finditer(
        probe if isinstance(p, str) else probe.encode())]
    for p, f in programs
)
print(json.dumps({"kept": len(programs), "unequal": unequal, "same": same}))
"""


# As a command runs: the start stage installed first, then the reader imported, the stage
# boundary marked, the parser's stage installed and the parser built; prints what each stage
# installed, what was added, and what each file now holds.
STAGED = """
import json, marshal
from reportdiff import regexcache
start = regexcache.install("start")
again = regexcache.install("start")
from reportdiff.extract import preload_reader
preload_reader()
regexcache.mark()
parser = regexcache.install("parser")
from reportdiff.parse import preload
preload()
added = regexcache.update()
held = {}
for stage in regexcache.STAGES:
    kept = regexcache._read(regexcache.path(stage)) if regexcache.path(stage).exists() else {}
    held[stage] = sorted(repr(k) for k in kept)
print(json.dumps({"start": start, "again": again, "parser": parser, "added": added,
                  "held": held}))
"""


def _run(code: str, cache: Path, seed: str = "0") -> dict[str, object]:
    env = {**os.environ, "REPORTDIFF_CACHE_DIR": str(cache), "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder after one first run (which compiles and keeps every pattern)."""
    cache = tmp_path_factory.mktemp("patterns")
    first = _run(WARM, cache, seed="1")
    assert first["installed"] == 0
    assert isinstance(first["added"], int) and first["added"] > 200  # the parser's ~230
    return cache


def test_a_second_run_compiles_nothing_new_whatever_the_hash_seed(kept: Path) -> None:
    # The parser's alternations are sorted the same in every process (longest first, then
    # alphabetically), so a run with other string hashing finds every one of its patterns.
    second = _run(WARM, kept, seed="2")
    assert isinstance(second["installed"], int) and second["installed"] > 200
    assert second["added"] == 0


def test_every_kept_pattern_is_the_one_re_compiles(kept: Path) -> None:
    checked = _run(CHECK, kept)
    assert isinstance(checked["kept"], int) and checked["kept"] > 200
    assert checked["unequal"] == []
    assert checked["same"] is True


def test_a_damaged_file_is_ignored(kept: Path, tmp_path: Path) -> None:
    from reportdiff import regexcache

    cache = tmp_path / "damaged"
    cache.mkdir()
    source = next(kept.glob("patterns-*.bin"))
    data = bytearray(source.read_bytes())
    data[-10] ^= 0xFF  # one flipped bit in the programs: the checksum no longer holds
    (cache / source.name).write_bytes(bytes(data))
    run = _run(WARM, cache)
    assert run["installed"] == 0
    assert isinstance(run["added"], int) and run["added"] > 200  # rewritten whole
    assert regexcache._read(cache / source.name) != {}


def test_a_file_of_another_interpreter_is_ignored(kept: Path, tmp_path: Path) -> None:
    import hashlib
    import marshal

    from reportdiff import regexcache

    source = next(kept.glob("patterns-*.bin"))
    body = source.read_bytes().split(b"\n", 2)[2]
    _stamp, programs = marshal.loads(body)
    foreign = marshal.dumps((("2.7.18 (elsewhere)", 1, 4), programs))
    other = tmp_path / source.name
    other.write_bytes(
        b"reportdiff-patterns 1\n" + hashlib.sha256(foreign).hexdigest().encode() + b"\n" + foreign
    )
    assert regexcache._read(other) == {}
    assert regexcache._read(source) != {}


def test_no_cache_folder_costs_nothing_but_time(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    run = _run(WARM, blocked / "cache")
    assert run == {"installed": 0, "added": 0}


def test_each_stage_keeps_its_own_patterns(tmp_path: Path) -> None:
    first = _run(STAGED, tmp_path, seed="1")
    assert (first["start"], first["again"], first["parser"]) == (0, 0, 0)
    held = first["held"]
    assert isinstance(held, dict)
    start, parser = set(held["start"]), set(held["parser"])
    assert start and parser and not start & parser
    # The reader's: pdfminer's bytes patterns are kept too, in the start stage.
    assert any(k.startswith("(b") for k in start)
    assert len(parser) > 200  # the parser's ~230
    second = _run(STAGED, tmp_path, seed="2")
    assert second["start"] == len(start) - _compiled_on_import(tmp_path)
    assert second["again"] == 0  # each stage is read once
    assert second["parser"] == len(parser)
    assert second["added"] == 0
    assert second["held"] == held


def test_every_kept_pattern_is_put_in_however_full_re_cache_is(tmp_path: Path) -> None:
    # re's cache is meant to hold 512 patterns, and a command compiles some 100 before the
    # parser's 300: each kept one must still go in, or it is compiled again on every run
    # and the file written anew each time.  Here a program compiled 300 of its own first.
    # (The first run's own compiling pushes some of the start stage's out of re's cache
    # before they are kept, so the second run keeps those.)
    crowded = "import re\nfor i in range(300): re.compile(f'crowd{i}')\n" + STAGED
    for seed in "12":
        _run(crowded, tmp_path, seed=seed)
    third = _run(crowded, tmp_path, seed="3")
    held = third["held"]
    assert isinstance(held, dict) and len(held["parser"]) > 200
    assert third["parser"] == len(held["parser"])
    assert third["added"] == 0


def test_the_start_stages_patterns_are_kept_though_re_dropped_them(tmp_path: Path) -> None:
    # Over 512 patterns in a run: re's cache drops its oldest entries, the start stage's,
    # before update() runs.  They are kept all the same (as noted at mark()), so the first
    # run already writes the whole start stage and the next one finds nothing to add there.
    plain = _run(STAGED, tmp_path / "plain", seed="1")
    late = "import re\nfor i in range(600): re.compile(f'laat{i}')\n"
    crowded = _run(STAGED.replace("preload()\n", "preload()\n" + late, 1), tmp_path, seed="1")
    plain_held, crowded_held = plain["held"], crowded["held"]
    assert isinstance(plain_held, dict) and isinstance(crowded_held, dict)
    assert set(plain_held["start"]) <= set(crowded_held["start"])


def test_one_large_new_pattern_is_kept(tmp_path: Path) -> None:
    # A few new patterns are not worth writing the file for, unless they are large: one of
    # the vocabularies' alternations costs milliseconds to compile (babel's varying plural
    # rules, some 50 characters each, are what the count is for).
    _run(STAGED, tmp_path, seed="1")
    large = "re.compile('(?:' + '|'.join(f'vorm{i}' for i in range(300)) + ')')\n"
    grown = STAGED.replace("preload()\n", "preload()\nimport re\n" + large, 1)
    first = _run(grown, tmp_path, seed="2")
    held = first["held"]
    assert isinstance(held, dict)
    assert isinstance(first["added"], int) and first["added"] >= 1
    assert any("vorm299" in key for key in held["parser"])
    second = _run(grown, tmp_path, seed="3")
    assert second["added"] == 0
    assert second["parser"] == len(held["parser"])


def _compiled_on_import(cache: Path) -> int:
    """How many of the start stage's patterns are compiled by importing regexcache itself,
    before it can install them (found in re's cache already, so not counted)."""
    code = (
        "import json, re\n"
        "before = {k for k in re._cache}\n"
        "from reportdiff import regexcache\n"
        "kept = regexcache._read(regexcache.path('start'))\n"
        "now = {(k[1], k[2]) for k in re._cache}\n"
        "print(json.dumps(len([k for k in kept if k in now])))\n"
    )
    env = {**os.environ, "REPORTDIFF_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    count: int = json.loads(done.stdout)
    return count


def test_a_file_from_before_the_stages_is_split(tmp_path: Path) -> None:
    # One file for everything, as written before the stages (no mark): the next staged run
    # moves the reader's patterns to the start file instead of reading them twice.
    unstaged = STAGED.replace("regexcache.mark()", "")
    old = _run(unstaged, tmp_path)
    held = old["held"]
    assert isinstance(held, dict) and held["start"] == []
    staged = _run(STAGED, tmp_path)
    split = staged["held"]
    assert isinstance(split, dict)
    assert split["start"] and not set(split["start"]) & set(split["parser"])
    # Everything the one file held is kept, in one stage or the other.  (The staged run may
    # keep a few more: re's cache drops its oldest entries once it holds 512, and the run with
    # one file compiles all the patterns in one go, so the first ones compiled, json's, may
    # be gone from it by the time it keeps them.)
    assert set(held["parser"]) <= set(split["start"]) | set(split["parser"])


def test_cache_clear_removes_the_kept_patterns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportdiff import regexcache
    from reportdiff.library import cache

    monkeypatch.setenv("REPORTDIFF_CACHE_DIR", str(tmp_path))
    files = [regexcache.path(stage) for stage in regexcache.STAGES]
    for kept in files:
        assert kept is not None and kept.parent == tmp_path
        kept.write_bytes(b"reportdiff-patterns 1\n")
    assert len({*files}) == 2
    other = tmp_path / "notes.txt"
    other.write_text("someone else's")
    assert cache.clear() == 0  # no model was cached
    assert not any(kept.exists() for kept in files if kept is not None)
    assert other.exists()


def test_a_file_someone_else_may_write_is_not_read(kept: Path, tmp_path: Path) -> None:
    import shutil

    from reportdiff import regexcache

    source = next(kept.glob("patterns-*.bin"))
    shared = tmp_path / source.name
    shutil.copy(source, shared)
    shared.chmod(0o600)
    assert regexcache._read(shared) != {}
    shared.chmod(0o666)  # a shared $REPORTDIFF_CACHE_DIR: anyone may have written it
    assert regexcache._read(shared) == {}


def test_a_link_is_not_followed(kept: Path, tmp_path: Path) -> None:
    from reportdiff import regexcache

    source = next(kept.glob("patterns-*.bin"))
    link = tmp_path / source.name
    link.symlink_to(source)
    with pytest.raises(OSError):
        regexcache._read(link)  # install() and update() take this as "nothing kept"
