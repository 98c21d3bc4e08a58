"""Reporters: turn results into text for people or data for machines. They never decide anything."""
