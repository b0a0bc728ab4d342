<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>app_window</name>
    <message>
        <source>Breathe in slowly. And breathe out. This is how I will guide you.</source>
        <translation>Atme langsam ein. Und atme aus. So werde ich dich anleiten.</translation>
    </message>
    <message>
        <source>The routine &quot;%s&quot; is gone; showing your last poses.</source>
        <translation>Die Routine „%s“ gibt es nicht mehr; deine letzten Übungen werden gezeigt.</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>Using the poses in %s.</source>
        <translation>Die Übungen aus %s werden verwendet.</translation>
    </message>
    <message>
        <source>Using the built-in poses.</source>
        <translation>Die eingebauten Übungen werden verwendet.</translation>
    </message>
    <message>
        <source>Tick at least one pose to save a routine.</source>
        <translation>Hake mindestens eine Übung an, um eine Routine zu speichern.</translation>
    </message>
    <message>
        <source>Replaced the routine &quot;%s&quot;.</source>
        <translation>Die Routine „%s“ wurde ersetzt.</translation>
    </message>
    <message>
        <source>Saved the routine &quot;%s&quot;.</source>
        <translation>Routine „%s“ gespeichert.</translation>
    </message>
    <message>
        <source>Renamed the routine &quot;%s&quot; to &quot;%s&quot;.</source>
        <translation>Die Routine „%s“ heißt jetzt „%s“.</translation>
    </message>
    <message>
        <source>Deleted the routine &quot;%s&quot;.</source>
        <translation>Routine „%s“ gelöscht.</translation>
    </message>
    <message>
        <source>Routines not saved: %s</source>
        <translation>Routinen nicht gespeichert: %s</translation>
    </message>
    <message>
        <source>The routine &quot;%s&quot; has poses this library lacks: %s. They stay in the routine.</source>
        <translation>Die Routine „%s“ enthält Übungen, die dieser Bibliothek fehlen: %s. Sie bleiben in der Routine.</translation>
    </message>
    <message>
        <source>Settings not saved: %s</source>
        <translation>Einstellungen nicht gespeichert: %s</translation>
    </message>
    <message>
        <source>already open; showing that window</source>
        <translation>bereits geöffnet; dieses Fenster wird gezeigt</translation>
    </message>
    <message>
        <source>%s problems, the first: %s</source>
        <translation>%s Probleme, das erste: %s</translation>
    </message>
    <message>
        <source>Your pose library cannot be used (%s); using the built-in poses.</source>
        <translation>Deine Übungsbibliothek kann nicht verwendet werden (%s); die eingebauten Übungen werden verwendet.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Wahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet einen Wert</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%(prog)s: error: %(message)s (see --help)
</source>
        <translation>%(prog)s: Fehler: %(message)s (siehe --help)
