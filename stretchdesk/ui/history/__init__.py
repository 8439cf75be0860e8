"""The history screen: a month calendar, streaks, the week's goal and charts, all QPainter."""
