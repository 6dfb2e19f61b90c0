"""Persistence: SQLAlchemy models, the engine, search index, migrations, media and backups."""
