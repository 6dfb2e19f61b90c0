"""SQL that reads many rows fast, beside the ORM."""
