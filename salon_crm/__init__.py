"""salon_crm: an offline desktop CRM for a beauty salon or cosmetology studio."""

__version__ = "0.1.0"
