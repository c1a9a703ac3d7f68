"""Translation upkeep: `update` (lupdate), `release` (lrelease), `fill` (apply a mapping), `check`.

Usage: .venv/bin/python tools/i18n.py update|release|fill MAPPING.json [--catalogue NAME]|check

Catalogues: resources/translations/<catalogue>_<lang>.ts, one per UI module (ui/<module>/)
plus "studio_desktop" for the composition root and the shell.

The .ts keeps no source locations (-locations none): line numbers would churn the file on every
edit while translators gain little, and the .qm does not carry them anyway.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
# One catalogue per module, so work on one module never touches another's .ts file. The
# "studio_desktop" catalogue holds the composition root and every ui file outside a module.
# A nested folder may be a catalogue of its own; its parent's catalogue then leaves it out.
MODULE_DIRS: dict[str, str] = {
    "clients": "ui/clients",
    "projects": "ui/projects",
    "schedule": "ui/schedule",
    "budget": "ui/budget",
    "invoices": "ui/budget/invoices",
    "risks": "ui/risks",
    "dashboard": "ui/dashboard",
    "reports": "ui/reports",
}
MODULES = tuple(MODULE_DIRS)
CATALOGUES = ("studio_desktop", *MODULES)
PLACEHOLDER_PATTERN = r"%\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}"


def ts_path(lang: str, catalogue: str = "studio_desktop") -> Path:
    return TS_DIR / f"{catalogue}_{lang}.ts"


def qm_path(lang: str, catalogue: str = "studio_desktop") -> Path:
    return TS_DIR / f"{catalogue}_{lang}.qm"


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run this with the project's .venv/bin/python")
    return found


def source_files(catalogue: str = "studio_desktop", root: Path = ROOT) -> list[Path]:
    """The Python files whose strings belong to ``catalogue``, in a stable order."""

    def owner(path: Path) -> str:
        rel = path.relative_to(root).as_posix()
        best = ("studio_desktop", "")
        for name, folder in MODULE_DIRS.items():
            if rel.startswith(folder + "/") and len(folder) > len(best[1]):
                best = (name, folder)
        return best[0]

    files = [
        p
        for base in (root / "studio_desktop", root / "ui")
        for p in base.rglob("*.py")
        if "__pycache__" not in p.parts
    ]
    return sorted(p for p in files if owner(p) == catalogue)


def run_lupdate(ts: Path, lang: str, root: Path = ROOT, catalogue: str = "studio_desktop") -> None:
    """Merge the current source strings into ``ts``: translations kept, obsolete ones dropped."""
    files = [str(p.relative_to(root)) for p in source_files(catalogue, root)]
    if not files:
        raise SystemExit(f"catalogue {catalogue} has no source files")
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *files,
            "-ts",
            str(ts),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            lang,
            "-silent",
        ],
        check=True,
        cwd=root,
    )


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm), "-silent"], check=True)


def read_messages(ts: Path) -> list[dict[str, object]]:
    """(context, source, translations, unfinished, numerus) of every message in a .ts file."""
    out: list[dict[str, object]] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: list[str] = []
                unfinished = True
            else:
                forms = translation.findall("numerusform")
                texts = [f.text or "" for f in forms] if numerus else [translation.text or ""]
                unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            out.append(
                {
                    "context": name,
                    "source": message.findtext("source") or "",
                    "translations": texts,
                    "unfinished": unfinished,
                    "numerus": numerus,
                }
            )
    return out


def fill(ts: Path, mapping_file: Path) -> int:
    """Apply translations from JSON {"Context|source" or "source": "translation"}; count them.

    Only unfinished messages are touched, so a reviewed translation is never overwritten.
    """
    mapping: dict[str, str] = json.loads(mapping_file.read_text(encoding="utf-8"))
    tree = ET.parse(ts)
    applied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = mapping.get(f"{name}|{source}", mapping.get(source))
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            if translation.get("type") != "unfinished":
                continue
            if message.get("numerus") == "yes":
                for form in translation.findall("numerusform") or [
                    ET.SubElement(translation, "numerusform")
                ]:
                    form.text = text
            else:
                translation.text = text
            del translation.attrib["type"]
            applied += 1
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return applied


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("update", "collect source strings into the .ts files"),
        ("release", "compile the .ts files into .qm"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("--catalogue", choices=CATALOGUES, help="only this catalogue")
    p_fill = sub.add_parser("fill", help="apply translations from a JSON mapping")
    p_fill.add_argument("mapping", type=Path)
    p_fill.add_argument("--lang", default="zh_CN")
    p_fill.add_argument("--catalogue", default=None, help="only this catalogue (default: all)")
    sub.add_parser("check", help="list unfinished messages")
    args = parser.parse_args(argv)

    only = getattr(args, "catalogue", None)
    pairs = [(lang, cat) for lang in LANGUAGES for cat in ([only] if only else CATALOGUES)]
    if args.command == "update":
        for lang, cat in pairs:
            run_lupdate(ts_path(lang, cat), lang, catalogue=cat)
            print(f"updated {ts_path(lang, cat).relative_to(ROOT)}")
    elif args.command == "release":
        for lang, cat in pairs:
            run_lrelease(ts_path(lang, cat), qm_path(lang, cat))
            print(f"released {qm_path(lang, cat).relative_to(ROOT)}")
    elif args.command == "fill":
        count = 0
        for cat in [args.catalogue] if args.catalogue else CATALOGUES:
            count += fill(ts_path(args.lang, cat), args.mapping)
            run_lupdate(ts_path(args.lang, cat), args.lang, catalogue=cat)  # lupdate's layout
        print(f"filled {count} message(s)")
    elif args.command == "check":
        missing = [
            m for lang, cat in pairs for m in read_messages(ts_path(lang, cat)) if m["unfinished"]
        ]
        for m in missing:
            print(f"{m['context']}: {m['source']}")
        print(f"{len(missing)} unfinished")
        return 1 if missing else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
