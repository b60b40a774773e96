"""Tests for reportdiff.sandbox.worker: parsing in limited child processes, and a fuzz run."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from reportdiff.errors import ReportDiffError, ResourceLimitError
from reportdiff.sandbox.worker import Job, Limits, parse_in_process, run_isolated

from .conftest import BAD, LETTER_2021, PRINT_2020, SYNTHETIC_2031, SYNTHETIC_2032


class TestIsolation:
    """Children parse in parallel and are stopped at their limits."""

    def test_parallel_results_in_order(self) -> None:
        """Two jobs come back in the order asked."""
        a, b = run_isolated([Job(PRINT_2020), Job(LETTER_2021)], Limits())
        assert (a.edition.year, b.edition.year) == (2020, 2021)

    def test_same_result_as_in_process(self) -> None:
        """Isolation does not change the model."""
        (isolated,) = run_isolated([Job(LETTER_2021)], Limits())
        assert isolated == parse_in_process(Job(LETTER_2021), Limits())

    def test_bomb_stopped_by_wall_clock(self) -> None:
        """With the content cap raised, the timeout stops the bomb."""
        started = time.monotonic()
        with pytest.raises(ResourceLimitError, match="needs more than 1 s"):
            run_isolated([Job(BAD / "bomb.pdf")], Limits(max_content_mb=500, timeout=1))
        assert time.monotonic() - started < 10

    def test_bomb_stopped_by_memory(self) -> None:
        """With the content cap raised, the memory limit stops the bomb."""
        with pytest.raises(ResourceLimitError, match="needs more than 30 MB"):
            run_isolated([Job(BAD / "bomb.pdf")], Limits(max_content_mb=500, memory_mb=30))

    def test_bomb_refused_by_default(self) -> None:
        """The default content cap refuses the bomb at once."""
        started = time.monotonic()
        with pytest.raises(ResourceLimitError, match="decompression bomb"):
            run_isolated([Job(BAD / "bomb.pdf")], Limits())
        assert time.monotonic() - started < 5


def test_fuzzed_pdfs_end_cleanly(tmp_path: Path) -> None:
    """Random byte mutations of a fixture end in a report or a ReportDiffError, quickly."""
    original = PRINT_2020.read_bytes()
    rng = random.Random(20211231)
    limits = Limits(timeout=10, memory_mb=512)
    outcomes = {"report": 0, "error": 0}
    started = time.monotonic()
    for i in range(200):
        data = bytearray(original)
        for _ in range(rng.randint(1, 12)):
            pos = rng.randrange(len(data))
            data[pos] = rng.randrange(256)
        if rng.random() < 0.2:
            cut = rng.randrange(len(data))
            data = data[:cut]
        path = tmp_path / f"fuzz-{i}.pdf"
        path.write_bytes(bytes(data))
        t0 = time.monotonic()
        try:
            parse_in_process(Job(path, force=True), limits)
            outcomes["report"] += 1
        except ReportDiffError:
            outcomes["error"] += 1
        assert time.monotonic() - t0 < 10, f"mutation {i} took too long"
    assert sum(outcomes.values()) == 200
    assert outcomes["report"] > 0 and outcomes["error"] > 0
    assert time.monotonic() - started < 300


class TestPool:
    """Pages are taken from one queue per PDF, heaviest first; the result does not depend on
    how many readers took them."""

    def test_queue_hands_out_every_page_once(self) -> None:
        from itertools import count

        from reportdiff.extract._pdf import RawPage, iter_pages, page_weights

        places = count()
        readers = [iter_pages(LETTER_2021, claim=lambda: next(places)) for _ in range(2)]
        taken: list[int] = []
        while readers:  # the two readers take turns, as two processes might
            reader = readers.pop(0)
            page = next(reader, None)
            if page is not None:
                assert isinstance(page, RawPage)
                taken.append(page.number)
                readers.append(reader)
        weights = page_weights(LETTER_2021)
        assert sorted(taken) == list(range(1, len(weights) + 1))
        assert [weights[n - 1] for n in taken] == sorted(weights, reverse=True)

    def test_one_worker_reads_as_the_pool(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from reportdiff.sandbox.worker import read_isolated, worker_count

        jobs = [Job(PRINT_2020), Job(LETTER_2021)]
        pooled = read_isolated(jobs, Limits())
        monkeypatch.setenv("REPORTDIFF_WORKERS", "1")
        assert worker_count() == 1
        assert read_isolated(jobs, Limits()) == pooled

    def test_more_files_than_workers_read_whole(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """With more files than workers each file is read and parsed whole by one worker: the
        reports are the same, in the jobs' order."""
        monkeypatch.setenv("REPORTDIFF_WORKERS", "2")
        jobs = [Job(LETTER_2021), Job(PRINT_2020), Job(LETTER_2021, year=2021)]
        reports = run_isolated(jobs, Limits())
        assert reports == [parse_in_process(job, Limits()) for job in jobs]

    def test_caller_steps_run_in_order_on_a_free_core(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The caller's steps run in this process, each once and in order, while a core is
        free of children; the reports are the same whether or not they ran."""
        from reportdiff.sandbox import worker

        ran: list[int] = []
        steps = [lambda i=i: ran.append(i) for i in range(3)]
        jobs = [Job(PRINT_2020), Job(LETTER_2021)]
        monkeypatch.setattr(worker, "_cpus", lambda: 64)  # a core is always free
        reports = run_isolated(jobs, Limits(), while_waiting=steps)
        assert ran == [0, 1, 2]
        ran.clear()
        # No core free while any child works: the steps wait, and what is left at the end
        # is skipped (the caller imports it when it needs it).
        monkeypatch.setattr(worker, "_cpus", lambda: 0)
        assert run_isolated(jobs, Limits(), while_waiting=steps) == reports
        assert ran == []

    def test_a_child_whose_parent_is_gone_before_it_runs_ends(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A child forked just before its parent died (a signal between the fork and the
        child's first line) checks the pid it was forked by, not the parent it has now: it
        ends at once instead of living on under its new parent."""
        import multiprocessing

        from reportdiff.sandbox import worker

        ctx = multiprocessing.get_context("fork")
        # As if the process that forked it were another one, gone: the child's parent now.
        monkeypatch.setattr(worker, "_PARENT", 2**31 - 1)  # no process has this pid
        proc = ctx.Process(target=worker._die_with_parent)
        proc.start()
        proc.join(10)
        assert proc.exitcode == 1
        # Forked by this process, it stays (and returns normally).
        monkeypatch.setattr(worker, "_PARENT", None)
        proc = ctx.Process(target=worker._die_with_parent)
        proc.start()
        proc.join(10)
        assert proc.exitcode == 0

    def test_collector_is_restored_after_the_fork(self) -> None:
        """The parent pauses its collector while it loads the code and freezes its objects
        while it forks (sandbox.worker._read_and_finish); afterwards both are as they were,
        on success and on failure, and a caller that had turned collection off keeps it off."""
        import gc

        assert gc.isenabled()
        run_isolated([Job(PRINT_2020)], Limits())
        assert gc.isenabled() and gc.get_freeze_count() == 0
        with pytest.raises(ReportDiffError):
            run_isolated([Job(BAD / "truncated.pdf")], Limits())
        assert gc.isenabled() and gc.get_freeze_count() == 0
        gc.disable()
        try:
            run_isolated([Job(PRINT_2020)], Limits())
            assert not gc.isenabled()
        finally:
            gc.enable()

    def test_failure_among_whole_files(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """A bomb among whole files fails the run with its own error, the others notwithstanding."""
        monkeypatch.setenv("REPORTDIFF_WORKERS", "2")
        jobs = [Job(LETTER_2021), Job(BAD / "bomb.pdf"), Job(PRINT_2020)]
        with pytest.raises(ResourceLimitError, match=r"bomb\.pdf"):
            run_isolated(jobs, Limits())


def test_pages_of_the_last_files_are_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    """With more files than workers the smallest PDFs are read page by page by every worker,
    and a text layer among them whole: the reports are the ones read alone."""
    from reportdiff.sandbox.worker import _plans

    monkeypatch.setenv("REPORTDIFF_WORKERS", "2")
    jobs = [Job(SYNTHETIC_2031), Job(LETTER_2021), Job(SYNTHETIC_2032), Job(PRINT_2020)]
    files, plans, expected = _plans(jobs, ["pdf"] * 4, 2)
    by_size = sorted(range(4), key=lambda j: jobs[j].path.stat().st_size)
    assert {task.job for tasks in plans for task in tasks} == set(by_size[:2])
    assert [task.job for task in files] == by_size[:1:-1]  # largest first
    assert [expected[j] for j in by_size] == [2, 2, 1, 1]
    assert run_isolated(jobs, Limits()) == [parse_in_process(job, Limits()) for job in jobs]


@pytest.mark.parametrize("workers", ["2", "3"])
def test_large_shares_are_never_sent_to_a_busy_worker(
    monkeypatch: pytest.MonkeyPatch, workers: str
) -> None:
    """Two editions of 2,000 sections each: a file's shares of pages are far larger than a
    pipe holds.  Handed to a worker still reading the other file, the order and that worker's
    own share would each wait for the other end to read, until the deadline (the run took its
    whole --timeout before); an order now waits until its worker asks for one."""
    monkeypatch.setenv("REPORTDIFF_WORKERS", workers)
    a, b = run_isolated(
        [
            Job(BAD / "sections-2000-a.pdf", force=True),
            Job(BAD / "sections-2000-b.pdf", force=True),
        ],
        Limits(timeout=60),
    )
    assert len(a.sections) == len(b.sections) == 2001
    assert a.sections[1].title != b.sections[1].title  # -b rewords every title
