"""Infographic PNGs for screens and social media: one image per text and format, drawn with Pillow."""
