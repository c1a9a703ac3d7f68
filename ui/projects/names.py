"""Names the studio ships in English (service types, template items), translated on screen."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_SERVICE_TYPES: dict[str, str] = {
    "brand_visual_design": QT_TRANSLATE_NOOP("ServiceType", "Brand & visual design"),
    "digital_marketing": QT_TRANSLATE_NOOP("ServiceType", "Digital marketing"),
    "web_app_development": QT_TRANSLATE_NOOP("ServiceType", "Web & app development"),
    "content_creation": QT_TRANSLATE_NOOP("ServiceType", "Content creation"),
    "consulting": QT_TRANSLATE_NOOP("ServiceType", "Consulting"),
}

# Shipped template, milestone and task names; a renamed one is shown as the user wrote it.
_TEMPLATE_TEXT: frozenset[str] = frozenset(
    {
        QT_TRANSLATE_NOOP("TemplateText", "Brand identity (standard)"),
        QT_TRANSLATE_NOOP("TemplateText", "Digital campaign (standard)"),
        QT_TRANSLATE_NOOP("TemplateText", "Website or app (standard)"),
        QT_TRANSLATE_NOOP("TemplateText", "Content production (standard)"),
        QT_TRANSLATE_NOOP("TemplateText", "Consulting engagement (standard)"),
        QT_TRANSLATE_NOOP("TemplateText", "Discovery call"),
        QT_TRANSLATE_NOOP("TemplateText", "Feasibility check"),
        QT_TRANSLATE_NOOP("TemplateText", "Feasibility confirmed"),
        QT_TRANSLATE_NOOP("TemplateText", "Prepare proposal and quote"),
        QT_TRANSLATE_NOOP("TemplateText", "Present proposal"),
        QT_TRANSLATE_NOOP("TemplateText", "Quote accepted"),
        QT_TRANSLATE_NOOP("TemplateText", "Contract signing"),
        QT_TRANSLATE_NOOP("TemplateText", "Deposit invoice"),
        QT_TRANSLATE_NOOP("TemplateText", "Contract signed and deposit received"),
        QT_TRANSLATE_NOOP("TemplateText", "Brief approved"),
        QT_TRANSLATE_NOOP("TemplateText", "Production complete"),
        QT_TRANSLATE_NOOP("TemplateText", "Final version approved"),
        QT_TRANSLATE_NOOP("TemplateText", "Final files and handover"),
        QT_TRANSLATE_NOOP("TemplateText", "Acceptance sign-off"),
        QT_TRANSLATE_NOOP("TemplateText", "Delivered and accepted"),
        QT_TRANSLATE_NOOP("TemplateText", "Post-delivery support"),
        QT_TRANSLATE_NOOP("TemplateText", "Support period ends"),
        QT_TRANSLATE_NOOP("TemplateText", "Brand workshop"),
        QT_TRANSLATE_NOOP("TemplateText", "Creative brief and moodboard"),
        QT_TRANSLATE_NOOP("TemplateText", "Logo concepts"),
        QT_TRANSLATE_NOOP("TemplateText", "Visual identity system"),
        QT_TRANSLATE_NOOP("TemplateText", "Brand guidelines"),
        QT_TRANSLATE_NOOP("TemplateText", "Review round 1"),
        QT_TRANSLATE_NOOP("TemplateText", "Review round 2"),
        QT_TRANSLATE_NOOP("TemplateText", "Audience and channel research"),
        QT_TRANSLATE_NOOP("TemplateText", "Campaign brief"),
        QT_TRANSLATE_NOOP("TemplateText", "Creative assets"),
        QT_TRANSLATE_NOOP("TemplateText", "Media plan and set-up"),
        QT_TRANSLATE_NOOP("TemplateText", "Campaign launch"),
        QT_TRANSLATE_NOOP("TemplateText", "Performance review"),
        QT_TRANSLATE_NOOP("TemplateText", "Optimisation round"),
        QT_TRANSLATE_NOOP("TemplateText", "Requirements workshop"),
        QT_TRANSLATE_NOOP("TemplateText", "Specification and sitemap"),
        QT_TRANSLATE_NOOP("TemplateText", "UX wireframes"),
        QT_TRANSLATE_NOOP("TemplateText", "UI design"),
        QT_TRANSLATE_NOOP("TemplateText", "Front-end build"),
        QT_TRANSLATE_NOOP("TemplateText", "Back-end and integrations"),
        QT_TRANSLATE_NOOP("TemplateText", "Testing and QA"),
        QT_TRANSLATE_NOOP("TemplateText", "Client testing round"),
        QT_TRANSLATE_NOOP("TemplateText", "Fixes and polish"),
        QT_TRANSLATE_NOOP("TemplateText", "Content brief"),
        QT_TRANSLATE_NOOP("TemplateText", "Script and storyboard"),
        QT_TRANSLATE_NOOP("TemplateText", "Shoot preparation"),
        QT_TRANSLATE_NOOP("TemplateText", "Photo or video shoot"),
        QT_TRANSLATE_NOOP("TemplateText", "Editing and post-production"),
        QT_TRANSLATE_NOOP("TemplateText", "Stakeholder interviews"),
        QT_TRANSLATE_NOOP("TemplateText", "Current-state assessment"),
        QT_TRANSLATE_NOOP("TemplateText", "Analysis and recommendations"),
        QT_TRANSLATE_NOOP("TemplateText", "Roadmap"),
        QT_TRANSLATE_NOOP("TemplateText", "Findings presentation"),
        QT_TRANSLATE_NOOP("TemplateText", "Revisions"),
    }
)


def service_type_name(code: str | None, name: str) -> str:
    text = _SERVICE_TYPES.get(code or "")
    return QCoreApplication.translate("ServiceType", text) if text else name


def template_text(text: str) -> str:
    """A shipped template/milestone/task name in the UI language; anything else unchanged."""
    return QCoreApplication.translate("TemplateText", text) if text in _TEMPLATE_TEXT else text
