"""Logging to a rotating file in the user's log folder (and to stderr for the CLI)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from studio_desktop.paths import log_dir

LOG_NAME = "studio-desktop.log"


def setup_logging(*, verbose: bool = False, to_stderr: bool = False) -> Path:
    """Attach a 1 MB x 5 rotating file handler; returns the log file's path."""
    folder = log_dir()
    path = folder / LOG_NAME
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_studio_desktop", False)]:
        root.removeHandler(old)  # calling twice (tests, a second main()) must not double lines
        old.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        # A read-only home or full disk must not stop the program from starting.
        handler = logging.StreamHandler()
    handler.setFormatter(fmt)
    handler._studio_desktop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if to_stderr:
        err = logging.StreamHandler()
        err.setLevel(logging.DEBUG if verbose else logging.WARNING)
        err.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        err._studio_desktop = True  # type: ignore[attr-defined]
        root.addHandler(err)
    return path
