"""What goes into an exported plan, and in which format. Plain data, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field

from competence_app.i18n import translate

FORMATS = ("pdf", "docx", "odt", "html", "md")
PAPER_SIZES = ("A4", "Letter")

# In document order. "stories", "wellbeing" and "feedback" (what my mentor saw) are
# personal: off unless chosen, each time.
SECTIONS = (
    "summary",
    "competences",
    "roles",
    "goals",
    "supports",
    "wellbeing",
    "stories",
    "feedback",
    "mentor_notes",
)
PRIVATE_SECTIONS = frozenset({"stories", "wellbeing", "feedback"})
DEFAULT_SECTIONS = frozenset(SECTIONS) - PRIVATE_SECTIONS


class ExportError(Exception):
    """The plan could not be written; the message is for people."""


@dataclass(frozen=True)
class ExportOptions:
    format: str = "pdf"
    sections: frozenset[str] = field(default_factory=lambda: DEFAULT_SECTIONS)
    paper: str = "A4"

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ExportError(
                translate(
                    "Render",
                    "'{format}' is not a format this app can write. Choose one of: {formats}.",
                ).format(format=self.format, formats=", ".join(FORMATS))
            )
        unknown = sorted(set(self.sections) - set(SECTIONS))
        if unknown:
            raise ExportError(
                translate(
                    "Render", "Unknown section(s): {unknown}. Sections are: {sections}."
                ).format(unknown=", ".join(unknown), sections=", ".join(SECTIONS))
            )
        if self.paper not in PAPER_SIZES:
            raise ExportError(
                translate("Render", "The paper size must be one of: {sizes}.").format(
                    sizes=", ".join(PAPER_SIZES)
                )
            )


def parse_sections(text: str) -> frozenset[str]:
    """'summary,goals' -> the set of sections; 'all' means every section."""
    names = [part.strip() for part in text.split(",") if part.strip()]
    if names == ["all"]:
        return frozenset(SECTIONS)
    return frozenset(names)
