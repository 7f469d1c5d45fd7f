"""The Qt user interface. Nothing below domain/ or store/ may import from here."""
