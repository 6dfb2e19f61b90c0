"""The application around the features: start-up, main window, login, errors."""
