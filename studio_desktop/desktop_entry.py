"""Install a freedesktop .desktop file and icon so the app starts by double-click on Linux."""

from __future__ import annotations

import shutil
import sys
from importlib import resources
from pathlib import Path

import platformdirs

from studio_desktop import APP_ID, APP_NAME

ICON_NAME = APP_ID


def _launcher() -> str:
    """The installed GUI script beside this interpreter, else ``python -m studio_desktop``."""
    here = Path(sys.executable).parent / "studio-desktop"
    if here.exists():
        return str(here)
    found = shutil.which("studio-desktop")
    return found or f"{sys.executable} -m studio_desktop"


def _quote(arg: str) -> str:
    # Desktop Entry Spec: reserved characters require the argument to be double-quoted.
    if any(ch in arg for ch in " \t\n\"'\\><~|&;$*?#()`"):
        escaped = (
            arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
        )
        return f'"{escaped}"'
    return arg


def desktop_entry_text(exec_line: str, icon: str) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.4",
            f"Name={APP_NAME}",
            "Name[zh_CN]=工作室桌面",
            "GenericName=Studio management",
            "GenericName[zh_CN]=工作室管理",
            "Comment=Clients, projects, schedule, budget and risks of a small studio, offline",
            "Comment[zh_CN]=小型工作室的客户、项目、排期、预算与风险管理（离线）",
            f"Exec={exec_line}",
            f"Icon={icon}",
            "Terminal=false",
            "Categories=Office;ProjectManagement;Finance;",
            "Keywords=CRM;projects;invoices;budget;studio;",
            f"StartupWMClass={APP_ID}",
            "",
        ]
    )


def install_desktop_entry(db: Path | None = None, *, data_home: Path | None = None) -> Path:
    """Write the icon and ``studio-desktop.desktop``; returns the .desktop file's path."""
    base = data_home or platformdirs.user_data_path()  # ~/.local/share on Linux
    icon_dir = base / "icons" / "hicolor" / "scalable" / "apps"
    app_dir = base / "applications"
    icon_dir.mkdir(parents=True, exist_ok=True)
    app_dir.mkdir(parents=True, exist_ok=True)
    icon_path = icon_dir / f"{ICON_NAME}.svg"
    icon_path.write_bytes(
        resources.files("resources").joinpath("icons/studio-desktop.svg").read_bytes()
    )
    args = [_quote(part) for part in _launcher().split(" ")]
    if db is not None:
        args += ["--db", _quote(str(db))]
    entry = app_dir / f"{APP_ID}.desktop"
    entry.write_text(desktop_entry_text(" ".join(args), str(icon_path)), encoding="utf-8")
    entry.chmod(0o755)
    return entry
