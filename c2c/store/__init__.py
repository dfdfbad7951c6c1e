"""The store: models, engine, sessions and migrations."""
