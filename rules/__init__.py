"""The built-in rule pack: one module per rule, registered through the `strategylint.rules` entry points."""
