"""The step pages of the main window: debts, budget, compare, schedule, letter."""
