"""The owner's settings pages."""
