"""The schedule page: people and equipment."""
