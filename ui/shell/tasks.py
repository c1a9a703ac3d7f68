"""Slow work off the GUI thread: one small runner (QThreadPool), results back by signal.

Pages receive a runner through their constructor (``tasks=``); tests pass InlineTaskRunner so
work runs synchronously and deterministically. Long work reports progress and can be cancelled:
the function gets a ``Progress`` it should call now and then; ``progress(...)`` returns False
once the user cancelled, and the function should then stop (raising ``Cancelled`` is fine).

SQLite has one writer: run writes through ``run(..., writes=True)``; the pool serialises those
on one lane (a dedicated single-thread pool) so two background writes never contend.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class Progress(Protocol):
    def __call__(self, done: int, total: int, text: str = "") -> bool: ...


class TaskHandle(QObject):
    """One running task: connect to its signals; ``cancel()`` asks it to stop."""

    progressed = Signal(int, int, str)
    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception (models' DomainError carries .message)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self._silenced = threading.Event()  # the window is going away: report nothing

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int, text: str = "") -> bool:
        self.progressed.emit(done, total, text)
        return not self._cancel.is_set()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], handle: TaskHandle) -> None:
        super().__init__()
        self._fn = fn
        self._handle = handle
        self.setAutoDelete(True)

    def run(self) -> None:
        execute(self._fn, self._handle)


def execute(fn: Callable[[Progress], Any], handle: TaskHandle) -> None:
    if handle._silenced.is_set():
        return
    try:
        result = fn(handle._progress)
    except Cancelled:
        outcome: tuple[Any, ...] = (handle.cancelled,)
    except Exception as exc:  # handed to the page, which shows it; logged for the record
        log.warning("background task failed", exc_info=True)
        outcome = (handle.failed, exc)
    else:
        outcome = (handle.cancelled,) if handle.is_cancelled else (handle.finished, result)
    if handle._silenced.is_set():
        return  # its page may be deleted by the time a queued signal would arrive
    signal, *args = outcome
    signal.emit(*args)


class TaskRunner:
    """Runs functions on a thread pool; writes go through one lane."""

    def __init__(self) -> None:
        self._pool = QThreadPool.globalInstance()
        self._writes = QThreadPool()
        self._writes.setMaxThreadCount(1)
        self._handles: set[TaskHandle] = set()
        self._held: list[tuple[QThreadPool, _Job]] | None = None
        self._closed = False

    def hold(self) -> None:
        """Queue new tasks instead of starting them (until ``release``).

        The window holds its runner until it has painted once: a worker importing SQLAlchemy
        and querying would otherwise compete with the first paint for the interpreter.
        """
        if self._held is None:
            self._held = []

    def release(self) -> None:
        held, self._held = self._held, None
        for pool, job in held or []:
            pool.start(job)

    def run(self, fn: Callable[[Progress], Any], *, writes: bool = False) -> TaskHandle:
        handle = TaskHandle()
        if self._refused(handle):
            return handle
        # Keep the handle alive until it reports, whatever the caller does with it.
        self._handles.add(handle)
        for signal in (handle.finished, handle.failed, handle.cancelled):
            signal.connect(lambda *_a, h=handle: self._handles.discard(h))
        pool = self._writes if writes else self._pool
        job = _Job(fn, handle)
        if self._held is not None:
            self._held.append((pool, job))
        else:
            # Start on the next turn of the event loop: the caller connects to the handle's
            # signals after run() returns, and a quick task must not report before that
            # (a queued signal with no receiver yet is simply lost).
            QTimer.singleShot(0, lambda: pool.start(job))
        return handle

    def _refused(self, handle: TaskHandle) -> bool:
        """After shutdown nothing new runs: ``handle`` is silenced and cancelled (True).

        A result delivered during shutdown may ask for follow-up work (the dashboard asks for
        its charts once the cards are in): its page is about to be deleted.
        """
        if self._closed:
            handle._silenced.set()
            handle.cancel()
        return self._closed

    def shutdown(self) -> None:
        """The window is closing: cancel every task and silence what they would report.

        Call it, then let the event loop deliver what was already reported, before the pages
        are deleted; a result arriving later would reach a deleted widget.
        """
        self._closed = True
        for handle in list(self._handles):
            handle._silenced.set()
            handle.cancel()
        self._held = None  # never start what was waiting for the first paint

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has finished (used on close and in tests)."""
        return self._pool.waitForDone(msecs) and self._writes.waitForDone(msecs)


class InlineTaskRunner(TaskRunner):
    """Runs each function at once on the calling thread: for tests."""

    def __init__(self) -> None:
        self._handles = set()
        self._held = None
        self._closed = False

    def run(self, fn: Callable[[Progress], Any], *, writes: bool = False) -> TaskHandle:
        handle = TaskHandle()
        if self._refused(handle):
            return handle
        self._handles.add(handle)
        # Signals connected after run() returns would miss an inline result: defer to the
        # caller's connect by emitting from a zero-delay timer.
        QTimer.singleShot(0, lambda: (execute(fn, handle), self._handles.discard(handle)))
        return handle

    def wait(self, msecs: int = -1) -> bool:
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.processEvents()
        return True
