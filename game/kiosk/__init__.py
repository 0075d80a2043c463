"""The exhibition kiosk: the staff's settings file, the staff's way out, a child's turn and
the day around them. config, door and day are pure; guard and loop run the screens."""
