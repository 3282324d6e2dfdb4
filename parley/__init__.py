"""Parley: multilingual political event coding."""
__version__ = "0.1.0"
