<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>app_window</name>
    <message>
        <source>Breathe in slowly. And breathe out. This is how I will guide you.</source>
        <translation>Inspirez lentement. Et expirez. Voilà comment je vais vous guider.</translation>
    </message>
    <message>
        <source>The routine &quot;%s&quot; is gone; showing your last poses.</source>
        <translation>La routine « %s » n&apos;existe plus ; vos dernières postures sont affichées.</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>Using the poses in %s.</source>
        <translation>Postures de %s utilisées.</translation>
    </message>
    <message>
        <source>Using the built-in poses.</source>
        <translation>Postures fournies utilisées.</translation>
    </message>
    <message>
        <source>Tick at least one pose to save a routine.</source>
        <translation>Cochez au moins une posture pour enregistrer une routine.</translation>
    </message>
    <message>
        <source>Replaced the routine &quot;%s&quot;.</source>
        <translation>La routine « %s » a été remplacée.</translation>
    </message>
    <message>
        <source>Saved the routine &quot;%s&quot;.</source>
        <translation>Routine « %s » enregistrée.</translation>
    </message>
    <message>
        <source>Renamed the routine &quot;%s&quot; to &quot;%s&quot;.</source>
        <translation>La routine « %s » s’appelle maintenant « %s ».</translation>
    </message>
    <message>
        <source>Deleted the routine &quot;%s&quot;.</source>
        <translation>Routine « %s » supprimée.</translation>
    </message>
    <message>
        <source>Routines not saved: %s</source>
        <translation>Routines non enregistrées : %s</translation>
    </message>
    <message>
        <source>The routine &quot;%s&quot; has poses this library lacks: %s. They stay in the routine.</source>
        <translation>La routine « %s » contient des postures absentes de cette bibliothèque : %s. Elles restent dans la routine.</translation>
    </message>
    <message>
        <source>Settings not saved: %s</source>
        <translation>Réglages non enregistrés : %s</translation>
    </message>
    <message>
        <source>already open; showing that window</source>
        <translation>déjà ouvert ; cette fenêtre est affichée</translation>
    </message>
    <message>
        <source>%s problems, the first: %s</source>
        <translation>%s problèmes, le premier : %s</translation>
    </message>
    <message>
        <source>Your pose library cannot be used (%s); using the built-in poses.</source>
        <translation>Votre bibliothèque de postures est inutilisable (%s) ; les postures fournies sont utilisées.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version et quitter</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments inconnus : %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires : %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (parmi %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur de %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut désigner %(matches)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%(prog)s: error: %(message)s (see --help)
</source>
        <translation>%(prog)s : erreur : %(message)s (voir --help)
</translation>
    </message>
    <message>
        <source>expected a number of %(unit)s, got %(text)s</source>
        <translation>nombre de %(unit)s attendu, reçu %(text)s</translation>
    </message>
    <message>
        <source>expected %(unit)s from %(low)s to %(high)s, got %(text)s</source>
        <translation>de %(low)s à %(high)s %(unit)s attendu, reçu %(text)s</translation>
    </message>
    <message>
        <source>%(help)s: %(described)s (default %(default)s, or as saved in Preferences)</source>
        <translation>%(help)s : %(described)s (par défaut %(default)s, ou ce qui est enregistré dans les Préférences)</translation>
    </message>
    <message>
        <source>%(help)s, %(low)s to %(high)s %(symbol)s (default %(default)s %(symbol)s, or as saved in Preferences)</source>
        <translation>%(help)s, de %(low)s à %(high)s %(symbol)s (par défaut %(default)s %(symbol)s, ou ce qui est enregistré dans les Préférences)</translation>
    </message>
    <message>
        <source>expected a number like 20, got %s</source>
        <translation>nombre attendu, comme 20, reçu %s</translation>
    </message>
    <message>
        <source>expected a speed from 0.1 to 1000, got %s</source>
        <translation>vitesse de 0.1 à 1000 attendue, reçu %s</translation>
    </message>
    <message>
        <source>expected pose ids separated by commas, got %s</source>
        <translation>identifiants de postures séparés par des virgules attendus, reçu %s</translation>
    </message>
    <message>
        <source>expected each pose once, got %s more than once</source>
        <translation>chaque posture attendue une fois, %s apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>expected ID=BREATHS pairs (1 to 100) separated by commas, got %s</source>
        <translation>paires ID=RESPIRATIONS (de 1 à 100) séparées par des virgules attendues, reçu %s</translation>
    </message>
    <message>
        <source>use this pose library instead of the built-in one</source>
        <translation>utiliser cette bibliothèque de postures au lieu de celle fournie</translation>
    </message>
    <message>
        <source>speak and write in this language (e.g. de, es, fr; default: as the desktop is set)</source>
        <translation>parler et écrire dans cette langue (p. ex. de, es, fr ; par défaut : celle du bureau)</translation>
    </message>
    <message>
        <source>tell what StretchPlayer is doing on stderr; -vv for every detail</source>
        <translation>dire sur stderr ce que fait StretchPlayer ; -vv pour tous les détails</translation>
    </message>
    <message>
        <source>the poses to do, in this order (default: all; see &apos;list&apos;)</source>
        <translation>les postures à faire, dans cet ordre (par défaut : toutes ; voir &apos;list&apos;)</translation>
    </message>
    <message>
        <source>do the poses of this saved routine, in its order, at its pacing (see &apos;routines&apos;)</source>
        <translation>faire les postures de cette routine enregistrée, dans son ordre et à son rythme (voir &apos;routines&apos;)</translation>
    </message>
    <message>
        <source>speak the cues (default: off)</source>
        <translation>dire les indications à voix haute (par défaut : non)</translation>
    </message>
    <message>
        <source>print JSON for other programs</source>
        <translation>écrire du JSON pour d&apos;autres programmes</translation>
    </message>
    <message>
        <source>A hands-free guide through a routine of hamstring stretches. With no command, opens the window.</source>
        <translation>Un guide mains libres pour une routine d&apos;étirements des ischio-jambiers. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>open the window with this saved routine chosen (see &apos;routines&apos;)</source>
        <translation>ouvrir la fenêtre avec cette routine enregistrée (voir &apos;routines&apos;)</translation>
    </message>
    <message>
        <source>list the poses in the library</source>
        <translation>lister les postures de la bibliothèque</translation>
    </message>
    <message>
        <source>show the session&apos;s timeline, every cue with its time</source>
        <translation>montrer le déroulement de la séance, chaque indication avec son heure</translation>
    </message>
    <message>
        <source>play a session without a window</source>
        <translation>jouer une séance sans fenêtre</translation>
    </message>
    <message>
        <source>print each cue as it fires (required: the only mode without a window)</source>
        <translation>écrire chaque indication à son moment (obligatoire : le seul mode sans fenêtre)</translation>
    </message>
    <message>
        <source>play X times faster (e.g. 20 for a preview)</source>
        <translation>jouer X fois plus vite (p. ex. 20 pour un aperçu)</translation>
    </message>
    <message>
        <source>check a pose library file</source>
        <translation>vérifier un fichier de bibliothèque de postures</translation>
    </message>
    <message>
        <source>write the whole session, spoken, as one WAV file</source>
        <translation>enregistrer toute la séance, parlée, dans un fichier WAV</translation>
    </message>
    <message>
        <source>past sessions and the current streak</source>
        <translation>séances passées et la série en cours</translation>
    </message>
    <message>
        <source>draw a pose&apos;s figure to PNG or SVG</source>
        <translation>dessiner la silhouette d&apos;une posture en PNG ou en SVG</translation>
    </message>
    <message>
        <source>list the saved routines; save, delete or rename one</source>
        <translation>lister les routines enregistrées ; en enregistrer, supprimer ou renommer une</translation>
    </message>
    <message>
        <source>With no action, lists the routines (the built-in one first).</source>
        <translation>Sans action, liste les routines (celle fournie d&apos;abord).</translation>
    </message>
    <message>
        <source>save (or replace) a routine: poses in order, and any pacing of its own</source>
        <translation>enregistrer (ou remplacer) une routine : postures dans l’ordre et son propre rythme</translation>
    </message>
    <message>
        <source>its name; a saved routine of that name is replaced, keeping the pacing and breath counts of its own that are not given here</source>
        <translation>son nom ; une routine enregistrée de ce nom est remplacée, en gardant son propre rythme et ses nombres de respirations qui ne sont pas indiqués ici</translation>
    </message>
    <message>
        <source>the routine&apos;s poses, in this order (see &apos;list&apos;)</source>
        <translation>les postures de la routine, dans cet ordre (voir &apos;list&apos;)</translation>
    </message>
    <message>
        <source>hold these poses for N breaths in this routine (default: as the library says)</source>
        <translation>tenir ces postures N respirations dans cette routine (par défaut : selon la bibliothèque)</translation>
    </message>
    <message>
        <source>delete a saved routine</source>
        <translation>supprimer une routine enregistrée</translation>
    </message>
    <message>
        <source>the saved routine to delete</source>
        <translation>la routine enregistrée à supprimer</translation>
    </message>
    <message>
        <source>rename a saved routine</source>
        <translation>renommer une routine enregistrée</translation>
    </message>
    <message>
        <source>the saved routine&apos;s name now</source>
        <translation>le nom actuel de la routine enregistrée</translation>
    </message>
    <message>
        <source>its new name, not taken by another</source>
        <translation>son nouveau nom, que nulle autre ne porte</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1, got %s</source>
        <translation>nombre de 0 à 1 attendu, reçu %s</translation>
    </message>
    <message>
        <source>expected a step number like 1, got %s</source>
        <translation>numéro d&apos;étape attendu, comme 1, reçu %s</translation>
    </message>
    <message>
        <source>expected a step number from 1, got %s</source>
        <translation>numéro d&apos;étape à partir de 1 attendu, reçu %s</translation>
    </message>
    <message>
        <source>expected a width in pixels like 880, got %s</source>
        <translation>largeur en pixels attendue, comme 880, reçu %s</translation>
    </message>
    <message>
        <source>expected a width of at least 1 pixel, got %s</source>
        <translation>largeur d&apos;au moins 1 pixel attendue, reçu %s</translation>
    </message>
    <message>
        <source>the pose (see &apos;list&apos;)</source>
        <translation>la posture (voir &apos;list&apos;)</translation>
    </message>
    <message>
        <source>setup step N, from 1 (default: the hold)</source>
        <translation>étape N de la mise en place, à partir de 1 (par défaut : le maintien)</translation>
    </message>
    <message>
        <source>the hold (the default)</source>
        <translation>le maintien (par défaut)</translation>
    </message>
    <message>
        <source>which side of a two-sided pose (default: the side it starts on)</source>
        <translation>quel côté d&apos;une posture des deux côtés (par défaut : celui par lequel elle commence)</translation>
    </message>
    <message>
        <source>during the hold, the breath from 0 (empty lungs) to 1 (full)</source>
        <translation>pendant le maintien, la respiration de 0 (poumons vides) à 1 (pleins)</translation>
    </message>
    <message>
        <source>image width (default 880)</source>
        <translation>largeur de l&apos;image (par défaut 880)</translation>
    </message>
    <message>
        <source>colours for a dark background</source>
        <translation>couleurs pour un fond sombre</translation>
    </message>
    <message>
        <source>%s problems:</source>
        <translation>%s problèmes :</translation>
    </message>
    <message>
        <source>--routine and --poses: expected one or the other, not both</source>
        <translation>--routine et --poses : l&apos;un ou l&apos;autre attendu, pas les deux</translation>
    </message>
    <message>
        <source>routine &quot;%s&quot;: poses not in this library: %s</source>
        <translation>routine « %s » : postures absentes de cette bibliothèque : %s</translation>
    </message>
    <message>
        <source>--routine: %s; nothing left to do</source>
        <translation>--routine : %s ; plus rien à faire</translation>
    </message>
    <message>
        <source>%s; doing the others (the routine is kept as saved)</source>
        <translation>%s ; les autres sont faites (la routine reste telle qu&apos;enregistrée)</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>total %s (%s s, %s)</source>
        <translation>total %s (%s s, %s)</translation>
    </message>
    <message>
        <source>countdown</source>
        <comment>plan column</comment>
        <translation>décompte</translation>
    </message>
    <message>
        <source>pose</source>
        <comment>plan column</comment>
        <translation>posture</translation>
    </message>
    <message>
        <source>step</source>
        <comment>plan column</comment>
        <translation>étape</translation>
    </message>
    <message>
        <source>hold</source>
        <comment>plan column</comment>
        <translation>maintien</translation>
    </message>
    <message>
        <source>breath</source>
        <comment>plan column</comment>
        <translation>souffle</translation>
    </message>
    <message>
        <source>release</source>
        <comment>plan column</comment>
        <translation>relâcher</translation>
    </message>
    <message>
        <source>switch</source>
        <comment>plan column</comment>
        <translation>changement</translation>
    </message>
    <message>
        <source>rest</source>
        <comment>plan column</comment>
        <translation>repos</translation>
    </message>
    <message>
        <source>done</source>
        <comment>plan column</comment>
        <translation>fin</translation>
    </message>
    <message numerus="yes">
        <source>%s: valid — %n pose(s) (%s on both sides), schema version %s</source>
        <translation>
            <numerusform>%s : valide — %n posture (%s des deux côtés), version du schéma %s</numerusform>
            <numerusform>%s : valide — %n postures (%s des deux côtés), version du schéma %s</numerusform>
        </translation>
    </message>
    <message>
        <source>%s: valid — the %s texts of %s</source>
        <translation>%s : valide — les textes (%s) de %s</translation>
    </message>
    <message>
        <source>--voice: %s; the session goes on silently.</source>
        <translation>--voice : %s ; la séance continue en silence.</translation>
    </message>
    <message>
        <source>--out: %s is a folder; expected a file name such as session.wav</source>
        <translation>--out : %s est un dossier ; nom de fichier attendu, comme seance.wav</translation>
    </message>
    <message>
        <source>--out: the folder %s does not exist</source>
        <translation>--out : le dossier %s n&apos;existe pas</translation>
    </message>
    <message>
        <source>--out: %s is a file, not a folder</source>
        <translation>--out : %s est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>export-audio: cannot speak: %s</source>
        <translation>export-audio : impossible de parler : %s</translation>
    </message>
    <message>
        <source>export-audio: cannot write %s: %s</source>
        <translation>export-audio : impossible d&apos;écrire %s : %s</translation>
    </message>
    <message>
        <source>%s: %s (%s s) of audio, %s spoken cues, %s chimes</source>
        <translation>%s : %s (%s s) d&apos;audio, %s indications parlées, %s carillons</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s) in a row. Stretch once a day to keep it going.</source>
        <translation>
            <numerusform>Série : %n jour d&apos;affilée. Étirez-vous une fois par jour pour la prolonger.</numerusform>
            <numerusform>Série : %n jours d&apos;affilée. Étirez-vous une fois par jour pour la prolonger.</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet: finish a session once a day to start one.</source>
        <translation>Pas encore de série : terminez une séance par jour pour en commencer une.</translation>
    </message>
    <message>
        <source>No sessions yet: run `stretchplayer` and press Space to start.</source>
        <translation>Aucune séance pour l&apos;instant : lancez `stretchplayer` et appuyez sur Espace pour commencer.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>arrêtée avant la fin</translation>
    </message>
    <message>
        <source>%a %d %b %Y %H:%M</source>
        <translation>%d/%m/%Y %H:%M</translation>
    </message>
    <message>
        <source>, in the terminal</source>
        <translation>, dans le terminal</translation>
    </message>
    <message>
        <source>--pose: %s has no figure in this library; it is drawn from %s</source>
        <translation>--pose : %s n&apos;a pas de silhouette dans cette bibliothèque ; elle est dessinée d&apos;après %s</translation>
    </message>
    <message>
        <source>--step: expected 1 to %(most)s for %(pose)s, got %(step)s</source>
        <translation>--step : de 1 à %(most)s attendu pour %(pose)s, reçu %(step)s</translation>
    </message>
    <message>
        <source>--side: %s is done once, not on each side</source>
        <translation>--side : %s se fait une fois, pas de chaque côté</translation>
    </message>
    <message>
        <source>--breath: the figure breathes during the hold; leave out --step</source>
        <translation>--breath : la silhouette respire pendant le maintien ; retirez --step</translation>
    </message>
    <message>
        <source>--out: expected a file name ending in .png or .svg, got %s</source>
        <translation>--out : nom de fichier finissant par .png ou .svg attendu, reçu %s</translation>
    </message>
    <message>
        <source>--out: %s is a folder; expected a file name such as figure.png</source>
        <translation>--out : %s est un dossier ; nom de fichier attendu, comme silhouette.png</translation>
    </message>
    <message>
        <source>--out: cannot write %s: %s</source>
        <translation>--out : impossible d&apos;écrire %s : %s</translation>
    </message>
    <message>
        <source>step %s</source>
        <translation>étape %s</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>maintien</translation>
    </message>
    <message>
        <source>, left side</source>
        <translation>, côté gauche</translation>
    </message>
    <message>
        <source>, right side</source>
        <translation>, côté droit</translation>
    </message>
    <message>
        <source>--breaths: not among --poses: %s</source>
        <translation>--breaths : absentes de --poses : %s</translation>
    </message>
    <message>
        <source>saved routine &quot;%s&quot;: %s</source>
        <translation>routine « %s » enregistrée : %s</translation>
    </message>
    <message>
        <source>replaced routine &quot;%s&quot;: %s (it could not be read)</source>
        <translation>routine « %s » remplacée : %s (elle était illisible)</translation>
    </message>
    <message>
        <source>replaced routine &quot;%s&quot;: %s (it had %s)</source>
        <translation>routine « %s » remplacée : %s (elle avait %s)</translation>
    </message>
    <message>
        <source>deleted routine &quot;%s&quot;</source>
        <translation>routine « %s » supprimée</translation>
    </message>
    <message>
        <source>renamed routine &quot;%s&quot; to &quot;%s&quot;</source>
        <translation>routine « %s » renommée en « %s »</translation>
    </message>
    <message>
        <source>routines %s: %s: not saved (%s)</source>
        <translation>routines %s : %s : non enregistré (%s)</translation>
    </message>
    <message>
        <source> (built in)</source>
        <translation> (fournie)</translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <comment>routine pacing</comment>
        <translation>
            <numerusform>%n respiration</numerusform>
            <numerusform>%n respirations</numerusform>
        </translation>
    </message>
    <message>
        <source>  not in this library: %s</source>
        <translation>  absentes de cette bibliothèque : %s</translation>
    </message>
