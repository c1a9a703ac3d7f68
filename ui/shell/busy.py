"""Run one blocking job off the GUI thread behind a modal "please wait" dialog.

For the few jobs that must finish before anything else can happen (upgrading a studio file
before its window opens): the event loop keeps running, so the dialog paints and the
desktop never reports the program as frozen. Other slow work belongs to the TaskRunner.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
POLL_MS = 50


def run_busy(
    title: str,
    stages: Mapping[str, str],
    work: Callable[[Callable[[str], None]], T],
    parent: QWidget | None = None,
) -> T:
    """Run ``work(report)`` on a thread; ``report(stage)`` shows ``stages[stage]``.

    Returns what ``work`` returns, or raises what it raised (on the GUI thread). The dialog
    has no Cancel button: the jobs it is for are all-or-nothing and end on their own.
    """
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setRange(0, 0)  # busy: no honest percentage exists for a migration
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setMinimumWidth(420)
    dialog.setLabelText(next(iter(stages.values()), ""))
    stage: list[str] = []
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = work(stage.append)
        except BaseException as exc:  # handed to the GUI thread below
            outcome["error"] = exc

    thread = threading.Thread(target=run, name=f"busy: {title}", daemon=True)
    loop = QEventLoop()
    shown = ""

    def poll() -> None:
        nonlocal shown
        if stage and stage[-1] != shown:
            shown = stage[-1]
            dialog.setLabelText(stages.get(shown, shown))
        if not thread.is_alive():
            loop.quit()

    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(poll)
    dialog.show()
    thread.start()
    timer.start()
    loop.exec()
    timer.stop()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
