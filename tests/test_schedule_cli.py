"""The schedule's CLI: ICS and allocation exports, and importing a year's holidays."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio_desktop.cli import main

pytestmark = pytest.mark.usefixtures("private_dirs")


def test_holidays_ics_and_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from icalendar import Calendar

    db = tmp_path / "studio.sqlite3"
    assert main(["--db", str(db), "init", "--name", "灯松工作室", "--locale", "zh_CN"]) == 0
    assert main(["--db", str(db), "holidays", "import", "--year", "2026"]) == 0
    assert "added" in capsys.readouterr().out
    out = tmp_path / "all.ics"
    assert main(["--db", str(db), "export", "schedule", "--format", "ics", "--out", str(out)]) == 0
    cal = Calendar.from_ical(out.read_bytes())
    assert cal["version"] == "2.0" and cal.walk("VEVENT") == []
    code = main(["--db", str(db), "export", "schedule", "--out", str(out), "--person", "Nobody"])
    assert code != 0 and "Nobody" in capsys.readouterr().err
    csv = tmp_path / "a.csv"
    assert (
        main(["--db", str(db), "export", "allocations", "--format", "csv", "--out", str(csv)]) == 0
    )
    assert csv.read_bytes().startswith(b"\xef\xbb\xbfid,person")
