"""Small building blocks shared by pages and dialogs."""
