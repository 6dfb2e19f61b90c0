"""Photos: the profile photo with its history and the clinical series, in the media store."""
