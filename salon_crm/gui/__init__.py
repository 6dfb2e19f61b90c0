"""The Qt widgets front end: windows, dialogs and item models over the services."""
