"""Procedures done, the catalogue of procedures and products with lots, payments."""
