"""Studio Desktop's composition root: entry points, paths, database store, backups, logging."""

__version__ = "0.1.0"
APP_NAME = "Studio Desktop"
APP_ID = "studio-desktop"
ORG_NAME = "StudioDesktop"
