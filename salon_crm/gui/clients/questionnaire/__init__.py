"""The questionnaire: the form with the client's personal data."""
