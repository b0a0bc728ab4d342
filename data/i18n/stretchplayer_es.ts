<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>app_window</name>
    <message>
        <source>Breathe in slowly. And breathe out. This is how I will guide you.</source>
        <translation>Inhala despacio. Y exhala. Así es como te guiaré.</translation>
    </message>
    <message>
        <source>The routine &quot;%s&quot; is gone; showing your last poses.</source>
        <translation>La rutina «%s» ya no existe; se muestran tus últimas posturas.</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Using the poses in %s.</source>
        <translation>Se usan las posturas de %s.</translation>
    </message>
    <message>
        <source>Using the built-in poses.</source>
        <translation>Se usan las posturas incluidas.</translation>
    </message>
    <message>
        <source>Tick at least one pose to save a routine.</source>
        <translation>Marca al menos una postura para guardar una rutina.</translation>
    </message>
    <message>
        <source>Replaced the routine &quot;%s&quot;.</source>
        <translation>Se reemplazó la rutina «%s».</translation>
    </message>
    <message>
        <source>Saved the routine &quot;%s&quot;.</source>
        <translation>Rutina «%s» guardada.</translation>
    </message>
    <message>
        <source>Renamed the routine &quot;%s&quot; to &quot;%s&quot;.</source>
        <translation>La rutina «%s» ahora se llama «%s».</translation>
    </message>
    <message>
        <source>Deleted the routine &quot;%s&quot;.</source>
        <translation>Rutina «%s» borrada.</translation>
    </message>
    <message>
        <source>Routines not saved: %s</source>
        <translation>Rutinas no guardadas: %s</translation>
    </message>
    <message>
        <source>The routine &quot;%s&quot; has poses this library lacks: %s. They stay in the routine.</source>
        <translation>La rutina «%s» tiene posturas que faltan en esta biblioteca: %s. Se quedan en la rutina.</translation>
    </message>
    <message>
        <source>Settings not saved: %s</source>
        <translation>Ajustes no guardados: %s</translation>
    </message>
    <message>
        <source>already open; showing that window</source>
        <translation>ya está abierto; se muestra esa ventana</translation>
    </message>
    <message>
        <source>%s problems, the first: %s</source>
        <translation>%s problemas, el primero: %s</translation>
    </message>
    <message>
        <source>Your pose library cannot be used (%s); using the built-in poses.</source>
        <translation>No se puede usar tu biblioteca de posturas (%s); se usan las posturas incluidas.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos desconocidos: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%(prog)s: error: %(message)s (see --help)
</source>
        <translation>%(prog)s: error: %(message)s (consulta --help)
