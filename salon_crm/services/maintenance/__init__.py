"""Keeping the data folder healthy: unused media, later backups and checks."""
