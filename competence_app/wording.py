"""Plain-language sentences about results, shared by the screens and documents.

Built from the pure results in domain.analysis; translated through `translate`
so one set of .ts files covers the app and its documents. No Qt here: dates and
numbers come from competence_app.formats.
"""

from __future__ import annotations

from competence_app.domain.analysis import (
    FIT_GROWING,
    FIT_NOT_YET,
    FIT_STRONG,
    FIT_UNKNOWN,
    Comparison,
    RoleFit,
    fits_by_band,
)
from competence_app.domain.framework import Framework
from competence_app.domain.model import Reflection
from competence_app.formats import date_text
from competence_app.i18n import translate


def counted(kind: str, number: int) -> str:
    """'1 goal', '2 goals': a count and its word, in the person's language, with the
    plural form that language uses for that count (each .ts file holds the forms)."""
    words = {
        "goals": lambda: translate("Wording", "%n goals", None, number),
        "reflections": lambda: translate("Wording", "%n reflections", None, number),
        "actions": lambda: translate("Wording", "%n actions", None, number),
        "people": lambda: translate("Wording", "%n people", None, number),
        "files": lambda: translate("Wording", "%n files", None, number),
        "backups": lambda: translate("Wording", "%n backups", None, number),
        "characters": lambda: translate("Wording", "%n characters", None, number),
    }
    return words[kind]()


def reflection_date(reflection: Reflection) -> str:
    """'22 Nov 2026': the day a reflection was started."""
    return date_text(reflection.created_at[:10], short=True)


def reflection_title(reflection: Reflection) -> str:
    """'22 Nov 2026 · Start of programme': how a reflection is named everywhere."""
    when = reflection_date(reflection)
    return f"{when} · {reflection.label}" if reflection.label else when