</translation>
    </message>
    <message>
        <source>expected a number of %(unit)s, got %(text)s</source>
        <translation>se esperaba un número de %(unit)s, se recibió %(text)s</translation>
    </message>
    <message>
        <source>expected %(unit)s from %(low)s to %(high)s, got %(text)s</source>
        <translation>se esperaban de %(low)s a %(high)s %(unit)s, se recibió %(text)s</translation>
    </message>
    <message>
        <source>%(help)s: %(described)s (default %(default)s, or as saved in Preferences)</source>
        <translation>%(help)s: %(described)s (por defecto %(default)s, o lo guardado en Preferencias)</translation>
    </message>
    <message>
        <source>%(help)s, %(low)s to %(high)s %(symbol)s (default %(default)s %(symbol)s, or as saved in Preferences)</source>
        <translation>%(help)s, de %(low)s a %(high)s %(symbol)s (por defecto %(default)s %(symbol)s, o lo guardado en Preferencias)</translation>
    </message>
    <message>
        <source>expected a number like 20, got %s</source>
        <translation>se esperaba un número como 20, se recibió %s</translation>
    </message>
    <message>
        <source>expected a speed from 0.1 to 1000, got %s</source>
        <translation>se esperaba una velocidad de 0.1 a 1000, se recibió %s</translation>
    </message>
    <message>
        <source>expected pose ids separated by commas, got %s</source>
        <translation>se esperaban identificadores de posturas separados por comas, se recibió %s</translation>
    </message>
    <message>
        <source>expected each pose once, got %s more than once</source>
        <translation>se esperaba cada postura una vez, %s aparece más de una vez</translation>
    </message>
    <message>
        <source>expected ID=BREATHS pairs (1 to 100) separated by commas, got %s</source>
        <translation>se esperaban pares ID=RESPIRACIONES (de 1 a 100) separados por comas, se recibió %s</translation>
    </message>
    <message>
        <source>use this pose library instead of the built-in one</source>
        <translation>usar esta biblioteca de posturas en lugar de la incluida</translation>
    </message>
    <message>
        <source>speak and write in this language (e.g. de, es, fr; default: as the desktop is set)</source>
        <translation>hablar y escribir en este idioma (p. ej. de, es, fr; por defecto: el del escritorio)</translation>
    </message>
    <message>
        <source>tell what StretchPlayer is doing on stderr; -vv for every detail</source>
        <translation>contar en stderr lo que hace StretchPlayer; -vv para todos los detalles</translation>
    </message>
    <message>
        <source>the poses to do, in this order (default: all; see &apos;list&apos;)</source>
        <translation>las posturas que hacer, en este orden (por defecto: todas; ver &apos;list&apos;)</translation>
    </message>
    <message>
        <source>do the poses of this saved routine, in its order, at its pacing (see &apos;routines&apos;)</source>
        <translation>hacer las posturas de esta rutina guardada, en su orden y a su ritmo (ver &apos;routines&apos;)</translation>
    </message>
    <message>
        <source>speak the cues (default: off)</source>
        <translation>decir las indicaciones en voz alta (por defecto: no)</translation>
    </message>
    <message>
        <source>print JSON for other programs</source>
        <translation>escribir JSON para otros programas</translation>
    </message>
    <message>
        <source>A hands-free guide through a routine of hamstring stretches. With no command, opens the window.</source>
        <translation>Una guía manos libres por una rutina de estiramientos de isquiotibiales. Sin orden, abre la ventana.</translation>
    </message>
    <message>
        <source>open the window with this saved routine chosen (see &apos;routines&apos;)</source>
        <translation>abrir la ventana con esta rutina guardada elegida (ver &apos;routines&apos;)</translation>
    </message>
    <message>
        <source>list the poses in the library</source>
        <translation>listar las posturas de la biblioteca</translation>
    </message>
    <message>
        <source>show the session&apos;s timeline, every cue with its time</source>
        <translation>mostrar el desarrollo de la sesión, cada indicación con su tiempo</translation>
    </message>
    <message>
        <source>play a session without a window</source>
        <translation>reproducir una sesión sin ventana</translation>
    </message>
    <message>
        <source>print each cue as it fires (required: the only mode without a window)</source>
        <translation>escribir cada indicación en su momento (obligatorio: el único modo sin ventana)</translation>
    </message>
    <message>
        <source>play X times faster (e.g. 20 for a preview)</source>
        <translation>reproducir X veces más rápido (p. ej. 20 para una vista previa)</translation>
    </message>
    <message>
        <source>check a pose library file</source>
        <translation>comprobar un archivo de biblioteca de posturas</translation>
    </message>
    <message>
        <source>write the whole session, spoken, as one WAV file</source>
        <translation>guardar toda la sesión, hablada, en un archivo WAV</translation>
    </message>
    <message>
        <source>past sessions and the current streak</source>
        <translation>sesiones pasadas y la racha actual</translation>
    </message>
    <message>
        <source>draw a pose&apos;s figure to PNG or SVG</source>
        <translation>dibujar la figura de una postura en PNG o SVG</translation>
    </message>
    <message>
        <source>list the saved routines; save, delete or rename one</source>
        <translation>listar las rutinas guardadas; guardar, borrar o renombrar una</translation>
    </message>
    <message>
        <source>With no action, lists the routines (the built-in one first).</source>
        <translation>Sin acción, lista las rutinas (la incluida primero).</translation>
    </message>
    <message>
        <source>save (or replace) a routine: poses in order, and any pacing of its own</source>
        <translation>guardar (o reemplazar) una rutina: posturas en orden y su propio ritmo</translation>
    </message>
    <message>
        <source>its name; a saved routine of that name is replaced, keeping the pacing and breath counts of its own that are not given here</source>
        <translation>su nombre; se reemplaza la rutina guardada con ese nombre, conservando su propio ritmo y sus respiraciones que no se indiquen aquí</translation>
    </message>
    <message>
        <source>the routine&apos;s poses, in this order (see &apos;list&apos;)</source>
        <translation>las posturas de la rutina, en este orden (ver &apos;list&apos;)</translation>
    </message>
    <message>
        <source>hold these poses for N breaths in this routine (default: as the library says)</source>
        <translation>mantener estas posturas N respiraciones en esta rutina (por defecto: lo que dice la biblioteca)</translation>
    </message>
    <message>
        <source>delete a saved routine</source>
        <translation>borrar una rutina guardada</translation>
    </message>
    <message>
        <source>the saved routine to delete</source>
        <translation>la rutina guardada que se borra</translation>
    </message>
    <message>
        <source>rename a saved routine</source>
        <translation>renombrar una rutina guardada</translation>
    </message>
    <message>
        <source>the saved routine&apos;s name now</source>
        <translation>el nombre actual de la rutina guardada</translation>
    </message>
    <message>
        <source>its new name, not taken by another</source>
        <translation>su nuevo nombre, que ninguna otra tenga</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1, got %s</source>
        <translation>se esperaba un número de 0 a 1, se recibió %s</translation>
    </message>
    <message>
        <source>expected a step number like 1, got %s</source>
        <translation>se esperaba un número de paso como 1, se recibió %s</translation>
    </message>
    <message>
        <source>expected a step number from 1, got %s</source>
        <translation>se esperaba un número de paso a partir de 1, se recibió %s</translation>
    </message>
    <message>
        <source>expected a width in pixels like 880, got %s</source>
        <translation>se esperaba un ancho en píxeles como 880, se recibió %s</translation>
    </message>
    <message>
        <source>expected a width of at least 1 pixel, got %s</source>
        <translation>se esperaba un ancho de al menos 1 píxel, se recibió %s</translation>
    </message>
    <message>
        <source>the pose (see &apos;list&apos;)</source>
        <translation>la postura (ver &apos;list&apos;)</translation>
    </message>
    <message>
        <source>setup step N, from 1 (default: the hold)</source>
        <translation>paso N de la preparación, desde 1 (por defecto: el mantenimiento)</translation>
    </message>
    <message>
        <source>the hold (the default)</source>
        <translation>el mantenimiento (por defecto)</translation>
    </message>
    <message>
        <source>which side of a two-sided pose (default: the side it starts on)</source>
        <translation>qué lado de una postura a dos lados (por defecto: el lado por el que empieza)</translation>
    </message>
    <message>
        <source>during the hold, the breath from 0 (empty lungs) to 1 (full)</source>
        <translation>durante el mantenimiento, la respiración de 0 (pulmones vacíos) a 1 (llenos)</translation>
    </message>
    <message>
        <source>image width (default 880)</source>
        <translation>ancho de la imagen (por defecto 880)</translation>
    </message>
    <message>
        <source>colours for a dark background</source>
        <translation>colores para un fondo oscuro</translation>
    </message>
    <message>
        <source>%s problems:</source>
        <translation>%s problemas:</translation>
    </message>
    <message>
        <source>--routine and --poses: expected one or the other, not both</source>
        <translation>--routine y --poses: se esperaba uno u otro, no los dos</translation>
    </message>
    <message>
        <source>routine &quot;%s&quot;: poses not in this library: %s</source>
        <translation>rutina «%s»: posturas que no están en esta biblioteca: %s</translation>
    </message>
    <message>
        <source>--routine: %s; nothing left to do</source>
        <translation>--routine: %s; no queda nada que hacer</translation>
    </message>
    <message>
        <source>%s; doing the others (the routine is kept as saved)</source>
        <translation>%s; se hacen las demás (la rutina se conserva tal como se guardó)</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>total %s (%s s, %s)</source>
        <translation>total %s (%s s, %s)</translation>
    </message>
    <message>
        <source>countdown</source>
        <comment>plan column</comment>
        <translation>cuenta atrás</translation>
    </message>
    <message>
        <source>pose</source>
        <comment>plan column</comment>
        <translation>postura</translation>
    </message>
    <message>
        <source>step</source>
        <comment>plan column</comment>
        <translation>paso</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>plan column</comment>
        <translation>mantener</translation>
    </message>
    <message>
        <source>breath</source>
        <comment>plan column</comment>
        <translation>respiración</translation>
    </message>
    <message>
        <source>release</source>
        <comment>plan column</comment>
        <translation>soltar</translation>
    </message>
    <message>
        <source>switch</source>
        <comment>plan column</comment>
        <translation>cambio</translation>
    </message>
    <message>
        <source>rest</source>
        <comment>plan column</comment>
        <translation>descanso</translation>
    </message>
    <message>
        <source>done</source>
        <comment>plan column</comment>
        <translation>fin</translation>
    </message>
    <message numerus="yes">
        <source>%s: valid — %n pose(s) (%s on both sides), schema version %s</source>
        <translation>
            <numerusform>%s: válido — %n postura (%s a ambos lados), versión del esquema %s</numerusform>
            <numerusform>%s: válido — %n posturas (%s a ambos lados), versión del esquema %s</numerusform>
        </translation>
    </message>
    <message>
        <source>%s: valid — the %s texts of %s</source>
        <translation>%s: válido — los textos (%s) de %s</translation>
    </message>
    <message>
        <source>--voice: %s; the session goes on silently.</source>
        <translation>--voice: %s; la sesión sigue en silencio.</translation>
    </message>
    <message>
        <source>--out: %s is a folder; expected a file name such as session.wav</source>
        <translation>--out: %s es una carpeta; se esperaba un nombre de archivo como sesion.wav</translation>
    </message>
    <message>
        <source>--out: the folder %s does not exist</source>
        <translation>--out: la carpeta %s no existe</translation>
    </message>
    <message>
        <source>--out: %s is a file, not a folder</source>
        <translation>--out: %s es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>export-audio: cannot speak: %s</source>
        <translation>export-audio: no se puede hablar: %s</translation>
    </message>
    <message>
        <source>export-audio: cannot write %s: %s</source>
        <translation>export-audio: no se puede escribir %s: %s</translation>
    </message>
    <message>
        <source>%s: %s (%s s) of audio, %s spoken cues, %s chimes</source>
        <translation>%s: %s (%s s) de audio, %s indicaciones habladas, %s campanillas</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row. Stretch once a day to keep it going.</source>
        <translation>
            <numerusform>Racha: %n día seguido. Estira una vez al día para mantenerla.</numerusform>
            <numerusform>Racha: %n días seguidos. Estira una vez al día para mantenerla.</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet: finish a session once a day to start one.</source>
        <translation>Aún no hay racha: termina una sesión al día para empezar una.</translation>
    </message>
    <message>
        <source>No sessions yet: run `stretchplayer` and press Space to start.</source>
        <translation>Aún no hay sesiones: ejecuta `stretchplayer` y pulsa Espacio para empezar.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>%a %d %b %Y %H:%M</source>
        <translation>%d/%m/%Y %H:%M</translation>
    </message>
    <message>
        <source>, in the terminal</source>
        <translation>, en el terminal</translation>
    </message>
    <message>
        <source>--pose: %s has no figure in this library; it is drawn from %s</source>
        <translation>--pose: %s no tiene figura en esta biblioteca; se dibuja a partir de %s</translation>
    </message>
    <message>
        <source>--step: expected 1 to %(most)s for %(pose)s, got %(step)s</source>
        <translation>--step: se esperaba de 1 a %(most)s para %(pose)s, se recibió %(step)s</translation>
    </message>
    <message>
        <source>--side: %s is done once, not on each side</source>
        <translation>--side: %s se hace una vez, no a cada lado</translation>
    </message>
    <message>
        <source>--breath: the figure breathes during the hold; leave out --step</source>
        <translation>--breath: la figura respira durante el mantenimiento; quita --step</translation>
    </message>
    <message>
        <source>--out: expected a file name ending in .png or .svg, got %s</source>
        <translation>--out: se esperaba un nombre de archivo terminado en .png o .svg, se recibió %s</translation>
    </message>
    <message>
        <source>--out: %s is a folder; expected a file name such as figure.png</source>
        <translation>--out: %s es una carpeta; se esperaba un nombre de archivo como figura.png</translation>
    </message>
    <message>
        <source>--out: cannot write %s: %s</source>
        <translation>--out: no se puede escribir %s: %s</translation>
    </message>
    <message>
        <source>step %s</source>
        <translation>paso %s</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantenimiento</translation>
    </message>
    <message>
        <source>, left side</source>
        <translation>, lado izquierdo</translation>
    </message>
    <message>
        <source>, right side</source>
        <translation>, lado derecho</translation>
    </message>
    <message>
        <source>--breaths: not among --poses: %s</source>
        <translation>--breaths: no están en --poses: %s</translation>
    </message>
    <message>
        <source>saved routine &quot;%s&quot;: %s</source>
        <translation>rutina «%s» guardada: %s</translation>
    </message>
    <message>
        <source>replaced routine &quot;%s&quot;: %s (it could not be read)</source>
        <translation>rutina «%s» reemplazada: %s (no se podía leer)</translation>
    </message>
    <message>
        <source>replaced routine &quot;%s&quot;: %s (it had %s)</source>
        <translation>rutina «%s» reemplazada: %s (tenía %s)</translation>
    </message>
    <message>
        <source>deleted routine &quot;%s&quot;</source>
        <translation>rutina «%s» borrada</translation>
    </message>
    <message>
        <source>renamed routine &quot;%s&quot; to &quot;%s&quot;</source>
        <translation>rutina «%s» renombrada a «%s»</translation>
    </message>
    <message>
        <source>routines %s: %s: not saved (%s)</source>
        <translation>routines %s: %s: no se guardó (%s)</translation>
    </message>
    <message>
        <source> (built in)</source>
        <translation> (incluida)</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <comment>routine pacing</comment>
        <translation>
            <numerusform>%n respiración</numerusform>
            <numerusform>%n respiraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>  not in this library: %s</source>
        <translation>  no están en esta biblioteca: %s</translation>
    </message>
