"""NegoPlan's application layer: GUI, CLI, file I/O, letters (everything that touches the world)."""
