"""The cosmetology screens: anamnesis, skin assessments, home care on the card."""
