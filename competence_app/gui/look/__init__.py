"""How the app looks: spacing, colours, the style sheet, high contrast and text size."""