</context>
<context>
    <name>desktop_words</name>
    <message>
        <source>A stretching session is running</source>
        <translation>Une séance d&apos;étirements est en cours</translation>
    </message>
    <message>
        <source>Hamstring stretches</source>
        <translation>Étirements des ischio-jambiers</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Breathe &amp;in for</source>
        <translation>&amp;Inspirer pendant</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>how long each inhale lasts</source>
        <translation>la durée de chaque inspiration</translation>
    </message>
    <message>
        <source>Breathe &amp;out for</source>
        <translation>&amp;Expirer pendant</translation>
    </message>
    <message>
        <source>how long each exhale lasts</source>
        <translation>la durée de chaque expiration</translation>
    </message>
    <message>
        <source>&amp;Get ready for</source>
        <translation>Se &amp;préparer pendant</translation>
    </message>
    <message>
        <source>time to get ready before the first pose</source>
        <translation>le temps de se préparer avant la première posture</translation>
    </message>
    <message>
        <source>&amp;Rest between poses</source>
        <translation>&amp;Repos entre les postures</translation>
    </message>
    <message>
        <source>rest between poses (more when moving to or from the floor)</source>
        <translation>repos entre les postures (plus long pour descendre au sol ou se relever)</translation>
    </message>
    <message>
        <source>Two-sided poses &amp;start on</source>
        <translation>Les postures des deux côtés &amp;commencent</translation>
    </message>
    <message>
        <source>As each pose describes</source>
        <translation>Comme chaque posture l&apos;indique</translation>
    </message>
    <message>
        <source>Right side first</source>
        <translation>Par le côté droit</translation>
    </message>
    <message>
        <source>Left side first</source>
        <translation>Par le côté gauche</translation>
    </message>
    <message>
        <source>the side two-sided poses start on</source>
        <translation>le côté par lequel commencent les postures des deux côtés</translation>
    </message>
    <message>
        <source>&amp;Speak the instructions</source>
        <translation>&amp;Dire les instructions</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Voix</translation>
    </message>
    <message>
        <source>Spea&amp;king rate</source>
        <translation>&amp;Débit de parole</translation>
    </message>
    <message>
        <source>words per minute</source>
        <translation>mots par minute</translation>
    </message>
    <message>
        <source>words/min</source>
        <translation>mots/min</translation>
    </message>
    <message>
        <source>Vo&amp;lume</source>
        <translation>Vo&amp;lume</translation>
    </message>
    <message>
        <source>S&amp;ay</source>
        <translation>D&amp;ire</translation>
    </message>
    <message>
        <source>Every instruction</source>
        <translation>Toutes les instructions</translation>
    </message>
    <message>
        <source>Key moments only</source>
        <translation>Seulement les moments clés</translation>
    </message>
    <message>
        <source>Chimes only</source>
        <translation>Seulement les carillons</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Say inhale/exhale for the first</source>
        <translation>Dire inspirez/expirez pour les premières</translation>
    </message>
    <message>
        <source>breaths</source>
        <translation>respirations</translation>
    </message>
    <message>
        <source>Soft &amp;chimes mark the breaths</source>
        <translation>De doux &amp;carillons marquent les respirations</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>As the desktop is set</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>A new &amp;day starts at</source>
        <translation>Une nouvelle &amp;journée commence à</translation>
    </message>
    <message>
        <source>o&apos;clock</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Show t&amp;he streak of days in a row</source>
        <translation>Afficher la &amp;série de jours d&apos;affilée</translation>
    </message>
    <message>
        <source>Keep the screen a&amp;wake while a session runs</source>
        <translation>Garder l&apos;écran &amp;allumé pendant une séance</translation>
    </message>
    <message>
        <source>Reduce &amp;motion: the figure shows each step still</source>
        <translation>&amp;Moins de mouvement : la figure montre chaque étape immobile</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>Lan&amp;gue</translation>
    </message>
