"""The budget page: invoices, expenses and time entries."""
