"""ReportLab builders: plain data in, PDF bytes out (no Qt, no SQLAlchemy)."""
