"""The clients page and the client editor."""
