"""Pure rules of the salon: no Qt, no SQLAlchemy, no I/O."""
