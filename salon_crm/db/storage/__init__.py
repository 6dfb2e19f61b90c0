"""The files on disk: the data folder, migrations, backups, the media store."""
