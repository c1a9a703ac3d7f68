"""The domain of Studio Desktop: entities, services and the plain data they hand out (no Qt)."""
