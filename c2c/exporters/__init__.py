"""Pure data -> file writers (xlsx, csv, ics, html/markdown)."""
