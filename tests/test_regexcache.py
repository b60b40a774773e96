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
    [m.span() for m in re.compile(p, f).finditer(probe)]
    == [m.span() for m in _compiler.compile(p, f).finditer(probe)]
    for p, f in programs
)
print(json.dumps({"kept": len(programs), "unequal": unequal, "same": same}))
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


def test_cache_clear_removes_the_kept_patterns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportdiff import regexcache
    from reportdiff.library import cache

    monkeypatch.setenv("REPORTDIFF_CACHE_DIR", str(tmp_path))
    kept = regexcache.path()
    assert kept is not None and kept.parent == tmp_path
    kept.write_bytes(b"reportdiff-patterns 1\n")
    other = tmp_path / "notes.txt"
    other.write_text("someone else's")
    assert cache.clear() == 0  # no model was cached
    assert not kept.exists()
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
