"""Health record rules: condition codes, contraindications, the face chart's data."""
