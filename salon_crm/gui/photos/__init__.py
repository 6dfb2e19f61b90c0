"""Photos: the camera, the crop editor, the card's Photos tab and the before/after view."""
