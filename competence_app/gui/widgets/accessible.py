"""What Qt's own accessibility leaves out, told to screen readers: headings are headings,
a dialog that blocks the window says it is modal, a level's sentence is said once, the
stacks that hold pages are not read out as "layered pane" at every move, and each page
has a title that is spoken as the focus moves into it.

Qt reads a QLabel as plain text and never reports a dialog's modality over AT-SPI, so
Orca says neither. An accessibility factory gives those two kinds of widget an interface
that does; every other widget keeps Qt's own.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget

_INSTALLED = "competence_app_accessible_factory"
_TITLED = "competence_app_titled"


def titled(page, title: str):
    """Give `page` a spoken title: said as the focus first moves into the page (Orca speaks
    the named containers it enters, then the control), so a person hears "Story telling
    form" as Page Down reaches that page, before its first question. Orca 43 does not speak Qt's
    announcements, and moving the focus to the title itself would take it away from the
    first thing to answer. Returns the page. Call before the page is first shown."""
    page.setProperty(_TITLED, True)
    page.setAccessibleName(title)
    return page


class _Heading(QAccessibleWidget):
    def __init__(self, label):
        super().__init__(label, QAccessible.Role.Heading)

    def text(self, kind):
        if kind == QAccessible.Text.Name:
            return self.widget().accessibleName() or self.widget().text()
        return super().text(kind)


class _Echo(QAccessibleWidget):
    """A level's sentence beside its radio button, whose name already says it: without a
    name of its own it is not read again when focus enters the group (Orca reads every
    named label of a group that labels nothing)."""

    def __init__(self, label):
        super().__init__(label, QAccessible.Role.StaticText)

    def text(self, kind):
        return ""


class _Titled(QAccessibleWidget):
    """A page with a title: a named form over AT-SPI. Qt makes a plain widget a "filler",
    which screen readers pass over without a word, name or not. Not a group ("panel"):
    entering a panel, Orca reads every label inside it that labels nothing, which on a
    page is the whole page before its first question."""

    def __init__(self, page):
        super().__init__(page, QAccessible.Role.Form)


class _Holder(QAccessibleWidget):
    """A stack of pages: a plain container (Orca says nothing for one without a name)."""

    def __init__(self, stack):
        super().__init__(stack, QAccessible.Role.Client)


class _Dialog(QAccessibleWidget):
    def __init__(self, dialog):
        super().__init__(dialog, QAccessible.Role.Dialog)

    def state(self):
        state = super().state()
        state.modal = self.widget().isModal()
        return state


def _factory(key: str, widget):
    # Called for each class name from the most derived up; Qt's own classes with their
    # own interface (message boxes, file dialogs) are answered by Qt before "QDialog".
    if widget is not None and widget.property(_TITLED):
        return _Titled(widget)
    if key == "Heading":
        return _Heading(widget)
    if key == "_ClickLabel":
        return _Echo(widget)
    if key == "QStackedWidget":
        return _Holder(widget)
    if key == "QDialog":
        return _Dialog(widget)
    return None


def install(app) -> None:
    """Once per application, before any window exists."""
    if not app.property(_INSTALLED):
        app.setProperty(_INSTALLED, True)
        QAccessible.installFactory(_factory)
