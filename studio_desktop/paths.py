"""Where things live: the default database, logs, and the desktop entry (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from studio_desktop import ORG_NAME

DB_FILENAME = "studio.sqlite3"
ENV_DB = "STUDIO_DESKTOP_DB"


def data_dir() -> Path:
    return platformdirs.user_data_path(ORG_NAME, appauthor=False)


def log_dir() -> Path:
    return platformdirs.user_log_path(ORG_NAME, appauthor=False)


def default_db_path() -> Path:
    """``--db`` wins, then $STUDIO_DESKTOP_DB, then the platform's user data folder."""
    env = os.environ.get(ENV_DB)
    return Path(env).expanduser() if env else data_dir() / DB_FILENAME


def resolve_db(arg: str | None) -> Path:
    path = Path(arg).expanduser() if arg else default_db_path()
    return path.resolve()