</context>
<context>
    <name>history_errors</name>
    <message>
        <source>this run&apos;s sessions will not be kept</source>
        <translation>les séances de cette exécution ne seront pas conservées</translation>
    </message>
    <message>
        <source>expected history schema version %(ours)s or older, got %(theirs)s (written by a newer StretchPlayer); %(lost)s</source>
        <translation>version de schéma de l&apos;historique %(ours)s ou antérieure attendue, reçu %(theirs)s (écrite par un StretchPlayer plus récent) ; %(lost)s</translation>
    </message>
    <message>
        <source>expected a history database (%(problem)s); could not move it aside (%(reason)s); %(lost)s</source>
        <translation>base de données d&apos;historique attendue (%(problem)s) ; impossible de la mettre de côté (%(reason)s) ; %(lost)s</translation>
    </message>
    <message>
        <source>expected a history database (%(problem)s); moved it aside to %(aside)s and started a new history</source>
        <translation>base de données d&apos;historique attendue (%(problem)s) ; mise de côté sous le nom %(aside)s, un nouvel historique commence</translation>
    </message>
    <message>
        <source>cannot create a new history (%s); %s</source>
        <translation>impossible de créer un nouvel historique (%s) ; %s</translation>
    </message>
    <message>
        <source>cannot write to the history (%s); showing it read-only; %s</source>
        <translation>impossible d&apos;écrire dans l&apos;historique (%s) ; il est affiché en lecture seule ; %s</translation>
    </message>
    <message>
        <source>cannot open the history (%s); %s</source>
        <translation>impossible d&apos;ouvrir l&apos;historique (%s) ; %s</translation>
    </message>
    <message>
        <source>cannot record the session (%s)</source>
        <translation>impossible d&apos;enregistrer la séance (%s)</translation>
    </message>
    <message>
        <source>cannot read the history (%s)</source>
        <translation>impossible de lire l&apos;historique (%s)</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>le fichier n&apos;est pas une base de données</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>English</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>unknown language %s; using %s (available: %s)</source>
        <translation>langue inconnue %s ; %s est utilisé (disponibles : %s)</translation>
    </message>
