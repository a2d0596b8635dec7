"""Reusable widgets: validated money/rate/count fields, charts."""
