"""sourcebrief: turn a folder of news articles into an annotated, footnoted briefing."""

__version__ = "0.1.0"
