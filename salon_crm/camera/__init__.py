"""Webcam frame sources and the capture worker (later issues)."""
