"""The Qt widgets and the SessionDriver, where Qt meets the session."""