def join_names(names: list[str]) -> str:
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return translate("Wording", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def confidence_labels() -> tuple[str, str, str]:
    """The answers to "How confident do I feel about this?", from 1 to 3."""
    return (
        translate("Wording", "Not very confident"),
        translate("Wording", "Fairly confident"),
        translate("Wording", "Very confident"),
    )


def confidence_text(value: int | None) -> str:
    """How a confidence answer reads on the results page and in the plan; '' when none."""
    labels = confidence_labels()
    return labels[value - 1] if value in (1, 2, 3) else ""


def level_text(framework: Framework, level: int | None, not_yet: bool = False) -> str:
    if not_yet:
        return translate("Wording", "not had the chance yet")
    if level is None:
        return translate("Wording", "not answered")
    return translate("Wording", "{level} · {name}").format(
        level=level, name=framework.level_names[level - 1]
    )


def fit_band_text(band: str) -> str:
    """How a role fits, in words: the same on screen and in documents."""
    words = {
        FIT_STRONG: translate("Wording", "A strong match"),
        FIT_GROWING: translate("Wording", "Growing"),
        FIT_NOT_YET: translate("Wording", "Not yet"),
    }
    return words.get(band, translate("Wording", "Not yet known"))


def role_fit_sentence(framework: Framework, fit: RoleFit) -> str:
    """One short sentence, only about the competences the role itself leans on most."""
    if fit.band == FIT_UNKNOWN:
        return translate(
            "Wording", "It leans most on {carrying}: choose levels for them to see how you fit."
        ).format(carrying=join_names([s.name for s in fit.carrying]))
    standing = join_names(
        [
            translate("Wording", "{name} ({level})").format(name=s.name, level=s.level)
            if s.level is not None
            else translate("Wording", "{name} (not tried yet)").format(name=s.name)
            for s in fit.carrying
        ]
    )
    if fit.untried:
        return translate(
            "Wording", "It leans most on {standing}; a chance to try {names} would tell you more."
        ).format(standing=standing, names=join_names([s.name for s in fit.untried]))
    if fit.band == FIT_STRONG:
        return translate(
            "Wording", "It leans most on {standing}; you already stand high on them."
        ).format(standing=standing)
    return translate(
        "Wording", "It leans most on {standing}; growing {grow} would strengthen it most."
    ).format(standing=standing, grow=join_names([s.name for s in fit.to_strengthen]))


def role_fit_summary(fits: list[RoleFit]) -> str:
    """'A strong match: A and B. Growing: C.': roles grouped, never ranked within a group."""
    parts = [
        translate("Wording", "{band}: {names}.").format(
            band=fit_band_text(band), names=join_names([f.name for f in group])
        )
        for band, group in fits_by_band(fits).items()
        if group and band != FIT_UNKNOWN
    ]
    return " ".join(parts)


def comparison_sentences(framework: Framework, comparison: Comparison) -> list[str]:
    """What changed between two reflections, in words, most telling first."""
    lines: list[str] = []
    for change in comparison.grown():
        lines.append(
            translate("Wording", "{name}: up from {before} to {after}.").format(
                name=change.name, before=change.before, after=change.after
            )
        )
    for change in comparison.lower():
        lines.append(
            translate("Wording", "{name}: {before} then, {after} now.").format(
                name=change.name, before=change.before, after=change.after
            )
            + " "
            + _lower_rating_note()
        )
    for change in comparison.newly_rated():
        lines.append(
            translate("Wording", "{name}: rated for the first time, at {after}.").format(
                name=change.name, after=change.after
            )
        )
    for change in comparison.competences:
        if change.before is not None and change.after is None and change.after_not_yet:
            lines.append(
                translate("Wording", "{name}: marked 'not had the chance yet' this time.").format(
                    name=change.name
                )
            )
    steady = comparison.steady()
    if steady:
        lines.append(
            translate("Wording", "Same level as before: {names}.").format(
                names=join_names([c.name for c in steady])
            )
        )
    for role in comparison.roles:
        if None not in (role.now_before, role.now_after) and role.now_before != role.now_after:
            lines.append(
                translate(
                    "Wording",
                    "{name}: how much it describes what you do went from {before} to {after} "
                    "(out of 4).",
                ).format(name=role.name, before=role.now_before, after=role.now_after)
            )
    looked_back = [c for c in comparison.competences if c.look_back is not None]
    for change in looked_back:
        if change.after is None:
            continue
        lines.append(
            translate(
                "Wording",
                "{name}: looking back, you put your start at {look_back} (at the time you said "
                "{before}); from there you have moved to {after}.",
            ).format(
                name=change.name,
                look_back=change.look_back,
                before=change.before
                if change.before is not None
                else translate("Wording", "no level"),
                after=change.after,
            )
        )
    if looked_back:
        lines.append(
            translate(
                "Wording",
                "Looking back, many people rate their start lower than they did at the time, "
                "because they now know more about the skill. Both views are kept side by side.",
            )
        )
    if not lines:
        lines.append(
            translate("Wording", "There is nothing to compare yet: answer some pages in both.")
        )
    return lines


def _lower_rating_note() -> str:
    return translate(
        "Wording",
        "A lower rating often means you see more of the skill than before, not that you "
        "have lost it.",
    )


def change_summary(comparison: Comparison) -> str:
    """What moved since an earlier reflection, in one line; '' when nothing can be compared.

    The short form of comparison_sentences, for a summary: the same comparison, the
    same words for a lower rating.
    """
    parts = []
    grown = [c.name for c in comparison.grown()]
    lower = [c.name for c in comparison.lower()]
    new = [c.name for c in comparison.newly_rated()]
    steady = [c.name for c in comparison.steady()]
    if grown:
        parts.append(translate("Wording", "higher in {names}").format(names=join_names(grown)))
    if lower:
        parts.append(translate("Wording", "lower in {names}").format(names=join_names(lower)))
    if new:
        parts.append(
            translate("Wording", "rated for the first time in {names}").format(
                names=join_names(new)
            )
        )
    if steady:
        others = len(steady)  # a plain name: lupdate sees the plural message
        parts.append(
            translate("Wording", "the same in {names}").format(names=join_names(steady))
            if len(steady) <= 3
            else translate("Wording", "the same in %n others", None, others)
        )
    if not parts:
        return ""
    line = "; ".join(parts) + "."
    if lower:
        line += " " + _lower_rating_note()
    return line[0].upper() + line[1:]


def goal_status_text(status: str) -> str:
    """How a goal's status reads, the same on the plan page and in the plan document."""
    words = {
        "not_started": translate("Wording", "Not started"),
        "under_way": translate("Wording", "Under way"),
        "achieved": translate("Wording", "Achieved"),
        "set_aside": translate("Wording", "Set aside"),
    }
    return words.get(status, status)
