"""Invoices, payments, credit notes, receivables aging and the cash book (the books tabs)."""
