"""Column headers and small vocabularies of the clients module (translated at display time)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_COLUMNS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ClientColumns", "Name"),
    "name_alt": QT_TRANSLATE_NOOP("ClientColumns", "Other name"),
    "status": QT_TRANSLATE_NOOP("ClientColumns", "Status"),
    "industry": QT_TRANSLATE_NOOP("ClientColumns", "Industry"),
    "source": QT_TRANSLATE_NOOP("ClientColumns", "Source"),
    "account_manager": QT_TRANSLATE_NOOP("ClientColumns", "Account manager"),
    "primary_contact": QT_TRANSLATE_NOOP("ClientColumns", "Main contact"),
    "phone": QT_TRANSLATE_NOOP("ClientColumns", "Phone"),
    "email": QT_TRANSLATE_NOOP("ClientColumns", "E-mail"),
    "created": QT_TRANSLATE_NOOP("ClientColumns", "Added"),
    "client": QT_TRANSLATE_NOOP("ClientColumns", "Client"),
    "role": QT_TRANSLATE_NOOP("ClientColumns", "Role"),
    "wechat_id": QT_TRANSLATE_NOOP("ClientColumns", "WeChat ID"),
    "primary": QT_TRANSLATE_NOOP("ClientColumns", "Primary"),
    "channel": QT_TRANSLATE_NOOP("ClientColumns", "Preferred channel"),
    "when": QT_TRANSLATE_NOOP("ClientColumns", "When"),
    "kind": QT_TRANSLATE_NOOP("ClientColumns", "Kind"),
    "contact": QT_TRANSLATE_NOOP("ClientColumns", "Contact"),
    "summary": QT_TRANSLATE_NOOP("ClientColumns", "Summary"),
    "outcome": QT_TRANSLATE_NOOP("ClientColumns", "Outcome"),
    "next_step": QT_TRANSLATE_NOOP("ClientColumns", "Next step"),
    "follow_up": QT_TRANSLATE_NOOP("ClientColumns", "Follow-up"),
    "code": QT_TRANSLATE_NOOP("ClientColumns", "Code"),
    "project": QT_TRANSLATE_NOOP("ClientColumns", "Project"),
    "stage": QT_TRANSLATE_NOOP("ClientColumns", "Stage"),
    "value": QT_TRANSLATE_NOOP("ClientColumns", "Value"),
    "satisfaction": QT_TRANSLATE_NOOP("ClientColumns", "Satisfaction"),
    "title": QT_TRANSLATE_NOOP("ClientColumns", "Title"),
    "probability": QT_TRANSLATE_NOOP("ClientColumns", "Probability"),
    "weighted": QT_TRANSLATE_NOOP("ClientColumns", "Weighted"),
    "expected_close": QT_TRANSLATE_NOOP("ClientColumns", "Expected close"),
    "number": QT_TRANSLATE_NOOP("ClientColumns", "Number"),
    "issued": QT_TRANSLATE_NOOP("ClientColumns", "Issued"),
    "due": QT_TRANSLATE_NOOP("ClientColumns", "Due"),
    "total": QT_TRANSLATE_NOOP("ClientColumns", "Total"),
    "outstanding": QT_TRANSLATE_NOOP("ClientColumns", "Outstanding"),
    "invoiced": QT_TRANSLATE_NOOP("ClientColumns", "Invoiced"),
    "paid": QT_TRANSLATE_NOOP("ClientColumns", "Paid"),
    "currency": QT_TRANSLATE_NOOP("ClientColumns", "Currency"),
    "count": QT_TRANSLATE_NOOP("ClientColumns", "Deals"),
    "label": QT_TRANSLATE_NOOP("ClientColumns", "Label"),
    "target": QT_TRANSLATE_NOOP("ClientColumns", "File or link"),
    "date": QT_TRANSLATE_NOOP("ClientColumns", "Date"),
    "yearly": QT_TRANSLATE_NOOP("ClientColumns", "Every year"),
    "line": QT_TRANSLATE_NOOP("ClientColumns", "Line"),
    "client_action": QT_TRANSLATE_NOOP("ClientColumns", "Client will be"),
    "contact_action": QT_TRANSLATE_NOOP("ClientColumns", "Contact will be"),
    "what": QT_TRANSLATE_NOOP("ClientColumns", "What"),
    "added": QT_TRANSLATE_NOOP("ClientColumns", "Added"),
}

_ACTIONS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("ImportAction", "created"),
    "match": QT_TRANSLATE_NOOP("ImportAction", "matched"),
    "none": QT_TRANSLATE_NOOP("ImportAction", "—"),
}


def column_title(key: str) -> str:
    text = _COLUMNS.get(key)
    if text is None:
        return key.replace("_", " ").capitalize()
    return QCoreApplication.translate("ClientColumns", text)


def import_action(action: str) -> str:
    return QCoreApplication.translate("ImportAction", _ACTIONS.get(action, action))