</translation>
    </message>
    <message>
        <source>expected a number of %(unit)s, got %(text)s</source>
        <translation>erwartet eine Zahl (%(unit)s), erhalten: %(text)s</translation>
    </message>
    <message>
        <source>expected %(unit)s from %(low)s to %(high)s, got %(text)s</source>
        <translation>erwartet %(low)s bis %(high)s %(unit)s, erhalten: %(text)s</translation>
    </message>
    <message>
        <source>%(help)s: %(described)s (default %(default)s, or as saved in Preferences)</source>
        <translation>%(help)s: %(described)s (Standard %(default)s, oder wie in den Einstellungen gespeichert)</translation>
    </message>
    <message>
        <source>%(help)s, %(low)s to %(high)s %(symbol)s (default %(default)s %(symbol)s, or as saved in Preferences)</source>
        <translation>%(help)s, %(low)s bis %(high)s %(symbol)s (Standard %(default)s %(symbol)s, oder wie in den Einstellungen gespeichert)</translation>
    </message>
    <message>
        <source>expected a number like 20, got %s</source>
        <translation>erwartet eine Zahl wie 20, erhalten: %s</translation>
    </message>
    <message>
        <source>expected a speed from 0.1 to 1000, got %s</source>
        <translation>erwartet eine Geschwindigkeit von 0.1 bis 1000, erhalten: %s</translation>
    </message>
    <message>
        <source>expected pose ids separated by commas, got %s</source>
        <translation>erwartet durch Kommas getrennte Übungs-IDs, erhalten: %s</translation>
    </message>
    <message>
        <source>expected each pose once, got %s more than once</source>
        <translation>jede Übung einmal erwartet, %s kommt mehrmals vor</translation>
    </message>
    <message>
        <source>expected ID=BREATHS pairs (1 to 100) separated by commas, got %s</source>
        <translation>erwartet durch Kommas getrennte Paare ID=ATEMZÜGE (1 bis 100), erhalten: %s</translation>
    </message>
    <message>
        <source>use this pose library instead of the built-in one</source>
        <translation>diese Übungsbibliothek statt der eingebauten verwenden</translation>
    </message>
    <message>
        <source>speak and write in this language (e.g. de, es, fr; default: as the desktop is set)</source>
        <translation>in dieser Sprache sprechen und schreiben (z. B. de, es, fr; Standard: wie der Desktop eingestellt ist)</translation>
    </message>
    <message>
        <source>tell what StretchPlayer is doing on stderr; -vv for every detail</source>
        <translation>auf stderr berichten, was StretchPlayer tut; -vv für jedes Detail</translation>
    </message>
    <message>
        <source>the poses to do, in this order (default: all; see &apos;list&apos;)</source>
        <translation>die Übungen in dieser Reihenfolge (Standard: alle; siehe &apos;list&apos;)</translation>
    </message>
    <message>
        <source>do the poses of this saved routine, in its order, at its pacing (see &apos;routines&apos;)</source>
        <translation>die Übungen dieser gespeicherten Routine machen, in ihrer Reihenfolge und ihrem Tempo (siehe &apos;routines&apos;)</translation>
    </message>
    <message>
        <source>speak the cues (default: off)</source>
        <translation>die Ansagen sprechen (Standard: aus)</translation>
    </message>
    <message>
        <source>print JSON for other programs</source>
        <translation>JSON für andere Programme ausgeben</translation>
    </message>
    <message>
        <source>A hands-free guide through a routine of hamstring stretches. With no command, opens the window.</source>
        <translation>Eine freihändige Anleitung durch eine Dehnroutine für die Oberschenkelrückseite. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>open the window with this saved routine chosen (see &apos;routines&apos;)</source>
        <translation>das Fenster mit dieser gespeicherten Routine öffnen (siehe &apos;routines&apos;)</translation>
    </message>
    <message>
        <source>list the poses in the library</source>
        <translation>die Übungen der Bibliothek auflisten</translation>
    </message>
    <message>
        <source>show the session&apos;s timeline, every cue with its time</source>
        <translation>den Ablauf der Einheit zeigen, jede Ansage mit ihrer Zeit</translation>
    </message>
    <message>
        <source>play a session without a window</source>
        <translation>eine Einheit ohne Fenster abspielen</translation>
    </message>
    <message>
        <source>print each cue as it fires (required: the only mode without a window)</source>
        <translation>jede Ansage ausgeben, sobald sie fällig ist (nötig: der einzige Modus ohne Fenster)</translation>
    </message>
    <message>
        <source>play X times faster (e.g. 20 for a preview)</source>
        <translation>X-mal schneller abspielen (z. B. 20 für eine Vorschau)</translation>
    </message>
    <message>
        <source>check a pose library file</source>
        <translation>eine Übungsbibliothek prüfen</translation>
    </message>
    <message>
        <source>write the whole session, spoken, as one WAV file</source>
        <translation>die ganze Einheit gesprochen als eine WAV-Datei schreiben</translation>
    </message>
    <message>
        <source>past sessions and the current streak</source>
        <translation>vergangene Einheiten und die aktuelle Serie</translation>
    </message>
    <message>
        <source>draw a pose&apos;s figure to PNG or SVG</source>
        <translation>die Figur einer Übung als PNG oder SVG zeichnen</translation>
    </message>
    <message>
        <source>list the saved routines; save, delete or rename one</source>
        <translation>die gespeicherten Routinen auflisten; eine speichern, löschen oder umbenennen</translation>
    </message>
    <message>
        <source>With no action, lists the routines (the built-in one first).</source>
        <translation>Ohne Aktion werden die Routinen aufgelistet (die eingebaute zuerst).</translation>
    </message>
    <message>
        <source>save (or replace) a routine: poses in order, and any pacing of its own</source>
        <translation>eine Routine speichern (oder ersetzen): Übungen in Reihenfolge und eigenes Tempo</translation>
    </message>
    <message>
        <source>its name; a saved routine of that name is replaced, keeping the pacing and breath counts of its own that are not given here</source>
        <translation>ihr Name; eine gespeicherte Routine dieses Namens wird ersetzt und behält ihr eigenes Tempo und ihre Atemzahlen, soweit sie hier nicht angegeben sind</translation>
    </message>
    <message>
        <source>the routine&apos;s poses, in this order (see &apos;list&apos;)</source>
        <translation>die Übungen der Routine in dieser Reihenfolge (siehe &apos;list&apos;)</translation>
    </message>
    <message>
        <source>hold these poses for N breaths in this routine (default: as the library says)</source>
        <translation>diese Übungen in dieser Routine N Atemzüge lang halten (Standard: wie in der Bibliothek)</translation>
    </message>
    <message>
        <source>delete a saved routine</source>
        <translation>eine gespeicherte Routine löschen</translation>
    </message>
    <message>
        <source>the saved routine to delete</source>
        <translation>die gespeicherte Routine, die gelöscht wird</translation>
    </message>
    <message>
        <source>rename a saved routine</source>
        <translation>eine gespeicherte Routine umbenennen</translation>
    </message>
    <message>
        <source>the saved routine&apos;s name now</source>
        <translation>der jetzige Name der gespeicherten Routine</translation>
    </message>
    <message>
        <source>its new name, not taken by another</source>
        <translation>ihr neuer Name, den keine andere trägt</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1, got %s</source>
        <translation>erwartet eine Zahl von 0 bis 1, erhalten: %s</translation>
    </message>
    <message>
        <source>expected a step number like 1, got %s</source>
        <translation>erwartet eine Schrittnummer wie 1, erhalten: %s</translation>
    </message>
    <message>
        <source>expected a step number from 1, got %s</source>
        <translation>erwartet eine Schrittnummer ab 1, erhalten: %s</translation>
    </message>
    <message>
        <source>expected a width in pixels like 880, got %s</source>
        <translation>erwartet eine Breite in Pixeln wie 880, erhalten: %s</translation>
    </message>
    <message>
        <source>expected a width of at least 1 pixel, got %s</source>
        <translation>erwartet eine Breite von mindestens 1 Pixel, erhalten: %s</translation>
    </message>
    <message>
        <source>the pose (see &apos;list&apos;)</source>
        <translation>die Übung (siehe &apos;list&apos;)</translation>
    </message>
    <message>
        <source>setup step N, from 1 (default: the hold)</source>
        <translation>Schritt N der Vorbereitung, ab 1 (Standard: das Halten)</translation>
    </message>
    <message>
        <source>the hold (the default)</source>
        <translation>das Halten (der Standard)</translation>
    </message>
    <message>
        <source>which side of a two-sided pose (default: the side it starts on)</source>
        <translation>welche Seite einer beidseitigen Übung (Standard: die Seite, mit der sie beginnt)</translation>
    </message>
    <message>
        <source>during the hold, the breath from 0 (empty lungs) to 1 (full)</source>
        <translation>beim Halten der Atem von 0 (Lunge leer) bis 1 (voll)</translation>
    </message>
    <message>
        <source>image width (default 880)</source>
        <translation>Bildbreite (Standard 880)</translation>
    </message>
    <message>
        <source>colours for a dark background</source>
        <translation>Farben für einen dunklen Hintergrund</translation>
    </message>
    <message>
        <source>%s problems:</source>
        <translation>%s Probleme:</translation>
    </message>
    <message>
        <source>--routine and --poses: expected one or the other, not both</source>
        <translation>--routine und --poses: erwartet das eine oder das andere, nicht beides</translation>
    </message>
    <message>
        <source>routine &quot;%s&quot;: poses not in this library: %s</source>
        <translation>Routine „%s“: Übungen, die nicht in dieser Bibliothek sind: %s</translation>
    </message>
    <message>
        <source>--routine: %s; nothing left to do</source>
        <translation>--routine: %s; nichts mehr zu tun</translation>
    </message>
    <message>
        <source>%s; doing the others (the routine is kept as saved)</source>
        <translation>%s; die anderen werden gemacht (die Routine bleibt, wie sie gespeichert ist)</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>total %s (%s s, %s)</source>
        <translation>gesamt %s (%s s, %s)</translation>
    </message>
    <message>
        <source>countdown</source>
        <comment>plan column</comment>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>pose</source>
        <comment>plan column</comment>
        <translation>Übung</translation>
    </message>
    <message>
        <source>step</source>
        <comment>plan column</comment>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>plan column</comment>
        <translation>Halten</translation>
    </message>
    <message>
        <source>breath</source>
        <comment>plan column</comment>
        <translation>Atem</translation>
    </message>
    <message>
        <source>release</source>
        <comment>plan column</comment>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>switch</source>
        <comment>plan column</comment>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>rest</source>
        <comment>plan column</comment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>done</source>
        <comment>plan column</comment>
        <translation>Ende</translation>
    </message>
    <message numerus="yes">
        <source>%s: valid — %n pose(s) (%s on both sides), schema version %s</source>
        <translation>
            <numerusform>%s: gültig — %n Übung (%s beidseitig), Schemaversion %s</numerusform>
            <numerusform>%s: gültig — %n Übungen (%s beidseitig), Schemaversion %s</numerusform>
        </translation>
    </message>
    <message>
        <source>%s: valid — the %s texts of %s</source>
        <translation>%s: gültig — die %s-Texte zu %s</translation>
    </message>
    <message>
        <source>--voice: %s; the session goes on silently.</source>
        <translation>--voice: %s; die Einheit läuft ohne Ton weiter.</translation>
    </message>
    <message>
        <source>--out: %s is a folder; expected a file name such as session.wav</source>
        <translation>--out: %s ist ein Ordner; erwartet ein Dateiname wie einheit.wav</translation>
    </message>
    <message>
        <source>--out: the folder %s does not exist</source>
        <translation>--out: den Ordner %s gibt es nicht</translation>
    </message>
    <message>
        <source>--out: %s is a file, not a folder</source>
        <translation>--out: %s ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>export-audio: cannot speak: %s</source>
        <translation>export-audio: kann nicht sprechen: %s</translation>
    </message>
    <message>
        <source>export-audio: cannot write %s: %s</source>
        <translation>export-audio: kann %s nicht schreiben: %s</translation>
    </message>
    <message>
        <source>%s: %s (%s s) of audio, %s spoken cues, %s chimes</source>
        <translation>%s: %s (%s s) Audio, %s gesprochene Ansagen, %s Klänge</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row. Stretch once a day to keep it going.</source>
        <translation>
            <numerusform>Serie: %n Tag in Folge. Dehn dich einmal am Tag, damit sie weitergeht.</numerusform>
            <numerusform>Serie: %n Tage in Folge. Dehn dich einmal am Tag, damit sie weitergeht.</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet: finish a session once a day to start one.</source>
        <translation>Noch keine Serie: Schließ einmal am Tag eine Einheit ab, um eine zu beginnen.</translation>
    </message>
    <message>
        <source>No sessions yet: run `stretchplayer` and press Space to start.</source>
        <translation>Noch keine Einheiten: Starte `stretchplayer` und drück die Leertaste.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>%a %d %b %Y %H:%M</source>
        <translation>%d.%m.%Y %H:%M</translation>
    </message>
    <message>
        <source>, in the terminal</source>
        <translation>, im Terminal</translation>
    </message>
    <message>
        <source>--pose: %s has no figure in this library; it is drawn from %s</source>
        <translation>--pose: %s hat in dieser Bibliothek keine Figur; sie wird aus %s gezeichnet</translation>
    </message>
    <message>
        <source>--step: expected 1 to %(most)s for %(pose)s, got %(step)s</source>
        <translation>--step: erwartet 1 bis %(most)s für %(pose)s, erhalten: %(step)s</translation>
    </message>
    <message>
        <source>--side: %s is done once, not on each side</source>
        <translation>--side: %s wird einmal gemacht, nicht auf jeder Seite</translation>
    </message>
    <message>
        <source>--breath: the figure breathes during the hold; leave out --step</source>
        <translation>--breath: die Figur atmet beim Halten; lass --step weg</translation>
    </message>
    <message>
        <source>--out: expected a file name ending in .png or .svg, got %s</source>
        <translation>--out: erwartet einen Dateinamen auf .png oder .svg, erhalten: %s</translation>
    </message>
    <message>
        <source>--out: %s is a folder; expected a file name such as figure.png</source>
        <translation>--out: %s ist ein Ordner; erwartet einen Dateinamen wie figur.png</translation>
    </message>
    <message>
        <source>--out: cannot write %s: %s</source>
        <translation>--out: kann %s nicht schreiben: %s</translation>
    </message>
    <message>
        <source>step %s</source>
        <translation>Schritt %s</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>, left side</source>
        <translation>, linke Seite</translation>
    </message>
    <message>
        <source>, right side</source>
        <translation>, rechte Seite</translation>
    </message>
    <message>
        <source>--breaths: not among --poses: %s</source>
        <translation>--breaths: nicht unter --poses: %s</translation>
    </message>
    <message>
        <source>saved routine &quot;%s&quot;: %s</source>
        <translation>Routine „%s“ gespeichert: %s</translation>
    </message>
    <message>
        <source>replaced routine &quot;%s&quot;: %s (it could not be read)</source>
        <translation>Routine „%s“ ersetzt: %s (sie ließ sich nicht lesen)</translation>
    </message>
    <message>
        <source>replaced routine &quot;%s&quot;: %s (it had %s)</source>
        <translation>Routine „%s“ ersetzt: %s (vorher: %s)</translation>
    </message>
    <message>
        <source>deleted routine &quot;%s&quot;</source>
        <translation>Routine „%s“ gelöscht</translation>
    </message>
    <message>
        <source>renamed routine &quot;%s&quot; to &quot;%s&quot;</source>
        <translation>Routine „%s“ in „%s“ umbenannt</translation>
    </message>
    <message>
        <source>routines %s: %s: not saved (%s)</source>
        <translation>routines %s: %s: nicht gespeichert (%s)</translation>
    </message>
    <message>
        <source> (built in)</source>
        <translation> (eingebaut)</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <comment>routine pacing</comment>
        <translation>
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzüge</numerusform>
        </translation>
    </message>
    <message>
        <source>  not in this library: %s</source>
        <translation>  nicht in dieser Bibliothek: %s</translation>
    </message>
