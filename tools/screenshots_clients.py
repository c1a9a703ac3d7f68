"""Screenshots of the clients page, the client record's tabs and the CRM dialogs (en + zh_CN).

Usage: xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshots_clients.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import shots
from shots import ROOT, save

shots.bootstrap()

from models.services import Services  # noqa: E402

DATA = ROOT / "tests" / "data" / "contacts"


def busiest_client(services: Services) -> int:
    """The client with the most going on, so every tab has something to show."""
    from models.services.clients import ClientQuery

    best, best_score = 0, -1
    for row in services.clients.page(ClientQuery(), 0, 400):
        s = services.clients.summary(row.id)
        score = (
            len(s.projects) * 3
            + len(s.invoices)
            + len(s.satisfaction_scores) * 5
            + len(services.crm.deals.for_client(row.id)) * 2
        )
        if score > best_score:
            best, best_score = row.id, score
    return best


def shoot(services: Services, lang: str, out: Path, tmp: Path) -> None:
    from ui.clients.forms import DealDialog
    from ui.clients.page import ClientsPage
    from ui.shell.changes import DataChanges

    folder = out / lang
    cid = busiest_client(services)
    if not services.crm.records.key_dates(cid):
        from datetime import date, timedelta

        soon = date.today() + timedelta(days=3)
        services.crm.records.add_key_date(cid, "Founding day 成立纪念日", soon.replace(year=2015))
        services.crm.records.add_attachment(
            cid, "https://example.com/brand-guidelines.pdf", "Brand guidelines"
        )
    page = ClientsPage(services, DataChanges())
    page.resize(1400, 860)
    page.show()
    save(page, folder / "clients-list.png")
    page.panel.status_combo.setCurrentIndex(page.panel.status_combo.findData("active"))
    page.search_field().setText("科技")
    page.panel.apply_filter()
    save(page, folder / "clients-filtered.png")
    page.search_field().setText("zzzz-no-such-client")
    page.panel.apply_filter()
    save(page, folder / "clients-list-no-match.png")
    page.search_field().clear()
    page.panel.status_combo.setCurrentIndex(0)
    page.panel.apply_filter()
    page.tabs.setCurrentIndex(1)
    save(page, folder / "clients-today.png")
    page.tabs.setCurrentIndex(2)
    save(page, folder / "clients-pipeline.png")
    page.tabs.setCurrentIndex(0)

    record = page.open_client(cid)
    record.resize(1100, 680)
    for i in range(record.tabs.count()):
        record.tabs.setCurrentIndex(i)
        save(record, folder / f"clients-record-{i + 1}.png")
    record.tabs.setCurrentIndex(1)
    record.add_contact()
    form = record.last_dialog
    assert form is not None
    form.email_edit.setText("ann@")  # type: ignore[attr-defined]
    form.name_edit.setText("Ann Lee")  # type: ignore[attr-defined]
    form.save_button.click()  # type: ignore[attr-defined]
    save(form, folder / "clients-contact-error.png")
    form.close()
    record.log_interaction()
    form = record.last_dialog
    assert form is not None
    save(form, folder / "clients-interaction.png")
    form.close()
    deal = DealDialog(lambda d: None, "CNY", record)
    deal.title_edit.setText("Spring campaign")
    deal.value_edit.setText("12000")
    deal.probability_spin.setValue(130)
    deal.show()

    def refuse(d):  # type: ignore[no-untyped-def]
        from models.services.crm_deals import _probability

        _probability(d.probability)

    deal._save = refuse  # the real check, nothing saved
    deal.save_button.click()
    save(deal, folder / "clients-deal-error.png")
    deal.close()
    record.merge_into()
    merge = record.last_dialog
    assert merge is not None
    merge.list.setCurrentRow(0)  # type: ignore[attr-defined]
    save(merge, folder / "clients-merge.png")
    merge.close()
    record.close()

    page.new_item()
    editor = page.last_dialog
    assert editor is not None
    editor.name_edit.setText("   ")  # type: ignore[attr-defined]
    editor.buttons.button(editor.buttons.StandardButton.Save).click()  # type: ignore[attr-defined]
    save(editor, folder / "clients-editor-error.png")
    editor.close()

    dialog = page.import_contacts(DATA / "excel_gbk.csv")
    save(dialog, folder / "clients-import-preview.png")
    dialog.load(DATA / "phone_2_1.vcf")
    save(dialog, folder / "clients-import-vcard.png")
    dialog.load(DATA / "malformed_email.csv")
    save(dialog, folder / "clients-import-error.png")
    dialog.close()
    page.close()


def main() -> int:
    args = shots.arguments(__doc__).parse_args()
    app = shots.application("studio-desktop-screenshots")
    with tempfile.TemporaryDirectory() as tmp:
        services = shots.demo_services(Path(tmp) / "studio.sqlite3")  # one for all languages
        for lang in args.lang:
            with shots.with_language(app, lang):
                shoot(services, lang, args.out, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
