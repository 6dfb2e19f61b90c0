"""Clients: creating, correcting, reading, searching, merging, their history."""
