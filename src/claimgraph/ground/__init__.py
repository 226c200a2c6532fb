"""Grounding: places on the map, dates on the calendar, figures with units, one identity per source."""
