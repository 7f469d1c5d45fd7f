"""Documents: content from the domain, jinja2 templates, one render-and-write module.

content.py builds the plan's content model (the screens' words), templates.py renders
the HTML of docs/document-html.md, render.py takes any document to every format and
to the printer. Nothing is imported here on purpose: the export dialog may import
options without pulling in jinja2, matplotlib or WeasyPrint.
"""
