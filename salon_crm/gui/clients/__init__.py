"""The client list, filters, picker, archive and merge."""
