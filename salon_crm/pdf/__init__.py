"""PDF rendering with reportlab: contracts, the cosmetology card (later issues)."""
