"""Noticing what other programs on the same salon changed: the change watch and its
two engines."""
