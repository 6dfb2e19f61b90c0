"""Rules of the client list: filters and the search query plan."""
