"""The risks page."""
