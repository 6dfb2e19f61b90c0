"""Documents: the template markup, the placeholders a template may use, the filled
document the PDF renderer draws."""
