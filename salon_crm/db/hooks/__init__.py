"""Session and mapper hooks: the audit trail, the search index and the change notes."""
