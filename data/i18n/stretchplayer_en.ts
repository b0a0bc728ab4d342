<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%s: valid — %n pose(s) (%s on both sides), schema version %s</source>
        <translation>
            <numerusform>%s: valid — %n poses (%s on both sides), schema version %s</numerusform>
            <numerusform>%s: valid — %n poses (%s on both sides), schema version %s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row. Stretch once a day to keep it going.</source>
        <translation>
            <numerusform>Streak: %n day in a row. Stretch once a day to keep it going.</numerusform>
            <numerusform>Streak: %n days in a row. Stretch once a day to keep it going.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <comment>routine pacing</comment>
        <translation>
            <numerusform>%n breaths</numerusform>
            <numerusform>%n breaths</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui_history</name>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui_library</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>one problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui_prefs</name>
    <message numerus="yes">
        <source>breath(s)</source>
        <translation>
            <numerusform>breath</numerusform>
            <numerusform>breaths</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui_presenter</name>
    <message numerus="yes">
        <source>%n day(s) in a row.</source>
        <translation>
            <numerusform>%n day in a row.</numerusform>
            <numerusform>%n days in a row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui_window</name>
    <message numerus="yes">
        <source>%s of %n pose(s) · %s</source>
        <translation>
            <numerusform>%s of %n poses · %s</numerusform>
            <numerusform>%s of %n poses · %s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message numerus="yes">
        <source>%n pose(s)</source>
        <translation>
            <numerusform>%n pose</numerusform>
            <numerusform>%n poses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n breath</numerusform>
            <numerusform>%n breaths</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>2 sides × %n breath(s)</source>
        <translation>
            <numerusform>2 sides × %n breath</numerusform>
            <numerusform>2 sides × %n breaths</numerusform>
        </translation>
    </message>
</context>
</TS>
