"""Data to files: spreadsheets, calendars, HTML and Markdown. No printing, no prompts."""
