<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>mixdesk::AnalysisPane</name>
    <message numerus="yes">
        <source>%1 of %2 (%3, %n hop(s))</source>
        <translation><numerusform>%1 of %2 (%3, %n hop)</numerusform><numerusform>%1 of %2 (%3, %n hops)</numerusform></translation>
    </message>
</context>
</TS>