"""Widgets and helpers every screen uses: background jobs, form parts, fields, i18n."""
