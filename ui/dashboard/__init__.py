"""The dashboard page: today's numbers for the whole studio."""
