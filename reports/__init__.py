"""PDF reports: pure ReportLab builders taking frozen data classes (see reports.builders)."""
