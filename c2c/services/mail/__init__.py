"""Mailing each participant their own programme and calendar: settings, messages, sending
and the record of what was sent."""