</context>
<context>
    <name>desktop_words</name>
    <message>
        <source>A stretching session is running</source>
        <translation>Eine Dehneinheit läuft</translation>
    </message>
    <message>
        <source>Hamstring stretches</source>
        <translation>Dehnübungen für die Oberschenkelrückseite</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Breathe &amp;in for</source>
        <translation>&amp;Einatmen</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>how long each inhale lasts</source>
        <translation>wie lange jedes Einatmen dauert</translation>
    </message>
    <message>
        <source>Breathe &amp;out for</source>
        <translation>&amp;Ausatmen</translation>
    </message>
    <message>
        <source>how long each exhale lasts</source>
        <translation>wie lange jedes Ausatmen dauert</translation>
    </message>
    <message>
        <source>&amp;Get ready for</source>
        <translation>&amp;Vorbereitung</translation>
    </message>
    <message>
        <source>time to get ready before the first pose</source>
        <translation>Zeit zum Vorbereiten vor der ersten Übung</translation>
    </message>
    <message>
        <source>&amp;Rest between poses</source>
        <translation>&amp;Pause zwischen Übungen</translation>
    </message>
    <message>
        <source>rest between poses (more when moving to or from the floor)</source>
        <translation>Pause zwischen Übungen (länger beim Wechsel auf den Boden oder zurück)</translation>
    </message>
    <message>
        <source>Two-sided poses &amp;start on</source>
        <translation>Beidseitige Übungen &amp;beginnen</translation>
    </message>
    <message>
        <source>As each pose describes</source>
        <translation>Wie jede Übung es beschreibt</translation>
    </message>
    <message>
        <source>Right side first</source>
        <translation>Rechte Seite zuerst</translation>
    </message>
    <message>
        <source>Left side first</source>
        <translation>Linke Seite zuerst</translation>
    </message>
    <message>
        <source>the side two-sided poses start on</source>
        <translation>die Seite, mit der beidseitige Übungen beginnen</translation>
    </message>
    <message>
        <source>&amp;Speak the instructions</source>
        <translation>Anleitung &amp;sprechen</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>S&amp;timme</translation>
    </message>
    <message>
        <source>Spea&amp;king rate</source>
        <translation>Sprech&amp;tempo</translation>
    </message>
    <message>
        <source>words per minute</source>
        <translation>Wörter pro Minute</translation>
    </message>
    <message>
        <source>words/min</source>
        <translation>Wörter/min</translation>
    </message>
    <message>
        <source>Vo&amp;lume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <source>S&amp;ay</source>
        <translation>Ans&amp;agen</translation>
    </message>
    <message>
        <source>Every instruction</source>
        <translation>Jede Anweisung</translation>
    </message>
    <message>
        <source>Key moments only</source>
        <translation>Nur wichtige Momente</translation>
    </message>
    <message>
        <source>Chimes only</source>
        <translation>Nur Klänge</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Say inhale/exhale for the first</source>
        <translation>Ein-/Ausatmen ansagen für die ersten</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>Atemzüge</translation>
    </message>
    <message>
        <source>Soft &amp;chimes mark the breaths</source>
        <translation>Sanfte &amp;Klänge markieren die Atemzüge</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>As the desktop is set</source>
        <translation>Wie der Desktop eingestellt ist</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A new &amp;day starts at</source>
        <translation>Ein neuer &amp;Tag beginnt um</translation>
    </message>
    <message>
        <source>o&apos;clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Show t&amp;he streak of days in a row</source>
        <translation>Se&amp;rie von Tagen in Folge zeigen</translation>
    </message>
    <message>
        <source>Keep the screen a&amp;wake while a session runs</source>
        <translation>Bildschirm während einer Einheit &amp;wach halten</translation>
    </message>
    <message>
        <source>Reduce &amp;motion: the figure shows each step still</source>
        <translation>&amp;Weniger Bewegung: die Figur zeigt jeden Schritt ruhig</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Sprac&amp;he</translation>
    </message>
</context>
<context>
    <name>history_errors</name>
    <message>
        <source>this run&apos;s sessions will not be kept</source>
        <translation>die Einheiten dieses Laufs werden nicht gespeichert</translation>
    </message>
    <message>
        <source>expected history schema version %(ours)s or older, got %(theirs)s (written by a newer StretchPlayer); %(lost)s</source>
        <translation>erwartet Schemaversion %(ours)s des Verlaufs oder älter, erhalten: %(theirs)s (von einem neueren StretchPlayer geschrieben); %(lost)s</translation>
    </message>
    <message>
        <source>expected a history database (%(problem)s); could not move it aside (%(reason)s); %(lost)s</source>
        <translation>erwartet eine Verlaufsdatenbank (%(problem)s); konnte sie nicht beiseitelegen (%(reason)s); %(lost)s</translation>
    </message>
    <message>
        <source>expected a history database (%(problem)s); moved it aside to %(aside)s and started a new history</source>
        <translation>erwartet eine Verlaufsdatenbank (%(problem)s); als %(aside)s beiseitegelegt und einen neuen Verlauf begonnen</translation>
    </message>
    <message>
        <source>cannot create a new history (%s); %s</source>
        <translation>kann keinen neuen Verlauf anlegen (%s); %s</translation>
    </message>
    <message>
        <source>cannot write to the history (%s); showing it read-only; %s</source>
        <translation>kann nicht in den Verlauf schreiben (%s); er wird schreibgeschützt angezeigt; %s</translation>
    </message>
    <message>
        <source>cannot open the history (%s); %s</source>
        <translation>kann den Verlauf nicht öffnen (%s); %s</translation>
    </message>
    <message>
        <source>cannot record the session (%s)</source>
        <translation>kann die Einheit nicht eintragen (%s)</translation>
    </message>
    <message>
        <source>cannot read the history (%s)</source>
        <translation>kann den Verlauf nicht lesen (%s)</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>die Datei ist keine Datenbank</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>English</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>unknown language %s; using %s (available: %s)</source>
        <translation>unbekannte Sprache %s; es wird %s verwendet (verfügbar: %s)</translation>
    </message>
