"""The procedure screens: recording a visit, the contraindication check, lot recall."""
