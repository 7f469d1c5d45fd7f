"""Exported plan documents: content from the domain, jinja2 templates, Qt writers.

Nothing is imported here on purpose: the export dialog may import options
without pulling in jinja2, matplotlib or Qt's document classes.
"""
