"""Translation upkeep: `update` (lupdate), `release` (lrelease), `fill` (apply a mapping), `check`.

Usage: .venv/bin/python tools/i18n.py update|release|fill MAPPING.json|check

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
SOURCE_DIRS = ("ui", "studio_desktop")
PLACEHOLDER_PATTERN = r"%\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}"


def ts_path(lang: str) -> Path:
    return TS_DIR / f"studio_desktop_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TS_DIR / f"studio_desktop_{lang}.qm"


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run this with the project's .venv/bin/python")
    return found


def source_files(root: Path = ROOT) -> list[Path]:
    """Every Python file that may hold translatable strings, in a stable order."""
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        base = root / folder
        if base.is_dir():
            files.extend(p for p in base.rglob("*.py") if "__pycache__" not in p.parts)
    return sorted(files)


def run_lupdate(ts: Path, lang: str, root: Path = ROOT) -> None:
    """Merge the current source strings into ``ts``: translations kept, obsolete ones dropped."""
    files = [str(p.relative_to(root)) for p in source_files(root)]
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
    sub.add_parser("update", help="collect source strings into the .ts files")
    sub.add_parser("release", help="compile the .ts files into .qm")
    p_fill = sub.add_parser("fill", help="apply translations from a JSON mapping")
    p_fill.add_argument("mapping", type=Path)
    p_fill.add_argument("--lang", default="zh_CN")
    sub.add_parser("check", help="list unfinished messages")
    args = parser.parse_args(argv)

    if args.command == "update":
        for lang in LANGUAGES:
            run_lupdate(ts_path(lang), lang)
            print(f"updated {ts_path(lang).relative_to(ROOT)}")
    elif args.command == "release":
        for lang in LANGUAGES:
            run_lrelease(ts_path(lang), qm_path(lang))
            print(f"released {qm_path(lang).relative_to(ROOT)}")
    elif args.command == "fill":
        count = fill(ts_path(args.lang), args.mapping)
        run_lupdate(ts_path(args.lang), args.lang)  # back to lupdate's own layout
        print(f"filled {count} message(s)")
    elif args.command == "check":
        missing = [m for lang in LANGUAGES for m in read_messages(ts_path(lang)) if m["unfinished"]]
        for m in missing:
            print(f"{m['context']}: {m['source']}")
        print(f"{len(missing)} unfinished")
        return 1 if missing else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
