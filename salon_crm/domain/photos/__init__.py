"""Photos: what kinds a client's photos are, and the rules an image must pass."""
