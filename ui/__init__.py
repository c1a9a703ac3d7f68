"""Studio Desktop's PySide6 user interface: the shell, one sub-package per module."""