</context>
<context>
    <name>desktop_words</name>
    <message>
        <source>A stretching session is running</source>
        <translation>Hay una sesión de estiramientos en curso</translation>
    </message>
    <message>
        <source>Hamstring stretches</source>
        <translation>Estiramientos de isquiotibiales</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Breathe &amp;in for</source>
        <translation>&amp;Inhalar durante</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>how long each inhale lasts</source>
        <translation>cuánto dura cada inhalación</translation>
    </message>
    <message>
        <source>Breathe &amp;out for</source>
        <translation>E&amp;xhalar durante</translation>
    </message>
    <message>
        <source>how long each exhale lasts</source>
        <translation>cuánto dura cada exhalación</translation>
    </message>
    <message>
        <source>&amp;Get ready for</source>
        <translation>&amp;Prepararse durante</translation>
    </message>
    <message>
        <source>time to get ready before the first pose</source>
        <translation>tiempo para prepararse antes de la primera postura</translation>
    </message>
    <message>
        <source>&amp;Rest between poses</source>
        <translation>&amp;Descanso entre posturas</translation>
    </message>
    <message>
        <source>rest between poses (more when moving to or from the floor)</source>
        <translation>descanso entre posturas (más al bajar al suelo o levantarse)</translation>
    </message>
    <message>
        <source>Two-sided poses &amp;start on</source>
        <translation>Las posturas a dos lados &amp;empiezan por</translation>
    </message>
    <message>
        <source>As each pose describes</source>
        <translation>Lo que indique cada postura</translation>
    </message>
    <message>
        <source>Right side first</source>
        <translation>El lado derecho primero</translation>
    </message>
    <message>
        <source>Left side first</source>
        <translation>El lado izquierdo primero</translation>
    </message>
    <message>
        <source>the side two-sided poses start on</source>
        <translation>el lado por el que empiezan las posturas a dos lados</translation>
    </message>
    <message>
        <source>&amp;Speak the instructions</source>
        <translation>&amp;Decir las instrucciones</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voz</translation>
    </message>
    <message>
        <source>Spea&amp;king rate</source>
        <translation>Velocidad de &amp;habla</translation>
    </message>
    <message>
        <source>words per minute</source>
        <translation>palabras por minuto</translation>
    </message>
    <message>
        <source>words/min</source>
        <translation>palabras/min</translation>
    </message>
    <message>
        <source>Vo&amp;lume</source>
        <translation>Vo&amp;lumen</translation>
    </message>
    <message>
        <source>S&amp;ay</source>
        <translation>De&amp;cir</translation>
    </message>
    <message>
        <source>Every instruction</source>
        <translation>Todas las instrucciones</translation>
    </message>
    <message>
        <source>Key moments only</source>
        <translation>Solo los momentos clave</translation>
    </message>
    <message>
        <source>Chimes only</source>
        <translation>Solo campanillas</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Say inhale/exhale for the first</source>
        <translation>Decir inhala/exhala en las primeras</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>respiraciones</translation>
    </message>
    <message>
        <source>Soft &amp;chimes mark the breaths</source>
        <translation>Campanillas &amp;suaves marcan las respiraciones</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>As the desktop is set</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>A new &amp;day starts at</source>
        <translation>Hora en que empieza un nuevo &amp;día</translation>
    </message>
    <message>
        <source>o&apos;clock</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Show t&amp;he streak of days in a row</source>
        <translation>Mostrar la &amp;racha de días seguidos</translation>
    </message>
    <message>
        <source>Keep the screen a&amp;wake while a session runs</source>
        <translation>Mantener la pantalla &amp;encendida durante la sesión</translation>
    </message>
    <message>
        <source>Reduce &amp;motion: the figure shows each step still</source>
        <translation>&amp;Menos movimiento: la figura muestra cada paso quieta</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Id&amp;ioma</translation>
    </message>
</context>
<context>
    <name>history_errors</name>
    <message>
        <source>this run&apos;s sessions will not be kept</source>
        <translation>las sesiones de esta ejecución no se guardarán</translation>
    </message>
    <message>
        <source>expected history schema version %(ours)s or older, got %(theirs)s (written by a newer StretchPlayer); %(lost)s</source>
        <translation>se esperaba la versión de esquema del historial %(ours)s o anterior, se recibió %(theirs)s (escrita por un StretchPlayer más reciente); %(lost)s</translation>
    </message>
    <message>
        <source>expected a history database (%(problem)s); could not move it aside (%(reason)s); %(lost)s</source>
        <translation>se esperaba una base de datos de historial (%(problem)s); no se pudo apartar (%(reason)s); %(lost)s</translation>
    </message>
    <message>
        <source>expected a history database (%(problem)s); moved it aside to %(aside)s and started a new history</source>
        <translation>se esperaba una base de datos de historial (%(problem)s); se apartó como %(aside)s y se empezó un historial nuevo</translation>
    </message>
    <message>
        <source>cannot create a new history (%s); %s</source>
        <translation>no se puede crear un historial nuevo (%s); %s</translation>
    </message>
    <message>
        <source>cannot write to the history (%s); showing it read-only; %s</source>
        <translation>no se puede escribir en el historial (%s); se muestra en modo de solo lectura; %s</translation>
    </message>
    <message>
        <source>cannot open the history (%s); %s</source>
        <translation>no se puede abrir el historial (%s); %s</translation>
    </message>
    <message>
        <source>cannot record the session (%s)</source>
        <translation>no se puede registrar la sesión (%s)</translation>
    </message>
    <message>
        <source>cannot read the history (%s)</source>
        <translation>no se puede leer el historial (%s)</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>el archivo no es una base de datos</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>English</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>unknown language %s; using %s (available: %s)</source>
        <translation>idioma desconocido %s; se usa %s (disponibles: %s)</translation>
    </message>
