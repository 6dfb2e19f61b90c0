"""The health record: anamnesis versions, skin assessments, home care, consent checks."""
