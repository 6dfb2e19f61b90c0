"""Rules every feature shares: text, names, phones, validation, errors, messages."""
