<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DeleteDialog</name>
    <message numerus="yes">
        <source>%n backups</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged copies put aside after a repair</source>
        <translation>
            <numerusform>%n damaged copy put aside after a repair</numerusform>
            <numerusform>%n damaged copies put aside after a repair</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n half-made files left by an interrupted backup</source>
        <translation>
            <numerusform>%n half-made file left by an interrupted backup</numerusform>
            <numerusform>%n half-made files left by an interrupted backup</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupSummary</name>
    <message numerus="yes">
        <source>%n could be counted</source>
        <translation>
            <numerusform>%n could be counted</numerusform>
            <numerusform>%n could be counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were copies of a file already counted (each counted once)</source>
        <translation>
            <numerusform>%n was a copy of a file already counted (each counted once)</numerusform>
            <numerusform>%n were copies of a file already counted (each counted once)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be used</source>
        <translation>
            <numerusform>%n could not be used</numerusform>
            <numerusform>%n could not be used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files were read: {parts}.</source>
        <translation>
            <numerusform>%n file was read: {parts}.</numerusform>
            <numerusform>%n files were read: {parts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people shared their answers.</source>
        <translation>
            <numerusform>%n person shared their answers.</numerusform>
            <numerusform>%n people shared their answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your level (or &apos;not had the chance yet&apos;), your confidence and &apos;I want to develop this&apos; for each of the %n competences</source>
        <translation>
            <numerusform>Your level (or &apos;not had the chance yet&apos;), your confidence and &apos;I want to develop this&apos; for the %n competence</numerusform>
            <numerusform>Your level (or &apos;not had the chance yet&apos;), your confidence and &apos;I want to develop this&apos; for each of the %n competences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where you think you were at the start, for %n of them</source>
        <translation>
            <numerusform>Where you think you were at the start, for %n of them</numerusform>
            <numerusform>Where you think you were at the start, for %n of them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How much each of the %n roles describes what you do now, and how much you would like to grow into it</source>
        <translation>
            <numerusform>How much the %n role describes what you do now, and how much you would like to grow into it</numerusform>
            <numerusform>How much each of the %n roles describes what you do now, and how much you would like to grow into it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} ({count} of %n people)</source>
        <translation>
            <numerusform>{name} ({count} of %n person)</numerusform>
            <numerusform>{name} ({count} of %n people)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupWindow</name>
    <message numerus="yes">
        <source>%n people counted</source>
        <translation>
            <numerusform>%n person counted</numerusform>
            <numerusform>%n people counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message numerus="yes">
        <source>%n goals under way</source>
        <translation>
            <numerusform>%n goal under way</numerusform>
            <numerusform>%n goals under way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goals not started yet</source>
        <translation>
            <numerusform>%n goal not started yet</numerusform>
            <numerusform>%n goals not started yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goals achieved</source>
        <translation>
            <numerusform>%n goal achieved</numerusform>
            <numerusform>%n goals achieved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goals set aside</source>
        <translation>
            <numerusform>%n goal set aside</numerusform>
            <numerusform>%n goals set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under way</source>
        <translation>
            <numerusform>%n under way</numerusform>
            <numerusform>%n under way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started yet</source>
        <translation>
            <numerusform>%n not started yet</numerusform>
            <numerusform>%n not started yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n achieved</source>
        <translation>
            <numerusform>%n achieved</numerusform>
            <numerusform>%n achieved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set aside</source>
        <translation>
            <numerusform>%n set aside</numerusform>
            <numerusform>%n set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(This text goes on for %n more characters. It is all kept in the app.)</source>
        <translation type="vanished">
            <numerusform>(This text goes on for %n more character. It is all kept in the app.)</numerusform>
            <numerusform>(This text goes on for %n more characters. It is all kept in the app.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(The PDF shows the beginning of this text, so that it stays quick to make and to read. %Ln more characters are kept in the app, and the Word, OpenDocument, web page and Markdown files hold the whole text.)</source>
        <translation>
            <numerusform>(The PDF shows the beginning of this text, so that it stays quick to make and to read. %Ln more character is kept in the app, and the Word, OpenDocument, web page and Markdown files hold the whole text.)</numerusform>
            <numerusform>(The PDF shows the beginning of this text, so that it stays quick to make and to read. %Ln more characters are kept in the app, and the Word, OpenDocument, web page and Markdown files hold the whole text.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <source>•  {title}: {done} of %n pages answered</source>
        <translation>
            <numerusform>•  {title}: {done} of %n page answered</numerusform>
            <numerusform>•  {title}: {done} of %n pages answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%n goals</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflections</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backups</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the same in %n others</source>
        <translation>
            <numerusform>the same in %n other</numerusform>
            <numerusform>the same in %n others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message numerus="yes">
        <source>Nothing new: all %n records were already here.</source>
        <translation>
            <numerusform>Nothing new: the %n record was already here.</numerusform>
            <numerusform>Nothing new: all %n records were already here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profiles</source>
        <translation>
            <numerusform>%n profile</numerusform>
            <numerusform>%n profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wellbeing and mentor sections</source>
        <translation>
            <numerusform>%n wellbeing and mentor section</numerusform>
            <numerusform>%n wellbeing and mentor sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n support needs</source>
        <translation>
            <numerusform>%n support need</numerusform>
            <numerusform>%n support needs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback packs</source>
        <translation>
            <numerusform>%n feedback pack</numerusform>
            <numerusform>%n feedback packs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rounds of feedback</source>
        <translation>
            <numerusform>%n round of feedback</numerusform>
            <numerusform>%n rounds of feedback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{failed} of the %n files cannot be imported, so none of them has been. Nothing has been changed.</source>
        <translation>
            <numerusform>{failed} of the %n file cannot be imported. Nothing has been changed.</numerusform>
            <numerusform>{failed} of the %n files cannot be imported, so none of them has been. Nothing has been changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} cannot be imported because it has %n problems. Nothing has been changed.</source>
        <translation>
            <numerusform>{name} cannot be imported because it has %n problem. Nothing has been changed.</numerusform>
            <numerusform>{name} cannot be imported because it has %n problems. Nothing has been changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>group</name>
    <message numerus="yes">
        <source>%n counted</source>
        <translation>
            <numerusform>%n counted</numerusform>
            <numerusform>%n counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same as another (counted once)</source>
        <translation>
            <numerusform>%n the same as another (counted once)</numerusform>
            <numerusform>%n the same as another (counted once)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not counted</source>
        <translation>
            <numerusform>%n not counted</numerusform>
            <numerusform>%n not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files: {parts}.</source>
        <translation>
            <numerusform>%n file: {parts}.</numerusform>
            <numerusform>%n files: {parts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are only %n people in this group. With fewer than {minimum}, a table with a row per person would show each person&apos;s own answers, so it has not been made. The report shows how many took part.</source>
        <translation>
            <numerusform>There is only %n person in this group. With fewer than {minimum}, a table with a row per person would show each person&apos;s own answers, so it has not been made. The report shows how many took part.</numerusform>
            <numerusform>There are only %n people in this group. With fewer than {minimum}, a table with a row per person would show each person&apos;s own answers, so it has not been made. The report shows how many took part.</numerusform>
        </translation>
    </message>
</context>
</TS>
