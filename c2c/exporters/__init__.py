"""Pure data -> file writers (xlsx, csv, ics, html/markdown)."""
"""Data to files: spreadsheets, calendars, HTML and Markdown. No printing, no prompts."""