</context>
<context>
    <name>media_track</name>
    <message>
        <source>%s — right side</source>
        <translation>%s — rechte Seite</translation>
    </message>
    <message>
        <source>%s — left side</source>
        <translation>%s — linke Seite</translation>
    </message>
    <message>
        <source>No poses ticked</source>
        <translation>Keine Übung angehakt</translation>
    </message>
    <message>
        <source>Ready: %s</source>
        <translation>Bereit: %s</translation>
    </message>
    <message>
        <source>Get ready: %s</source>
        <translation>Mach dich bereit: %s</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Rest. Next: %s</source>
        <translation>Pause. Als Nächstes: %s</translation>
    </message>
</context>
<context>
    <name>model_errors</name>
    <message>
        <source>unknown pose id %s; expected one of: %s</source>
        <translation>unbekannte Übungs-ID %s; erwartet eine von: %s</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>,</source>
        <comment>thousands separator</comment>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>cannot read file (%s)</source>
        <translation>Datei kann nicht gelesen werden (%s)</translation>
    </message>
    <message>
        <source>key %s</source>
        <translation>Schlüssel %s</translation>
    </message>
    <message>
        <source>duplicate key; expected each key once per object</source>
        <translation>doppelter Schlüssel; erwartet jeden Schlüssel einmal pro Objekt</translation>
    </message>
    <message>
        <source>expected an object, got %s</source>
        <translation>erwartet ein Objekt, erhalten: %s</translation>
    </message>
    <message>
        <source>did you mean %s? </source>
        <translation>meintest du %s? </translation>
    </message>
    <message>
        <source>unknown field; %sexpected one of: %s</source>
        <translation>unbekanntes Feld; %serwartet eines von: %s</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>expected a non-empty string, got %s</source>
        <translation>erwartet eine nicht leere Zeichenkette, erhalten: %s</translation>
    </message>
    <message>
        <source>text of %s characters; expected at most %s</source>
        <translation>Text mit %s Zeichen; erwartet höchstens %s</translation>
    </message>
    <message>
        <source>unknown placeholder %s; expected %s</source>
        <translation>unbekannter Platzhalter %s; erwartet %s</translation>
    </message>
    <message>
        <source>none here</source>
        <translation>hier keiner</translation>
    </message>
    <message>
        <source>expected a list of strings, got %s</source>
        <translation>erwartet eine Liste von Zeichenketten, erhalten: %s</translation>
    </message>
    <message>
        <source>expected at least one entry</source>
        <translation>erwartet mindestens einen Eintrag</translation>
    </message>
    <message>
        <source>expected one of %s, got %s</source>
        <translation>erwartet eines von %s, erhalten: %s</translation>
    </message>
    <message>
        <source>expected %s, got %s</source>
        <translation>erwartet %s, erhalten: %s</translation>
    </message>
    <message>
        <source>expected a non-empty list of figures, got %s</source>
        <translation>erwartet eine nicht leere Liste von Figuren, erhalten: %s</translation>
    </message>
    <message>
        <source>duplicate pose %s; expected one figure a pose</source>
        <translation>doppelte Übung %s; erwartet eine Figur pro Übung</translation>
    </message>
    <message>
        <source>unknown pose %s; expected one of: %s</source>
        <translation>unbekannte Übung %s; erwartet eine von: %s</translation>
    </message>
    <message>
        <source>expected a list of &apos;side&apos; or &apos;other&apos;, got %s</source>
        <translation>erwartet eine Liste aus &apos;side&apos; oder &apos;other&apos;, erhalten: %s</translation>
    </message>
    <message>
        <source>expected a non-empty list of keyframes, got %s</source>
        <translation>erwartet eine nicht leere Liste von Schlüsselbildern, erhalten: %s</translation>
    </message>
    <message>
        <source>expected %(count)s keyframes, one per step of the pose, got %(given)s</source>
        <translation>erwartet %(count)s Schlüsselbilder, eines pro Schritt der Übung, erhalten: %(given)s</translation>
    </message>
    <message>
        <source>missing; expected an inhale and an exhale keyframe together</source>
        <translation>fehlt; erwartet ein Schlüsselbild fürs Einatmen und eines fürs Ausatmen, beide zusammen</translation>
    </message>
    <message>
        <source>expected an object of angles in degrees, got %s</source>
        <translation>erwartet ein Objekt von Winkeln in Grad, erhalten: %s</translation>
    </message>
    <message>
        <source>unknown angle; expected one of: %s</source>
        <translation>unbekannter Winkel; erwartet einer von: %s</translation>
    </message>
    <message>
        <source>missing %s; expected every angle in the first step</source>
        <translation>%s fehlt; erwartet jeden Winkel im ersten Schritt</translation>
    </message>
    <message>
        <source>missing; expected every angle in the first step</source>
        <translation>fehlt; erwartet jeden Winkel im ersten Schritt</translation>
    </message>
    <message>
        <source>expected either &apos;pelvis&apos; or &apos;plant&apos;, not both</source>
        <translation>erwartet entweder &apos;pelvis&apos; oder &apos;plant&apos;, nicht beides</translation>
    </message>
    <message>
        <source>missing &apos;pelvis&apos; or &apos;plant&apos;; expected the first step to place the body</source>
        <translation>&apos;pelvis&apos; oder &apos;plant&apos; fehlt; erwartet, dass der erste Schritt den Körper platziert</translation>
    </message>
    <message>
        <source>expected an object of limb targets, got %s</source>
        <translation>erwartet ein Objekt von Zielen für Gliedmaßen, erhalten: %s</translation>
    </message>
    <message>
        <source>unknown limb; expected one of: %s</source>
        <translation>unbekannte Gliedmaße; erwartet eine von: %s</translation>
    </message>
    <message>
        <source>%s is on a leg that reaches for a target; expected a joint the angles place</source>
        <translation>%s liegt an einem Bein, das nach einem Ziel greift; erwartet ein Gelenk, das die Winkel platzieren</translation>
    </message>
    <message>
        <source>expected a list of arrows, got %s</source>
        <translation>erwartet eine Liste von Pfeilen, erhalten: %s</translation>
    </message>
    <message>
        <source>expected one of: %s, got %s</source>
        <translation>erwartet eines von: %s, erhalten: %s</translation>
    </message>
    <message>
        <source>expected true or false, got %s</source>
        <translation>erwartet true oder false, erhalten: %s</translation>
    </message>
    <message>
        <source>expected a number from %s to %s, got %s</source>
        <translation>erwartet eine Zahl von %s bis %s, erhalten: %s</translation>
    </message>
    <message>
        <source>expected a point [x, y] in centimetres, got %s</source>
        <translation>erwartet einen Punkt [x, y] in Zentimetern, erhalten: %s</translation>
    </message>
    <message>
        <source>expected a height of 0 (the floor) or more, got %s</source>
        <translation>erwartet eine Höhe von 0 (der Boden) oder mehr, erhalten: %s</translation>
    </message>
    <message>
        <source>expected a target object, got %s</source>
        <translation>erwartet ein Zielobjekt, erhalten: %s</translation>
    </message>
    <message>
        <source>expected the index of a block of this keyframe (0 to %s), got %s</source>
        <translation>erwartet den Index eines Blocks dieses Schlüsselbilds (0 bis %s), erhalten: %s</translation>
    </message>
    <message>
        <source>expected a block, but this keyframe has none, got %s</source>
        <translation>erwartet einen Block, aber dieses Schlüsselbild hat keinen, erhalten: %s</translation>
    </message>
    <message>
        <source>expected a block on the floor, not one held in a hand</source>
        <translation>erwartet einen Block auf dem Boden, nicht einen in der Hand</translation>
    </message>
    <message>
        <source>expected a point for a leg; only arms reach for the hips</source>
        <translation>erwartet einen Punkt für ein Bein; nur Arme greifen nach den Hüften</translation>
    </message>
    <message>
        <source>expected a point for a leg; only arms reach for a thigh</source>
        <translation>erwartet einen Punkt für ein Bein; nur Arme greifen nach einem Oberschenkel</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1, got %s</source>
        <translation>erwartet eine Zahl von 0 bis 1, erhalten: %s</translation>
    </message>
    <message>
        <source>expected one of {&quot;at&quot;: [x, y]}, {&quot;block&quot;: i}, {&quot;thigh&quot;: limb, &quot;along&quot;: f}, {&quot;hips&quot;: true}</source>
        <translation>erwartet eines von {&quot;at&quot;: [x, y]}, {&quot;block&quot;: i}, {&quot;thigh&quot;: limb, &quot;along&quot;: f}, {&quot;hips&quot;: true}</translation>
    </message>
    <message>
        <source>expected a list of blocks, got %s</source>
        <translation>erwartet eine Liste von Blöcken, erhalten: %s</translation>
    </message>
    <message>
        <source>expected either &apos;x&apos; (on the floor) or &apos;held&apos; (in a hand)</source>
        <translation>erwartet entweder &apos;x&apos; (auf dem Boden) oder &apos;held&apos; (in der Hand)</translation>
    </message>
    <message>
        <source>expected a non-empty list of poses, got %s</source>
        <translation>erwartet eine nicht leere Liste von Übungen, erhalten: %s</translation>
    </message>
    <message>
        <source>duplicate id %s; expected each id once</source>
        <translation>doppelte ID %s; erwartet jede ID einmal</translation>
    </message>
    <message>
        <source>expected lowercase letters, digits and hyphens (e.g. &apos;lizard-pose&apos;)</source>
        <translation>erwartet Kleinbuchstaben, Ziffern und Bindestriche (z. B. &apos;lizard-pose&apos;)</translation>
    </message>
    <message>
        <source>missing; expected &apos;right&apos; or &apos;left&apos; on a pose with sides &apos;both&apos;</source>
        <translation>fehlt; erwartet &apos;right&apos; oder &apos;left&apos; bei einer Übung mit sides &apos;both&apos;</translation>
    </message>
    <message>
        <source>expected no first_side on a pose with sides &apos;none&apos;</source>
        <translation>erwartet kein first_side bei einer Übung mit sides &apos;none&apos;</translation>
    </message>
    <message>
        <source>expected the file name of an SVG beside the library or in its folders, with no &apos;..&apos; (e.g. &apos;lizard-pose.svg&apos;)</source>
        <translation>erwartet den Dateinamen einer SVG neben der Bibliothek oder in ihren Ordnern, ohne &apos;..&apos; (z. B. &apos;lizard-pose.svg&apos;)</translation>
    </message>
    <message>
        <source>no file %s; expected the pose&apos;s drawing there (or a shipped one of that name)</source>
        <translation>keine Datei %s; erwartet die Zeichnung der Übung dort (oder eine mitgelieferte dieses Namens)</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %s, got %s</source>
        <translation>erwartet eine ganze Zahl von 1 bis %s, erhalten: %s</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>eine leere Liste</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>expected %s (the file&apos;s name says so), got %s</source>
        <translation>erwartet %s (so sagt es der Dateiname), erhalten: %s</translation>
    </message>
    <message>
        <source>expected an object of forms, got %s</source>
        <translation>erwartet ein Objekt von Formen, erhalten: %s</translation>
    </message>
    <message>
        <source>expected a form name of letters, digits and _ (e.g. &apos;dem&apos;)</source>
        <translation>erwartet einen Formnamen aus Buchstaben, Ziffern und _ (z. B. &apos;dem&apos;)</translation>
    </message>
    <message>
        <source>expected the side placeholders of the English text ({side} or {other}, with a form), so that the other side reads right too</source>
        <translation>erwartet die Seitenplatzhalter des englischen Textes ({side} oder {other}, mit einer Form), damit auch die andere Seite richtig lautet</translation>
    </message>
    <message>
        <source>expected {breaths}, as in the English text</source>
        <translation>erwartet {breaths}, wie im englischen Text</translation>
    </message>
    <message>
        <source>expected %s entries, as in English, got %s</source>
        <translation>erwartet %s Einträge, wie im Englischen, erhalten: %s</translation>
    </message>
    <message>
        <source>expected an object keyed by pose id, got %s</source>
        <translation>erwartet ein Objekt mit Übungs-IDs als Schlüsseln, erhalten: %s</translation>
    </message>
    <message>
        <source>unknown pose id; expected one of: %s</source>
        <translation>unbekannte Übungs-ID; erwartet eine von: %s</translation>
    </message>
    <message>
        <source>expected no rhythm: the English pose has none</source>
        <translation>erwartet keinen rhythm: die englische Übung hat keinen</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>eine Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>Komma erwartet</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>Doppelpunkt erwartet</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>ungültiges Steuerzeichen</translation>
    </message>
    <message>
        <source>Invalid uXXXX escape</source>
        <translation>ungültige \uXXXX-Escape-Sequenz</translation>
    </message>
    <message>
        <source>Invalid escape</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>weitere Daten nach dem Ende</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>unerlaubtes Komma vor dem Ende des Objekts</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>unerlaubtes Komma vor dem Ende der Liste</translation>
    </message>
    <message>
        <source>Invalid control character %s at</source>
        <translation>ungültiges Steuerzeichen %s</translation>
    </message>
    <message>
        <source>Invalid escape %s</source>
        <translation>ungültige Escape-Sequenz %s</translation>
    </message>
    <message>
        <source>file is larger than %s bytes; expected at most that</source>
        <translation>die Datei ist größer als %s Bytes; erwartet höchstens so viel</translation>
    </message>
    <message>
        <source>expected a regular file, got %s</source>
        <translation>erwartet eine normale Datei, erhalten: %s</translation>
    </message>
    <message>
        <source>byte %s</source>
        <translation>Byte %s</translation>
    </message>
    <message>
        <source>expected UTF-8 text</source>
        <translation>erwartet UTF-8-Text</translation>
    </message>
    <message>
        <source>file is empty; expected a JSON object</source>
        <translation>die Datei ist leer; erwartet ein JSON-Objekt</translation>
    </message>
    <message>
        <source>%s; the file may be cut short</source>
        <translation>%s; die Datei ist vielleicht abgeschnitten</translation>
    </message>
    <message>
        <source>invalid JSON: %s</source>
        <translation>ungültiges JSON: %s</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to end the string that starts here</source>
        <translation>&apos;&quot;&apos; erwartet, um die hier beginnende Zeichenkette zu beenden</translation>
    </message>
    <message>
        <source>nested more than %s deep; expected a flatter file</source>
        <translation>mehr als %s Ebenen tief verschachtelt; erwartet eine flachere Datei</translation>
    </message>
    <message>
        <source>a number with %s digits; expected at most %s</source>
        <translation>eine Zahl mit %s Ziffern; erwartet höchstens %s</translation>
    </message>
    <message>
        <source>character %s is a lone surrogate (%s); expected text</source>
        <translation>Zeichen %s ist ein einzelnes Surrogat (%s); erwartet Text</translation>
    </message>
    <message>
        <source>character %s is a control character (%s); expected plain text</source>
        <translation>Zeichen %s ist ein Steuerzeichen (%s); erwartet reinen Text</translation>
    </message>
    <message>
        <source>… and %s more</source>
        <translation>… und %s weitere</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>%s; %s</source>
        <translation>%s; %s</translation>
    </message>
    <message>
        <source>using defaults</source>
        <translation>die Standardwerte werden verwendet</translation>
    </message>
    <message>
        <source>expected a JSON object, got %s</source>
        <translation>erwartet ein JSON-Objekt, erhalten: %s</translation>
    </message>
    <message>
        <source>could not move it aside (%s)</source>
        <translation>konnte sie nicht beiseitelegen (%s)</translation>
    </message>
    <message>
        <source>moved it aside to %s</source>
        <translation>als %s beiseitegelegt</translation>
    </message>
    <message>
        <source>expected a JSON object, got an empty file</source>
        <translation>erwartet ein JSON-Objekt, erhalten: eine leere Datei</translation>
    </message>
    <message>
        <source>expected valid JSON (%s)</source>
        <translation>erwartet gültiges JSON (%s)</translation>
    </message>
