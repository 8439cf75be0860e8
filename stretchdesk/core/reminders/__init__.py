"""Reminders: when to suggest a routine, and the person's reminder settings (Qt-free)."""
