"""Calendars of a mission and of each participant: the events, their labels in each
language, stable updates across exports, and writing the files."""
