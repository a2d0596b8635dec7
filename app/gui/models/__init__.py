"""Qt item models over calc results and plan data (they format, never compute)."""