</context>
<context>
    <name>routines_errors</name>
    <message>
        <source>starting with no routines</source>
        <translation>es geht ohne Routinen weiter</translation>
    </message>
    <message>
        <source>expected an object of named routines, got %s</source>
        <translation>erwartet ein Objekt benannter Routinen, erhalten: %s</translation>
    </message>
    <message>
        <source>expected a non-empty name; skipped this routine</source>
        <translation>erwartet einen nicht leeren Namen; diese Routine wird übersprungen</translation>
    </message>
    <message>
        <source>expected a name of one line, at most %s characters; skipped this routine</source>
        <translation>erwartet einen Namen in einer Zeile, höchstens %s Zeichen; diese Routine wird übersprungen</translation>
    </message>
    <message>
        <source>expected an object, got %s; skipped this routine</source>
        <translation>erwartet ein Objekt, erhalten: %s; diese Routine wird übersprungen</translation>
    </message>
    <message>
        <source>expected a non-empty list of pose ids, got %s; skipped this routine</source>
        <translation>erwartet eine nicht leere Liste von Übungs-IDs, erhalten: %s; diese Routine wird übersprungen</translation>
    </message>
    <message>
        <source>expected each pose once, got %s more than once; done once</source>
        <translation>jede Übung einmal erwartet, %s kommt mehrmals vor; wird einmal gemacht</translation>
    </message>
    <message>
        <source>expected an object, got %s; using the settings</source>
        <translation>erwartet ein Objekt, erhalten: %s; die Einstellungen werden verwendet</translation>
    </message>
    <message>
        <source>expected one of %s; ignored</source>
        <translation>erwartet eines von %s; ignoriert</translation>
    </message>
    <message>
        <source>%(problem)s, got %(value)s; ignored</source>
        <translation>%(problem)s, erhalten: %(value)s; ignoriert</translation>
    </message>
    <message>
        <source>expected an object, got %s; ignored</source>
        <translation>erwartet ein Objekt, erhalten: %s; ignoriert</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %(most)s, got %(value)s; using the library&apos;s</source>
        <translation>erwartet eine ganze Zahl von 1 bis %(most)s, erhalten: %(value)s; der Wert der Bibliothek wird verwendet</translation>
    </message>
    <message>
        <source>routines not saved</source>
        <translation>Routinen nicht gespeichert</translation>
    </message>
    <message>
        <source>All zero</source>
        <translation>Alle null</translation>
    </message>
    <message>
        <source>All one</source>
        <translation>Die eine</translation>
    </message>
    <message>
        <source>All two</source>
        <translation>Alle zwei</translation>
    </message>
    <message>
        <source>All three</source>
        <translation>Alle drei</translation>
    </message>
    <message>
        <source>All four</source>
        <translation>Alle vier</translation>
    </message>
    <message>
        <source>All five</source>
        <translation>Alle fünf</translation>
    </message>
    <message>
        <source>All six</source>
        <translation>Alle sechs</translation>
    </message>
    <message>
        <source>All seven</source>
        <translation>Alle sieben</translation>
    </message>
    <message>
        <source>All eight</source>
        <translation>Alle acht</translation>
    </message>
    <message>
        <source>All nine</source>
        <translation>Alle neun</translation>
    </message>
    <message>
        <source>All ten</source>
        <translation>Alle zehn</translation>
    </message>
    <message>
        <source>All eleven</source>
        <translation>Alle elf</translation>
    </message>
    <message>
        <source>All twelve</source>
        <translation>Alle zwölf</translation>
    </message>
    <message>
        <source>All %s</source>
        <translation>Alle %s</translation>
    </message>
    <message>
        <source>&quot;%s&quot;</source>
        <comment>a routine&apos;s name in the list of known routines</comment>
        <translation>„%s“</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no routine named &quot;%s&quot;; known routines: %s</source>
        <translation>keine Routine namens „%s“; bekannte Routinen: %s</translation>
    </message>
    <message>
        <source>expected a routine name, got an empty one</source>
        <translation>erwartet ein Routinenname, erhalten: ein leerer</translation>
    </message>
    <message>
        <source>expected a routine name of one line, at most %s characters</source>
        <translation>erwartet ein Routinenname in einer Zeile, höchstens %s Zeichen</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is built in; choose another name</source>
        <translation>„%s“ ist eingebaut; wähle einen anderen Namen</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is built in and cannot be deleted</source>
        <translation>„%s“ ist eingebaut und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is built in and cannot be renamed</source>
        <translation>„%s“ ist eingebaut und kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>routines.json has a routine named &quot;%s&quot; that cannot be read; mend or remove it there, or choose another name</source>
        <translation>routines.json enthält eine Routine namens „%s“, die sich nicht lesen lässt; korrigiere oder entferne sie dort oder wähle einen anderen Namen</translation>
    </message>
    <message>
        <source>a routine named &quot;%s&quot; already exists; delete it first or choose another name</source>
        <translation>eine Routine namens „%s“ gibt es schon; lösche sie zuerst oder wähle einen anderen Namen</translation>
    </message>
