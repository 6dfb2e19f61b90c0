"""The salon's settings and its users."""
