"""Documents: templates and their versions, filling them for a client, the registry."""