</context>
<context>
    <name>settings_errors</name>
    <message>
        <source>expected a number from %(low)s to %(high)s %(unit)s</source>
        <translation>erwartet eine Zahl von %(low)s bis %(high)s %(unit)s</translation>
    </message>
    <message>
        <source>expected a number from %(low)s to %(high)s</source>
        <translation>erwartet eine Zahl von %(low)s bis %(high)s</translation>
    </message>
    <message>
        <source>expected a whole number from %(low)s to %(high)s %(unit)s</source>
        <translation>erwartet eine ganze Zahl von %(low)s bis %(high)s %(unit)s</translation>
    </message>
    <message>
        <source>expected a whole number from %(low)s to %(high)s</source>
        <translation>erwartet eine ganze Zahl von %(low)s bis %(high)s</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet true oder false</translation>
    </message>
    <message>
        <source>expected one of %s</source>
        <translation>erwartet eines von %s</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>erwartet eine Zeichenkette</translation>
    </message>
    <message>
        <source>expected null or a list of pose ids (strings)</source>
        <translation>erwartet null oder eine Liste von Übungs-IDs (Zeichenketten)</translation>
    </message>
    <message>
        <source>expected null or a non-empty string</source>
        <translation>erwartet null oder eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>expected null or two widths in pixels</source>
        <translation>erwartet null oder zwei Breiten in Pixeln</translation>
    </message>
    <message>
        <source>%(problem)s, got %(value)s; using the default %(default)s</source>
        <translation>%(problem)s, erhalten: %(value)s; der Standardwert %(default)s wird verwendet</translation>
    </message>
    <message>
        <source>settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>sound_notices</name>
    <message>
        <source>on Debian or Ubuntu: sudo apt-get install pulseaudio-utils</source>
        <translation>unter Debian oder Ubuntu: sudo apt-get install pulseaudio-utils</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde getrennt</translation>
    </message>
    <message>
        <source>the wait timed out</source>
        <translation>die Wartezeit ist abgelaufen</translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>the sound program stopped responding</source>
        <translation>das Tonprogramm reagiert nicht mehr</translation>
    </message>
    <message>
        <source>the sound program %s is not installed (%s)</source>
        <translation>das Tonprogramm %s ist nicht installiert (%s)</translation>
    </message>
    <message>
        <source>No sound: %s. The session goes on silently and on time; sound comes back when the sound server does.</source>
        <translation>Kein Ton: %s. Die Einheit läuft lautlos und pünktlich weiter; der Ton kommt zurück, sobald der Tonserver wieder da ist.</translation>
    </message>
    <message>
        <source>Sound is back.</source>
        <translation>Der Ton ist zurück.</translation>
    </message>
    <message>
        <source>the sound program could not start (%s)</source>
        <translation>das Tonprogramm konnte nicht starten (%s)</translation>
    </message>
    <message>
        <source>the sound program stopped</source>
        <translation>das Tonprogramm wurde beendet</translation>
    </message>
    <message>
        <source>the sound server went away (%s)</source>
        <translation>der Tonserver ist weg (%s)</translation>
    </message>
    <message>
        <source>no sound server answered (%s)</source>
        <translation>kein Tonserver hat geantwortet (%s)</translation>
    </message>
</context>
<context>
    <name>ui_about</name>
    <message>
        <source>Why stretch? — StretchPlayer</source>
        <translation>Warum dehnen? — StretchPlayer</translation>
    </message>
    <message>
        <source>Safely</source>
        <translation>Sicher dehnen</translation>
    </message>
