"""Media asset production pipeline: approved campaign texts in, print, image, audio and video assets out."""

__version__ = "0.1.0"
