<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.ui" line="+9"/>
        <location line="+3"/>
        <source>About Citizen Leadership Companion</source>
        <translation>Acerca de Citizen Leadership Companion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Citizen Leadership Companion</source>
        <translation>Citizen Leadership Companion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A private space for citizen leaders to reflect on their competences and roles, see how they grow, and plan what comes next. Everything you write stays on this computer: nothing is sent over the internet.</source>
        <translation>Un espacio privado para que las personas que ejercen el liderazgo ciudadano reflexionen sobre sus competencias y sus roles, vean cómo crecen y planifiquen sus próximos pasos. Todo lo que escribes se queda en esta computadora: no se envía nada por internet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Framework in use</source>
        <translation>Marco en uso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the framework comes from</source>
        <translation>De dónde viene el marco</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where your data is kept</source>
        <translation>Dónde se guardan tus datos</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../competence_app/gui/pages/plan_rows.py" line="+40"/>
        <source>Something I will do</source>
        <translation>Algo que voy a hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action {n}</source>
        <translation>Acción {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>Para el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action {n} by when</source>
        <translation>Acción {n}: para cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action {n}: date</source>
        <translation>Acción {n}: fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action {n} done</source>
        <translation>Acción {n} hecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove action {n}</source>
        <translation>Quitar la acción {n}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/backups_dialog.py" line="+43"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The app keeps copies of your data on this computer: once a day when you open it, and before every update or restore. Older copies are thinned out: one a day for a week, one a week for a month, one a month for a year. They are kept in:
{folder}</source>
        <translation>La aplicación guarda copias de tus datos en esta computadora: una vez al día cuando la abres, y antes de cada actualización o restauración. Con el tiempo se conservan menos copias antiguas: una por día durante una semana, una por semana durante un mes y una por mes durante un año. Se guardan en:
{folder}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restaurar esta copia…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data will go back to how it was at {when}. A copy of your data as it is now is kept as a backup first, so you can change your mind.</source>
        <translation>Tus datos volverán a como estaban el {when}. Antes se guarda una copia de seguridad de tus datos tal como están ahora, así que puedes cambiar de opinión.</translation>
    </message>
</context>
<context>
    <name>Barriers</name>
    <message>
        <location filename="../../competence_app/gui/pages/goal_ideas.py" line="+96"/>
        <source>What can get in the way</source>
        <translation>Lo que puede ponerse en el camino</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Citizen leaders often meet these. If one is in your way, ask for support with it.</source>
        <translation>Quienes ejercen el liderazgo ciudadano se encuentran a menudo con estas cosas. Si alguna te frena, pide apoyo para ello.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask for support with this</source>
        <translation>Pedir apoyo para esto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for support with: {name}</source>
        <translation>Pedir apoyo para: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{barrier}: </source>
        <translation>{barrier}: </translation>
    </message>
</context>
<context>
    <name>CompetencePage</name>
    <message>
        <location filename="../../competence_app/gui/pages/competence_page.py" line="+46"/>
        <source>Where am I now?</source>
        <translation>¿Dónde estoy ahora?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the sentence closest to what you do today. Keys 1 to 5 choose a level; 0 means you haven&apos;t had the chance yet.</source>
        <translation>Elige la frase que más se parece a lo que haces hoy. Las teclas del 1 al 5 eligen un nivel; el 0 significa que todavía no tuviste la oportunidad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n}. {name}</source>
        <translation>{n}. {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I haven&apos;t had the chance yet</source>
        <translation>Todavía no tuve la oportunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a low level: it just hasn&apos;t come up for me so far.</source>
        <translation>No es un nivel bajo: simplemente todavía no se me ha presentado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Level for {name}</source>
        <translation>Nivel en {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How confident do I feel about this?</source>
        <translation>¿Cuánta confianza tengo en esto?</translation>
    </message>
    <message>
        <source>Not very confident</source>
        <translation type="vanished">Poca confianza</translation>
    </message>
    <message>
        <source>Fairly confident</source>
        <translation type="vanished">Bastante confianza</translation>
    </message>
    <message>
        <source>Very confident</source>
        <translation type="vanished">Mucha confianza</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="vanished">Confianza</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confidence in {name}</source>
        <translation>Confianza en {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An example or story</source>
        <translation>Un ejemplo o una historia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some questions that may help:</source>
        <translation>Algunas preguntas que pueden ayudarte:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An example or story for {name}</source>
        <translation>Un ejemplo o una historia sobre {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A time you used this, or wished you could. Only you see this unless you share it.</source>
        <translation>Una vez en que usaste esto, o en que te hubiera gustado poder hacerlo. Solo tú lo ves, a menos que decidas compartirlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What I did</source>
        <translation>Lo que hice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What I did: activities that used this</source>
        <translation>Lo que hice: actividades en las que la usé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking back</source>
        <translation>Mirando atrás</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Many people rate their start lower once they know more about a skill. Answer only if it helps; it is shown beside your earlier rating, never instead of it.</source>
        <translation>Mucha gente valora más bajo su punto de partida cuando ya sabe más sobre una habilidad. Responde solo si te ayuda: se muestra junto a tu respuesta anterior, nunca en su lugar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Looking back, my level in {name} at the start</source>
        <translation>Mirando atrás, mi nivel en {name} al principio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I want to develop this</source>
        <translation>Quiero desarrollar esto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I want to develop {name}</source>
        <translation>Quiero desarrollar {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ticked because you chose it last time. Untick it if it no longer fits.</source>
        <translation>Está marcada porque la elegiste la última vez. Desmárcala si ya no te sirve.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ideas for developing it:</source>
        <translation>Ideas para desarrollarla:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Looking back, where were you really in {name} at the start, when you reflected on {since}?</source>
        <translation>Mirando atrás, ¿dónde estabas realmente en {name} al principio, cuando reflexionaste el {since}?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>… and {count} more in My involvement</source>
        <translation>… y {count} más en Mi participación</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../competence_app/gui/widgets/date_field.py" line="+71"/>
        <source>{label}: date</source>
        <translation>{label}: fecha</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <location filename="../../competence_app/gui/shell/privacy.py" line="+41"/>
        <source>Delete all my data</source>
        <translation>Borrar todos mis datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>borrar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This deletes your reflections, your plan, your stories and every backup of them from this computer. It cannot be undone. Files you exported or shared are not touched.

If you want a copy first, cancel and export your data.

To go ahead, type {expected} below.</source>
        <translation>Esto borra de esta computadora tus reflexiones, tu plan, tus historias y todas sus copias de seguridad. No se puede deshacer. Los archivos que exportaste o compartiste no se tocan.

Si antes quieres una copia, cancela y exporta tus datos.

Para continuar, escribe {expected} aquí abajo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type {expected} to confirm</source>
        <translation>Escribe {expected} para confirmar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete everything</source>
        <translation>Borrar todo</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n backups</source>
        <translation>
            <numerusform>%n copia de seguridad</numerusform>
            <numerusform>%n copias de seguridad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n damaged copies put aside after a repair</source>
        <translation>
            <numerusform>%n copia dañada apartada tras una reparación</numerusform>
            <numerusform>%n copias dañadas apartadas tras una reparación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n half-made files left by an interrupted backup</source>
        <translation>
            <numerusform>%n archivo a medio hacer que dejó una copia interrumpida</numerusform>
            <numerusform>%n archivos a medio hacer que dejó una copia interrumpida</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups: {count}</source>
        <translation type="vanished">Copias de seguridad: {count}</translation>
    </message>
    <message>
        <source>Damaged copies put aside after a repair: {count}</source>
        <translation type="vanished">Copias dañadas apartadas tras una reparación: {count}</translation>
    </message>
    <message>
        <source>Half-made files left by an interrupted backup: {count}</source>
        <translation type="vanished">Archivos a medio hacer que dejó una copia interrumpida: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These files in the data folder are removed too, safely overwritten:</source>
        <translation>También se borran estos archivos de la carpeta de datos, sobrescritos de forma segura:</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/diagnostics.py" line="+24"/>
        <location line="+1"/>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If something is not working, this report helps whoever supports you find out why. It holds no names, answers, stories or goals: only versions, folders and counts. Copy it and paste it into your email or message.</source>
        <translation>Si algo no funciona, este informe ayuda a la persona que te da apoyo a descubrir por qué. No contiene nombres, respuestas, historias ni objetivos: solo versiones, carpetas y recuentos. Cópialo y pégalo en tu correo o tu mensaje.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Diagnostics report</source>
        <translation>Informe de diagnóstico</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copiar al portapapeles</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>in use now</source>
        <translation>en uso ahora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report is copied. You can paste it into a message now.</source>
        <translation>El informe está copiado. Ya puedes pegarlo en un mensaje.</translation>
    </message>
</context>
<context>
    <name>ExpenseRow</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/involvement_form.py" line="+97"/>
        <source>Expense {number}: kind</source>
        <translation>Gasto {number}: tipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expense {number}: amount</source>
        <translation>Gasto {number}: importe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claimed on</source>
        <translation>Reclamado el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expense {number}: claimed</source>
        <translation>Gasto {number}: reclamado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid on</source>
        <translation>Pagado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense {number}: paid</source>
        <translation>Gasto {number}: pagado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove expense {number}</source>
        <translation>Quitar el gasto {number}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/export_dialog.py" line="+107"/>
        <source>Print my plan</source>
        <translation>Imprimir mi plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export my plan</source>
        <translation>Exportar mi plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What goes in</source>
        <translation>Qué se incluye</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Some of what you wrote in {sections} is longer than a PDF can show quickly. The PDF shows the beginning of each long text and says how much more there is; nothing is lost, it is all kept in the app. Word, OpenDocument, web page and Markdown files hold every word.</source>
        <translation>Parte de lo que escribiste en {sections} es más larga de lo que un PDF puede mostrar con rapidez. El PDF muestra el principio de cada texto largo y dice cuánto más hay; no se pierde nada, todo se guarda en la aplicación. Los archivos de Word, OpenDocument, página web y Markdown tienen todas las palabras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some of what you wrote in {sections} is longer than a printed plan can show. The paper shows the beginning of each long text and says how much more there is; nothing is lost, it is all kept in the app. Export the plan as a Word, OpenDocument, web page or Markdown file to have every word.</source>
        <translation>Parte de lo que escribiste en {sections} es más larga de lo que un plan impreso puede mostrar. El papel muestra el principio de cada texto largo y dice cuánto más hay; no se pierde nada, todo se guarda en la aplicación. Exporta el plan como archivo de Word, OpenDocument, página web o Markdown para tener todas las palabras.</translation>
    </message>
    <message>
        <source>“Looking after myself” and “My examples and stories” are personal: you wrote them for yourself. They are left out unless you tick them.</source>
        <translation type="vanished">“Cómo me cuido” y “Mis ejemplos e historias” son personales: los escribiste para ti. Quedan fuera salvo que los marques.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/feedback_dialog.py" line="+37"/>
        <source>Ask for feedback</source>
        <translation>Pedir comentarios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A feedback pack is a web page with the parts of your plan you choose and a short form. It opens in any web browser; their feedback comes back as a file. It sits beside your own answers and never changes them.</source>
        <translation>Un paquete de comentarios es una página web con las partes de tu plan que elijas y un formulario breve. Se abre en cualquier navegador; sus comentarios vuelven como un archivo. Quedan junto a tus propias respuestas y nunca las cambian.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who it is for</source>
        <translation>Para quién es</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>They may answer without their name</source>
        <translation>Puede responder sin dar su nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What they see</source>
        <translation>Qué ve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the pack will contain</source>
        <translation>Qué tendrá el paquete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the feedback pack will contain</source>
        <translation>Qué tendrá el paquete de comentarios</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the feedback pack…</source>
        <translation>Guardar el paquete de comentarios…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Anonymous answers are shown only together, once at least {count} people have answered the same pack anonymously.</source>
        <translation>Las respuestas anónimas se muestran solo juntas, cuando al menos {count} personas respondieron el mismo paquete de forma anónima.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your name: {name}</source>
        <translation>Tu nombre: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From your plan: {parts}</source>
        <translation>De tu plan: {parts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing from your plan: only the form</source>
        <translation>Nada de tu plan: solo el formulario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your examples and stories: in the pack, as you ticked</source>
        <translation>Tus ejemplos e historias: en el paquete, como marcaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your examples and stories: not in the pack</source>
        <translation>Tus ejemplos e historias: no están en el paquete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking after myself: in the pack, as you ticked</source>
        <translation>Cómo me cuido: en el paquete, como marcaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking after myself: not in the pack</source>
        <translation>Cómo me cuido: no está en el paquete</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what they have seen of each competence</source>
        <translation>lo que ha visto de cada competencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each goal</source>
        <translation>cada objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strengths and next steps</source>
        <translation>fortalezas y próximos pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form asks about: {asks}</source>
        <translation>El formulario pregunta sobre: {asks}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They give their name with their answers</source>
        <translation>Da su nombre con sus respuestas</translation>
    </message>
</context>
<context>
    <name>FeedbackHistory</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/feedback_history.py" line="+123"/>
        <source>Feedback I have received</source>
        <translation>Comentarios que he recibido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each giver&apos;s feedback is kept on its own, beside your own view. Deleting it here removes it from this computer; your own answers stay as they are.</source>
        <translation>Los comentarios de cada persona se guardan por separado, junto a tu propia visión. Si los borras aquí, se quitan de esta computadora; tus propias respuestas se quedan como están.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Feedback received, newest first</source>
        <translation>Comentarios recibidos, del más reciente al más antiguo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The feedback in full</source>
        <translation>Los comentarios completos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View in full</source>
        <translation>&amp;Ver completos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No feedback yet.</source>
        <translation>Todavía no hay comentarios.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no longer here)</source>
        <translation>(ya no está aquí)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} ({relation}), given by {date}, on {reflection}</source>
        <translation>{who} ({relation}), hasta el {date}, sobre {reflection}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{giver}, given on {date}, on {reflection}</source>
        <translation>{giver}, del {date}, sobre {reflection}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete the {count} anonymous answers to this pack? They cannot be brought back, unless you import the files again.</source>
        <translation>¿Borrar las {count} respuestas anónimas a este paquete? No se pueden recuperar, salvo que vuelvas a importar los archivos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the feedback from {giver}, given on {date}? It cannot be brought back, unless you import the file again. Your own answers stay as they are.</source>
        <translation>¿Borrar los comentarios de {giver}, del {date}? No se pueden recuperar, salvo que vuelvas a importar el archivo. Tus propias respuestas se quedan como están.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete this feedback?</source>
        <translation>¿Borrar estos comentarios?</translation>
    </message>
</context>
<context>
    <name>FeedbackPack</name>
    <message>
        <location filename="../../competence_app/reports/feedback_pack.py" line="+48"/>
        <source>Mentor</source>
        <translation>Mentor/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague</source>
        <translation>Colega</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;{relation}&apos; is not one of the people a pack is for: {known}.</source>
        <translation>&apos;{relation}&apos; no es una de las personas para quienes se hace un paquete: {known}.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Feedback on a development plan</source>
        <translation>Comentarios sobre un plan de desarrollo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your feedback is saved as {file}, usually in your Downloads folder. Please send that file back to the person who asked you. Your answers stay in this browser, so you can change them and save again.</source>
        <translation>Tus comentarios están guardados como {file}, por lo general en tu carpeta de Descargas. Envía ese archivo a la persona que te los pidió. Tus respuestas quedan en este navegador, así que puedes cambiarlas y guardar otra vez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What you typed before is back. Carry on where you left off.</source>
        <translation>Lo que escribiste antes está de vuelta. Sigue donde lo dejaste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This browser cannot keep your answers if the page is closed. Please save your feedback before you close it.</source>
        <translation>Este navegador no puede guardar tus respuestas si cierras la página. Guarda tus comentarios antes de cerrarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please write the date of your next meeting as year-month-day, for example 2027-03-31, or leave it empty.</source>
        <translation>Escribe la fecha de su próxima reunión como año-mes-día, por ejemplo 2027-03-31, o déjala vacía.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback is too long to save in one file. Please shorten the longest answers.</source>
        <translation>Tus comentarios son demasiado largos para guardarlos en un solo archivo. Acorta las respuestas más largas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove your answers from this browser? Anything you have not saved as a file is lost.</source>
        <translation>¿Quitar tus respuestas de este navegador? Se pierde todo lo que no hayas guardado como archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your answers are removed from this browser.</source>
        <translation>Tus respuestas se quitaron de este navegador.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{person} asks for your feedback</source>
        <translation>{person} te pide tus comentarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are asked for your feedback</source>
        <translation>Te piden tus comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who you are to {person}</source>
        <translation>Quién eres para {person}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who you are to the person who asked</source>
        <translation>Quién eres para la persona que te lo pide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous answers are shown only together, once at least three people have answered anonymously, so that none can be told apart.</source>
        <translation>Las respuestas anónimas se muestran solo juntas, cuando al menos tres personas respondieron de forma anónima, para que no se pueda saber quién dijo qué.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number}. The goals</source>
        <translation>{number}. Las metas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}. Looking ahead</source>
        <translation>{number}. Mirando hacia adelante</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>the feedback pack</source>
        <translation>el paquete de comentarios</translation>
    </message>
</context>
<context>
    <name>FeedbackPaper</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/feedback_paper.py" line="+74"/>
        <source>For your {relation}, made on {date}</source>
        <translation>Para tu {relation}, hecho el {date}</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>No feedback pack yet</source>
        <translation>Todavía no hay paquete de comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback from paper answers a feedback pack. Make one first with Plan &gt; Ask my mentor or someone else for feedback…, print it or send it, then type in what comes back here.</source>
        <translation>Los comentarios en papel responden a un paquete de comentarios. Prepara uno primero con Plan &gt; Pedir comentarios a mi mentor/a u otra persona…, imprímelo o envíalo, y luego escribe aquí lo que vuelva.</translation>
    </message>
</context>
<context>
    <name>FeedbackPaperDialog</name>
    <message>
        <location line="-159"/>
        <source>Enter feedback from paper</source>
        <translation>Escribir comentarios en papel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type in a feedback form that came back on paper. In the grid, a digit fills the level and moves on (0 for “I haven&apos;t seen this”), Enter goes to the next row, Backspace clears. Tab moves through the boxes below. It is kept beside your own answers and never changes them.</source>
        <translation>Escribe un formulario de comentarios que volvió en papel. En la cuadrícula, un dígito llena el nivel y avanza (0 para “No lo he visto”), Intro pasa a la fila siguiente, Retroceso borra. Tab recorre los recuadros de abajo. Se guarda junto a tus propias respuestas y nunca las cambia.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Which feedback pack</source>
        <translation>Qué paquete de comentarios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who they are to you</source>
        <translation>Quién es para ti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They answered anonymously</source>
        <translation>Respondió de forma anónima</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Written on</source>
        <translation>Escrito el</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>What they have seen</source>
        <translation>Lo que ha visto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What they have seen: {name}</source>
        <translation>Lo que ha visto: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The goals</source>
        <translation>Los objetivos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A goal no longer in the plan</source>
        <translation>Un objetivo que ya no está en el plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{goal}: comment</source>
        <translation>{goal}: comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{goal}: a next step</source>
        <translation>{goal}: un próximo paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{goal}: support offered</source>
        <translation>{goal}: apoyo ofrecido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A next step</source>
        <translation>Un próximo paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support offered</source>
        <translation>Apoyo ofrecido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking ahead</source>
        <translation>Mirando hacia adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths they have seen</source>
        <translation>Fortalezas que ha visto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or two things to focus on</source>
        <translation>Una o dos cosas en las que centrarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next steps agreed</source>
        <translation>Los próximos pasos acordados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths seen</source>
        <translation>Fortalezas vistas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Things to focus on</source>
        <translation>En qué centrarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps agreed</source>
        <translation>Próximos pasos acordados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <location filename="../../competence_app/gui/pages/goal_editor.py" line="+59"/>
        <source>A goal</source>
        <translation>Un objetivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What I want to achieve</source>
        <translation>Qué quiero lograr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: speak up at the partnership board</source>
        <translation>Por ejemplo: dar mi opinión en la junta de la alianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it matters to me</source>
        <translation>Por qué me importa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I will know I got there</source>
        <translation>Cómo sabré que lo logré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What I want to achieve</source>
        <translation>Qué quiero &amp;lograr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish the title in your own words: what do you want to be able to do?</source>
        <translation>Termina el título con tus propias palabras: ¿qué quieres ser capaz de hacer?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>W&amp;hy it matters to me</source>
        <translation>Por qué me &amp;importa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How I will &amp;know I got there</source>
        <translation>&amp;Cómo sabré que lo logré</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What it builds on</source>
        <translation>En qué se apoya</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Role: {name}</source>
        <translation>Rol: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add an &amp;action</source>
        <translation>Agregar una &amp;acción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Support I need</source>
        <translation>Apoyo que necesito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What would help from the organisations you work with? Being specific makes it easier for them to say yes.</source>
        <translation>¿Qué te ayudaría de parte de las organizaciones con las que trabajas? Si lo pides de forma concreta, les resulta más fácil decir que sí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add &amp;support I need</source>
        <translation>Agregar un apoyo que &amp;necesito</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who can help</source>
        <translation>Quién puede ayudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person, a group or an organisation</source>
        <translation>Una persona, un grupo o una organización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aim to reach it by</source>
        <translation>Quiero lograrlo para el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who &amp;can help</source>
        <translation>Quién puede a&amp;yudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus</source>
        <translation>E&amp;stado</translation>
    </message>
</context>
<context>
    <name>GoalFeedback</name>
    <message>
        <location filename="../../competence_app/gui/pages/goal_feedback.py" line="+52"/>
        <source>{giver}, {date}</source>
        <translation>{giver}, {date}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add as an action</source>
        <translation>Añadir como acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as an action: {step}</source>
        <translation>Añadir como acción: {step}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested next step: {step}</source>
        <translation>Próximo paso sugerido: {step}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Support offered: {support}</source>
        <translation>Apoyo ofrecido: {support}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What others said about this goal</source>
        <translation>Lo que otras personas dijeron de este objetivo</translation>
    </message>
</context>
<context>
    <name>GoalIdeas</name>
    <message>
        <location filename="../../competence_app/gui/pages/goal_ideas.py" line="-40"/>
        <source>Ideas for developing {name}</source>
        <translation>Ideas para desarrollar {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add as an action</source>
        <translation>Añadir como acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add as an action: {idea}</source>
        <translation>Añadir como acción: {idea}</translation>
    </message>
</context>
<context>
    <name>GoalStarters</name>
    <message>
        <location filename="../../competence_app/gui/pages/goal_starters.py" line="+42"/>
        <source>You want to develop {name}.</source>
        <translation>Quieres desarrollar {name}.</translation>
    </message>
    <message>
        <source>Work on {name}</source>
        <translation type="vanished">Trabajar en {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: </source>
        <translation>{name}: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You would like to grow into the {name} role.</source>
        <translation>Te gustaría crecer en el rol de {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grow into the {name} role</source>
        <translation>Crecer en el rol de {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the goal</source>
        <translation>Abrir el objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the goal: {title}</source>
        <translation>Abrir el objetivo: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already in your plan: {titles}.</source>
        <translation>Ya está en tu plan: {titles}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a goal</source>
        <translation>Crear un objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a goal: {title}</source>
        <translation>Crear un objetivo: {title}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A new goal</source>
        <translation>Un objetivo nuevo</translation>
    </message>
</context>
<context>
    <name>GroupSummary</name>
    <message>
        <location filename="../../competence_app/group/document.py" line="+47"/>
        <source>Competences</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support people need</source>
        <translation>El apoyo que las personas necesitan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change since the start</source>
        <translation>Cambios desde el principio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Time given and expenses owed</source>
        <translation>Tiempo dedicado y gastos pendientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How these figures were made</source>
        <translation>Cómo se obtuvieron estas cifras</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group summary</source>
        <translation>Resumen del grupo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What they do now</source>
        <translation>Lo que hacen ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would like to grow into</source>
        <translation>Les gustaría crecer en este rol</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n could be counted</source>
        <translation>
            <numerusform>%n se pudo contar</numerusform>
            <numerusform>%n se pudieron contar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n were copies of a file already counted (each counted once)</source>
        <translation>
            <numerusform>%n era copia de un archivo ya contado (cada uno se cuenta una sola vez)</numerusform>
            <numerusform>%n eran copias de un archivo ya contado (cada uno se cuenta una sola vez)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n could not be used</source>
        <translation>
            <numerusform>%n no se pudo usar</numerusform>
            <numerusform>%n no se pudieron usar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files were read: {parts}.</source>
        <translation>
            <numerusform>Se leyó %n archivo: {parts}.</numerusform>
            <numerusform>Se leyeron %n archivos: {parts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n people shared their answers.</source>
        <translation>
            <numerusform>%n persona compartió sus respuestas.</numerusform>
            <numerusform>%n personas compartieron sus respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} could be counted</source>
        <translation type="vanished">{count} se pudieron contar</translation>
    </message>
    <message>
        <source>{count} were copies of a file already counted (each counted once)</source>
        <translation type="vanished">{count} eran copias de un archivo ya contado (cada uno se cuenta una sola vez)</translation>
    </message>
    <message>
        <source>{count} could not be used</source>
        <translation type="vanished">{count} no se pudieron usar</translation>
    </message>
    <message>
        <source>{files} files were read: {parts}.</source>
        <translation type="vanished">Se leyeron {files} archivos: {parts}.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>This report shows only the people in the chosen session ({people}).</source>
        <translation>Este informe muestra solo a las personas de la sesión elegida ({people}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../resources/templates/group/competences.html.j2" line="+4"/>
        <source>Not had the chance yet</source>
        <translation>Todavía sin oportunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/group/competences.html.j2" line="+0"/>
        <location filename="../../resources/templates/group/roles.html.j2" line="+3"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session: {name}</source>
        <translation>Sesión: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People who gave no session name</source>
        <translation>Personas que no indicaron un nombre de sesión</translation>
    </message>
    <message>
        <source>1 person shared their answers.</source>
        <translation type="vanished">1 persona compartió sus respuestas.</translation>
    </message>
    <message>
        <source>{count} people shared their answers.</source>
        <translation type="vanished">{count} personas compartieron sus respuestas.</translation>
    </message>
    <message>
        <location line="+63"/>
        <location filename="../../resources/templates/group/about.html.j2" line="+11"/>
        <location filename="../../resources/templates/group/roles.html.j2" line="+11"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Stacked bars: for each competence, how many people chose each level, how many have not had the chance yet and how many gave no answer. The table gives the same numbers.</source>
        <translation>Barras apiladas: para cada competencia, cuántas personas eligieron cada nivel, cuántas todavía no tuvieron la oportunidad y cuántas no respondieron. La tabla muestra las mismas cifras.</translation>
    </message>
    <message>
        <source>Your level (or &apos;not had the chance yet&apos;), your confidence and &apos;I want to develop this&apos; for each of the {count} competences</source>
        <translation type="vanished">Tu nivel (o “todavía sin oportunidad”), tu confianza y “Quiero desarrollar esto” en cada una de las {count} competencias</translation>
    </message>
    <message>
        <source>Where you think you were at the start, for {count} of them</source>
        <translation type="vanished">Dónde crees que estabas al principio, en {count} de ellas</translation>
    </message>
    <message>
        <source>How much each of the {count} roles describes what you do now, and how much you would like to grow into it</source>
        <translation type="vanished">Cuánto describe cada uno de los {count} roles lo que haces ahora, y cuánto te gustaría crecer en él</translation>
    </message>
    <message>
        <location filename="../../competence_app/group/share.py" line="+286"/>
        <source>The kinds of support your plan asks for: {names}</source>
        <translation>Los tipos de apoyo que pide tu plan: {names}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No kinds of support (your plan does not ask for any yet)</source>
        <translation>Ningún tipo de apoyo (tu plan todavía no pide ninguno)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session: {session}</source>
        <translation>La sesión: {session}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date it was made ({date}), without the time of day</source>
        <translation>La fecha en que se creó ({date}), sin la hora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A random number, so the same file is not counted twice. It says nothing about you or this computer.</source>
        <translation>Un número al azar, para que el mismo archivo no se cuente dos veces. No dice nada sobre ti ni sobre esta computadora.</translation>
    </message>
    <message>
        <source>No name, no stories, no free text</source>
        <translation type="vanished">Sin nombre, sin historias, sin texto libre</translation>
    </message>
    <message numerus="yes">
        <location line="-48"/>
        <source>Your level (or &apos;not had the chance yet&apos;), your confidence and &apos;I want to develop this&apos; for each of the %n competences</source>
        <translation>
            <numerusform>Tu nivel (o “todavía sin oportunidad”), tu confianza y “Quiero desarrollar esto” en la %n competencia</numerusform>
            <numerusform>Tu nivel (o “todavía sin oportunidad”), tu confianza y “Quiero desarrollar esto” en cada una de las %n competencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Where you think you were at the start, for %n of them</source>
        <translation>
            <numerusform>Dónde crees que estabas al principio, en %n de ellas</numerusform>
            <numerusform>Dónde crees que estabas al principio, en %n de ellas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>How much each of the %n roles describes what you do now, and how much you would like to grow into it</source>
        <translation>
            <numerusform>Cuánto describe el %n rol lo que haces ahora, y cuánto te gustaría crecer en él</numerusform>
            <numerusform>Cuánto describe cada uno de los %n roles lo que haces ahora, y cuánto te gustaría crecer en él</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No name, no stories, no free text, nothing from your involvement record</source>
        <translation>Sin nombre, sin historias, sin texto libre, nada de tu registro de participación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no words you use for yourself</source>
        <translation>sin las palabras que usas para describirte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no stories</source>
        <translation>sin historias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no support needs in your own words</source>
        <translation>sin las necesidades de apoyo escritas con tus palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing from your involvement record</source>
        <translation>nada de tu registro de participación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no organisations, no amounts of money and nothing else from your involvement record</source>
        <translation>sin organizaciones, sin importes y nada más de tu registro de participación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no goals and nothing about looking after yourself</source>
        <translation>sin objetivos y nada sobre cómo te cuidas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing else: {list}</source>
        <translation>Nada más: {list}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name: {name}</source>
        <translation>Tu nombre: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The words you use for yourself: {words}</source>
        <translation>Las palabras que usas para describirte: {words}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your examples and stories, and your notes on the roles, in your own words ({count})</source>
        <translation>Tus ejemplos e historias, y tus notas sobre los roles, con tus propias palabras ({count})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The support you need, in your own words ({count})</source>
        <translation>El apoyo que necesitas, con tus propias palabras ({count})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 activity</source>
        <translation>1 actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} activities</source>
        <translation>{count} actividades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From your involvement record, the last 12 months: {activities}, {hours} given, {unpaid} of them unpaid</source>
        <translation>De tu registro de participación, los últimos 12 meses: {activities}, {hours} dedicadas, {unpaid} de ellas sin pagar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>From your involvement record: no expenses are owed to you</source>
        <translation>De tu registro de participación: no se te debe ningún gasto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From your involvement record: 1 expense still owed to you, waiting {days} days (no organisation, no amount)</source>
        <translation>De tu registro de participación: se te debe todavía 1 gasto, que lleva {days} días esperando (sin organización ni importe)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From your involvement record: {count} expenses still owed to you, waiting {days} days (no organisations, no amounts)</source>
        <translation>De tu registro de participación: se te deben todavía {count} gastos, que llevan {days} días esperando (sin organizaciones ni importes)</translation>
    </message>
    <message>
        <location filename="../../competence_app/group/summary.py" line="+149"/>
        <source>This summary shows only how many people took part, because with fewer than {minimum} people an answer could be traced back to the person who gave it.</source>
        <translation>Este resumen solo muestra cuántas personas participaron, porque con menos de {minimum} personas se podría saber quién dio cada respuesta.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>What the group most wants to develop: {names}.</source>
        <translation>Lo que el grupo más quiere desarrollar: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody marked a competence they want to develop.</source>
        <translation>Nadie marcó una competencia que quiera desarrollar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The support people most need: {names}.</source>
        <translation>El apoyo que las personas más necesitan: {names}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/group/supports.html.j2" line="+12"/>
        <source>Nobody&apos;s plan asks for a kind of support yet.</source>
        <translation>Todavía ningún plan pide un tipo de apoyo.</translation>
    </message>
    <message>
        <source>{name} ({count} of {people} people)</source>
        <translation type="vanished">{name} ({count} de {people} personas)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{name} ({count} of %n people)</source>
        <translation>
            <numerusform>{name} ({count} de %n persona)</numerusform>
            <numerusform>{name} ({count} de %n personas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Where the group feels strongest: {names} (typical level {level}).</source>
        <translation>Donde el grupo se siente más fuerte: {names} (nivel típico {level}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not had the chance yet, most often: {names}.</source>
        <translation>Lo que más personas todavía no tuvieron la oportunidad de usar: {names}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The role people most want to grow into: {name} (typically {now} now, {wish} wished for, out of {top}).</source>
        <translation>El rol en el que más personas quieren crecer: {name} (lo típico: {now} ahora y {wish} como deseo, sobre {top}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking back at the start, the typical level has risen in {names}.</source>
        <translation>Mirando atrás al principio, el nivel típico subió en {names}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{overdue} of {people} people carry expenses owed for more than {days} days ({expenses} such expenses; the longest has waited {longest} days).</source>
        <translation>{overdue} de {people} personas tienen gastos pendientes de pago desde hace más de {days} días ({expenses} gastos así; el más antiguo lleva {longest} días esperando).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{owed} of {people} people are waiting for expenses, none for more than {days} days.</source>
        <translation>{owed} de {people} personas esperan el pago de gastos, ninguna desde hace más de {days} días.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of the {people} people who shared their expenses is owed any.</source>
        <translation>A ninguna de las {people} personas que compartieron sus gastos se le debe nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{unpaid} unpaid in the last year, of {hours} given in {activities} activities by the {people} people who shared their time.</source>
        <translation>{unpaid} sin pagar en el último año, de {hours} dedicadas en {activities} actividades por las {people} personas que compartieron su tiempo.</translation>
    </message>
    <message>
        <location filename="../../resources/templates/group/about.html.j2" line="-10"/>
        <source>Each person chose to share. Before their file was made, they saw exactly what it holds: their levels, confidence, what they want to develop, their roles and the kinds of support they need. Names, stories and their own words are only in it if they ticked them. This report never shows names or stories.</source>
        <translation>Cada persona eligió compartir. Antes de crear su archivo, vio exactamente lo que contiene: sus niveles, su confianza, lo que quiere desarrollar, sus roles y los tipos de apoyo que necesita. Los nombres, las historias y sus propias palabras solo están si los marcó. Este informe nunca muestra nombres ni historias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some people also ticked figures from their involvement record: how many activities and hours they gave in the last 12 months, and how long each expense still owed to them has waited. These files hold no organisations and no amounts.</source>
        <translation>Algunas personas marcaron también cifras de su registro de participación: cuántas actividades y horas dedicaron en los últimos 12 meses, y cuánto tiempo lleva esperando cada gasto que todavía se les debe. Estos archivos no contienen organizaciones ni importes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A competence someone has not had the chance to use yet is counted on its own, never as a low level. The typical level is the median. With fewer than {minimum} people, only the number of people is shown.</source>
        <translation>Una competencia que alguien todavía no tuvo la oportunidad de usar se cuenta aparte, nunca como un nivel bajo. El nivel típico es la mediana. Con menos de {minimum} personas, solo se muestra el número de personas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sessions in these files</source>
        <translation>Sesiones en estos archivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no session name)</source>
        <translation>(sin nombre de sesión)</translation>
    </message>
    <message>
        <location filename="../../resources/templates/group/change.html.j2" line="+1"/>
        <source>When people reflect again after training, they can also say where they now think they really were at the start. This compares that look back with where the same people are now.</source>
        <translation>Cuando las personas vuelven a reflexionar después de una formación, también pueden decir dónde creen ahora que estaban realmente al principio. Aquí se compara esa mirada atrás con dónde están ahora esas mismas personas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../resources/templates/group/competences.html.j2" line="+0"/>
        <source>Competence</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People who looked back</source>
        <translation>Personas que miraron atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typical level at the start</source>
        <translation>Nivel típico al principio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typical level now</source>
        <translation>Nivel típico ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../resources/templates/group/competences.html.j2" line="-3"/>
        <source>How many people chose each level for each competence: {levels}. Not having had the chance to use a competence yet is not a low level, so it is counted on its own.</source>
        <translation>Cuántas personas eligieron cada nivel en cada competencia: {levels}. No haber tenido todavía la oportunidad de usar una competencia no es un nivel bajo, por eso se cuenta aparte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Typical level</source>
        <translation>Nivel típico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Want to develop</source>
        <translation>A desarrollar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The typical level is the median: half of those who chose a level chose this one or higher, half this one or lower.</source>
        <translation>El nivel típico es la mediana: la mitad de quienes eligieron un nivel eligieron este o uno más alto, y la otra mitad, este o uno más bajo.</translation>
    </message>
    <message>
        <location filename="../../resources/templates/group/report.html.j2" line="+16"/>
        <source>Made on {date}</source>
        <translation>Creado el {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made from the answers that people in the group chose to share. Nobody&apos;s name or story is in this report.</source>
        <translation>Creado a partir de las respuestas que las personas del grupo decidieron compartir. Este informe no incluye el nombre ni la historia de nadie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In short</source>
        <translation>En resumen</translation>
    </message>
    <message>
        <source>In this report</source>
        <translation type="vanished">En este informe</translation>
    </message>
    <message>
        <location filename="../../resources/templates/group/roles.html.j2" line="-13"/>
        <source>How much each role fits what people do now, and how much they want to grow into it. The scale goes from 0 (not at all) to {top} (very much). The table shows how many people gave each answer.</source>
        <translation>Cuánto encaja cada rol con lo que las personas hacen hoy, y cuánto quieren crecer en él. La escala va de 0 (nada) a {top} (mucho). La tabla muestra cuántas personas dieron cada respuesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Typical answer</source>
        <translation>Respuesta típica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Words people use for themselves</source>
        <translation>Palabras que las personas usan para describirse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the people who chose to share them.</source>
        <translation>De las personas que decidieron compartirlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../../resources/templates/group/supports.html.j2" line="-11"/>
        <source>The kinds of support people&apos;s plans ask for from the organisations they work with, the most asked for first. Each person is counted once for each kind.</source>
        <translation>Los tipos de apoyo que los planes de las personas piden a las organizaciones con las que trabajan, empezando por el más pedido. Cada persona se cuenta una vez por cada tipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>People asking for it</source>
        <translation>Personas que lo piden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not asked for by anyone: {names}.</source>
        <translation>Nadie pidió: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In people&apos;s own words</source>
        <translation>Con las palabras de cada persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by people who chose to share them, and not linked to anyone.</source>
        <translation>Escrito por personas que decidieron compartirlo, sin relacionarlo con nadie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What they wrote</source>
        <translation>Lo que escribieron</translation>
    </message>
    <message>
        <location filename="../../resources/templates/group/involvement.html.j2" line="+3"/>
        <source>From the people who chose to add figures from their involvement record to their share file: the last 12 months of activities and time, and the expenses still owed to them. No organisations and no amounts are in the files. Evidence to take to the organisations people work with.</source>
        <translation>De las personas que eligieron añadir cifras de su registro de participación a su archivo para compartir: las actividades y el tiempo de los últimos 12 meses, y los gastos que todavía se les deben. Los archivos no contienen organizaciones ni importes. Pruebas para llevar a las organizaciones con las que trabaja la gente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who shared their time</source>
        <translation>Personas que compartieron su tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities in the last 12 months</source>
        <translation>Actividades en los últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time given</source>
        <translation>Tiempo dedicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of which unpaid</source>
        <translation>Del cual sin pagar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People who shared their expenses owed</source>
        <translation>Personas que compartieron sus gastos pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People waiting for expenses</source>
        <translation>Personas que esperan el pago de gastos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People with an expense owed for more than {days} days</source>
        <translation>Personas con un gasto pendiente desde hace más de {days} días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenses still owed</source>
        <translation>Gastos todavía pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed for more than {days} days</source>
        <translation>Pendientes desde hace más de {days} días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical wait (median), in days</source>
        <translation>Espera típica (mediana), en días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait, in days</source>
        <translation>Espera más larga, en días</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A figure shared by fewer than {minimum} people is not shown.</source>
        <translation>No se muestra una cifra compartida por menos de {minimum} personas.</translation>
    </message>
</context>
<context>
    <name>GroupWindow</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/group_window.py" line="+52"/>
        <source>Group summary</source>
        <translation>Resumen del grupo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the share files people chose to give you (or drop them on this window). Nobody&apos;s name or story is in them unless they ticked it themselves.</source>
        <translation>Agrega los archivos para compartir que las personas decidieron darte (o arrástralos a esta ventana). No contienen el nombre ni la historia de nadie, a menos que esa persona lo haya marcado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;files…</source>
        <translation>Agregar &amp;archivos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a f&amp;older…</source>
        <translation>Agregar una &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear</source>
        <translation>&amp;Quitar todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show one session only</source>
        <translation>Mostrar solo una sesión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Files and whether each was counted</source>
        <translation>Archivos y si cada uno se contó</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stacked bars: how many people chose each level of each competence</source>
        <translation>Barras apiladas: cuántas personas eligieron cada nivel de cada competencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same counts are in the table below the chart.</source>
        <translation>Las mismas cifras están en la tabla debajo del gráfico.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Competences</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support most asked for</source>
        <translation>Apoyo más pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time given and expenses owed</source>
        <translation>Tiempo dedicado y gastos pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles now and wished-for (medians, 0 to 4)</source>
        <translation>Roles ahora y deseados (medianas, de 0 a 4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking back at the start</source>
        <translation>Mirando atrás al principio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change between the first and the latest session</source>
        <translation>Cambio entre la primera y la última sesión</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change is shown two ways: from where people put themselves at the first session, and from where they now think they really were. People often rate their start lower once they know more, so the second is usually the larger.</source>
        <translation>El cambio se muestra de dos formas: desde donde las personas se ubicaron en la primera sesión, y desde donde creen ahora que estaban realmente. A menudo la gente valora más bajo su punto de partida cuando ya sabe más, así que el segundo cambio suele ser mayor.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save &amp;report…</source>
        <translation>Guardar el &amp;informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save C&amp;SV…</source>
        <translation>Guardar CS&amp;V…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save SQ&amp;Lite…</source>
        <translation>Guardar SQ&amp;Lite…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add share files</source>
        <translation>Agregar archivos para compartir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share files (*.share.json)</source>
        <translation>Archivos para compartir (*.share.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a folder of share files</source>
        <translation>Agregar una carpeta de archivos para compartir</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the share files…</source>
        <translation>Leyendo los archivos para compartir…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted?</source>
        <translation>¿Se contó?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Counted</source>
        <translation>Se contó</translation>
    </message>
    <message>
        <source>People counted: {n}</source>
        <translation type="vanished">Personas contadas: {n}</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n people counted</source>
        <translation>
            <numerusform>%n persona contada</numerusform>
            <numerusform>%n personas contadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Level {n}</source>
        <translation>Nivel {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not had the chance yet</source>
        <translation>Todavía sin oportunidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <location line="+14"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+26"/>
        <location line="+40"/>
        <source>Competence</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Want to develop</source>
        <translation>A desarrollar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Would like</source>
        <translation>Deseado</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+40"/>
        <source>Start, looking back</source>
        <translation>Inicio, mirando atrás</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>At {first}</source>
        <translation>En {first}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At {later}</source>
        <translation>En {later}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the original start</source>
        <translation>Desde el inicio original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the looked-back start</source>
        <translation>Desde el inicio visto al mirar atrás</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>People who shared their time</source>
        <translation>Personas que compartieron su tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities in the last 12 months</source>
        <translation>Actividades en los últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time given</source>
        <translation>Tiempo dedicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of which unpaid</source>
        <translation>Del cual sin pagar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People who shared their expenses owed</source>
        <translation>Personas que compartieron sus gastos pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People waiting for expenses</source>
        <translation>Personas que esperan el pago de gastos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People with an expense owed for more than {days} days</source>
        <translation>Personas con un gasto pendiente desde hace más de {days} días</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expenses still owed</source>
        <translation>Gastos todavía pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait, in days</source>
        <translation>Espera más larga, en días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the group report</source>
        <translation>Guardar el informe del grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Texto OpenDocument (*.odt);;Página web (*.html)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as CSV</source>
        <translation>Guardar como CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save as SQLite</source>
        <translation>Guardar como SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite database (*.db *.sqlite)</source>
        <translation>Base de datos SQLite (*.db *.sqlite)</translation>
    </message>
</context>
<context>
    <name>InvolvementDialog</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/involvement_form.py" line="+33"/>
        <source>A new activity</source>
        <translation>Una actividad nueva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change this activity</source>
        <translation>Cambiar esta actividad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the first part is needed. Press Enter to save, Escape to leave without saving.</source>
        <translation>Solo hace falta la primera parte. Pulse Intro para guardar, Escape para salir sin guardar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Northside Hospital Trust</source>
        <translation>Por ejemplo: Hospital Comarcal del Norte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it was</source>
        <translation>Qué fue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it was about (optional)</source>
        <translation>De qué trataba (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: discharge letters</source>
        <translation>Por ejemplo: los informes de alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>The role it drew on</source>
        <translation>El papel que ejercí</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time spent: hours</source>
        <translation>Tiempo dedicado: horas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time spent: minutes</source>
        <translation>Tiempo dedicado: minutos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>travel and preparation included</source>
        <translation>incluidos el viaje y la preparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What it was</source>
        <translation>&amp;Qué fue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it was a&amp;bout</source>
        <translation>De qué &amp;trataba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;role it drew on</source>
        <translation>El &amp;papel que ejercí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time spent</source>
        <translation>Tiempo &amp;dedicado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment and expenses</source>
        <translation>Pago y gastos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment for my time</source>
        <translation>Pago por mi tiempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment amount</source>
        <translation>Importe del pago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The three-letter code, such as GBP or EUR</source>
        <translation>El código de tres letras, como EUR o GBP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payment for my time</source>
        <translation>P&amp;ago por mi tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Travel, carer cover, technology or internet: note each expense, and the days you claimed it and were paid, so you can see how long you wait.</source>
        <translation>Viajes, quien cuide de su familiar, tecnología o internet: anote cada gasto y los días en que lo reclamó y se lo pagaron, para ver cuánto espera.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add an e&amp;xpense</source>
        <translation>Añadir un ga&amp;sto</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Competences it used</source>
        <translation>Competencias que usé</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>What changed because of it</source>
        <translation>Qué cambió gracias a ello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kind of impact</source>
        <translation>El tipo de impacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Did I hear back about what happened to my input?</source>
        <translation>¿Me contaron qué pasó con mi aportación?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask again on</source>
        <translation>Volver a preguntar el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &amp;changed</source>
        <translation>Qué &amp;cambió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;kind of impact</source>
        <translation>El tipo de i&amp;mpacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Did I &amp;hear back about my input?</source>
        <translation>¿Me co&amp;ntaron qué pasó con mi aportación?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Debrief: private, and only if you want one</source>
        <translation>Repaso: privado, y solo si lo desea</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After a hard meeting it can help to write a few lines. This stays on this computer and is never shared or exported unless you tick it at that moment.</source>
        <translation>Después de una reunión difícil puede ayudar escribir unas líneas. Esto se queda en este ordenador y nunca se comparte ni se exporta salvo que lo marque en ese momento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a &amp;debrief</source>
        <translation>Escribir un &amp;repaso</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>1. What happened?</source>
        <translation>1. ¿Qué pasó?</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>2. So what: how did it feel, what did I learn?</source>
        <translation>2. ¿Y qué?: ¿cómo me sentí, qué aprendí?</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+6"/>
        <source>3. Now what?</source>
        <translation>3. ¿Y ahora qué?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>How am I after this?</source>
        <translation>¿Cómo estoy después de esto?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save, then open Looking after myself</source>
        <translation>Guardar y abrir Cuidar de mí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In my plan: what drains me, what restores me</source>
        <translation>En mi plan: lo que me agota, lo que me repone</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Please give the currency as three letters, such as GBP.</source>
        <translation>Indique la moneda con tres letras, como EUR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} is not a currency this app knows.</source>
        <translation>{code} no es una moneda que esta aplicación conozca.</translation>
    </message>
</context>
<context>
    <name>InvolvementPage</name>
    <message>
        <location filename="../../competence_app/gui/pages/involvement_page.py" line="+71"/>
        <source>My activities</source>
        <translation>Mis actividades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing here yet. Each panel, talk, meeting or campaign you take part in can go here: the time it took, what you were paid or are still owed, and what changed because of it.</source>
        <translation>Aún no hay nada. Aquí puede ir cada panel, charla, reunión o campaña en la que participe: el tiempo que le llevó, lo que le pagaron o aún le deben, y lo que cambió gracias a ello.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My activities, newest first</source>
        <translation>Mis actividades, las más recientes primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter changes the chosen activity; Delete removes it.</source>
        <translation>Intro cambia la actividad elegida; Supr la borra.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New activity</source>
        <translation>&amp;Nueva actividad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;last</source>
        <translation>Copiar la ú&amp;ltima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same as your last activity, on today&apos;s date</source>
        <translation>Igual que su última actividad, con la fecha de hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Overview of my involvement</source>
        <translation>Resumen de mi participación</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Delete this activity?</source>
        <translation>¿Borrar esta actividad?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “{title}” from your record? This cannot be undone.</source>
        <translation>¿Borrar «{title}» de su registro? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>InvolvementRecord</name>
    <message>
        <location filename="../../competence_app/reports/involvement.py" line="+48"/>
        <source>What I did, for a CV or an application for a paid role</source>
        <translation>Lo que hice, para un currículum o una solicitud de un puesto remunerado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates, time given, paid or unpaid, for a benefits journal</source>
        <translation>Fechas, tiempo dedicado, pagado o no, para un diario de prestaciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expenses still owed to me, to chase</source>
        <translation>Gastos que todavía se me deben, para reclamarlos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed because of it, in my own words</source>
        <translation>Lo que cambió gracias a ello, con mis propias palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My debriefs after hard meetings</source>
        <translation>Mis reflexiones después de reuniones difíciles</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown part(s): {unknown}. The parts are: {fields}.</source>
        <translation>Parte(s) desconocida(s): {unknown}. Las partes son: {fields}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <source>Please name at least one part: {fields}.</source>
        <translation>Indica al menos una parte: {fields}.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&apos;{format}&apos; is not a format the record can be saved in. Choose one of: {formats}.</source>
        <translation>«{format}» no es un formato en el que se pueda guardar el registro. Elige uno de estos: {formats}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The period ends ({end}) before it starts ({start}). Please swap the dates.</source>
        <translation>El periodo termina ({end}) antes de empezar ({start}). Intercambia las fechas.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>My involvement record</source>
        <translation>Mi registro de participación</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../resources/templates/involvement/record.html.j2" line="+24"/>
        <source>What I did</source>
        <translation>Lo que hice</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <location filename="../../resources/templates/involvement/record.html.j2" line="+16"/>
        <source>Time given</source>
        <translation>Tiempo dedicado</translation>
    </message>
    <message>
        <location line="-71"/>
        <location filename="../../resources/templates/involvement/record.html.j2" line="+18"/>
        <source>Expenses still owed to me</source>
        <translation>Gastos que todavía se me deben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/involvement/record.html.j2" line="+17"/>
        <source>My debriefs</source>
        <translation>Mis reflexiones después de reuniones</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>From {start} to {end}</source>
        <translation>Del {start} al {end}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Of which unpaid</source>
        <translation>Del cual sin pagar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid for my time</source>
        <translation>Pagado por mi tiempo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} ({money}); the oldest has waited {days} days</source>
        <translation>{count} ({money}); el más antiguo lleva {days} días esperando</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenses still owed</source>
        <translation>Gastos todavía pendientes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Paid: {money}</source>
        <translation>Pagado: {money}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+24"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Unpaid ({how})</source>
        <translation>Sin pagar ({how})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>In all</source>
        <translation>En total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unpaid</source>
        <translation>Sin pagar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no organisation given)</source>
        <translation>(sin organización indicada)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+36"/>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>So what: how did it feel, what did I learn?</source>
        <translation>¿Y qué?: ¿cómo me sentí, qué aprendí?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Now what?</source>
        <translation>¿Y ahora qué?</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>How I was after it</source>
        <translation>Cómo me quedé después</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/involvement/record.html.j2" line="-30"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/involvement/record.html.j2" line="+18"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of activity</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/involvement/record.html.j2" line="-35"/>
        <source>Competences used</source>
        <translation>Competencias usadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of impact</source>
        <translation>Tipo de impacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid for time</source>
        <translation>Pagado por el tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/involvement/record.html.j2" line="+35"/>
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/involvement/record.html.j2" line="+0"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/involvement/record.html.j2" line="+0"/>
        <source>Claimed on</source>
        <translation>Reclamado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/involvement/record.html.j2" line="+0"/>
        <source>Days waiting</source>
        <translation>Días esperando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Lo que cambió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So what?</source>
        <translation>¿Y qué?</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../resources/templates/involvement/record.html.j2" line="-18"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense owed</source>
        <translation>Gasto pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>This person is no longer in the app, so there is no record to export.</source>
        <translation>Esta persona ya no está en la aplicación, así que no hay ningún registro que exportar.</translation>
    </message>
    <message>
        <location filename="../../resources/templates/involvement/record.html.j2" line="-26"/>
        <source>Made on {date}</source>
        <translation>Creado el {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What, where and in which role</source>
        <translation>Qué, dónde y con qué rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>Nothing is in the record for this period.</source>
        <translation>No hay nada en el registro para este periodo.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Each activity&apos;s time includes travel and preparation.</source>
        <translation>El tiempo de cada actividad incluye el viaje y la preparación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid or unpaid</source>
        <translation>Pagado o no</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every expense claimed and not yet paid, whenever the activity was, the longest waiting first.</source>
        <translation>Cada gasto reclamado y aún no pagado, sea cual sea la fecha de la actividad, primero el que lleva más tiempo esperando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity on</source>
        <translation>Actividad del</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No expense you claimed is waiting to be paid.</source>
        <translation>Ningún gasto que reclamaste está pendiente de pago.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No debriefs in this period.</source>
        <translation>No hay reflexiones en este periodo.</translation>
    </message>
</context>
<context>
    <name>LevelGrid</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/feedback_paper.py" line="-144"/>
        <source>Levels seen, from the paper form</source>
        <translation>Niveles vistos, del formulario en papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level seen
1-5, 0 = haven&apos;t seen this</source>
        <translation>Nivel visto
1-5, 0 = no lo ha visto</translation>
    </message>
</context>
<context>
    <name>LongText</name>
    <message>
        <location filename="../../competence_app/gui/widgets/long_text.py" line="+75"/>
        <source>This box holds up to {most} characters, so {left} characters of what you pasted did not fit and were left out. They are still where you copied them from: you could keep them in a document of your own.</source>
        <translation>Este cuadro admite hasta {most} caracteres, así que {left} caracteres de lo que pegaste no cabían y se dejaron fuera. Siguen donde los copiaste: puedes guardarlos en un documento tuyo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This box is full: it holds up to {most} characters. Everything you wrote is saved. To add more, you could shorten something, or keep the rest in a document of your own.</source>
        <translation>Este cuadro está lleno: admite hasta {most} caracteres. Todo lo que escribiste está guardado. Para añadir más, puedes acortar algo o guardar el resto en un documento tuyo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Save status</source>
        <translation type="vanished">Estado del guardado</translation>
    </message>
    <message>
        <source>Facilitator&apos;s session</source>
        <translation type="vanished">Sesión de facilitación</translation>
    </message>
    <message>
        <location filename="../../competence_app/gui/shell/main_window.py" line="+64"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Already open</source>
        <translation>Ya está abierta</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot open your data</source>
        <translation>No se pueden abrir tus datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About your data</source>
        <translation>Sobre tus datos</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>Read only: nothing you change here is saved, because this folder cannot be written.</source>
        <translation>Solo lectura: no se guarda nada de lo que cambies aquí, porque no se puede escribir en esta carpeta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This folder cannot be written</source>
        <translation>No se puede escribir en esta carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data in {folder} can be read but not saved: the folder or the disk it is on cannot be written (for example a write-protected USB stick). You can look at everything and export your plan or your data file to another place. Anything you change here is not kept.</source>
        <translation>Tus datos de {folder} se pueden leer, pero no guardar: no se puede escribir en la carpeta o en su disco (por ejemplo, una memoria USB protegida contra escritura). Puedes verlo todo y exportar tu plan o tu archivo de datos a otro lugar. Lo que cambies aquí no se guarda.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saved at {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Session: {name}</source>
        <translation>Sesión: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved yet: {reason}</source>
        <translation>Todavía sin guardar: {reason}</translation>
    </message>
</context>
<context>
    <name>MentorEditor</name>
    <message>
        <location filename="../../competence_app/gui/pages/plan_extras.py" line="+90"/>
        <source>My mentor and reviews</source>
        <translation>Mi mentor/a y las revisiones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A mentor, a peer or a trusted colleague can help you look back at your plan every few months. Their notes sit beside yours, never mixed into them.</source>
        <translation>Una persona mentora, una compañera o un compañero de confianza puede ayudarte a revisar tu plan cada pocos meses. Sus notas van junto a las tuyas, nunca mezcladas con ellas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mentor&apos;s name</source>
        <translation>Nombre de mi mentor/a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How and how often we meet</source>
        <translation>Cómo y cada cuánto nos reunimos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: a video call every two months</source>
        <translation>Por ejemplo: una videollamada cada dos meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review on</source>
        <translation>Próxima revisión el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor&apos;s &amp;name</source>
        <translation>Nombre de mi &amp;mentor/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How and how often we meet</source>
        <translation>Cómo y cada cuánto nos re&amp;unimos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../competence_app/gui/shell/menus.py" line="+38"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Start a &amp;new reflection…</source>
        <translation>Empezar una &amp;nueva reflexión…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About &amp;me…</source>
        <translation>Sobre &amp;mí…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;witch person…</source>
        <translation>&amp;Cambiar de persona…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export plan…</source>
        <translation>&amp;Exportar el plan…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export my involvement &amp;record…</source>
        <translation>Exportar mi re&amp;gistro de participación…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export my &amp;data…</source>
        <translation>Exportar mis &amp;datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protect my profile with a pass&amp;phrase…</source>
        <translation>Proteger mi perfil con una &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I&apos;m &amp;done on this laptop…</source>
        <translation>&amp;He terminado en esta computadora…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import feedbac&amp;k…</source>
        <translation>Importar co&amp;mentarios…</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Feedback I have &amp;received…</source>
        <translation>Comentarios que he &amp;recibido…</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Use a &amp;framework file…</source>
        <translation>Usar un archivo de ma&amp;rco…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the &amp;standard framework</source>
        <translation>Usar el marco es&amp;tándar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backups…</source>
        <translation>Copias de seg&amp;uridad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Borrar todos mis datos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Easy read wording</source>
        <translation>&amp;Lectura fácil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>&amp;Reflect</source>
        <translation>&amp;Reflexionar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>R&amp;esults</source>
        <translation>R&amp;esultados</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+161"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My &amp;involvement</source>
        <translation>Mi p&amp;articipación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ask my mentor or someone else for feedback…</source>
        <translation>&amp;Pedir comentarios a mi mentor/a u otra persona…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Enter feedback from paper…</source>
        <translation>&amp;Escribir comentarios en papel…</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>G&amp;roup</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>&amp;Start a session…</source>
        <translation>&amp;Iniciar una sesión…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;End the session</source>
        <translation>&amp;Terminar la sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print a &amp;blank worksheet…</source>
        <translation>Imprimir una hoja de trabajo en &amp;blanco…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter answers from &amp;paper…</source>
        <translation>Pasar respuestas desde el &amp;papel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a paper sheet for a ne&amp;w person…</source>
        <translation>Introducir la hoja en papel de una persona nue&amp;va…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;hare with my group…</source>
        <translation>&amp;Compartir con mi grupo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Group summary…</source>
        <translation>&amp;Resumen del grupo…</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Where is my data?</source>
        <translation>¿&amp;Dónde están mis datos?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About Citizen Leadership Companion</source>
        <translation>&amp;Acerca de Citizen Leadership Companion</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Same as this computer ({language})</source>
        <translation>El mismo que esta computadora ({language})</translation>
    </message>
</context>
<context>
    <name>OpenDialog</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/profile_lock.py" line="+45"/>
        <source>Open a protected profile</source>
        <translation>Abrir un perfil protegido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s profile is protected with a passphrase.</source>
        <translation>El perfil de {name} está protegido con una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person</source>
        <translation>Esta persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please wait {seconds} seconds.</source>
        <translation>Espera {seconds} segundos, por favor.</translation>
    </message>
</context>
<context>
    <name>Overdue</name>
    <message>
        <location filename="../../competence_app/gui/shell/overdue.py" line="+45"/>
        <source>{first} And {count} more in My involvement.</source>
        <translation>{first} Y {count} más en Mi participación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show me</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show me in My involvement</source>
        <translation>Mostrar en Mi participación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss: do not mention these again</source>
        <translation>Descartar: no volver a mencionarlos</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../competence_app/gui/pages/involvement_overview.py" line="+64"/>
        <source>My involvement</source>
        <translation>Mi participación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you did, what it cost you, what it changed and what you are still owed: a record for a CV, a paid role, or to chase what is late.</source>
        <translation>Lo que hizo, lo que le costó, lo que cambió y lo que aún le deben: un registro para un currículum, un puesto remunerado o para reclamar lo que se retrasa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between two dates</source>
        <translation>Entre dos fechas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Expenses still owed, oldest first</source>
        <translation>Gastos que aún le deben, los más antiguos primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whenever the activity was. Over 30 days is marked: it is fair to ask.</source>
        <translation>Sea cual sea la fecha de la actividad. Se marcan los de más de 30 días: es justo preguntar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time by role</source>
        <translation>Tiempo por papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time by kind of activity</source>
        <translation>Tiempo por tipo de actividad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impact by kind</source>
        <translation>Impacto por tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kinds of impact citizen leaders have, from the research (Box 1).</source>
        <translation>Los tipos de impacto que tienen los líderes ciudadanos, según la investigación (recuadro 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to hear back</source>
        <translation>Esperando respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How I was after each activity</source>
        <translation>Cómo estaba después de cada actividad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From drained to restored, as you said after each one. Private to you.</source>
        <translation>De agotado a repuesto, tal como lo dijo después de cada una. Solo para usted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How I was after each activity, chart</source>
        <translation>Cómo estaba después de cada actividad, gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same values are in the table that follows.</source>
        <translation>Los mismos valores están en la tabla que sigue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How I was after each activity, table</source>
        <translation>Cómo estaba después de cada actividad, tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing yet: answer &apos;How am I after this?&apos; in an activity.</source>
        <translation>Nada aún: responda «¿Cómo estoy después de esto?» en una actividad.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Since you started this record</source>
        <translation>Desde que empezó este registro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claimed on</source>
        <translation>Reclamado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days waited</source>
        <translation>Días de espera</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{days} (over 30)</source>
        <translation>{days} (más de 30)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No expense you claimed is waiting to be paid.</source>
        <translation>Ningún gasto que reclamaste está pendiente de pago.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind of activity</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind of impact</source>
        <translation>Tipo de impacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No kind of impact noted in this period.</source>
        <translation>No anotó ningún tipo de impacto en este periodo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activity on</source>
        <translation>Actividad del</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask again on</source>
        <translation>Volver a preguntar el</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(now)</source>
        <translation>(ya)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is waiting for an answer.</source>
        <translation>No hay nada esperando respuesta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How I was</source>
        <translation>Cómo estaba</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/paper_entry.py" line="+182"/>
        <source>Enter answers from paper</source>
        <translation>Pasar respuestas desde el papel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the answers from {person}&apos;s worksheet. A digit fills the cell and moves on; Enter goes to the next row; Backspace clears a cell. Rows are numbered as on the worksheet. They are saved as a new reflection.</source>
        <translation>Escribe las respuestas de la hoja de trabajo de {person}. Un número llena la casilla y pasa a la siguiente; Intro pasa a la fila siguiente; Retroceso vacía una casilla. Las filas están numeradas igual que en la hoja. Las respuestas se guardan como una reflexión nueva.</translation>
    </message>
</context>
<context>
    <name>PaperGrid</name>
    <message>
        <location line="-68"/>
        <source>Answers from the paper worksheet</source>
        <translation>Respuestas de la hoja de trabajo en papel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level
1-5, 0 = not yet</source>
        <translation>Nivel
1-5, 0 = todavía no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence
1-3</source>
        <translation>Confianza
1-3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Develop?
1 = yes</source>
        <translation>¿Desarrollar?
1 = sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describes me now
0-4</source>
        <translation>Me describe ahora
0-4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would like
0-4</source>
        <translation>Me gustaría
0-4</translation>
    </message>
</context>
<context>
    <name>PaperPeople</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/paper_people.py" line="+53"/>
        <source>A paper sheet for a new person</source>
        <translation>La hoja en papel de una persona nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their name or a pseudonym, as on the sheet:</source>
        <translation>Su nombre o un seudónimo, como en la hoja:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sheet saved</source>
        <translation>Hoja guardada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s sheet is saved as their first reflection.</source>
        <translation>La hoja de {name} está guardada como su primera reflexión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next sheet</source>
        <translation>&amp;Siguiente hoja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/profile_lock.py" line="+25"/>
        <source>Protect my profile with a passphrase</source>
        <translation>Proteger mi perfil con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With a passphrase, your stories, notes, goals, actions, support details, looking after myself and mentor details are stored in a locked form. Nobody can read them on this laptop, or in a copy of its files, without the passphrase. Your levels and ratings stay readable to the app.</source>
        <translation>Con una frase de contraseña, tus historias, notas, metas, acciones, detalles de apoyo, lo de cuidarme y los datos de tu mentor o mentora se guardan cerrados con llave. Nadie puede leerlos en esta computadora, ni en una copia de sus archivos, sin la frase. Tus niveles y valoraciones siguen siendo legibles para la aplicación.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no back door: if you forget the passphrase, nobody can get your words back, not even the people who made this app. You may want to save a data file somewhere safe first.</source>
        <translation>No hay puerta trasera: si olvidas la frase de contraseña, nadie puede recuperar tus palabras, ni siquiera quienes hicieron esta aplicación. Quizá quieras guardar antes un archivo de datos en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save my data file first…</source>
        <translation>Guardar antes mi archivo de datos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;urrent passphrase</source>
        <translation>Frase de contraseña a&amp;ctual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase again</source>
        <translation>Frase de contraseña nueva otra vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New passphrase</source>
        <translation>Frase de contraseña &amp;nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase &amp;again</source>
        <translation>Frase nueva &amp;otra vez</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protect my profile</source>
        <translation>Proteger mi perfil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type your current passphrase to remove it.</source>
        <translation>Escribe tu frase de contraseña actual para quitarla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your current passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña actual.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please use at least {count} characters. A few ordinary words make a passphrase that is easy to remember and hard to guess.</source>
        <translation>Usa al menos {count} caracteres, por favor. Unas cuantas palabras corrientes forman una frase fácil de recordar y difícil de adivinar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos frases nuevas no son iguales.</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <location filename="../../competence_app/reports/content.py" line="+25"/>
        <source>Personal development plan</source>
        <translation>Plan de desarrollo personal</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../resources/templates/plan.html.j2" line="+28"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/plan.html.j2" line="+62"/>
        <source>My competences</source>
        <translation>Mis competencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/plan.html.j2" line="+16"/>
        <source>My roles</source>
        <translation>Mis roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/plan.html.j2" line="-72"/>
        <source>My goals</source>
        <translation>Mis objetivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/plan.html.j2" line="+16"/>
        <source>Support I need</source>
        <translation>Apoyo que necesito</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/plan.html.j2" line="+71"/>
        <source>Looking after myself</source>
        <translation>Cómo me cuido</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/plan.html.j2" line="+10"/>
        <source>My examples and stories</source>
        <translation>Mis ejemplos e historias</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/plan.html.j2" line="+10"/>
        <source>What my mentor saw</source>
        <translation>Lo que vio mi mentor/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../resources/templates/plan.html.j2" line="+40"/>
        <source>Mentor&apos;s notes</source>
        <translation>Notas de mi mentor/a</translation>
    </message>
    <message>
        <location filename="../../resources/templates/worksheet/worksheet.html.j2" line="+38"/>
        <source>Not very confident</source>
        <translation>Poca confianza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fairly confident</source>
        <translation>Bastante confianza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Very confident</source>
        <translation>Mucha confianza</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="vanished">d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../competence_app/reports/content.py" line="+241"/>
        <source>Describes me now</source>
        <translation>Me describe ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;d like to grow into</source>
        <translation>Me gustaría crecer en este rol</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+82"/>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+81"/>
        <source>None at level 4 or 5 yet. Strengths grow with chances to use them.</source>
        <translation>Todavía ninguna en el nivel 4 o 5. Las fortalezas crecen cuando hay oportunidades de usarlas.</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+80"/>
        <source>Competences I want to develop</source>
        <translation>Competencias que quiero desarrollar</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+80"/>
        <source>None marked yet.</source>
        <translation>Todavía no marqué ninguna.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Not had the chance yet</source>
        <translation>Todavía sin oportunidad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Roles most like what I do now</source>
        <translation>Los roles más parecidos a lo que hago ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{names} ({score} out of 4).</source>
        <translation>{names} ({score} de 4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+62"/>
        <source>Roles I would like to grow into</source>
        <translation>Roles en los que me gustaría crecer</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>None marked beyond what I do now.</source>
        <translation>Ninguno por encima de lo que hago ahora.</translation>
    </message>
    <message>
        <source>Closest fit with my competences</source>
        <translation type="vanished">El que mejor encaja con mis competencias</translation>
    </message>
    <message>
        <source>{names} ({percent} %).</source>
        <translation type="vanished">{names} ({percent} %).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Words I use for myself</source>
        <translation>Palabras que uso para describirme</translation>
    </message>
    <message>
        <source>{status}: {count}</source>
        <translation type="vanished">{status}: {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with my first reflection</source>
        <translation>Comparado con mi primera reflexión</translation>
    </message>
    <message>
        <source>higher in {names}</source>
        <translation type="vanished">más alto en {names}</translation>
    </message>
    <message>
        <source>lower in {names}</source>
        <translation type="vanished">más bajo en {names}</translation>
    </message>
    <message>
        <source>rated for the first time in {names}</source>
        <translation type="vanished">valorado por primera vez en {names}</translation>
    </message>
    <message>
        <source>the same in {names}</source>
        <translation type="vanished">igual en {names}</translation>
    </message>
    <message>
        <source>the same in {count} others</source>
        <translation type="vanished">igual en otras {count}</translation>
    </message>
    <message>
        <source>A lower rating often means seeing more of a skill than before, not losing it.</source>
        <translation type="vanished">Un nivel más bajo suele significar que ahora ves más de la habilidad que antes, no que la perdiste.</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation type="vanished">Todavía no se sabe</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>How the roles fit my competences</source>
        <translation>Cómo encajan los roles con mis competencias</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Since my first reflection</source>
        <translation>Desde mi primera reflexión</translation>
    </message>
    <message>
        <source>One goal under way</source>
        <translation type="vanished">Un objetivo en marcha</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n goals under way</source>
        <translation>
            <numerusform>%n objetivo en marcha</numerusform>
            <numerusform>%n objetivos en marcha</numerusform>
        </translation>
    </message>
    <message>
        <source>One goal not started yet</source>
        <translation type="vanished">Un objetivo sin empezar todavía</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goals not started yet</source>
        <translation>
            <numerusform>%n objetivo sin empezar todavía</numerusform>
            <numerusform>%n objetivos sin empezar todavía</numerusform>
        </translation>
    </message>
    <message>
        <source>One goal achieved</source>
        <translation type="vanished">Un objetivo logrado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goals achieved</source>
        <translation>
            <numerusform>%n objetivo logrado</numerusform>
            <numerusform>%n objetivos logrados</numerusform>
        </translation>
    </message>
    <message>
        <source>One goal set aside</source>
        <translation type="vanished">Un objetivo dejado de lado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n goals set aside</source>
        <translation>
            <numerusform>%n objetivo dejado de lado</numerusform>
            <numerusform>%n objetivos dejados de lado</numerusform>
        </translation>
    </message>
    <message>
        <source>one under way</source>
        <translation type="vanished">uno en marcha</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n under way</source>
        <translation>
            <numerusform>%n en marcha</numerusform>
            <numerusform>%n en marcha</numerusform>
        </translation>
    </message>
    <message>
        <source>one not started yet</source>
        <translation type="vanished">uno sin empezar todavía</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not started yet</source>
        <translation>
            <numerusform>%n sin empezar todavía</numerusform>
            <numerusform>%n sin empezar todavía</numerusform>
        </translation>
    </message>
    <message>
        <source>one achieved</source>
        <translation type="vanished">uno logrado</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n achieved</source>
        <translation>
            <numerusform>%n logrado</numerusform>
            <numerusform>%n logrados</numerusform>
        </translation>
    </message>
    <message>
        <source>one set aside</source>
        <translation type="vanished">uno dejado de lado</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>This profile no longer exists, so there is no plan to export.</source>
        <translation>Este perfil ya no existe, así que no hay ningún plan que exportar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no reflection to put in the plan yet. Please answer at least one page of a reflection in the app first, then export again.</source>
        <translation>Todavía no hay ninguna reflexión para poner en el plan. Responde primero al menos una página de una reflexión en la aplicación y vuelve a exportar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>That reflection is not one of this person&apos;s reflections.</source>
        <translation>Esa reflexión no es una de las reflexiones de esta persona.</translation>
    </message>
    <message numerus="yes">
        <location line="+229"/>
        <source>%n set aside</source>
        <translation>
            <numerusform>%n dejado de lado</numerusform>
            <numerusform>%n dejados de lado</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All actions done.</source>
        <translation>Todas las acciones están hechas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{date}, with {mentor}</source>
        <translation>{date}, con {mentor}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Goal {number}</source>
        <translation>Objetivo {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal {number}: {title}</source>
        <translation>Objetivo {number}: {title}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How I will know</source>
        <translation>Cómo sabré que lo logré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competences it builds</source>
        <translation>Competencias que desarrolla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles it builds</source>
        <translation>Roles que fortalece</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who can help</source>
        <translation>Quién puede ayudar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kind of support not chosen yet</source>
        <translation>Tipo de apoyo todavía sin elegir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What drains me</source>
        <translation>Lo que me agota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What restores me</source>
        <translation>Lo que me devuelve la energía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who I talk things over with after difficult meetings</source>
        <translation>Con quién hablo después de las reuniones difíciles</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mentor</source>
        <translation>Mentor/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How we meet</source>
        <translation>Cómo nos reunimos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../resources/templates/plan.html.j2" line="-115"/>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not seen</source>
        <translation>No lo ha visto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Suggested next step: {step}</source>
        <translation>Próximo paso sugerido: {step}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support offered: {support}</source>
        <translation>Apoyo ofrecido: {support}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A goal no longer in the plan</source>
        <translation>Un objetivo que ya no está en el plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strengths seen</source>
        <translation>Fortalezas vistas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To focus on</source>
        <translation>En qué centrarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps agreed</source>
        <translation>Próximos pasos acordados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{who}, {relation}, up to {date}</source>
        <translation>{who}, {relation}, hasta el {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seen by them</source>
        <translation>Lo que vieron</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{giver}, {date}</source>
        <translation>{giver}, {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seen by {name}</source>
        <translation>Lo que vio {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Given on my reflection {reflection}</source>
        <translation>Sobre mi reflexión {reflection}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no longer kept)</source>
        <translation>(ya no se guarda)</translation>
    </message>
    <message>
        <source>Radar chart of the level chosen for each competence. The table gives the same.</source>
        <translation type="vanished">Gráfico de radar con el nivel elegido en cada competencia. La tabla muestra lo mismo.</translation>
    </message>
    <message>
        <source>Bar chart of how much each role describes what I do now and how much I would like to grow into it. The table gives the same.</source>
        <translation type="vanished">Gráfico de barras de cuánto describe cada rol lo que hago ahora y cuánto me gustaría crecer en él. La tabla muestra lo mismo.</translation>
    </message>
    <message numerus="yes">
        <source>(This text goes on for %n more characters. It is all kept in the app.)</source>
        <translation type="vanished">
            <numerusform>(Este texto sigue durante %n caracteres más. Todo se guarda en la aplicación.)</numerusform>
            <numerusform>(Este texto sigue durante %n caracteres más. Todo se guarda en la aplicación.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../competence_app/reports/office_blocks.py" line="+231"/>
        <location filename="../../competence_app/reports/templates.py" line="+87"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../competence_app/reports/worksheet.py" line="+29"/>
        <source>Reflection worksheet</source>
        <translation>Hoja de trabajo para reflexionar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not at all</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little</source>
        <translation>Un poco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somewhat</source>
        <translation>Algo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly</source>
        <translation>Bastante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very much</source>
        <translation>Mucho</translation>
    </message>
    <message>
        <source>tick box</source>
        <translation type="vanished">casilla</translation>
    </message>
    <message>
        <location filename="../../resources/templates/plan.html.j2" line="-41"/>
        <source>Reflection: {title}</source>
        <translation>Reflexión: {title}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made on {date}</source>
        <translation>Creado el {date}</translation>
    </message>
    <message>
        <source>In this plan</source>
        <translation type="vanished">En este plan</translation>
    </message>
    <message>
        <source>This plan comes from a reflection on the competences and roles of citizen leadership. It is a starting point for conversations with a mentor and with the organisations I work with, and it will change as I do.</source>
        <translation type="vanished">Este plan nace de una reflexión sobre las competencias y los roles del liderazgo ciudadano. Es un punto de partida para conversar con una persona mentora y con las organizaciones con las que trabajo, y cambiará a medida que yo cambie.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The level chosen for each competence, from 1 ({lowest}) to 5 ({highest}). A competence not had the chance to use yet is a gap in the chart, not a low level.</source>
        <translation>El nivel elegido en cada competencia, de 1 ({lowest}) a 5 ({highest}). Una competencia que todavía no tuve la oportunidad de usar aparece como un hueco en el gráfico, no como un nivel bajo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+54"/>
        <source>Competence</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What this level looks like</source>
        <translation>Cómo es este nivel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Want to develop</source>
        <translation>A desarrollar</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="vanished">Acciones</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+39"/>
        <source>By when</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>No goals have been added yet.</source>
        <translation>Todavía no se agregó ningún objetivo.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Feedback from people I asked, each on their own. Their levels sit beside mine; they are never averaged with them.</source>
        <translation>Comentarios de las personas a quienes se los pedí, cada una por separado. Sus niveles aparecen junto a los míos; nunca se promedian con ellos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My level</source>
        <translation>Mi nivel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What they have seen me do</source>
        <translation>Lo que me han visto hacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About my goals</source>
        <translation>Sobre mis objetivos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overall, and the next steps we agreed</source>
        <translation>En general, y los próximos pasos que acordamos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No feedback has come back yet.</source>
        <translation>Todavía no han llegado comentarios.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes from our conversation</source>
        <translation>Notas de nuestra conversación</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>How much each role describes what I do now, and how much I would like to grow into it, from 0 to 4. The fit shows how well my competence levels match what each role leans on.</source>
        <translation>Cuánto describe cada rol lo que hago ahora, y cuánto me gustaría crecer en él, de 0 a 4. El encaje muestra qué tan bien coinciden mis niveles en las competencias con aquello en lo que se apoya cada rol.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>My goals in detail</source>
        <translation>Mis objetivos en detalle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now (0 to 4)</source>
        <translation>Ahora (de 0 a 4)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Would like (0 to 4)</source>
        <translation>Me gustaría (de 0 a 4)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the fit means</source>
        <translation>Qué significa el encaje</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Examples and stories I wrote while reflecting. They are personal: please treat them with care.</source>
        <translation>Ejemplos e historias que escribí mientras reflexionaba. Son personales: por favor, trátalos con cuidado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No examples or stories written yet.</source>
        <translation>Todavía no hay ejemplos ni historias escritos.</translation>
    </message>
    <message>
        <source>What I need from the organisations I work with, so that I can do this work well. Each one is a request you can act on.</source>
        <translation type="vanished">Lo que necesito de las organizaciones con las que trabajo para poder hacer bien este trabajo. Cada punto es una petición concreta a la que se puede responder.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>What I need</source>
        <translation>Lo que necesito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In my words</source>
        <translation>Con mis palabras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For my goal</source>
        <translation>Para mi objetivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No support needs have been added to the goals yet.</source>
        <translation>Todavía no se agregaron necesidades de apoyo a los objetivos.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This work can take an emotional toll. This is how I look after myself.</source>
        <translation>Este trabajo puede causar desgaste emocional. Así es como me cuido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing written here yet.</source>
        <translation>Todavía no hay nada escrito aquí.</translation>
    </message>
    <message>
        <location filename="../../resources/templates/worksheet/worksheet.html.j2" line="-17"/>
        <source>Your name (if you like)</source>
        <translation>Tu nombre (si quieres)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the same reflection as in the app, on paper. Take your time. There are no right answers: it is about where you are today.</source>
        <translation>Esta es la misma reflexión que en la aplicación, pero en papel. Tómate tu tiempo. No hay respuestas correctas: se trata de dónde estás hoy.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For each competence, tick the one sentence that is closest to what you do now. If something hasn&apos;t come up for you yet, tick “I haven&apos;t had the chance yet”: that is not a low level.</source>
        <translation>En cada competencia, marca la frase que más se parece a lo que haces ahora. Si algo todavía no se te ha presentado, marca “Todavía no tuve la oportunidad”: eso no es un nivel bajo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You decide who sees this sheet.</source>
        <translation>Tú decides quién ve esta hoja.</translation>
    </message>
    <message>
        <source>Then tick how confident you feel, and whether you want to develop it. If you like, write an example from your own experience.</source>
        <translation type="vanished">Después marca cuánta confianza tienes y si quieres desarrollarla. Si quieres, escribe un ejemplo de tu propia experiencia.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>For each role, tick how much it describes what you do now, and how much you would like to grow into it.</source>
        <translation>En cada rol, marca cuánto describe lo que haces ahora y cuánto te gustaría crecer en él.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Some of this may bring back hard memories. You can skip anything, stop at any point and come back to it later.</source>
        <translation>Algunas partes pueden traerte recuerdos difíciles. Puedes saltarte lo que quieras, parar en cualquier momento y volver más tarde.</translation>
    </message>
    <message>
        <source>The numbers help someone type your answers into the app later, in the same order. You decide who sees this sheet.</source>
        <translation type="vanished">Los números ayudan a que alguien pase después tus respuestas a la aplicación, en el mismo orden. Tú decides quién ve esta hoja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part 1: the competences</source>
        <translation>Parte 1: las competencias</translation>
    </message>
    <message>
        <source>Where am I now? Tick one.</source>
        <translation type="vanished">¿Dónde estoy ahora? Marca una.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I haven&apos;t had the chance yet.</source>
        <translation>Todavía no tuve la oportunidad.</translation>
    </message>
    <message>
        <source>This is not a low level: it just hasn&apos;t come up for me so far.</source>
        <translation type="vanished">No es un nivel bajo: simplemente todavía no se me ha presentado.</translation>
    </message>
    <message>
        <source>How confident do I feel about this? Tick one.</source>
        <translation type="vanished">¿Cuánta confianza tengo en esto? Marca una.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I want to develop this</source>
        <translation>Quiero desarrollar esto</translation>
    </message>
    <message>
        <source>An example or story (if you like)</source>
        <translation type="vanished">Un ejemplo o una historia (si quieres)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Part 2: the roles</source>
        <translation>Parte 2: los roles</translation>
    </message>
    <message>
        <source>Roles are different ways of making a difference. Most people do a bit of several, and that can change over time.</source>
        <translation type="vanished">Los roles son distintas formas de lograr un cambio. La mayoría de las personas hace un poco de varios, y eso puede cambiar con el tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick one box on each line, from 0 ({none}) to 4 ({most}).</source>
        <translation>Marca una casilla en cada línea, de 0 ({none}) a 4 ({most}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This describes what I do now</source>
        <translation>Esto describe lo que hago ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I&apos;d like to grow into this</source>
        <translation>Me gustaría crecer en este rol</translation>
    </message>
    <message>
        <location filename="../../competence_app/reports/figures.py" line="+222"/>
        <source>{name} {level}</source>
        <translation>{name} {level}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Radar chart of the competences: no level chosen yet.</source>
        <translation>Gráfico de radar de las competencias: todavía no se eligió ningún nivel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Radar chart of the level chosen for each competence, from 1 to 5: {levels}.</source>
        <translation>Gráfico de radar con el nivel elegido en cada competencia, del 1 al 5: {levels}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} {now} now, {wish} wished</source>
        <translation>{name}: {now} ahora, {wish} deseado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bar chart of how much each role describes what I do now and how much I would like to grow into it, from 0 to 4: {roles}.</source>
        <translation>Gráfico de barras de cuánto describe cada rol lo que hago ahora y cuánto me gustaría crecer en él, del 0 al 4: {roles}.</translation>
    </message>
    <message>
        <location filename="../../resources/templates/feedback/pack.html.j2" line="+18"/>
        <source>Read the plan below, then write what you have seen in the form at the end. Nothing you type leaves this computer: when you are done, press “Save my feedback” and send the saved file back.</source>
        <translation>Lee el plan que sigue y luego escribe lo que has visto en el formulario del final. Nada de lo que escribas sale de esta computadora: cuando termines, pulsa “Guardar mis comentarios” y envía el archivo guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the feedback form</source>
        <translation>Ir al formulario de comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On paper: write in the boxes of the form at the end and hand the pages back.</source>
        <translation>En papel: escribe en los recuadros del formulario del final y devuelve las hojas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your feedback</source>
        <translation>Tus comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write as you would talk with them: what you have seen them do, not what they are. Leave out anything you have not seen; every box can stay empty.</source>
        <translation>Escribe como le hablarías: lo que le has visto hacer, no cómo es. Deja fuera lo que no hayas visto; cualquier recuadro puede quedar vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1. About you</source>
        <translation>1. Sobre ti</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give my feedback anonymously (my name is not saved)</source>
        <translation>Dar mis comentarios de forma anónima (mi nombre no se guarda)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2. What you have seen</source>
        <translation>2. Lo que has visto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For each competence: what you have seen them do, and if you like, the level it showed. “I haven&apos;t seen this” is not a low level: it only means you had no chance to see it.</source>
        <translation>Para cada competencia: lo que le has visto hacer y, si quieres, el nivel que mostró. “No lo he visto” no es un nivel bajo: solo significa que no tuviste ocasión de verlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What I have seen you do</source>
        <translation>Lo que te he visto hacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The level I have seen (you can leave this out)</source>
        <translation>El nivel que he visto (puedes dejarlo sin marcar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No level given</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I haven&apos;t seen this</source>
        <translation>No lo he visto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My comment on this goal</source>
        <translation>Mi comentario sobre esta meta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A next step I suggest</source>
        <translation>Un próximo paso que sugiero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Support I can offer</source>
        <translation>Apoyo que puedo ofrecer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Strengths I have seen</source>
        <translation>Fortalezas que he visto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One or two things to focus on</source>
        <translation>Una o dos cosas en las que centrarse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next steps we agreed</source>
        <translation>Los próximos pasos que acordamos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date of our next meeting</source>
        <translation>Fecha de nuestra próxima reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year, month and day, for example 2027-03-31.</source>
        <translation>Año, mes y día, por ejemplo 2027-03-31.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save my feedback</source>
        <translation>Guardar mis comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove my answers from this browser</source>
        <translation>Quitar mis respuestas de este navegador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This browser is not running the page&apos;s script, so the form cannot be saved as a file. You can print the form and write on it instead.</source>
        <translation>Este navegador no está ejecutando el programa de la página, así que el formulario no se puede guardar como archivo. Puedes imprimirlo y escribir en el papel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../competence_app/reports/templates.py" line="-24"/>
        <source>(The PDF shows the beginning of this text, so that it stays quick to make and to read. %Ln more characters are kept in the app, and the Word, OpenDocument, web page and Markdown files hold the whole text.)</source>
        <translation>
            <numerusform>(El PDF muestra el principio de este texto para que sea rápido de hacer y de leer. %Ln carácter más se guarda en la aplicación, y los archivos de Word, OpenDocument, página web y Markdown tienen el texto completo.)</numerusform>
            <numerusform>(El PDF muestra el principio de este texto para que sea rápido de hacer y de leer. Otros %Ln caracteres se guardan en la aplicación, y los archivos de Word, OpenDocument, página web y Markdown tienen el texto completo.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../competence_app/gui/pages/plan_page.py" line="+52"/>
        <source>My goals, looking after myself, and my mentor</source>
        <translation>Mis objetivos, cómo me cuido y mi mentor/a</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;goal</source>
        <translation>Nuevo &amp;objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this goal…</source>
        <translation>Quitar este objetivo…</translation>
    </message>
    <message>
        <source>Feed&amp;back I have received…</source>
        <translation type="vanished">Comentarios que he reci&amp;bido…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feed&amp;back received…</source>
        <translation>Comentarios reci&amp;bidos…</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+32"/>
        <location line="+8"/>
        <source>My development plan</source>
        <translation>Mi plan de desarrollo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A plan is a few goals you care about, the small steps towards each, and the support you need from the organisations you work with. There are no goals yet.</source>
        <translation>Un plan es un grupo pequeño de objetivos que te importan, los pasos pequeños para llegar a cada uno y el apoyo que necesitas de las organizaciones con las que trabajas. Todavía no hay objetivos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start from your results (each thing you want to develop has a &apos;Make a goal&apos; button there), or press New goal to start from scratch.</source>
        <translation>Empieza desde tus resultados (allí, cada cosa que quieres desarrollar tiene un botón “Crear un objetivo”), o haz clic en Nuevo objetivo para empezar desde cero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make my first goal</source>
        <translation>Crear mi primer objetivo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Also in my plan:</source>
        <translation>También en mi plan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking after myself</source>
        <translation>Cómo me cuido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My mentor and reviews</source>
        <translation>Mi mentor/a y las revisiones</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+57"/>
        <source>A new goal</source>
        <translation>Un objetivo nuevo</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Remove this goal?</source>
        <translation>¿Quitar este objetivo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the goal “{title}” with its actions and support needs? This cannot be undone.</source>
        <translation>¿Quitar el objetivo “{title}” con sus acciones y sus necesidades de apoyo? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/chooser.py" line="+32"/>
        <source>Who is using the app?</source>
        <translation>¿Quién usa la aplicación?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer is shared. Choose your name to carry on where you left off. Each person&apos;s reflections and plan are kept apart.</source>
        <translation>Esta computadora es compartida. Elige tu nombre para seguir donde lo dejaste. Las reflexiones y el plan de cada persona se guardan por separado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People using this computer</source>
        <translation>Personas que usan esta computadora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New person</source>
        <translation>&amp;Nueva persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name…</source>
        <translation>Ca&amp;mbiar el nombre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rename</source>
        <translation>Cambiar el nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or pseudonym:</source>
        <translation>Nombre o seudónimo:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete this person?</source>
        <translation>¿Borrar a esta persona?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {name} and all their reflections, plan and stories from this computer? This cannot be undone.</source>
        <translation>¿Borrar de esta computadora a {name} con todas sus reflexiones, su plan y sus historias? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/small.py" line="+78"/>
        <source>About me</source>
        <translation>Sobre mí</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../competence_app/gui/pages/welcome.py" line="+69"/>
        <source>&amp;Name or pseudonym (optional):</source>
        <translation>&amp;Nombre o seudónimo (opcional):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name or pseudonym, optional</source>
        <translation>Nombre o seudónimo, opcional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any name you like, or leave it empty</source>
        <translation>El nombre que quieras, o déjalo vacío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words I use for myself (pick any, or none)</source>
        <translation>Palabras que uso para describirme (elige las que quieras, o ninguna)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add my own word:</source>
        <translation>&amp;Agregar mi propia palabra:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My own word for myself</source>
        <translation>Mi propia palabra para describirme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add my own word</source>
        <translation>Agregar mi propia palabra</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/record_dialog.py" line="+55"/>
        <source>Spreadsheet (CSV), to sort and add up</source>
        <translation>Hoja de cálculo (CSV), para ordenar y sumar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export my involvement record</source>
        <translation>Exportar mi registro de participación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A record of what you did, for the time you choose: for a CV or an application for a paid role, for a benefits journal, or to chase the expenses still owed to you.</source>
        <translation>Un registro de lo que hiciste, para el tiempo que elijas: para un currículum o una solicitud de un puesto remunerado, para un diario de prestaciones o para reclamar los gastos que todavía se te deben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What goes in</source>
        <translation>Qué se incluye</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Personal: only if you tick them now</source>
        <translation>Personal: solo si lo marcas ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You wrote these for yourself. They are left out unless you tick them, each time you export.</source>
        <translation>Esto lo escribiste para ti. Se deja fuera salvo que lo marques, cada vez que exportas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+28"/>
        <source>The record was not saved</source>
        <translation>El registro no se ha guardado</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save my involvement record as</source>
        <translation>Guardar mi registro de participación como</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing your involvement record…</source>
        <translation>Escribiendo tu registro de participación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record saved</source>
        <translation>Registro guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your involvement record is saved as:
{path}

Open it now?</source>
        <translation>Tu registro de participación se ha guardado como:
{path}

¿Abrirlo ahora?</translation>
    </message>
</context>
<context>
    <name>ReflectFlow</name>
    <message>
        <location filename="../../competence_app/gui/pages/reflect_flow.py" line="+93"/>
        <source>Pages of this reflection</source>
        <translation>Páginas de esta reflexión</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Label:</source>
        <translation>E&amp;tiqueta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for example: Start of programme</source>
        <translation>por ejemplo: Inicio del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label for this reflection</source>
        <translation>Etiqueta de esta reflexión</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Progress through the pages</source>
        <translation>Avance por las páginas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>← &amp;Previous</source>
        <translation>← &amp;Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Up or Alt+Left</source>
        <translation>Re Pág o Alt+Izquierda</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+172"/>
        <source>&amp;Next →</source>
        <translation>&amp;Siguiente →</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Page Down or Alt+Right</source>
        <translation>Av Pág o Alt+Derecha</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reflection started {when}</source>
        <translation>Reflexión empezada el {when}</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{title}, page {n} of {total}</source>
        <translation>{title}, página {n} de {total}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See my &amp;results →</source>
        <translation>&amp;Ver mis resultados →</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not answered yet</source>
        <translation>todavía sin responder</translation>
    </message>
</context>
<context>
    <name>Render</name>
    <message>
        <location filename="../../competence_app/group/report.py" line="+31"/>
        <source>the report</source>
        <translation>el informe</translation>
    </message>
    <message>
        <location filename="../../competence_app/reports/export.py" line="+35"/>
        <source>the plan</source>
        <translation>el plan</translation>
    </message>
    <message>
        <location filename="../../competence_app/reports/options.py" line="+42"/>
        <source>&apos;{format}&apos; is not a format this app can write. Choose one of: {formats}.</source>
        <translation>«{format}» no es un formato que esta aplicación pueda escribir. Elige uno de estos: {formats}.</translation>
    </message>
    <message>
        <location filename="../../competence_app/reports/feedback_pack.py" line="-228"/>
        <location filename="../../competence_app/reports/options.py" line="+8"/>
        <source>Unknown section(s): {unknown}. Sections are: {sections}.</source>
        <translation>Sección o secciones desconocidas: {unknown}. Las secciones son: {sections}.</translation>
    </message>
    <message>
        <location filename="../../competence_app/reports/involvement.py" line="-430"/>
        <location filename="../../competence_app/reports/options.py" line="+6"/>
        <location filename="../../competence_app/reports/render.py" line="+66"/>
        <source>The paper size must be one of: {sizes}.</source>
        <translation>El tamaño del papel tiene que ser uno de estos: {sizes}.</translation>
    </message>
    <message>
        <location line="+411"/>
        <source>the record</source>
        <translation>el registro</translation>
    </message>
    <message>
        <location filename="../../competence_app/reports/render.py" line="-7"/>
        <source>&apos;{format}&apos; is not a format {what} can be saved in. Choose one of: {formats}.</source>
        <translation>«{format}» no es un formato en el que se pueda guardar {what}. Elige uno de estos: {formats}.</translation>
    </message>
    <message>
        <source>{target} is a folder. Please choose a file name to save {what} as.</source>
        <translation type="vanished">{target} es una carpeta. Elige un nombre de archivo para guardar {what}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Saving as {format} is not available in this copy of the app.</source>
        <translation>Guardar como {format} no está disponible en esta copia de la aplicación.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Something went wrong while making {what}. Nothing has been saved.</source>
        <translation>Algo salió mal al hacer {what}. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The printer could not take {what}. Please check the printer is switched on and connected, then try again.</source>
        <translation>La impresora no pudo recibir {what}. Comprueba que está encendida y conectada, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../competence_app/reports/worksheet.py" line="+23"/>
        <source>the worksheet</source>
        <translation>la hoja de trabajo</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Not very</source>
        <translation type="vanished">Poca</translation>
    </message>
    <message>
        <source>Fairly</source>
        <translation type="vanished">Bastante</translation>
    </message>
    <message>
        <source>Very</source>
        <translation type="vanished">Mucha</translation>
    </message>
    <message>
        <location filename="../../competence_app/gui/pages/results_models.py" line="+37"/>
        <source>not given</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not seen</source>
        <translation>No lo ha visto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Competence</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with</source>
        <translation>Comparado con</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To develop</source>
        <translation>Para desarrollar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describes me now (0-4)</source>
        <translation>Me describe ahora (0-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like to grow into (0-4)</source>
        <translation>Me gustaría crecer en él (0-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit with my competences</source>
        <translation>Encaje con mis competencias</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation type="vanished">todavía no se sabe</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../competence_app/gui/pages/results_page.py" line="+170"/>
        <source>&amp;Showing:</source>
        <translation>&amp;Mostrando:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reflection shown</source>
        <translation>Reflexión que se muestra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparar con:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier or later reflection to compare with</source>
        <translation>Reflexión anterior o posterior con la que comparar</translation>
    </message>
    <message>
        <source>My reflections so far</source>
        <translation type="vanished">Mis reflexiones hasta ahora</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>My competences</source>
        <translation>Mis competencias</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Radar chart of my competence levels</source>
        <translation>Gráfico de radar de mis niveles en las competencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table of my competence levels</source>
        <translation>Tabla de mis niveles en las competencias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>What changed between the two reflections</source>
        <translation type="vanished">Qué cambió entre las dos reflexiones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strengths</source>
        <translation>Fortalezas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What I want to develop</source>
        <translation>Lo que quiero desarrollar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready to plan?</source>
        <translation>¿Todo listo para planificar?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>My roles</source>
        <translation>Mis roles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bar chart of my roles, now and wished-for</source>
        <translation>Gráfico de barras de mis roles, ahora y como deseo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table of my roles and how well they fit</source>
        <translation>Tabla de mis roles y de qué tan bien encajan</translation>
    </message>
    <message>
        <source>How each role fits, in words</source>
        <translation type="vanished">Cómo encaja cada rol, en palabras</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+6"/>
        <source>My results</source>
        <translation>Mis resultados</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Feedback beside my own view</source>
        <translation>Comentarios junto a mi propia visión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feedback from others sits beside your own levels in the table, each giver on their own. It never changes your answers and is never averaged with them.</source>
        <translation>Los comentarios de otras personas aparecen junto a tus propios niveles en la tabla, cada persona por separado. Nunca cambian tus respuestas ni se promedian con ellas.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>One row per competence: my level, my confidence and whether I want to develop it.</source>
        <translation>Una fila por competencia: mi nivel, mi confianza y si quiero desarrollarla.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>One row per role: how much it describes me now and how much I&apos;d like to grow into it, from 0 to 4, and how well it fits my competences.</source>
        <translation>Una fila por rol: cuánto me describe ahora y cuánto me gustaría crecer hacia él, de 0 a 4, y cómo encaja con mis competencias.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The same figures are in the table beside the chart.</source>
        <translation>Las mismas cifras están en la tabla junto al gráfico.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(nothing)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>My reflections so far (newest first):</source>
        <translation>Mis reflexiones hasta ahora (de la más reciente a la más antigua):</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>•  {title}: {done} of %n pages answered</source>
        <translation>
            <numerusform>•  {title}: {done} de %n página respondida</numerusform>
            <numerusform>•  {title}: {done} de %n páginas respondidas</numerusform>
        </translation>
    </message>
    <message>
        <source>•  {title}: {done} of {total} pages answered</source>
        <translation type="vanished">•  {title}: {done} de {total} páginas respondidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose one under &apos;Compare with&apos; to see what changed.</source>
        <translation>Elige una en “Comparar con” para ver qué cambió.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>What changed from {earlier} to {later}</source>
        <translation>Qué cambió de {earlier} a {later}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None at level 4 or 5 yet. Strengths grow with chances to use them.</source>
        <translation>Todavía ninguna en el nivel 4 o 5. Las fortalezas crecen cuando hay oportunidades de usarlas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing marked yet: tick &apos;I want to develop this&apos; on any competence page.</source>
        <translation>Todavía no marcaste nada: marca “Quiero desarrollar esto” en cualquier página de competencia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Describes me now</source>
        <translation>Me describe ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&apos;d like to grow into</source>
        <translation>Me gustaría crecer en este rol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{role}: {fit}. {sentence}</source>
        <translation>{role}: {fit}. {sentence}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show what {name} saw on the chart ({date})</source>
        <translation>Mostrar en el gráfico lo que vio {name} ({date})</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation type="vanished">todavía no se sabe</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../competence_app/gui/pages/role_page.py" line="+30"/>
        <source>What it asks of you</source>
        <translation>Lo que te pide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risks and dilemmas</source>
        <translation>Riesgos y dilemas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The competences it leans on most</source>
        <translation>Las competencias en las que más se apoya</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not at all</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A little</source>
        <translation>Un poco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somewhat</source>
        <translation>Algo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mostly</source>
        <translation>Bastante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very much</source>
        <translation>Mucho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This describes what I do now</source>
        <translation>Esto describe lo que hago ahora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much {name} describes what I do now</source>
        <translation>Cuánto describe {name} lo que hago ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I&apos;d like to grow into this</source>
        <translation>Me gustaría crecer en este rol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How much I&apos;d like to grow into {name}</source>
        <translation>Cuánto me gustaría crecer en el rol de {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keys 0 to 4 set the scale you are on (or the first one).</source>
        <translation>Las teclas del 0 al 4 marcan la escala en la que estás (o la primera).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes about {name}</source>
        <translation>Notas sobre {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything you want to remember about this role and you.</source>
        <translation>Lo que quieras recordar sobre este rol y sobre ti.</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../competence_app/gui/shell/saving.py" line="+18"/>
        <source>Another program is using your data just now. Please try again in a moment.</source>
        <translation>Otro programa está usando tus datos en este momento. Por favor, vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer&apos;s disk seems to be full or unavailable. Free some space and try again.</source>
        <translation>Parece que el disco de la computadora está lleno o no está disponible. Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data folder cannot be written to at the moment.</source>
        <translation>En este momento no se puede escribir en tu carpeta de datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong while saving ({detail}).</source>
        <translation>Algo salió mal al guardar ({detail}).</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>It stays on screen, and the app will keep trying to save it.</source>
        <translation>Sigue en la pantalla, y la aplicación seguirá intentando guardarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please try again in a moment.</source>
        <translation>Por favor, vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved yet</source>
        <translation>Todavía sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your last change could not be saved. {reason}

{later} Everything saved before it is safe.</source>
        <translation>Tu último cambio no se pudo guardar. {reason}

{later} Todo lo que se guardó antes está a salvo.</translation>
    </message>
</context>
<context>
    <name>SectionsBox</name>
    <message>
        <source>“Looking after myself” and “My examples and stories” are personal: you wrote them for yourself. They are left out unless you tick them.</source>
        <translation type="vanished">“Cómo me cuido” y “Mis ejemplos e historias” son personales: los escribiste para ti. Quedan fuera salvo que los marques.</translation>
    </message>
    <message>
        <source>“Looking after myself”, “My examples and stories” and “What my mentor saw” are personal. They are left out unless you tick them, each time.</source>
        <translation type="vanished">“Cómo me cuido”, “Mis ejemplos e historias” y “Lo que vio mi mentor/a” son personales. Quedan fuera salvo que los marques, cada vez.</translation>
    </message>
    <message>
        <location filename="../../competence_app/gui/widgets/consent.py" line="+38"/>
        <source>{section} is personal. It is left out unless you tick it, each time.</source>
        <translation>{section} es personal. Queda fuera salvo que lo marques, cada vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{sections} are personal. They are left out unless you tick them, each time.</source>
        <translation>{sections} son personales. Quedan fuera salvo que los marques, cada vez.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/sessions.py" line="+21"/>
        <source>Start a session</source>
        <translation>Iniciar una sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For facilitators. While a session is on, each new reflection on this computer gets the session&apos;s name. You can then choose one session in the group summary.</source>
        <translation>Para personas facilitadoras. Mientras hay una sesión en marcha, cada reflexión nueva en esta computadora lleva el nombre de la sesión. Luego puedes elegir una sesión en el resumen del grupo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Session name</source>
        <translation>Nombre de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Leadership programme, day 1</source>
        <translation>Por ejemplo: Programa de liderazgo, día 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session &amp;name</source>
        <translation>&amp;Nombre de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the session</source>
        <translation>Iniciar la sesión</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/share_dialog.py" line="+34"/>
        <source>Share with my group</source>
        <translation>Compartir con mi grupo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your facilitator can put together an anonymous picture of the group from the files people choose to share. Sharing is up to you. The file carries a random number, nothing about you or this computer, unless you add something below.</source>
        <translation>La persona que facilita tu grupo puede armar una imagen anónima del grupo con los archivos que cada persona decide compartir. Compartir es tu decisión. El archivo lleva un número al azar, nada sobre ti ni sobre esta computadora, a menos que agregues algo aquí abajo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add more, only if you want to</source>
        <translation>Agregar más, solo si quieres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My name or pseudonym</source>
        <translation>Mi nombre o seudónimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The words I use for myself</source>
        <translation>Las palabras que uso para describirme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My examples and stories</source>
        <translation>Mis ejemplos e historias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The support I need, in my own words</source>
        <translation>El apoyo que necesito, con mis propias palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many activities and hours I gave in the last 12 months</source>
        <translation>Cuántas actividades y horas dediqué en los últimos 12 meses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many expenses are still owed to me, and for how long</source>
        <translation>Cuántos gastos se me deben todavía, y desde hace cuánto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What the file will contain</source>
        <translation>Lo que contendrá el archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the share file will contain</source>
        <translation>Lo que contendrá el archivo para compartir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I agree: save the share file…</source>
        <translation>Estoy de acuerdo: guardar el archivo para compartir…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/shortcuts_dialog.py" line="+64"/>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>SupportRow</name>
    <message>
        <location filename="../../competence_app/gui/pages/plan_rows.py" line="+47"/>
        <location line="+2"/>
        <source>Support {n}: what kind</source>
        <translation>Apoyo {n}: de qué tipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what kind of support…</source>
        <translation>Elige qué tipo de apoyo…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>For example: travel for the quarterly panel, paid within two weeks</source>
        <translation>Por ejemplo: el transporte para el panel trimestral, pagado en menos de dos semanas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support {n}: details</source>
        <translation>Apoyo {n}: detalles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove support {n}</source>
        <translation>Quitar el apoyo {n}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add from my record: {line}</source>
        <translation>Añadir desde mi registro: {line}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../competence_app/gui/pages/welcome.py" line="+48"/>
        <source>Welcome to Citizen Leadership Companion</source>
        <translation>Te damos la bienvenida a Citizen Leadership Companion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a quiet place to think about your work as a citizen leader. You bring your lived experience of health and social care. You might do this on a panel, as a carer, in a peer group, in campaigns, in teaching or in research.</source>
        <translation>Este es un lugar tranquilo para pensar en tu trabajo de liderazgo ciudadano. Aportas tu experiencia vivida de la salud y los cuidados. Puede ser en un comité, como persona cuidadora, en un grupo de pares, en campañas, en la enseñanza o en la investigación.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You will look at nine competences and four roles, one page at a time. There are no right answers and no scores to pass. You can stop whenever you like: every answer is saved the moment you give it, and you will come back to the same page.</source>
        <translation>Vas a ver nueve competencias y cuatro roles, una página a la vez. No hay respuestas correctas ni puntajes que aprobar. Puedes parar cuando quieras: cada respuesta se guarda en cuanto la das, y volverás a la misma página.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everything you write stays on this computer, in this folder:
{folder}
Nothing is sent over the internet.</source>
        <translation>Todo lo que escribes se queda en esta computadora, en esta carpeta:
{folder}
No se envía nada por internet.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Where your answers are kept</source>
        <translation>Dónde se guardan tus respuestas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About you</source>
        <translation>Sobre ti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A &amp;label for this reflection (optional):</source>
        <translation>Una &amp;etiqueta para esta reflexión (opcional):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example: Start of programme</source>
        <translation>por ejemplo: Inicio del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label for this reflection, optional</source>
        <translation>Etiqueta de esta reflexión, opcional</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start my reflection</source>
        <translation>Em&amp;pezar mi reflexión</translation>
    </message>
</context>
<context>
    <name>WellbeingEditor</name>
    <message>
        <location filename="../../competence_app/gui/pages/plan_extras.py" line="-75"/>
        <source>Looking after myself</source>
        <translation>Cómo me cuido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Using your own experience to change things can be tiring, and some meetings bring hard memories back. Noticing what drains you and what restores you helps you keep going. This part stays private unless you choose to include it in an exported plan.</source>
        <translation>Usar tu propia experiencia para cambiar las cosas puede cansar, y algunas reuniones traen de vuelta recuerdos difíciles. Darte cuenta de lo que te agota y de lo que te devuelve la energía te ayuda a seguir adelante. Esta parte es privada, a menos que decidas incluirla en un plan exportado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What drains me</source>
        <translation>Lo que me agota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What restores me</source>
        <translation>Lo que me devuelve la energía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who I talk things over with after difficult meetings</source>
        <translation>Con quién hablo después de las reuniones difíciles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &amp;drains me</source>
        <translation>Lo que me &amp;agota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What &amp;restores me</source>
        <translation>Lo que me de&amp;vuelve la energía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who I &amp;talk things over with after difficult meetings</source>
        <translation>Con &amp;quién hablo después de las reuniones difíciles</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../competence_app/wording.py" line="+54"/>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not very confident</source>
        <translation>Poca confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairly confident</source>
        <translation>Bastante confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very confident</source>
        <translation>Mucha confianza</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not had the chance yet</source>
        <translation>todavía sin oportunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{level} · {name}</source>
        <translation>{level} · {name}</translation>
    </message>
    <message>
        <source>This role leans most on {carrying}. Choose levels for them to see how your profile fits.</source>
        <translation type="vanished">Este rol se apoya sobre todo en {carrying}. Elige tu nivel en ellas para ver cómo encaja tu perfil.</translation>
    </message>
    <message>
        <source>{name} {level}</source>
        <translation type="vanished">{name} (nivel {level})</translation>
    </message>
    <message>
        <source>{name} not yet</source>
        <translation type="vanished">{name} (todavía sin oportunidad)</translation>
    </message>
    <message>
        <source>This role leans most on {carrying}. You rated {standing}.</source>
        <translation type="vanished">Este rol se apoya sobre todo en {carrying}. Tus niveles: {standing}.</translation>
    </message>
    <message>
        <source>Growing {grow} would strengthen it most.</source>
        <translation type="vanished">Lo que más lo reforzaría es crecer en {grow}.</translation>
    </message>
    <message>
        <source>You already stand at the top level on everything it leans on.</source>
        <translation type="vanished">Ya estás en el nivel más alto en todo aquello en lo que se apoya.</translation>
    </message>
    <message>
        <source>A chance to try {names} would tell you more.</source>
        <translation type="vanished">Tener la oportunidad de probar {names} te diría más.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{name}: up from {before} to {after}.</source>
        <translation>{name}: subió de {before} a {after}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name}: {before} then, {after} now.</source>
        <translation>{name}: {before} entonces, {after} ahora.</translation>
    </message>
    <message>
        <source>{name}: {before} then, {after} now. A lower rating often means you see more of the skill than before, not that you have lost it.</source>
        <translation type="vanished">{name}: {before} antes, {after} ahora. Un nivel más bajo suele significar que ahora ves más de la habilidad que antes, no que la perdiste.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>A strong match</source>
        <translation>Encaja muy bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Growing</source>
        <translation>En crecimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+288"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Not yet known</source>
        <translation>Todavía no se sabe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It leans most on {carrying}: choose levels for them to see how you fit.</source>
        <translation>Se apoya sobre todo en {carrying}: elige tu nivel en ellas para ver cómo encajas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({level})</source>
        <translation>{name} ({level})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (not tried yet)</source>
        <translation>{name} (todavía sin probar)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It leans most on {standing}; a chance to try {names} would tell you more.</source>
        <translation>Se apoya sobre todo en {standing}; tener la oportunidad de probar {names} te diría más.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It leans most on {standing}; you already stand high on them.</source>
        <translation>Se apoya sobre todo en {standing}; ya tienes un nivel alto en ellas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It leans most on {standing}; growing {grow} would strengthen it most.</source>
        <translation>Se apoya sobre todo en {standing}; lo que más lo reforzaría es crecer en {grow}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{band}: {names}.</source>
        <translation>{band}: {names}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name}: rated for the first time, at {after}.</source>
        <translation>{name}: valorada por primera vez, en {after}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: marked &apos;not had the chance yet&apos; this time.</source>
        <translation>{name}: esta vez marcaste “todavía sin oportunidad”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Same level as before: {names}.</source>
        <translation>El mismo nivel que antes: {names}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}: how much it describes what you do went from {before} to {after} (out of 4).</source>
        <translation>{name}: cuánto describe lo que haces pasó de {before} a {after} (sobre 4).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: looking back, you put your start at {look_back} (at the time you said {before}); from there you have moved to {after}.</source>
        <translation>{name}: mirando atrás, ubicaste tu punto de partida en {look_back} (en ese momento: {before}); desde ahí pasaste a {after}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no level</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking back, many people rate their start lower than they did at the time, because they now know more about the skill. Both views are kept side by side.</source>
        <translation>Al mirar atrás, mucha gente valora su punto de partida más bajo que en aquel momento, porque ahora sabe más sobre la habilidad. Las dos miradas se guardan una junto a la otra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing to compare yet: answer some pages in both.</source>
        <translation>Todavía no hay nada que comparar: responde algunas páginas en las dos reflexiones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A lower rating often means you see more of the skill than before, not that you have lost it.</source>
        <translation>Una puntuación más baja muchas veces significa que ahora ves más de esa habilidad que antes, no que la hayas perdido.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>higher in {names}</source>
        <translation>más alto en {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lower in {names}</source>
        <translation>más bajo en {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rated for the first time in {names}</source>
        <translation>puntuado por primera vez en {names}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the same in {names}</source>
        <translation>igual en {names}</translation>
    </message>
    <message>
        <source>the same in {count} others</source>
        <translation type="vanished">igual en otras {count}</translation>
    </message>
    <message numerus="yes">
        <location line="-223"/>
        <source>%n goals</source>
        <translation>
            <numerusform>%n objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reflections</source>
        <translation>
            <numerusform>%n reflexión</numerusform>
            <numerusform>%n reflexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n actions</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n backups</source>
        <translation>
            <numerusform>%n copia de seguridad</numerusform>
            <numerusform>%n copias de seguridad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+219"/>
        <source>the same in %n others</source>
        <translation>
            <numerusform>igual en otra %n</numerusform>
            <numerusform>igual en otras %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under way</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set aside</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mentor</source>
        <translation>mentor/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peer</source>
        <translation>compañero/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>facilitator</source>
        <translation>facilitador/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colleague</source>
        <translation>colega</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anonymous {relation}</source>
        <translation>{relation} anónimo/a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} ({relation})</source>
        <translation>{name} ({relation})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anonymous ({count} people)</source>
        <translation>Anónimo ({count} personas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, {date}</source>
        <translation>{name}, {date}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 anonymous answer came back; anonymous answers are shown once {minimum} or more have, so no one can be picked out.</source>
        <translation>Ha llegado 1 respuesta anónima; las respuestas anónimas se muestran cuando han llegado {minimum} o más, para que nadie pueda ser identificado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} anonymous answers came back; they are shown once {minimum} or more have, so no one can be picked out.</source>
        <translation>Han llegado {count} respuestas anónimas; se muestran cuando han llegado {minimum} o más, para que nadie pueda ser identificado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{count} at level {level}</source>
        <translation>{count} en el nivel {level}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You and {name} see {competence} differently: something to talk about.</source>
        <translation>{name} y tú ven {competence} de forma distinta: algo de lo que hablar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk</source>
        <translation>Charla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview panel</source>
        <translation>Tribunal de selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-design workshop</source>
        <translation>Taller de codiseño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Research advisory group</source>
        <translation>Grupo asesor de investigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign action</source>
        <translation>Acción de campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer group</source>
        <translation>Grupo de apoyo entre iguales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teaching</source>
        <translation>Docencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not offered</source>
        <translation>No me lo ofrecieron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered and accepted</source>
        <translation>Ofrecido y aceptado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered and declined</source>
        <translation>Ofrecido y rechazado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Travel</source>
        <translation>Viaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carer cover</source>
        <translation>Cuidado de mi familiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technology or internet</source>
        <translation>Tecnología o internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drained</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tired</source>
        <translation>Cansado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All right</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Repuesto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>From {start} to {end}</source>
        <translation>Del {start} al {end}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{period} there is nothing in your record yet.</source>
        <translation>{period} aún no hay nada en su registro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{period} you took part in {n} activity, {time} in all.</source>
        <translation>{period} participó en {n} actividad, {time} en total.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period} you took part in {n} activities, {time} in all.</source>
        <translation>{period} participó en {n} actividades, {time} en total.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>{n} of them paid you for your time: {money}.</source>
        <translation>En {n} de ellas le pagaron su tiempo: {money}.</translation>
    </message>
    <message>
        <source>{n} was paid for your time: {money}.</source>
        <translation type="vanished">Le pagaron su tiempo en {n}: {money}.</translation>
    </message>
    <message>
        <source>{n} were paid for your time: {money}.</source>
        <translation type="vanished">Le pagaron su tiempo en {n}: {money}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of them was paid for your time.</source>
        <translation>En ninguna le pagaron su tiempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You gave {time} of your time without payment.</source>
        <translation>Dio {time} de su tiempo sin cobrar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} expense is still owed to you: {money}. It has waited {days} days.</source>
        <translation>Aún le deben {n} gasto: {money}. Lleva {days} días esperando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} expenses are still owed to you: {money}. The oldest has waited {days} days.</source>
        <translation>Aún le deben {n} gastos: {money}. El más antiguo lleva {days} días esperando.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No expense you claimed is waiting to be paid.</source>
        <translation>Ningún gasto que reclamaste está pendiente de pago.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} expense from this time is not claimed yet.</source>
        <translation>{n} gasto de este periodo aún no está reclamado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} expenses from this time are not claimed yet.</source>
        <translation>{n} gastos de este periodo aún no están reclamados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are still waiting to hear back about {n} activity.</source>
        <translation>Aún espera saber qué pasó con {n} actividad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are still waiting to hear back about {n} activities.</source>
        <translation>Aún espera saber qué pasó con {n} actividades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its chase date has come.</source>
        <translation>Ya ha llegado la fecha de volver a preguntar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chase date of {n} of them has come.</source>
        <translation>Ya ha llegado la fecha de volver a preguntar por {n} de ellas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chase dates of {n} of them have come.</source>
        <translation>Ya ha llegado la fecha de volver a preguntar por {n} de ellas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You wrote {n} debrief after a hard meeting.</source>
        <translation>Escribió {n} repaso después de una reunión difícil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You wrote {n} debriefs after hard meetings.</source>
        <translation>Escribió {n} repasos después de reuniones difíciles.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+22"/>
        <source>an organisation</source>
        <translation>una organización</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>An expense of {money} from {organisation} has waited {days} days to be paid.</source>
        <translation>Un gasto de {money} con {organisation} lleva {days} días esperando el pago.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You planned to ask {organisation} what happened to your input {days} days ago.</source>
        <translation>Pensaba preguntar a {organisation} qué pasó con su aportación hace {days} días.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n} expense waiting over 30 days with {organisation} ({money}).</source>
        <translation>{n} gasto esperando más de 30 días con {organisation} ({money}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} expenses waiting over 30 days with {organisation} ({money}).</source>
        <translation>{n} gastos esperando más de 30 días con {organisation} ({money}).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Based on {n} activity you logged in the last year.</source>
        <translation>Basado en {n} actividad que anotó en el último año.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Based on {n} activities you logged in the last year.</source>
        <translation>Basado en {n} actividades que anotó en el último año.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Reflect, results and plan</source>
        <translation type="vanished">Reflexionar, resultados y plan</translation>
    </message>
    <message>
        <location filename="../../competence_app/gui/shell/workspace.py" line="+20"/>
        <source>Reflect, results, plan and my involvement</source>
        <translation>Reflexionar, resultados, plan y mi participación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reflect</source>
        <translation>&amp;Reflexionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;esults</source>
        <translation>R&amp;esultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;involvement</source>
        <translation>Mi p&amp;articipación</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Drawing your results…</source>
        <translation>Dibujando tus resultados…</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../competence_app/cli/common.py" line="+243"/>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r no es una de las opciones (elija entre %(choices)s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>orden desconocida: %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected one argument</source>
        <translation>falta un valor después de la opción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>se espera como mucho un valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>se espera al menos un valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor no válido (%(type)s): %(value)r</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not allowed with argument %s</source>
        <translation>no se puede usar junto con %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>hace falta uno de estos argumentos: %s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ignored explicit argument %r</source>
        <translation>se ha pasado por alto el argumento %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar la versión del programa y salir</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/backups_dialog.py" line="-61"/>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when} ({why}): {reflections}, {goals}</source>
        <translation>{when} ({why}): {reflections}, {goals}</translation>
    </message>
    <message>
        <source>{when} ({why}): reflections: {reflections}, goals: {goals}</source>
        <translation type="vanished">{when} ({why}): reflexiones: {reflections}, objetivos: {goals}</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation type="vanished">d MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>busy</name>
    <message>
        <location filename="../../competence_app/gui/shell/busy.py" line="+26"/>
        <source>Please wait</source>
        <translation>Espera un momento</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../competence_app/cli/common.py" line="-166"/>
        <source>This data folder holds {count} people&apos;s data ({names}). Please say whose {whose} with --profile NAME.</source>
        <translation>Esta carpeta de datos guarda los datos de {count} personas ({names}). Indica de quién son los {whose} con --profile NOMBRE.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nobody here is called {wanted}. The people here are: {names}.</source>
        <translation>Aquí no hay nadie llamado {wanted}. Las personas que hay aquí son: {names}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} people here are called {wanted}. Please give the id of the one you mean with --profile: {ids}.</source>
        <translation>Aquí hay {count} personas llamadas {wanted}. Indica con --profile el id de la que quieres decir: {ids}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name}&apos;s profile is protected with a passphrase, so it cannot be read from the command line. Open the app, give the passphrase, and use the File menu.</source>
        <translation>El perfil de {name} está protegido con una frase de contraseña, así que no se puede leer desde la línea de órdenes. Abre la aplicación, escribe la frase de contraseña y usa el menú Archivo.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+26"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="-14"/>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y terminar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the data folder to use (default: $COMPETENCE_APP_DATA_DIR, or your user data folder)</source>
        <translation>la carpeta de datos que se usa (por defecto: $COMPETENCE_APP_DATA_DIR, o tu carpeta de datos de usuario)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Something went wrong while working with your data ({error}). Nothing has been changed.</source>
        <translation>Algo salió mal al trabajar con tus datos ({error}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../competence_app/cli/export.py" line="+42"/>
        <source>Write your development plan to a file without opening a window.</source>
        <translation>Escribir tu plan de desarrollo en un archivo sin abrir ninguna ventana.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+27"/>
        <location filename="../../competence_app/cli/involvement.py" line="+96"/>
        <source>one of: {choices}</source>
        <translation>uno de: {choices}</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../../competence_app/cli/feedback_pack.py" line="+45"/>
        <location filename="../../competence_app/cli/involvement.py" line="-32"/>
        <source>the file to write</source>
        <translation>el archivo que se escribe</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../competence_app/cli/feedback_pack.py" line="+30"/>
        <source>whose plan, by name or id (needed when the data folder has several people)</source>
        <translation>de quién es el plan, por nombre o id (hace falta cuando en la carpeta de datos hay varias personas)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>comma-separated sections to include, or &apos;all&apos;: {sections} (default: all but {personal}, which are personal)</source>
        <translation>las secciones que se incluyen, separadas por comas, o &apos;all&apos; (todas): {sections} (por defecto: todas menos {personal}, que son personales)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>descriptions and level sentences in easy-read wording, or not (default: as chosen in the app&apos;s View menu for this data folder)</source>
        <translation>descripciones y frases de nivel en lectura fácil, o no (por defecto: lo elegido en el menú Ver de la aplicación para esta carpeta de datos)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your plan has been saved as {path}.</source>
        <translation>Tu plan se ha guardado como {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../competence_app/cli/feedback_pack.py" line="+24"/>
        <location filename="../../competence_app/cli/group_summary.py" line="+102"/>
        <location filename="../../competence_app/cli/involvement.py" line="+46"/>
        <source>Stopped. Any file being written was left as it was.</source>
        <translation>Detenido. Los archivos que se estaban escribiendo se han dejado como estaban.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../competence_app/cli/feedback_pack.py" line="+13"/>
        <source>Please name at least one section: {sections}.</source>
        <translation>Nombra al menos una sección: {sections}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>plan to export</source>
        <translation>planes que hay que exportar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no reflection in {folder} yet, so there is no plan to export. Open {app} and start a reflection first, or use --data-dir to point to the folder where your data is kept.</source>
        <translation>Todavía no hay ninguna reflexión en {folder}, así que no hay ningún plan que exportar. Abre {app} y empieza primero una reflexión, o usa --data-dir para indicar la carpeta donde se guardan tus datos.</translation>
    </message>
    <message>
        <location filename="../../competence_app/cli/common.py" line="-25"/>
        <source>Stopped. Nothing has been changed.</source>
        <translation>Detenido. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../competence_app/cli/export_data.py" line="+32"/>
        <source>Save one person&apos;s reflections and plan as a data file (ending {suffix}) to move to another computer, keep as a backup, or share with a mentor or facilitator. The file holds personal stories: keep it safe.</source>
        <translation>Guardar las reflexiones y el plan de una persona como archivo de datos (terminado en {suffix}) para llevarlo a otra computadora, guardarlo como copia de seguridad o compartirlo con tu mentor/a o con quien facilita. El archivo contiene historias personales: guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>where to save the file (a folder is fine; {suffix} is added if missing)</source>
        <translation>dónde guardar el archivo (vale una carpeta; si falta, se añade {suffix})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>whose data to save, by name or id (needed when the data folder has several people)</source>
        <translation>de quién son los datos que se guardan, por nombre o id (hace falta cuando en la carpeta de datos hay varias personas)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is nothing to save yet: there is no {app} data in {folder}.</source>
        <translation>Todavía no hay nada que guardar: no hay datos de {app} en {folder}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is nothing to save yet: nobody has started a reflection here.</source>
        <translation>Todavía no hay nada que guardar: nadie ha empezado una reflexión aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>data to save</source>
        <translation>datos que hay que guardar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {name}&apos;s data to {path}: {counts}.</source>
        <translation>Los datos de {name} se han guardado en {path}: {counts}.</translation>
    </message>
    <message>
        <source>1 reflection</source>
        <translation type="vanished">1 reflexión</translation>
    </message>
    <message>
        <source>{count} reflections</source>
        <translation type="vanished">{count} reflexiones</translation>
    </message>
    <message>
        <source>1 goal</source>
        <translation type="vanished">1 objetivo</translation>
    </message>
    <message>
        <source>{count} goals</source>
        <translation type="vanished">{count} objetivos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{reflections} and {goals}</source>
        <translation>{reflections} y {goals}</translation>
    </message>
    <message>
        <location filename="../../competence_app/cli/group_summary.py" line="-62"/>
        <source>Make an anonymous summary of a group from the share files people chose to hand in (files ending {suffix}, or folders holding them; folders inside those folders are not looked in). With fewer than {count} people only the number of people is shown.</source>
        <translation>Hacer un resumen anónimo de un grupo a partir de los archivos compartidos que la gente decidió entregar (archivos terminados en {suffix}, o carpetas que los contienen; no se busca en las carpetas que haya dentro de esas carpetas). Con menos de {count} personas solo se muestra el número de personas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>share files, or folders of them</source>
        <translation>archivos compartidos, o carpetas con ellos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the report to write; its ending says the format: .pdf, .odt or .html</source>
        <translation>el informe que se escribe; su terminación dice el formato: .pdf, .odt o .html</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also write the answers as a CSV file</source>
        <translation>escribir también las respuestas en un archivo CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>also write the answers as an SQLite file</source>
        <translation>escribir también las respuestas en un archivo SQLite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only the people in this session (as typed in the app; capitals do not matter)</source>
        <translation>solo las personas de esta sesión (tal como se escribió en la aplicación; da igual si es en mayúsculas o minúsculas)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A4 (the default) or Letter</source>
        <translation>A4 (por defecto) o Letter (carta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the framework file the group used, if not the one that comes with the app</source>
        <translation>el archivo de marco que usó el grupo, si no es el que viene con la aplicación</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No share file could be counted ({files}), so no report has been made.</source>
        <translation>No se ha podido contar ningún archivo para compartir ({files}), así que no se ha hecho ningún informe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody in these files is in the session {session}, so no report has been made. The sessions in them are: {found}.</source>
        <translation>En estos archivos no hay nadie de la sesión {session}, así que no se ha hecho ningún informe. Las sesiones que hay en ellos son: {found}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The {kind} file was not made: with fewer than {count} people, its rows would show each person&apos;s own answers.</source>
        <translation>No se ha hecho el archivo {kind}: con menos de {count} personas, sus filas mostrarían las respuestas de cada persona.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{files} The summary of 1 person is saved as {paths}.</source>
        <translation>{files} El resumen de 1 persona se ha guardado como {paths}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{files} The summary of {count} people is saved as {paths}.</source>
        <translation>{files} El resumen de {count} personas se ha guardado como {paths}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The report&apos;s name must end in .pdf, .odt or .html, to say which kind of file to make; {name} does not.</source>
        <translation>El nombre del informe debe terminar en .pdf, .odt o .html, para saber qué tipo de archivo hacer; {name} no termina así.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the report</source>
        <translation>el informe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The paper size must be A4 or Letter, not {paper}.</source>
        <translation>El tamaño del papel debe ser A4 o Letter, no {paper}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report, the CSV and the SQLite file need different names.</source>
        <translation>El informe, el archivo CSV y el archivo SQLite necesitan nombres distintos.</translation>
    </message>
    <message>
        <location filename="../../competence_app/cli/common.py" line="-32"/>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <location filename="../../competence_app/cli/import_data.py" line="+26"/>
        <source>Bring one or more data files into this data folder. Everything is checked first: either every file is imported or nothing changes. Records already here are replaced only by newer copies, so importing the same file twice is harmless.</source>
        <translation>Traer uno o más archivos de datos a esta carpeta de datos. Primero se comprueba todo: o se importan todos los archivos o no cambia nada. Lo que ya está aquí solo se sustituye por copias más recientes, así que importar dos veces el mismo archivo no hace ningún daño.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the data files to import</source>
        <translation>los archivos de datos que se importan</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{reason} Nothing has been imported.</source>
        <translation>{reason} No se ha importado nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../competence_app/cli/import_feedback.py" line="+122"/>
        <source>{count} files</source>
        <translation>{count} archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported {which} into {folder}. {summary}</source>
        <translation>Se ha importado {which} en {folder}. {summary}</translation>
    </message>
    <message>
        <location filename="../../competence_app/cli/import_feedback.py" line="-91"/>
        <source>Bring feedback files (.feedback.json, saved from a feedback pack) into this data folder. Everything is checked first: either every file is kept or nothing changes. The same answer brought in twice is kept once, and your own answers are never changed.</source>
        <translation>Traer archivos de comentarios (.feedback.json, guardados desde un paquete de comentarios) a esta carpeta de datos. Primero se comprueba todo: o se guardan todos los archivos o no cambia nada. La misma respuesta traída dos veces se guarda una sola vez, y tus propias respuestas nunca se cambian.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the feedback files</source>
        <translation>los archivos de comentarios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>whose feedback it is (a name or an id); without it, the person whose plan the pack was made from</source>
        <translation>de quién son los comentarios (un nombre o un id); si no se indica, la persona de cuyo plan se hizo el paquete</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no data in {folder}, so this feedback cannot answer a plan made here. Nothing has been changed.</source>
        <translation>No hay datos en {folder}, así que estos comentarios no pueden responder a un plan hecho aquí. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{reason} Nothing has been brought in.</source>
        <translation>{reason} No se ha traído nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is nobody in {folder} yet.</source>
        <translation>Todavía no hay nadie en {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>feedback this is</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Brought {which} into {folder}. {summary}</source>
        <translation>Se trajo {which} a {folder}. {summary}</translation>
    </message>
    <message>
        <location filename="../../competence_app/cli/__init__.py" line="+35"/>
        <source>{app}: reflect on your citizen leadership, see your growth, plan.</source>
        <translation>{app}: reflexiona sobre tu liderazgo ciudadano, mira cómo creces, planifica.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>show the version number and stop</source>
        <translation>mostrar el número de versión y terminar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>keep all data in DIR, for example on a USB stick (default: $COMPETENCE_APP_DATA_DIR, or your user data folder)</source>
        <translation>guardar todos los datos en DIR, por ejemplo en una memoria USB (por defecto: $COMPETENCE_APP_DATA_DIR, o tu carpeta de datos de usuario)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../competence_app/cli/common.py" line="-14"/>
        <source>use this framework file instead of the one that comes with the app</source>
        <translation>usar este archivo de marco en lugar del que viene con la aplicación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the language of the app and its documents for this run: en or es (default: the one chosen in the app, else the system&apos;s)</source>
        <translation>el idioma de la aplicación y de sus documentos en esta ocasión: en o es (por defecto: el elegido en la aplicación, si no el del sistema)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>for translators: show every text 40%% longer and accented, to find clipped or untranslated text</source>
        <translation>para quien traduce: mostrar cada texto un 40%% más largo y con acentos, para encontrar texto cortado o sin traducir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>write your plan to a PDF, Word (DOCX), ODT, HTML or Markdown file without opening a window</source>
        <translation>escribir tu plan en un archivo PDF, Word (DOCX), ODT, HTML o Markdown sin abrir ninguna ventana</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>write my involvement record (for a CV, a benefits journal or the expenses to chase) to a PDF, DOCX or CSV file without opening a window</source>
        <translation>escribir el registro de mi participación (para un CV, un diario de prestaciones o los gastos por reclamar) en un archivo PDF, DOCX o CSV sin abrir ninguna ventana</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>save one person&apos;s reflections and plan as a portable data file</source>
        <translation>guardar las reflexiones y el plan de una persona como archivo de datos portátil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bring data files into this data folder</source>
        <translation>traer archivos de datos a esta carpeta de datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bring feedback files (.feedback.json) back, each beside your own view</source>
        <translation>traer de vuelta archivos de comentarios (.feedback.json), cada uno junto a tu propia visión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>make a facilitator&apos;s anonymous group report from the share files people handed in</source>
        <translation>hacer el informe anónimo de grupo de quien facilita, a partir de los archivos compartidos que entregó la gente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>write a feedback pack: a web page with your plan and a short form for your mentor, a peer, a facilitator or a colleague</source>
        <translation>escribir un paquete de comentarios: una página web con tu plan y un breve formulario para tu mentor/a, un/a compañero/a, quien facilita o un/a colega</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>print a report for support requests (versions, folders, a database check), with nothing personal in it</source>
        <translation>mostrar un informe para pedir ayuda (versiones, carpetas, una comprobación de la base de datos), sin nada personal</translation>
    </message>
    <message>
        <location filename="../../competence_app/cli/doctor.py" line="+15"/>
        <source>Print a report for support requests: versions, folders and a check of the database, with no personal content. Changes nothing.</source>
        <translation>Mostrar un informe para pedir ayuda: versiones, carpetas y una comprobación de la base de datos, sin ningún contenido personal. No cambia nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the framework file to check</source>
        <translation>el archivo de marco que se comprueba</translation>
    </message>
    <message>
        <location filename="../../competence_app/cli/feedback_pack.py" line="-75"/>
        <source>Write a feedback pack: one web page with the parts of your plan you choose and a short form, for your mentor (or a peer, a facilitator, a colleague) to open in any web browser and save their feedback as a file.</source>
        <translation>Escribir un paquete de comentarios: una página web con las partes de tu plan que elijas y un breve formulario, para que tu mentor/a (o un/a compañero/a, quien facilita, un/a colega) lo abra en cualquier navegador y guarde sus comentarios en un archivo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>comma-separated parts of the plan to show: {sections}; &apos;all&apos; means every one but {personal}, which are personal and shown only when named (default: {default})</source>
        <translation>las partes del plan que se muestran, separadas por comas: {sections}; &apos;all&apos; significa todas menos {personal}, que son personales y solo se muestran si se nombran (por defecto: {default})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>who the pack is for: {relations} (default: mentor)</source>
        <translation>para quién es el paquete: {relations} (por defecto: mentor)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>let the person who answers leave their name out</source>
        <translation>permitir que la persona que responde no ponga su nombre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your feedback pack has been saved as {path}. Give it to your {relation}: it opens in any web browser, and their feedback comes back as a .feedback.json file.</source>
        <translation>Tu paquete de comentarios se ha guardado como {path}. Dáselo a tu {relation}: se abre en cualquier navegador, y sus comentarios vuelven como un archivo .feedback.json.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>plan to put in the pack</source>
        <translation>planes que van en el paquete</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no reflection in {folder} yet, so there is no plan to ask feedback on. Open {app} and start a reflection first, or use --data-dir to point to the folder where your data is kept.</source>
        <translation>Todavía no hay ninguna reflexión en {folder}, así que no hay ningún plan sobre el que pedir comentarios. Abre {app} y empieza primero una reflexión, o usa --data-dir para indicar la carpeta donde se guardan tus datos.</translation>
    </message>
    <message>
        <location filename="../../competence_app/cli/involvement.py" line="-67"/>
        <source>Write my involvement record (for a CV or an application, a benefits journal, or the expenses to chase) to a file without opening a window.</source>
        <translation>Escribir el registro de mi participación (para un CV o una solicitud, un diario de prestaciones o los gastos por reclamar) en un archivo sin abrir ninguna ventana.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the first day of the period, as YYYY-MM-DD (default: 12 months before --to)</source>
        <translation>el primer día del periodo, como AAAA-MM-DD (por defecto: 12 meses antes de --to)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the last day of the period, as YYYY-MM-DD (default: today)</source>
        <translation>el último día del periodo, como AAAA-MM-DD (por defecto: hoy)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>one of: {choices} (default: from the file&apos;s ending, else pdf)</source>
        <translation>uno de: {choices} (por defecto: según la terminación del archivo, si no pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>comma-separated parts, or &apos;all&apos;: {fields} (default: {default}; {personal} are personal and go in only when named)</source>
        <translation>las partes, separadas por comas, o &apos;all&apos; (todas): {fields} (por defecto: {default}; {personal} son personales y solo se incluyen si se nombran)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>whose record, by name or id (needed when the data folder has several people)</source>
        <translation>de quién es el registro, por nombre o id (hace falta cuando en la carpeta de datos hay varias personas)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your involvement record has been saved as {path}.</source>
        <translation>El registro de tu participación se ha guardado como {path}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{option} {text} is not a date. Please write it as YEAR-MONTH-DAY, for example 2026-04-01.</source>
        <translation>{option} {text} no es una fecha. Escríbela como AÑO-MES-DÍA, por ejemplo 2026-04-01.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The record cannot be saved as &apos;{format}&apos;. Please end the file name with {endings}, or say which with --format.</source>
        <translation>El registro no se puede guardar como «{format}». Termina el nombre del archivo en {endings}, o indica cuál con --format.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>record to export</source>
        <translation>registros que hay que exportar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} has no activities in their involvement record yet. Open {app} and add some on the My involvement page first.</source>
        <translation>{name} todavía no tiene actividades en el registro de su participación. Abre {app} y añade alguna primero en la página Mi participación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This person</source>
        <translation>Esta persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is nobody&apos;s data in {folder} yet, so there is no involvement record to export. Open {app} first, or use --data-dir to point to the folder where your data is kept.</source>
        <translation>Todavía no hay datos de nadie en {folder}, así que no hay ningún registro de participación que exportar. Abre {app} primero, o usa --data-dir para indicar la carpeta donde se guardan tus datos.</translation>
    </message>
</context>
<context>
    <name>command</name>
    <message>
        <location filename="../../competence_app/gui/shell/command.py" line="+86"/>
        <source>That did not work</source>
        <translation>No se ha podido hacer</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../competence_app/gui/shell/commands.py" line="+79"/>
        <source>Plan exported to {name}</source>
        <translation>Tu plan se guardó en {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Involvement record exported to {name}</source>
        <translation>Registro de participación exportado a {name}</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+17"/>
        <source>Nothing was restored</source>
        <translation>No se restauró nada</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup restored</source>
        <translation>Copia restaurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is back to how it was in that backup.</source>
        <translation>Tus datos volvieron a como estaban en esa copia.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../competence_app/gui/shell/shared_laptop.py" line="+114"/>
        <source>Not everything was deleted</source>
        <translation>No se borró todo</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <location filename="../../competence_app/gui/dialogs/paper_people.py" line="-50"/>
        <location filename="../../competence_app/gui/shell/commands.py" line="+10"/>
        <source>From paper</source>
        <translation>Desde papel</translation>
    </message>
    <message>
        <location filename="../../competence_app/gui/shell/commands.py" line="+17"/>
        <source>Feedback pack saved as {name}</source>
        <translation>Paquete de comentarios guardado como {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feedback from paper saved</source>
        <translation>Comentarios en papel guardados</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The text size could not be remembered ({reason}).</source>
        <translation>No se pudo recordar el tamaño del texto ({reason}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text size {size} %</source>
        <translation>Tamaño del texto: {size} %</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Use a framework file</source>
        <translation>Usar un archivo de marco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Framework files (*.toml)</source>
        <translation>Archivos de marco (*.toml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This framework file cannot be used</source>
        <translation>Este archivo de marco no se puede usar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not remembered</source>
        <translation>No se recordó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Framework in use: {title}, version {version}</source>
        <translation>Marco en uso: {title}, versión {version}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The choice could not be remembered ({reason}).</source>
        <translation>No se pudo recordar tu elección ({reason}).</translation>
    </message>
</context>
<context>
    <name>data_transfer</name>
    <message>
        <location filename="../../competence_app/gui/shell/data_transfer.py" line="+24"/>
        <location line="+60"/>
        <source>Export my data</source>
        <translation>Exportar mis datos</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Citizen Leadership Companion data (*{suffix})</source>
        <translation>Datos de Citizen Leadership Companion (*{suffix})</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Saving your data file…</source>
        <translation>Guardando tu archivo de datos…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your data was not exported</source>
        <translation>Tus datos no se exportaron</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data exported</source>
        <translation>Datos exportados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reflections and plan are saved in:
{path}

This file holds your stories too: keep it somewhere safe, and share it only with people you trust.</source>
        <translation>Tus reflexiones y tu plan se guardaron en:
{path}

Este archivo también contiene tus historias: guárdalo en un lugar seguro y compártelo solo con personas de tu confianza.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your profile is protected with a passphrase. The data file can keep your words locked with the same passphrase, or hold them readable, for anyone who has the file.</source>
        <translation>Tu perfil está protegido con una frase de contraseña. El archivo de datos puede guardar tus palabras cerradas con la misma frase, o dejarlas legibles para cualquiera que tenga el archivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep it &amp;locked</source>
        <translation>Mantenerlo &amp;cerrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make it &amp;readable</source>
        <translation>Dejarlo &amp;legible</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not opened</source>
        <translation>No se abrió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A locked data file</source>
        <translation>Un archivo de datos cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is locked. Its passphrase:</source>
        <translation>{name} está cerrado. Su frase de contraseña:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Citizen Leadership Companion data (*{suffix} *.json)</source>
        <translation>Datos de Citizen Leadership Companion (*{suffix} *.json)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+45"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>•  {name}, from {path}: {reflections}</source>
        <translation>•  {name}, de {path}: {reflections}</translation>
    </message>
    <message>
        <source>•  {name}, from {path}: reflections: {count}</source>
        <translation type="vanished">•  {name}, de {path}: reflexiones: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import this data?</source>
        <translation>¿Importar estos datos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{files}

New reflections, goals and answers are added. Where something is already here, the newer copy is kept. Nothing is deleted, and a backup is made first.</source>
        <translation>{files}

Se agregan las reflexiones, los objetivos y las respuestas nuevas. Si algo ya está aquí, se conserva la copia más reciente. No se borra nada, y antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Bringing in the data…</source>
        <translation>Trayendo los datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data imported</source>
        <translation>Datos importados</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/small.py" line="-34"/>
        <source>Framework in use: {title}, version {version}.</source>
        <translation>Marco en uso: {title}, versión {version}.</translation>
    </message>
    <message>
        <source>The descriptions and level sentences were written for this app, based on that research. Any mistakes in them are ours, not the report&apos;s authors&apos;.</source>
        <translation type="vanished">Las descripciones y las frases de los niveles se escribieron para esta aplicación, a partir de esa investigación. Cualquier error en ellas es nuestro, no de las personas autoras del informe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The descriptions and level sentences were written for this app, based on that research. Any mistakes in them are ours, not the researchers&apos;.</source>
        <translation>Las descripciones y las frases de los niveles se escribieron para esta aplicación, a partir de esa investigación. Cualquier error en ellas es nuestro, no de las personas que investigaron.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your data is kept in: {folder}</source>
        <translation>Tus datos se guardan en: {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnóstico…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Start a new reflection</source>
        <translation>Empezar una reflexión nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new reflection starts today, and your earlier ones stay as they are so you can compare them.

Label (optional), for example &apos;After the course&apos;:</source>
        <translation>Hoy empieza una reflexión nueva, y las anteriores se quedan como están para que puedas compararlas.

Etiqueta (opcional), por ejemplo “Después del curso”:</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <location filename="../../competence_app/doctor.py" line="+82"/>
        <source>{app}: diagnostics</source>
        <translation>{app}: diagnóstico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No names, answers, stories or goals are in this report, only counts:</source>
        <translation>En este informe no hay nombres, respuestas, historias ni objetivos, solo recuentos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is safe to send to whoever helps you.</source>
        <translation>puedes enviarlo sin riesgo a quien te ayude.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PROBLEM: </source>
        <translation>PROBLEMA: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems found: {count}. See the lines marked PROBLEM.</source>
        <translation>Problemas encontrados: {count}. Mira las líneas marcadas con PROBLEMA.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything looks fine.</source>
        <translation>Todo parece estar bien.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Software</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App version</source>
        <translation>Versión de la aplicación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>version not recorded</source>
        <translation>versión no registrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frozen build</source>
        <translation>Paquete autónomo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <location line="+4"/>
        <location line="+42"/>
        <location line="+329"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-409"/>
        <location line="+38"/>
        <location line="+52"/>
        <location line="+18"/>
        <location line="+301"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="-397"/>
        <source>cannot be loaded ({error})</source>
        <translation>no se puede cargar ({error})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>Exists</source>
        <translation>Existe</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>not yet (the app makes it the first time it starts)</source>
        <translation>todavía no (la aplicación la crea la primera vez que se abre)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a file is in the way, not a folder</source>
        <translation>hay un archivo en su lugar, no una carpeta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Readable</source>
        <translation>Se puede leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writable</source>
        <translation>Se puede escribir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (others can look inside)</source>
        <translation> (otras personas pueden mirar dentro)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Free disk space</source>
        <translation>Espacio libre en el disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (very little left)</source>
        <translation> (queda muy poco)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In use by a running copy</source>
        <translation>En uso por una copia abierta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown ({error})</source>
        <translation>desconocido ({error})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no ({error})</source>
        <translation>no ({error})</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>yes (the app is open with this folder now)</source>
        <translation>sí (la aplicación está abierta con esta carpeta ahora)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+48"/>
        <location line="+26"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>none yet (all preferences at their defaults)</source>
        <translation>todavía ninguno (todas las preferencias tienen su valor por defecto)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a table of preferences</source>
        <translation>no es una tabla de preferencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot be read ({error}); the defaults are used</source>
        <translation>no se puede leer ({error}); se usan los valores por defecto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>present and readable</source>
        <translation>existe y se puede leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{chosen} (uses {language})</source>
        <translation>{chosen} (usa {language})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the system</source>
        <translation>como el sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Easy-read wording</source>
        <translation>Lectura fácil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>given with --framework</source>
        <translation>indicado con --framework</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>chosen in the app</source>
        <translation>elegido en la aplicación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the standard one</source>
        <translation>el estándar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <location line="+10"/>
        <location line="+10"/>
        <location line="+27"/>
        <location line="+11"/>
        <location line="+6"/>
        <location line="+95"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>cannot be used: {problems}</source>
        <translation>no se puede usar: {problems}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Id and version</source>
        <translation>Id y versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{competences} competences, {roles} roles, language {language}</source>
        <translation>{competences} competencias, {roles} roles, idioma {language}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none yet (made when the app first starts)</source>
        <translation>todavía ninguna (se crea la primera vez que se abre la aplicación)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot be read ({error})</source>
        <translation>no se puede leer ({error})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty: nothing is saved in it. If there are backups, the app restores the newest good one at the next start</source>
        <translation>vacía: no hay nada guardado en ella. Si hay copias de seguridad, la aplicación recupera la más reciente que esté bien la próxima vez que se abra</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is not a database file SQLite can read</source>
        <translation>no es un archivo de base de datos que SQLite pueda leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rollback journal</source>
        <translation>diario de reversión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal mode</source>
        <translation>Modo de diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write-ahead log</source>
        <translation>Registro de escritura anticipada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot be opened ({error})</source>
        <translation>no se puede abrir ({error})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>busy: the app is writing; try again in a moment</source>
        <translation>ocupada: la aplicación está escribiendo; vuelve a intentarlo en un momento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be checked ({error})</source>
        <translation>no se puede comprobar ({error})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>. The disk is full ({free} free): free some space and try again</source>
        <translation>. El disco está lleno ({free} libres): libera algo de espacio y vuelve a intentarlo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the check found faults: {count}; the first: {first}</source>
        <translation>la comprobación encontró fallos: {count}; el primero: {first}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check (integrity_check)</source>
        <translation>Comprobación (integrity_check)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>made by a newer version of the app ({names}); update the app to open it</source>
        <translation>hecha con una versión más nueva de la aplicación ({names}); actualiza la aplicación para abrirla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{applied} of {known}: updated at the next start, after a backup</source>
        <translation>{applied} de {known}: se actualiza la próxima vez que se abra, después de una copia de seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{applied} (current)</source>
        <translation>{applied} (la actual)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of profiles</source>
        <translation>Número de perfiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of reflections</source>
        <translation>Número de reflexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of goals</source>
        <translation>Número de objetivos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>damaged: {reason}. At the next start the app puts it aside (never deletes it) and restores the newest good backup, if there is one</source>
        <translation>dañada: {reason}. La próxima vez que se abra, la aplicación la aparta (nunca la borra) y recupera la copia de seguridad más reciente que esté bien, si la hay</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number of backups</source>
        <translation>Número de copias de seguridad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left from interrupted work</source>
        <translation>Restos de trabajo interrumpido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{names} (removed at the next start)</source>
        <translation>{names} (se quitan la próxima vez que se abra)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Newest</source>
        <translation>La más reciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest passes its check</source>
        <translation>La más reciente pasa su comprobación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} bytes</source>
        <translation>{count} bytes</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../competence_app/exchange/fileformat.py" line="+43"/>
        <source>... and {hidden} more problems like these.</source>
        <translation>... y {hidden} problemas más como estos.</translation>
    </message>
    <message>
        <source>Nothing new: all {count} records were already here.</source>
        <translation type="vanished">Nada nuevo: los {count} registros ya estaban aquí.</translation>
    </message>
    <message>
        <location filename="../../competence_app/exchange/merging.py" line="+90"/>
        <source>added {items}</source>
        <translation>agregado: {items}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated {items}</source>
        <translation>actualizado: {items}</translation>
    </message>
    <message>
        <source>{count} already up to date</source>
        <translation type="vanished">{count} ya al día</translation>
    </message>
    <message>
        <location filename="../../competence_app/exchange/validation.py" line="+60"/>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation type="vanished">perfiles</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>reflection</source>
        <translation>reflexión</translation>
    </message>
    <message>
        <source>reflections</source>
        <translation type="vanished">reflexiones</translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="vanished">respuesta</translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="vanished">respuestas</translation>
    </message>
    <message>
        <source>wellbeing and mentor section</source>
        <translation type="vanished">sección de bienestar y mentoría</translation>
    </message>
    <message>
        <source>wellbeing and mentor sections</source>
        <translation type="vanished">secciones de bienestar y mentoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>goals</source>
        <translation type="vanished">objetivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="vanished">acciones</translation>
    </message>
    <message>
        <source>support need</source>
        <translation type="vanished">necesidad de apoyo</translation>
    </message>
    <message>
        <source>support needs</source>
        <translation type="vanished">necesidades de apoyo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>feedback pack</source>
        <translation>paquete de comentarios</translation>
    </message>
    <message>
        <source>feedback packs</source>
        <translation type="vanished">paquetes de comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>round of feedback</source>
        <translation>ronda de comentarios</translation>
    </message>
    <message>
        <source>rounds of feedback</source>
        <translation type="vanished">rondas de comentarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>activities</source>
        <translation type="vanished">actividades</translation>
    </message>
    <message>
        <location filename="../../competence_app/exchange/merging.py" line="+36"/>
        <source>{items} and {last}</source>
        <translation>{items} y {last}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No data file was given, so nothing was imported.</source>
        <translation>No se indicó ningún archivo de datos, así que no se importó nada.</translation>
    </message>
    <message>
        <source>{failed} of the {total} files cannot be imported, so none of them has been. Nothing has been changed.</source>
        <translation type="vanished">No se pueden importar {failed} de los {total} archivos, así que no se importó ninguno. No se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <location line="-66"/>
        <source>Nothing new: all %n records were already here.</source>
        <translation>
            <numerusform>Nada nuevo: el %n registro ya estaba aquí.</numerusform>
            <numerusform>Nada nuevo: los %n registros ya estaban aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n ya al día</numerusform>
            <numerusform>%n ya al día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n profiles</source>
        <translation>
            <numerusform>%n perfil</numerusform>
            <numerusform>%n perfiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n answers</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n wellbeing and mentor sections</source>
        <translation>
            <numerusform>%n sección de bienestar y mentoría</numerusform>
            <numerusform>%n secciones de bienestar y mentoría</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n support needs</source>
        <translation>
            <numerusform>%n necesidad de apoyo</numerusform>
            <numerusform>%n necesidades de apoyo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n feedback packs</source>
        <translation>
            <numerusform>%n paquete de comentarios</numerusform>
            <numerusform>%n paquetes de comentarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rounds of feedback</source>
        <translation>
            <numerusform>%n ronda de comentarios</numerusform>
            <numerusform>%n rondas de comentarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n actividad</numerusform>
            <numerusform>%n actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{failed} of the %n files cannot be imported, so none of them has been. Nothing has been changed.</source>
        <translation>
            <numerusform>No se puede importar {failed} de %n archivo. No se ha cambiado nada.</numerusform>
            <numerusform>No se pueden importar {failed} de los %n archivos, así que no se importó ninguno. No se ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>These files cannot be merged into this data folder, because some of their ids already belong to other records here. Nothing has been changed.</source>
        <translation>Estos archivos no se pueden unir a esta carpeta de datos, porque algunos de sus ids ya pertenecen a otros registros de aquí. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The imported data could not be saved ({error}). Nothing has been changed.</source>
        <translation>No se pudieron guardar los datos importados ({error}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>another profile here already has a reflection with this id</source>
        <translation>otro perfil de aquí ya tiene una reflexión con este id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another profile here already has a goal with this id</source>
        <translation>otro perfil de aquí ya tiene un objetivo con este id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another goal here already has an action with this id</source>
        <translation>otro objetivo de aquí ya tiene una acción con este id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another goal here already has a support need with this id</source>
        <translation>otro objetivo de aquí ya tiene una necesidad de apoyo con este id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another profile here already has a feedback pack with this id</source>
        <translation>otro perfil de aquí ya tiene un paquete de comentarios con este id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another profile here already has a round of feedback with this id</source>
        <translation>otro perfil de aquí ya tiene una ronda de comentarios con este id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another profile here already has an activity with this id</source>
        <translation>otro perfil de aquí ya tiene una actividad con este id</translation>
    </message>
    <message>
        <source>{source} is {size}, larger than the {limit} MB a data file can be, so it has not been opened. Is it really a Citizen Leadership Companion data file? Nothing has been changed.</source>
        <translation type="vanished">{source} mide {size}, más que los {limit} MB que puede medir un archivo de datos, así que no se abrió. ¿Seguro que es un archivo de datos de Citizen Leadership Companion? No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../competence_app/exchange/reading.py" line="+58"/>
        <source>{name} cannot be imported because it has a problem. Nothing has been changed.</source>
        <translation>No se puede importar {name} porque tiene un problema. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} cannot be imported because it has {count} problems. Nothing has been changed.</source>
        <translation type="vanished">No se puede importar {name} porque tiene {count} problemas. No se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{name} cannot be imported because it has %n problems. Nothing has been changed.</source>
        <translation>
            <numerusform>No se puede importar {name} porque tiene %n problema. No se ha cambiado nada.</numerusform>
            <numerusform>No se puede importar {name} porque tiene %n problemas. No se ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a data file</source>
        <translation>un archivo de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>{name} is a folder, not a data file. Nothing has been changed.</source>
        <translation type="vanished">{name} es una carpeta, no un archivo de datos. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} is not an ordinary file. Nothing has been changed.</source>
        <translation type="vanished">{name} no es un archivo común. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The file {name} does not exist. Nothing has been changed.</source>
        <translation type="vanished">El archivo {name} no existe. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>You do not have permission to read {name}. Nothing has been changed.</source>
        <translation type="vanished">No tienes permiso para leer {name}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}). Nothing has been changed.</source>
        <translation type="vanished">No se puede leer {name} ({reason}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation type="vanished">más del límite</translation>
    </message>
    <message>
        <source>{name} is empty. Nothing has been changed.</source>
        <translation type="vanished">{name} está vacío. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} is not a data file: it is not UTF-8 text (the first unreadable byte is number {number}). Nothing has been changed.</source>
        <translation type="vanished">{name} no es un archivo de datos: no es texto UTF-8 (el primer byte que no se puede leer es el número {number}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} is not a data file: it is not valid JSON at line {line}, column {column} ({reason}). Nothing has been changed.</source>
        <translation type="vanished">{name} no es un archivo de datos: no es JSON válido en la línea {line}, columna {column} ({reason}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} is not a data file: it is nested far too deeply. Nothing has been changed.</source>
        <translation type="vanished">{name} no es un archivo de datos: tiene demasiados niveles anidados. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} is not a data file: {reason}. Nothing has been changed.</source>
        <translation type="vanished">{name} no es un archivo de datos: {reason}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} is not a data file: it contains a number with far too many digits. Nothing has been changed.</source>
        <translation type="vanished">{name} no es un archivo de datos: tiene un número con demasiadas cifras. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} ends too early, at line {line}: it may have been cut off while it was being copied or saved. Nothing has been changed.</source>
        <translation type="vanished">{name} termina antes de tiempo, en la línea {line}: puede que se haya cortado al copiarlo o guardarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>it contains {word}, which is not a number JSON allows</source>
        <translation type="vanished">contiene {word}, que no es un número que JSON permita</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{reason} Nothing has been changed.</source>
        <translation>{reason} No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} is not a Citizen Leadership Companion data file (it should start with {{). Nothing has been changed.</source>
        <translation type="vanished">{name} no es un archivo de datos de Citizen Leadership Companion (debería empezar con {{). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>its format is {format}</source>
        <translation type="vanished">su formato es {format}</translation>
    </message>
    <message>
        <source>it has no format field</source>
        <translation type="vanished">no tiene el campo format</translation>
    </message>
    <message>
        <source>{name} is not a Citizen Leadership Companion data file ({found}; it should be &quot;{format}&quot;). Nothing has been changed.</source>
        <translation type="vanished">{name} no es un archivo de datos de Citizen Leadership Companion ({found}; debería ser &quot;{format}&quot;). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} cannot be imported. Nothing has been changed.</source>
        <translation type="vanished">No se puede importar {name}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="vanished">falta</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="vanished">tiene que ser un número entero</translation>
    </message>
    <message>
        <source>Please update {app} to version {wanted} or later to import it.</source>
        <translation type="vanished">Actualiza {app} a la versión {wanted} o posterior para importarlo.</translation>
    </message>
    <message>
        <source>Please update {app} to a version that reads data file version {version}.</source>
        <translation type="vanished">Actualiza {app} a una versión que lea la versión {version} del archivo de datos.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of {app} (data file version {version}); this app is version {app_version} and reads data file versions up to {current}. {needed} Nothing has been changed.</source>
        <translation type="vanished">{name} se guardó con una versión más nueva de {app} (versión {version} del archivo de datos); esta aplicación es la versión {app_version} y lee archivos de datos hasta la versión {current}. {needed} No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../competence_app/exchange/upgrades.py" line="+76"/>
        <source>{source} is data file version {version}, older than any this app can read (the oldest is version {first}). Nothing has been changed.</source>
        <translation>{source} es un archivo de datos de la versión {version}, más antigua que cualquiera que esta aplicación pueda leer (la más antigua es la versión {first}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{source} says it is data file version {step}, but its contents do not match that version, so it cannot be brought up to date ({error}). Nothing has been changed.</source>
        <translation>{source} dice que es un archivo de datos de la versión {step}, pero su contenido no corresponde a esa versión, así que no se puede actualizar ({error}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{source} could not be brought up to date from version {step}.</source>
        <translation>No se pudo actualizar {source} desde la versión {step}.</translation>
    </message>
    <message>
        <source>(the whole file)</source>
        <translation type="vanished">(todo el archivo)</translation>
    </message>
    <message>
        <source>must be a JSON object (named fields between {open} and {close})</source>
        <translation type="vanished">tiene que ser un objeto JSON (campos con nombre entre {open} y {close})</translation>
    </message>
    <message>
        <source>is written twice in the same object; keep only one</source>
        <translation type="vanished">está escrito dos veces en el mismo objeto; deja solo uno</translation>
    </message>
    <message>
        <location filename="../../competence_app/exchange/validation.py" line="+287"/>
        <source>is not part of this data file format (misspelt?)</source>
        <translation>no forma parte de este formato de archivo de datos (¿está mal escrito?)</translation>
    </message>
    <message>
        <source>the id {id} is also used by {other}; each {kind} needs its own id</source>
        <translation type="vanished">el id {id} también lo usa {other}; cada {kind} necesita su propio id</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>support</source>
        <translation>apoyo</translation>
    </message>
    <message>
        <source>must be a whole number, {low} or more or null</source>
        <translation type="vanished">tiene que ser un número entero, {low} o más, o null</translation>
    </message>
    <message>
        <source>must be a whole number, {low} or more</source>
        <translation type="vanished">tiene que ser un número entero, {low} o más</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high} or null</source>
        <translation type="vanished">tiene que ser un número entero del {low} al {high}, o null</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}</source>
        <translation type="vanished">tiene que ser un número entero del {low} al {high}</translation>
    </message>
    <message>
        <source>must be text (in double quotes)</source>
        <translation type="vanished">tiene que ser texto (entre comillas dobles)</translation>
    </message>
    <message>
        <source>contains a broken character (a lone UTF-16 surrogate such as \ud800)</source>
        <translation type="vanished">contiene un carácter roto (un sustituto UTF-16 suelto, como \ud800)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="vanished">no puede estar vacío</translation>
    </message>
    <message>
        <source>must be a list (between [ and ])</source>
        <translation type="vanished">tiene que ser una lista (entre [ y ])</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="vanished">tiene que ser true o false</translation>
    </message>
    <message>
        <source>must be a date and time like {example} or null</source>
        <translation type="vanished">tiene que ser una fecha y hora como {example}, o null</translation>
    </message>
    <message>
        <source>must be a date and time like {example}</source>
        <translation type="vanished">tiene que ser una fecha y hora como {example}</translation>
    </message>
    <message>
        <source>must be a date like 2024-05-01, or &quot;&quot; for no date</source>
        <translation type="vanished">tiene que ser una fecha como 2024-05-01, o &quot;&quot; si no hay fecha</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation type="vanished">tiene que ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>must be {value}</source>
        <translation type="vanished">tiene que ser {value}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+34"/>
        <source>must be an id like {example} (lower-case, as the app writes them)</source>
        <translation>tiene que ser un id como {example} (en minúsculas, como los escribe la aplicación)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>must be an id of 32 lower-case letters a-f and digits, like {example}</source>
        <translation>tiene que ser un id de 32 letras minúsculas a-f y cifras, como {example}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>must be null when not_yet is true (&quot;not had the chance yet&quot; is not a level)</source>
        <translation>tiene que ser null cuando not_yet es true (&quot;todavía sin oportunidad&quot; no es un nivel)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{id} is answered twice in this reflection (also at {other})</source>
        <translation>{id} tiene dos respuestas en esta reflexión (también en {other})</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>must be null when not_seen is true (&quot;I haven&apos;t seen this&quot; is not a level)</source>
        <translation>tiene que ser null cuando not_seen es true (&quot;no lo he visto&quot; no es un nivel)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>must be a currency&apos;s three capital letters, such as GBP or EUR</source>
        <translation>debe ser el código de tres letras mayúsculas de una moneda, como EUR o GBP</translation>
    </message>
    <message>
        <location filename="../../competence_app/exchange/writing.py" line="+51"/>
        <source>Your data cannot be saved as a data file, because some of it is in a shape the file format does not allow. Your data has not been changed.</source>
        <translation>Tus datos no se pueden guardar como archivo de datos, porque una parte tiene una forma que el formato del archivo no permite. Tus datos no se han cambiado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your data would make a file of {size} MB, larger than a data file can be ({limit} MB). Your data has not been changed.</source>
        <translation>Tus datos darían un archivo de {size} MB, más grande de lo que puede ser un archivo de datos ({limit} MB). Tus datos no se han cambiado.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the data file</source>
        <translation>el archivo de datos</translation>
    </message>
    <message>
        <source>you do not have permission to write in that folder</source>
        <translation type="vanished">no tienes permiso para escribir en esa carpeta</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="vanished">el disco está lleno</translation>
    </message>
    <message>
        <source>you have used up your disk space allowance</source>
        <translation type="vanished">ya usaste todo el espacio en disco que tienes asignado</translation>
    </message>
    <message>
        <source>that disk or folder is read-only</source>
        <translation type="vanished">ese disco o esa carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>that folder does not exist</source>
        <translation type="vanished">esa carpeta no existe</translation>
    </message>
    <message>
        <source>part of that path is a file, not a folder</source>
        <translation type="vanished">una parte de esa ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>there is a folder with that name</source>
        <translation type="vanished">hay una carpeta con ese nombre</translation>
    </message>
    <message>
        <source>The data file could not be saved as {target}, because {reason}. No file has been written there and your data has not been changed. Please choose another place.</source>
        <translation type="vanished">No se pudo guardar el archivo de datos como {target}, porque {reason}. No se escribió ningún archivo allí y tus datos no se han cambiado. Elige otro lugar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no profile with the id {id} in this data folder, so there is nothing to save.</source>
        <translation>No hay ningún perfil con el id {id} en esta carpeta de datos, así que no hay nada que guardar.</translation>
    </message>
    <message>
        <location filename="../../competence_app/exchange/sealed.py" line="+64"/>
        <source>{name} is locked with a passphrase. Import it in the app (File &gt; Import data…), which asks for the passphrase. Nothing has been changed.</source>
        <translation>{name} está cerrado con una frase de contraseña. Impórtalo en la aplicación (Archivo &gt; Importar datos…), que te pedirá la frase. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That passphrase does not open {name}. Please try again. Nothing has been changed.</source>
        <translation>Esa frase de contraseña no abre {name}. Inténtalo de nuevo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is a locked data file, but it is damaged or from a newer version of the app, so it cannot be opened. Nothing has been changed.</source>
        <translation>{name} es un archivo de datos cerrado, pero está dañado o es de una versión más nueva de la aplicación, así que no se puede abrir. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/export_dialog.py" line="-111"/>
        <source>PDF, to read and print</source>
        <translation>PDF, para leer e imprimir</translation>
    </message>
    <message>
        <source>ODT, to add notes in Word or LibreOffice</source>
        <translation type="vanished">ODT, para agregar notas en Word o LibreOffice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word document (DOCX), to add notes</source>
        <translation>Documento de Word (DOCX), para agregar notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument (ODT), to add notes in LibreOffice</source>
        <translation>OpenDocument (ODT), para agregar notas en LibreOffice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (HTML), one file</source>
        <translation>Página web (HTML), un solo archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown, plain text</source>
        <translation>Markdown, texto simple</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary in words</source>
        <translation>Resumen en palabras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competence chart and table</source>
        <translation>Gráfico y tabla de competencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals and actions</source>
        <translation>Objetivos y acciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support I need</source>
        <translation>Apoyo que necesito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking after myself</source>
        <translation>Cómo me cuido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My examples and stories</source>
        <translation>Mis ejemplos e historias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What my mentor saw</source>
        <translation>Lo que vio mi mentor/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space for my mentor&apos;s notes</source>
        <translation>Espacio para las notas de mi mentor/a</translation>
    </message>
    <message>
        <location line="+177"/>
        <location filename="../../competence_app/gui/dialogs/record_dialog.py" line="-26"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../competence_app/gui/dialogs/record_dialog.py" line="+1"/>
        <source>Word document (*.docx)</source>
        <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texto OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save my plan as</source>
        <translation>Guardar mi plan como</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing your plan…</source>
        <translation>Escribiendo tu plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan was not saved</source>
        <translation>El plan no se guardó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan saved</source>
        <translation>Plan guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your plan is saved as:
{path}

Open it now?</source>
        <translation>Tu plan se guardó como:
{path}

¿Quieres abrirlo ahora?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sending your plan to the printer…</source>
        <translation>Enviando tu plan a la impresora…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan was not printed</source>
        <translation>El plan no se imprimió</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/feedback_dialog.py" line="+19"/>
        <source>Save the feedback pack as</source>
        <translation>Guardar el paquete de comentarios como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making the feedback pack…</source>
        <translation>Preparando el paquete de comentarios…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The feedback pack was not saved</source>
        <translation>El paquete de comentarios no se guardó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback pack saved</source>
        <translation>Paquete de comentarios guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your feedback pack is saved as:
{path}

Send it to them (by email or on a USB stick). It opens in any web browser. When their feedback file comes back, bring it in with File &gt; Import feedback.</source>
        <translation>Tu paquete de comentarios está guardado como:
{path}

Envíaselo (por correo electrónico o en una memoria USB). Se abre en cualquier navegador. Cuando vuelva su archivo de comentarios, tráelo con Archivo &gt; Importar comentarios.</translation>
    </message>
</context>
<context>
    <name>feedback_commands</name>
    <message>
        <location filename="../../competence_app/gui/shell/feedback_commands.py" line="+41"/>
        <location line="+75"/>
        <source>Import feedback</source>
        <translation>Importar comentarios</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Feedback files (*{suffix} *.json)</source>
        <translation>Archivos de comentarios (*{suffix} *.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+40"/>
        <source>No feedback was brought in</source>
        <translation>No se trajo ningún comentario</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>•  {giver}, given on {date}, on your reflection {reflection}: {comments} comments and {levels} levels seen</source>
        <translation>•  {giver}, del {date}, sobre tu reflexión {reflection}: {comments} comentarios y {levels} niveles vistos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no longer here)</source>
        <translation>(ya no está aquí)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(already here: it will be kept once, not twice)</source>
        <translation>(ya está aquí: se guardará una sola vez, no dos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep this feedback?</source>
        <translation>¿Guardar estos comentarios?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{files}

It is kept beside your own view, never mixed into it: your own answers do not change.</source>
        <translation>{files}

Se guardan junto a tu propia visión, nunca mezclados con ella: tus propias respuestas no cambian.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Feedback kept</source>
        <translation>Comentarios guardados</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open your profile first: feedback is kept beside your own reflection.</source>
        <translation>Abre primero tu perfil: los comentarios se guardan junto a tu propia reflexión.</translation>
    </message>
</context>
<context>
    <name>feedback_file</name>
    <message>
        <location filename="../../competence_app/exchange/feedback_file.py" line="+67"/>
        <source>contains a NUL character (\u0000), which plain text cannot hold</source>
        <translation>contiene un carácter NUL (\u0000), que el texto simple no puede contener</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be null when not_seen is true (&quot;I haven&apos;t seen this&quot;)</source>
        <translation>tiene que ser null cuando not_seen es true (&quot;no lo he visto&quot;)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be &quot;&quot; when anonymous is true</source>
        <translation>tiene que ser &quot;&quot; cuando anonymous es true</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>is not part of a feedback file (misspelt?)</source>
        <translation>no forma parte de un archivo de comentarios (¿está mal escrito?)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>this feedback answers a pack this app did not make (or one made on another computer or in another data folder), so it cannot be matched to a plan</source>
        <translation>estos comentarios responden a un paquete que esta aplicación no hizo (o que se hizo en otra computadora o en otra carpeta de datos), así que no se pueden asociar a un plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this feedback answers a plan from someone else, not yours; open their profile to bring it in</source>
        <translation>estos comentarios responden al plan de otra persona, no al tuyo; abre su perfil para traerlos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is not the reflection the pack was made from ({expected})</source>
        <translation>no es la reflexión con la que se hizo el paquete ({expected})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be false: this pack asked the giver to say who they are</source>
        <translation>tiene que ser false: este paquete pedía a quien responde que dijera quién es</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>{id} was not on the pack&apos;s form</source>
        <translation>{id} no estaba en el formulario del paquete</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Kept 1 new round of feedback.</source>
        <translation>Se guardó 1 ronda nueva de comentarios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept {count} new rounds of feedback.</source>
        <translation>Se guardaron {count} rondas nuevas de comentarios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already here, now replaced by the newer copy (kept once): {givers}.</source>
        <translation>Ya estaban aquí y se reemplazaron por la copia más nueva (se guardan una sola vez): {givers}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Already here, exactly the same, so kept once: {givers}.</source>
        <translation>Ya estaban aquí, exactamente iguales, así que se guardan una sola vez: {givers}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your own answers have not been changed.</source>
        <translation>Tus propias respuestas no han cambiado.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The feedback could not be saved ({error}). Nothing has been changed.</source>
        <translation>No se pudieron guardar los comentarios ({error}). No se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{failed} of the %n feedback files cannot be brought in, so none of them has been. Nothing has been changed.</source>
        <translation>
            <numerusform>{failed} de %n archivo de comentarios no se puede traer, así que no se trajo. No se ha cambiado nada.</numerusform>
            <numerusform>{failed} de los %n archivos de comentarios no se pueden traer, así que no se trajo ninguno. No se ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No feedback file was given, so nothing was brought in.</source>
        <translation>No se indicó ningún archivo de comentarios, así que no se trajo nada.</translation>
    </message>
    <message>
        <source>{failed} of the {total} feedback files cannot be brought in, so none of them has been. Nothing has been changed.</source>
        <translation type="vanished">{failed} de los {total} archivos de comentarios no se pueden traer, así que no se trajo ninguno. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a feedback file</source>
        <translation>un archivo de comentarios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{reason} Nothing has been changed.</source>
        <translation>{reason} No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} cannot be brought in because it has a problem. Nothing has been changed.</source>
        <translation>No se puede traer {name} porque tiene un problema. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} cannot be brought in because it has {count} problems. Nothing has been changed.</source>
        <translation>No se puede traer {name} porque tiene {count} problemas. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not a feedback file (it should start with {{). Nothing has been changed.</source>
        <translation>{name} no es un archivo de comentarios (debería empezar con {{). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is a data file, not a feedback file: bring it in with File &gt; Import data. Nothing has been changed.</source>
        <translation>{name} es un archivo de datos, no de comentarios: tráelo con Archivo &gt; Importar datos. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its format is {format}</source>
        <translation>su formato es {format}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no format field</source>
        <translation>no tiene el campo format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a feedback file ({found}; it should be &quot;{format}&quot;). Nothing has been changed.</source>
        <translation>{name} no es un archivo de comentarios ({found}; debería ser &quot;{format}&quot;). No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} was saved by a newer feedback form (feedback file version {version}); this app reads feedback files up to version {current}. Please update {app}, then bring it in again. Nothing has been changed.</source>
        <translation>{name} se guardó con un formulario de comentarios más nuevo (versión {version} del archivo de comentarios); esta aplicación lee archivos de comentarios hasta la versión {current}. Actualiza {app} y vuelve a traerlo. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>feedback_history</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/feedback_history.py" line="-179"/>
        <source>Given on {date}, on your reflection {reflection}</source>
        <translation>Del {date}, sobre tu reflexión {reflection}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no longer here)</source>
        <translation>(ya no está aquí)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} at level {level}</source>
        <translation>{count} en el nivel {level}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not seen</source>
        <translation>no visto</translation>
    </message>
    <message>
        <source>{competence}: you {mine}; seen {seen}</source>
        <translation type="vanished">{competence}: tú {mine}; visto {seen}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{competence}: my level {mine}; they saw {seen}</source>
        <translation>{competence}: mi nivel {mine}; vio {seen}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Competences</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested next step</source>
        <translation>Próximo paso sugerido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support offered</source>
        <translation>Apoyo ofrecido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A goal no longer in the plan</source>
        <translation>Un objetivo que ya no está en el plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal: {title}</source>
        <translation>Objetivo: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strengths seen</source>
        <translation>Fortalezas vistas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To focus on</source>
        <translation>En qué centrarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next steps agreed</source>
        <translation>Próximos pasos acordados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next meeting: {date}</source>
        <translation>Próxima reunión: {date}</translation>
    </message>
</context>
<context>
    <name>fieldcheck</name>
    <message>
        <location filename="../../competence_app/fieldcheck.py" line="+79"/>
        <source>is not part of this file&apos;s format (misspelt?)</source>
        <translation>no forma parte del formato de este archivo (¿está mal escrito?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(the whole file)</source>
        <translation>(todo el archivo)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a JSON object (named fields between {open} and {close})</source>
        <translation>tiene que ser un objeto JSON (campos con nombre entre {open} y {close})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is written twice in the same object; keep only one</source>
        <translation>está escrito dos veces en el mismo objeto; deja solo uno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the id {id} is also used by {other}; each {kind} needs its own id</source>
        <translation>el id {id} también lo usa {other}; cada {kind} necesita su propio id</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>must be text (in double quotes)</source>
        <translation>tiene que ser texto (entre comillas dobles)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contains a broken character (a lone UTF-16 surrogate such as \ud800)</source>
        <translation>contiene un carácter roto (un sustituto UTF-16 suelto, como \ud800)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>must be at most {count} characters long</source>
        <translation>tiene que tener como mucho {count} caracteres</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a list (between [ and ])</source>
        <translation>tiene que ser una lista (entre [ y ])</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must have at most {count} entries</source>
        <translation>tiene que tener como mucho {count} elementos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>must be true or false</source>
        <translation>tiene que ser true o false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a whole number from {low} to {high} or null</source>
        <translation>tiene que ser un número entero del {low} al {high}, o null</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a whole number from {low} to {high}</source>
        <translation>tiene que ser un número entero del {low} al {high}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a date and time like {example} or null</source>
        <translation>tiene que ser una fecha y hora como {example}, o null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date and time like {example}</source>
        <translation>tiene que ser una fecha y hora como {example}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be a date like 2024-05-01, or &quot;&quot; for no date</source>
        <translation>tiene que ser una fecha como 2024-05-01, o &quot;&quot; si no hay fecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a date like 2024-05-01, without a time</source>
        <translation>tiene que ser una fecha como 2024-05-01, sin hora</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be one of {choices}</source>
        <translation>tiene que ser uno de estos: {choices}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be {value}</source>
        <translation>tiene que ser {value}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{id} is listed twice (also at {other})</source>
        <translation>{id} aparece dos veces (también en {other})</translation>
    </message>
</context>
<context>
    <name>filecheck</name>
    <message>
        <location filename="../../competence_app/filecheck.py" line="+98"/>
        <source>The file {name} does not exist.</source>
        <translation>El archivo {name} no existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <source>{name} is a folder, not {kind}.</source>
        <translation>{name} es una carpeta, no {kind}.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>You do not have permission to read {name}.</source>
        <translation>No tienes permiso para leer {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} cannot be read ({reason}).</source>
        <translation>No se puede leer {name} ({reason}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>over the limit</source>
        <translation>más del límite</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name} is not an ordinary file (it may be a device or a pipe), so it has not been read.</source>
        <translation>{name} no es un archivo común (puede ser un dispositivo o una tubería), así que no se ha leído.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not {kind}: it is not UTF-8 text (the first unreadable byte is number {number}).</source>
        <translation>{name} no es {kind}: no es texto UTF-8 (el primer byte que no se puede leer es el número {number}).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} is not {kind}: it is not valid JSON at line {line}, column {column} ({reason}).</source>
        <translation>{name} no es {kind}: no es JSON válido en la línea {line}, columna {column} ({reason}).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is not {kind}: it contains {word}, which is not a number JSON allows.</source>
        <translation>{name} no es {kind}: contiene {word}, que no es un número que JSON permita.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{name} is not {kind}: it is not valid TOML ({reason}).</source>
        <translation>{name} no es {kind}: no es TOML válido ({reason}).</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>{name} is not {kind} (it should start with {{).</source>
        <translation>{name} no es {kind} (debería empezar con {{).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its format is {format}</source>
        <translation>su formato es {format}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no format field</source>
        <translation>no tiene el campo format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not {kind} ({found}; it should be &quot;{format}&quot;).</source>
        <translation>{name} no es {kind} ({found}; debería ser &quot;{format}&quot;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} cannot be read as {kind}: {place}: {problem}.</source>
        <translation>{name} no se puede leer como {kind}: {place}: {problem}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is {kind} in version {version} of its format, older than any this app can read (the oldest is version {oldest}).</source>
        <translation>{name} es {kind} en la versión {version} de su formato, más antigua que cualquiera que esta aplicación pueda leer (la más antigua es la versión {oldest}).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Please update {app} to version {wanted} or later to read it.</source>
        <translation>Actualiza {app} a la versión {wanted} o posterior para leerlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please update {app} to a version that reads version {version}.</source>
        <translation>Actualiza {app} a una versión que lea la versión {version}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was saved by a newer version of {app} ({kind} in version {version} of its format); this app is version {app_version} and reads versions up to {newest}. {needed}</source>
        <translation>{name} se guardó con una versión más nueva de {app} ({kind} en la versión {version} de su formato); esta aplicación es la versión {app_version} y lee hasta la versión {newest}. {needed}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{name} ends too early, at line {line}: it may have been cut off while it was being copied or saved.</source>
        <translation>{name} termina antes de tiempo, en la línea {line}: puede que se haya cortado al copiarlo o guardarlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is not {kind}: it is nested far too deeply.</source>
        <translation>{name} no es {kind}: tiene demasiados niveles anidados.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is not {kind}: it contains a number with far too many digits.</source>
        <translation>{name} no es {kind}: tiene un número con demasiadas cifras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is {size}, larger than the {limit} MB {kind} can be, so it has not been opened. Is it really {kind}?</source>
        <translation>{name} mide {size}, más que los {limit} MB que puede medir {kind}, así que no se abrió. ¿Seguro que es {kind}?</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../competence_app/files.py" line="+21"/>
        <source>that folder cannot be written to (or the file is open in another program)</source>
        <translation>no se puede escribir en esa carpeta (o el archivo está abierto en otro programa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>that disk or folder is read-only</source>
        <translation>ese disco o esa carpeta es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that folder does not exist</source>
        <translation>esa carpeta no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of that path is a file, not a folder</source>
        <translation>una parte de esa ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is a folder with that name</source>
        <translation>hay una carpeta con ese nombre</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{target} is a folder. Please choose a file name to save {what} as.</source>
        <translation>{target} es una carpeta. Elige un nombre de archivo para guardar {what}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} could not be replaced. It may be open in another program, or read-only. Please close it, or save {what} under another name.</source>
        <translation>No se pudo reemplazar {name}. Puede que esté abierto en otro programa o que sea de solo lectura. Ciérralo, o guarda {what} con otro nombre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is not enough space on the disk to save {name} in {folder}. Please free some space or choose another place. Nothing has been changed.</source>
        <translation>No hay espacio suficiente en el disco para guardar {name} en {folder}. Libera algo de espacio o elige otro lugar. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder {folder} cannot be found. Please choose another folder.</source>
        <translation>No se encuentra la carpeta {folder}. Elige otra carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder cannot be written to, so {what} cannot be saved in {folder}. Please choose another folder, such as your Documents folder.</source>
        <translation>No se puede escribir en esta carpeta, así que no se puede guardar {what} en {folder}. Elige otra carpeta, por ejemplo tu carpeta Documentos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} could not be saved in {folder}, because {reason}. Nothing has been changed.</source>
        <translation>No se pudo guardar {name} en {folder}, porque {reason}. No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <location filename="../../competence_app/formats.py" line="+40"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jan</source>
        <comment>short month</comment>
        <translation>ene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feb</source>
        <comment>short month</comment>
        <translation>feb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mar</source>
        <comment>short month</comment>
        <translation>mar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apr</source>
        <comment>short month</comment>
        <translation>abr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <comment>short month</comment>
        <translation>may</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jun</source>
        <comment>short month</comment>
        <translation>jun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jul</source>
        <comment>short month</comment>
        <translation>jul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aug</source>
        <comment>short month</comment>
        <translation>ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sep</source>
        <comment>short month</comment>
        <translation>sept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oct</source>
        <comment>short month</comment>
        <translation>oct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nov</source>
        <comment>short month</comment>
        <translation>nov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dec</source>
        <comment>short month</comment>
        <translation>dic</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{day} {month} {year}</source>
        <comment>short date</comment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} {month} {year}</source>
        <comment>long date</comment>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{date}, {time}</source>
        <comment>short date and time</comment>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} at {time}</source>
        <translation>{date} a las {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>,</source>
        <comment>thousands separator</comment>
        <translation>.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{whole}.{fraction}</source>
        <translation>{whole},{fraction}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{amount} has more decimals than {currency} uses.</source>
        <translation>{amount} tiene más decimales de los que usa {currency}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&apos;{text}&apos; is not an amount of money. Please type it like {example}.</source>
        <translation>«{text}» no es una cantidad de dinero. Escríbela así: {example}.</translation>
    </message>
</context>
<context>
    <name>framework</name>
    <message>
        <location filename="../../competence_app/domain/framework.py" line="+39"/>
        <source>The framework file {path} cannot be used:</source>
        <translation>No se puede usar el archivo del marco {path}:</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+47"/>
        <source>{where}: &apos;{key}&apos; is missing.</source>
        <translation>{where}: falta &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>{where}: &apos;{key}&apos; must be some text.</source>
        <translation>{where}: &apos;{key}&apos; tiene que ser un texto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: &apos;{key}&apos; must be at most {count} characters long.</source>
        <translation>{where}: &apos;{key}&apos; tiene que tener como mucho {count} caracteres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: &apos;{key}&apos; must have at most {count} entries.</source>
        <translation>{where}: &apos;{key}&apos; tiene que tener como mucho {count} elementos.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{where}: &apos;{key}&apos; must be a list of texts.</source>
        <translation>{where}: &apos;{key}&apos; tiene que ser una lista de textos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: &apos;{key}&apos; must have exactly {exact} entries, it has {count}.</source>
        <translation>{where}: &apos;{key}&apos; tiene que tener exactamente {exact} elementos; tiene {count}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: &apos;{key}&apos; must not be empty.</source>
        <translation>{where}: &apos;{key}&apos; no puede estar vacío.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The [[{key}]] entries are missing.</source>
        <translation>Faltan los elementos [[{key}]].</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{key}&apos; must be a list of [[{key}]] tables.</source>
        <translation>&apos;{key}&apos; tiene que ser una lista de tablas [[{key}]].</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{where}: the id &apos;{id}&apos; is used twice.</source>
        <translation>{where}: el id &apos;{id}&apos; se usa dos veces.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The [framework] section is missing.</source>
        <translation>Falta la sección [framework].</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Competence {number}</source>
        <translation>Competencia {number}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There must be at least one competence.</source>
        <translation>Tiene que haber al menos una competencia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role {number}</source>
        <translation>Rol {number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The [self_descriptions] section is missing.</source>
        <translation>Falta la sección [self_descriptions].</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Support {number}</source>
        <translation>Apoyo {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barrier {number}</source>
        <translation>Barrera {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact {number}</source>
        <translation>Impacto {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: the [roles.weights] table is missing.</source>
        <translation>{where}: falta la tabla [roles.weights].</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: the weight &apos;{id}&apos; names no competence in this file.</source>
        <translation>{where}: el peso &apos;{id}&apos; no nombra ninguna competencia de este archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: the weight for &apos;{id}&apos; must be a whole number from 0 to {highest}.</source>
        <translation>{where}: el peso de &apos;{id}&apos; tiene que ser un número entero del 0 al {highest}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: no weight is given for {ids}.</source>
        <translation>{where}: no hay un peso para {ids}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: at least one competence needs a weight above 0.</source>
        <translation>{where}: al menos una competencia necesita un peso mayor que 0.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>a framework file</source>
        <translation>un archivo de marco</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="vanished">El archivo no existe.</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}).</source>
        <translation type="vanished">No se puede leer el archivo ({reason}).</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8 text.</source>
        <translation type="vanished">El archivo no está guardado como texto UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid TOML: {error}.</source>
        <translation type="vanished">El archivo no es TOML válido: {error}.</translation>
    </message>
</context>
<context>
    <name>group</name>
    <message>
        <source>it should be a JSON object (named fields between {open} and {close})</source>
        <translation type="vanished">debería ser un objeto JSON (campos con nombre entre {open} y {close})</translation>
    </message>
    <message>
        <source>{key} is missing</source>
        <translation type="vanished">falta {key}</translation>
    </message>
    <message>
        <source>{key} is not part of a share file</source>
        <translation type="vanished">{key} no forma parte de un archivo para compartir</translation>
    </message>
    <message>
        <source>format must be &quot;{format}&quot;</source>
        <translation type="vanished">format tiene que ser &quot;{format}&quot;</translation>
    </message>
    <message>
        <source>schema_version must be {version}</source>
        <translation type="vanished">schema_version tiene que ser {version}</translation>
    </message>
    <message>
        <source>share_id must be a random id (a version 4 UUID in lower case)</source>
        <translation type="vanished">share_id tiene que ser un id al azar (un UUID de versión 4 en minúsculas)</translation>
    </message>
    <message>
        <source>app_version must be a short text</source>
        <translation type="vanished">app_version tiene que ser un texto corto</translation>
    </message>
    <message>
        <source>framework must hold just an id and a version</source>
        <translation type="vanished">framework tiene que tener solo un id y una versión</translation>
    </message>
    <message>
        <source>session must be a text of at most {count} characters</source>
        <translation type="vanished">session tiene que ser un texto de {count} caracteres como máximo</translation>
    </message>
    <message>
        <source>created must be a date written YYYY-MM-DD, without a time</source>
        <translation type="vanished">created tiene que ser una fecha escrita AAAA-MM-DD, sin hora</translation>
    </message>
    <message>
        <source>supports must be a list of support ids</source>
        <translation type="vanished">supports tiene que ser una lista de ids de apoyos</translation>
    </message>
    <message>
        <source>supports must list each support id once, as text</source>
        <translation type="vanished">supports tiene que nombrar cada id de apoyo una sola vez, como texto</translation>
    </message>
    <message>
        <source>{name} must be a list</source>
        <translation type="vanished">{name} tiene que ser una lista</translation>
    </message>
    <message>
        <source>{where} must have exactly these fields: {fields}</source>
        <translation type="vanished">{where} tiene que tener exactamente estos campos: {fields}</translation>
    </message>
    <message>
        <source>{where}.{field} must be a short text</source>
        <translation type="vanished">{where}.{field} tiene que ser un texto corto</translation>
    </message>
    <message>
        <source>{where}.{field} {id} is listed twice</source>
        <translation type="vanished">{where}.{field} {id} aparece dos veces</translation>
    </message>
    <message>
        <source>{where}.level must be a whole number from 1 to {highest}, or null</source>
        <translation type="vanished">{where}.level tiene que ser un número entero del 1 al {highest}, o null</translation>
    </message>
    <message>
        <source>{where}.not_yet must be true or false</source>
        <translation type="vanished">{where}.not_yet tiene que ser true o false</translation>
    </message>
    <message>
        <source>{where}: &apos;not had the chance yet&apos; cannot have a level as well</source>
        <translation type="vanished">{where}: &apos;todavía sin oportunidad&apos; no puede tener también un nivel</translation>
    </message>
    <message>
        <source>{where}.confidence must be a whole number from 1 to {highest}, or null</source>
        <translation type="vanished">{where}.confidence tiene que ser un número entero del 1 al {highest}, o null</translation>
    </message>
    <message>
        <source>{where}.develop must be true or false</source>
        <translation type="vanished">{where}.develop tiene que ser true o false</translation>
    </message>
    <message>
        <source>{where}.look_back must be a whole number from 1 to {highest}, or null</source>
        <translation type="vanished">{where}.look_back tiene que ser un número entero del 1 al {highest}, o null</translation>
    </message>
    <message>
        <source>{where}.{key} must be a whole number from 0 to {highest}, or null</source>
        <translation type="vanished">{where}.{key} tiene que ser un número entero del 0 al {highest}, o null</translation>
    </message>
    <message>
        <source>name must be a text of at most {count} characters</source>
        <translation type="vanished">name tiene que ser un texto de {count} caracteres como máximo</translation>
    </message>
    <message>
        <source>self_words must be a list of short texts</source>
        <translation type="vanished">self_words tiene que ser una lista de textos cortos</translation>
    </message>
    <message>
        <source>stories must be a list of {kind, item_id, text}, kind being competence or role</source>
        <translation type="vanished">stories tiene que ser una lista de {kind, item_id, text}, donde kind es competence o role</translation>
    </message>
    <message>
        <source>support_details must be a list of {support_id, detail}</source>
        <translation type="vanished">support_details tiene que ser una lista de {support_id, detail}</translation>
    </message>
    <message>
        <source>{target} is a folder. Please give a file name for {what}.</source>
        <translation type="vanished">{target} es una carpeta. Escribe un nombre de archivo para {what}.</translation>
    </message>
    <message>
        <source>{what} could not be saved as {target}, because {reason}. Nothing has been written there. Please choose another place.</source>
        <translation type="vanished">{what} no se pudo guardar como {target}, porque {reason}. No se escribió nada allí. Elige otro lugar.</translation>
    </message>
    <message>
        <location filename="../../competence_app/group/loading.py" line="+42"/>
        <source>Counted: {path}</source>
        <translation>Se contó: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted once: {path}. {reason}</source>
        <translation>Se contó una sola vez: {path}. {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not counted: {path}. {reason}</source>
        <translation>No se contó: {path}. {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n counted</source>
        <translation>
            <numerusform>%n contado</numerusform>
            <numerusform>%n contados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n the same as another (counted once)</source>
        <translation>
            <numerusform>%n igual a otro (se cuenta una sola vez)</numerusform>
            <numerusform>%n iguales a otro (se cuentan una sola vez)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not counted</source>
        <translation>
            <numerusform>%n sin contar</numerusform>
            <numerusform>%n sin contar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n files: {parts}.</source>
        <translation>
            <numerusform>%n archivo: {parts}.</numerusform>
            <numerusform>%n archivos: {parts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+111"/>
        <source>; and %n more</source>
        <translation>
            <numerusform>; y %n más</numerusform>
            <numerusform>; y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} counted</source>
        <translation type="vanished">se contaron: {count}</translation>
    </message>
    <message>
        <source>{count} the same as another (counted once)</source>
        <translation type="vanished">iguales a otro: {count} (se cuentan una sola vez)</translation>
    </message>
    <message>
        <source>{count} not counted</source>
        <translation type="vanished">no se contaron: {count}</translation>
    </message>
    <message>
        <source>1 file: {parts}.</source>
        <translation type="vanished">1 archivo: {parts}.</translation>
    </message>
    <message>
        <source>{count} files: {parts}.</source>
        <translation type="vanished">{count} archivos: {parts}.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>It is the same share as {name}, so it is counted only once.</source>
        <translation>Es lo mismo que se compartió en {name}, así que se cuenta una sola vez.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This folder has no share files (ending {suffix}) directly in it. Folders inside it are not looked in.</source>
        <translation>Esta carpeta no tiene archivos para compartir (terminados en {suffix}) directamente adentro. No se buscan en las carpetas que tiene adentro.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a share file</source>
        <translation>un archivo para compartir</translation>
    </message>
    <message>
        <source>It is empty.</source>
        <translation type="vanished">Está vacío.</translation>
    </message>
    <message>
        <source>It is not a share file: it is not text (UTF-8).</source>
        <translation type="vanished">No es un archivo para compartir: no es texto (UTF-8).</translation>
    </message>
    <message>
        <source>it contains a broken character (a lone surrogate) that cannot be stored</source>
        <translation type="vanished">contiene un carácter roto (un sustituto suelto) que no se puede guardar</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation type="vanished">; y {count} más</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Some of its answers cannot be used: {problems}.</source>
        <translation>Algunas de sus respuestas no se pueden usar: {problems}.</translation>
    </message>
    <message>
        <source>It is not an ordinary file.</source>
        <translation type="vanished">No es un archivo común.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation type="vanished">Ese archivo no existe.</translation>
    </message>
    <message>
        <source>You do not have permission to read it.</source>
        <translation type="vanished">No tienes permiso para leerlo.</translation>
    </message>
    <message>
        <source>It cannot be read ({reason}).</source>
        <translation type="vanished">No se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>It is {size} MB, more than the 1 MB a share file can be, so it was not read.</source>
        <translation type="vanished">Mide {size} MB, más que el 1 MB que puede medir un archivo para compartir, así que no se leyó.</translation>
    </message>
    <message>
        <source>It ends too early: it may have been cut off while it was being copied.</source>
        <translation type="vanished">Termina antes de tiempo: puede que se haya cortado al copiarlo.</translation>
    </message>
    <message>
        <source>It is not a share file: it is not valid JSON (line {line}, column {column}).</source>
        <translation type="vanished">No es un archivo para compartir: no es JSON válido (línea {line}, columna {column}).</translation>
    </message>
    <message>
        <source>It is not a share file: it is not JSON this app can read.</source>
        <translation type="vanished">No es un archivo para compartir: no es un JSON que esta aplicación pueda leer.</translation>
    </message>
    <message>
        <source>It is not a share file (it should start with {).</source>
        <translation type="vanished">No es un archivo para compartir (debería empezar con {).</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>It is a whole data file, not a share file. A data file holds a person&apos;s stories and plan, so it is not used here: please ask for a share file instead.</source>
        <translation>Es un archivo de datos completo, no un archivo para compartir. Un archivo de datos tiene las historias y el plan de una persona, así que aquí no se usa: pide un archivo para compartir en su lugar.</translation>
    </message>
    <message>
        <source>its format is {format}</source>
        <translation type="vanished">su formato es {format}</translation>
    </message>
    <message>
        <source>it has no format</source>
        <translation type="vanished">no tiene formato</translation>
    </message>
    <message>
        <source>It is not a share file ({what}).</source>
        <translation type="vanished">No es un archivo para compartir ({what}).</translation>
    </message>
    <message>
        <source>Some of its answers cannot be used: schema_version must be a whole number.</source>
        <translation type="vanished">Algunas de sus respuestas no se pueden usar: schema_version tiene que ser un número entero.</translation>
    </message>
    <message>
        <source>It was made by a newer version of the app (share file version {version}); this app reads version {current}. Please update the app to count it.</source>
        <translation type="vanished">Se hizo con una versión más nueva de la aplicación (versión {version} del archivo para compartir); esta aplicación lee la versión {current}. Actualiza la aplicación para contarlo.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>It was made with a different framework ({found}); this summary uses &quot;{wanted}&quot;.</source>
        <translation>Se hizo con otro marco ({found}); este resumen usa &quot;{wanted}&quot;.</translation>
    </message>
    <message>
        <source>&apos;{format}&apos; is not a format the group report can be written in. Choose one of: {formats}.</source>
        <translation type="vanished">&apos;{format}&apos; no es un formato en el que se pueda escribir el informe del grupo. Elige uno de estos: {formats}.</translation>
    </message>
    <message>
        <source>The paper size must be one of: {sizes}.</source>
        <translation type="vanished">El tamaño del papel tiene que ser uno de estos: {sizes}.</translation>
    </message>
    <message>
        <source>{output} is a folder. Please give a file name for the report.</source>
        <translation type="vanished">{output} es una carpeta. Escribe un nombre de archivo para el informe.</translation>
    </message>
    <message>
        <source>The report</source>
        <translation type="vanished">El informe</translation>
    </message>
    <message>
        <source>The PDF could not be made. Nothing has been saved.</source>
        <translation type="vanished">No se pudo crear el PDF. No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../competence_app/group/share.py" line="-228"/>
        <source>This person is no longer in the app, so there is nothing to share.</source>
        <translation>Esta persona ya no está en la aplicación, así que no hay nada que compartir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That reflection is not one of this person&apos;s, so it cannot be shared.</source>
        <translation>Esa reflexión no es de esta persona, así que no se puede compartir.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The share file cannot be made, because some answers are in a shape the share file does not allow: {problems}.</source>
        <translation>No se puede crear el archivo para compartir, porque algunas respuestas tienen una forma que el archivo para compartir no permite: {problems}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The share file would be larger than a share file can be (1 MB), because of the stories in it. Please share without your stories, or shorten them.</source>
        <translation>El archivo para compartir sería más grande de lo permitido (1 MB), por las historias que tiene. Comparte sin tus historias, o hazlas más cortas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The share file</source>
        <translation>El archivo para compartir</translation>
    </message>
    <message>
        <location filename="../../competence_app/group/summary.py" line="+36"/>
        <source>These files were checked against the framework &quot;{checked}&quot;, not &quot;{wanted}&quot;. Please load them again with this framework.</source>
        <translation>Estos archivos se revisaron con el marco &quot;{checked}&quot;, no con &quot;{wanted}&quot;. Vuelve a cargarlos con este marco.</translation>
    </message>
    <message>
        <source>There is only 1 person in this group. With fewer than {minimum}, a table with a row per person would show each person&apos;s own answers, so it has not been made. The report shows how many took part.</source>
        <translation type="vanished">En este grupo hay solo 1 persona. Con menos de {minimum}, una tabla con una fila por persona mostraría las respuestas de cada persona, así que no se creó. El informe muestra cuántas personas participaron.</translation>
    </message>
    <message>
        <source>There are only {count} people in this group. With fewer than {minimum}, a table with a row per person would show each person&apos;s own answers, so it has not been made. The report shows how many took part.</source>
        <translation type="vanished">En este grupo hay solo {count} personas. Con menos de {minimum}, una tabla con una fila por persona mostraría las respuestas de cada persona, así que no se creó. El informe muestra cuántas personas participaron.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../competence_app/group/tables.py" line="+86"/>
        <source>There are only %n people in this group. With fewer than {minimum}, a table with a row per person would show each person&apos;s own answers, so it has not been made. The report shows how many took part.</source>
        <translation>
            <numerusform>En este grupo hay solo %n persona. Con menos de {minimum}, una tabla con una fila por persona mostraría las respuestas de cada persona, así que no se creó. El informe muestra cuántas personas participaron.</numerusform>
            <numerusform>En este grupo hay solo %n personas. Con menos de {minimum}, una tabla con una fila por persona mostraría las respuestas de cada persona, así que no se creó. El informe muestra cuántas personas participaron.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Activities in the last 12 months</source>
        <translation>Actividades en los últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours given in the last 12 months</source>
        <translation>Horas dedicadas en los últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours unpaid in the last 12 months</source>
        <translation>Horas sin pagar en los últimos 12 meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenses still owed</source>
        <translation>Gastos todavía pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenses owed for more than {days} days</source>
        <translation>Gastos pendientes desde hace más de {days} días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days the longest has waited</source>
        <translation>Días que lleva esperando el más antiguo</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The CSV file</source>
        <translation>El archivo CSV</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The SQLite file could not be made ({error}). Nothing has been written.</source>
        <translation>No se pudo crear el archivo SQLite ({error}). No se escribió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SQLite file</source>
        <translation>El archivo SQLite</translation>
    </message>
    <message>
        <location filename="../../competence_app/group/fileformat.py" line="+69"/>
        <source>must be null when not_yet is true (&quot;not had the chance yet&quot; is not a level)</source>
        <translation>tiene que ser null cuando not_yet es true (&quot;todavía sin oportunidad&quot; no es un nivel)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a random id (a version 4 UUID in lower case)</source>
        <translation>tiene que ser un id al azar (un UUID de versión 4 en minúsculas)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>is not part of a share file (misspelt?)</source>
        <translation>no forma parte de un archivo para compartir (¿está mal escrito?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is only in share files of version 2 or later (this is {version})</source>
        <translation>solo puede estar en archivos para compartir de la versión 2 o posterior (este es de la versión {version})</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../competence_app/gui/shell/privacy.py" line="-79"/>
        <source>Where is my data?</source>
        <translation>¿Dónde están mis datos?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything you write is kept on this computer only, in this folder:

{folder}

It holds your answers (companion.sqlite3) and automatic backups (the backups folder). Nothing is ever sent over the internet.</source>
        <translation>Todo lo que escribes se guarda solo en esta computadora, en esta carpeta:

{folder}

Ahí están tus respuestas (companion.sqlite3) y las copias de seguridad automáticas (la carpeta backups). Nunca se envía nada por internet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
</context>
<context>
    <name>profile_lock</name>
    <message>
        <location filename="../../competence_app/gui/shell/shared_laptop.py" line="-74"/>
        <source>The passphrase is removed from your profile.</source>
        <translation>Se ha quitado la frase de contraseña de tu perfil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your profile is protected. You will be asked for the passphrase each time it is opened.</source>
        <translation>Tu perfil está protegido. Se te pedirá la frase de contraseña cada vez que se abra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed</source>
        <translation>No se cambió nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I&apos;m done on this laptop</source>
        <translation>He terminado en esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First you choose where to save your data file (for example on your USB stick). Then your profile, your reflections, your plan and every backup of them are removed from this laptop for good.

The data file holds your stories too: keep it somewhere safe. You can bring it into the app on another computer with File &gt; Import data….

Go ahead?</source>
        <translation>Primero eliges dónde guardar tu archivo de datos (por ejemplo, en tu memoria USB). Después se borran para siempre de esta computadora tu perfil, tus reflexiones, tu plan y todas sus copias de seguridad.

El archivo de datos también guarda tus historias: guárdalo en un lugar seguro. Puedes traerlo a la aplicación en otra computadora con Archivo &gt; Importar datos….

¿Seguimos?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save my data file</source>
        <translation>Guardar mi archivo de datos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was removed</source>
        <translation>No se borró nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data file could not be saved, so your profile stays on this laptop.

{reason}</source>
        <translation>No se pudo guardar tu archivo de datos, así que tu perfil sigue en esta computadora.

{reason}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data file is saved as:
{path}

Your profile has been removed from this laptop. Thank you, and goodbye for now.</source>
        <translation>Tu archivo de datos está guardado como:
{path}

Tu perfil se ha borrado de esta computadora. Gracias, y hasta pronto.</translation>
    </message>
</context>
<context>
    <name>sealing</name>
    <message>
        <location filename="../../competence_app/store/sealing.py" line="+117"/>
        <location line="+48"/>
        <source>This profile is locked: give its passphrase to open it.</source>
        <translation>Este perfil está protegido: escribe su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Some of this profile&apos;s words cannot be opened with this key.</source>
        <translation>Algunas palabras de este perfil no se pueden abrir con esta clave.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>That passphrase does not open this profile. Please try again.</source>
        <translation>Esa frase de contraseña no abre este perfil. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Give the current passphrase to change it.</source>
        <translation>Escribe la frase de contraseña actual para cambiarla.</translation>
    </message>
</context>
<context>
    <name>share</name>
    <message>
        <source>Where should the share file go? (a USB stick works)</source>
        <translation type="vanished">¿Dónde quieres guardar el archivo para compartir? (sirve una memoria USB)</translation>
    </message>
    <message>
        <location filename="../../competence_app/gui/dialogs/share_dialog.py" line="+41"/>
        <source>Save the share file (a USB stick works)</source>
        <translation>Guardar el archivo para compartir (sirve una memoria USB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share files (*{suffix})</source>
        <translation>Archivos para compartir (*{suffix})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The share file was not saved</source>
        <translation>El archivo para compartir no se guardó</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share file saved</source>
        <translation>Archivo para compartir guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your share file is saved as:
{path}

Give it to your facilitator.</source>
        <translation>Tu archivo para compartir se guardó como:
{path}

Dáselo a la persona que facilita tu grupo.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <location filename="../../competence_app/gui/dialogs/shortcuts_dialog.py" line="-38"/>
        <source>Next page of the reflection</source>
        <translation>Página siguiente de la reflexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous page of the reflection</source>
        <translation>Página anterior de la reflexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a level (on a competence page)</source>
        <translation>Elegir un nivel (en una página de competencia)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“I haven&apos;t had the chance yet” (on a competence page)</source>
        <translation>“Todavía no tuve la oportunidad” (en una página de competencia)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the scale you are on (on a role page)</source>
        <translation>Marcar la escala en la que estás (en una página de rol)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the option that has focus</source>
        <translation>Elegir la opción que tiene el foco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next control</source>
        <translation>Ir al siguiente control</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>or</source>
        <translation>o</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../competence_app/store/backups.py" line="+90"/>
        <source>The new backup did not pass its check, so it was not kept.</source>
        <translation>La nueva copia de seguridad no pasó su revisión, así que no se guardó.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A backup could not be made in {folder} ({error}).</source>
        <translation>No se pudo hacer una copia de seguridad en {folder} ({error}).</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>The backup {name} is damaged, so it was not restored.</source>
        <translation>La copia de seguridad {name} está dañada, así que no se restauró.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The restored copy did not pass its check; nothing was changed.</source>
        <translation>La copia restaurada no pasó su revisión; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup could not be restored ({error}). Nothing was changed.</source>
        <translation>No se pudo restaurar la copia de seguridad ({error}). No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../competence_app/store/database.py" line="+103"/>
        <source>Your data file has a fault, so nothing was done. Close the app and open it again: it will put the damaged file aside and restore your newest good backup (File &gt; Backups… lists them).</source>
        <translation>Tu archivo de datos tiene un fallo, así que no se hizo nada. Cierra la aplicación y ábrela otra vez: apartará el archivo dañado y restaurará tu copia de seguridad buena más reciente (Archivo &gt; Copias de seguridad… las muestra).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your data file {path} is empty, but there are backups of your data. Open the app: it restores the newest good backup. Nothing has been changed.</source>
        <translation>Tu archivo de datos {path} está vacío, pero hay copias de seguridad de tus datos. Abre la aplicación: restaurará la copia buena más reciente. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your data was not updated to this version, because a backup could not be made first. {error}</source>
        <translation>Tus datos no se actualizaron a esta versión, porque antes no se pudo hacer una copia de seguridad. {error}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+48"/>
        <source>The database {path} cannot be opened ({error}). It has not been changed.</source>
        <translation>No se puede abrir la base de datos {path} ({error}). No se ha cambiado.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>The database {path} was made by a newer version of Citizen Leadership Companion. Please update the app to open it; the file has not been changed.</source>
        <translation>La base de datos {path} se creó con una versión más nueva de Citizen Leadership Companion. Actualiza la aplicación para abrirla; el archivo no se ha cambiado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no saved data in {path} yet.</source>
        <translation>Todavía no hay datos guardados en {path}.</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Your data file was empty or missing, so your most recent good backup, from {when}, has been restored. Anything you wrote after that time may be missing.</source>
        <translation>Tu archivo de datos estaba vacío o no estaba, así que se ha restaurado tu copia de seguridad buena más reciente, del {when}. Puede faltar lo que escribiste después.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your data file was damaged, so it has been put aside, not deleted:
{damaged}

Your most recent good backup, from {when}, has been restored. Anything you wrote after that time may be missing.</source>
        <translation>Tu archivo de datos estaba dañado, así que se apartó (no se borró):
{damaged}

Se restauró tu copia de seguridad buena más reciente, del {when}. Puede faltar lo que escribiste después de ese momento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your data file was damaged, so it has been put aside, not deleted:
{damaged}

There was no good backup to restore, so the app starts afresh.</source>
        <translation>Tu archivo de datos estaba dañado, así que se apartó (no se borró):
{damaged}

No había ninguna copia de seguridad buena para restaurar, así que la aplicación empieza de nuevo.</translation>
    </message>
    <message>
        <source>{day} {month} {year} at {time}</source>
        <translation type="vanished">{day} de {month} de {year} a las {time}</translation>
    </message>
    <message>
        <source>January</source>
        <translation type="vanished">enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation type="vanished">febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation type="vanished">marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation type="vanished">abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation type="vanished">mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation type="vanished">junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation type="vanished">julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation type="vanished">agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation type="vanished">septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation type="vanished">octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation type="vanished">noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation type="vanished">diciembre</translation>
    </message>
    <message>
        <location filename="../../competence_app/store/lock.py" line="+40"/>
        <source>Citizen Leadership Companion is already open with the data in {folder}. Please use that window, or close it first, so no answer is lost.</source>
        <translation>Citizen Leadership Companion ya está abierto con los datos de {folder}. Usa esa ventana, o ciérrala primero, para que no se pierda ninguna respuesta.</translation>
    </message>
    <message>
        <location filename="../../competence_app/store/profiles.py" line="+79"/>
        <source>Person {number}</source>
        <translation>Persona {number}</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../competence_app/gui/widgets/basics.py" line="+74"/>
        <source>heading level {level}</source>
        <translation>encabezado de nivel {level}</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
</context>
<context>
    <name>worksheet</name>
    <message>
        <location filename="../../competence_app/gui/shell/worksheet_commands.py" line="+21"/>
        <source>Blank worksheet</source>
        <translation>Hoja de trabajo en blanco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paper version of the reflection, for anyone without a laptop. Their answers can be typed in later with Group &gt; Enter answers from paper.</source>
        <translation>Una versión en papel de la reflexión, para quien no tenga computadora. Sus respuestas se pueden pasar después con Grupo &gt; Pasar respuestas desde el papel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the blank worksheet as</source>
        <translation>Guardar la hoja de trabajo en blanco como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Making the worksheet…</source>
        <translation>Preparando la hoja de trabajo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending the worksheet to the printer…</source>
        <translation>Enviando la hoja de trabajo a la impresora…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The worksheet was not made</source>
        <translation>No se pudo crear la hoja de trabajo</translation>
    </message>
</context>
</TS>