</context>
<context>
    <name>ui_actions</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or pause the session (Space)</source>
        <translation>Einheit starten oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Previous pose</source>
        <translation>Vorherige Übung</translation>
    </message>
    <message>
        <source>Previous pose (Left or Page Up)</source>
        <translation>Vorherige Übung (Links oder Bild auf)</translation>
    </message>
    <message>
        <source>Next pose</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>Next pose (Right or Page Down)</source>
        <translation>Nächste Übung (Rechts oder Bild ab)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop and go back to the start (Esc)</source>
        <translation>Anhalten und zurück zum Anfang (Esc)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Voice on or off (V)</source>
        <translation>Stimme an oder aus (V)</translation>
    </message>
    <message>
        <source>Mat mode</source>
        <translation>Mattenmodus</translation>
    </message>
    <message>
        <source>Full screen, big type, for the mat (F11)</source>
        <translation>Vollbild mit großer Schrift, für die Matte (F11)</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Open pose library…</source>
        <translation>Übungsbibliothek öffnen…</translation>
    </message>
    <message>
        <source>Use the built-in poses</source>
        <translation>Die eingebauten Übungen verwenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Why stretch? (About)</source>
        <translation>Warum dehnen? (Über)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation>Stimme aus</translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation>Stimme an</translation>
    </message>
</context>
<context>
    <name>ui_calendar</name>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Calendar of the last twelve weeks</source>
        <translation>Kalender der letzten zwölf Wochen</translation>
    </message>
    <message>
        <source>%s of the last %s days with a stretch</source>
        <translation>%s der letzten %s Tage mit Dehnen</translation>
    </message>
    <message>
        <source>%s min</source>
        <translation>%s min</translation>
    </message>
    <message>
        <source>no stretch</source>
        <translation>kein Dehnen</translation>
    </message>
</context>
<context>
    <name>ui_card</name>
    <message>
        <source>Pose drawing</source>
        <translation>Zeichnung der Übung</translation>
    </message>
</context>
<context>
    <name>ui_figure_export</name>
    <message>
        <source>the image could not be saved</source>
        <translation>das Bild konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ui_history</name>
    <message>
        <source>No streak yet — finish a session to start one.</source>
        <translation>Noch keine Serie — schließ eine Einheit ab, um eine zu beginnen.</translation>
    </message>
    <message>
        <source>No streak yet — today is a good day to start.</source>
        <translation>Noch keine Serie — heute ist ein guter Tag, um anzufangen.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n Tag in Folge</numerusform>
            <numerusform>%n Tage in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: %s of 7 days (the goal is once a day)</source>
        <translation>Diese Woche: %s von 7 Tagen (das Ziel ist einmal am Tag)</translation>
    </message>
    <message>
        <source>History — StretchPlayer</source>
        <translation>Verlauf — StretchPlayer</translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation>Deine Praxis</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Poses</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation> (vorzeitig beendet)</translation>
    </message>
    <message>
        <source> · in the terminal</source>
        <translation> · im Terminal</translation>
    </message>
    <message>
        <source>No sessions yet. Press Space in the main window to start one.</source>
        <translation>Noch keine Einheiten. Drück im Hauptfenster die Leertaste, um eine zu beginnen.</translation>
    </message>
    <message>
        <source>The latest %s of %s sessions are listed; the command “stretchplayer history” lists them all.</source>
        <translation>Hier stehen die letzten %s von %s Einheiten; der Befehl „stretchplayer history“ listet alle auf.</translation>
    </message>
    <message>
        <source>The last 12 weeks, a square a day:
the stronger the colour, the more minutes.</source>
        <translation>Die letzten 12 Wochen, ein Quadrat pro Tag:
je kräftiger die Farbe, desto mehr Minuten.</translation>
    </message>
