"""Use cases over a database session; the only door the GUI and the CLI go through."""
