"""The client's card: the read view of everything about them."""
