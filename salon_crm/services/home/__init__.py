"""The home page's digest: calls due, birthdays, expiring documents."""
