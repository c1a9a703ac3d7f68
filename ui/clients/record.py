"""ClientRecordDialog: one client's profile, contacts, history, projects, deals, money and files."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.enums import (
    ClientSource,
    ClientStatus,
    DealStage,
)
from models.errors import DomainError, ValidationError
from models.services import Services
from ui.clients import record_rows as rows
from ui.clients.editor import ClientEditorDialog
from ui.clients.forms import ContactDialog, DealDialog, InteractionDialog
from ui.clients.rows_model import RowsModel, make_table, selected_id
from ui.shell.field_error import FieldWithError
from ui.shell.labels import enum_label
from ui.shell.messages import confirm, show_error

Announce = Callable[[set[str]], None]


def _tab(*widgets: QWidget | QHBoxLayout) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(10, 10, 10, 10)
    for w in widgets:
        if isinstance(w, QHBoxLayout):
            layout.addLayout(w)
        else:
            layout.addWidget(w, 1 if w.objectName() == "listView" else 0)
    return page


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


class ClientRecordDialog(QDialog):
    """Everything about one client in tabs; each edit is saved at once and announced."""

    def __init__(
        self,
        services: Services,
        client_id: int,
        announce: Announce,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._s = services
        self._id = client_id
        self._announce = announce
        self.last_dialog: QDialog | None = None
        self.resize(980, 640)

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self)
        self.edit_button = QPushButton(self.tr("Edit profile…"), self)
        self.edit_button.clicked.connect(self.edit_profile)
        self.log_button = QPushButton(self.tr("Log interaction…"), self)
        self.log_button.clicked.connect(self.log_interaction)
        self.merge_button = QPushButton(self.tr("Merge into…"), self)
        self.merge_button.clicked.connect(self.merge_into)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.archive_button.clicked.connect(self._on_archive_clicked)

        self.tabs = QTabWidget(self)
        self._build_profile_tab()
        self._build_contacts_tab()
        self._build_interactions_tab()
        self._build_projects_tab()
        self._build_deals_tab()
        self._build_invoices_tab()
        self._build_attachments_tab()
        self._build_satisfaction_tab()

        head = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        head.addLayout(names, 1)
        for b in (self.edit_button, self.log_button, self.merge_button, self.archive_button):
            b.setAutoDefault(False)  # a default button is styled bold and clipped its text
            head.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # --- building -----------------------------------------------------------------------
    def _build_profile_tab(self) -> None:
        self.profile_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (
            ("name_alt", self.tr("Other name")),
            ("status", self.tr("Status")),
            ("industry", self.tr("Industry")),
            ("size", self.tr("Size")),
            ("source", self.tr("Source")),
            ("referred_by", self.tr("Referred by")),
            ("account_manager", self.tr("Account manager")),
            ("tags", self.tr("Tags")),
            ("notes", self.tr("Notes")),
        ):
            value = QLabel(self)
            value.setWordWrap(True)
            self.profile_labels[key] = value
            form.addRow(label, value)
        box = QWidget()
        box.setLayout(form)
        self.key_dates = RowsModel(("label", "date", "yearly"), self)
        self.key_dates_view = make_table(self.key_dates, self, stretch=0)
        self.key_label_edit = QLineEdit(self)
        self.key_label_edit.setPlaceholderText(self.tr("e.g. Founding day"))
        self.key_date_edit = QDateEdit(QDate.currentDate(), self)
        self.key_date_edit.setDisplayFormat("yyyy-MM-dd")
        self.key_date_edit.setCalendarPopup(True)
        self.key_yearly_box = QCheckBox(self.tr("Every year"), self)
        self.key_yearly_box.setChecked(True)
        add = QPushButton(self.tr("Add date"), self)
        add.clicked.connect(self._on_add_key_date_clicked)
        self.key_label_field = FieldWithError(self.key_label_edit, self)
        row = QHBoxLayout()
        row.addWidget(self.key_label_field, 1)
        row.addWidget(self.key_date_edit)
        row.addWidget(self.key_yearly_box)
        row.addWidget(add)
        caption = QLabel(self.tr("Key dates (greetings appear in Today a week ahead)"), self)
        caption.setObjectName("sectionTitle")
        self.tabs.addTab(_tab(box, caption, self.key_dates_view, row), self.tr("Profile"))

    def _build_contacts_tab(self) -> None:
        self.contacts = RowsModel(
            ("name", "role", "phone", "email", "wechat_id", "channel", "primary"), self
        )
        self.contacts_view = make_table(self.contacts, self, stretch=0)
        add = QPushButton(self.tr("Add contact…"), self)
        add.clicked.connect(self.add_contact)
        edit = QPushButton(self.tr("Edit…"), self)
        edit.clicked.connect(self._on_edit_contact_clicked)
        delete = QPushButton(self.tr("Delete"), self)
        delete.clicked.connect(self._on_delete_contact_clicked)
        self.contacts_view.doubleClicked.connect(self._on_edit_contact_clicked)
        self.tabs.addTab(_tab(_buttons(add, edit, delete), self.contacts_view), self.tr("Contacts"))

    def _build_interactions_tab(self) -> None:
        self.interactions = RowsModel(
            ("when", "kind", "contact", "summary", "next_step", "follow_up"), self
        )
        self.interactions_view = make_table(self.interactions, self, stretch=3)
        log = QPushButton(self.tr("Log interaction…"), self)
        log.clicked.connect(self.log_interaction)
        self.tabs.addTab(_tab(_buttons(log), self.interactions_view), self.tr("Interactions"))

    def _build_projects_tab(self) -> None:
        self.projects = RowsModel(
            ("code", "project", "stage", "value", "satisfaction"), self, numeric=("value",)
        )
        self.projects_view = make_table(self.projects, self, stretch=1)
        self.tabs.addTab(_tab(self.projects_view), self.tr("Projects"))

    def _build_deals_tab(self) -> None:
        self.deals = RowsModel(
            ("title", "stage", "value", "probability", "expected_close", "project"),
            self,
            numeric=("value", "probability"),
        )
        self.deals_view = make_table(self.deals, self, stretch=0)
        new = QPushButton(self.tr("New deal…"), self)
        new.clicked.connect(self.new_deal)
        edit = QPushButton(self.tr("Edit…"), self)
        edit.clicked.connect(self._on_edit_deal_clicked)
        won = QPushButton(self.tr("Mark won"), self)
        won.clicked.connect(self._on_won_clicked)
        self.deals_view.doubleClicked.connect(self._on_edit_deal_clicked)
        self.tabs.addTab(_tab(_buttons(new, edit, won), self.deals_view), self.tr("Deals"))

    def _build_invoices_tab(self) -> None:
        self.balance_label = QLabel(self)
        self.balance_label.setWordWrap(True)
        self.invoices = RowsModel(
            ("number", "issued", "due", "status", "total", "outstanding"),
            self,
            numeric=("total", "outstanding"),
        )
        self.invoices_view = make_table(self.invoices, self, stretch=0)
        self.tabs.addTab(
            _tab(self.balance_label, self.invoices_view), self.tr("Invoices && balance")
        )

    def _build_attachments_tab(self) -> None:
        self.attachments = RowsModel(("label", "target", "added"), self)
        self.attachments_view = make_table(self.attachments, self, stretch=1)
        add_file = QPushButton(self.tr("Add file…"), self)
        add_file.clicked.connect(self._on_add_file_clicked)
        add_link = QPushButton(self.tr("Add link…"), self)
        add_link.clicked.connect(self._on_add_link_clicked)
        open_button = QPushButton(self.tr("Open"), self)
        open_button.clicked.connect(self._on_open_attachment_clicked)
        self.attachments_view.doubleClicked.connect(self._on_open_attachment_clicked)
        self.tabs.addTab(
            _tab(_buttons(add_file, add_link, open_button), self.attachments_view),
            self.tr("Attachments"),
        )

    def _build_satisfaction_tab(self) -> None:
        self.satisfaction_label = QLabel(self)
        self.satisfaction_label.setObjectName("sectionTitle")
        self.scores = RowsModel(("code", "satisfaction"), self, numeric=("satisfaction",))
        self.scores_view = make_table(self.scores, self, stretch=0)
        self.tabs.addTab(_tab(self.satisfaction_label, self.scores_view), self.tr("Satisfaction"))

    # --- refreshing ---------------------------------------------------------------------
    def refresh(self) -> None:
        p = self._s.clients.get(self._id)
        self.setWindowTitle(p.name)
        self.title.setText(p.name)
        status = enum_label(ClientStatus, p.status)
        self.subtitle.setText(f"{p.name_alt} · {status}" if p.name_alt else status)
        none = self.tr("—")
        values = {
            "name_alt": p.name_alt,
            "status": status,
            "industry": p.industry,
            "size": p.size,
            "source": enum_label(ClientSource, p.source) if p.source else "",
            "referred_by": p.referred_by_name,
            "account_manager": p.account_manager_name,
            "tags": ", ".join(p.tags),
            "notes": p.notes,
        }
        for key, label in self.profile_labels.items():
            label.setText(values[key] or none)
        for b in (self.log_button, self.merge_button, self.archive_button):
            b.setEnabled(not p.archived)
        s, cid = self._s, self._id
        summary = s.clients.summary(cid)
        self.key_dates.set_rows(rows.key_date_rows(s.crm.records.key_dates(cid)))
        self.contacts.set_rows(rows.contact_rows(s.crm.contacts.for_client(cid)))
        self.interactions.set_rows(rows.interaction_rows(s.crm.interactions.timeline(cid)))
        self.projects.set_rows(rows.project_rows(summary))
        self.deals.set_rows(rows.deal_rows(s.crm.deals.for_client(cid)))
        self.invoices.set_rows(rows.invoice_rows(summary))
        self.attachments.set_rows(rows.attachment_rows(s.crm.records.attachments(cid)))
        self.scores.set_rows(rows.score_rows(summary))
        if summary.balances:
            lines = [
                self.tr("Invoiced %1 · paid %2 · outstanding %3")
                .replace("%1", b.invoiced.format())
                .replace("%2", b.paid.format())
                .replace("%3", b.outstanding.format())
                for b in summary.balances
            ]
            self.balance_label.setText("\n".join(lines))
        else:
            self.balance_label.setText(self.tr("No invoices sent to this client yet."))
        if summary.satisfaction_average is None:
            self.satisfaction_label.setText(self.tr("No accepted project has a score yet."))
        else:
            self.satisfaction_label.setText(
                self.tr(
                    "Average satisfaction: %1 of 5 (%n project(s))",
                    "",
                    len(summary.satisfaction_scores),
                ).replace("%1", str(summary.satisfaction_average))
            )

    def _changed(self, *kinds: str) -> None:
        self.refresh()
        self._announce(set(kinds) | {"clients"})

    # --- actions ------------------------------------------------------------------------
    def edit_profile(self) -> None:
        dialog = ClientEditorDialog(self._s.clients, self, client_id=self._id)
        dialog.client_saved.connect(lambda _i: self._changed())
        self.last_dialog = dialog
        dialog.open()

    def add_contact(self) -> None:
        dialog = ContactDialog(lambda d: self._s.crm.contacts.create(self._id, d), self)
        dialog.saved.connect(lambda _v: self._changed())
        self.last_dialog = dialog
        dialog.open()

    def _on_edit_contact_clicked(self, *_args: object) -> None:
        cid = selected_id(self.contacts_view)
        if cid is None:
            return
        contact = self._s.crm.contacts.get(cid)
        dialog = ContactDialog(lambda d: self._s.crm.contacts.update(cid, d), self, contact=contact)
        dialog.saved.connect(lambda _v: self._changed())
        self.last_dialog = dialog
        dialog.open()

    def _on_delete_contact_clicked(self) -> None:
        cid = selected_id(self.contacts_view)
        if cid is None:
            return
        name = self._s.crm.contacts.get(cid).name
        if confirm(
            self,
            self.tr("Delete contact"),
            self.tr("Delete %1? Interactions with them stay in the history.").replace("%1", name),
            self.tr("Delete"),
        ):
            self._run(lambda: self._s.crm.contacts.delete(cid))

    def log_interaction(self) -> None:
        dialog = InteractionDialog(
            lambda d: self._s.crm.interactions.log(self._id, d),
            self._s.crm.contacts.for_client(self._id),
            self,
        )
        dialog.saved.connect(lambda _v: self._changed("interactions"))
        self.last_dialog = dialog
        dialog.open()

    def new_deal(self) -> None:
        currency = self._s.studio.get().base_currency
        dialog = DealDialog(lambda d: self._s.crm.deals.create(self._id, d), currency, self)
        dialog.saved.connect(lambda _v: self._changed("deals", "projects"))
        self.last_dialog = dialog
        dialog.open()

    def _on_edit_deal_clicked(self, *_args: object) -> None:
        did = selected_id(self.deals_view)
        if did is None:
            return
        deal = self._s.crm.deals.get(did)
        dialog = DealDialog(
            lambda d: self._s.crm.deals.update(did, d), deal.value.currency, self, deal=deal
        )
        dialog.saved.connect(lambda _v: self._changed("deals", "projects"))
        self.last_dialog = dialog
        dialog.open()

    def _on_won_clicked(self) -> None:
        did = selected_id(self.deals_view)
        if did is not None:
            self._run(lambda: self._s.crm.deals.move(did, DealStage.WON), "deals", "projects")

    def _on_add_key_date_clicked(self) -> None:
        self.key_label_field.clear_error()
        try:
            self._s.crm.records.add_key_date(
                self._id,
                self.key_label_edit.text(),
                self.key_date_edit.date().toPython(),  # type: ignore[arg-type]
                self.key_yearly_box.isChecked(),
            )
        except ValidationError as exc:
            self.key_label_field.show_error(exc.message)
            return
        except DomainError as exc:
            show_error(self, exc)
            return
        self.key_label_edit.clear()
        self._changed()

    def _on_add_file_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self._run(lambda: self._s.crm.records.add_attachment(self._id, path))

    def _on_add_link_clicked(self) -> None:
        url, ok = QInputDialog.getText(self, self.tr("Attach a link"), self.tr("Link (https://…)"))
        if ok and url.strip():
            self._run(lambda: self._s.crm.records.add_attachment(self._id, url))

    def _on_open_attachment_clicked(self, *_args: object) -> None:
        rows = self.attachments_view.selectionModel().selectedRows()
        if rows:
            target = self.attachments.text(rows[0].row(), "target")
            url = QUrl(target) if "://" in target else QUrl.fromLocalFile(target)
            QDesktopServices.openUrl(url)

    def merge_into(self) -> None:
        from ui.clients.merge import MergeDialog

        dialog = MergeDialog(self._s, self._id, self)
        dialog.merged.connect(lambda _k: self._changed("projects", "invoices", "deals"))
        self.last_dialog = dialog
        dialog.open()

    def _on_archive_clicked(self) -> None:
        if confirm(
            self,
            self.tr("Archive client"),
            self.tr("Archive this client? It leaves the list but keeps its history."),
            self.tr("Archive"),
        ):
            self._run(lambda: self._s.clients.archive(self._id))

    def _run(self, action: Callable[[], object], *kinds: str) -> None:
        try:
            action()
        except DomainError as exc:
            show_error(self, exc)
            return
        self._changed(*kinds)