</context>
<context>
    <name>ui_library</name>
    <message>
        <source>Open pose library</source>
        <translation>Übungsbibliothek öffnen</translation>
    </message>
    <message>
        <source>Pose libraries (*.json);;All files (*)</source>
        <translation>Übungsbibliotheken (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%s cannot be used as a pose library: %s. Your current poses stay.</source>
        <translation>%s kann nicht als Übungsbibliothek verwendet werden: %s. Deine aktuellen Übungen bleiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>ein Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %s more (Show Details…)</source>
        <translation>… und %s weitere (Details anzeigen…)</translation>
    </message>
    <message>
        <source>Pose library not opened</source>
        <translation>Übungsbibliothek nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>ui_name</name>
    <message>
        <source>Type a name for the routine.</source>
        <translation>Gib der Routine einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is built in; choose another name.</source>
        <translation>„%s“ ist eingebaut; wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>This replaces your routine &quot;%s&quot;.</source>
        <translation>Das ersetzt deine Routine „%s“.</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is another routine&apos;s name; choose another.</source>
        <translation>„%s“ heißt schon eine andere Routine; wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>%s of at most %s characters</source>
        <translation>%s von höchstens %s Zeichen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
</context>
<context>
    <name>ui_notices</name>
    <message>
        <source>%s (and %s more: point here to read)</source>
        <translation>%s (und %s weitere: zum Lesen hierher zeigen)</translation>
    </message>
</context>
<context>
    <name>ui_pacer</name>
    <message>
        <source>Get into position</source>
        <translation>In Position</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Aus­richten</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seiten­wechsel</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Inhale</source>
        <translation>Ein­atmen</translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation>Aus­atmen</translation>
    </message>
    <message>
        <source>Breath pacer</source>
        <translation>Atemtaktgeber</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
</context>
<context>
    <name>ui_poses</name>
    <message>
        <source>Your routine</source>
        <translation>Deine Routine</translation>
    </message>
    <message>
        <source>Tick the poses to do; drag to change the order.</source>
        <translation>Hake die Übungen an, die du machen willst; zieh sie, um die Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <source>Poses</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Keine auswählen</translation>
    </message>
</context>
<context>
    <name>ui_prefs</name>
    <message>
        <source>Preferences — StretchPlayer</source>
        <translation>Einstellungen — StretchPlayer</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Default voice for the language</source>
        <translation>Standardstimme der Sprache</translation>
    </message>
    <message>
        <source>No voices were found on this computer.</source>
        <translation>Auf diesem Computer wurden keine Stimmen gefunden.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Probehören</translation>
    </message>
    <message numerus="yes">
        <source>breath(s)</source>
        <translation>
            <numerusform>Atemzug</numerusform>
            <numerusform>Atemzüge</numerusform>
        </translation>
    </message>
    <message>
        <source>no breaths (chimes only)</source>
        <translation>keine Atemzüge (nur Klänge)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>No screen saver and no blank screen in the middle of a session</source>
        <translation>Kein Bildschirmschoner und kein schwarzer Bildschirm mitten in einer Einheit</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>A session before this hour counts for the day before</source>
        <translation>Eine Einheit vor dieser Uhrzeit zählt für den Vortag</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language takes effect the next time StretchPlayer starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von StretchPlayer.</translation>
    </message>
    <message>
        <source>%s (not found)</source>
        <translation>%s (nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>ui_presenter</name>
    <message>
        <source>Press Esc to see the poses</source>
        <translation>Drück Esc, um die Übungen zu sehen</translation>
    </message>
    <message>
        <source>Tick a pose to begin</source>
        <translation>Hake eine Übung an, um zu beginnen</translation>
    </message>
    <message>
        <source>Up first</source>
        <translation>Als Erstes</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Bereit, wenn du es bist</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>That was quick</source>
        <translation>Das ging schnell</translation>
    </message>
    <message>
        <source>Skipped through, so it is not in your history.</source>
        <translation>Durchgeklickt, darum steht sie nicht in deinem Verlauf.</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row.</source>
        <translation>
            <numerusform>%n Tag in Folge.</numerusform>
            <numerusform>%n Tage in Folge.</numerusform>
        </translation>
    </message>
    <message>
        <source>First: %s</source>
        <translation>Zuerst: %s</translation>
    </message>
    <message>
        <source>Pose %s of %s</source>
        <translation>Übung %s von %s</translation>
    </message>
    <message>
        <source>Breath %s of %s</source>
        <translation>Atemzug %s von %s</translation>
    </message>
</context>
<context>
    <name>ui_progress</name>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Einheit</translation>
    </message>
</context>
<context>
    <name>ui_routines</name>
    <message>
        <source>Your own choice</source>
        <translation>Deine eigene Auswahl</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Your saved routines: pick one to tick its poses in its order</source>
        <translation>Deine gespeicherten Routinen: Wähle eine, um ihre Übungen in ihrer Reihenfolge anzuhaken</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern als…</translation>
    </message>
    <message>
        <source>Keep the ticked poses, in this order, as a named routine</source>
        <translation>Die angehakten Übungen in dieser Reihenfolge als benannte Routine behalten</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More routine actions</source>
        <translation>Weitere Aktionen für Routinen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Routine speichern</translation>
    </message>
    <message>
        <source>Keep the ticked poses, in this order, as:</source>
        <translation>Die angehakten Übungen in dieser Reihenfolge behalten als:</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <source>New name for &quot;%s&quot;:</source>
        <translation>Neuer Name für „%s“:</translation>
    </message>
    <message>
        <source>Delete the routine &quot;%s&quot;? Your history keeps it.</source>
        <translation>Die Routine „%s“ löschen? Dein Verlauf behält sie.</translation>
    </message>
</context>
<context>
    <name>ui_steplist</name>
    <message>
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>nächster Schritt</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>ui_steps</name>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Tick a pose to go again</source>
        <translation>Hake eine Übung an für eine neue Runde</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Drück die Leertaste, um zu beginnen</translation>
    </message>
    <message>
        <source>Paused — press Space to continue</source>
        <translation>Angehalten — drück die Leertaste, um weiterzumachen</translation>
    </message>
    <message>
        <source>Press Space to go again</source>
        <translation>Drück die Leertaste für eine neue Runde</translation>
    </message>
</context>
<context>
    <name>ui_style</name>
    <message>
        <source>about %s min</source>
        <translation>etwa %s min</translation>
    </message>
    <message>
        <source>about %s h %s min</source>
        <translation>etwa %s h %s min</translation>
    </message>
    <message>
        <source>about %s h</source>
        <translation>etwa %s h</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
</context>
<context>
    <name>ui_transport</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Previous pose</source>
        <translation>Vorherige Übung</translation>
    </message>
    <message>
        <source>Next pose</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Vergangene Zeit</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Verbleibende Zeit</translation>
    </message>
</context>
<context>
    <name>ui_window</name>
    <message>
        <source>Why stretch your hamstrings?</source>
        <translation>Warum die Oberschenkelrückseite dehnen?</translation>
    </message>
    <message>
        <source>Tick at least one pose to start a session.</source>
        <translation>Hake mindestens eine Übung an, um eine Einheit zu beginnen.</translation>
    </message>
    <message>
        <source>No poses ticked</source>
        <translation>Keine Übung angehakt</translation>
    </message>
    <message>
        <source>this session plays on to its end</source>
        <translation>diese Einheit läuft bis zum Ende weiter</translation>
    </message>
    <message numerus="yes">
        <source>%s of %n pose(s) · %s</source>
        <translation>
            <numerusform>%s von %n Übung · %s</numerusform>
            <numerusform>%s von %n Übungen · %s</numerusform>
        </translation>
    </message>
    <message>
        <source>from the next session on</source>
        <translation>ab der nächsten Einheit</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>voice_errors</name>
    <message>
        <source>the speech engine wrote an unreadable file (%s)</source>
        <translation>die Sprachausgabe hat eine unlesbare Datei geschrieben (%s)</translation>
    </message>
    <message>
        <source>the speech engine stopped responding (nothing for %s s while starting)</source>
        <translation>die Sprachausgabe antwortet nicht mehr (%s s lang nichts beim Starten)</translation>
    </message>
    <message>
        <source>the speech engine stopped responding (nothing for %s s while saying %s)</source>
        <translation>die Sprachausgabe antwortet nicht mehr (%s s lang nichts beim Sprechen von %s)</translation>
    </message>
    <message>
        <source>on Debian or Ubuntu: sudo apt-get install libespeak-ng1</source>
        <translation>unter Debian oder Ubuntu: sudo apt-get install libespeak-ng1</translation>
    </message>
    <message>
        <source>the speech engine wrote no audio for %s</source>
        <translation>die Sprachausgabe hat für %s keinen Ton geschrieben</translation>
    </message>
    <message>
        <source>pyttsx3 needs the aplay program to speak (on Debian or Ubuntu: alsa-utils)</source>
        <translation>pyttsx3 braucht das Programm aplay zum Sprechen (unter Debian oder Ubuntu: alsa-utils)</translation>
    </message>
    <message>
        <source>the speech engine pyttsx3 is not installed (%s)</source>
        <translation>die Sprachausgabe pyttsx3 ist nicht installiert (%s)</translation>
    </message>
    <message>
        <source>the espeak-ng speech library is missing or broken (%s)</source>
        <translation>die Sprachbibliothek espeak-ng fehlt oder ist defekt (%s)</translation>
    </message>
    <message>
        <source>the espeak-ng speech library could not be loaded (%s)</source>
        <translation>die Sprachbibliothek espeak-ng konnte nicht geladen werden (%s)</translation>
    </message>
    <message>
        <source>the speech engine failed: %s</source>
        <translation>die Sprachausgabe ist fehlgeschlagen: %s</translation>
    </message>
    <message>
        <source>pyttsx3 %(found)s is installed, but StretchPlayer&apos;s voice needs pyttsx3 %(needed)s (pip install pyttsx3==%(needed)s)</source>
        <translation>pyttsx3 %(found)s ist installiert, aber die Stimme von StretchPlayer braucht pyttsx3 %(needed)s (pip install pyttsx3==%(needed)s)</translation>
    </message>
    <message>
        <source>the speech engine stopped responding (nothing for %s s)</source>
        <translation>die Sprachausgabe antwortet nicht mehr (%s s lang nichts)</translation>
    </message>
</context>
<context>
    <name>voice_notices</name>
    <message>
        <source>No sound: the sound program pacat is not installed (on Debian or Ubuntu: sudo apt-get install pulseaudio-utils), so the voice and chimes are silent.</source>
        <translation>Kein Ton: das Tonprogramm pacat ist nicht installiert (unter Debian oder Ubuntu: sudo apt-get install pulseaudio-utils), daher bleiben Stimme und Klänge stumm.</translation>
    </message>
    <message>
        <source>The voice is switched off.</source>
        <translation>Die Stimme ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>The voice is silent.</source>
        <translation>Die Stimme ist stumm.</translation>
    </message>
    <message>
        <source>Speech could not be prepared (%s); speaking directly instead, so Pause and Stop wait for the sentence to end.</source>
        <translation>Die Sprache konnte nicht vorbereitet werden (%s); es wird direkt gesprochen, daher warten Pause und Stopp, bis der Satz zu Ende ist.</translation>
    </message>
    <message>
        <source>The voice is off: %s. The session carries on; switch the voice on to try again.</source>
        <translation>Die Stimme ist aus: %s. Die Einheit läuft weiter; schalte die Stimme ein, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message numerus="yes">
        <source>%n pose(s)</source>
        <translation>
            <numerusform>%n Übung</numerusform>
            <numerusform>%n Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n Atemzug</numerusform>
            <numerusform>%n Atemzüge</numerusform>
        </translation>
    </message>
    <message>
        <source>You need %s.</source>
        <translation>Du brauchst %s.</translation>
    </message>
    <message>
        <source>Right side first.</source>
        <translation>Zuerst die rechte Seite.</translation>
    </message>
    <message>
        <source>Left side first.</source>
        <translation>Zuerst die linke Seite.</translation>
    </message>
    <message>
        <source>Switch sides. Now your left side.</source>
        <translation>Seitenwechsel. Jetzt die linke Seite.</translation>
    </message>
    <message>
        <source>Switch sides. Now your right side.</source>
        <translation>Seitenwechsel. Jetzt die rechte Seite.</translation>
    </message>
    <message>
        <source>Switch sides: left side</source>
        <translation>Seitenwechsel: linke Seite</translation>
    </message>
    <message>
        <source>Switch sides: right side</source>
        <translation>Seitenwechsel: rechte Seite</translation>
    </message>
    <message>
        <source>Inhale</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Get ready. First: %s.</source>
        <translation>Mach dich bereit. Zuerst: %s.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Rest. Next: %s.</source>
        <translation>Pause. Als Nächstes: %s.</translation>
    </message>
    <message>
        <source>Next: %s</source>
        <translation>Als Nächstes: %s</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <source>Well done. That&apos;s your stretches for today.</source>
        <translation>Gut gemacht. Das waren deine Dehnübungen für heute.</translation>
    </message>
    <message>
        <source>That was quick.</source>
        <translation>Das ging schnell.</translation>
    </message>
    <message numerus="yes">
        <source>2 sides × %n breath(s)</source>
        <translation>
            <numerusform>2 Seiten × %n Atemzug</numerusform>
            <numerusform>2 Seiten × %n Atemzüge</numerusform>
        </translation>
    </message>
</context>
</TS>
