"""The task runner: results, failures, progress and cancel come back as signals."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from models.errors import ValidationError
from ui.shell.tasks import Cancelled, InlineTaskRunner, TaskRunner


def test_result_arrives_by_signal_from_a_worker_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    handle = runner.run(lambda progress: sum(range(10)))
    with qtbot.waitSignal(handle.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [45]


def test_failure_carries_the_exception(qtbot: QtBot) -> None:
    def boom(progress):  # type: ignore[no-untyped-def]
        raise ValidationError("name", "Enter a name.")

    handle = TaskRunner().run(boom, writes=True)
    with qtbot.waitSignal(handle.failed, timeout=5000) as blocker:
        pass
    assert blocker.args[0].message == "Enter a name."


def test_progress_and_cancel(qtbot: QtBot) -> None:
    seen: list[int] = []

    def long(progress):  # type: ignore[no-untyped-def]
        for i in range(1000):
            if not progress(i, 1000, "working"):
                raise Cancelled
            time.sleep(0.002)
        return "done"

    handle = TaskRunner().run(long)
    handle.progressed.connect(lambda done, total, text: seen.append(done))
    qtbot.waitUntil(lambda: len(seen) > 3, timeout=5000)
    with qtbot.waitSignal(handle.cancelled, timeout=5000):
        handle.cancel()
    assert seen and seen[-1] < 999


def test_inline_runner_runs_on_the_calling_thread(qtbot: QtBot) -> None:
    handle = InlineTaskRunner().run(lambda progress: "now")
    with qtbot.waitSignal(handle.finished, timeout=1000) as blocker:
        pass
    assert blocker.args == ["now"]


def test_after_shutdown_nothing_new_starts_or_reports(qtbot: QtBot) -> None:
    runner = TaskRunner()
    ran: list[str] = []
    reported: list[object] = []
    runner.shutdown()  # the window is closing
    # A result delivered while it closes asks for follow-up work (as the dashboard does).
    handle = runner.run(lambda _p: ran.append("late") or "value")
    handle.finished.connect(reported.append)
    qtbot.wait(100)
    runner.wait(2000)
    assert ran == [] and reported == []
    assert handle.is_cancelled


def test_the_inline_runner_also_starts_nothing_after_shutdown(qtbot: QtBot) -> None:
    runner = InlineTaskRunner()
    ran: list[str] = []
    runner.shutdown()
    handle = runner.run(lambda _p: ran.append("late"))
    qtbot.wait(50)
    assert ran == [] and handle.is_cancelled
