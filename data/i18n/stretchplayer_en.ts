<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
