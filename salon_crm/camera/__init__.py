"""Webcam frame sources over OpenCV (a device, or a video file for tests and demos); no Qt."""