</context>
<context>
    <name>media_track</name>
    <message>
        <source>%s — right side</source>
        <translation>%s — côté droit</translation>
    </message>
    <message>
        <source>%s — left side</source>
        <translation>%s — côté gauche</translation>
    </message>
    <message>
        <source>No poses ticked</source>
        <translation>Aucune posture cochée</translation>
    </message>
    <message>
        <source>Ready: %s</source>
        <translation>Prêt : %s</translation>
    </message>
    <message>
        <source>Get ready: %s</source>
        <translation>Préparez-vous : %s</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Bravo</translation>
    </message>
    <message>
        <source>Rest. Next: %s</source>
        <translation>Repos. Ensuite : %s</translation>
    </message>
</context>
<context>
    <name>model_errors</name>
    <message>
        <source>unknown pose id %s; expected one of: %s</source>
        <translation>identifiant de posture inconnu %s ; attendu l&apos;un de : %s</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <source>,</source>
        <comment>thousands separator</comment>
        <translation>&#x202f;</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>cannot read file (%s)</source>
        <translation>impossible de lire le fichier (%s)</translation>
    </message>
    <message>
        <source>key %s</source>
        <translation>clé %s</translation>
    </message>
    <message>
        <source>duplicate key; expected each key once per object</source>
        <translation>clé en double ; chaque clé attendue une fois par objet</translation>
    </message>
    <message>
        <source>expected an object, got %s</source>
        <translation>objet attendu, reçu %s</translation>
    </message>
    <message>
        <source>did you mean %s? </source>
        <translation>vouliez-vous dire %s ? </translation>
    </message>
    <message>
        <source>unknown field; %sexpected one of: %s</source>
        <translation>champ inconnu ; %sattendu l&apos;un de : %s</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>expected a non-empty string, got %s</source>
        <translation>chaîne non vide attendue, reçu %s</translation>
    </message>
    <message>
        <source>text of %s characters; expected at most %s</source>
        <translation>texte de %s caractères ; %s au plus attendus</translation>
    </message>
    <message>
        <source>unknown placeholder %s; expected %s</source>
        <translation>variable inconnue %s ; attendu %s</translation>
    </message>
    <message>
        <source>none here</source>
        <translation>aucune ici</translation>
    </message>
    <message>
        <source>expected a list of strings, got %s</source>
        <translation>liste de chaînes attendue, reçu %s</translation>
    </message>
    <message>
        <source>expected at least one entry</source>
        <translation>au moins une entrée attendue</translation>
    </message>
    <message>
        <source>expected one of %s, got %s</source>
        <translation>l&apos;un de %s attendu, reçu %s</translation>
    </message>
    <message>
        <source>expected %s, got %s</source>
        <translation>%s attendu, reçu %s</translation>
    </message>
    <message>
        <source>expected a non-empty list of figures, got %s</source>
        <translation>liste de silhouettes non vide attendue, reçu %s</translation>
    </message>
    <message>
        <source>duplicate pose %s; expected one figure a pose</source>
        <translation>posture en double %s ; une silhouette par posture attendue</translation>
    </message>
    <message>
        <source>unknown pose %s; expected one of: %s</source>
        <translation>posture inconnue %s ; attendu l&apos;une de : %s</translation>
    </message>
    <message>
        <source>expected a list of &apos;side&apos; or &apos;other&apos;, got %s</source>
        <translation>liste de &apos;side&apos; ou &apos;other&apos; attendue, reçu %s</translation>
    </message>
    <message>
        <source>expected a non-empty list of keyframes, got %s</source>
        <translation>liste d&apos;images clés non vide attendue, reçu %s</translation>
    </message>
    <message>
        <source>expected %(count)s keyframes, one per step of the pose, got %(given)s</source>
        <translation>%(count)s images clés attendues, une par étape de la posture, reçu %(given)s</translation>
    </message>
    <message>
        <source>missing; expected an inhale and an exhale keyframe together</source>
        <translation>manquant ; une image clé d&apos;inspiration et une d&apos;expiration attendues ensemble</translation>
    </message>
    <message>
        <source>expected an object of angles in degrees, got %s</source>
        <translation>objet d&apos;angles en degrés attendu, reçu %s</translation>
    </message>
    <message>
        <source>unknown angle; expected one of: %s</source>
        <translation>angle inconnu ; attendu l&apos;un de : %s</translation>
    </message>
    <message>
        <source>missing %s; expected every angle in the first step</source>
        <translation>%s manquant ; chaque angle attendu à la première étape</translation>
    </message>
    <message>
        <source>missing; expected every angle in the first step</source>
        <translation>manquant ; chaque angle attendu à la première étape</translation>
    </message>
    <message>
        <source>expected either &apos;pelvis&apos; or &apos;plant&apos;, not both</source>
        <translation>&apos;pelvis&apos; ou &apos;plant&apos; attendu, pas les deux</translation>
    </message>
    <message>
        <source>missing &apos;pelvis&apos; or &apos;plant&apos;; expected the first step to place the body</source>
        <translation>&apos;pelvis&apos; ou &apos;plant&apos; manquant ; la première étape doit placer le corps</translation>
    </message>
    <message>
        <source>expected an object of limb targets, got %s</source>
        <translation>objet de cibles de membres attendu, reçu %s</translation>
    </message>
    <message>
        <source>unknown limb; expected one of: %s</source>
        <translation>membre inconnu ; attendu l&apos;un de : %s</translation>
    </message>
    <message>
        <source>%s is on a leg that reaches for a target; expected a joint the angles place</source>
        <translation>%s est sur une jambe qui vise une cible ; articulation placée par les angles attendue</translation>
    </message>
    <message>
        <source>expected a list of arrows, got %s</source>
        <translation>liste de flèches attendue, reçu %s</translation>
    </message>
    <message>
        <source>expected one of: %s, got %s</source>
        <translation>attendu l&apos;un de : %s, reçu %s</translation>
    </message>
    <message>
        <source>expected true or false, got %s</source>
        <translation>true ou false attendu, reçu %s</translation>
    </message>
    <message>
        <source>expected a number from %s to %s, got %s</source>
        <translation>nombre de %s à %s attendu, reçu %s</translation>
    </message>
    <message>
        <source>expected a point [x, y] in centimetres, got %s</source>
        <translation>point [x, y] en centimètres attendu, reçu %s</translation>
    </message>
    <message>
        <source>expected a height of 0 (the floor) or more, got %s</source>
        <translation>hauteur de 0 (le sol) ou plus attendue, reçu %s</translation>
    </message>
    <message>
        <source>expected a target object, got %s</source>
        <translation>objet cible attendu, reçu %s</translation>
    </message>
    <message>
        <source>expected the index of a block of this keyframe (0 to %s), got %s</source>
        <translation>indice d&apos;une brique de cette image clé attendu (de 0 à %s), reçu %s</translation>
    </message>
    <message>
        <source>expected a block, but this keyframe has none, got %s</source>
        <translation>brique attendue, mais cette image clé n&apos;en a pas, reçu %s</translation>
    </message>
    <message>
        <source>expected a block on the floor, not one held in a hand</source>
        <translation>brique au sol attendue, pas une tenue en main</translation>
    </message>
    <message>
        <source>expected a point for a leg; only arms reach for the hips</source>
        <translation>point attendu pour une jambe ; seuls les bras vont vers les hanches</translation>
    </message>
    <message>
        <source>expected a point for a leg; only arms reach for a thigh</source>
        <translation>point attendu pour une jambe ; seuls les bras vont vers une cuisse</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1, got %s</source>
        <translation>nombre de 0 à 1 attendu, reçu %s</translation>
    </message>
    <message>
        <source>expected one of {&quot;at&quot;: [x, y]}, {&quot;block&quot;: i}, {&quot;thigh&quot;: limb, &quot;along&quot;: f}, {&quot;hips&quot;: true}</source>
        <translation>attendu l&apos;un de {&quot;at&quot;: [x, y]}, {&quot;block&quot;: i}, {&quot;thigh&quot;: limb, &quot;along&quot;: f}, {&quot;hips&quot;: true}</translation>
    </message>
    <message>
        <source>expected a list of blocks, got %s</source>
        <translation>liste de briques attendue, reçu %s</translation>
    </message>
    <message>
        <source>expected either &apos;x&apos; (on the floor) or &apos;held&apos; (in a hand)</source>
        <translation>&apos;x&apos; (au sol) ou &apos;held&apos; (en main) attendu</translation>
    </message>
    <message>
        <source>expected a non-empty list of poses, got %s</source>
        <translation>liste de postures non vide attendue, reçu %s</translation>
    </message>
    <message>
        <source>duplicate id %s; expected each id once</source>
        <translation>identifiant en double %s ; chaque identifiant attendu une fois</translation>
    </message>
    <message>
        <source>expected lowercase letters, digits and hyphens (e.g. &apos;lizard-pose&apos;)</source>
        <translation>minuscules, chiffres et tirets attendus (p. ex. &apos;lizard-pose&apos;)</translation>
    </message>
    <message>
        <source>missing; expected &apos;right&apos; or &apos;left&apos; on a pose with sides &apos;both&apos;</source>
        <translation>manquant ; &apos;right&apos; ou &apos;left&apos; attendu pour une posture avec sides &apos;both&apos;</translation>
    </message>
    <message>
        <source>expected no first_side on a pose with sides &apos;none&apos;</source>
        <translation>aucun first_side attendu pour une posture avec sides &apos;none&apos;</translation>
    </message>
    <message>
        <source>expected the file name of an SVG beside the library or in its folders, with no &apos;..&apos; (e.g. &apos;lizard-pose.svg&apos;)</source>
        <translation>nom de fichier SVG attendu à côté de la bibliothèque ou dans ses dossiers, sans &apos;..&apos; (p. ex. &apos;lizard-pose.svg&apos;)</translation>
    </message>
    <message>
        <source>no file %s; expected the pose&apos;s drawing there (or a shipped one of that name)</source>
        <translation>aucun fichier %s ; le dessin de la posture était attendu là (ou un dessin fourni de ce nom)</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %s, got %s</source>
        <translation>nombre entier de 1 à %s attendu, reçu %s</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>an empty string</source>
        <translation>une chaîne vide</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>une liste vide</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>expected %s (the file&apos;s name says so), got %s</source>
        <translation>%s attendu (le nom du fichier le dit), reçu %s</translation>
    </message>
    <message>
        <source>expected an object of forms, got %s</source>
        <translation>objet de formes attendu, reçu %s</translation>
    </message>
    <message>
        <source>expected a form name of letters, digits and _ (e.g. &apos;dem&apos;)</source>
        <translation>nom de forme en lettres, chiffres et _ attendu (p. ex. &apos;f&apos;)</translation>
    </message>
    <message>
        <source>expected the side placeholders of the English text ({side} or {other}, with a form), so that the other side reads right too</source>
        <translation>les variables de côté du texte anglais sont attendues ({side} ou {other}, avec une forme), pour que l&apos;autre côté soit juste aussi</translation>
    </message>
    <message>
        <source>expected {breaths}, as in the English text</source>
        <translation>{breaths} attendu, comme dans le texte anglais</translation>
    </message>
    <message>
        <source>expected %s entries, as in English, got %s</source>
        <translation>%s entrées attendues, comme en anglais, reçu %s</translation>
    </message>
    <message>
        <source>expected an object keyed by pose id, got %s</source>
        <translation>objet indexé par identifiant de posture attendu, reçu %s</translation>
    </message>
    <message>
        <source>unknown pose id; expected one of: %s</source>
        <translation>identifiant de posture inconnu ; attendu l&apos;un de : %s</translation>
    </message>
    <message>
        <source>expected no rhythm: the English pose has none</source>
        <translation>aucun rhythm attendu : la posture anglaise n&apos;en a pas</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>un tube (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>autre chose qu&apos;un fichier ordinaire</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>virgule attendue</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>deux-points attendu</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>nom de propriété entre guillemets doubles attendu</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>caractère de contrôle invalide</translation>
    </message>
    <message>
        <source>Invalid uXXXX escape</source>
        <translation>séquence d&apos;échappement \uXXXX invalide</translation>
    </message>
    <message>
        <source>Invalid escape</source>
        <translation>séquence d&apos;échappement invalide</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>données en trop après la fin</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of object</source>
        <translation>virgule interdite avant la fin de l&apos;objet</translation>
    </message>
    <message>
        <source>Illegal trailing comma before end of array</source>
        <translation>virgule interdite avant la fin de la liste</translation>
    </message>
    <message>
        <source>Invalid control character %s at</source>
        <translation>caractère de contrôle invalide %s</translation>
    </message>
    <message>
        <source>Invalid escape %s</source>
        <translation>séquence d&apos;échappement invalide %s</translation>
    </message>
    <message>
        <source>file is larger than %s bytes; expected at most that</source>
        <translation>le fichier dépasse %s octets ; pas plus attendu</translation>
    </message>
    <message>
        <source>expected a regular file, got %s</source>
        <translation>fichier ordinaire attendu, reçu %s</translation>
    </message>
    <message>
        <source>byte %s</source>
        <translation>octet %s</translation>
    </message>
    <message>
        <source>expected UTF-8 text</source>
        <translation>texte UTF-8 attendu</translation>
    </message>
    <message>
        <source>file is empty; expected a JSON object</source>
        <translation>le fichier est vide ; objet JSON attendu</translation>
    </message>
    <message>
        <source>%s; the file may be cut short</source>
        <translation>%s ; le fichier est peut-être tronqué</translation>
    </message>
    <message>
        <source>invalid JSON: %s</source>
        <translation>JSON invalide : %s</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos; attendu</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to end the string that starts here</source>
        <translation>&apos;&quot;&apos; attendu pour fermer la chaîne qui commence ici</translation>
    </message>
    <message>
        <source>nested more than %s deep; expected a flatter file</source>
        <translation>imbriqué sur plus de %s niveaux ; fichier plus plat attendu</translation>
    </message>
    <message>
        <source>a number with %s digits; expected at most %s</source>
        <translation>un nombre de %s chiffres ; %s au plus attendus</translation>
    </message>
    <message>
        <source>character %s is a lone surrogate (%s); expected text</source>
        <translation>le caractère %s est un substitut isolé (%s) ; texte attendu</translation>
    </message>
    <message>
        <source>character %s is a control character (%s); expected plain text</source>
        <translation>le caractère %s est un caractère de contrôle (%s) ; texte brut attendu</translation>
    </message>
    <message>
        <source>… and %s more</source>
        <translation>… et %s de plus</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>niveau supérieur</translation>
    </message>
    <message>
        <source>%s; %s</source>
        <translation>%s ; %s</translation>
    </message>
    <message>
        <source>using defaults</source>
        <translation>valeurs par défaut utilisées</translation>
    </message>
    <message>
        <source>expected a JSON object, got %s</source>
        <translation>objet JSON attendu, reçu %s</translation>
    </message>
    <message>
        <source>could not move it aside (%s)</source>
        <translation>impossible de le mettre de côté (%s)</translation>
    </message>
    <message>
        <source>moved it aside to %s</source>
        <translation>mis de côté sous le nom %s</translation>
    </message>
    <message>
        <source>expected a JSON object, got an empty file</source>
        <translation>objet JSON attendu, reçu un fichier vide</translation>
    </message>
    <message>
        <source>expected valid JSON (%s)</source>
        <translation>JSON valide attendu (%s)</translation>
    </message>
</context>
<context>
    <name>routines_errors</name>
    <message>
        <source>starting with no routines</source>
        <translation>démarrage sans routines</translation>
    </message>
    <message>
        <source>expected an object of named routines, got %s</source>
        <translation>objet de routines nommées attendu, reçu %s</translation>
    </message>
    <message>
        <source>expected a non-empty name; skipped this routine</source>
        <translation>nom non vide attendu ; routine ignorée</translation>
    </message>
    <message>
        <source>expected a name of one line, at most %s characters; skipped this routine</source>
        <translation>nom attendu sur une ligne, %s caractères au plus ; routine ignorée</translation>
    </message>
    <message>
        <source>expected an object, got %s; skipped this routine</source>
        <translation>objet attendu, reçu %s ; routine ignorée</translation>
    </message>
    <message>
        <source>expected a non-empty list of pose ids, got %s; skipped this routine</source>
        <translation>liste non vide d&apos;identifiants de postures attendue, reçu %s ; routine ignorée</translation>
    </message>
    <message>
        <source>expected each pose once, got %s more than once; done once</source>
        <translation>chaque posture attendue une fois, %s apparaît plusieurs fois ; faite une fois</translation>
    </message>
    <message>
        <source>expected an object, got %s; using the settings</source>
        <translation>objet attendu, reçu %s ; les réglages sont utilisés</translation>
    </message>
    <message>
        <source>expected one of %s; ignored</source>
        <translation>l&apos;un de %s attendu ; ignoré</translation>
    </message>
    <message>
        <source>%(problem)s, got %(value)s; ignored</source>
        <translation>%(problem)s, reçu %(value)s ; ignoré</translation>
    </message>
    <message>
        <source>expected an object, got %s; ignored</source>
        <translation>objet attendu, reçu %s ; ignoré</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %(most)s, got %(value)s; using the library&apos;s</source>
        <translation>nombre entier de 1 à %(most)s attendu, reçu %(value)s ; celui de la bibliothèque est utilisé</translation>
    </message>
    <message>
        <source>routines not saved</source>
        <translation>routines non enregistrées</translation>
    </message>
    <message>
        <source>All zero</source>
        <translation>Les zéro</translation>
    </message>
    <message>
        <source>All one</source>
        <translation>La seule</translation>
    </message>
    <message>
        <source>All two</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>All three</source>
        <translation>Les trois</translation>
    </message>
    <message>
        <source>All four</source>
        <translation>Les quatre</translation>
    </message>
    <message>
        <source>All five</source>
        <translation>Les cinq</translation>
    </message>
    <message>
        <source>All six</source>
        <translation>Les six</translation>
    </message>
    <message>
        <source>All seven</source>
        <translation>Les sept</translation>
    </message>
    <message>
        <source>All eight</source>
        <translation>Les huit</translation>
    </message>
    <message>
        <source>All nine</source>
        <translation>Les neuf</translation>
    </message>
    <message>
        <source>All ten</source>
        <translation>Les dix</translation>
    </message>
    <message>
        <source>All eleven</source>
        <translation>Les onze</translation>
    </message>
    <message>
        <source>All twelve</source>
        <translation>Les douze</translation>
    </message>
    <message>
        <source>All %s</source>
        <translation>Les %s</translation>
    </message>
    <message>
        <source>&quot;%s&quot;</source>
        <comment>a routine&apos;s name in the list of known routines</comment>
        <translation>« %s »</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no routine named &quot;%s&quot;; known routines: %s</source>
        <translation>aucune routine nommée « %s » ; routines connues : %s</translation>
    </message>
    <message>
        <source>expected a routine name, got an empty one</source>
        <translation>nom de routine attendu, reçu un nom vide</translation>
    </message>
    <message>
        <source>expected a routine name of one line, at most %s characters</source>
        <translation>nom de routine attendu sur une ligne, %s caractères au plus</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is built in; choose another name</source>
        <translation>« %s » est fournie ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is built in and cannot be deleted</source>
        <translation>« %s » est fournie et ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is built in and cannot be renamed</source>
        <translation>« %s » est fournie et ne peut pas être renommée</translation>
    </message>
    <message>
        <source>routines.json has a routine named &quot;%s&quot; that cannot be read; mend or remove it there, or choose another name</source>
        <translation>routines.json contient une routine nommée « %s » illisible ; corrigez-la ou retirez-la là, ou choisissez un autre nom</translation>
    </message>
    <message>
        <source>a routine named &quot;%s&quot; already exists; delete it first or choose another name</source>
        <translation>une routine nommée « %s » existe déjà ; supprimez-la d&apos;abord ou choisissez un autre nom</translation>
    </message>
</context>
<context>
    <name>settings_errors</name>
    <message>
        <source>expected a number from %(low)s to %(high)s %(unit)s</source>
        <translation>nombre de %(low)s à %(high)s %(unit)s attendu</translation>
    </message>
    <message>
        <source>expected a number from %(low)s to %(high)s</source>
        <translation>nombre de %(low)s à %(high)s attendu</translation>
    </message>
    <message>
        <source>expected a whole number from %(low)s to %(high)s %(unit)s</source>
        <translation>nombre entier de %(low)s à %(high)s %(unit)s attendu</translation>
    </message>
    <message>
        <source>expected a whole number from %(low)s to %(high)s</source>
        <translation>nombre entier de %(low)s à %(high)s attendu</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>expected one of %s</source>
        <translation>l&apos;un de %s attendu</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>expected null or a list of pose ids (strings)</source>
        <translation>null ou liste d&apos;identifiants de postures (chaînes) attendu</translation>
    </message>
    <message>
        <source>expected null or a non-empty string</source>
        <translation>null ou chaîne non vide attendu</translation>
    </message>
    <message>
        <source>expected null or two widths in pixels</source>
        <translation>null ou deux largeurs en pixels attendu</translation>
    </message>
    <message>
        <source>%(problem)s, got %(value)s; using the default %(default)s</source>
        <translation>%(problem)s, reçu %(value)s ; la valeur par défaut %(default)s est utilisée</translation>
    </message>
    <message>
        <source>settings not saved</source>
        <translation>réglages non enregistrés</translation>
    </message>
</context>
<context>
    <name>sound_notices</name>
    <message>
        <source>on Debian or Ubuntu: sudo apt-get install pulseaudio-utils</source>
        <translation>sous Debian ou Ubuntu : sudo apt-get install pulseaudio-utils</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>the wait timed out</source>
        <translation>le délai d&apos;attente a expiré</translation>
    </message>
    <message>
        <source>access was denied</source>
        <translation>l&apos;accès a été refusé</translation>
    </message>
    <message>
        <source>the sound program stopped responding</source>
        <translation>le programme de son ne répond plus</translation>
    </message>
    <message>
        <source>the sound program %s is not installed (%s)</source>
        <translation>le programme de son %s n&apos;est pas installé (%s)</translation>
    </message>
    <message>
        <source>No sound: %s. The session goes on silently and on time; sound comes back when the sound server does.</source>
        <translation>Pas de son : %s. La séance continue en silence, à l&apos;heure ; le son revient quand le serveur de son revient.</translation>
    </message>
    <message>
        <source>Sound is back.</source>
        <translation>Le son est revenu.</translation>
    </message>
    <message>
        <source>the sound program could not start (%s)</source>
        <translation>le programme de son n&apos;a pas pu démarrer (%s)</translation>
    </message>
    <message>
        <source>the sound program stopped</source>
        <translation>le programme de son s&apos;est arrêté</translation>
    </message>
    <message>
        <source>the sound server went away (%s)</source>
        <translation>le serveur de son a disparu (%s)</translation>
    </message>
    <message>
        <source>no sound server answered (%s)</source>
        <translation>aucun serveur de son n&apos;a répondu (%s)</translation>
    </message>
</context>
<context>
    <name>ui_about</name>
    <message>
        <source>Why stretch? — StretchPlayer</source>
        <translation>Pourquoi s&apos;étirer ? — StretchPlayer</translation>
    </message>
    <message>
        <source>Safely</source>
        <translation>En sécurité</translation>
    </message>
</context>
<context>
    <name>ui_actions</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start or pause the session (Space)</source>
        <translation>Démarrer ou mettre en pause la séance (Espace)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Previous pose</source>
        <translation>Posture précédente</translation>
    </message>
    <message>
        <source>Previous pose (Left or Page Up)</source>
        <translation>Posture précédente (Gauche ou Page préc.)</translation>
    </message>
    <message>
        <source>Next pose</source>
        <translation>Posture suivante</translation>
    </message>
    <message>
        <source>Next pose (Right or Page Down)</source>
        <translation>Posture suivante (Droite ou Page suiv.)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop and go back to the start (Esc)</source>
        <translation>Arrêter et revenir au début (Échap)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Voice on or off (V)</source>
        <translation>Voix activée ou coupée (V)</translation>
    </message>
    <message>
        <source>Mat mode</source>
        <translation>Mode tapis</translation>
    </message>
    <message>
        <source>Full screen, big type, for the mat (F11)</source>
        <translation>Plein écran, gros caractères, pour le tapis (F11)</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Open pose library…</source>
        <translation>Ouvrir une bibliothèque de postures…</translation>
    </message>
    <message>
        <source>Use the built-in poses</source>
        <translation>Utiliser les postures fournies</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Why stretch? (About)</source>
        <translation>Pourquoi s&apos;étirer ? (À propos)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation>Voix coupée</translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation>Voix activée</translation>
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
        <translation>mer</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Calendar of the last twelve weeks</source>
        <translation>Calendrier des douze dernières semaines</translation>
    </message>
    <message>
        <source>%s of the last %s days with a stretch</source>
        <translation>%s des %s derniers jours avec des étirements</translation>
    </message>
    <message>
        <source>%s min</source>
        <translation>%s min</translation>
    </message>
    <message>
        <source>no stretch</source>
        <translation>pas d&apos;étirement</translation>
    </message>
</context>
<context>
    <name>ui_card</name>
    <message>
        <source>Pose drawing</source>
        <translation>Dessin de la posture</translation>
    </message>
</context>
<context>
    <name>ui_figure_export</name>
    <message>
        <source>the image could not be saved</source>
        <translation>l&apos;image n&apos;a pas pu être enregistrée</translation>
    </message>
</context>
<context>
    <name>ui_history</name>
    <message>
        <source>No streak yet — finish a session to start one.</source>
        <translation>Pas encore de série — terminez une séance pour en commencer une.</translation>
    </message>
    <message>
        <source>No streak yet — today is a good day to start.</source>
        <translation>Pas encore de série — aujourd&apos;hui est un bon jour pour commencer.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n jour d&apos;affilée</numerusform>
            <numerusform>%n jours d&apos;affilée</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: %s of 7 days (the goal is once a day)</source>
        <translation>Cette semaine : %s jours sur 7 (l&apos;objectif est une fois par jour)</translation>
    </message>
    <message>
        <source>History — StretchPlayer</source>
        <translation>Historique — StretchPlayer</translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation>Votre pratique</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Poses</source>
        <translation>Postures</translation>
    </message>
    <message>
        <source> (stopped early)</source>
        <translation> (arrêtée avant la fin)</translation>
    </message>
    <message>
        <source> · in the terminal</source>
        <translation> · dans le terminal</translation>
    </message>
    <message>
        <source>No sessions yet. Press Space in the main window to start one.</source>
        <translation>Aucune séance pour l&apos;instant. Appuyez sur Espace dans la fenêtre principale pour en commencer une.</translation>
    </message>
    <message>
        <source>The latest %s of %s sessions are listed; the command “stretchplayer history” lists them all.</source>
        <translation>Les %s dernières séances sur %s sont listées ; la commande « stretchplayer history » les liste toutes.</translation>
    </message>
    <message>
        <source>The last 12 weeks, a square a day:
the stronger the colour, the more minutes.</source>
        <translation>Les 12 dernières semaines, un carré par jour :
plus la couleur est intense, plus il y a de minutes.</translation>
    </message>
</context>
<context>
    <name>ui_library</name>
    <message>
        <source>Open pose library</source>
        <translation>Ouvrir une bibliothèque de postures</translation>
    </message>
    <message>
        <source>Pose libraries (*.json);;All files (*)</source>
        <translation>Bibliothèques de postures (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%s cannot be used as a pose library: %s. Your current poses stay.</source>
        <translation>%s ne peut pas servir de bibliothèque de postures : %s. Vos postures actuelles restent.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>un problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %s more (Show Details…)</source>
        <translation>… et %s de plus (Afficher les détails…)</translation>
    </message>
    <message>
        <source>Pose library not opened</source>
        <translation>Bibliothèque de postures non ouverte</translation>
    </message>
</context>
<context>
    <name>ui_name</name>
    <message>
        <source>Type a name for the routine.</source>
        <translation>Saisissez un nom pour la routine.</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is built in; choose another name.</source>
        <translation>« %s » est fournie ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This replaces your routine &quot;%s&quot;.</source>
        <translation>Ceci remplace votre routine « %s ».</translation>
    </message>
    <message>
        <source>&quot;%s&quot; is another routine&apos;s name; choose another.</source>
        <translation>« %s » est déjà le nom d&apos;une autre routine ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%s of at most %s characters</source>
        <translation>%s caractères sur %s au plus</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
</context>
<context>
    <name>ui_notices</name>
    <message>
        <source>%s (and %s more: point here to read)</source>
        <translation>%s (et %s de plus : pointez ici pour les lire)</translation>
    </message>
</context>
<context>
    <name>ui_pacer</name>
    <message>
        <source>Get into position</source>
        <translation>En position</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Installez-vous</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Relâchez</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changez de côté</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Inhale</source>
        <translation>Inspi­rez</translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation>Expi­rez</translation>
    </message>
    <message>
        <source>Breath pacer</source>
        <translation>Guide de respiration</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>ui_poses</name>
    <message>
        <source>Your routine</source>
        <translation>Votre routine</translation>
    </message>
    <message>
        <source>Tick the poses to do; drag to change the order.</source>
        <translation>Cochez les postures à faire ; faites-les glisser pour changer l&apos;ordre.</translation>
    </message>
    <message>
        <source>Poses</source>
        <translation>Postures</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Tout décocher</translation>
    </message>
</context>
<context>
    <name>ui_prefs</name>
    <message>
        <source>Preferences — StretchPlayer</source>
        <translation>Préférences — StretchPlayer</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Default voice for the language</source>
        <translation>Voix par défaut de la langue</translation>
    </message>
    <message>
        <source>No voices were found on this computer.</source>
        <translation>Aucune voix n&apos;a été trouvée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>É&amp;couter</translation>
    </message>
    <message numerus="yes">
        <source>breath(s)</source>
        <translation>
            <numerusform>respiration</numerusform>
            <numerusform>respirations</numerusform>
        </translation>
    </message>
    <message>
        <source>no breaths (chimes only)</source>
        <translation>aucune respiration (carillons seuls)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>No screen saver and no blank screen in the middle of a session</source>
        <translation>Ni économiseur d&apos;écran ni écran noir au milieu d&apos;une séance</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>A session before this hour counts for the day before</source>
        <translation>Une séance avant cette heure compte pour la veille</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language takes effect the next time StretchPlayer starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de StretchPlayer.</translation>
    </message>
    <message>
        <source>%s (not found)</source>
        <translation>%s (introuvable)</translation>
    </message>
</context>
<context>
    <name>ui_presenter</name>
    <message>
        <source>Press Esc to see the poses</source>
        <translation>Appuyez sur Échap pour voir les postures</translation>
    </message>
    <message>
        <source>Tick a pose to begin</source>
        <translation>Cochez une posture pour commencer</translation>
    </message>
    <message>
        <source>Up first</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>Ready when you are</source>
        <translation>Quand vous voulez</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>That was quick</source>
        <translation>C’était rapide</translation>
    </message>
    <message>
        <source>Skipped through, so it is not in your history.</source>
        <translation>Passée en accéléré, elle ne figure pas dans votre historique.</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Ensuite</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row.</source>
        <translation>
            <numerusform>%n jour d&apos;affilée.</numerusform>
            <numerusform>%n jours d&apos;affilée.</numerusform>
        </translation>
    </message>
    <message>
        <source>First: %s</source>
        <translation>D&apos;abord : %s</translation>
    </message>
    <message>
        <source>Pose %s of %s</source>
        <translation>Posture %s sur %s</translation>
    </message>
    <message>
        <source>Breath %s of %s</source>
        <translation>Respiration %s sur %s</translation>
    </message>
</context>
<context>
    <name>ui_progress</name>
    <message>
        <source>Session progress</source>
        <translation>Progression de la séance</translation>
    </message>
</context>
<context>
    <name>ui_routines</name>
    <message>
        <source>Your own choice</source>
        <translation>Votre propre choix</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Supprimer la routine</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Your saved routines: pick one to tick its poses in its order</source>
        <translation>Vos routines enregistrées : choisissez-en une pour cocher ses postures dans son ordre</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Keep the ticked poses, in this order, as a named routine</source>
        <translation>Garder les postures cochées, dans cet ordre, comme une routine nommée</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More routine actions</source>
        <translation>Autres actions sur les routines</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Enregistrer la routine</translation>
    </message>
    <message>
        <source>Keep the ticked poses, in this order, as:</source>
        <translation>Garder les postures cochées, dans cet ordre, sous le nom :</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Renommer la routine</translation>
    </message>
    <message>
        <source>New name for &quot;%s&quot;:</source>
        <translation>Nouveau nom pour « %s » :</translation>
    </message>
    <message>
        <source>Delete the routine &quot;%s&quot;? Your history keeps it.</source>
        <translation>Supprimer la routine « %s » ? Votre historique la conserve.</translation>
    </message>
</context>
<context>
    <name>ui_steplist</name>
    <message>
        <source>current step</source>
        <translation>étape en cours</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>étape suivante</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
</context>
<context>
    <name>ui_steps</name>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Tick a pose to go again</source>
        <translation>Cochez une posture pour recommencer</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Appuyez sur Espace pour commencer</translation>
    </message>
    <message>
        <source>Paused — press Space to continue</source>
        <translation>En pause — appuyez sur Espace pour continuer</translation>
    </message>
    <message>
        <source>Press Space to go again</source>
        <translation>Appuyez sur Espace pour recommencer</translation>
    </message>
</context>
<context>
    <name>ui_style</name>
    <message>
        <source>about %s min</source>
        <translation>environ %s min</translation>
    </message>
    <message>
        <source>about %s h %s min</source>
        <translation>environ %s h %s min</translation>
    </message>
    <message>
        <source>about %s h</source>
        <translation>environ %s h</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
</context>
<context>
    <name>ui_transport</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Previous pose</source>
        <translation>Posture précédente</translation>
    </message>
    <message>
        <source>Next pose</source>
        <translation>Posture suivante</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Time remaining</source>
        <translation>Temps restant</translation>
    </message>
</context>
<context>
    <name>ui_window</name>
    <message>
        <source>Why stretch your hamstrings?</source>
        <translation>Pourquoi étirer les ischio-jambiers ?</translation>
    </message>
    <message>
        <source>Tick at least one pose to start a session.</source>
        <translation>Cochez au moins une posture pour commencer une séance.</translation>
    </message>
    <message>
        <source>No poses ticked</source>
        <translation>Aucune posture cochée</translation>
    </message>
    <message>
        <source>this session plays on to its end</source>
        <translation>cette séance continue jusqu’à la fin</translation>
    </message>
    <message numerus="yes">
        <source>%s of %n pose(s) · %s</source>
        <translation>
            <numerusform>%s sur %n posture · %s</numerusform>
            <numerusform>%s sur %n postures · %s</numerusform>
        </translation>
    </message>
    <message>
        <source>from the next session on</source>
        <translation>à partir de la prochaine séance</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
</context>
<context>
    <name>voice_errors</name>
    <message>
        <source>the speech engine wrote an unreadable file (%s)</source>
        <translation>le moteur vocal a écrit un fichier illisible (%s)</translation>
    </message>
    <message>
        <source>the speech engine stopped responding (nothing for %s s while starting)</source>
        <translation>le moteur vocal ne répond plus (rien pendant %s s au démarrage)</translation>
    </message>
    <message>
        <source>the speech engine stopped responding (nothing for %s s while saying %s)</source>
        <translation>le moteur vocal ne répond plus (rien pendant %s s en disant %s)</translation>
    </message>
    <message>
        <source>on Debian or Ubuntu: sudo apt-get install libespeak-ng1</source>
        <translation>sous Debian ou Ubuntu : sudo apt-get install libespeak-ng1</translation>
    </message>
    <message>
        <source>the speech engine wrote no audio for %s</source>
        <translation>le moteur vocal n&apos;a écrit aucun son pour %s</translation>
    </message>
    <message>
        <source>pyttsx3 needs the aplay program to speak (on Debian or Ubuntu: alsa-utils)</source>
        <translation>pyttsx3 a besoin du programme aplay pour parler (sous Debian ou Ubuntu : alsa-utils)</translation>
    </message>
    <message>
        <source>the speech engine pyttsx3 is not installed (%s)</source>
        <translation>le moteur vocal pyttsx3 n&apos;est pas installé (%s)</translation>
    </message>
    <message>
        <source>the espeak-ng speech library is missing or broken (%s)</source>
        <translation>la bibliothèque vocale espeak-ng est absente ou défectueuse (%s)</translation>
    </message>
    <message>
        <source>the espeak-ng speech library could not be loaded (%s)</source>
        <translation>la bibliothèque vocale espeak-ng n&apos;a pas pu être chargée (%s)</translation>
    </message>
    <message>
        <source>the speech engine failed: %s</source>
        <translation>le moteur vocal a échoué : %s</translation>
    </message>
    <message>
        <source>pyttsx3 %(found)s is installed, but StretchPlayer&apos;s voice needs pyttsx3 %(needed)s (pip install pyttsx3==%(needed)s)</source>
        <translation>pyttsx3 %(found)s est installé, mais la voix de StretchPlayer a besoin de pyttsx3 %(needed)s (pip install pyttsx3==%(needed)s)</translation>
    </message>
    <message>
        <source>the speech engine stopped responding (nothing for %s s)</source>
        <translation>le moteur vocal ne répond plus (rien pendant %s s)</translation>
    </message>
</context>
<context>
    <name>voice_notices</name>
    <message>
        <source>No sound: the sound program pacat is not installed (on Debian or Ubuntu: sudo apt-get install pulseaudio-utils), so the voice and chimes are silent.</source>
        <translation>Pas de son : le programme de son pacat n’est pas installé (sous Debian ou Ubuntu : sudo apt-get install pulseaudio-utils), la voix et les carillons restent donc muets.</translation>
    </message>
    <message>
        <source>The voice is switched off.</source>
        <translation>La voix est coupée.</translation>
    </message>
    <message>
        <source>The voice is silent.</source>
        <translation>La voix est muette.</translation>
    </message>
    <message>
        <source>Speech could not be prepared (%s); speaking directly instead, so Pause and Stop wait for the sentence to end.</source>
        <translation>La parole n&apos;a pas pu être préparée (%s) ; elle est dite directement, donc Pause et Arrêter attendent la fin de la phrase.</translation>
    </message>
    <message>
        <source>The voice is off: %s. The session carries on; switch the voice on to try again.</source>
        <translation>La voix est coupée : %s. La séance continue ; réactivez la voix pour réessayer.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message numerus="yes">
        <source>%n pose(s)</source>
        <translation>
            <numerusform>%n posture</numerusform>
            <numerusform>%n postures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breath(s)</source>
        <translation>
            <numerusform>%n respiration</numerusform>
            <numerusform>%n respirations</numerusform>
        </translation>
    </message>
    <message>
        <source>You need %s.</source>
        <translation>Il vous faut %s.</translation>
    </message>
    <message>
        <source>Right side first.</source>
        <translation>D&apos;abord le côté droit.</translation>
    </message>
    <message>
        <source>Left side first.</source>
        <translation>D&apos;abord le côté gauche.</translation>
    </message>
    <message>
        <source>Switch sides. Now your left side.</source>
        <translation>Changez de côté. Maintenant le côté gauche.</translation>
    </message>
    <message>
        <source>Switch sides. Now your right side.</source>
        <translation>Changez de côté. Maintenant le côté droit.</translation>
    </message>
    <message>
        <source>Switch sides: left side</source>
        <translation>Changement de côté : côté gauche</translation>
    </message>
    <message>
        <source>Switch sides: right side</source>
        <translation>Changement de côté : côté droit</translation>
    </message>
    <message>
        <source>Inhale</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>Exhale</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <source>Get ready. First: %s.</source>
        <translation>Préparez-vous. D&apos;abord : %s.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <source>Rest. Next: %s.</source>
        <translation>Repos. Ensuite : %s.</translation>
    </message>
    <message>
        <source>Next: %s</source>
        <translation>Ensuite : %s</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Bravo !</translation>
    </message>
    <message>
        <source>Well done. That&apos;s your stretches for today.</source>
        <translation>Bravo. Vos étirements du jour sont faits.</translation>
    </message>
    <message>
        <source>That was quick.</source>
        <translation>C’était rapide.</translation>
    </message>
    <message numerus="yes">
        <source>2 sides × %n breath(s)</source>
        <translation>
            <numerusform>2 côtés × %n respiration</numerusform>
            <numerusform>2 côtés × %n respirations</numerusform>
        </translation>
    </message>
</context>
</TS>
