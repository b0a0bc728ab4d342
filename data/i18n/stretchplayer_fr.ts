<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>list the saved routines; save, delete or rename one</source>
        <translation>lister les routines enregistrées ; en enregistrer, supprimer ou renommer une</translation>
    </message>
    <message>
        <source>With no action, lists the routines (the built-in one first).</source>
        <translation>Sans action, liste les routines (celle fournie d&apos;abord).</translation>
    </message>
    <message>
        <source>save (or replace) a routine: poses in order, and any pacing of its own</source>
        <translation>enregistrer (ou remplacer) une routine : les postures dans l&apos;ordre, et son propre rythme</translation>
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
        <source>rename a saved routine</source>
        <translation>renommer une routine enregistrée</translation>
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
    <message numerus="yes">
        <source>%s: valid — %n pose(s) (%s on both sides), schema version %s</source>
        <translation>
            <numerusform>%s : valide — %n posture (%s des deux côtés), version du schéma %s</numerusform>
            <numerusform>%s : valide — %n postures (%s des deux côtés), version du schéma %s</numerusform>
        </translation>
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
        <source>, in the terminal</source>
        <translation>, dans le terminal</translation>
    </message>
    <message>
        <source>saved routine &quot;%s&quot;: %s</source>
        <translation>routine « %s » enregistrée : %s</translation>
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
        <source>routines %s: not saved: %s</source>
        <translation>routines %s : non enregistré : %s</translation>
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
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>English</source>
        <translation>Français</translation>
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
    <message numerus="yes">
        <source>2 sides × %n breath(s)</source>
        <translation>
            <numerusform>2 côtés × %n respiration</numerusform>
            <numerusform>2 côtés × %n respirations</numerusform>
        </translation>
    </message>
</context>
</TS>
