"""Reusable Pillow toolkit shared by the infographics and clips stages: text fitting, colours, QR, logo, shapes."""
