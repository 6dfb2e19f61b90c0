"""Session and mapper hooks: the audit trail and the search index."""