</context>
<context>
    <name>media_track</name>
    <message>
        <source>%s — right side</source>
        <translation>%s — lado derecho</translation>
    </message>
    <message>
        <source>%s — left side</source>
        <translation>%s — lado izquierdo</translation>
    </message>
    <message>
        <source>No poses ticked</source>
        <translation>Ninguna postura marcada</translation>
    </message>
    <message>
        <source>Ready: %s</source>
        <translation>Listo: %s</translation>
    </message>
    <message>
        <source>Get ready: %s</source>
        <translation>Prepárate: %s</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>Rest. Next: %s</source>
        <translation>Descansa. A continuación: %s</translation>
    </message>
</context>
<context>
    <name>model_errors</name>
    <message>
        <source>unknown pose id %s; expected one of: %s</source>
        <translation>identificador de postura desconocido %s; se esperaba uno de: %s</translation>
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
        <translation>no se puede leer el archivo (%s)</translation>
    </message>
    <message>
        <source>key %s</source>
        <translation>clave %s</translation>
    </message>
    <message>
        <source>duplicate key; expected each key once per object</source>
        <translation>clave repetida; se esperaba cada clave una vez por objeto</translation>
    </message>
    <message>
        <source>expected an object, got %s</source>
        <translation>se esperaba un objeto, se recibió %s</translation>
    </message>
    <message>
        <source>did you mean %s? </source>
        <translation>¿querías decir %s? </translation>
    </message>
    <message>
        <source>unknown field; %sexpected one of: %s</source>
        <translation>campo desconocido; %sse esperaba uno de: %s</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>expected a non-empty string, got %s</source>
        <translation>se esperaba una cadena no vacía, se recibió %s</translation>
    </message>
    <message>
        <source>text of %s characters; expected at most %s</source>
        <translation>texto de %s caracteres; se esperaban como máximo %s</translation>
    </message>
    <message>
        <source>unknown placeholder %s; expected %s</source>
        <translation>marcador desconocido %s; se esperaba %s</translation>
    </message>
    <message>
        <source>none here</source>
        <translation>ninguno aquí</translation>
    </message>
    <message>
        <source>expected a list of strings, got %s</source>
        <translation>se esperaba una lista de cadenas, se recibió %s</translation>
    </message>
    <message>
        <source>expected at least one entry</source>
        <translation>se esperaba al menos una entrada</translation>
    </message>
    <message>
        <source>expected one of %s, got %s</source>
        <translation>se esperaba uno de %s, se recibió %s</translation>
    </message>
    <message>
        <source>expected %s, got %s</source>
        <translation>se esperaba %s, se recibió %s</translation>
    </message>
    <message>
        <source>expected a non-empty list of figures, got %s</source>
        <translation>se esperaba una lista no vacía de figuras, se recibió %s</translation>
    </message>
    <message>
        <source>duplicate pose %s; expected one figure a pose</source>
        <translation>postura repetida %s; se esperaba una figura por postura</translation>
    </message>
    <message>
        <source>unknown pose %s; expected one of: %s</source>
        <translation>postura desconocida %s; se esperaba una de: %s</translation>
    </message>
    <message>
        <source>expected a list of &apos;side&apos; or &apos;other&apos;, got %s</source>
        <translation>se esperaba una lista de &apos;side&apos; u &apos;other&apos;, se recibió %s</translation>
    </message>
    <message>
        <source>expected a non-empty list of keyframes, got %s</source>
        <translation>se esperaba una lista no vacía de fotogramas clave, se recibió %s</translation>
    </message>
    <message>
        <source>expected %(count)s keyframes, one per step of the pose, got %(given)s</source>
        <translation>se esperaban %(count)s fotogramas clave, uno por paso de la postura, se recibieron %(given)s</translation>
    </message>
    <message>
        <source>missing; expected an inhale and an exhale keyframe together</source>
        <translation>falta; se esperaban juntos un fotograma clave de inspiración y otro de espiración</translation>
    </message>
    <message>
        <source>expected an object of angles in degrees, got %s</source>
        <translation>se esperaba un objeto de ángulos en grados, se recibió %s</translation>
    </message>
    <message>
        <source>unknown angle; expected one of: %s</source>
        <translation>ángulo desconocido; se esperaba uno de: %s</translation>
    </message>
    <message>
        <source>missing %s; expected every angle in the first step</source>
        <translation>falta %s; se esperaba cada ángulo en el primer paso</translation>
    </message>
    <message>
        <source>missing; expected every angle in the first step</source>
        <translation>falta; se esperaba cada ángulo en el primer paso</translation>
    </message>
    <message>
        <source>expected either &apos;pelvis&apos; or &apos;plant&apos;, not both</source>
        <translation>se esperaba &apos;pelvis&apos; o &apos;plant&apos;, no los dos</translation>
    </message>
    <message>
        <source>missing &apos;pelvis&apos; or &apos;plant&apos;; expected the first step to place the body</source>
        <translation>falta &apos;pelvis&apos; o &apos;plant&apos;; se esperaba que el primer paso colocara el cuerpo</translation>
    </message>
    <message>
        <source>expected an object of limb targets, got %s</source>
        <translation>se esperaba un objeto de objetivos de extremidades, se recibió %s</translation>
    </message>
    <message>
        <source>unknown limb; expected one of: %s</source>
        <translation>extremidad desconocida; se esperaba una de: %s</translation>
    </message>
    <message>
        <source>%s is on a leg that reaches for a target; expected a joint the angles place</source>
        <translation>%s está en una pierna que busca un objetivo; se esperaba una articulación que coloquen los ángulos</translation>
    </message>
    <message>
        <source>expected a list of arrows, got %s</source>
        <translation>se esperaba una lista de flechas, se recibió %s</translation>
    </message>
    <message>
        <source>expected one of: %s, got %s</source>
        <translation>se esperaba uno de: %s, se recibió %s</translation>
    </message>
    <message>
        <source>expected true or false, got %s</source>
        <translation>se esperaba true o false, se recibió %s</translation>
    </message>
    <message>
        <source>expected a number from %s to %s, got %s</source>
        <translation>se esperaba un número de %s a %s, se recibió %s</translation>
    </message>
    <message>
        <source>expected a point [x, y] in centimetres, got %s</source>
        <translation>se esperaba un punto [x, y] en centímetros, se recibió %s</translation>
    </message>
    <message>
        <source>expected a height of 0 (the floor) or more, got %s</source>
        <translation>se esperaba una altura de 0 (el suelo) o más, se recibió %s</translation>
    </message>
    <message>
        <source>expected a target object, got %s</source>
        <translation>se esperaba un objeto de objetivo, se recibió %s</translation>
    </message>
    <message>
        <source>expected the index of a block of this keyframe (0 to %s), got %s</source>
        <translation>se esperaba el índice de un bloque de este fotograma clave (de 0 a %s), se recibió %s</translation>
    </message>
    <message>
        <source>expected a block, but this keyframe has none, got %s</source>
        <translation>se esperaba un bloque, pero este fotograma clave no tiene ninguno, se recibió %s</translation>
    </message>
    <message>
        <source>expected a block on the floor, not one held in a hand</source>
        <translation>se esperaba un bloque en el suelo, no uno en la mano</translation>
    </message>
    <message>
        <source>expected a point for a leg; only arms reach for the hips</source>
        <translation>se esperaba un punto para una pierna; solo los brazos van a las caderas</translation>
    </message>
    <message>
        <source>expected a point for a leg; only arms reach for a thigh</source>
        <translation>se esperaba un punto para una pierna; solo los brazos van a un muslo</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1, got %s</source>
        <translation>se esperaba un número de 0 a 1, se recibió %s</translation>
    </message>
    <message>
        <source>expected one of {&quot;at&quot;: [x, y]}, {&quot;block&quot;: i}, {&quot;thigh&quot;: limb, &quot;along&quot;: f}, {&quot;hips&quot;: true}</source>
        <translation>se esperaba uno de {&quot;at&quot;: [x, y]}, {&quot;block&quot;: i}, {&quot;thigh&quot;: limb, &quot;along&quot;: f}, {&quot;hips&quot;: true}</translation>
    </message>
    <message>
        <source>expected a list of blocks, got %s</source>
        <translation>se esperaba una lista de bloques, se recibió %s</translation>
    </message>
    <message>
        <source>expected either &apos;x&apos; (on the floor) or &apos;held&apos; (in a hand)</source>
        <translation>se esperaba &apos;x&apos; (en el suelo) o &apos;held&apos; (en la mano)</translation>
    </message>
    <message>
        <source>expected a non-empty list of poses, got %s</source>
        <translation>se esperaba una lista de posturas no vacía, se recibió %s</translation>
    </message>
    <message>
        <source>duplicate id %s; expected each id once</source>
        <translation>identificador repetido %s; se esperaba cada identificador una vez</translation>
    </message>
    <message>
        <source>expected lowercase letters, digits and hyphens (e.g. &apos;lizard-pose&apos;)</source>
        <translation>se esperaban minúsculas, dígitos y guiones (p. ej. &apos;lizard-pose&apos;)</translation>
    </message>
    <message>
        <source>missing; expected &apos;right&apos; or &apos;left&apos; on a pose with sides &apos;both&apos;</source>
        <translation>falta; se esperaba &apos;right&apos; o &apos;left&apos; en una postura con sides &apos;both&apos;</translation>
    </message>
    <message>
        <source>expected no first_side on a pose with sides &apos;none&apos;</source>
        <translation>no se esperaba first_side en una postura con sides &apos;none&apos;</translation>
    </message>
    <message>
        <source>expected the file name of an SVG beside the library or in its folders, with no &apos;..&apos; (e.g. &apos;lizard-pose.svg&apos;)</source>
        <translation>se esperaba el nombre de un SVG junto a la biblioteca o en sus carpetas, sin &apos;..&apos; (p. ej. &apos;lizard-pose.svg&apos;)</translation>
    </message>
    <message>
        <source>no file %s; expected the pose&apos;s drawing there (or a shipped one of that name)</source>
        <translation>no existe el archivo %s; se esperaba ahí el dibujo de la postura (o uno incluido con ese nombre)</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %s, got %s</source>
        <translation>se esperaba un número entero de 1 a %s, se recibió %s</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>una cadena vacía</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>una lista vacía</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>expected %s (the file&apos;s name says so), got %s</source>
        <translation>se esperaba %s (lo dice el nombre del archivo), se recibió %s</translation>
    </message>
    <message>
        <source>expected an object of forms, got %s</source>
        <translation>se esperaba un objeto de formas, se recibió %s</translation>
    </message>
    <message>
        <source>expected a form name of letters, digits and _ (e.g. &apos;dem&apos;)</source>
        <translation>se esperaba un nombre de forma con letras, dígitos y _ (p. ej. &apos;f&apos;)</translation>
    </message>
    <message>
        <source>expected the side placeholders of the English text ({side} or {other}, with a form), so that the other side reads right too</source>
        <translation>se esperaban los marcadores de lado del texto inglés ({side} u {other}, con una forma), para que el otro lado también quede bien</translation>
    </message>
    <message>
        <source>expected {breaths}, as in the English text</source>
        <translation>se esperaba {breaths}, como en el texto inglés</translation>
    </message>
    <message>
        <source>expected %s entries, as in English, got %s</source>
        <translation>se esperaban %s entradas, como en inglés, se recibieron %s</translation>
    </message>
    <message>
        <source>expected an object keyed by pose id, got %s</source>
        <translation>se esperaba un objeto con identificadores de postura como claves, se recibió %s</translation>
    </message>
    <message>
        <source>unknown pose id; expected one of: %s</source>
        <translation>identificador de postura desconocido; se esperaba uno de: %s</translation>
    </message>
    <message>
        <source>expected no rhythm: the English pose has none</source>
        <translation>no se esperaba rhythm: la postura inglesa no tiene</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>una tubería (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>algo que no es un archivo normal</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>se esperaba una coma</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>se esperaban dos puntos</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>se esperaba un nombre de propiedad entre comillas dobles</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>carácter de control no válido</translation>
    </message>
    <message>
        <source>Invalid uXXXX escape</source>
        <translation>secuencia de escape \uXXXX no válida</translation>
    </message>
    <message>
        <source>Invalid escape</source>
        <translation>secuencia de escape no válida</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>datos de más tras el final</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>coma no permitida antes del final del objeto</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>coma no permitida antes del final de la lista</translation>
    </message>
    <message>
        <source>Invalid control character %s at</source>
        <translation>carácter de control no válido %s</translation>
    </message>
    <message>
        <source>Invalid escape %s</source>
        <translation>secuencia de escape no válida %s</translation>
    </message>
    <message>
        <source>file is larger than %s bytes; expected at most that</source>
        <translation>el archivo ocupa más de %s bytes; se esperaba como máximo eso</translation>
    </message>
    <message>
        <source>expected a regular file, got %s</source>
        <translation>se esperaba un archivo normal, se recibió %s</translation>
    </message>
    <message>
        <source>byte %s</source>
        <translation>byte %s</translation>
    </message>
    <message>
        <source>expected UTF-8 text</source>
        <translation>se esperaba texto UTF-8</translation>
    </message>
    <message>
        <source>file is empty; expected a JSON object</source>
        <translation>el archivo está vacío; se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>%s; the file may be cut short</source>
        <translation>%s; puede que el archivo esté cortado</translation>
    </message>
    <message>
        <source>invalid JSON: %s</source>
        <translation>JSON no válido: %s</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to end the string that starts here</source>
        <translation>se esperaba &apos;&quot;&apos; para cerrar la cadena que empieza aquí</translation>
    </message>
    <message>
        <source>nested more than %s deep; expected a flatter file</source>
        <translation>anidado a más de %s niveles; se esperaba un archivo más plano</translation>
    </message>
    <message>
        <source>a number with %s digits; expected at most %s</source>
        <translation>un número de %s cifras; se esperaban como máximo %s</translation>
    </message>
    <message>
        <source>character %s is a lone surrogate (%s); expected text</source>
        <translation>el carácter %s es un sustituto suelto (%s); se esperaba texto</translation>
    </message>
    <message>
        <source>character %s is a control character (%s); expected plain text</source>
        <translation>el carácter %s es un carácter de control (%s); se esperaba texto sin formato</translation>
    </message>
    <message>
        <source>… and %s more</source>
        <translation>… y %s más</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>nivel superior</translation>
    </message>
    <message>
        <source>%s; %s</source>
        <translation>%s; %s</translation>
    </message>
    <message>
        <source>using defaults</source>
        <translation>se usan los valores predeterminados</translation>
    </message>
    <message>
        <source>expected a JSON object, got %s</source>
        <translation>se esperaba un objeto JSON, se recibió %s</translation>
    </message>
    <message>
        <source>could not move it aside (%s)</source>
        <translation>no se pudo apartar (%s)</translation>
    </message>
    <message>
        <source>moved it aside to %s</source>
        <translation>se apartó como %s</translation>
    </message>
    <message>
        <source>expected a JSON object, got an empty file</source>
        <translation>se esperaba un objeto JSON, se recibió un archivo vacío</translation>
    </message>
    <message>
        <source>expected valid JSON (%s)</source>
        <translation>se esperaba JSON válido (%s)</translation>
    </message>
</context>
<context>
    <name>routines_errors</name>
    <message>
        <source>starting with no routines</source>
        <translation>se empieza sin rutinas</translation>
    </message>
    <message>
        <source>expected an object of named routines, got %s</source>
        <translation>se esperaba un objeto de rutinas con nombre, se recibió %s</translation>
    </message>
    <message>
        <source>expected a non-empty name; skipped this routine</source>
        <translation>se esperaba un nombre no vacío; se omite esta rutina</translation>
    </message>
    <message>
        <source>expected a name of one line, at most %s characters; skipped this routine</source>
        <translation>se esperaba un nombre de una línea, de %s caracteres como máximo; se omite esta rutina</translation>
    </message>
    <message>
        <source>expected an object, got %s; skipped this routine</source>
        <translation>se esperaba un objeto, se recibió %s; se omite esta rutina</translation>
    </message>
    <message>
        <source>expected a non-empty list of pose ids, got %s; skipped this routine</source>
        <translation>se esperaba una lista no vacía de identificadores de posturas, se recibió %s; se omite esta rutina</translation>
    </message>
    <message>
        <source>expected each pose once, got %s more than once; done once</source>
        <translation>se esperaba cada postura una vez, %s aparece más de una vez; se hace una vez</translation>
    </message>
    <message>
        <source>expected an object, got %s; using the settings</source>
        <translation>se esperaba un objeto, se recibió %s; se usan los ajustes</translation>
    </message>
    <message>
        <source>expected one of %s; ignored</source>
        <translation>se esperaba uno de %s; se ignora</translation>
    </message>
    <message>
        <source>%(problem)s, got %(value)s; ignored</source>
        <translation>%(problem)s, se recibió %(value)s; se ignora</translation>
    </message>
    <message>
        <source>expected an object, got %s; ignored</source>
        <translation>se esperaba un objeto, se recibió %s; se ignora</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %(most)s, got %(value)s; using the library&apos;s</source>
        <translation>se esperaba un número entero de 1 a %(most)s, se recibió %(value)s; se usa el de la biblioteca</translation>
    </message>
    <message>
        <source>routines not saved</source>
        <translation>rutinas no guardadas</translation>
    </message>
    <message>
        <source>All zero</source>
        <translation>Las cero</translation>
    </message>
    <message>
        <source>All one</source>
        <translation>La única</translation>
    </message>
    <message>
        <source>All two</source>
        <translation>Las dos</translation>
    </message>
    <message>
        <source>All three</source>
        <translation>Las tres</translation>
    </message>
    <message>
        <source>All four</source>
        <translation>Las cuatro</translation>
    </message>
    <message>
        <source>All five</source>
        <translation>Las cinco</translation>
    </message>
    <message>
        <source>All six</source>
        <translation>Las seis</translation>
    </message>
    <message>
        <source>All seven</source>
        <translation>Las siete</translation>
    </message>
    <message>
        <source>All eight</source>
        <translation>Las ocho</translation>
    </message>
    <message>
        <source>All nine</source>
        <translation>Las nueve</translation>
    </message>
    <message>
        <source>All ten</source>
        <translation>Las diez</translation>
    </message>
    <message>
        <source>All eleven</source>
        <translation>Las once</translation>
    </message>
    <message>
        <source>All twelve</source>
        <translation>Las doce</translation>
    </message>
    <message>
        <source>All %s</source>
        <translation>Las %s</translation>
    </message>
    <message>
        <source>&quot;%s&quot;</source>
        <comment>a routine&apos;s name in the list of known routines</comment>
        <translation>«%s»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>no routine named &quot;%s&quot;; known routines: %s</source>
        <translation>no hay ninguna rutina llamada «%s»; rutinas conocidas: %s</translation>
    </message>
    <message>
        <source>expected a routine name, got an empty one</source>
        <translation>se esperaba un nombre de rutina, se recibió uno vacío</translation>
    </message>
    <message>
        <source>expected a routine name of one line, at most %s characters</source>
        <translation>se esperaba un nombre de rutina de una línea, de %s caracteres como máximo</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is built in; choose another name</source>
        <translation>«%s» viene incluida; elige otro nombre</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is built in and cannot be deleted</source>
        <translation>«%s» viene incluida y no se puede borrar</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is built in and cannot be renamed</source>
        <translation>«%s» viene incluida y no se puede renombrar</translation>
    </message>
    <message>
        <source>routines.json has a routine named &quot;%s&quot; that cannot be read; mend or remove it there, or choose another name</source>
        <translation>routines.json tiene una rutina llamada «%s» que no se puede leer; corrígela o quítala allí, o elige otro nombre</translation>
    </message>
    <message>
        <source>a routine named &quot;%s&quot; already exists; delete it first or choose another name</source>
        <translation>ya existe una rutina llamada «%s»; bórrala primero o elige otro nombre</translation>
    </message>
</context>
<context>
    <name>settings_errors</name>
    <message>
        <source>expected a number from %(low)s to %(high)s %(unit)s</source>
        <translation>se esperaba un número de %(low)s a %(high)s %(unit)s</translation>
    </message>
    <message>
        <source>expected a number from %(low)s to %(high)s</source>
        <translation>se esperaba un número de %(low)s a %(high)s</translation>
    </message>
    <message>
        <source>expected a whole number from %(low)s to %(high)s %(unit)s</source>
        <translation>se esperaba un número entero de %(low)s a %(high)s %(unit)s</translation>
    </message>
    <message>
        <source>expected a whole number from %(low)s to %(high)s</source>
        <translation>se esperaba un número entero de %(low)s a %(high)s</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected one of %s</source>
        <translation>se esperaba uno de %s</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>expected null or a list of pose ids (strings)</source>
        <translation>se esperaba null o una lista de identificadores de posturas (cadenas)</translation>
    </message>
    <message>
        <source>expected null or a non-empty string</source>
        <translation>se esperaba null o una cadena no vacía</translation>
    </message>
    <message>
        <source>expected null or two widths in pixels</source>
        <translation>se esperaba null o dos anchos en píxeles</translation>
    </message>
    <message>
        <source>%(problem)s, got %(value)s; using the default %(default)s</source>
        <translation>%(problem)s, se recibió %(value)s; se usa el valor predeterminado %(default)s</translation>
    </message>
    <message>
        <source>settings not saved</source>
        <translation>ajustes no guardados</translation>
    </message>
</context>
<context>
    <name>sound_notices</name>
    <message>
        <source>on Debian or Ubuntu: sudo apt-get install pulseaudio-utils</source>
        <translation>en Debian o Ubuntu: sudo apt-get install pulseaudio-utils</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la conexión fue rechazada</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la conexión se cerró</translation>
    </message>
    <message>
        <source>the wait timed out</source>
        <translation>se agotó el tiempo de espera</translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation>se denegó el acceso</translation>
    </message>
    <message>
        <source>the sound program stopped responding</source>
        <translation>el programa de sonido dejó de responder</translation>
    </message>
    <message>
        <source>the sound program %s is not installed (%s)</source>
        <translation>el programa de sonido %s no está instalado (%s)</translation>
    </message>
    <message>
        <source>No sound: %s. The session goes on silently and on time; sound comes back when the sound server does.</source>
        <translation>Sin sonido: %s. La sesión sigue en silencio y a su ritmo; el sonido vuelve cuando vuelva el servidor de sonido.</translation>
    </message>
    <message>
        <source>Sound is back.</source>
        <translation>El sonido ha vuelto.</translation>
    </message>
    <message>
        <source>the sound program could not start (%s)</source>
        <translation>el programa de sonido no pudo arrancar (%s)</translation>
    </message>
    <message>
        <source>the sound program stopped</source>
        <translation>el programa de sonido se detuvo</translation>
    </message>
    <message>
        <source>the sound server went away (%s)</source>
        <translation>el servidor de sonido desapareció (%s)</translation>
    </message>
    <message>
        <source>no sound server answered (%s)</source>
        <translation>ningún servidor de sonido respondió (%s)</translation>
    </message>
</context>
<context>
    <name>ui_about</name>
    <message>
        <source>Why stretch? — StretchPlayer</source>
        <translation>¿Por qué estirar? — StretchPlayer</translation>
    </message>
    <message>
        <source>Safely</source>
        <translation>Con seguridad</translation>
    </message>
</context>
<context>
    <name>ui_actions</name>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start or pause the session (Space)</source>
        <translation>Empezar o pausar la sesión (Espacio)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Previous pose</source>
        <translation>Postura anterior</translation>
    </message>
    <message>
        <source>Previous pose (Left or Page Up)</source>
        <translation>Postura anterior (Izquierda o Re Pág)</translation>
    </message>
    <message>
        <source>Next pose</source>
        <translation>Postura siguiente</translation>
    </message>
    <message>
        <source>Next pose (Right or Page Down)</source>
        <translation>Postura siguiente (Derecha o Av Pág)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop and go back to the start (Esc)</source>
        <translation>Detener y volver al principio (Esc)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Voice on or off (V)</source>
        <translation>Voz activada o desactivada (V)</translation>
    </message>
    <message>
        <source>Mat mode</source>
        <translation>Modo esterilla</translation>
    </message>
    <message>
        <source>Full screen, big type, for the mat (F11)</source>
        <translation>Pantalla completa, letra grande, para la esterilla (F11)</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Open pose library…</source>
        <translation>Abrir biblioteca de posturas…</translation>
    </message>
    <message>
        <source>Use the built-in poses</source>
        <translation>Usar las posturas incluidas</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Why stretch? (About)</source>
        <translation>¿Por qué estirar? (Acerca de)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation>Voz desactivada</translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation>Voz activada</translation>
    </message>
</context>
<context>
    <name>ui_calendar</name>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Calendar of the last twelve weeks</source>
        <translation>Calendario de las últimas doce semanas</translation>
    </message>
    <message>
        <source>%s of the last %s days with a stretch</source>
        <translation>%s de los últimos %s días con estiramientos</translation>
    </message>
    <message>
        <source>%s min</source>
        <translation>%s min</translation>
    </message>
    <message>
        <source>no stretch</source>
        <translation>sin estiramientos</translation>
    </message>
</context>
<context>
    <name>ui_card</name>
    <message>
        <source>Pose drawing</source>
        <translation>Dibujo de la postura</translation>
    </message>
</context>
<context>
    <name>ui_figure_export</name>
    <message>
        <source>the image could not be saved</source>
        <translation>no se pudo guardar la imagen</translation>
    </message>
</context>
<context>
    <name>ui_history</name>
    <message>
        <source>No streak yet — finish a session to start one.</source>
        <translation>Aún no hay racha: termina una sesión para empezar una.</translation>
    </message>
    <message>
        <source>No streak yet — today is a good day to start.</source>
        <translation>Aún no hay racha — hoy es un buen día para empezar.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n día seguido</numerusform>
            <numerusform>%n días seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: %s of 7 days (the goal is once a day)</source>
        <translation>Esta semana: %s de 7 días (el objetivo es una vez al día)</translation>
    </message>
    <message>
        <source>History — StretchPlayer</source>
        <translation>Historial — StretchPlayer</translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation>Tu práctica</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Poses</source>
        <translation>Posturas</translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation> (interrumpida)</translation>
    </message>
    <message>
        <source> · in the terminal</source>
        <translation> · en el terminal</translation>
    </message>
    <message>
        <source>No sessions yet. Press Space in the main window to start one.</source>
        <translation>Aún no hay sesiones. Pulsa Espacio en la ventana principal para empezar una.</translation>
    </message>
    <message>
        <source>The latest %s of %s sessions are listed; the command “stretchplayer history” lists them all.</source>
        <translation>Se muestran las últimas %s de %s sesiones; la orden «stretchplayer history» las muestra todas.</translation>
    </message>
    <message>
        <source>The last 12 weeks, a square a day:
the stronger the colour, the more minutes.</source>
        <translation>Las últimas 12 semanas, un cuadrado por día:
cuanto más intenso el color, más minutos.</translation>
    </message>
</context>
<context>
    <name>ui_library</name>
    <message>
        <source>Open pose library</source>
        <translation>Abrir biblioteca de posturas</translation>
    </message>
    <message>
        <source>Pose libraries (*.json);;All files (*)</source>
        <translation>Bibliotecas de posturas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%s cannot be used as a pose library: %s. Your current poses stay.</source>
        <translation>%s no se puede usar como biblioteca de posturas: %s. Tus posturas actuales se mantienen.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>un problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %s more (Show Details…)</source>
        <translation>… y %s más (Mostrar detalles…)</translation>
    </message>
    <message>
        <source>Pose library not opened</source>
        <translation>Biblioteca de posturas no abierta</translation>
    </message>
</context>
<context>
    <name>ui_name</name>
    <message>
        <source>Type a name for the routine.</source>
        <translation>Escribe un nombre para la rutina.</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is built in; choose another name.</source>
        <translation>«%s» viene incluida; elige otro nombre.</translation>
    </message>
    <message>
        <source>This replaces your routine &quot;%s&quot;.</source>
        <translation>Esto sustituye tu rutina «%s».</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is another routine&apos;s name; choose another.</source>
        <translation>«%s» ya es el nombre de otra rutina; elige otro.</translation>
    </message>
    <message>
        <source>%s of at most %s characters</source>
        <translation>%s de %s caracteres como máximo</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
</context>
<context>
    <name>ui_notices</name>
    <message>
        <source>%s (and %s more: point here to read)</source>
        <translation>%s (y %s más: señala aquí para leerlos)</translation>
    </message>
</context>
<context>
    <name>ui_pacer</name>
    <message>
        <source>Get into position</source>
        <translation>Colócate</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Ajús­tate</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Suelta</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Inhale</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <source>Breath pacer</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>ui_poses</name>
    <message>
        <source>Your routine</source>
        <translation>Tu rutina</translation>
    </message>
    <message>
        <source>Tick the poses to do; drag to change the order.</source>
        <translation>Marca las posturas que quieres hacer; arrástralas para cambiar el orden.</translation>
    </message>
    <message>
        <source>Poses</source>
        <translation>Posturas</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Marcar todas</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Desmarcar todas</translation>
    </message>
</context>
<context>
    <name>ui_prefs</name>
    <message>
        <source>Preferences — StretchPlayer</source>
        <translation>Preferencias — StretchPlayer</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Default voice for the language</source>
        <translation>Voz predeterminada del idioma</translation>
    </message>
    <message>
        <source>No voices were found on this computer.</source>
        <translation>No se ha encontrado ninguna voz en este ordenador.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Escuchar</translation>
    </message>
    <message numerus="yes">
        <source>breath(s)</source>
        <translation>
            <numerusform>respiración</numerusform>
            <numerusform>respiraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>no breaths (chimes only)</source>
        <translation>ninguna respiración (solo campanillas)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>No screen saver and no blank screen in the middle of a session</source>
        <translation>Sin salvapantallas ni pantalla en negro en mitad de una sesión</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>A session before this hour counts for the day before</source>
        <translation>Una sesión antes de esta hora cuenta para el día anterior</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language takes effect the next time StretchPlayer starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie StretchPlayer.</translation>
    </message>
    <message>
        <source>%s (not found)</source>
        <translation>%s (no encontrada)</translation>
    </message>
</context>
<context>
    <name>ui_presenter</name>
    <message>
        <source>Press Esc to see the poses</source>
        <translation>Pulsa Esc para ver las posturas</translation>
    </message>
    <message>
        <source>Tick a pose to begin</source>
        <translation>Marca una postura para empezar</translation>
    </message>
    <message>
        <source>Up first</source>
        <translation>Para empezar</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Cuando quieras</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>That was quick</source>
        <translation>Qué rápido</translation>
    </message>
    <message>
        <source>Skipped through, so it is not in your history.</source>
        <translation>Te la saltaste, así que no queda en tu historial.</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>A continuación</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row.</source>
        <translation>
            <numerusform>%n día seguido.</numerusform>
            <numerusform>%n días seguidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>First: %s</source>
        <translation>Primero: %s</translation>
    </message>
    <message>
        <source>Pose %s of %s</source>
        <translation>Postura %s de %s</translation>
    </message>
    <message>
        <source>Breath %s of %s</source>
        <translation>Respiración %s de %s</translation>
    </message>
</context>
<context>
    <name>ui_progress</name>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
</context>
<context>
    <name>ui_routines</name>
    <message>
        <source>Your own choice</source>
        <translation>Tu propia selección</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Borrar rutina</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Your saved routines: pick one to tick its poses in its order</source>
        <translation>Tus rutinas guardadas: elige una para marcar sus posturas en su orden</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Keep the ticked poses, in this order, as a named routine</source>
        <translation>Guardar las posturas marcadas, en este orden, como una rutina con nombre</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>More routine actions</source>
        <translation>Más acciones de rutinas</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Guardar rutina</translation>
    </message>
    <message>
        <source>Keep the ticked poses, in this order, as:</source>
        <translation>Guardar las posturas marcadas, en este orden, como:</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Renombrar rutina</translation>
    </message>
    <message>
        <source>New name for &quot;%s&quot;:</source>
        <translation>Nuevo nombre para «%s»:</translation>
    </message>
    <message>
        <source>Delete the routine &quot;%s&quot;? Your history keeps it.</source>
        <translation>¿Borrar la rutina «%s»? Tu historial la conserva.</translation>
    </message>
</context>
<context>
    <name>ui_steplist</name>
    <message>
        <source>current step</source>
        <translation>paso actual</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>paso siguiente</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
</context>
<context>
    <name>ui_steps</name>
    <message>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Tick a pose to go again</source>
        <translation>Marca una postura para repetir</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Pulsa Espacio para empezar</translation>
    </message>
    <message>
        <source>Paused — press Space to continue</source>
        <translation>En pausa — pulsa Espacio para continuar</translation>
    </message>
    <message>
        <source>Press Space to go again</source>
        <translation>Pulsa Espacio para repetir</translation>
    </message>
</context>
<context>
    <name>ui_style</name>
    <message>
        <source>about %s min</source>
        <translation>unos %s min</translation>
    </message>
    <message>
        <source>about %s h %s min</source>
        <translation>unas %s h %s min</translation>
    </message>
    <message>
        <source>about %s h</source>
        <translation>unas %s h</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
</context>
<context>
    <name>ui_transport</name>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Previous pose</source>
        <translation>Postura anterior</translation>
    </message>
    <message>
        <source>Next pose</source>
        <translation>Postura siguiente</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Tiempo restante</translation>
    </message>
</context>
<context>
    <name>ui_window</name>
    <message>
        <source>Why stretch your hamstrings?</source>
        <translation>¿Por qué estirar los isquiotibiales?</translation>
    </message>
    <message>
        <source>Tick at least one pose to start a session.</source>
        <translation>Marca al menos una postura para empezar una sesión.</translation>
    </message>
    <message>
        <source>No poses ticked</source>
        <translation>Ninguna postura marcada</translation>
    </message>
    <message>
        <source>this session plays on to its end</source>
        <translation>esta sesión sigue hasta el final</translation>
    </message>
    <message numerus="yes">
        <source>%s of %n pose(s) · %s</source>
        <translation>
            <numerusform>%s de %n postura · %s</numerusform>
            <numerusform>%s de %n posturas · %s</numerusform>
        </translation>
    </message>
    <message>
        <source>from the next session on</source>
        <translation>a partir de la próxima sesión</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>voice_errors</name>
    <message>
        <source>the speech engine wrote an unreadable file (%s)</source>
        <translation>el motor de voz escribió un archivo ilegible (%s)</translation>
    </message>
    <message>
        <source>the speech engine stopped responding (nothing for %s s while starting)</source>
        <translation>el motor de voz dejó de responder (nada durante %s s al arrancar)</translation>
    </message>
    <message>
        <source>the speech engine stopped responding (nothing for %s s while saying %s)</source>
        <translation>el motor de voz dejó de responder (nada durante %s s al decir %s)</translation>
    </message>
    <message>
        <source>on Debian or Ubuntu: sudo apt-get install libespeak-ng1</source>
        <translation>en Debian o Ubuntu: sudo apt-get install libespeak-ng1</translation>
    </message>
    <message>
        <source>the speech engine wrote no audio for %s</source>
        <translation>el motor de voz no escribió audio para %s</translation>
    </message>
    <message>
        <source>pyttsx3 needs the aplay program to speak (on Debian or Ubuntu: alsa-utils)</source>
        <translation>pyttsx3 necesita el programa aplay para hablar (en Debian o Ubuntu: alsa-utils)</translation>
    </message>
    <message>
        <source>the speech engine pyttsx3 is not installed (%s)</source>
        <translation>el motor de voz pyttsx3 no está instalado (%s)</translation>
    </message>
    <message>
        <source>the espeak-ng speech library is missing or broken (%s)</source>
        <translation>la biblioteca de voz espeak-ng falta o está dañada (%s)</translation>
    </message>
    <message>
        <source>the espeak-ng speech library could not be loaded (%s)</source>
        <translation>no se pudo cargar la biblioteca de voz espeak-ng (%s)</translation>
    </message>
    <message>
        <source>the speech engine failed: %s</source>
        <translation>el motor de voz falló: %s</translation>
    </message>
    <message>
        <source>pyttsx3 %(found)s is installed, but StretchPlayer&apos;s voice needs pyttsx3 %(needed)s (pip install pyttsx3==%(needed)s)</source>
        <translation>está instalado pyttsx3 %(found)s, pero la voz de StretchPlayer necesita pyttsx3 %(needed)s (pip install pyttsx3==%(needed)s)</translation>
    </message>
    <message>
        <source>the speech engine stopped responding (nothing for %s s)</source>
        <translation>el motor de voz dejó de responder (nada durante %s s)</translation>
    </message>
</context>
<context>
    <name>voice_notices</name>
    <message>
        <source>No sound: the sound program pacat is not installed (on Debian or Ubuntu: sudo apt-get install pulseaudio-utils), so the voice and chimes are silent.</source>
        <translation>Sin sonido: el programa de sonido pacat no está instalado (en Debian o Ubuntu: sudo apt-get install pulseaudio-utils), así que la voz y las campanillas están en silencio.</translation>
    </message>
    <message>
        <source>The voice is switched off.</source>
        <translation>La voz está desactivada.</translation>
    </message>
    <message>
        <source>The voice is silent.</source>
        <translation>La voz está en silencio.</translation>
    </message>
    <message>
        <source>Speech could not be prepared (%s); speaking directly instead, so Pause and Stop wait for the sentence to end.</source>
        <translation>No se pudo preparar la voz (%s); se habla directamente, así que Pausa y Detener esperan a que termine la frase.</translation>
    </message>
    <message>
        <source>The voice is off: %s. The session carries on; switch the voice on to try again.</source>
        <translation>La voz está apagada: %s. La sesión continúa; activa la voz para volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message numerus="yes">
        <source>%n pose(s)</source>
        <translation>
            <numerusform>%n postura</numerusform>
            <numerusform>%n posturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n respiración</numerusform>
            <numerusform>%n respiraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>You need %s.</source>
        <translation>Necesitas %s.</translation>
    </message>
    <message>
        <source>Right side first.</source>
        <translation>Primero el lado derecho.</translation>
    </message>
    <message>
        <source>Left side first.</source>
        <translation>Primero el lado izquierdo.</translation>
    </message>
    <message>
        <source>Switch sides. Now your left side.</source>
        <translation>Cambia de lado. Ahora el lado izquierdo.</translation>
    </message>
    <message>
        <source>Switch sides. Now your right side.</source>
        <translation>Cambia de lado. Ahora el lado derecho.</translation>
    </message>
    <message>
        <source>Switch sides: left side</source>
        <translation>Cambio de lado: lado izquierdo</translation>
    </message>
    <message>
        <source>Switch sides: right side</source>
        <translation>Cambio de lado: lado derecho</translation>
    </message>
    <message>
        <source>Inhale</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <source>Get ready. First: %s.</source>
        <translation>Prepárate. Primero: %s.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Rest. Next: %s.</source>
        <translation>Descansa. A continuación: %s.</translation>
    </message>
    <message>
        <source>Next: %s</source>
        <translation>A continuación: %s</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>¡Muy bien!</translation>
    </message>
    <message>
        <source>Well done. That&apos;s your stretches for today.</source>
        <translation>Muy bien. Ya has hecho tus estiramientos de hoy.</translation>
    </message>
    <message>
        <source>That was quick.</source>
        <translation>Qué rápido.</translation>
    </message>
    <message numerus="yes">
        <source>2 sides × %n breath(s)</source>
        <translation>
            <numerusform>2 lados × %n respiración</numerusform>
            <numerusform>2 lados × %n respiraciones</numerusform>
        </translation>
    </message>
</context>
</TS>
