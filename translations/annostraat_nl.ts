<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../app/gui/qtstrings.cpp" line="+45"/>
        <source>&amp;Select All</source>
        <translation>Alles &amp;selecteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>O&amp;mlaag</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-17"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Opnieu&amp;w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location line="-24"/>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter (numeriek)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Del</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Pijl-links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Pijl-rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Pijl-omhoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Pijl-omlaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PgUp</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PgDown</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Opnieu&amp;w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Linklocatie kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>annostraat::AddItems</name>
    <message>
        <location filename="../core/store/additems.cpp" line="+41"/>
        <location line="+36"/>
        <source>there is no task &quot;%1&quot;</source>
        <translation>er is geen taak &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item %1 (%2) is in the task already; nothing was written</source>
        <translation>item %1 (%2) zit al in de taak; er is niets geschreven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>someone has worked on the new item %1 since it was added; nothing was taken out</source>
        <translation>iemand heeft aan het nieuwe item %1 gewerkt sinds het werd toegevoegd; er is niets weggehaald</translation>
    </message>
</context>
<context>
    <name>annostraat::AnnotationKindInfo</name>
    <message>
        <location filename="../core/model/kinds/annotationkindinfo.cpp" line="+23"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotation %1 (%2): %3</source>
        <translation>annotatie %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>annostraat::AnnotationList</name>
    <message>
        <location filename="../widgets/annotationlist.cpp" line="+106"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>? %1 · %2 (suggestion)</source>
        <translation>? %1 · %2 (voorstel)</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+219"/>
        <source>Annotations</source>
        <translation>Annotaties</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>%1 · %2 %3</source>
        <comment>label or attributes so far, attribute name, its value</comment>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (%2)</source>
        <comment>a row&apos;s text, its number among rows that read the same</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — feedback: “%2”</source>
        <translation>%1 — feedback: “%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press Delete to remove</source>
        <translation>Druk op Delete om te verwijderen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A suggestion: Enter accepts it, Delete rejects it; changing it accepts it too</source>
        <translation>Een voorstel: Enter neemt het over, Delete wijst het af; als je het verandert, neem je het ook over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space shows or hides it on the image; Delete removes it</source>
        <translation>Spatie toont of verbergt hem op de afbeelding; Delete verwijdert hem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reviewer&apos;s comment: %1</source>
        <translation>De opmerking van de reviewer: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No annotations on this item yet.</source>
        <translation>Nog geen annotaties op dit item.</translation>
    </message>
</context>
<context>
    <name>annostraat::AnnotationNames</name>
    <message>
        <location filename="../widgets/review/annotationnames.cpp" line="+13"/>
        <source>%1, a label no longer in the task</source>
        <translation>%1, een label dat niet meer in de taak zit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
</context>
<context>
    <name>annostraat::AnswerKind</name>
    <message>
        <location filename="../core/model/kinds/answerkind.cpp" line="+16"/>
        <source>&quot;answer&quot; is missing</source>
        <translation>&quot;answer&quot; ontbreekt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <location filename="../core/model/kinds/answerkind.h" line="+21"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
</context>
<context>
    <name>annostraat::AssignmentPlan</name>
    <message>
        <location filename="../core/store/assignmentplan.cpp" line="+35"/>
        <location line="+168"/>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>er is geen profiel &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>%1 is named twice</source>
        <translation>%1 is twee keer genoemd</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there is no task &quot;%1&quot;</source>
        <translation>er is geen taak &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>name at least one annotator to assign</source>
        <translation>noem minstens één annotator om toe te wijzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+133"/>
        <source>%1 annotators per item is not possible with %2 annotators</source>
        <translation>%1 annotatoren per item is niet mogelijk met %2 annotatoren</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>items %1 to %2 is not a range of this task&apos;s items (1 to %3)</source>
        <translation>items %1 tot en met %2 liggen niet binnen de items van deze taak (1 tot en met %3)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>name at least one person to take over %1&apos;s items</source>
        <translation>noem minstens één persoon die de items van %1 overneemt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s items cannot go to %1</source>
        <translation>de items van %1 kunnen niet naar %1 gaan</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the assignments changed after this plan was made (a sync or another window); nothing was written, make the plan again</source>
        <translation>de toewijzingen zijn veranderd nadat dit plan werd gemaakt (door een synchronisatie of een ander venster); er is niets opgeslagen, maak het plan opnieuw</translation>
    </message>
</context>
<context>
    <name>annostraat::AssignmentView</name>
    <message>
        <location filename="../widgets/teamlead/assignmentview.cpp" line="+106"/>
        <source>%1 has %2</source>
        <translation>%1 heeft %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gets %2 with this plan</source>
        <translation>%1 krijgt %2 met dit plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loses %2 with this plan</source>
        <translation>%1 raakt %2 kwijt met dit plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not have %2</source>
        <translation>%1 heeft %2 niet</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>The store could not be read: %1</source>
        <translation>De opslag kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Tick the people who get items (Space ticks the chosen row).</source>
        <translation>Vink de mensen aan die items krijgen (Spatie vinkt de gekozen regel aan).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>People per item: %n. Tick at least that many people.</source>
        <translation>
            <numerusform>Mensen per item: %n. Vink minstens zoveel mensen aan.</numerusform>
            <numerusform>Mensen per item: %n. Vink minstens zoveel mensen aan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This task has no items.</source>
        <translation>Deze taak heeft geen items.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last item (%1) comes before the first (%2).</source>
        <translation>Het laatste item (%1) komt vóór het eerste (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody has items of this task yet.</source>
        <translation>Nog niemand heeft items van deze taak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the people who take over %1&apos;s unfinished items.</source>
        <translation>Vink de mensen aan die de onafgemaakte items van %1 overnemen.</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%1: %n item(s) now</source>
        <translation>
            <numerusform>%1: nu %n item</numerusform>
            <numerusform>%1: nu %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n item(s) now, the same after the plan</source>
        <translation>
            <numerusform>%1: nu %n item, na het plan evenveel</numerusform>
            <numerusform>%1: nu %n items, na het plan evenveel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 now, %3 after the plan</source>
        <translation>%1: nu %2, na het plan %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Ongedaan maken: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation>Niets om ongedaan te maken (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Opnieuw: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to redo (Ctrl+Shift+Z)</source>
        <translation>Niets om opnieuw te doen (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no unfinished items that can move.</source>
        <translation>%1 heeft geen onafgemaakte items die over kunnen gaan.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The plan: %n unfinished item(s) of %1 go to others. Their finished work stays theirs. Nothing is written until Apply.</source>
        <translation>
            <numerusform>Het plan: %n onafgemaakt item van %1 gaat naar een ander. Afgemaakt werk blijft van %1. Er wordt niets opgeslagen tot Toepassen.</numerusform>
            <numerusform>Het plan: %n onafgemaakte items van %1 gaan naar anderen. Afgemaakt werk blijft van %1. Er wordt niets opgeslagen tot Toepassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) stay with %1: everyone ticked has them already.</source>
        <translation>
            <numerusform>%n item blijft bij %1: iedereen die is aangevinkt, heeft het al.</numerusform>
            <numerusform>%n items blijven bij %1: iedereen die is aangevinkt, heeft ze al.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Every item already has %n person(s) or more: the plan changes nothing.</source>
        <translation>
            <numerusform>Elk item heeft al %n persoon of meer: het plan verandert niets.</numerusform>
            <numerusform>Elk item heeft al %n personen of meer: het plan verandert niets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The plan: %n new assignment(s). Nothing is written until Apply.</source>
        <translation>
            <numerusform>Het plan: %n nieuwe toewijzing. Er wordt niets opgeslagen tot Toepassen.</numerusform>
            <numerusform>Het plan: %n nieuwe toewijzingen. Er wordt niets opgeslagen tot Toepassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick people, then make a plan. The table shows each person&apos;s items now and after the plan.</source>
        <translation>Vink mensen aan en maak dan een plan. De tabel toont ieders items nu en na het plan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Move %1&apos;s unfinished items</source>
        <translation>Onafgemaakte items van %1 verplaatsen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand out items in turn</source>
        <translation>Items om de beurt uitdelen</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+26"/>
        <source>Nothing was written: %1</source>
        <translation>Er is niets opgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>Written: %n assignment(s) changed. Ctrl+Z takes it back. Publish the task so the annotators&apos; PCs get it.</source>
        <translation>
            <numerusform>Opgeslagen: %n toewijzing veranderd. Ctrl+Z maakt het ongedaan. Publiceer de taak, zodat de pc’s van de annotatoren het krijgen.</numerusform>
            <numerusform>Opgeslagen: %n toewijzingen veranderd. Ctrl+Z maakt het ongedaan. Publiceer de taak, zodat de pc’s van de annotatoren het krijgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n assignment(s) changed back or again.</source>
        <translation>
            <numerusform>%n toewijzing teruggezet of opnieuw gedaan.</numerusform>
            <numerusform>%n toewijzingen teruggezet of opnieuw gedaan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Assignments – %1</source>
        <translation>Toewijzingen – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who works on “%1”? Make a plan: the tables show what it changes. Nothing is written until Apply. Publish the task afterwards, so the assignments reach the annotators&apos; PCs.</source>
        <translation>Wie werkt aan “%1”? Maak een plan: de tabellen tonen wat het verandert. Er wordt niets opgeslagen tot Toepassen. Publiceer de taak daarna, zodat de toewijzingen op de pc’s van de annotatoren komen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;People (Space ticks)</source>
        <translation>&amp;Mensen (Spatie vinkt aan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the people who get items or take over items</source>
        <translation>Vink de mensen aan die items krijgen of overnemen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand out in turn</source>
        <translation>Om de beurt uitdelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People per &amp;item</source>
        <translation>Mensen per &amp;item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People per item</source>
        <translation>Mensen per item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many people do each item; people who have an item already count</source>
        <translation>Hoeveel mensen elk item doen; wie een item al heeft, telt mee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ll items</source>
        <translation>A&amp;lle items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only items</source>
        <translation>&amp;Alleen items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;from</source>
        <translation>va&amp;n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First item</source>
        <translation>Eerste item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;to</source>
        <translation>&amp;tot en met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last item</source>
        <translation>Laatste item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan i&amp;n turn</source>
        <translation>Om de &amp;beurt plannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show who would get which items; nothing is written yet</source>
        <translation>Toon wie welke items zou krijgen; er wordt nog niets opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone is away</source>
        <translation>Iemand is afwezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who is away</source>
        <translation>&amp;Wie is er afwezig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is away</source>
        <translation>Wie is er afwezig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their unfinished items (not done, flagged or skipped) go in turn to the people ticked, never to someone who has the item already.</source>
        <translation>De onafgemaakte items (niet klaar, gemarkeerd of overgeslagen) gaan om de beurt naar de mensen die zijn aangevinkt, nooit naar iemand die het item al heeft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan &amp;moving their items</source>
        <translation>&amp;Verplaatsen plannen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show where the unfinished items would go; nothing is written yet</source>
        <translation>Toon waar de onafgemaakte items heen zouden gaan; er wordt nog niets opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items per pe&amp;rson</source>
        <translation>Items per pe&amp;rsoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items per person, now and after the plan</source>
        <translation>Items per persoon, nu en na het plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Erna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items and p&amp;eople</source>
        <translation>Items en m&amp;ensen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who has which item</source>
        <translation>Wie welk item heeft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ has the item · + gets it with the plan · − loses it with the plan</source>
        <translation>✓ heeft het item · + krijgt het met het plan · − raakt het kwijt met het plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last assignment step</source>
        <translation>De laatste stap in de toewijzingen ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;do</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the assignment step</source>
        <translation>De stap in de toewijzingen opnieuw doen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close; a plan not applied is dropped (Esc)</source>
        <translation>Sluiten; een plan dat niet is toegepast, vervalt (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>Toe&amp;passen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the plan, in one step (Enter)</source>
        <translation>Het plan opslaan, in één stap (Enter)</translation>
    </message>
</context>
<context>
    <name>annostraat::AttributeEditor</name>
    <message>
        <location filename="../widgets/attributeeditor.cpp" line="+230"/>
        <source>Select an annotation to see its label and attributes.</source>
        <translation>Kies een annotatie om haar label en kenmerken te zien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This annotation is in another person&apos;s layer; you can look but not change it.</source>
        <translation>Deze annotatie hoort bij iemand anders; je kunt kijken, maar niets veranderen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The label of this %1</source>
        <translation>Het label van deze %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>annostraat::AudioDecoder</name>
    <message>
        <location filename="../core/media/audiodecoder.cpp" line="+141"/>
        <location line="+31"/>
        <location line="+8"/>
        <source>its audio cannot be converted for playing</source>
        <translation>het geluid ervan kan niet worden omgezet om af te spelen</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+24"/>
        <location line="+98"/>
        <location line="+4"/>
        <source>its audio cannot be decoded</source>
        <translation>het geluid ervan kan niet worden gedecodeerd</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>cannot be read any further; it may be damaged</source>
        <translation>kan niet verder worden gelezen; misschien is het beschadigd</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the audio stops at %1 s of the %2 s the file declares: the file is truncated or damaged</source>
        <translation>het geluid stopt bij %1 s van de %2 s die het bestand opgeeft: het bestand is afgebroken of beschadigd</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+29"/>
        <source>has no audio</source>
        <translation>heeft geen geluid</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>cannot be opened</source>
        <translation>kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+12"/>
        <source>is not a media file the program can read, or it is damaged</source>
        <translation>is geen mediabestand dat het programma kan lezen, of het is beschadigd</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>its audio is in a format the program cannot decode</source>
        <translation>het geluid ervan heeft een formaat dat het programma niet kan decoderen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot be decoded: out of memory</source>
        <translation>kan niet worden gedecodeerd: het geheugen is vol</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>cannot be played from %1 s</source>
        <translation>kan niet worden afgespeeld vanaf %1 s</translation>
    </message>
</context>
<context>
    <name>annostraat::AudioPlayer</name>
    <message>
        <location filename="../widgets/video/audioplayer.cpp" line="+124"/>
        <source>The sound device %1 cannot play 16-bit audio; the video plays without sound.</source>
        <translation>Het geluidsapparaat %1 kan geen 16-bits geluid afspelen; de video speelt zonder geluid.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The sound device stopped working; the video plays without sound.</source>
        <translation>Het geluidsapparaat werkt niet meer; de video speelt zonder geluid.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The sound device cannot be opened; the video plays without sound.</source>
        <translation>Het geluidsapparaat kan niet worden geopend; de video speelt zonder geluid.</translation>
    </message>
</context>
<context>
    <name>annostraat::BoxKind</name>
    <message>
        <location filename="../core/model/kinds/boxkind.cpp" line="+31"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; moet een getal zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the top-left corner lies outside the image (negative coordinate)</source>
        <translation>de linkerbovenhoek ligt buiten de afbeelding (negatieve coördinaat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>width and height must be greater than 0</source>
        <translation>breedte en hoogte moeten groter zijn dan 0</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no valid box</source>
        <translation>geen geldig kader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 px at (%3, %4)</source>
        <translation>%1 × %2 px op (%3, %4)</translation>
    </message>
    <message>
        <location filename="../core/model/kinds/boxkind.h" line="+19"/>
        <source>Box</source>
        <translation>Kader</translation>
    </message>
</context>
<context>
    <name>annostraat::BoxTool</name>
    <message>
        <location filename="../widgets/tools/box/boxtool.h" line="+17"/>
        <source>Box</source>
        <translation>Kader</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag a box, or click two opposite corners. Esc cancels.</source>
        <translation>Trek een kader, of klik op twee tegenover elkaar liggende hoeken. Esc breekt af.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A box needs a width and a height; it was not kept.</source>
        <translation>Een kader heeft een breedte en een hoogte nodig; dit kader is niet bewaard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box cancelled.</source>
        <translation>Kader afgebroken.</translation>
    </message>
</context>
<context>
    <name>annostraat::BreakNotice</name>
    <message numerus="yes">
        <location filename="../app/gui/breakviews.cpp" line="+76"/>
        <source>You have worked for %n minute(s). A short break is good for you.</source>
        <translation>
            <numerusform>Je hebt %n minuut gewerkt. Een korte pauze doet je goed.</numerusform>
            <numerusform>Je hebt %n minuten gewerkt. Een korte pauze doet je goed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a break now</source>
        <translation>Nu pauze nemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dims the work and shows the time until you come back</source>
        <translation>Dimt het werk en toont de tijd tot je terugkomt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminds you again in about ten minutes of work</source>
        <translation>Herinnert je opnieuw na ongeveer tien minuten werk</translation>
    </message>
</context>
<context>
    <name>annostraat::BreakOverlay</name>
    <message>
        <location line="+136"/>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The work is resting. Enter or Esc goes back to work.</source>
        <translation>Het werk rust. Enter of Esc brengt je terug naar het werk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have worked %1 today. Only you see this.</source>
        <translation>Je hebt vandaag %1 gewerkt. Alleen jij ziet dit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A break of about %n minute(s) is good: stand up, look into the distance, have a drink. Your work is kept and waits for you.</source>
        <translation>
            <numerusform>Een pauze van ongeveer %n minuut is goed: sta op, kijk in de verte, drink iets. Je werk is bewaard en wacht op je.</numerusform>
            <numerusform>Een pauze van ongeveer %n minuten is goed: sta op, kijk in de verte, drink iets. Je werk is bewaard en wacht op je.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to work</source>
        <translation>Terug naar het werk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends the break (Enter or Esc)</source>
        <translation>Beëindigt de pauze (Enter of Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time now</source>
        <translation>De tijd nu</translation>
    </message>
</context>
<context>
    <name>annostraat::ChangeTaskView</name>
    <message>
        <location filename="../widgets/teamlead/changetaskview.cpp" line="+119"/>
        <source>Change “%1” – Annostraat</source>
        <translation>“%1” veranderen – Annostraat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, rename or recolour labels and answers, add questions. Nothing is saved until Apply; publish the task afterwards to send the new version to the annotators&apos; PCs. Their work is kept.</source>
        <translation>Voeg labels en antwoorden toe, geef ze een andere naam of kleur, voeg vragen toe. Er wordt niets opgeslagen tot Toepassen; publiceer de taak daarna om de nieuwe versie naar de pc&apos;s van de annotatoren te sturen. Hun werk blijft bewaard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Labels taken out, and what happens to their annotations:</source>
        <translation>Weggehaalde labels, en wat er met &amp;hun annotaties gebeurt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotations</source>
        <translation>Annotaties</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the last change of this task back (Ctrl+Z)</source>
        <translation>Draai de laatste verandering van deze taak terug (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>Opnieu&amp;w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the change taken back again (Ctrl+Shift+Z)</source>
        <translation>Doe de teruggedraaide verandering opnieuw (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply</source>
        <translation>Toe&amp;passen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changed labels and questions, and move annotations as chosen, all at once</source>
        <translation>Sla de veranderde labels en vragen op en verplaats annotaties zoals gekozen, in één keer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window; what was not applied is not saved (Esc)</source>
        <translation>Sluit dit venster; wat niet is toegepast, wordt niet opgeslagen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;new items…</source>
        <translation>&amp;Nieuwe items toevoegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a folder of new media for this task; nothing is added until you choose Add</source>
        <translation>Een map met nieuwe media voor deze taak lezen; er wordt niets toegevoegd tot je Toevoegen kiest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the new items to the task, all at once (Ctrl+Z takes them out again while nobody has worked on them)</source>
        <translation>De nieuwe items in één keer aan de taak toevoegen (Ctrl+Z haalt ze weer weg zolang niemand eraan gewerkt heeft)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Keep them as they are, under the old name, for review</source>
        <translation>Laten zoals ze zijn, onder de oude naam, om te controleren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move them to “%1”</source>
        <translation>Verplaatsen naar “%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not ready: %1</source>
        <translation>Nog niet klaar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Apply saves the new labels and questions; %n annotation(s) get another label</source>
        <translation>
            <numerusform>Toepassen slaat de nieuwe labels en vragen op; %n annotatie krijgt een ander label</numerusform>
            <numerusform>Toepassen slaat de nieuwe labels en vragen op; %n annotaties krijgen een ander label</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n stay under a label the schema no longer has.</source>
        <translation>
            <numerusform>; %n blijft onder een label dat niet meer in het schema staat.</numerusform>
            <numerusform>; %n blijven onder een label dat niet meer in het schema staat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n annotation(s) no longer fit their label (a kind or an attribute taken away); they are kept as they are: %1.</source>
        <translation>
            <numerusform>%n annotatie past niet meer bij haar label (een vorm of kenmerk is weggehaald); ze blijft zoals ze is: %1.</numerusform>
            <numerusform>%n annotaties passen niet meer bij hun label (een vorm of kenmerk is weggehaald); ze blijven zoals ze zijn: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is nothing to apply.</source>
        <translation>Er is niets om toe te passen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the labels and questions of “%1”</source>
        <translation>Labels en vragen van “%1” veranderen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+117"/>
        <source>Nothing was saved: %1</source>
        <translation>Er is niets opgeslagen: %1</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Written: the labels and questions are as shown now.</source>
        <translation>Opgeslagen: de labels en vragen zijn nu zoals je ze ziet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Folder with new items</source>
        <translation>Map met nieuwe items</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+2"/>
        <source>Nothing can be added: %1</source>
        <translation>Er kan niets worden toegevoegd: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new item(s) in %1</source>
        <translation>
            <numerusform>%n nieuw item in %1</numerusform>
            <numerusform>%n nieuwe items in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already in the task, left out</source>
        <translation>
            <numerusform>%n zit al in de taak en doet niet mee</numerusform>
            <numerusform>%n zitten al in de taak en doen niet mee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of another kind than the task&apos;s (%1), left out</source>
        <translation>
            <numerusform>%n van een andere soort dan die van de taak (%1) doet niet mee</numerusform>
            <numerusform>%n van een andere soort dan die van de taak (%1) doen niet mee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>%n item toevoegen</numerusform>
            <numerusform>%n items toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no new items to add.</source>
        <translation>Er zijn geen nieuwe items om toe te voegen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Add %n item(s) to “%1”</source>
        <translation>
            <numerusform>%n item aan “%1” toevoegen</numerusform>
            <numerusform>%n items aan “%1” toevoegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Written: the task has %n item(s) now.</source>
        <translation>
            <numerusform>Geschreven: de taak heeft nu %n item.</numerusform>
            <numerusform>Geschreven: de taak heeft nu %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) added.</source>
        <translation>
            <numerusform>%n item toegevoegd.</numerusform>
            <numerusform>%n items toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody has them yet: hand them out with Assignments (Ctrl+Shift+T).</source>
        <translation>Nog niemand heeft ze: wijs ze toe met Toewijzingen (Ctrl+Shift+T).</translation>
    </message>
</context>
<context>
    <name>annostraat::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+36"/>
        <source>PATH</source>
        <translation>PAD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the store file (default: %1)</source>
        <translation>het opslagbestand (standaard: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print one JSON document instead of text</source>
        <translation>één JSON-document afdrukken in plaats van tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the usage (of a command, when given one)</source>
        <translation>het gebruik tonen (van een opdracht, als die gegeven is)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the version</source>
        <translation>de versie tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cliprofiles.cpp" line="+85"/>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotator (default), reviewer or teamlead</source>
        <translation>annotator (standaard), reviewer of teamlead</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location filename="../app/cli/cliformats.cpp" line="+128"/>
        <location filename="../app/cli/cliprofiles.cpp" line="+0"/>
        <location filename="../app/cli/clitasks.cpp" line="+194"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the task&apos;s name</source>
        <translation>de naam van de taak</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+24"/>
        <location filename="../app/cli/clishare.cpp" line="+50"/>
        <location filename="../app/cli/clivideo.cpp" line="+48"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>the label schema (JSON, see docs/schema-format.md)</source>
        <translation>het labelschema (JSON, zie docs/schema-format.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>the folder of media files; each one becomes an item</source>
        <translation>de map met mediabestanden; elk bestand wordt een item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>instructions for the annotators (Markdown)</source>
        <translation>instructies voor de annotatoren (Markdown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who the work is for (shown in the team lead&apos;s task list)</source>
        <translation>voor wie het werk is (staat in de takenlijst van de teamleider)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <location line="+26"/>
        <location line="+11"/>
        <location line="+9"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>how many annotators label each item (default 1)</source>
        <translation>hoeveel annotatoren elk item labelen (standaard 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <location line="+13"/>
        <location line="+5"/>
        <source>PROFILE</source>
        <translation>PROFIEL</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>a profile, by id or by name</source>
        <translation>een profiel, op id of op naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cliannotations.cpp" line="+64"/>
        <location line="+28"/>
        <location filename="../app/cli/cliquality.cpp" line="+99"/>
        <location filename="../app/cli/clireview.cpp" line="+44"/>
        <source>TASK</source>
        <translation>TAAK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a task, by id or by its (unique) name</source>
        <translation>een taak, op id of op haar (unieke) naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cliannotations.cpp" line="+167"/>
        <location filename="../app/cli/clireview.cpp" line="+100"/>
        <source>ITEM</source>
        <translation>ITEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an item id</source>
        <translation>een item-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cliannotations.cpp" line="-135"/>
        <location line="+135"/>
        <location filename="../app/cli/cliquality.cpp" line="+108"/>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of: %1</source>
        <translation>een van: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cliannotations.cpp" line="+0"/>
        <location line="+48"/>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a label of the task&apos;s schema (for answers: the question id)</source>
        <translation>een label uit het schema van de taak (voor antwoorden: het id van de vraag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+64"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>the geometry or answer, e.g. {&quot;x&quot;:1,&quot;y&quot;:2,&quot;w&quot;:30,&quot;h&quot;:40} for a box</source>
        <translation>de geometrie of het antwoord, bijv. {&quot;x&quot;:1,&quot;y&quot;:2,&quot;w&quot;:30,&quot;h&quot;:40} voor een kader</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribute values, e.g. {&quot;schade&quot;:3}</source>
        <translation>waarden van attributen, bijv. {&quot;schade&quot;:3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the package file to write; it must not exist yet, and its folder must (folders are not created)</source>
        <translation>het pakketbestand dat geschreven wordt; het mag nog niet bestaan, de map waarin het komt wel (mappen worden niet aangemaakt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A/B pairs: --media is a folder of NAME_A and NAME_B images, or a CSV file with one &quot;A,B&quot; line per pair</source>
        <translation>A/B-paren: --media is een map met afbeeldingen NAAM_A en NAAM_B, of een CSV-bestand met één regel &quot;A,B&quot; per paar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>also carry everyone&apos;s annotations, submissions and reviews</source>
        <translation>ook de annotaties, inzendingen en beoordelingen van iedereen meenemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>act as this profile, by id or by name (default: the store&apos;s only team lead)</source>
        <translation>optreden als dit profiel, op id of op naam (standaard: de enige teamleider in de opslag)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the lab&apos;s shared folder</source>
        <translation>de gedeelde map van het lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>P1,P2,...</source>
        <translation>P1,P2,...</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>the annotators, by id or by name, separated by commas</source>
        <translation>de annotatoren, op id of op naam, gescheiden door komma’s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how many of them label each item (default: the task&apos;s annotators per item)</source>
        <translation>hoeveel van hen elk item labelen (standaard: het aantal annotatoren per item van de taak)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the absent annotator, by id or by name</source>
        <translation>de afwezige annotator, met id of naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who takes over the items, by id or by name, separated by commas</source>
        <translation>wie de items overneemt, met id of naam, gescheiden door komma’s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one annotator, by id or by name</source>
        <translation>één annotator, op id of op naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHICH</source>
        <translation>WELK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which work a dataset export takes: all (every layer, the default), reviewed (layers a reviewer accepted) or consensus (what most people agree on, per item)</source>
        <translation>welk werk een datasetexport meeneemt: all (elke laag, standaard), reviewed (lagen die een controleur heeft goedgekeurd) of consensus (waar de meeste mensen het per item over eens zijn)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>load the annotations as suggestions that the layer&apos;s person accepts or rejects one by one (dataset formats)</source>
        <translation>laad de annotaties als voorstellen die de eigenaar van de laag een voor een overneemt of afwijst (datasetformaten)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check everything and print what the import would write, but write nothing</source>
        <translation>alles controleren en tonen wat de import zou schrijven, maar niets schrijven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>withdraw the assignment instead of making it</source>
        <translation>de toewijzing intrekken in plaats van maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a frame of the video, counted from 0 in display order</source>
        <translation>een beeld van de video, geteld vanaf 0 in weergavevolgorde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TC</source>
        <translation>TC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a timecode HH:MM:SS:FF (HH:MM:SS;FF for drop-frame), counted from the video&apos;s start timecode</source>
        <translation>een tijdcode UU:MM:SS:BB (UU:MM:SS;BB bij drop-frame), geteld vanaf de starttijdcode van de video</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FORMAT</source>
        <translation>FORMAAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a format&apos;s id; &quot;formats&quot; lists them</source>
        <translation>de id van een formaat; &quot;formats&quot; toont ze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reviewer&apos;s comment for the annotator</source>
        <translation>de opmerking van de reviewer voor de annotator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the task&apos;s quick comment number N (from 1, in the schema&apos;s order)</source>
        <translation>snelle opmerking nummer N van de taak (vanaf 1, in de volgorde van het schema)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the annotator&apos;s annotation the comment is about</source>
        <translation>de annotatie van de annotator waar de opmerking over gaat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where on that annotation, e.g. {&quot;frame&quot;: 120} for a video or {&quot;start&quot;: 4, &quot;end&quot;: 9} for a text span</source>
        <translation>waar op die annotatie, bijv. {&quot;frame&quot;: 120} bij een video of {&quot;start&quot;: 4, &quot;end&quot;: 9} bij een tekstfragment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for tests and benchmarks: add N annotations, each in its own transaction, printing each id once it is saved</source>
        <translation>voor tests en benchmarks: N annotaties toevoegen, elk in een eigen transactie, en elk id afdrukken zodra het bewaard is</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>whose task this is, by id or by name (default: the store&apos;s only team lead, if it has exactly one)</source>
        <translation>van wie deze taak is, op id of op naam (standaard: de teamleider in de opslag, als die er precies één heeft)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder of media files; each one becomes an item, except NAME.ref.csv, NAME.ref.json or NAME.ref.txt beside NAME.txt: that text&apos;s reference document, shown beside it</source>
        <translation>de map met mediabestanden; elk bestand wordt een item, behalve NAAM.ref.csv, NAAM.ref.json of NAAM.ref.txt naast NAAM.txt: dat is het brondocument van die tekst, dat ernaast getoond wordt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>where the package&apos;s media files go (default: the folder &quot;media&quot; beside the store)</source>
        <translation>waar de mediabestanden van het pakket komen (standaard: de map &quot;media&quot; naast de opslag)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>where media files of pulled tasks go (default: the folder &quot;media&quot; beside the store)</source>
        <translation>waar de mediabestanden van opgehaalde taken komen (standaard: de map &quot;media&quot; naast de opslag)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync as this profile, by id or by name; it must be in the store. A sync always pushes the new work of every profile that works on this PC, so this only checks the name</source>
        <translation>synchroniseren als dit profiel, op id of op naam; het moet in de opslag staan. Bij het synchroniseren wordt altijd het nieuwe werk verstuurd van elk profiel dat op deze pc werkt, dus dit controleert alleen de naam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file to write; it must not exist yet, and its folder must (folders are not created)</source>
        <translation>het bestand dat geschreven wordt; het mag nog niet bestaan, de map wel (mappen worden niet gemaakt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the task to import into, by id or by name; for a format that brings its own task (jsonl), the task the file must hold; for datasets (coco, yolo, voc, labelme, cvat-images, labelstudio-images), without it a new task is made from the dataset&apos;s images</source>
        <translation>de taak waarin geïmporteerd wordt, op id of naam; bij een formaat dat zijn eigen taak meebrengt (jsonl) de taak die het bestand moet bevatten; bij datasets (coco, yolo, voc, labelme, cvat-images, labelstudio-images) wordt zonder deze optie een nieuwe taak gemaakt van de afbeeldingen van de dataset</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>for datasets (coco, yolo, voc, labelme, cvat-images, labelstudio-images): whose layer the annotations go into, by id or by name (default: the profile that imports; Label Studio&apos;s annotators keep layers of their own)</source>
        <translation>bij datasets (coco, yolo, voc, labelme, cvat-images, labelstudio-images): in wiens laag de annotaties komen, op id of naam (standaard: het profiel dat importeert; de annotators van Label Studio houden hun eigen lagen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the profile recorded as having made the import, by id or by name (default: the store&apos;s only team lead)</source>
        <translation>het profiel dat als maker van de import wordt vastgelegd, op id of naam (standaard: de enige teamleider in de opslag)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PNG to write; it must not exist yet, and its folder must (folders are not created)</source>
        <translation>de PNG die geschreven wordt; die mag nog niet bestaan, de map wel (mappen worden niet gemaakt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print who would get which number of items, but write nothing</source>
        <translation>toon wie hoeveel items zou krijgen, maar sla niets op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the profile that signs the package, by id or by name (default: the store&apos;s only team lead, else the first profile of this PC)</source>
        <translation>het profiel dat het pakket ondertekent, op id of op naam (standaard: de enige teamleider in de opslag, anders het eerste profiel van deze pc)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliannotations.cpp" line="-275"/>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: geen geldige JSON bij byte %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: must be a JSON object ({…})</source>
        <translation>%1: moet een JSON-object zijn ({…})</translation>
    </message>
    <message>
        <location filename="../app/cli/cliprofiles.cpp" line="-53"/>
        <source>NAME [--role annotator|reviewer|teamlead]</source>
        <translation>NAAM [--role annotator|reviewer|teamlead]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a user profile and prints its id.</source>
        <translation>Voegt een gebruikersprofiel toe en drukt het id af.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists the profiles.</source>
        <translation>Toont de profielen.</translation>
    </message>
    <message>
        <location filename="../app/cli/clitasks.cpp" line="-147"/>
        <source>Lists the tasks.</source>
        <translation>Toont de taken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TASK --annotators P1,P2,... [--per-item N] [--as PROFILE]</source>
        <translation>TAAK --annotators P1,P2,... [--per-item N] [--as PROFIEL]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigns the annotators to the task&apos;s items in turn (round-robin), N per item; assignments made before are kept. Or, with --item ITEM --annotator PROFILE [--remove] instead of --annotators, assigns one item to one annotator (or withdraws it). Done by the team lead: --as, else the store&apos;s only team lead.</source>
        <translation>Wijst de items van de taak om de beurt (round-robin) toe aan de annotatoren, N per item; eerder gemaakte toewijzingen blijven. Of wijst, met --item ITEM --annotator PROFIEL [--remove] in plaats van --annotators, één item toe aan één annotator (of trekt die toewijzing in). Dit doet de teamleider: --as, anders de enige teamleider in de opslag.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>TASK --share DIR [--as PROFILE]</source>
        <translation>TAAK --share MAP [--as PROFIEL]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishes the task as its next version, tasks/&lt;task&gt;/task-v&lt;N&gt;.zip on the shared folder, as the team lead (--as, else the store&apos;s only team lead), and prints the path of the file written.</source>
        <translation>Publiceert de taak als haar volgende versie, tasks/&lt;task&gt;/task-v&lt;N&gt;.zip in de gedeelde map, als de teamleider (--as, anders de enige teamleider in de opslag), en drukt het pad af van het geschreven bestand.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliannotations.cpp" line="+27"/>
        <source>Lists the items of a task (by id or by name).</source>
        <translation>Toont de items van een taak (op id of op naam).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--task TASK --item ITEM --kind KIND --label LABEL --value JSON [--attributes JSON] --author PROFILE [--repeat N]</source>
        <translation>--task TAAK --item ITEM --kind SOORT --label LABEL --value JSON [--attributes JSON] --author PROFIEL [--repeat N]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds an annotation to an item and prints its id once it is saved.</source>
        <translation>Voegt een annotatie aan een item toe en drukt het id af zodra die bewaard is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[--task TASK] [--item ITEM] [--author PROFILE]</source>
        <translation>[--task TAAK] [--item ITEM] [--author PROFIEL]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists annotations, all or those matching every filter given.</source>
        <translation>Toont annotaties: alle, of die welke aan elk gegeven filter voldoen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shows items per status and annotations per label and per author.</source>
        <translation>Toont de items per status en de annotaties per label en per auteur.</translation>
    </message>
    <message>
        <location filename="../app/cli/clishare.cpp" line="-22"/>
        <source>TASK --out FILE [--with-work] [--as PROFILE]</source>
        <translation>TAAK --out BESTAND [--with-work] [--as PROFIEL]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the task&apos;s package (schema, items, assignments and media) to FILE and prints its path. FILE must not exist yet and its folder must: folders are not created. With --with-work it also carries everyone&apos;s work.</source>
        <translation>Schrijft het pakket van de taak (schema, items, toewijzingen en media) naar BESTAND en drukt het pad af. BESTAND mag nog niet bestaan, de map waarin het komt wel: mappen worden niet aangemaakt. Met --with-work gaat ook het werk van iedereen mee.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>FILE [--media DIR]</source>
        <translation>BESTAND [--media MAP]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks a package completely, then applies it to the store in one transaction: all of it or nothing. Importing it again applies nothing.</source>
        <translation>Controleert een pakket volledig en past het daarna in één transactie toe op de opslag: alles of niets. Opnieuw importeren past niets meer toe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checks a package without changing anything and prints what it holds. Checking stops at the first problem, which is printed with the file&apos;s name (exit status 1).</source>
        <translation>Controleert een pakket zonder iets te veranderen en drukt af wat erin zit. Het controleren stopt bij het eerste probleem, dat wordt afgedrukt met de naam van het bestand (afsluitstatus 1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--share DIR [--as PROFILE] [--media DIR]</source>
        <translation>--share MAP [--as PROFIEL] [--media MAP]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls new task versions and others&apos; work from the shared folder, then pushes the new work of every profile that works on this PC, and prints what it did. A share that cannot be reached is not an error: it prints &quot;share not reachable: DIR (offline)&quot; and exits with 0. Files that fail their checks are skipped, each listed as a problem. On a new PC the first sync creates the store.</source>
        <translation>Haalt nieuwe taakversies en het werk van anderen op uit de gedeelde map, verstuurt daarna het nieuwe werk van elk profiel dat op deze pc werkt, en drukt af wat er gedaan is. Een gedeelde map die niet bereikbaar is, is geen fout: er wordt &quot;gedeelde map niet bereikbaar: MAP (offline)&quot; afgedrukt en de afsluitstatus is 0. Bestanden die niet door de controle komen, worden overgeslagen en elk als probleem genoemd. Op een nieuwe pc maakt de eerste synchronisatie de opslag aan.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliformats.cpp" line="-75"/>
        <source>Lists the formats a task can be exported to or imported from, with their versions and the annotation kinds they carry (docs/formats.md).</source>
        <translation>Toont de formaten waarnaar een taak geëxporteerd of waaruit hij geïmporteerd kan worden, met hun versie en de annotatiesoorten die ze bevatten (docs/formats.md).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TASK --format FORMAT --out FILE [--annotator PROFILE | --select all|reviewed|consensus]</source>
        <translation>TAAK --format FORMAAT --out BESTAND [--annotator PROFIEL | --select all|reviewed|consensus]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes the task in a format (see &quot;formats&quot;) to FILE and prints its path. FILE appears complete or not at all; it must not exist yet.</source>
        <translation>Schrijft de taak in een formaat (zie &quot;formats&quot;) naar BESTAND en toont het pad. BESTAND verschijnt in zijn geheel of helemaal niet; het mag nog niet bestaan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checks the whole file, then imports it in one transaction, and prints the task&apos;s id. A problem is printed as &quot;FILE:LINE: problem&quot; (exit status 1) and nothing is imported.</source>
        <translation>Controleert het hele bestand, importeert het dan in één transactie en toont de id van de taak. Een probleem wordt getoond als &quot;BESTAND:REGEL: probleem&quot; (afsluitstatus 1) en er wordt niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+97"/>
        <source>Usage: %1 [--store PATH] [--json] %2</source>
        <translation>Gebruik: %1 [--store PAD] [--json] %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>--%1: &quot;%2&quot; is not a whole number of 1 or more</source>
        <translation>--%1: &quot;%2&quot; is geen geheel getal van 1 of meer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown option &quot;%1%2&quot;; see &quot;%3 --help&quot;</source>
        <translation>onbekende optie &quot;%1%2&quot;; zie &quot;%3 --help&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; see &quot;%2 --help&quot;</source>
        <translation>%1; zie &quot;%2 --help&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no command given; see &quot;%1 --help&quot;</source>
        <translation>geen opdracht gegeven; zie &quot;%1 --help&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+65"/>
        <source>unknown command &quot;%1&quot;; see &quot;%2 --help&quot;</source>
        <translation>onbekende opdracht &quot;%1&quot;; zie &quot;%2 --help&quot;</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>see &quot;%1 help %2&quot;</source>
        <translation>zie &quot;%1 help %2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has no option --%2; %3</source>
        <translation>&quot;%1&quot; heeft geen optie --%2; %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; needs --%2 %3; %4</source>
        <translation>&quot;%1&quot; heeft --%2 %3 nodig; %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs %2; %3</source>
        <translation>&quot;%1&quot; heeft %2 nodig; %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: unexpected argument &quot;%2&quot;; %3</source>
        <translation>&quot;%1&quot;: onverwacht argument &quot;%2&quot;; %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 (store version %3)</source>
        <translation>%1 %2 (opslagversie %3)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Options:</source>
        <translation>Opties:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Global options (before or after the command):</source>
        <translation>Algemene opties (voor of na de opdracht):</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Usage: %1 [--store PATH] [--json] COMMAND [ARGUMENTS]</source>
        <translation>Gebruik: %1 [--store PAD] [--json] OPDRACHT [ARGUMENTEN]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exit status: 0 success; 1 the work failed (bad file, bad store, invalid input) and nothing was changed; 2 the command line is wrong (unknown command or option, missing or malformed argument). A failure prints one line on stderr: &quot;%1: &lt;message&gt;&quot;. A shared folder that cannot be reached is no failure for &quot;sync&quot;: it exits with 0 and says &quot;(offline)&quot;.</source>
        <translation>Afsluitstatus: 0 gelukt; 1 het werk is mislukt (onbruikbaar bestand, onbruikbare opslag, ongeldige invoer) en er is niets veranderd; 2 de opdrachtregel klopt niet (onbekende opdracht of optie, ontbrekend of onjuist argument). Bij een fout wordt één regel afgedrukt op stderr: &quot;%1: &lt;melding&gt;&quot;. Een gedeelde map die niet bereikbaar is, is voor &quot;sync&quot; geen fout: de afsluitstatus is 0 en er staat &quot;(offline)&quot;.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Commands:</source>
        <translation>Opdrachten:</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>only this person&apos;s layer, by id or by name (default: every layer; formats that keep layers apart, such as jsonl, always write every layer)</source>
        <translation>alleen de laag van deze persoon, op id of naam (standaard: alle lagen; formaten die lagen apart houden, zoals jsonl, schrijven altijd alle lagen)</translation>
    </message>
    <message>
        <location line="+322"/>
        <source>Annostraat from the command line: profiles, tasks, annotations and statistics in the store; task and results packages; sync with the lab&apos;s shared folder; export and import in other formats.</source>
        <translation>Annostraat vanaf de opdrachtregel: profielen, taken, annotaties en statistieken in de opslag; taak- en resultaatpakketten; synchroniseren met de gedeelde map van het lab; exporteren en importeren in andere formaten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shows this text, or the usage of one command.</source>
        <translation>Toont deze tekst, of het gebruik van één opdracht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Advanced option of &quot;annotation add&quot;:</source>
        <translation>Geavanceerde optie van &quot;annotation add&quot;:</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+106"/>
        <source>%1: there is no store here yet (&quot;profile add&quot; and &quot;task create&quot; create one)</source>
        <translation>%1: hier is nog geen opslag (&quot;profile add&quot; en &quot;task create&quot; maken er een)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: there is no task &quot;%2&quot;; &quot;task list&quot; shows them</source>
        <translation>%1: er is geen taak &quot;%2&quot;; &quot;task list&quot; toont ze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 tasks are named &quot;%3&quot;; give the task id instead</source>
        <translation>%1: %2 taken heten &quot;%3&quot;; geef in plaats daarvan het id van de taak</translation>
    </message>
    <message>
        <location filename="../app/cli/cliprofiles.cpp" line="+10"/>
        <source>--role: unknown role &quot;%1&quot;; known roles: %2</source>
        <translation>--role: onbekende rol &quot;%1&quot;; bekende rollen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="-401"/>
        <location filename="../app/cli/cliannotations.cpp" line="+31"/>
        <location line="+135"/>
        <location filename="../app/cli/cliformats.cpp" line="+47"/>
        <location filename="../app/cli/cliprofiles.cpp" line="+35"/>
        <location filename="../app/cli/clitasks.cpp" line="+111"/>
        <location line="+106"/>
        <location line="+68"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/clitasks.cpp" line="-257"/>
        <source>%1: cannot read the instructions: %2</source>
        <translation>%1: de instructies kunnen niet worden gelezen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/cliannotations.cpp" line="-99"/>
        <location line="+64"/>
        <location filename="../app/cli/cliformats.cpp" line="+34"/>
        <location line="+83"/>
        <location line="+9"/>
        <location filename="../app/cli/clireview.cpp" line="+14"/>
        <location filename="../app/cli/clishare.cpp" line="+209"/>
        <location filename="../app/cli/clisupport.cpp" line="+30"/>
        <location filename="../app/cli/clitasks.cpp" line="+26"/>
        <location line="+98"/>
        <location line="+23"/>
        <location line="+57"/>
        <location line="+6"/>
        <source>%1: there is no profile &quot;%2&quot;; &quot;profile list&quot; shows them</source>
        <translation>%1: er is geen profiel &quot;%2&quot;; &quot;profile list&quot; toont ze</translation>
    </message>
    <message>
        <location filename="../app/cli/clitasks.cpp" line="-174"/>
        <source>note: skipped &quot;%1&quot; (not an image, video or .txt text)</source>
        <translation>let op: &quot;%1&quot; overgeslagen (geen afbeelding, video of .txt-tekst)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliannotations.cpp" line="-100"/>
        <location filename="../app/cli/clitasks.cpp" line="+47"/>
        <source>MEDIA</source>
        <translation>MEDIA</translation>
    </message>
    <message>
        <location filename="../app/cli/cliquality.cpp" line="-139"/>
        <source>TASK [--kind KIND]</source>
        <translation>TAAK [--kind SOORT]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well the task&apos;s people agree, per pair and overall. Drawn work is matched per kind (boxes and polygons by IoU, other kinds by their own measure, with the schema&apos;s &quot;agreement&quot; threshold and tolerances): matched, only one person&apos;s, F1 and label agreement. Answers: Cohen&apos;s kappa per pair (weighted too for ratings), Fleiss&apos; kappa and Krippendorff&apos;s alpha over everyone. --kind limits it to one kind (&quot;answer&quot; for the questions).</source>
        <translation>Hoe goed de mensen van de taak het eens zijn, per paar en in totaal. Getekend werk wordt per soort gekoppeld (kaders en polygonen op IoU, andere soorten op hun eigen maat, met de drempel en toleranties uit &quot;agreement&quot; in het schema): gekoppeld, alleen van één persoon, F1 en overeenkomst in label. Antwoorden: Cohens kappa per paar (voor beoordelingen ook gewogen), Fleiss&apos; kappa en Krippendorffs alfa over iedereen. --kind beperkt het tot één soort (&quot;answer&quot; voor de vragen).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>TASK ITEM [--as TEAMLEAD]</source>
        <translation>TAAK ITEM [--as TEAMLEIDER]</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Marks ITEM as a gold item, with the team lead&apos;s own layer on it as the reference (draw it, or import it, first). Annotators are never shown that an item is gold.</source>
        <translation>Maakt ITEM een gouden item, met de eigen laag van de teamleider erop als referentie (teken of importeer die eerst). Annotatoren zien nooit dat een item goud is.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Makes ITEM an ordinary item again.</source>
        <translation>Maakt ITEM weer een gewoon item.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each person&apos;s score against the task&apos;s gold items, per kind of drawn work (2 x correct / (theirs + the reference&apos;s); a match with another label is not correct) and per question (the share answered as the reference).</source>
        <translation>De score van elke persoon op de gouden items van de taak, per soort getekend werk (2 x goed / (die van hen + die van de referentie); een overeenkomst met een ander label is niet goed) en per vraag (het deel dat net zo beantwoord is als de referentie).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A match needs an agreement of at least %1 (IoU for boxes and polygons); tolerance %2 px, %3 frames</source>
        <translation>Een koppeling vraagt een overeenkomst van ten minste %1 (IoU voor kaders en polygonen); tolerantie %2 px, %3 beelden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fewer than two people have work on the same item: there is nothing to compare.</source>
        <translation>Minder dan twee mensen hebben werk op hetzelfde item: er is niets te vergelijken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>everyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drawn work</source>
        <translation>Getekend werk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location line="+116"/>
        <location filename="../app/cli/clitasks.cpp" line="+0"/>
        <location line="+106"/>
        <source>ITEMS</source>
        <translation>ITEMS</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+17"/>
        <source>PEOPLE</source>
        <translation>MENSEN</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>MATCHED</source>
        <translation>GEKOPPELD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ONLY FIRST</source>
        <translation>ALLEEN EERSTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONLY SECOND</source>
        <translation>ALLEEN TWEEDE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SAME LABEL</source>
        <translation>ZELFDE LABEL</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QUESTION</source>
        <translation>VRAAG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MEASURE</source>
        <translation>MAAT</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: task &quot;%2&quot; has no item &quot;%3&quot;; &quot;item list %4&quot; shows them</source>
        <translation>%1: taak &quot;%2&quot; heeft geen item &quot;%3&quot;; &quot;item list %4&quot; toont ze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 has no annotations on item %3 yet; the reference of a gold item is the team lead&apos;s own layer: draw or import it first</source>
        <translation>%1: %2 heeft nog geen annotaties op item %3; de referentie van een gouden item is de eigen laag van de teamleider: teken of importeer die eerst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: item %2 is a gold item, with %3&apos;s layer as the reference</source>
        <translation>%1: item %2 is een gouden item, met de laag van %3 als referentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: item %2 is no longer a gold item</source>
        <translation>%1: item %2 is geen gouden item meer</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Gold items: %1</source>
        <translation>Gouden items: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No item is marked gold: &quot;gold mark TASK ITEM&quot; marks one.</source>
        <translation>Geen item is goud: &quot;gold mark TAAK ITEM&quot; maakt er een.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody has marked a gold item done yet: there is nothing to score.</source>
        <translation>Niemand heeft al een gouden item klaar gemeld: er is nog niets te scoren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>WORK</source>
        <translation>WERK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CORRECT</source>
        <translation>GOED</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WRONG</source>
        <translation>FOUT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MISSED</source>
        <translation>GEMIST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EXTRA</source>
        <translation>EXTRA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <location filename="../app/cli/cliannotations.cpp" line="+0"/>
        <source>ORDER</source>
        <translation>VOLGORDE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIZE</source>
        <translation>GROOTTE</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/cliquality.cpp" line="-227"/>
        <source>--kind: unknown kind &quot;%1&quot;; known kinds: %2</source>
        <translation>--kind: onbekende soort &quot;%1&quot;; bekende soorten: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../app/cli/clitasks.cpp" line="-69"/>
        <source>%1: task &quot;%2&quot; has no item &quot;%3&quot;; &quot;item list&quot; shows them</source>
        <translation>%1: taak &quot;%2&quot; heeft geen item &quot;%3&quot;; &quot;item list&quot; toont ze</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the annotation was not added: %1</source>
        <translation>de annotatie is niet toegevoegd: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: task &quot;%2&quot; has no item &quot;%3&quot;</source>
        <translation>%1: taak &quot;%2&quot; heeft geen item &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: there is no item &quot;%2&quot;</source>
        <translation>%1: er is geen item &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+49"/>
        <source>AUTHOR</source>
        <translation>AUTEUR</translation>
    </message>
    <message>
        <location line="-49"/>
        <location filename="../app/cli/cliquality.cpp" line="+110"/>
        <source>VALUE</source>
        <translation>WAARDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATTRIBUTES</source>
        <translation>ATTRIBUTEN</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../app/cli/cliquality.cpp" line="-53"/>
        <location line="+147"/>
        <location filename="../app/cli/clireview.cpp" line="-31"/>
        <source>Task: %1 (%2)</source>
        <translation>Taak: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations: %1</source>
        <translation>Annotaties: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>COUNT</source>
        <translation>AANTAL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items per status</source>
        <translation>Items per status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations per label</source>
        <translation>Annotaties per label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations per author</source>
        <translation>Annotaties per auteur</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="-126"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1: %2 is a profile with the role %3; only a team lead publishes and assigns tasks</source>
        <translation>%1: %2 is een profiel met de rol %3; alleen een teamleider publiceert taken en wijst ze toe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the store has no team lead profile; add one with &quot;profile add NAME --role teamlead&quot;</source>
        <translation>%1: de opslag heeft geen profiel van een teamleider; voeg er een toe met &quot;profile add NAAM --role teamlead&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the store has %2 team lead profiles; choose one with --as PROFILE</source>
        <translation>%1: de opslag heeft %2 profielen van teamleiders; kies er een met --as PROFIEL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no profile works on this PC yet to sign the package; choose one with --as PROFILE</source>
        <translation>%1: er werkt nog geen profiel op deze pc dat het pakket kan ondertekenen; kies er een met --as PROFIEL</translation>
    </message>
    <message>
        <location filename="../app/cli/clishare.cpp" line="-190"/>
        <source>%1: the folder does not exist; &quot;package export&quot; does not create folders, make it first</source>
        <translation>%1: de map bestaat niet; &quot;package export&quot; maakt geen mappen aan, maak hem eerst zelf aan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file already exists; a package is written once and never replaced</source>
        <translation>%1: het bestand bestaat al; een pakket wordt één keer geschreven en nooit vervangen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>writing media</source>
        <translation>media schrijven</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: no such file</source>
        <translation>%1: dit bestand bestaat niet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>importing media</source>
        <translation>media importeren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>imported: %1 (%2 package of task %3, version %4)</source>
        <translation>geïmporteerd: %1 (%2-pakket van taak %3, versie %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ops: %1 received, %2 applied</source>
        <translation>wijzigingen: %1 ontvangen, %2 toegepast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>media: %1 extracted, %2 already present (in %3)</source>
        <translation>media: %1 uitgepakt, %2 al aanwezig (in %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>checking</source>
        <translation>controleren</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>valid: %1</source>
        <translation>geldig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind: %1 (format version %2)</source>
        <translation>soort: %1 (formaatversie %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task: %1, version %2</source>
        <translation>taak: %1, versie %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>producer: %1 (%2) on device %3</source>
        <translation>gemaakt door: %1 (%2) op apparaat %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created: %1</source>
        <translation>aangemaakt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>items: %1</source>
        <translation>items: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ops: %1</source>
        <translation>wijzigingen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entries: %1 (%2 media), %3 uncompressed</source>
        <translation>onderdelen: %1 (%2 media), %3 ongecomprimeerd</translation>
    </message>
    <message>
        <location filename="../app/cli/clitasks.cpp" line="-200"/>
        <source>--name NAME --schema FILE --media DIR [--pairs] [--instructions FILE.md] [--client NAME] [--annotators-per-item N] [--author PROFILE]</source>
        <translation>--name NAAM --schema BESTAND --media MAP [--pairs] [--instructions BESTAND.md] [--client NAAM] [--annotators-per-item N] [--author PROFIEL]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creates a task from a label schema and a folder of media and prints its id. Files that are no media are skipped, each with a note on stderr. Pictures in the instructions are taken into the task, so annotators see them on their own PCs. Every file is checked before anything is written.</source>
        <translation>Maakt een taak van een labelschema en een map met media en drukt het id af. Bestanden die geen media zijn worden overgeslagen, elk met een melding op stderr. Plaatjes in de instructies gaan mee in de taak, zodat annotatoren ze op hun eigen pc zien. Elk bestand wordt gecontroleerd voordat er iets wordt geschreven.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>TASK --from PROFILE --to P1,P2,... [--dry-run] [--as PROFILE]</source>
        <translation>TAAK --from PROFIEL --to P1,P2,... [--dry-run] [--as PROFIEL]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves an absent annotator&apos;s unfinished items (not marked done, flagged or skipped) to the others in turn, never to someone who has the item already, in one transaction, and prints each person&apos;s items before and after. Their finished work stays theirs. Done by the team lead: --as, else the store&apos;s only team lead.</source>
        <translation>Verplaatst de onafgemaakte items van een afwezige annotator (niet klaar, gemarkeerd of overgeslagen) om de beurt naar de anderen, nooit naar iemand die het item al heeft, in één transactie, en toont ieders items ervoor en erna. Afgemaakt werk blijft van de afwezige. Gedaan door de teamleider: --as, anders de enige teamleider in de opslag.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>CLIENT</source>
        <translation>KLANT</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>see &quot;%1 help task assign&quot;</source>
        <translation>zie &quot;%1 help task assign&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;task assign&quot; takes either --annotators or --item with --annotator, not both; %1</source>
        <translation>&quot;task assign&quot; neemt --annotators of --item met --annotator, niet allebei; %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;task assign&quot; needs --annotators P1,P2,... or --item ITEM --annotator PROFILE; %1</source>
        <translation>&quot;task assign&quot; heeft --annotators P1,P2,... of --item ITEM --annotator PROFIEL nodig; %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;task assign&quot; needs both --item ITEM and --annotator PROFILE; %1</source>
        <translation>&quot;task assign&quot; heeft zowel --item ITEM als --annotator PROFIEL nodig; %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--per-item goes with --annotators; %1</source>
        <translation>--per-item hoort bij --annotators; %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>assigned item %1 to %2</source>
        <translation>item %1 toegewezen aan %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>withdrew item %1 from %2</source>
        <translation>toewijzing van item %1 aan %2 ingetrokken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--annotators: %1 is named twice</source>
        <translation>--annotators: %1 wordt twee keer genoemd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--annotators: name at least one annotator; %1</source>
        <translation>--annotators: noem minstens één annotator; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 annotators per item is not possible with %2 annotators%3</source>
        <translation>%1 annotatoren per item is niet mogelijk met %2 annotatoren%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (the task&apos;s annotators per item); choose fewer with --per-item N</source>
        <translation> (het aantal annotatoren per item van de taak); kies er minder met --per-item N</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n new assignment(s), %1 per item</source>
        <translation>
            <numerusform>%n nieuwe toewijzing, %1 per item</numerusform>
            <numerusform>%n nieuwe toewijzingen, %1 per item</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+68"/>
        <source>ANNOTATOR</source>
        <translation>ANNOTATOR</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>--to: %1 is named twice</source>
        <translation>--to: %1 is twee keer genoemd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--to: name at least one annotator; see &quot;%1 help task reassign&quot;</source>
        <translation>--to: noem minstens één annotator; zie &quot;%1 help task reassign&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n item(s) of %1 would move (nothing written)</source>
        <translation>
            <numerusform>%n item van %1 zou overgaan (niets opgeslagen)</numerusform>
            <numerusform>%n items van %1 zouden overgaan (niets opgeslagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) of %1 moved</source>
        <translation>
            <numerusform>%n item van %1 is overgegaan</numerusform>
            <numerusform>%n items van %1 zijn overgegaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s) stay with %1: everyone named has them already</source>
        <translation>
            <numerusform>%n item blijft bij %1: iedereen die is genoemd, heeft het al</numerusform>
            <numerusform>%n items blijven bij %1: iedereen die is genoemd, heeft ze al</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BEFORE</source>
        <translation>ERVOOR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AFTER</source>
        <translation>ERNA</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>publishing %1</source>
        <translation>publiceren %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clishare.cpp" line="+30"/>
        <source>share not reachable: %1 (offline)</source>
        <translation>gedeelde map niet bereikbaar: %1 (offline)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>looking</source>
        <translation>kijken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pulling</source>
        <translation>ophalen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pushing</source>
        <translation>versturen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publishing</source>
        <translation>publiceren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>share: %1</source>
        <translation>gedeelde map: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pulled: %1 files imported, %2 refused, %3 ops applied</source>
        <translation>opgehaald: %1 bestanden geïmporteerd, %2 geweigerd, %3 wijzigingen toegepast</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not taken in: %1 to try again at the next sync, %2 refused earlier</source>
        <translation>niet binnengehaald: %1 wordt bij de volgende synchronisatie opnieuw geprobeerd, %2 eerder geweigerd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pushed: %1 files written, %2 ops pushed</source>
        <translation>verstuurd: %1 bestanden geschreven, %2 wijzigingen verstuurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elapsed: %1 ms</source>
        <translation>duur: %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the share went away during the sync (offline); the next sync goes on from here</source>
        <translation>de gedeelde map viel weg tijdens het synchroniseren (offline); de volgende synchronisatie gaat vanaf hier verder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>problem: %1</source>
        <translation>probleem: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliformats.cpp" line="-176"/>
        <source>FILE --format FORMAT [--task TASK] [--as PROFILE] [--annotator PROFILE] [--suggestions] [--dry-run]</source>
        <translation>BESTAND --format FORMAAT [--task TAAK] [--as PROFIEL] [--annotator PROFIEL] [--suggestions] [--dry-run]</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>VERSION</source>
        <translation>VERSIE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EXTENSION</source>
        <translation>EXTENSIE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DOES</source>
        <translation>KAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ANNOTATION KINDS</source>
        <translation>ANNOTATIESOORTEN</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--format: &quot;%1&quot; is no format to export to; formats that can: %2</source>
        <translation>--format: &quot;%1&quot; is geen formaat om naar te exporteren; formaten die dat kunnen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the folder does not exist; &quot;export&quot; does not create folders, make it first</source>
        <translation>%1: de map bestaat niet; &quot;export&quot; maakt geen mappen, maak hem eerst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file already exists; &quot;export&quot; never replaces a file, choose another name or remove it first</source>
        <translation>%1: het bestand bestaat al; &quot;export&quot; vervangt nooit een bestand, kies een andere naam of verwijder het eerst</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--select: &quot;%1&quot; is not one of: all, reviewed, consensus</source>
        <translation>--select: &quot;%1&quot; is niet een van: all, reviewed, consensus</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--format: &quot;%1&quot; is no format to import from; formats that can: %2</source>
        <translation>--format: &quot;%1&quot; is geen formaat om uit te importeren; formaten die dat kunnen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;import --format %1&quot; needs --task TASK: the task to import into</source>
        <translation>&quot;import --format %1&quot; heeft --task TAAK nodig: de taak waarin geïmporteerd wordt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: there is no such file</source>
        <translation>%1: dit bestand bestaat niet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot make a temporary folder for the dry run</source>
        <translation>kan geen tijdelijke map maken voor de proefimport</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Would import into &quot;%1&quot; (nothing was written):</source>
        <translation>Zou importeren in ‘%1’ (er is niets geschreven):</translation>
    </message>
    <message>
        <location filename="../app/cli/clivideo.cpp" line="+1"/>
        <source>Prints what the video&apos;s packet index says: codec, size, frames (in display order), frame rate, duration, start timecode, the longest keyframe interval and the audio. The first run reads the whole file; the index is cached for the next.</source>
        <translation>Drukt af wat de pakketindex van de video zegt: codec, formaat, beelden (in weergavevolgorde), beeldsnelheid, duur, starttijdcode, het langste keyframe-interval en het geluid. De eerste keer wordt het hele bestand gelezen; de index wordt bewaard voor de volgende keer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>FILE (--frame N | --timecode TC) --out PNG</source>
        <translation>BESTAND (--frame N | --timecode TC) --out PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes exactly that frame (frames count from 0 in display order; a timecode counts from the video&apos;s start timecode) as a PNG and prints its path. PNG must not exist yet.</source>
        <translation>Schrijft precies dat beeld als PNG (beelden tellen vanaf 0 in weergavevolgorde; een tijdcode telt vanaf de starttijdcode van de video) en drukt het pad af. PNG mag nog niet bestaan.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file: %1</source>
        <translation>bestand: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codec: %1 (stream %2)</source>
        <translation>codec: %1 (stream %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size: %1 × %2</source>
        <translation>afmetingen: %1 × %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frames: %1</source>
        <translation>beelden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame rate: %1 (%2/%3)</source>
        <translation>beeldsnelheid: %1 (%2/%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duration: %1 s</source>
        <translation>duur: %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start timecode: %1</source>
        <translation>starttijdcode: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keyframe interval: %1 frames (longest)</source>
        <translation>keyframe-interval: %1 beelden (het langste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audio: %1 Hz, %2 channels</source>
        <translation>geluid: %1 Hz, %2 kanalen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audio: %1</source>
        <translation>geluid: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;video frame&quot; needs either --frame N or --timecode TC; see &quot;%1 help video frame&quot;</source>
        <translation>&quot;video frame&quot; heeft --frame N of --timecode TC nodig; zie &quot;%1 help video frame&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--frame: &quot;%1&quot; is not a whole number of 0 or more</source>
        <translation>--frame: &quot;%1&quot; is geen geheel getal van 0 of meer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the folder does not exist; &quot;video frame&quot; does not create folders, make it first</source>
        <translation>%1: de map bestaat niet; &quot;video frame&quot; maakt geen mappen, maak de map eerst zelf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file already exists; &quot;video frame&quot; never replaces a file, choose another name or remove it first</source>
        <translation>%1: het bestand bestaat al; &quot;video frame&quot; vervangt nooit een bestand, kies een andere naam of haal het bestand eerst weg</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the file&apos;s start timecode &quot;%2&quot; cannot be read: %3</source>
        <translation>%1: de starttijdcode &quot;%2&quot; van het bestand kan niet worden gelezen: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the video has no frame rate, so a timecode names no frame</source>
        <translation>%1: de video heeft geen beeldsnelheid, dus een tijdcode wijst geen beeld aan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--timecode: %1</source>
        <translation>--timecode: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: frame %2 is not in the video (frames 0 to %3)</source>
        <translation>%1: beeld %2 zit niet in de video (beelden 0 tot en met %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the PNG could not be written: %2</source>
        <translation>%1: de PNG kon niet worden geschreven: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clireview.cpp" line="-82"/>
        <source>The task&apos;s review queue: each person&apos;s work on an item that the task&apos;s review policy picks (sample, first items, disagreement, flagged) or that had a verdict, with why, and where it stands: pending, feedback (rejected, with its author again), accepted or corrected.</source>
        <translation>De reviewwachtrij van de taak: het werk van elke persoon op een item dat het reviewbeleid van de taak kiest (steekproef, eerste items, onenigheid, gemarkeerd) of dat een oordeel kreeg, met de reden, en hoe het ervoor staat: wacht, feedback (afgekeurd, weer bij de maker), goedgekeurd of verbeterd.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>TASK ITEM ANNOTATOR [--as REVIEWER] [--comment TEXT]</source>
        <translation>TAAK ITEM ANNOTATOR [--as REVIEWER] [--comment TEKST]</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Accepts ANNOTATOR&apos;s work on ITEM, as a reviewer or team lead.</source>
        <translation>Keurt het werk van ANNOTATOR op ITEM goed, als reviewer of teamleider.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TASK ITEM ANNOTATOR (--comment TEXT | --quick N) [--annotation ID] [--anchor JSON] [--as REVIEWER]</source>
        <translation>TAAK ITEM ANNOTATOR (--comment TEKST | --quick N) [--annotation ID] [--anchor JSON] [--as REVIEWER]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejects ANNOTATOR&apos;s work on ITEM with a comment (free text, or the task&apos;s quick comment number N), about one of their annotations when --annotation names it. The item goes back to its author with the comment.</source>
        <translation>Keurt het werk van ANNOTATOR op ITEM af met een opmerking (vrije tekst, of snelle opmerking nummer N van de taak), over een van hun annotaties als --annotation die noemt. Het item gaat met de opmerking terug naar de maker.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fix and accept: the reviewer&apos;s correction is their own layer, ANNOTATOR&apos;s stays as it is. When the reviewer has no layer on ITEM yet, ANNOTATOR&apos;s annotations are copied into it to be corrected; their ids are printed.</source>
        <translation>Verbeteren en goedkeuren: de verbetering van de reviewer is een eigen laag, die van ANNOTATOR blijft zoals ze is. Heeft de reviewer nog geen laag op ITEM, dan worden de annotaties van ANNOTATOR erin gekopieerd om te verbeteren; hun id&apos;s worden getoond.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The task&apos;s schema has no review policy: only work that had a verdict is listed.</source>
        <translation>Het schema van de taak heeft geen reviewbeleid: alleen werk dat een oordeel kreeg staat in de lijst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to review.</source>
        <translation>Niets te reviewen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliquality.cpp" line="+22"/>
        <location filename="../app/cli/clireview.cpp" line="+12"/>
        <source>PERSON</source>
        <translation>PERSOON</translation>
    </message>
    <message>
        <location filename="../app/cli/clireview.cpp" line="+0"/>
        <source>STATE</source>
        <translation>STAND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHY</source>
        <translation>WAAROM</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--quick: task &quot;%1&quot; has no quick comments (the schema&apos;s &quot;review&quot;: {&quot;quickComments&quot;: [...]})</source>
        <translation>--quick: taak &quot;%1&quot; heeft geen snelle opmerkingen (&quot;review&quot;: {&quot;quickComments&quot;: [...]} in het schema)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--quick: a number from 1 to %1 (the task&apos;s quick comments)</source>
        <translation>--quick: een getal van 1 tot en met %1 (de snelle opmerkingen van de taak)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>review reject needs --comment TEXT (or --quick N): what the annotator should change</source>
        <translation>review reject heeft --comment TEKST (of --quick N) nodig: wat de annotator moet veranderen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--anchor: not a JSON object, e.g. {&quot;frame&quot;: 120} or {&quot;start&quot;: 4, &quot;end&quot;: 9}</source>
        <translation>--anchor: geen JSON-object, bijv. {&quot;frame&quot;: 120} of {&quot;start&quot;: 4, &quot;end&quot;: 9}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--anchor needs --annotation: the anchor is a place on that annotation</source>
        <translation>--anchor heeft --annotation nodig: het anker is een plek op die annotatie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2&apos;s work on item %3 is %4 by %5</source>
        <translation>%1: het werk van %2 op item %3 is %4 door %5</translation>
    </message>
</context>
<context>
    <name>annostraat::Commands</name>
    <message>
        <location filename="../core/document/commands.cpp" line="+316"/>
        <source>item &quot;%1&quot; is being reviewed; you can change your work on it again once the reviewer has given a verdict</source>
        <translation>item &quot;%1&quot; wordt gereviewd; je kunt je werk eraan weer veranderen zodra de reviewer een oordeel heeft gegeven</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no annotation &quot;%1&quot; on this item</source>
        <translation>er is geen annotatie &quot;%1&quot; op dit item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annotation &quot;%1&quot; belongs to another person&apos;s layer</source>
        <translation>annotatie &quot;%1&quot; hoort bij de laag van iemand anders</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Add %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; toevoegen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot copy %1 &quot;%2&quot;: %3</source>
        <translation>kan %1 &quot;%2&quot; niet kopiëren: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Copy %n annotation(s) from the previous item</source>
        <translation>
            <numerusform>%n annotatie van het vorige item kopiëren</numerusform>
            <numerusform>%n annotaties van het vorige item kopiëren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reject suggested %1 &quot;%2&quot;</source>
        <translation>Voorgestelde %1 &quot;%2&quot; afwijzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot; verwijderen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept suggested %1 &quot;%2&quot;</source>
        <translation>Voorgestelde %1 &quot;%2&quot; overnemen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change label to &quot;%1&quot;</source>
        <translation>Label wijzigen in &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set %1</source>
        <translation>%1 instellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the task has no question &quot;%1&quot;</source>
        <translation>de taak heeft geen vraag &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>question &quot;%1&quot; is not asked for this item</source>
        <translation>vraag &quot;%1&quot; wordt bij dit item niet gesteld</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Clear the answer to &quot;%1&quot;</source>
        <translation>Antwoord op &quot;%1&quot; wissen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer &quot;%1&quot;</source>
        <translation>&quot;%1&quot; beantwoorden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Mark as &quot;%1&quot;</source>
        <translation>Status op &quot;%1&quot; zetten</translation>
    </message>
    <message>
        <location filename="../core/document/reviewcommands.cpp" line="+106"/>
        <source>Accept</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Afkeuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix and accept</source>
        <translation>Verbeteren en goedkeuren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 marked this item as gold with their own annotations as the reference; only %1 can take the mark away</source>
        <translation>%1 heeft dit item als gold gemarkeerd, met de eigen annotaties als referentie; alleen %1 kan de markering weghalen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark as gold</source>
        <translation>Als gold markeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark gold</source>
        <translation>Gold-markering weghalen</translation>
    </message>
</context>
<context>
    <name>annostraat::Consensus</name>
    <message>
        <location filename="../core/quality/consensus.cpp" line="+187"/>
        <source>the consensus cannot settle %1</source>
        <translation>de consensus kan %1 niet beslissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the consensus cannot settle the %1 (%2)</source>
        <translation>de consensus kan de %1 niet beslissen (%2)</translation>
    </message>
</context>
<context>
    <name>annostraat::CrackKind</name>
    <message>
        <location filename="../core/model/kinds/crackkind.cpp" line="+29"/>
        <source>no valid line</source>
        <translation>geen geldige lijn</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n point(s), %1 px long</source>
        <translation>
            <numerusform>%n punt, %1 px lang</numerusform>
            <numerusform>%n punten, %1 px lang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/kinds/crackkind.h" line="+20"/>
        <source>Crack line</source>
        <translation>Scheurlijn</translation>
    </message>
</context>
<context>
    <name>annostraat::CrackTool</name>
    <message>
        <location filename="../widgets/tools/crack/cracktool.h" line="+19"/>
        <source>Crack points</source>
        <translation>Scheurpunten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click points along the crack; Enter or a double-click ends it. Backspace removes the last point.</source>
        <translation>Klik punten langs de scheur; Enter of dubbelklikken maakt hem af. Backspace haalt het laatste punt weg.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not a crack this way: %1</source>
        <translation>Zo is het geen scheur: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A crack needs at least 2 points; it was not kept.</source>
        <translation>Een scheur heeft minstens 2 punten nodig; deze is niet bewaard.</translation>
    </message>
</context>
<context>
    <name>annostraat::CreateShapeTool</name>
    <message>
        <location filename="../widgets/canvas/createshapetool.cpp" line="+69"/>
        <source>Assisted tracing is on: the line from the last point follows the dark line to the pointer, and a click places its points. Hold Shift for a straight side.</source>
        <translation>Hulp bij overtrekken staat aan: de lijn vanaf het laatste punt volgt de donkere lijn tot de aanwijzer, en een klik zet de punten ervan. Houd Shift ingedrukt voor een rechte zijde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By keyboard: the arrows move the cross, Space clicks.</source>
        <translation>Met het toetsenbord: de pijltjes schuiven het kruisje, Spatie klikt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assisted tracing: follows the dark line; Shift for a straight side.</source>
        <translation>Hulp bij overtrekken: volgt de donkere lijn; Shift voor een rechte zijde.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The outline as drawn crosses itself and was not kept; the last outline that did not cross itself stays.</source>
        <translation>De omtrek zoals getekend kruist zichzelf en is niet bewaard; de laatste omtrek die zichzelf niet kruiste blijft staan.</translation>
    </message>
</context>
<context>
    <name>annostraat::Dashboard</name>
    <message>
        <location filename="../widgets/dashboard/dashboard.cpp" line="+233"/>
        <location line="+8"/>
        <source>My progress</source>
        <translation>Mijn voortgang</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Task:</source>
        <translation>&amp;Taak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Progress</source>
        <translation>&amp;Voortgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My pro&amp;gress</source>
        <translation>&amp;Mijn voortgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agreement and gold</source>
        <translation>&amp;Overeenstemming en gold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Most disagreement</source>
        <translation>Meeste o&amp;nenigheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well each person&apos;s work matches the others&apos; and the gold items, per kind of work, week by week</source>
        <translation>Hoe goed het werk van ieder overeenkomt met dat van de anderen en met de gold-items, per soort werk, week na week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items with &amp;feedback for you (Enter opens one):</source>
        <translation>Items met &amp;feedback voor jou (Enter opent er een):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard pages</source>
        <translation>Tabbladen van het dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress per person</source>
        <translation>Voortgang per persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items with feedback for you</source>
        <translation>Items met feedback voor jou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures per person and kind of work</source>
        <translation>Cijfers per persoon en soort werk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items with the most disagreement</source>
        <translation>Items met de meeste onenigheid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;igure:</source>
        <translation>Ci&amp;jfer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of work:</source>
        <translation>Soort &amp;werk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items where people&apos;s work differs most. Enter or a double click opens one.</source>
        <translation>De items waar het werk van mensen het meest verschilt. Enter of dubbelklikken opent er een.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+388"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location line="-390"/>
        <source>Assigned</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+319"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="-319"/>
        <location line="+320"/>
        <source>Flagged</source>
        <translation>Gemarkeerd</translation>
    </message>
    <message>
        <location line="-320"/>
        <location line="+321"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location line="-320"/>
        <location line="+322"/>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>Time worked</source>
        <translation>Gewerkte tijd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items per hour</source>
        <translation>Items per uur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+362"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location line="-362"/>
        <location line="+363"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="-363"/>
        <location line="+364"/>
        <source>Accepted</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <location line="-364"/>
        <location line="+365"/>
        <source>Corrected</source>
        <translation>Verbeterd</translation>
    </message>
    <message>
        <location line="-364"/>
        <location line="+1"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Disagreement</source>
        <translation>Onenigheid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreement with the others</source>
        <translation>Overeenstemming met de anderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score against gold</source>
        <translation>Score tegen gold</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement: how well a person&apos;s work matches the others&apos; on the same items. Gold: how well it matches the team lead&apos;s reference on gold items.</source>
        <translation>Overeenstemming: hoe goed iemands werk overeenkomt met dat van de anderen op dezelfde items. Gold: hoe goed het overeenkomt met de referentie van de teamleider op gold-items.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The figures could not be read: %1</source>
        <translation>De cijfers konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(Counting again…)</source>
        <translation>(Opnieuw aan het tellen…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counting the figures of %1…</source>
        <translation>De cijfers van %1 worden geteld…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no task yet.</source>
        <translation>Er is nog geen taak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own work on this task. Nobody is compared here.</source>
        <translation>Je eigen werk aan deze taak. Hier wordt niemand vergeleken.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n person(s) on this task; %1 of the work done.</source>
        <translation>
            <numerusform>%n persoon aan deze taak; %1 van het werk klaar.</numerusform>
            <numerusform>%n mensen aan deze taak; %1 van het werk klaar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+1"/>
        <source>Question &quot;%1&quot;</source>
        <translation>Vraag &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="-469"/>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <location line="+458"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Items per person</source>
        <translation>Items per persoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your items</source>
        <translation>Jouw items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: items per person</source>
        <translation>Grafiek: items per persoon</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No feedback waiting.</source>
        <translation>Er wacht geen feedback.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No gold items in this task. A team lead opens an item, draws the right answer and marks it with Team → Gold item (Ctrl+Shift+G); then each person&apos;s score shows here.</source>
        <translation>Deze taak heeft geen gold-items. Een teamleider opent een item, tekent het goede antwoord en markeert het met Team → Gold-item (Ctrl+Shift+G); daarna staat hier de score van ieder.</translation>
    </message>
    <message>
        <location line="-420"/>
        <location line="+376"/>
        <source>Review outcomes per person</source>
        <translation>Uitkomsten van review per persoon</translation>
    </message>
    <message>
        <location line="-511"/>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+512"/>
        <source>Chart: review outcomes per person</source>
        <translation>Grafiek: uitkomsten van review per persoon</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n item)</numerusform>
            <numerusform>%1 (%n items)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing to compare yet: figures appear once two people have marked the same items done.</source>
        <translation>Nog niets om te vergelijken: cijfers verschijnen zodra twee mensen dezelfde items klaar hebben gemeld.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n gold item(s) in this task.</source>
        <translation>
            <numerusform>%n gold-item in deze taak.</numerusform>
            <numerusform>%n gold-items in deze taak.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each person against everyone else on the same items.</source>
        <translation>Ieder vergeleken met alle anderen op dezelfde items.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Score against gold: %1</source>
        <translation>Score tegen gold: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement: %1</source>
        <translation>Overeenstemming: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: %1 per person per week</source>
        <translation>Grafiek: %1 per persoon per week</translation>
    </message>
</context>
<context>
    <name>annostraat::DeliveryDialog</name>
    <message>
        <location filename="../app/gui/deliverydialog.cpp" line="+220"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No files were refused for this task.</source>
        <translation>Er zijn geen bestanden geweigerd voor deze taak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refused files: these are not taken in and not tried again until they change. Ask the person who made them to sync again.</source>
        <translation>&amp;Geweigerde bestanden: deze zijn niet overgenomen en worden pas opnieuw geprobeerd als ze veranderen. Vraag wie ze maakte om opnieuw te synchroniseren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who delivered what</source>
        <translation>Wie heeft wat ingeleverd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who delivered what, per person</source>
        <translation>Wie wat heeft geleverd, per persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this PC has received from the shared folder, per person. Press F5 in the main window to sync first.</source>
        <translation>Wat deze pc per persoon uit de gedeelde map heeft ontvangen. Druk in het hoofdvenster eerst op F5 om te synchroniseren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Task</source>
        <translation>&amp;Taak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged</source>
        <translation>Gemarkeerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations</source>
        <translation>Annotaties</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last file</source>
        <translation>Laatste bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result and review files taken in from the shared folder</source>
        <translation>Resultaat- en reviewbestanden die uit de gedeelde map zijn overgenomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When this PC took in the person&apos;s latest file</source>
        <translation>Wanneer deze pc het laatste bestand van deze persoon overnam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person and file</source>
        <translation>Persoon en bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody has been assigned or delivered anything for this task yet.</source>
        <translation>Voor deze taak is nog niemand iets toegewezen en heeft nog niemand iets ingeleverd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this overview (Enter or Esc)</source>
        <translation>Dit overzicht sluiten (Enter of Esc)</translation>
    </message>
</context>
<context>
    <name>annostraat::DemoTask</name>
    <message>
        <location filename="../app/gui/demotask.cpp" line="+25"/>
        <source>Demo 1: dike cracks</source>
        <translation>Demo 1: dijkscheuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo 2: train buffers</source>
        <translation>Demo 2: treinbuffers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo 3: lamp posts</source>
        <translation>Demo 3: lantaarnpalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo 5: thumbnails</source>
        <translation>Demo 5: thumbnails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo 6: A/B thumbnails</source>
        <translation>Demo 6: A/B-thumbnails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo 7: news</source>
        <translation>Demo 7: nieuws</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Demo 4: erosion</source>
        <translation>Demo 4: erosie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo 8: CVs</source>
        <translation>Demo 8: cv&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo 9: weather reports</source>
        <translation>Demo 9: weerberichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo 10: program parts</source>
        <translation>Demo 10: programmadelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo 11: ad breaks</source>
        <translation>Demo 11: reclameblokken</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1: cannot create the folder for the demo media</source>
        <translation>%1: de map voor de media van de demotaak kan niet worden aangemaakt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: cannot copy the demo file</source>
        <translation>%1: het bestand van de demotaak kan niet worden gekopieerd</translation>
    </message>
</context>
<context>
    <name>annostraat::DisplayNames</name>
    <message>
        <location filename="../core/model/displaynames.cpp" line="+10"/>
        <source>To do</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged</source>
        <translation>Gemarkeerd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team lead</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image pair</source>
        <translation>Afbeeldingspaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixed</source>
        <translation>Gemengd</translation>
    </message>
</context>
<context>
    <name>annostraat::ExportDialog</name>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="+175"/>
        <source>Export a task</source>
        <translation>Een taak exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a task&apos;s items and everyone&apos;s work to a file in a format a client can read. Nothing in the store changes.</source>
        <translation>Schrijf de items van een taak en het werk van iedereen naar een bestand in een formaat dat een klant kan lezen. Er verandert niets in de opslag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Task:</source>
        <translation>&amp;Taak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whose work:</source>
        <translation>&amp;Wiens werk:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (.%2, version %3)</source>
        <translation>%1 (.%2, versie %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone&apos;s work, each person&apos;s layer</source>
        <translation>Het werk van iedereen, ieders eigen laag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only work a reviewer accepted</source>
        <translation>Alleen werk dat een controleur heeft goedgekeurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consensus: what most people agree on, per item</source>
        <translation>De consensus: waar de meeste mensen het per item over eens zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1&apos;s work</source>
        <translation>Alleen het werk van %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formats that keep the whole task (JSON Lines, the answers table) always write everyone&apos;s work</source>
        <translation>Formaten die de hele taak bewaren (JSON Lines, de antwoordentabel) schrijven altijd het werk van iedereen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The export is still running; it cannot be stopped halfway. Close this window when it is done.</source>
        <translation>De export loopt nog; hij kan niet halverwege stoppen. Sluit dit venster als hij klaar is.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No format can export this task.</source>
        <translation>Geen enkel formaat kan deze taak exporteren.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Counting what the export will hold…</source>
        <translation>Tellen wat er in de export komt…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The export will hold nothing: this choice has no work.</source>
        <translation>Er komt niets in de export: bij deze keuze is er geen werk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export will hold: %1.</source>
        <translation>In de export komt: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This export cannot be made: %1</source>
        <translation>Deze export kan niet gemaakt worden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The folder %1 does not exist. Choose another file.</source>
        <translation>De map %1 bestaat niet. Kies een ander bestand.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the file?</source>
        <translation>Het bestand vervangen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it with this export?</source>
        <translation>%1 bestaat al. Vervangen door deze export?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Done: the task is in %1.</source>
        <translation>Klaar: de taak staat in %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export did not succeed, and no file was written: %1</source>
        <translation>De export is niet gelukt en er is geen bestand geschreven: %1</translation>
    </message>
</context>
<context>
    <name>annostraat::ExportSelection</name>
    <message>
        <location filename="../core/formats/exportselection.cpp" line="+52"/>
        <source>choose one person&apos;s layer or the %1 work, not both</source>
        <translation>kies de laag van één persoon of het %1-werk, niet allebei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>er is geen profiel &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>annostraat::FallbackEditor</name>
    <message>
        <location filename="../widgets/editor/fallbackeditor.cpp" line="+46"/>
        <source>This version cannot show items of the kind “%1” yet:
%2</source>
        <translation>Deze versie kan items van de soort ‘%1’ nog niet tonen:
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can still answer the questions, or skip the item.</source>
        <translation>Je kunt de vragen wel beantwoorden, of het item overslaan.</translation>
    </message>
</context>
<context>
    <name>annostraat::FeedbackBox</name>
    <message>
        <location filename="../widgets/review/feedbackbox.cpp" line="+74"/>
        <source>There is feedback on this item</source>
        <translation>Er is feedback bij dit item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 wrote: “%2”</source>
        <translation>%1 schreef: “%2”</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About: %1</source>
        <translation>Over: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select this annotation on the item</source>
        <translation>Deze annotatie op het item kiezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About: %1, %2</source>
        <comment>%1: an annotation; %2: where on it, e.g. &quot;at 00:00:41:09&quot;</comment>
        <translation>Over: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select this annotation and go to that place on it</source>
        <translation>Deze annotatie kiezen en naar die plek erop gaan</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>About an annotation you have removed since</source>
        <translation>Over een annotatie die je sindsdien hebt weggehaald</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This item is being reviewed</source>
        <translation>Dit item wordt nagekeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your work on it is read-only until the reviewer has given a verdict; then you can change it again if needed.</source>
        <translation>Je kunt je werk erop niet veranderen tot de reviewer een oordeel heeft gegeven; daarna kan het weer als dat nodig is.</translation>
    </message>
</context>
<context>
    <name>annostraat::FlagDialog</name>
    <message>
        <location filename="../app/gui/flagdialog.cpp" line="+19"/>
        <source>The file cannot be used (it does not open, or it cannot be read)</source>
        <translation>Het bestand is niet te gebruiken (het opent niet, of het is niet te lezen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item does not fit the task</source>
        <translation>Dit item past niet bij de taak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I am not sure what to do with this item</source>
        <translation>Ik weet niet zeker wat ik met dit item moet doen</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Flag item</source>
        <translation>Item markeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason in your own words</source>
        <translation>Reden in je eigen woorden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is wrong with this item? The reason goes with the item to the team lead.</source>
        <translation>Wat is er mis met dit item? De reden gaat met het item mee naar de teamleider.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other:</source>
        <translation>Anders:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the problem</source>
        <translation>Beschrijf het probleem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Markeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag the item with this reason (Enter)</source>
        <translation>Markeer het item met deze reden (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without flagging (Esc)</source>
        <translation>Sluiten zonder te markeren (Esc)</translation>
    </message>
</context>
<context>
    <name>annostraat::FolderScan</name>
    <message>
        <location filename="../core/store/folderscan.cpp" line="+88"/>
        <source>not an image; an A/B folder holds image pairs only</source>
        <translation>geen afbeelding; een A/B-map bevat alleen paren van afbeeldingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an image, video or .txt text</source>
        <translation>geen afbeelding, video of .txt-tekst</translation>
    </message>
</context>
<context>
    <name>annostraat::Formats</name>
    <message>
        <location filename="../core/formats/answerscsv.cpp" line="+72"/>
        <source>CSV of answers</source>
        <translation>CSV met antwoorden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers to the task&apos;s questions: one row per item and annotator, one column per question, with the item&apos;s status and review verdict.</source>
        <translation>De antwoorden op de vragen van de taak: één rij per item en annotator, één kolom per vraag, met de status van het item en het oordeel van de beoordeling.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../core/formats/imagedataset.cpp" line="+384"/>
        <location filename="../core/formats/jsonlines.cpp" line="+134"/>
        <location filename="../core/formats/registry.cpp" line="+141"/>
        <location filename="../core/formats/textdataset.cpp" line="+573"/>
        <location filename="../core/formats/videodataset.cpp" line="+394"/>
        <source>%1: there is no task &quot;%2&quot;</source>
        <translation>%1: er is geen taak &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../core/formats/jsonlines.cpp" line="+87"/>
        <location filename="../core/formats/timecodecsv.cpp" line="+84"/>
        <location filename="../core/formats/videodataset.cpp" line="+119"/>
        <source>cannot write the export: %1</source>
        <translation>kan de export niet schrijven: %1</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfields.cpp" line="+38"/>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; moet tekst zijn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;): &quot;%2&quot;</source>
        <translation>&quot;%1&quot; is geen geldige id (1 tot 64 letters, cijfers, &apos;-&apos; of &apos;_&apos;): &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; moet een geheel getal van %2 tot %3 zijn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be a JSON object ({…})</source>
        <translation>&quot;%1&quot; moet een JSON-object zijn ({…})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; must be a JSON array ([…])</source>
        <translation>&quot;%1&quot; moet een JSON-lijst zijn ([…])</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; moet true of false zijn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>onbekend veld &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; has the unknown value &quot;%2&quot;; known values: %3</source>
        <translation>&quot;%1&quot; heeft de onbekende waarde &quot;%2&quot;; bekende waarden: %3</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonlines.cpp" line="-112"/>
        <source>Annostraat JSON Lines (everything)</source>
        <translation>Annostraat JSON Lines (alles)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole task: items with their media, every person&apos;s annotations, submissions and reviews, one JSON object per line. Imports back into a store unchanged.</source>
        <translation>De hele taak: items met hun media, de annotaties, inzendingen en beoordelingen van iedereen, één JSON-object per regel. Laat zich ongewijzigd terug importeren in een opslag.</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonlinesreader.cpp" line="+77"/>
        <source>a second header line (the first is line %1)</source>
        <translation>een tweede kopregel (de eerste is regel %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the header&apos;s format is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>het formaat in de kopregel is &quot;%1&quot;, niet &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is in version %1 of the format; this program reads version %2. Update Annostraat to import it</source>
        <translation>het bestand is in versie %1 van het formaat; dit programma leest versie %2. Werk Annostraat bij om het te importeren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;counts&quot; has the unknown line type &quot;%1&quot;</source>
        <translation>&quot;counts&quot; noemt het onbekende regeltype &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;counts&quot;: &quot;%1&quot; must be a whole number of 0 or more</source>
        <translation>&quot;counts&quot;: &quot;%1&quot; moet een geheel getal van 0 of meer zijn</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a profile&apos;s name must have 1 to 64 characters</source>
        <translation>de naam van een profiel moet 1 tot 64 tekens hebben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a second task line (the first is line %1); a file holds one task</source>
        <translation>een tweede taakregel (de eerste is regel %1); een bestand bevat één taak</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a task needs a name</source>
        <translation>een taak heeft een naam nodig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the schema has no labels and no questions</source>
        <translation>het schema heeft geen labels en geen vragen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;media&quot; must hold exactly one file in version %1 of the format</source>
        <translation>&quot;media&quot; moet in versie %1 van het formaat precies één bestand bevatten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;media&quot; must hold JSON objects ({…})</source>
        <translation>&quot;media&quot; moet JSON-objecten bevatten ({…})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;sha256&quot; must be 64 lower-case hexadecimal digits</source>
        <translation>&quot;sha256&quot; moet uit 64 hexadecimale cijfers in kleine letters bestaan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;assigned&quot; must list profile ids</source>
        <translation>&quot;assigned&quot; moet een lijst van profiel-id&apos;s zijn</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>a flagged item needs a reason</source>
        <translation>een gemarkeerd item heeft een reden nodig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a rejection needs a comment for the annotator</source>
        <translation>een afwijzing heeft een toelichting voor de annotator nodig</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file ends without a task line</source>
        <translation>het bestand eindigt zonder taakregel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the header names task %1, but this is task %2</source>
        <translation>de kopregel noemt taak %1, maar dit is taak %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the header announces %1 &quot;%2&quot; lines, but the file has %3; is it complete?</source>
        <translation>de kopregel kondigt %1 regels &quot;%2&quot; aan, maar het bestand heeft er %3; is het compleet?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file holds task &quot;%1&quot; (%2), not &quot;%3&quot;</source>
        <translation>het bestand bevat taak &quot;%1&quot; (%2), niet &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>task &quot;%1&quot; (%2) is already in this store; a dump is imported only into a store that does not have its task</source>
        <translation>taak &quot;%1&quot; (%2) staat al in deze opslag; een dump wordt alleen geïmporteerd in een opslag zonder die taak</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a second %1 &quot;%2&quot; (the first is on line %3)</source>
        <translation>een tweede %1 &quot;%2&quot; (de eerste staat op regel %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this store already has a profile named &quot;%1&quot;, with another id (%2)</source>
        <translation>deze opslag heeft al een profiel met de naam &quot;%1&quot;, met een andere id (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no profile line, and no profile in the store, has the id &quot;%1&quot;</source>
        <translation>geen profielregel en geen profiel in de opslag heeft de id &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>item %1 is already in this store, in another task</source>
        <translation>item %1 staat al in deze opslag, in een andere taak</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no item line has the id &quot;%1&quot;</source>
        <translation>geen itemregel heeft de id &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>annotation %1 is already in this store</source>
        <translation>annotatie %1 staat al in deze opslag</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: an import needs a profile id as its author</source>
        <translation>%1: een import heeft een profiel-id als maker nodig</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../core/formats/registry.cpp" line="+59"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: het bestand kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line is longer than %1 MB</source>
        <translation>de regel is langer dan %1 MB</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not valid JSON at character %1: %2</source>
        <translation>geen geldige JSON bij teken %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>each line must be one JSON object ({…})</source>
        <translation>elke regel moet één JSON-object zijn ({…})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the line has no &quot;type&quot; (text)</source>
        <translation>de regel heeft geen &quot;type&quot; (tekst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first line must be the header ({&quot;type&quot;: &quot;header&quot;, &quot;format&quot;: &quot;%1&quot;, …}); is this an Annostraat JSON Lines file?</source>
        <translation>de eerste regel moet de kopregel zijn ({&quot;type&quot;: &quot;header&quot;, &quot;format&quot;: &quot;%1&quot;, …}); is dit een Annostraat JSON Lines-bestand?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown line type &quot;%1&quot;</source>
        <translation>onbekend regeltype &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/registry.cpp" line="-96"/>
        <source>&quot;%1&quot; is not a valid format id (lower-case letters, digits, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>&quot;%1&quot; is geen geldige formaat-id (kleine letters, cijfers, &apos;-&apos; of &apos;_&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is already a format &quot;%1&quot;</source>
        <translation>er is al een formaat &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format &quot;%1&quot; can neither export nor import</source>
        <translation>formaat &quot;%1&quot; kan exporteren noch importeren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the format &quot;%1&quot; cannot be exported; formats that can: %2</source>
        <translation>naar het formaat &quot;%1&quot; kan niet geëxporteerd worden; formaten die dat kunnen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>task &quot;%1&quot; holds %2 items, which the format &quot;%3&quot; does not carry</source>
        <translation>taak &quot;%1&quot; heeft items van de soort %2, die het formaat &quot;%3&quot; niet kan bevatten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: de map bestaat niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file already exists</source>
        <translation>%1: het bestand bestaat al</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: het bestand kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the format &quot;%1&quot; cannot be imported; formats that can: %2</source>
        <translation>uit het formaat &quot;%1&quot; kan niet geïmporteerd worden; formaten die dat kunnen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the format &quot;%1&quot; cannot be loaded as suggestions: it carries its own layers; load a dataset format as suggestions instead</source>
        <translation>het formaat &quot;%1&quot; kan niet als voorstellen worden geladen: het heeft eigen lagen; laad in plaats daarvan een datasetformaat als voorstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: there is no such file</source>
        <translation>%1: dit bestand bestaat niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is not a file</source>
        <translation>%1: is geen bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is %2 MB; at most %3 MB can be imported at once</source>
        <translation>%1: het bestand is %2 MB; er kan hoogstens %3 MB tegelijk geïmporteerd worden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the format &quot;%1&quot; imports into a task that is already in the store; name it (there is no task &quot;%2&quot;)</source>
        <translation>het formaat &quot;%1&quot; importeert in een taak die al in de opslag staat; noem die (er is geen taak &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../core/formats/coco.cpp" line="+116"/>
        <source>a category needs a whole number &quot;id&quot;</source>
        <translation>een categorie heeft een geheel getal als &quot;id&quot; nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a category needs a &quot;name&quot;</source>
        <translation>een categorie heeft een &quot;name&quot; nodig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a second category with id %1</source>
        <translation>een tweede categorie met id %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a second category named &quot;%1&quot;</source>
        <translation>een tweede categorie met de naam &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an image needs a whole number &quot;id&quot;</source>
        <translation>een afbeelding heeft een geheel getal als &quot;id&quot; nodig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a second image with id %1</source>
        <translation>een tweede afbeelding met id %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an image needs a &quot;file_name&quot;</source>
        <translation>een afbeelding heeft een &quot;file_name&quot; nodig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an image needs its &quot;width&quot; and &quot;height&quot; in pixels (whole numbers of 1 or more)</source>
        <translation>een afbeelding heeft haar &quot;width&quot; en &quot;height&quot; in pixels nodig (gehele getallen van 1 of meer)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an annotation needs a whole number &quot;id&quot;</source>
        <translation>een annotatie heeft een geheel getal als &quot;id&quot; nodig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a second annotation with id %1</source>
        <translation>een tweede annotatie met id %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;image_id&quot; %1 is no image of the file</source>
        <translation>&quot;image_id&quot; %1 is geen afbeelding uit het bestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown category %1 (&quot;category_id&quot;)</source>
        <translation>onbekende categorie %1 (&quot;category_id&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;attributes&quot; must be a JSON object</source>
        <translation>&quot;attributes&quot; moet een JSON-object zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;iscrowd&quot; must be 0 or 1</source>
        <translation>&quot;iscrowd&quot; moet 0 of 1 zijn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;attributes&quot;: &quot;polyline&quot; must be a list of numbers [x1, y1, x2, y2, …]</source>
        <translation>&quot;attributes&quot;: &quot;polyline&quot; moet een lijst getallen [x1, y1, x2, y2, …] zijn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;segmentation&quot; must be a list of polygons or a run-length mask</source>
        <translation>&quot;segmentation&quot; moet een lijst polygonen of een run-length-masker zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;bbox&quot; must be [x, y, width, height]</source>
        <translation>&quot;bbox&quot; moet [x, y, breedte, hoogte] zijn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;segmentation&quot;[%1] must be a list of numbers [x1, y1, x2, y2, …]</source>
        <translation>&quot;segmentation&quot;[%1] moet een lijst getallen [x1, y1, x2, y2, …] zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;segmentation&quot;[%1] is a polygon with %2 points; a polygon needs at least 3</source>
        <translation>&quot;segmentation&quot;[%1] is een polygoon met %2 punten; een polygoon heeft er minstens 3 nodig</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a run-length mask needs &quot;size&quot;: [height, width]</source>
        <translation>een run-length-masker heeft &quot;size&quot;: [hoogte, breedte] nodig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the mask is %1 × %2 pixels, its image %3 × %4</source>
        <translation>het masker is %1 × %2 pixels, de afbeelding %3 × %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the mask&apos;s &quot;counts&quot; text is not run-length data</source>
        <translation>de tekst in &quot;counts&quot; van het masker is geen run-length-data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the mask&apos;s &quot;counts&quot; must be whole numbers of 0 or more</source>
        <translation>&quot;counts&quot; van het masker moeten gehele getallen van 0 of meer zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a run-length mask needs &quot;counts&quot;</source>
        <translation>een run-length-masker heeft &quot;counts&quot; nodig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the mask&apos;s runs cover %1 pixels, its size %2</source>
        <translation>de reeksen van het masker beslaan %1 pixels, de grootte ervan %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the file is %1 MB; a COCO file is read whole, and at most %2 MB can be</source>
        <translation>het bestand is %1 MB; een COCO-bestand wordt in zijn geheel gelezen, en dat kan met hoogstens %2 MB</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is larger than %1 MB, the most a COCO file can be</source>
        <translation>het bestand is groter dan %1 MB, het meeste dat een COCO-bestand mag zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/formats/labelme.cpp" line="+50"/>
        <location filename="../core/formats/labelstudiojson.cpp" line="+72"/>
        <source>not valid JSON (%1, at character %2); is the file complete?</source>
        <translation>geen geldige JSON (%1, bij teken %2); is het bestand compleet?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a COCO file is one JSON object ({…})</source>
        <translation>een COCO-bestand is één JSON-object ({…})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is missing; is this a COCO instances file?</source>
        <translation>&quot;%1&quot; ontbreekt; is dit een COCO-instances-bestand?</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>COCO instances (JSON)</source>
        <translation>COCO instances (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxes and polygons of an image task with their categories, as COCO object detection datasets hold them. Masks are imported as traced polygons; cracks go out as boxes with their line kept in &quot;attributes&quot;.</source>
        <translation>Kaders en polygonen van een beeldtaak met hun categorieën, zoals COCO-datasets voor objectdetectie ze bevatten. Maskers worden geïmporteerd als overgetrokken polygonen; scheuren gaan eruit als kaders, met hun lijn bewaard in &quot;attributes&quot;.</translation>
    </message>
    <message>
        <location filename="../core/formats/cvatimages.cpp" line="+137"/>
        <source>an &lt;image&gt; needs a &quot;name&quot;</source>
        <translation>een &lt;image&gt; heeft een &quot;name&quot; nodig</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a &lt;box&gt; needs xtl, ytl, xbr and ybr (numbers)</source>
        <translation>een &lt;box&gt; heeft xtl, ytl, xbr en ybr nodig (getallen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;points&quot; must be &quot;x1,y1;x2,y2;…&quot;</source>
        <translation>&quot;points&quot; moet &quot;x1,y1;x2,y2;…&quot; zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/formats/labelme.cpp" line="+50"/>
        <location filename="../core/formats/labelstudioimages.cpp" line="+178"/>
        <location filename="../core/formats/yolo.cpp" line="+153"/>
        <source>a polygon with %1 points; a polygon needs at least 3</source>
        <translation>een polygoon met %1 punten; een polygoon heeft er minstens 3 nodig</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../core/formats/labelme.cpp" line="-58"/>
        <location filename="../core/formats/pascalvoc.cpp" line="+84"/>
        <location filename="../core/formats/textdataset.cpp" line="-401"/>
        <location filename="../core/formats/yolo.cpp" line="-101"/>
        <source>the file is %1 MB; at most %2 MB is read</source>
        <translation>het bestand is %1 MB; er wordt hoogstens %2 MB gelezen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not valid XML: %1</source>
        <translation>geen geldige XML: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CVAT file starts with &lt;annotations&gt;</source>
        <translation>een CVAT-bestand begint met &lt;annotations&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is CVAT XML version %1; this program reads version 1.1</source>
        <translation>het bestand is CVAT-XML versie %1; dit programma leest versie 1.1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this is CVAT for video (it has tracks); import CVAT for images</source>
        <translation>dit is CVAT voor video (het heeft tracks); importeer CVAT voor afbeeldingen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/formats/pascalvoc.cpp" line="+36"/>
        <location line="+83"/>
        <source>not valid XML: %1; is the file complete?</source>
        <translation>geen geldige XML: %1; is het bestand compleet?</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>CVAT for images 1.1 (XML)</source>
        <translation>CVAT voor afbeeldingen 1.1 (XML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxes, polygons and polylines (cracks) with their attributes, per image, as CVAT writes and reads them. Points and other CVAT shapes are skipped on import.</source>
        <translation>Kaders, polygonen en lijnen (scheuren) met hun attributen, per afbeelding, zoals CVAT ze schrijft en leest. Punten en andere CVAT-vormen worden bij het importeren overgeslagen.</translation>
    </message>
    <message>
        <location filename="../core/formats/imagedataset.cpp" line="-270"/>
        <location filename="../core/formats/textdataset.cpp" line="-91"/>
        <source>the labels of the dataset</source>
        <translation>de labels van de dataset</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../core/formats/textdataset.cpp" line="+198"/>
        <location filename="../core/formats/videodataset.cpp" line="-321"/>
        <source>an import needs a profile id as its author</source>
        <translation>een import heeft een profiel-id als auteur nodig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the %1 has no label</source>
        <translation>de %1 heeft geen label</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the %1 (%2, %3 to %4, %5) lies outside its image &quot;%6&quot; (%7 × %8 pixels)</source>
        <translation>de %1 (%2, %3 tot %4, %5) ligt buiten zijn afbeelding &quot;%6&quot; (%7 × %8 pixels)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the image &quot;%1&quot; is not there; a new task needs the dataset&apos;s image files</source>
        <translation>de afbeelding &quot;%1&quot; is er niet; een nieuwe taak heeft de afbeeldingsbestanden van de dataset nodig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the image &quot;%1&quot; is listed twice</source>
        <translation>de afbeelding &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../core/formats/registry.cpp" line="-2"/>
        <location filename="../core/formats/textdataset.cpp" line="+128"/>
        <location filename="../core/formats/videodataset.cpp" line="+3"/>
        <source>there is no task &quot;%1&quot; to import into</source>
        <translation>er is geen taak &quot;%1&quot; om in te importeren</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>task &quot;%1&quot; has %2 items named &quot;%3&quot;; with the image file beside the dataset they are told apart by content</source>
        <translation>taak &quot;%1&quot; heeft %2 items met de naam &quot;%3&quot;; met het afbeeldingsbestand naast de dataset worden ze op inhoud onderscheiden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>task &quot;%1&quot; has no item with the image &quot;%2&quot; (by file name or content)</source>
        <translation>taak &quot;%1&quot; heeft geen item met de afbeelding &quot;%2&quot; (op bestandsnaam of inhoud)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../core/formats/textdataset.cpp" line="+102"/>
        <source>there is no profile &quot;%1&quot; whose layer the annotations could be</source>
        <translation>er is geen profiel &quot;%1&quot; in wiens laag de annotaties kunnen komen</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>item %1 (%2): the image&apos;s size is not known and its file cannot be read to find out</source>
        <translation>item %1 (%2): de grootte van de afbeelding is niet bekend en het bestand kan niet gelezen worden om die te bepalen</translation>
    </message>
    <message>
        <location filename="../core/formats/labelme.cpp" line="-4"/>
        <location filename="../core/formats/pascalvoc.cpp" line="-123"/>
        <location filename="../core/formats/textdataset.cpp" line="-341"/>
        <location filename="../core/formats/yolo.cpp" line="-4"/>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;imagePath&quot; is missing</source>
        <translation>&quot;imagePath&quot; ontbreekt</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../core/formats/labelstudioimages.cpp" line="-13"/>
        <source>&quot;points&quot; must be [x, y] pairs</source>
        <translation>&quot;points&quot; moeten [x, y]-paren zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a rectangle has 2 points, not %1</source>
        <translation>een rechthoek heeft 2 punten, niet %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown &quot;shape_type&quot; &quot;%1&quot;</source>
        <translation>onbekend &quot;shape_type&quot; &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not a labelme file (it has no &quot;shapes&quot;)</source>
        <translation>geen labelme-bestand (het heeft geen &quot;shapes&quot;)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>labelme (JSON)</source>
        <translation>labelme (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON file per image: rectangles, polygons and linestrips (cracks). Importing a file reads every labelme file in its folder; exports a ZIP archive of the files.</source>
        <translation>Eén JSON-bestand per afbeelding: rechthoeken, polygonen en lijnen (scheuren). Een bestand importeren leest elk labelme-bestand in zijn map; exporteren maakt een ZIP-archief van de bestanden.</translation>
    </message>
    <message>
        <location filename="../core/formats/pascalvoc.cpp" line="+13"/>
        <source>a Pascal VOC file starts with &lt;annotation&gt;</source>
        <translation>een Pascal VOC-bestand begint met &lt;annotation&gt;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&lt;%1&gt; must be a number</source>
        <translation>&lt;%1&gt; moet een getal zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;bndbox&gt; needs &lt;%1&gt;</source>
        <translation>&lt;bndbox&gt; heeft &lt;%1&gt; nodig</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>an &lt;object&gt; needs a &lt;name&gt;</source>
        <translation>een &lt;object&gt; heeft een &lt;name&gt; nodig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an &lt;object&gt; needs a &lt;bndbox&gt;</source>
        <translation>een &lt;object&gt; heeft een &lt;bndbox&gt; nodig</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&quot;%1&quot; has neither Annotations/%1.xml nor an image in JPEGImages/</source>
        <translation>&quot;%1&quot; heeft geen Annotations/%1.xml en geen afbeelding in JPEGImages/</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the list names no images</source>
        <translation>de lijst noemt geen afbeeldingen</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Pascal VOC (XML)</source>
        <translation>Pascal VOC (XML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One XML file of boxes per image, with difficult, truncated and occluded. Imports an ImageSets/Main list or one Annotations file; exports a ZIP archive. Polygons and cracks go out as their bounding boxes.</source>
        <translation>Eén XML-bestand met kaders per afbeelding, met difficult, truncated en occluded. Importeert een ImageSets/Main-lijst of één Annotations-bestand; exporteert een ZIP-archief. Polygonen en scheuren gaan eruit als hun omsluitende kaders.</translation>
    </message>
    <message>
        <location filename="../core/formats/yolo.cpp" line="+65"/>
        <source>the size of the image &quot;%1&quot; cannot be read, and YOLO&apos;s coordinates are fractions of it</source>
        <translation>de grootte van de afbeelding &quot;%1&quot; is niet te lezen, en de coördinaten van YOLO zijn daar fracties van</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is no class number</source>
        <translation>&quot;%1&quot; is geen klassenummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown class %1; the dataset names %2 classes (0 to %3)</source>
        <translation>onbekende klasse %1; de dataset noemt %2 klassen (0 tot en met %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is geen getal</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 numbers after the class; a box has 4 (centre x, centre y, width, height), a polygon 3 or more x y pairs</source>
        <translation>%1 getallen na de klasse; een kader heeft er 4 (midden x, midden y, breedte, hoogte), een polygoon 3 of meer x-y-paren</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+156"/>
        <source>a second class named &quot;%1&quot;</source>
        <translation>een tweede klasse met de naam &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>the file names no classes</source>
        <translation>het bestand noemt geen klassen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected &quot;key = value&quot;</source>
        <translation>verwacht &quot;sleutel = waarde&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;names&quot; is missing: the file that names the classes</source>
        <translation>&quot;names&quot; ontbreekt: het bestand dat de klassen noemt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;classes&quot; is %1, but the names file has %2</source>
        <translation>&quot;classes&quot; is %1, maar het namenbestand heeft er %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>expected &quot;key: value&quot;</source>
        <translation>verwacht &quot;sleutel: waarde&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a list that does not end on its line</source>
        <translation>een lijst die niet op haar regel eindigt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;names&quot; is missing or empty: the classes</source>
        <translation>&quot;names&quot; ontbreekt of is leeg: de klassen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot;: there is no folder or list &quot;%2&quot;</source>
        <translation>&quot;%1&quot;: er is geen map of lijst &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a YOLO dataset is imported from its obj.data (Darknet), its data.yaml (Ultralytics) or its classes.txt</source>
        <translation>een YOLO-dataset wordt geïmporteerd vanuit zijn obj.data (Darknet), zijn data.yaml (Ultralytics) of zijn classes.txt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the dataset lists no images</source>
        <translation>de dataset noemt geen afbeeldingen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the image &quot;%1&quot; is not there</source>
        <translation>de afbeelding &quot;%1&quot; is er niet</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>YOLO (Darknet and Ultralytics)</source>
        <translation>YOLO (Darknet en Ultralytics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One text file of boxes and polygons per image, in fractions of the image&apos;s size. Imports obj.data, data.yaml or classes.txt with the files they name; exports a ZIP archive with both descriptors. Cracks go out as their bounding box.</source>
        <translation>Eén tekstbestand met kaders en polygonen per afbeelding, in fracties van de afbeeldingsgrootte. Importeert obj.data, data.yaml of classes.txt met de bestanden die ze noemen; exporteert een ZIP-archief met beide beschrijvingen. Scheuren gaan eruit als hun omsluitend kader.</translation>
    </message>
    <message>
        <location filename="../core/formats/brat.cpp" line="+117"/>
        <source>&quot;%1&quot; is no brat annotation line</source>
        <translation>&quot;%1&quot; is geen brat-annotatieregel</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>an entity line is &quot;T1&lt;tab&gt;LABEL start end&lt;tab&gt;text&quot;</source>
        <translation>een entiteitregel is &quot;T1&lt;tab&gt;LABEL begin eind&lt;tab&gt;tekst&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a discontinuous span (&quot;%2&quot;); Annostraat&apos;s spans are one stretch of text, so these are not imported</source>
        <translation>%1 is een onderbroken span (&quot;%2&quot;); een span in Annostraat is één aaneengesloten stuk tekst, dus deze worden niet geïmporteerd</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;: the offsets are two whole numbers, start and end</source>
        <translation>&quot;%1&quot;: de posities zijn twee gehele getallen, begin en eind</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>choose a brat .ann or .txt file; every pair in its folder is imported</source>
        <translation>kies een brat-bestand .ann of .txt; elk paar in die map wordt geïmporteerd</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its text &quot;%1&quot; is not there</source>
        <translation>de tekst &quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>brat standoff</source>
        <translation>brat standoff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .txt and a .ann file per text, spans in code points. Importing a file reads every pair in its folder; exports a ZIP archive.</source>
        <translation>Een .txt- en een .ann-bestand per tekst, spans in codepunten. Importeren van een bestand leest elk paar in de map; exporteert een ZIP-archief.</translation>
    </message>
    <message>
        <location filename="../core/formats/conll.cpp" line="+173"/>
        <source>&quot;%1&quot;: a line holds a token and its tag (&quot;Jan B-PER&quot;)</source>
        <translation>&quot;%1&quot;: een regel bevat een token en zijn tag (&quot;Jan B-PER&quot;)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is no IOB2 tag; a tag is O, B-LABEL or I-LABEL</source>
        <translation>&quot;%1&quot; is geen IOB2-tag; een tag is O, B-LABEL of I-LABEL</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the file holds no tokens</source>
        <translation>het bestand bevat geen tokens</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CoNLL-2002 IOB2 (token per line)</source>
        <translation>CoNLL-2002 IOB2 (token per regel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One token and its tag (O, B-LABEL, I-LABEL) per line, a blank line between sentences. Importing rebuilds the texts from the tokens.</source>
        <translation>Eén token met zijn tag (O, B-LABEL, I-LABEL) per regel, een lege regel tussen zinnen. Importeren bouwt de teksten opnieuw op uit de tokens.</translation>
    </message>
    <message>
        <location filename="../core/formats/doccano.cpp" line="+84"/>
        <source>not valid JSON (%1, at character %2)</source>
        <translation>geen geldige JSON (%1, bij teken %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a line is a JSON object with &quot;text&quot;</source>
        <translation>een regel is een JSON-object met &quot;text&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;text&quot; is missing or not a string</source>
        <translation>&quot;text&quot; ontbreekt of is geen tekst</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a list of spans</source>
        <translation>&quot;%1&quot; is geen lijst van spans</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a span is [start, end, &quot;LABEL&quot;]</source>
        <translation>een span is [begin, eind, &quot;LABEL&quot;]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start and end are whole numbers, 0 or more</source>
        <translation>begin en eind zijn gehele getallen, 0 of meer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/formats/textdataset.cpp" line="+124"/>
        <source>the span %1–%2 is empty or reversed; a span needs start &lt; end</source>
        <translation>de span %1–%2 is leeg of omgekeerd; een span heeft begin &lt; eind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the span %1–%2 lies past the end of its text (%3 UTF-16 units)</source>
        <translation>de span %1–%2 loopt voorbij het einde van zijn tekst (%3 UTF-16-eenheden)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>offset %1 falls inside a character (an emoji&apos;s two UTF-16 units)</source>
        <translation>positie %1 valt midden in een teken (de twee UTF-16-eenheden van een emoji)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file holds no texts</source>
        <translation>het bestand bevat geen teksten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>doccano JSONL</source>
        <translation>doccano JSONL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per line: the text and its spans as [start, end, label] in UTF-16 units.</source>
        <translation>Eén JSON-object per regel: de tekst en zijn spans als [begin, eind, label] in UTF-16-eenheden.</translation>
    </message>
    <message>
        <location filename="../core/formats/labelstudiojson.cpp" line="-9"/>
        <source>the file is %1 MB; a Label Studio file is read whole, and at most %2 MB can be</source>
        <translation>het bestand is %1 MB; een Label Studio-bestand wordt in zijn geheel gelezen, en dat kan met hoogstens %2 MB</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a Label Studio export is a JSON array of tasks</source>
        <translation>een Label Studio-export is een JSON-lijst van taken</translation>
    </message>
    <message>
        <location filename="../core/formats/labelstudiotext.cpp" line="+102"/>
        <source>a task needs &quot;data&quot;: {&quot;text&quot;: &quot;…&quot;}</source>
        <translation>een taak heeft &quot;data&quot;: {&quot;text&quot;: &quot;…&quot;} nodig</translation>
    </message>
    <message>
        <location filename="../core/formats/labelstudiojson.cpp" line="+18"/>
        <source>&quot;completed_by&quot; is not a user number</source>
        <translation>&quot;completed_by&quot; is geen gebruikersnummer</translation>
    </message>
    <message>
        <location filename="../core/formats/labelstudiotext.cpp" line="+40"/>
        <source>&quot;start&quot; and &quot;end&quot; are whole numbers, 0 or more</source>
        <translation>&quot;start&quot; en &quot;end&quot; zijn gehele getallen, 0 of meer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;labels&quot; is missing or empty</source>
        <translation>&quot;labels&quot; ontbreekt of is leeg</translation>
    </message>
    <message>
        <location filename="../core/formats/labelstudioimages.cpp" line="-76"/>
        <source>a result is a JSON object</source>
        <translation>een resultaat is een JSON-object</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;original_width&quot; and &quot;original_height&quot; are whole numbers of pixels, 1 or more</source>
        <translation>&quot;original_width&quot; en &quot;original_height&quot; zijn hele aantallen pixels, 1 of meer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image is %1 × %2 pixels here, %3 × %4 in an earlier result of the task</source>
        <translation>de afbeelding is hier %1 × %2 pixels, in een eerder resultaat van de taak %3 × %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;original_width&quot; and &quot;original_height&quot; are missing, and the image &quot;%1&quot; is not beside the file to measure</source>
        <translation>&quot;original_width&quot; en &quot;original_height&quot; ontbreken, en de afbeelding &quot;%1&quot; staat niet naast het bestand om op te meten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;value&quot; needs the number &quot;%1&quot;</source>
        <translation>&quot;value&quot; heeft het getal &quot;%1&quot; nodig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the rectangle is turned by %1°; boxes here are upright, and turning it back would change what was drawn</source>
        <translation>de rechthoek is %1° gedraaid; kaders staan hier rechtop, en terugdraaien zou veranderen wat getekend is</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>an open polygon (a line) with %1 points; it needs at least 2</source>
        <translation>een open polygoon (een lijn) met %1 punten; die heeft er minstens 2 nodig</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the result has no label</source>
        <translation>het resultaat heeft geen label</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a task needs &quot;data&quot;: {&quot;image&quot;: &quot;…&quot;}</source>
        <translation>een taak heeft &quot;data&quot;: {&quot;image&quot;: &quot;…&quot;} nodig</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../core/formats/labelstudiotext.cpp" line="+21"/>
        <source>the file holds no tasks</source>
        <translation>het bestand bevat geen taken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has no predictions to load as suggestions; its %1 annotations are people&apos;s work: import them without suggestions, as layers</source>
        <translation>het bestand heeft geen voorspellingen om als voorstellen te laden; de %1 annotaties erin zijn werk van mensen: importeer ze zonder voorstellen, als lagen</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Label Studio JSON (images)</source>
        <translation>Label Studio JSON (afbeeldingen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON array of tasks with each annotator&apos;s rectangles and polygons in percent of the image; every annotator is a layer, predictions load as suggestions. Cracks are not written: Label Studio has no lines.</source>
        <translation>Een JSON-lijst van taken met de rechthoeken en polygonen van elke annotator in procenten van de afbeelding; elke annotator is een laag, voorspellingen worden als voorstellen geladen. Scheuren worden niet geschreven: Label Studio heeft geen lijnen.</translation>
    </message>
    <message>
        <location filename="../core/formats/labelstudiotext.cpp" line="+10"/>
        <source>Label Studio JSON (text spans)</source>
        <translation>Label Studio JSON (tekstspans)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON array of tasks with each annotator&apos;s spans in code points; every annotator is a layer.</source>
        <translation>Een JSON-lijst van taken met de spans van elke annotator in codepunten; elke annotator is een laag.</translation>
    </message>
    <message>
        <location filename="../core/formats/textdataset.cpp" line="-133"/>
        <source>the text is not valid UTF-8</source>
        <translation>de tekst is geen geldige UTF-8</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>the span has no label</source>
        <translation>de span heeft geen label</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the span %1–%2 lies past the end of the text of &quot;%3&quot; (%4 characters)</source>
        <translation>de span %1–%2 loopt voorbij het einde van de tekst van &quot;%3&quot; (%4 tekens)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the span %1–%2 says it covers “%3”, but the text there is “%4”</source>
        <translation>de span %1–%2 zegt “%3” te beslaan, maar daar staat “%4”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>there are no texts to import</source>
        <translation>er zijn geen teksten om te importeren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is not one span in it; a new task needs at least one label (to load texts without spans, import them onto a task)</source>
        <translation>er staat geen enkele span in; een nieuwe taak heeft minstens één label nodig (importeer teksten zonder spans in een bestaande taak)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot make the folder for the imported texts</source>
        <translation>de map voor de geïmporteerde teksten kan niet worden gemaakt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot write the imported text: %1</source>
        <translation>de geïmporteerde tekst kan niet worden geschreven: %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>task &quot;%1&quot; has %2 items named &quot;%3&quot;, and none has this text</source>
        <translation>taak &quot;%1&quot; heeft %2 items met de naam &quot;%3&quot;, en geen ervan heeft deze tekst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>task &quot;%1&quot; has no text item &quot;%2&quot; or with this text</source>
        <translation>taak &quot;%1&quot; heeft geen tekstitem &quot;%2&quot; of met deze tekst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text of &quot;%1&quot; is not the text of the task&apos;s item &quot;%2&quot;; its spans would land on other words</source>
        <translation>de tekst van &quot;%1&quot; is niet de tekst van het item &quot;%2&quot; van de taak; de spans zouden op andere woorden terechtkomen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the span covers no token</source>
        <translation>de span beslaat geen enkel token</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>item %1 (%2): its text cannot be read: %3</source>
        <translation>item %1 (%2): de tekst kan niet worden gelezen: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/formats/countwords.cpp" line="+40"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n taak</numerusform>
            <numerusform>%n taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n afbeelding</numerusform>
            <numerusform>%n afbeeldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotatie</numerusform>
            <numerusform>%n annotaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n stuk</numerusform>
            <numerusform>%n stukken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n antwoord</numerusform>
            <numerusform>%n antwoorden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item status(es)</source>
        <translation>
            <numerusform>%n itemstatus</numerusform>
            <numerusform>%n itemstatussen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n controle</numerusform>
            <numerusform>%n controles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n toewijzing</numerusform>
            <numerusform>%n toewijzingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n person/people</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n category/categories</source>
        <translation>
            <numerusform>%n categorie</numerusform>
            <numerusform>%n categorieën</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n klasse</numerusform>
            <numerusform>%n klassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n locator(s)</source>
        <translation>
            <numerusform>%n locator</numerusform>
            <numerusform>%n locators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n locator(s) that nobody set written with empty timecodes, which the sheet reads as &quot;skipped&quot;</source>
        <translation>
            <numerusform>%n locator die niemand heeft gezet, geschreven met lege tijdcodes, wat de lijst leest als &quot;overgeslagen&quot;</numerusform>
            <numerusform>%n locators die niemand heeft gezet, geschreven met lege tijdcodes, wat de lijst leest als &quot;overgeslagen&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n locator(s) with only a start or only an end set</source>
        <translation>
            <numerusform>%n locator met alleen een begin of alleen een eind</numerusform>
            <numerusform>%n locators met alleen een begin of alleen een eind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n image(s) of the dataset not in the task (without annotations, so left out)</source>
        <translation>
            <numerusform>%n afbeelding uit de dataset niet in de taak (zonder annotaties, dus weggelaten)</numerusform>
            <numerusform>%n afbeeldingen uit de dataset niet in de taak (zonder annotaties, dus weggelaten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n attribute value(s) the task&apos;s labels do not have (left out)</source>
        <translation>
            <numerusform>%n kenmerkwaarde die de labels van de taak niet hebben (weggelaten)</numerusform>
            <numerusform>%n kenmerkwaarden die de labels van de taak niet hebben (weggelaten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n attribute value(s) that are not yes/no (labelme keeps only flags; left out)</source>
        <translation>
            <numerusform>%n kenmerkwaarde die geen ja/nee is (labelme bewaart alleen vlaggen; weggelaten)</numerusform>
            <numerusform>%n kenmerkwaarden die geen ja/nee zijn (labelme bewaart alleen vlaggen; weggelaten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n mask(s) traced into polygons (through the border pixels&apos; centres)</source>
        <translation>
            <numerusform>%n masker omgezet in polygonen (door de middens van de randpixels)</numerusform>
            <numerusform>%n maskers omgezet in polygonen (door de middens van de randpixels)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n tiny mask part(s) left out</source>
        <translation>
            <numerusform>%n heel klein maskerdeel weggelaten</numerusform>
            <numerusform>%n heel kleine maskerdelen weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hole(s) in masks filled</source>
        <translation>
            <numerusform>%n gat in maskers opgevuld</numerusform>
            <numerusform>%n gaten in maskers opgevuld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n polygon part(s) made into polygons of their own</source>
        <translation>
            <numerusform>%n polygoondeel een eigen polygoon geworden</numerusform>
            <numerusform>%n polygoondelen eigen polygonen geworden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n crack(s) written as boxes, with the line as an attribute</source>
        <translation>
            <numerusform>%n scheur als kader geschreven, met de lijn als kenmerk</numerusform>
            <numerusform>%n scheuren als kaders geschreven, met de lijn als kenmerk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n polygon(s) written as boxes</source>
        <translation>
            <numerusform>%n polygoon als kader geschreven</numerusform>
            <numerusform>%n polygonen als kaders geschreven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n object part(s) left out</source>
        <translation>
            <numerusform>%n objectdeel weggelaten</numerusform>
            <numerusform>%n objectdelen weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n JSON file(s) that are not labelme&apos;s left out</source>
        <translation>
            <numerusform>%n JSON-bestand dat niet van labelme is weggelaten</numerusform>
            <numerusform>%n JSON-bestanden die niet van labelme zijn weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n prediction(s) left out (import them as suggestions to take them)</source>
        <translation>
            <numerusform>%n voorspelling weggelaten (importeer als suggesties om ze mee te nemen)</numerusform>
            <numerusform>%n voorspellingen weggelaten (importeer als suggesties om ze mee te nemen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n cancelled annotation(s) left out</source>
        <translation>
            <numerusform>%n geannuleerde annotatie weggelaten</numerusform>
            <numerusform>%n geannuleerde annotaties weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n annotation(s) by people left out (the predictions came in as suggestions)</source>
        <translation>
            <numerusform>%n annotatie van een persoon weggelaten (de voorspellingen kwamen binnen als suggesties)</numerusform>
            <numerusform>%n annotaties van personen weggelaten (de voorspellingen kwamen binnen als suggesties)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n keypoint(s) left out (no kind of ours)</source>
        <translation>
            <numerusform>%n sleutelpunt weggelaten (geen soort die wij kennen)</numerusform>
            <numerusform>%n sleutelpunten weggelaten (geen soort die wij kennen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n crack(s) left out (the format has no lines)</source>
        <translation>
            <numerusform>%n scheur weggelaten (het formaat heeft geen lijnen)</numerusform>
            <numerusform>%n scheuren weggelaten (het formaat heeft geen lijnen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n attribute value(s) left out (the format has no place for them)</source>
        <translation>
            <numerusform>%n kenmerkwaarde weggelaten (het formaat heeft er geen plaats voor)</numerusform>
            <numerusform>%n kenmerkwaarden weggelaten (het formaat heeft er geen plaats voor)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n result(s) of another kind left out</source>
        <translation>
            <numerusform>%n resultaat van een andere soort weggelaten</numerusform>
            <numerusform>%n resultaten van een andere soort weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n document(s) without spans</source>
        <translation>
            <numerusform>%n document zonder fragmenten</numerusform>
            <numerusform>%n documenten zonder fragmenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n span(s) that begin with I- (taken as a beginning)</source>
        <translation>
            <numerusform>%n fragment dat met I- begint (als begin genomen)</numerusform>
            <numerusform>%n fragmenten die met I- beginnen (als begin genomen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n label(s) changed to fit the format</source>
        <translation>
            <numerusform>%n label aangepast aan het formaat</numerusform>
            <numerusform>%n labels aangepast aan het formaat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n label(s) with spaces written with underscores</source>
        <translation>
            <numerusform>%n label met spaties geschreven met lage streepjes</numerusform>
            <numerusform>%n labels met spaties geschreven met lage streepjes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n span(s) that no longer fit the text left out</source>
        <translation>
            <numerusform>%n fragment dat niet meer bij de tekst past weggelaten</numerusform>
            <numerusform>%n fragmenten die niet meer bij de tekst passen weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n overlapping span(s) left out (the format has no room for them)</source>
        <translation>
            <numerusform>%n overlappend fragment weggelaten (het formaat heeft er geen plaats voor)</numerusform>
            <numerusform>%n overlappende fragmenten weggelaten (het formaat heeft er geen plaats voor)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n span(s) widened to whole words</source>
        <translation>
            <numerusform>%n fragment verbreed tot hele woorden</numerusform>
            <numerusform>%n fragmenten verbreed tot hele woorden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n span(s) over no word left out</source>
        <translation>
            <numerusform>%n fragment zonder woord weggelaten</numerusform>
            <numerusform>%n fragmenten zonder woord weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cue(s) with bad or missing timings left out</source>
        <translation>
            <numerusform>%n cue met onjuiste of ontbrekende tijden weggelaten</numerusform>
            <numerusform>%n cues met onjuiste of ontbrekende tijden weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n cue(s) that end before they start, or as they start, left out</source>
        <translation>
            <numerusform>%n cue die eindigt voor of op het moment dat hij begint weggelaten</numerusform>
            <numerusform>%n cues die eindigen voor of op het moment dat ze beginnen weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n cue(s) without text (no label) left out</source>
        <translation>
            <numerusform>%n cue zonder tekst (geen label) weggelaten</numerusform>
            <numerusform>%n cues zonder tekst (geen label) weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n audio-only event(s) left out</source>
        <translation>
            <numerusform>%n event met alleen geluid weggelaten</numerusform>
            <numerusform>%n events met alleen geluid weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s) without length (the cut before a transition) left out</source>
        <translation>
            <numerusform>%n event zonder lengte (de snede voor een overgang) weggelaten</numerusform>
            <numerusform>%n events zonder lengte (de snede voor een overgang) weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n reference annotation(s) (no times of their own) left out</source>
        <translation>
            <numerusform>%n verwijzende annotatie (zonder eigen tijden) weggelaten</numerusform>
            <numerusform>%n verwijzende annotaties (zonder eigen tijden) weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n annotation(s) on unaligned time slots left out</source>
        <translation>
            <numerusform>%n annotatie op niet-uitgelijnde tijdstippen weggelaten</numerusform>
            <numerusform>%n annotaties op niet-uitgelijnde tijdstippen weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n marker(s) left out (the format has segments only)</source>
        <translation>
            <numerusform>%n markering weggelaten (het formaat heeft alleen segmenten)</numerusform>
            <numerusform>%n markeringen weggelaten (het formaat heeft alleen segmenten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/formats/geoexport.cpp" line="+121"/>
        <source>item %1: its image cannot be read to place its annotations on the map: %2</source>
        <translation>item %1: de afbeelding kan niet worden gelezen om de annotaties op de kaart te plaatsen: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (item %2) is not georeferenced: it has no map coordinates and coordinate system, so its annotations cannot be exported as %3; export pixel coordinates in another format (COCO, CVAT)</source>
        <translation>%1 (item %2) is niet gegeorefereerd: er zijn geen kaartcoördinaten en geen coördinatenstelsel, dus de annotaties kunnen niet als %3 worden geëxporteerd; exporteer pixelcoördinaten in een ander formaat (COCO, CVAT)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: its coordinate system cannot be read</source>
        <translation>%1: het coördinatenstelsel kan niet worden gelezen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is in %2 but %3 is in %4: one export holds one coordinate system; export the items apart</source>
        <translation>%1 is in %2 maar %3 is in %4: één export bevat één coördinatenstelsel; exporteer de items apart</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>this program&apos;s GDAL has no %1 driver</source>
        <translation>de GDAL van dit programma heeft geen %1-driver</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <location line="+3"/>
        <source>the %1 file cannot be created: %2</source>
        <translation>het %1-bestand kan niet worden gemaakt: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>annotation %1 cannot be written: %2</source>
        <translation>annotatie %1 kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>the %1 file cannot be written: %2</source>
        <translation>het %1-bestand kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file cannot be written: %1</source>
        <translation>het bestand kan niet worden geschreven: %1</translation>
    </message>
    <message>
        <location filename="../core/formats/geojson.cpp" line="+13"/>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cracks as lines, polygons and boxes as areas, in the map coordinates of georeferenced orthophotos, for GIS programs. Export only.</source>
        <translation>Scheuren als lijnen, polygonen en kaders als vlakken, in de kaartcoördinaten van gegeorefereerde orthofoto&apos;s, voor GIS-programma&apos;s. Alleen export.</translation>
    </message>
    <message>
        <location filename="../core/formats/geopackage.cpp" line="+13"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cracks, polygons and boxes as three layers of one GeoPackage, in the map coordinates of georeferenced orthophotos, for GIS programs. Export only.</source>
        <translation>Scheuren, polygonen en kaders als drie lagen van één GeoPackage, in de kaartcoördinaten van gegeorefereerde orthofoto&apos;s, voor GIS-programma&apos;s. Alleen export.</translation>
    </message>
    <message>
        <location filename="../core/formats/eaf.cpp" line="+178"/>
        <location filename="../core/formats/videodataset.cpp" line="-15"/>
        <source>the file is %1 MB; at most %2 MB can be imported at once</source>
        <translation>het bestand is %1 MB; er kan hoogstens %2 MB tegelijk geïmporteerd worden</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>this is not an ELAN file: its root element is &lt;%1&gt;, not &lt;ANNOTATION_DOCUMENT&gt;</source>
        <translation>dit is geen ELAN-bestand: het hoofdelement is &lt;%1&gt;, niet &lt;ANNOTATION_DOCUMENT&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the time unit is &quot;%1&quot;; only milliseconds are read</source>
        <translation>de tijdseenheid is &quot;%1&quot;; alleen milliseconden worden gelezen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>time slot &quot;%1&quot;: &quot;%2&quot; is not a time in milliseconds of 0 or more</source>
        <translation>tijdstip &quot;%1&quot;: &quot;%2&quot; is geen tijd in milliseconden van 0 of meer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the XML is not well-formed (cut short?): %1</source>
        <translation>de XML is niet goed gevormd (afgebroken?): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not an ELAN file: it holds no XML element</source>
        <translation>dit is geen ELAN-bestand: er staat geen XML-element in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>annotation &quot;%1&quot; refers to time slot &quot;%2&quot;, which is not in the TIME_ORDER</source>
        <translation>annotatie &quot;%1&quot; verwijst naar tijdstip &quot;%2&quot;, dat niet in de TIME_ORDER staat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ELAN EAF 3.0</source>
        <translation>ELAN EAF 3.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments as time-aligned ELAN annotations, a tier per person and label, times in milliseconds.</source>
        <translation>Segmenten als ELAN-annotaties op de tijdlijn, een tier per persoon en label, tijden in milliseconden.</translation>
    </message>
    <message>
        <location filename="../core/formats/edl.cpp" line="+206"/>
        <source>&quot;%1&quot; is neither &quot;FCM: DROP FRAME&quot; nor &quot;FCM: NON-DROP FRAME&quot;</source>
        <translation>&quot;%1&quot; is geen &quot;FCM: DROP FRAME&quot; en geen &quot;FCM: NON-DROP FRAME&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a clip name before the first event</source>
        <translation>een clipnaam voor het eerste event</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a LOC line must start with a timecode: &quot;%1&quot;</source>
        <translation>een LOC-regel moet met een tijdcode beginnen: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this line is not an EDL event, comment or header: &quot;%1&quot;</source>
        <translation>deze regel is geen EDL-event, commentaar of kopregel: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>event %1: &quot;%2&quot; is not a timecode (HH:MM:SS:FF)</source>
        <translation>event %1: &quot;%2&quot; is geen tijdcode (UU:MM:SS:BB)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this is not a CMX3600 EDL: it has no title and no event</source>
        <translation>dit is geen CMX3600-EDL: er staat geen titel en geen event in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CMX3600 EDL</source>
        <translation>CMX3600 EDL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments as edit events (record in and out, the clip name as the label) and markers as LOC comments, in SMPTE timecode.</source>
        <translation>Segmenten als montage-events (record in en out, de clipnaam als label) en markeringen als LOC-commentaar, in SMPTE-tijdcode.</translation>
    </message>
    <message>
        <location filename="../core/formats/subtitles.cpp" line="+274"/>
        <source>this is not a WebVTT file: it must start with &quot;WEBVTT&quot;</source>
        <translation>dit is geen WebVTT-bestand: het moet met &quot;WEBVTT&quot; beginnen</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>this is not an SRT file: not one block in it is a numbered cue with a timing line (&quot;00:00:01,000 --&gt; 00:00:02,500&quot;)</source>
        <translation>dit is geen SRT-bestand: geen enkel blok is een genummerde cue met een tijdregel (&quot;00:00:01,000 --&gt; 00:00:02,500&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WebVTT subtitles</source>
        <translation>WebVTT-ondertitels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments as WebVTT cues, the label as the cue&apos;s text, times in milliseconds.</source>
        <translation>Segmenten als WebVTT-cues, het label als tekst van de cue, tijden in milliseconden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SubRip subtitles (SRT)</source>
        <translation>SubRip-ondertitels (SRT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments as numbered SRT cues, the label as the cue&apos;s text, times in milliseconds.</source>
        <translation>Segmenten als genummerde SRT-cues, het label als tekst van de cue, tijden in milliseconden.</translation>
    </message>
    <message>
        <location filename="../core/formats/timecodecsv.cpp" line="+11"/>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation>%1 &quot;%2&quot; is geen geheel getal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is negative</source>
        <translation>%1 %2 is negatief</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is empty; a CSV with timecodes starts with the header %1</source>
        <translation>het bestand is leeg; een CSV met tijdcodes begint met de kopregel %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is not a CSV with timecodes: its header must start with %1</source>
        <translation>dit is geen CSV met tijdcodes: de kopregel moet met %1 beginnen</translation>
    </message>
    <message>
        <location filename="../core/formats/locatorsheet.cpp" line="+50"/>
        <source>item %1 (%2) has no frame rate, so its locators cannot be written as timecodes; probe the video first</source>
        <translation>item %1 (%2) heeft geen beeldsnelheid, dus de locators kunnen niet als tijdcodes worden geschreven; onderzoek eerst de video</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>the file is empty; a locator sheet starts with the header %1</source>
        <translation>het bestand is leeg; een locatorlijst begint met de kopregel %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is not a locator sheet: column &quot;%1&quot; is not one of locator, position, timecode (and layer, item), or is there twice</source>
        <translation>dit is geen locatorlijst: kolom &quot;%1&quot; is geen van locator, position, timecode (en layer, item), of staat er twee keer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is not a locator sheet: its header must have the columns %1</source>
        <translation>dit is geen locatorlijst: de kopregel moet de kolommen %1 hebben</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/formats/timecodecsv.cpp" line="+18"/>
        <source>the row has %1 cells where the header has %2</source>
        <translation>de rij heeft %1 cellen, de kopregel heeft er %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the row names no locator</source>
        <translation>de rij noemt geen locator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>position &quot;%1&quot; is neither &quot;start&quot; nor &quot;end&quot;</source>
        <translation>positie &quot;%1&quot; is geen &quot;start&quot; en geen &quot;end&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>locator &quot;%1&quot; has a second %2 row (the first is on line %3)</source>
        <translation>locator &quot;%1&quot; heeft een tweede %2-rij (de eerste staat op regel %3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Locator sheet</source>
        <translation>Locatorlijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The broadcaster&apos;s sheet of program parts: the start and end timecode of each locator, empty when the part is skipped.</source>
        <translation>De lijst van programmadelen van de omroep: de tijdcode van begin en eind van elke locator, leeg als het deel wordt overgeslagen.</translation>
    </message>
    <message>
        <location filename="../core/formats/timecodecsv.cpp" line="+9"/>
        <source>kind &quot;%1&quot; is neither &quot;segment&quot; nor &quot;marker&quot;</source>
        <translation>soort &quot;%1&quot; is geen &quot;segment&quot; en geen &quot;marker&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it has neither %1 nor %2</source>
        <translation>er staat geen %1 en geen %2 in</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>a quoted cell must end at its closing quote (a quote inside is written twice)</source>
        <translation>een cel tussen aanhalingstekens moet eindigen bij het sluitende aanhalingsteken (een aanhalingsteken erin wordt twee keer geschreven)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quote opened here is never closed</source>
        <translation>een aanhalingsteken dat hier opent, wordt nooit gesloten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV with timecodes</source>
        <translation>CSV met tijdcodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The markers and segments of a video task, a row each, in frames and SMPTE timecodes.</source>
        <translation>De markeringen en segmenten van een videotaak, elk op een eigen rij, in beelden en SMPTE-tijdcodes.</translation>
    </message>
    <message>
        <location filename="../core/formats/videodataset.cpp" line="-88"/>
        <source>the time %1 ms is negative</source>
        <translation>de tijd %1 ms is negatief</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the video &quot;%1&quot; has no frame rate, so times cannot be made into frames; probe the video first</source>
        <translation>de video &quot;%1&quot; heeft geen beeldsnelheid, dus tijden kunnen niet in beelden worden omgezet; onderzoek de video eerst</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>task &quot;%1&quot; has no videos to load markers and segments onto</source>
        <translation>taak &quot;%1&quot; heeft geen video&apos;s om markeringen en segmenten op te laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>task &quot;%1&quot; has no video &quot;%2&quot;; name the file after its video</source>
        <translation>taak &quot;%1&quot; heeft geen video &quot;%2&quot;; geef het bestand de naam van de video</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+156"/>
        <source>frame %1 is before the start of the video</source>
        <translation>beeld %1 ligt voor het begin van de video</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the segment from frame %1 to %2 is empty or reversed; it must end after it starts</source>
        <translation>het segment van beeld %1 tot %2 is leeg of omgekeerd; het moet eindigen na het begin</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+164"/>
        <source>frame %1 lies past the end of the video &quot;%2&quot; (%3 frames)</source>
        <translation>beeld %1 ligt na het einde van de video &quot;%2&quot; (%3 beelden)</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>the start timecode of video &quot;%1&quot;: %2</source>
        <translation>de starttijdcode van video &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a time is missing</source>
        <translation>er ontbreekt een tijd</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>locator &quot;%1&quot; is in the file twice</source>
        <translation>locator &quot;%1&quot; staat twee keer in het bestand</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>it has no label</source>
        <translation>er staat geen label in</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a value of attribute &quot;%2&quot;</source>
        <translation>&quot;%1&quot; is geen waarde van attribuut &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>item %1 (%2) has no frame rate, so its frames cannot be written as times; probe the video first</source>
        <translation>item %1 (%2) heeft geen beeldsnelheid, dus de beelden kunnen niet als tijden worden geschreven; onderzoek de video eerst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>item %1 (%2): %3</source>
        <translation>item %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>annostraat::Geometry</name>
    <message>
        <location filename="../core/quality/geometry.cpp" line="+288"/>
        <location line="+45"/>
        <location line="+15"/>
        <source>a coordinate is not a finite number</source>
        <translation>een coördinaat is geen eindig getal</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>needs at least 3 different points, got %1</source>
        <translation>heeft minstens 3 verschillende punten nodig, kreeg er %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>the outline encloses no area (all points lie on one line)</source>
        <translation>de omtrek omsluit geen oppervlak (alle punten liggen op één lijn)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the outline turns back on itself at point %1</source>
        <translation>de omtrek keert bij punt %1 op zichzelf terug</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>the outline crosses or touches itself (edges %1 and %2)</source>
        <translation>de omtrek kruist of raakt zichzelf (zijden %1 en %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>needs at least 2 points, got %1</source>
        <translation>heeft minstens 2 punten nodig, kreeg er %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all points are the same, so the crack has no length</source>
        <translation>alle punten zijn gelijk, dus de scheur heeft geen lengte</translation>
    </message>
</context>
<context>
    <name>annostraat::ImageCanvas</name>
    <message>
        <location filename="../widgets/canvas/imagecanvas.cpp" line="+292"/>
        <location line="+594"/>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Building the overview… %1%</source>
        <translation>Overzicht wordt gemaakt… %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This large image has no overviews; they are made once and kept, so it opens at once next time.</source>
        <translation>Deze grote afbeelding heeft geen overzichten; die worden één keer gemaakt en bewaard, zodat hij de volgende keer meteen opent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the image…</source>
        <translation>De afbeelding wordt geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This image cannot be shown.</source>
        <translation>Deze afbeelding kan niet getoond worden.</translation>
    </message>
</context>
<context>
    <name>annostraat::ImageEditor</name>
    <message>
        <location filename="../widgets/canvas/imageeditor.cpp" line="+131"/>
        <location line="+478"/>
        <source>This could not be kept: %1</source>
        <translation>Dit kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>x %1, y %2 px</source>
        <translation>x %1, y %2 px</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lon %1°, lat %2° (%3)</source>
        <translation>lengte %1°, breedte %2° (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>X %1 m, Y %2 m (%3)</source>
        <translation>X %1 m, Y %2 m (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zoom %1%</source>
        <translation>zoom %1%</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>at the point x %1, y %2</source>
        <comment>a place on an image, in pixels</comment>
        <translation>op het punt x %1, y %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the part x %1–%2, y %3–%4</source>
        <comment>a place on an image: a region, in pixels</comment>
        <translation>in het deel x %1–%2, y %3–%4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The image is not shown yet; try again in a moment.</source>
        <translation>De afbeelding staat er nog niet; probeer het zo nog eens.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Everything of the previous item is on this item already.</source>
        <translation>Alles van het vorige item staat al op dit item.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of the previous item fits on this image.</source>
        <translation>Niets van het vorige item past op deze afbeelding.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You drew nothing on the previous item to copy.</source>
        <translation>Je hebt op het vorige item niets getekend om te kopiëren.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Copied %n annotation(s) from the previous item.</source>
        <translation>
            <numerusform>%n annotatie van het vorige item gekopieerd.</numerusform>
            <numerusform>%n annotaties van het vorige item gekopieerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n did not fit on this image and were left.</source>
        <translation>
            <numerusform>%n paste niet op deze afbeelding en is weggelaten.</numerusform>
            <numerusform>%n pasten niet op deze afbeelding en zijn weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My ann&amp;otations</source>
        <translation>Mijn ann&amp;otaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels</source>
        <translation>Lab&amp;els</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More tools</source>
        <translation>Meer gereedschap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tools that do not fit in the bar</source>
        <translation>Het gereedschap dat niet in de balk past</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen annotation</source>
        <translation>Gekozen annotatie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the image larger</source>
        <translation>De afbeelding groter tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the image smaller</source>
        <translation>De afbeelding kleiner tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit image</source>
        <translation>&amp;Passend maken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole image</source>
        <translation>De hele afbeelding tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size (100%)</source>
        <translation>&amp;Ware grootte (100%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One image pixel per screen pixel</source>
        <translation>Eén pixel van de afbeelding per pixel van het scherm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy from previous item</source>
        <translation>Ko&amp;piëren van vorig item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your boxes, polygons and cracks of the previous item to this one</source>
        <translation>Je kaders, polygonen en scheuren van het vorige item ook op dit item zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit chosen annotation</source>
        <translation>Gekozen annotatie &amp;bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the keyboard on the label and attributes of the chosen annotation</source>
        <translation>Het toetsenbord naar het label en de kenmerken van de gekozen annotatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show other &amp;people&apos;s layers</source>
        <translation>Lagen van &amp;anderen tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the annotations of other people on this item (read-only)</source>
        <translation>De annotaties van anderen op dit item tonen (alleen bekijken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard to the image</source>
        <translation>&amp;Toetsenbord naar de afbeelding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label keys, Enter and Backspace go to the drawing tools again</source>
        <translation>Labeltoetsen, Enter en Backspace gaan weer naar het tekengereedschap</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crack line</source>
        <comment>short name of the crack points tool; not the label&apos;s name</comment>
        <translation>Scheurlijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
</context>
<context>
    <name>annostraat::ImportDialog</name>
    <message>
        <location filename="../app/gui/importdialog.cpp" line="+159"/>
        <source>Import a dataset</source>
        <translation>Een dataset importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in a dataset or another tool&apos;s work: as a new task, or onto the items of a task you have. Check first: you see what will happen before anything is written, and a file with a problem changes nothing.</source>
        <translation>Haal een dataset of werk uit een ander programma binnen: als nieuwe taak, of op de items van een taak die je al hebt. Controleer eerst: je ziet wat er gebeurt voordat er iets wordt geschreven, en een bestand met een probleem verandert niets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fi&amp;le:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nto:</source>
        <translation>&amp;Naar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whose layer:</source>
        <translation>&amp;Wiens laag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotations become this person&apos;s work, as if they drew them</source>
        <translation>De annotaties worden het werk van deze persoon, alsof die ze zelf tekende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load as &amp;suggestions to accept or reject</source>
        <translation>Als &amp;suggesties laden, om over te nemen of af te wijzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For pre-annotations from a model: each shows dashed until the person accepts it (Enter) or rejects it (Delete)</source>
        <translation>Voor voorannotaties van een model: elke suggestie is gestreept tot de persoon hem goedkeurt (Enter) of afwijst (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;heck</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new task made from the file</source>
        <translation>Een nieuwe taak, gemaakt van het bestand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file, then press Check to see what the import will do.</source>
        <translation>Kies een bestand en druk dan op Controleren om te zien wat de import doet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file is still being checked. Close this window when the check is done.</source>
        <translation>Het bestand wordt nog gecontroleerd. Sluit dit venster als de controle klaar is.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import is still running; it cannot be stopped halfway. Close this window when it is done.</source>
        <translation>De import loopt nog; hij kan niet halverwege stoppen. Sluit dit venster als hij klaar is.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The task &quot;%1&quot;</source>
        <translation>De taak ‘%1’</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The choice changed: press Check again.</source>
        <translation>De keuze is veranderd: druk opnieuw op Controleren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every file (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import from</source>
        <translation>Importeren uit</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: there is no such file.</source>
        <translation>%1: dit bestand bestaat niet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking the file…</source>
        <translation>Het bestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import will make the new task &quot;%1&quot; with: %2.</source>
        <translation>De import maakt de nieuwe taak ‘%1’ met: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import will load onto the task &quot;%1&quot;: %2.</source>
        <translation>De import laadt op de taak ‘%1’: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: the new task &quot;%1&quot; holds %2.</source>
        <translation>Klaar: de nieuwe taak ‘%1’ bevat %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: the task &quot;%1&quot; received %2.</source>
        <translation>Klaar: de taak ‘%1’ kreeg %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file cannot be imported as chosen, and nothing was changed: %1</source>
        <translation>Dit bestand kan niet zo geïmporteerd worden, en er is niets veranderd: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The import did not succeed, and nothing was changed: %1</source>
        <translation>De import is niet gelukt, en er is niets veranderd: %1</translation>
    </message>
</context>
<context>
    <name>annostraat::InstructionPictures</name>
    <message>
        <location filename="../core/store/instructionpictures.cpp" line="+96"/>
        <source>%1: the picture in the instructions is not there</source>
        <translation>%1: het plaatje in de instructies is er niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>%1: the picture in the instructions cannot be read as an image (%2)</source>
        <translation>%1: het plaatje in de instructies kan niet als afbeelding worden gelezen (%2)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1: the picture in the instructions cannot be read: %2</source>
        <translation>%1: het plaatje in de instructies kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the picture in the instructions could not be encoded</source>
        <translation>%1: het plaatje in de instructies kon niet worden opgeslagen</translation>
    </message>
</context>
<context>
    <name>annostraat::ItemMedia</name>
    <message>
        <location filename="../core/model/itemmedia.cpp" line="+41"/>
        <source>%1: &quot;%2&quot; must be a whole number from 0 to %3</source>
        <translation>%1: &quot;%2&quot; moet een heel getal van 0 tot en met %3 zijn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation>%1: onbekend veld &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: &quot;frameRate&quot; must be [numerator, denominator], two whole numbers above 0, e.g. [30000, 1001]</source>
        <translation>%1: &quot;frameRate&quot; moet [teller, noemer] zijn, twee hele getallen boven 0, bijvoorbeeld [30000, 1001]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;startTimecode&quot; must read HH:MM:SS:FF (or HH:MM:SS;FF for drop-frame)</source>
        <translation>%1: &quot;startTimecode&quot; moet de vorm UU:MM:SS:BB hebben (of UU:MM:SS;BB voor drop-frame)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: &quot;role&quot; must be a plain name (letters, digits, &apos;-&apos;, &apos;_&apos;)</source>
        <translation>%1: &quot;role&quot; moet een eenvoudige naam zijn (letters, cijfers, &apos;-&apos;, &apos;_&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;media&quot; must name the file</source>
        <translation>%1: &quot;media&quot; moet het bestand noemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;sha256&quot; must be 64 lower-case hexadecimal digits</source>
        <translation>%1: &quot;sha256&quot; moet uit 64 hexadecimale kleine letters en cijfers bestaan</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: must be an object</source>
        <translation>%1: moet een object zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the role &quot;%2&quot; occurs twice</source>
        <translation>%1: de rol &quot;%2&quot; komt twee keer voor</translation>
    </message>
</context>
<context>
    <name>annostraat::KindValues</name>
    <message>
        <location filename="../core/model/kinds/kindvalues.cpp" line="+31"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>onbekend veld &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;points&quot; must be a list of [x, y] pairs</source>
        <translation>&quot;points&quot; moet een lijst van [x, y]-paren zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs at least %1 points, got %2</source>
        <translation>heeft minstens %1 punten nodig, maar heeft er %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>point %1 is not a pair of numbers [x, y]</source>
        <translation>punt %1 is geen paar getallen [x, y]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point %1 lies outside the image (negative coordinate)</source>
        <translation>punt %1 ligt buiten de afbeelding (negatieve coördinaat)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;start&quot; and &quot;end&quot; must be whole numbers (%1)</source>
        <translation>&quot;start&quot; en &quot;end&quot; moeten gehele getallen zijn (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;start&quot; must not be negative</source>
        <translation>&quot;start&quot; mag niet negatief zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;end&quot; (%1) must be after &quot;start&quot; (%2)</source>
        <translation>&quot;end&quot; (%1) moet na &quot;start&quot; (%2) liggen</translation>
    </message>
</context>
<context>
    <name>annostraat::LabelPicker</name>
    <message>
        <location filename="../widgets/tools/labelpicker.cpp" line="+99"/>
        <source>Label %1 (%2)</source>
        <translation>Label %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — current label</source>
        <translation>%1 — huidig label</translation>
    </message>
</context>
<context>
    <name>annostraat::LocatorChecks</name>
    <message>
        <location filename="../core/model/locatorchecks.cpp" line="+41"/>
        <source>%1: the end lies before the start.</source>
        <translation>%1: het einde ligt voor het begin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the end is the start, so the part is empty.</source>
        <translation>%1: het eind is gelijk aan het begin, dus het onderdeel is leeg.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2 overlap.</source>
        <translation>%1 en %2 overlappen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set yet: %1. Set each start and end, or choose Skip for a part that is not in this video.</source>
        <translation>Nog niet gezet: %1. Zet elk begin en einde, of kies Overslaan voor een deel dat niet in deze video zit.</translation>
    </message>
</context>
<context>
    <name>annostraat::LocatorKind</name>
    <message>
        <location filename="../core/model/kinds/locatorkind.cpp" line="+46"/>
        <source>&quot;skipped&quot; can only be true</source>
        <translation>&quot;skipped&quot; kan alleen true zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a skipped locator has no &quot;start&quot; or &quot;end&quot;</source>
        <translation>een overgeslagen locator heeft geen &quot;start&quot; of &quot;end&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a locator needs &quot;start&quot;, &quot;end&quot; or &quot;skipped&quot;</source>
        <translation>een locator heeft &quot;start&quot;, &quot;end&quot; of &quot;skipped&quot; nodig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must be a whole number of 0 or more</source>
        <translation>&quot;%1&quot; moet een geheel getal van 0 of meer zijn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not in this video</source>
        <translation>niet in deze video</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>frames %1–%2</source>
        <translation>frames %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts at frame %1</source>
        <translation>begint bij beeld %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends at frame %1</source>
        <translation>eindigt bij beeld %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>niet gezet</translation>
    </message>
    <message>
        <location filename="../core/model/kinds/locatorkind.h" line="+25"/>
        <source>Locator</source>
        <translation>Locator</translation>
    </message>
</context>
<context>
    <name>annostraat::LocatorList</name>
    <message>
        <location filename="../widgets/video/locatorlist.cpp" line="+80"/>
        <source>&amp;Locators</source>
        <translation>&amp;Locators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locator</source>
        <translation>Locator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timecode</source>
        <translation>Tijdcode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by</source>
        <translation>Gezet door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the current frame into the chosen row (key: S)</source>
        <translation>Zet het huidige beeld in de gekozen regel (toets: S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This part is not in this video; Skip again takes it back (key: Shift+S)</source>
        <translation>Dit deel zit niet in deze video; nog een keer Overslaan maakt het ongedaan (toets: Shift+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locators</source>
        <translation>Locators</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: start</source>
        <translation>%1: begin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: end</source>
        <translation>%1: eind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (set by %2)</source>
        <translation>%1 (gezet door %2)</translation>
    </message>
</context>
<context>
    <name>annostraat::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+327"/>
        <source>There is already a profile named &quot;%1&quot;. Choose another name, or go back and choose that profile.</source>
        <translation>Er is al een profiel met de naam &quot;%1&quot;. Kies een andere naam, of ga terug en kies dat profiel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile could not be created: %1</source>
        <translation>Het profiel kon niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The demo tasks could not be loaded: %1</source>
        <translation>De demotaken konden niet worden geladen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo tasks are ready: one practice task for each kind of work.</source>
        <translation>De demotaken staan klaar: een oefentaak voor elk soort werk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your settings could not be kept: %1</source>
        <translation>Je instellingen konden niet worden bewaard: %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Dashboard – Annostraat</source>
        <translation>Dashboard – Annostraat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My progress – Annostraat</source>
        <translation>Mijn voortgang – Annostraat</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Working: %1 (%2)</source>
        <translation>Aan het werk: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annostraat — %1</source>
        <translation>Annostraat — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody chosen yet</source>
        <translation>Nog niemand gekozen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annostraat</source>
        <translation>Annostraat</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Store: %1</source>
        <translation>Opslag: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is kept at once in %1</source>
        <translation>Alles wordt meteen bewaard in %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="+259"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch &amp;profile</source>
        <translation>&amp;Profiel wisselen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let another person work, or add a profile</source>
        <translation>Laat iemand anders werken, of voeg een profiel toe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;demo tasks</source>
        <translation>&amp;Demotaken laden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adds a practice task for each kind of work</source>
        <translation>Voegt een oefentaak toe voor elk soort werk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language, theme, text size and the shared folder</source>
        <translation>Taal, thema, lettergrootte en de gedeelde map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close Annostraat; everything is already kept</source>
        <translation>Annostraat sluiten; alles is al bewaard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo your last step</source>
        <translation>Je laatste stap ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Opnieu&amp;w</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do the undone step again</source>
        <translation>De ongedaan gemaakte stap opnieuw doen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous item</source>
        <translation>&amp;Vorig item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the previous item in the queue</source>
        <translation>Het vorige item in de wachtrij openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next item</source>
        <translation>Volge&amp;nd item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the next item in the queue</source>
        <translation>Het volgende item in de wachtrij openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark this item as done and open the next one</source>
        <translation>Dit item als klaar markeren en het volgende openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flag…</source>
        <translation>&amp;Markeren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Something is wrong with this item: give a reason</source>
        <translation>Er is iets mis met dit item: geef een reden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip</source>
        <translation>O&amp;verslaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave this item for now and open the next one</source>
        <translation>Dit item voorlopig laten liggen en het volgende openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White text on black, with a yellow focus frame</source>
        <translation>Witte tekst op zwart, met een geel focuskader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere letters</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make all text larger</source>
        <translation>Alle tekst groter maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;maller text</source>
        <translation>K&amp;leinere letters</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make all text smaller</source>
        <translation>Alle tekst kleiner maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every keyboard shortcut</source>
        <translation>Alle sneltoetsen tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to do each job, for annotators, reviewers and team leads</source>
        <translation>Hoe je elk soort werk doet, voor annotatoren, reviewers en teamleiders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exchange tasks and work with the shared folder now</source>
        <translation>Nu taken en werk uitwisselen met de gedeelde map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review &amp;queue</source>
        <translation>Review&amp;wachtrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the review queue and the verdicts beside the item</source>
        <translation>De reviewwachtrij en de oordelen naast het item tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My pro&amp;gress</source>
        <translation>&amp;Mijn voortgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress, review outcomes, agreement and gold scores per person, and the items with the most disagreement</source>
        <translation>Voortgang, uitkomsten van review, overeenstemming en gold-scores per persoon, en de items met de meeste onenigheid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own progress on the task, and the items with feedback for you</source>
        <translation>Je eigen voortgang in de taak, en de items met feedback voor jou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a &amp;break</source>
        <translation>Pauze &amp;nemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dim the work and rest; the break reminder can be set in the settings</source>
        <translation>Het werk dimmen en rusten; de pauzeherinnering stel je in bij de instellingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync</source>
        <comment>toolbar</comment>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+68"/>
        <source>No shared folder is set up yet; you can choose one in the settings (%1).</source>
        <translation>Er is nog geen gedeelde map ingesteld; je kunt er een kiezen bij de instellingen (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sync is running already.</source>
        <translation>Er wordt al gesynchroniseerd.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Profiles found on the shared folder: %n. Press Esc to choose yours.</source>
        <translation>
            <numerusform>In de gedeelde map stond %n profiel. Druk op Esc om het jouwe te kiezen.</numerusform>
            <numerusform>In de gedeelde map stonden %n profielen. Druk op Esc om het jouwe te kiezen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="-46"/>
        <source>Tool&amp;s</source>
        <translation>&amp;Gereedschap</translation>
    </message>
</context>
<context>
    <name>annostraat::ManualWindow</name>
    <message>
        <location filename="../app/gui/manualwindow.cpp" line="+126"/>
        <source>The manual is not installed on this PC: %1 was not found.</source>
        <translation>De handleiding staat niet op deze pc: %1 is niet gevonden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+7"/>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Manual — %1</source>
        <translation>Handleiding — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page you read before (Alt+Left)</source>
        <translation>De pagina die je hiervoor las (Alt+Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start page</source>
        <translation>&amp;Startpagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first page of the manual</source>
        <translation>De eerste pagina van de handleiding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the manual (Esc)</source>
        <translation>De handleiding sluiten (Esc)</translation>
    </message>
</context>
<context>
    <name>annostraat::MarkerKind</name>
    <message>
        <location filename="../core/model/kinds/markerkind.cpp" line="+31"/>
        <source>&quot;frame&quot; must be a whole number of 0 or more</source>
        <translation>&quot;frame&quot; moet een geheel getal van 0 of meer zijn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no valid frame</source>
        <translation>geen geldig frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame %1</source>
        <translation>frame %1</translation>
    </message>
    <message>
        <location filename="../core/model/kinds/markerkind.h" line="+19"/>
        <source>Marker</source>
        <translation>Markering</translation>
    </message>
</context>
<context>
    <name>annostraat::Media</name>
    <message>
        <location filename="../core/media/georaster.cpp" line="+251"/>
        <location filename="../core/media/imagesource.cpp" line="+184"/>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/media/imagesource.cpp" line="+2"/>
        <source>the file cannot be read</source>
        <translation>het bestand kan niet gelezen worden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/media/imagesource.cpp" line="+2"/>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the raster has no pixels or no bands</source>
        <translation>het raster heeft geen pixels of geen banden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the TIFF file is truncated (its last block lies beyond the end of the file)</source>
        <translation>het TIFF-bestand is afgekapt (het laatste blok ligt voorbij het einde van het bestand)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is not enough memory to decode the image</source>
        <translation>er is niet genoeg geheugen om de afbeelding te decoderen</translation>
    </message>
    <message>
        <location line="+150"/>
        <location line="+174"/>
        <source>the TIFF file is damaged or not a raster the program can read</source>
        <translation>het TIFF-bestand is beschadigd of geen raster dat het programma kan lezen</translation>
    </message>
    <message>
        <location line="-168"/>
        <location filename="../core/media/imagesource.cpp" line="+11"/>
        <source>this is not an image in a format the program can read</source>
        <translation>dit is geen afbeelding in een formaat dat het programma kan lezen</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>the image changed while it was open</source>
        <translation>de afbeelding is veranderd terwijl hij open was</translation>
    </message>
    <message>
        <location filename="../core/media/imagesource.cpp" line="+6"/>
        <source>the image header is damaged</source>
        <translation>de kop van de afbeelding is beschadigd</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the JPEG file is truncated or damaged (no end-of-image marker)</source>
        <translation>het JPEG-bestand is afgebroken of beschadigd (het eindmerk ontbreekt)</translation>
    </message>
    <message>
        <location filename="../core/media/georaster.cpp" line="-347"/>
        <location filename="../core/media/imagesource.cpp" line="+4"/>
        <source>the image is %1 × %2 pixels; the limit is %3 megapixels</source>
        <translation>de afbeelding is %1 × %2 pixels; de grens is %3 megapixel</translation>
    </message>
    <message>
        <location filename="../core/media/imagesource.cpp" line="+6"/>
        <source>the image is %1 × %2 pixels and a progressive JPEG; those can only be shown up to %3 megapixels (save it as a baseline JPEG)</source>
        <translation>de afbeelding is %1 × %2 pixels en een progressieve JPEG; die kunnen tot %3 megapixel getoond worden (bewaar haar als baseline-JPEG)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the image is %1 × %2 pixels; images in %3 format can only be shown up to %4 megapixels (JPEG has no such limit)</source>
        <translation>de afbeelding is %1 × %2 pixels; afbeeldingen in %3-formaat kunnen tot %4 megapixel getoond worden (voor JPEG geldt die grens niet)</translation>
    </message>
    <message>
        <location filename="../core/media/georaster.cpp" line="+77"/>
        <location line="+12"/>
        <location line="+155"/>
        <location filename="../core/media/imagesource.cpp" line="+24"/>
        <location line="+34"/>
        <location line="+4"/>
        <source>the image cannot be decoded</source>
        <translation>de afbeelding kan niet gedecodeerd worden</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the overview cache folder %1 cannot be created</source>
        <translation>de cachemap voor overzichten %1 kan niet worden gemaakt</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+49"/>
        <location line="+11"/>
        <source>the overviews cannot be written to %1</source>
        <translation>de overzichten kunnen niet naar %1 worden geschreven</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>building the overviews was cancelled</source>
        <translation>het maken van de overzichten is afgebroken</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../core/media/imagesource.cpp" line="-23"/>
        <source>the requested region lies outside the image</source>
        <translation>het gevraagde gebied ligt buiten de afbeelding</translation>
    </message>
</context>
<context>
    <name>annostraat::MediaMessage</name>
    <message>
        <location filename="../widgets/editor/mediamessage.cpp" line="+37"/>
        <source>The file of this item is not on this computer:
%1</source>
        <translation>Het bestand van dit item staat niet op deze computer:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>You can flag the item or skip it.</source>
        <translation>Je kunt het item markeren of overslaan.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>This file cannot be shown:
%1
(%2)</source>
        <translation>Dit bestand kan niet worden getoond:
%1
(%2)</translation>
    </message>
</context>
<context>
    <name>annostraat::NewTaskPage</name>
    <message>
        <location filename="../widgets/teamlead/newtaskpage.cpp" line="+97"/>
        <source>Task “%1”</source>
        <translation>Taak “%1”</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>New task – Annostraat</source>
        <translation>Nieuwe taak – Annostraat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a task in five steps, in any order. Nothing is saved until you choose Create (Ctrl+Enter).</source>
        <translation>Maak een taak in vijf stappen, in elke volgorde. Er wordt niets opgeslagen tot je Maken kiest (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Media</source>
        <translation>1. Media</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Name and instructions</source>
        <translation>2. Naam en instructies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Labels and questions</source>
        <translation>3. Labels en vragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4. People</source>
        <translation>4. Mensen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5. Review</source>
        <translation>5. Controle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the folder with the media. Every image, video and .txt text in it (and in its subfolders) becomes an item. Below you see what the task will hold before anything is saved.</source>
        <translation>Kies de map met de media. Elke afbeelding, video en .txt-tekst erin (ook in de mappen daarin) wordt een item. Hieronder zie je wat er in de taak komt, voordat er iets wordt opgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Media folder:</source>
        <translation>&amp;Mediamap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>Kie&amp;zen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the media folder</source>
        <translation>Kies de mediamap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read the folder</source>
        <translation>Map &amp;lezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See what the folder will give: items per kind, files left out and why</source>
        <translation>Zie wat de map oplevert: items per soort, bestanden die niet meedoen en waarom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;A/B pairs: an image NAME_A with its NAME_B is one item</source>
        <translation>&amp;A/B-paren: een afbeelding NAAM_A met haar NAAM_B is één item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client:</source>
        <translation>&amp;Klant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the work is for (optional)</source>
        <translation>Voor wie het werk is (niet verplicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in the task list; annotators do not need it</source>
        <translation>Staat in de takenlijst; annotatoren hebben het niet nodig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert &amp;picture…</source>
        <translation>&amp;Plaatje invoegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put a picture from this PC in the instructions. On Create it is saved in the task, so annotators see it on their own PCs.</source>
        <translation>Een plaatje van deze pc in de instructies zetten. Bij Maken wordt het in de taak bewaard, zodat annotatoren het op hun eigen pc zien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Instructions for the annotators:</source>
        <translation>&amp;Instructies voor de annotatoren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown: # heading, **bold**, - list. Insert picture puts a picture in.</source>
        <translation>Markdown: # kop, **vet**, - lijst. Plaatje invoegen zet er een plaatje in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How annotators see it:</source>
        <translation>Zo zien annotatoren het:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People who work on it (tick them). Nobody ticked: every annotator can do every item.</source>
        <translation>&amp;Mensen die eraan werken (vink ze aan). Niemand aangevinkt: elke annotator kan elk item doen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotators per &amp;item:</source>
        <translation>Annotatoren per &amp;item:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which work reviewers look at. Every rule adds work; nothing ticked: nothing is reviewed unless someone asks.</source>
        <translation>Welk werk reviewers bekijken. Elke regel voegt werk toe; niets aangevinkt: er wordt niets gecontroleerd, behalve als iemand erom vraagt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sample of the items:</source>
        <translation>&amp;Steekproef van de items:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A share of the items, drawn the same on every PC</source>
        <translation>Een deel van de items, op elke pc hetzelfde gekozen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First items of each person:</source>
        <translation>&amp;Eerste items van ieder persoon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each person&apos;s first items, to see early whether the task is understood</source>
        <translation>De eerste items van ieder persoon, om vroeg te zien of de taak goed begrepen is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items where people &amp;disagree</source>
        <translation>Items waar mensen het &amp;oneens zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items someone f&amp;lagged</source>
        <translation>Items die iemand ge&amp;markeerd heeft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step before</source>
        <translation>De stap hiervoor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next step</source>
        <translation>De volgende stap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the task, its items and who works on it, all at once (Ctrl+Enter)</source>
        <translation>Sla de taak, de items en wie eraan werkt in één keer op (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window; a task not created is not saved (Esc)</source>
        <translation>Sluit dit venster; een taak die niet gemaakt is, wordt niet opgeslagen (Esc)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Media folder</source>
        <translation>Mediamap</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Insert a picture</source>
        <translation>Een plaatje invoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)</source>
        <translation>Plaatjes (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Reading the folder…</source>
        <translation>De map wordt gelezen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder cannot become a task: %1</source>
        <translation>Van deze map kan geen taak worden gemaakt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No folder read yet.</source>
        <translation>Nog geen map gelezen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The task will have %n item(s).</source>
        <translation>
            <numerusform>De taak krijgt %n item.</numerusform>
            <numerusform>De taak krijgt %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Images: %n</source>
        <translation>
            <numerusform>Afbeeldingen: %n</numerusform>
            <numerusform>Afbeeldingen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A/B pairs: %n</source>
        <translation>
            <numerusform>A/B-paren: %n</numerusform>
            <numerusform>A/B-paren: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with %2</source>
        <translation>%1 met %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Videos: %n</source>
        <translation>
            <numerusform>Video&apos;s: %n</numerusform>
            <numerusform>Video&apos;s: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 long, %3</source>
        <translation>%1: %2 lang, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: its length and frame rate cannot be read; the video editor may not open it</source>
        <translation>%1: de lengte en de beeldsnelheid zijn niet te lezen; misschien opent het werkvlak voor video hem niet</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Texts: %n</source>
        <translation>
            <numerusform>Teksten: %n</numerusform>
            <numerusform>Teksten: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1: %2, with its reference document</source>
        <translation>%1: %2, met het brondocument</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Left out: %n file(s)</source>
        <translation>
            <numerusform>Doet niet mee: %n bestand</numerusform>
            <numerusform>Doen niet mee: %n bestanden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nobody ticked: the task is for every annotator, each item once.</source>
        <translation>Niemand aangevinkt: de taak is voor elke annotator, elk item één keer.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s) ticked; the items are handed out in turn.</source>
        <translation>
            <numerusform>%n persoon aangevinkt; de items worden om de beurt verdeeld.</numerusform>
            <numerusform>%n personen aangevinkt; de items worden om de beurt verdeeld.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the folder is still being read</source>
        <translation>de map wordt nog gelezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a media folder that can become a task (step 1)</source>
        <translation>een mediamap waarvan een taak kan worden gemaakt (stap 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the media folder (step 1)</source>
        <translation>de mediamap (stap 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name (step 2)</source>
        <translation>een naam (stap 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the picture %1 of the instructions, which is not there (step 2)</source>
        <translation>het plaatje %1 van de instructies, dat er niet is (stap 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a complete schema (step 3): %1</source>
        <translation>een compleet schema (stap 3): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels and questions: start from a template, or add your own (step 3)</source>
        <translation>labels en vragen: begin met een voorbeeld, of maak ze zelf (stap 3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still needed: %1.</source>
        <translation>Nog nodig: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Ready: Create saves the task with %n item(s).</source>
        <translation>
            <numerusform>Klaar: Maken slaat de taak op met %n item.</numerusform>
            <numerusform>Klaar: Maken slaat de taak op met %n items.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This task was created already.</source>
        <translation>Deze taak is al gemaakt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Nothing was saved: %1</source>
        <translation>Er is niets opgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>“%1” is saved with %n item(s). Publish it (Team menu) to send it to the annotators&apos; PCs.</source>
        <translation>
            <numerusform>“%1” is opgeslagen met %n item. Publiceer de taak (menu Team) om haar naar de pc&apos;s van de annotatoren te sturen.</numerusform>
            <numerusform>“%1” is opgeslagen met %n items. Publiceer de taak (menu Team) om haar naar de pc&apos;s van de annotatoren te sturen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>annostraat::Op</name>
    <message>
        <location filename="../core/store/op.cpp" line="+99"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>waar of onwaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JSON object</source>
        <translation>een JSON-object</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; has the unknown value &quot;%2&quot;; known values: %3</source>
        <translation>&quot;%1&quot; heeft de onbekende waarde &quot;%2&quot;; bekende waarden: %3</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: unknown field &quot;%2&quot; in op</source>
        <translation>%1: onbekend veld &quot;%2&quot; in op</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: op field &quot;%2&quot; must be text</source>
        <translation>%1: op-veld &quot;%2&quot; moet tekst zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: op field &quot;%2&quot; must be an object</source>
        <translation>%1: op-veld &quot;%2&quot; moet een object zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is not a timestamp</source>
        <translation>%1: &quot;%2&quot; is geen tijdstempel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>op %1 lacks an id, author, entity id or timestamp</source>
        <translation>op %1 mist een id, auteur, entiteit-id of tijdstempel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>op %1: the op id, author or device is not a valid id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>op %1: het op-id, de auteur of het apparaat is geen geldig id (1 tot en met 64 letters, cijfers, &apos;-&apos; of &apos;_&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>op %1: unknown entity &quot;%2&quot;</source>
        <translation>op %1: onbekende entiteit &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>op %1: &quot;%2&quot; is not a valid id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>op %1: &quot;%2&quot; is geen geldig id (1 tot en met 64 letters, cijfers, &apos;-&apos; of &apos;_&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>op %1: a %2 op needs exactly %3 key fields</source>
        <translation>op %1: een %2-op heeft precies %3 sleutelvelden nodig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>op %1: key field &quot;%2&quot; is not a valid id</source>
        <translation>op %1: sleutelveld &quot;%2&quot; is geen geldig id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>op %1: key field &quot;%2&quot; is missing or not %3</source>
        <translation>op %1: sleutelveld &quot;%2&quot; ontbreekt of is niet %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>op %1 changes no field</source>
        <translation>op %1 wijzigt geen enkel veld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>op %1: a %2 has no field &quot;%3&quot;</source>
        <translation>op %1: een %2 heeft geen veld &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>op %1: field &quot;%2&quot; must be %3</source>
        <translation>op %1: veld &quot;%2&quot; moet %3 zijn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>schema</source>
        <translation>schema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;facts&quot; must be a JSON object</source>
        <translation>&quot;facts&quot; moet een JSON-object zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;extraMedia&quot; must be a JSON array</source>
        <translation>&quot;extraMedia&quot; moet een JSON-lijst zijn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown annotation kind &quot;%1&quot;; known kinds: %2</source>
        <translation>onbekende soort annotatie &quot;%1&quot;; bekende soorten: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the id must be &quot;&lt;item&gt;/&lt;annotator&gt;&quot;</source>
        <translation>het id moet &quot;&lt;item&gt;/&lt;annotator&gt;&quot; zijn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;annotation&quot; must be an annotation id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>&quot;annotation&quot; moet een annotatie-id zijn (1 tot 64 letters, cijfers, &apos;-&apos; of &apos;_&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;anchor&quot; must be a JSON object</source>
        <translation>&quot;anchor&quot; moet een JSON-object zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id of a gold mark must be its item&apos;s</source>
        <translation>de id van een goudmarkering moet die van het item zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;reference&quot; must be a profile id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>&quot;reference&quot; moet een profiel-id zijn (1 tot 64 letters, cijfers, &apos;-&apos; of &apos;_&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>op %1</source>
        <translation>op %1</translation>
    </message>
</context>
<context>
    <name>annostraat::Package</name>
    <message>
        <location filename="../core/bundle/atomicfile.cpp" line="+45"/>
        <location line="+28"/>
        <source>%1: cannot open the file to flush it: %2</source>
        <translation>%1: het bestand kan niet worden geopend om het weg te schrijven: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1: flushing the files to disk failed: %2</source>
        <translation>%1: het wegschrijven van de bestanden naar de schijf is mislukt: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: flushing the file to disk failed: %2</source>
        <translation>%1: het wegschrijven van het bestand naar de schijf is mislukt: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../core/bundle/packagewriter.cpp" line="+184"/>
        <source>%1: the file already exists; a package is written once and never replaced</source>
        <translation>%1: het bestand bestaat al; een pakket wordt één keer geschreven en nooit vervangen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot rename the finished file to this name (tried %2 times): %3</source>
        <translation>%1: het voltooide bestand kan geen nieuwe naam krijgen (%2 keer geprobeerd): %3</translation>
    </message>
    <message>
        <location filename="../core/bundle/package.cpp" line="+43"/>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation>%1: onbekend veld &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is missing or not text</source>
        <translation>%1: &quot;%2&quot; ontbreekt of is geen tekst</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;%2&quot; is missing or not a whole number from %3 to %4</source>
        <translation>%1: &quot;%2&quot; ontbreekt of is geen geheel getal van %3 tot en met %4</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../core/bundle/packagereader.cpp" line="+411"/>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1: geen geldige JSON (%2 bij byte %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: must be a JSON object</source>
        <translation>%1: moet een JSON-object zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;formatVersion&quot; is missing or not a whole number; this version of Annostraat reads package format version %2</source>
        <translation>%1: &quot;formatVersion&quot; ontbreekt of is geen geheel getal; deze versie van Annostraat leest pakketformaat %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (the package was written by a newer Annostraat: update this PC)</source>
        <translation> (het pakket is geschreven door een nieuwere Annostraat: werk deze pc bij)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: package format version %2 is not supported; this version of Annostraat reads format version %3 only%4</source>
        <translation>%1: pakketformaat %2 wordt niet ondersteund; deze versie van Annostraat leest alleen formaat %3%4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: &quot;kind&quot; must be &quot;task&quot;, &quot;results&quot; or &quot;reviews&quot;</source>
        <translation>%1: &quot;kind&quot; moet &quot;task&quot;, &quot;results&quot; of &quot;reviews&quot; zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;taskId&quot; is not a valid id</source>
        <translation>%1: &quot;taskId&quot; is geen geldig id</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;producer&quot; is missing or not an object</source>
        <translation>%1: &quot;producer&quot; ontbreekt of is geen object</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: &quot;created&quot; must be an ISO 8601 date and time in UTC, e.g. &quot;2024-05-01T12:00:00Z&quot;</source>
        <translation>%1: &quot;created&quot; moet een ISO 8601-datum en -tijd in UTC zijn, bijv. &quot;2024-05-01T12:00:00Z&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;counts&quot; is missing or not an object</source>
        <translation>%1: &quot;counts&quot; ontbreekt of is geen object</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: &quot;entries&quot; is missing or not a list</source>
        <translation>%1: &quot;entries&quot; ontbreekt of is geen lijst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: entries[%2]</source>
        <translation>%1: entries[%2]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: must be an object</source>
        <translation>%1: moet een object zijn</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+51"/>
        <location line="+42"/>
        <source>%1: &quot;sha256&quot; must be 64 lower-case hexadecimal digits</source>
        <translation>%1: &quot;sha256&quot; moet uit 64 hexadecimale kleine letters en cijfers bestaan</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>%1: the manifest cannot list itself</source>
        <translation>%1: het manifest kan zichzelf niet opsommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: lists &quot;%2&quot; twice</source>
        <translation>%1: noemt &quot;%2&quot; twee keer</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: &quot;kind&quot; must be &quot;image&quot;, &quot;video&quot;, &quot;text&quot; or &quot;image-pair&quot;</source>
        <translation>%1: &quot;kind&quot; moet &quot;image&quot;, &quot;video&quot;, &quot;text&quot; of &quot;image-pair&quot; zijn</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: &quot;extraMedia&quot; must be a list</source>
        <translation>%1: &quot;extraMedia&quot; moet een lijst zijn</translation>
    </message>
    <message>
        <location filename="../core/bundle/packageimport.cpp" line="+164"/>
        <source>%1: the package carries media, but no media folder was given to put them in</source>
        <translation>%1: het pakket bevat media, maar er is geen map opgegeven om ze in te zetten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot create the media folder</source>
        <translation>%1: de mediamap kan niet worden aangemaakt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: cannot create the file: %2</source>
        <translation>%1: het bestand kan niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/bundle/packagereader.cpp" line="+242"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: het bestand kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot rename the extracted media file to this name: %2</source>
        <translation>%1: het uitgepakte mediabestand kan deze naam niet krijgen: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: the media file of item %2 is missing or has changed</source>
        <translation>%1: het mediabestand van item %2 ontbreekt of is veranderd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the media file of item %1 is not on this PC: neither %2 nor %3 exists with %4 bytes</source>
        <translation>het mediabestand van item %1 staat niet op deze pc: %2 en %3 bestaan geen van beide met %4 bytes</translation>
    </message>
    <message>
        <location filename="../core/bundle/packagereader.cpp" line="-568"/>
        <source>%1: the entry &quot;%2&quot; inflates to more than the %3 bytes its ZIP header declares; refused as a possible decompression bomb</source>
        <translation>%1: het onderdeel &quot;%2&quot; pakt uit tot meer dan de %3 bytes die de ZIP-kop opgeeft; geweigerd als mogelijke decompressiebom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the entry &quot;%2&quot; holds fewer bytes than the %3 its ZIP header declares; the package is damaged</source>
        <translation>%1: het onderdeel &quot;%2&quot; bevat minder bytes dan de %3 die de ZIP-kop opgeeft; het pakket is beschadigd</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>%1: reading the entry &quot;%2&quot; failed: %3</source>
        <translation>%1: het lezen van item &quot;%2&quot; is mislukt: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no such file</source>
        <translation>%1: dit bestand bestaat niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is not a file</source>
        <translation>%1: is geen bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is empty; it is not a package</source>
        <translation>%1: het bestand is leeg; het is geen pakket</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the ZIP file is truncated or damaged: its central directory (the list of entries at its end) is missing</source>
        <translation>%1: het ZIP-bestand is afgebroken of beschadigd: de centrale inhoudsopgave (de lijst met onderdelen aan het eind) ontbreekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not a ZIP file, so not a package</source>
        <translation>%1: geen ZIP-bestand, dus geen pakket</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the entry &quot;%2&quot; occurs more than once; a package holds each name once</source>
        <translation>%1: het onderdeel &quot;%2&quot; komt meer dan één keer voor; een pakket bevat elke naam één keer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: an entry name occurs more than once; a package holds each name once</source>
        <translation>%1: een naam komt meer dan één keer voor; een pakket bevat elke naam één keer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the ZIP file is damaged (%2)</source>
        <translation>%1: het ZIP-bestand is beschadigd (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: het bestand kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a valid ZIP file (%2)</source>
        <translation>%1: geen geldig ZIP-bestand (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: holds %2 entries, more than the limit of %3</source>
        <translation>%1: bevat %2 onderdelen, meer dan de grens van %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot read entry %2 of the ZIP directory: %3</source>
        <translation>%1: onderdeel %2 van de ZIP-inhoudsopgave kan niet worden gelezen: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: an entry has an empty name</source>
        <translation>%1: een onderdeel heeft een lege naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the entry name &quot;%2&quot; is not valid UTF-8</source>
        <translation>%1: de naam van het onderdeel &quot;%2&quot; is geen geldige UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the entry name &quot;%2&quot; contains a backslash; package paths use &quot;/&quot;</source>
        <translation>%1: de naam van het onderdeel &quot;%2&quot; bevat een backslash; paden in een pakket gebruiken &quot;/&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the entry &quot;%2&quot; has an absolute path; package paths are relative</source>
        <translation>%1: het onderdeel &quot;%2&quot; heeft een absoluut pad; paden in een pakket zijn relatief</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the entry &quot;%2&quot; starts with a drive letter; package paths are relative</source>
        <translation>%1: het onderdeel &quot;%2&quot; begint met een stationsletter; paden in een pakket zijn relatief</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the entry &quot;%2&quot; contains &quot;..&quot;, which would lead outside the folder it is extracted to</source>
        <translation>%1: het onderdeel &quot;%2&quot; bevat &quot;..&quot;, wat buiten de map zou leiden waarin het wordt uitgepakt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the entry name &quot;%2&quot; contains a control character</source>
        <translation>%1: de naam van het onderdeel &quot;%2&quot; bevat een stuurteken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the entry name &quot;%2&quot; contains &quot;:&quot; (a drive or a Windows stream)</source>
        <translation>%1: de naam van het onderdeel &quot;%2&quot; bevat &quot;:&quot; (een station of een Windows-stream)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the entry &quot;%2&quot; has an empty or &quot;.&quot; path component</source>
        <translation>%1: het onderdeel &quot;%2&quot; heeft een leeg of &quot;.&quot; padonderdeel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the entry &quot;%2&quot; is a symbolic link; packages hold only plain files</source>
        <translation>%1: het onderdeel &quot;%2&quot; is een symbolische koppeling; pakketten bevatten alleen gewone bestanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the entry &quot;%2&quot; is not a plain file (Unix file type %3)</source>
        <translation>%1: het onderdeel &quot;%2&quot; is geen gewoon bestand (Unix-bestandstype %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the entry &quot;%2&quot; is a folder; a package holds no folder but &quot;media/&quot;</source>
        <translation>%1: het onderdeel &quot;%2&quot; is een map; een pakket bevat geen andere map dan &quot;media/&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the entry &quot;%2&quot; is encrypted; packages are never encrypted</source>
        <translation>%1: het onderdeel &quot;%2&quot; is versleuteld; pakketten worden nooit versleuteld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the entry &quot;%2&quot; uses compression method %3; packages use only stored (0) or deflate (8)</source>
        <translation>%1: het onderdeel &quot;%2&quot; gebruikt compressiemethode %3; pakketten gebruiken alleen stored (0) of deflate (8)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the ZIP directory gives no size for the entry &quot;%2&quot;</source>
        <translation>%1: de ZIP-inhoudsopgave geeft geen grootte voor het onderdeel &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: the entry &quot;%2&quot; is not listed in manifest.json</source>
        <translation>%1: het onderdeel &quot;%2&quot; staat niet in manifest.json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: manifest.json lists &quot;%2&quot;, but the package does not contain it</source>
        <translation>%1: manifest.json noemt &quot;%2&quot;, maar het pakket bevat het niet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the entry &quot;%2&quot; holds %3 bytes according to the ZIP directory, but manifest.json says %4</source>
        <translation>%1: het onderdeel &quot;%2&quot; bevat volgens de ZIP-inhoudsopgave %3 bytes, maar manifest.json zegt %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+286"/>
        <source>%1: the entry &quot;%2&quot; declares %3 bytes, more than the limit of %4 bytes for %5</source>
        <translation>%1: het onderdeel &quot;%2&quot; geeft %3 bytes op, meer dan de grens van %4 bytes voor %5</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>a media file</source>
        <translation>een mediabestand</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+285"/>
        <source>a JSON entry</source>
        <translation>een JSON-onderdeel</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>%1: the entries add up to more than the limit of %2 bytes for one package</source>
        <translation>%1: de onderdelen zijn samen groter dan de grens van %2 bytes voor één pakket</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the package lacks &quot;%2&quot;, which every package has</source>
        <translation>%1: het pakket mist &quot;%2&quot;, dat elk pakket heeft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the entry &quot;%2&quot; has no place in a version %3 package (it holds manifest.json, schema.json, items.jsonl, ops.jsonl and media/&lt;sha256&gt;.&lt;ext&gt; only)</source>
        <translation>%1: het onderdeel &quot;%2&quot; hoort niet in een pakket van versie %3 (dat bevat alleen manifest.json, schema.json, items.jsonl, ops.jsonl en media/&lt;sha256&gt;.&lt;ext&gt;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the entry &quot;%2&quot; is a media file, but a %3 package carries no media</source>
        <translation>%1: het onderdeel &quot;%2&quot; is een mediabestand, maar een %3-pakket bevat geen media</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the entry &quot;%2&quot; is named after SHA-256 %3, but manifest.json gives %4</source>
        <translation>%1: het onderdeel &quot;%2&quot; is genoemd naar SHA-256 %3, maar manifest.json geeft %4</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+265"/>
        <source>%1: the entry &quot;%2&quot; does not match its SHA-256 in manifest.json (expected %3, found %4); the package is damaged or was changed</source>
        <translation>%1: het onderdeel &quot;%2&quot; klopt niet met zijn SHA-256 in manifest.json (verwacht %3, gevonden %4); het pakket is beschadigd of veranderd</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>%1: items.jsonl line %2</source>
        <translation>%1: items.jsonl regel %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1: the line is empty</source>
        <translation>%1: de regel is leeg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not a JSON object</source>
        <translation>%1: geen JSON-object</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: the item &quot;%2&quot; appears twice</source>
        <translation>%1: het item &quot;%2&quot; komt twee keer voor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;media&quot; is missing; a task package carries every item&apos;s media</source>
        <translation>%1: &quot;media&quot; ontbreekt; een taakpakket bevat de media van elk item</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;media&quot; must be &quot;media/%2.&lt;ext&gt;&quot;</source>
        <translation>%1: &quot;media&quot; moet &quot;media/%2.&lt;ext&gt;&quot; zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the media entry &quot;%2&quot; is not in the package</source>
        <translation>%1: het media-onderdeel &quot;%2&quot; zit niet in het pakket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the item is %2 bytes, but its media entry &quot;%3&quot; holds %4</source>
        <translation>%1: het item is %2 bytes, maar zijn media-onderdeel &quot;%3&quot; bevat er %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: a %2 package carries no media, so &quot;media&quot; must be absent</source>
        <translation>%1: een %2-pakket bevat geen media, dus &quot;media&quot; moet ontbreken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: manifest.json counts %2 items, but items.jsonl holds %3</source>
        <translation>%1: manifest.json telt %2 items, maar items.jsonl bevat er %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: ops.jsonl line %2</source>
        <translation>%1: ops.jsonl regel %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the op belongs to task %2, not to this package&apos;s task %3</source>
        <translation>%1: de op hoort bij taak %2, niet bij taak %3 van dit pakket</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: a %2 package may not change tasks, items or assignments, only annotations, submissions, reviews and profiles</source>
        <translation>%1: een %2-pakket mag geen taken, items of toewijzingen wijzigen, alleen annotaties, inzendingen, beoordelingen en profielen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: manifest.json counts %2 ops, but ops.jsonl holds %3</source>
        <translation>%1: manifest.json telt %2 ops, maar ops.jsonl bevat er %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: ops.jsonl holds no op for the task %2 itself</source>
        <translation>%1: ops.jsonl bevat geen op voor de taak %2 zelf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: items.jsonl line %2: no op in ops.jsonl creates the item &quot;%3&quot;</source>
        <translation>%1: items.jsonl regel %2: geen enkele op in ops.jsonl maakt het item &quot;%3&quot; aan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the entry &quot;%2&quot; belongs to no item in items.jsonl</source>
        <translation>%1: het onderdeel &quot;%2&quot; hoort bij geen enkel item in items.jsonl</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: has no manifest.json, so it is not an Annostraat package</source>
        <translation>%1: heeft geen manifest.json, dus het is geen Annostraat-pakket</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: manifest.json</source>
        <translation>%1: manifest.json</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: schema.json</source>
        <translation>%1: schema.json</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the entry &quot;%2&quot; is not in the package</source>
        <translation>%1: het onderdeel &quot;%2&quot; zit niet in het pakket</translation>
    </message>
    <message>
        <location filename="../core/bundle/packagewriter.cpp" line="-105"/>
        <source>%1: cannot read the media file: %2</source>
        <translation>%1: het mediabestand kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: reading the media file failed: %2</source>
        <translation>%1: het lezen van het mediabestand is mislukt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the media file has changed since the task was created (it is now larger than %2 bytes); the package was not written</source>
        <translation>%1: het mediabestand is veranderd sinds de taak is gemaakt (het is nu groter dan %2 bytes); het pakket is niet geschreven</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+94"/>
        <source>%1: the media file has changed since the task was created (%2 bytes instead of %3); the package was not written</source>
        <translation>%1: het mediabestand is veranderd sinds de taak is gemaakt (%2 bytes in plaats van %3); het pakket is niet geschreven</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>%1: the media file has changed since the task was created (SHA-256 %2 instead of %3); the package was not written</source>
        <translation>%1: het mediabestand is veranderd sinds de taak is gemaakt (SHA-256 %2 in plaats van %3); het pakket is niet geschreven</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: de map bestaat niet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the media file is missing; the package was not written</source>
        <translation>%1: het mediabestand ontbreekt; het pakket is niet geschreven</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: cannot create the package: %2</source>
        <translation>%1: het pakket kan niet worden aangemaakt: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: cannot build the package: %2</source>
        <translation>%1: het pakket kan niet worden opgebouwd: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: writing the package failed: %2</source>
        <translation>%1: het schrijven van het pakket is mislukt: %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+59"/>
        <source>%1: there is no task &quot;%2&quot;</source>
        <translation>%1: er is geen taak &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1: a task package is written with writeTaskPackage()</source>
        <translation>%1: een taakpakket wordt geschreven met writeTaskPackage()</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: op %2 belongs to task %3, not to %4</source>
        <translation>%1: op %2 hoort bij taak %3, niet bij %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: op %2 changes a %3; a %4 package carries only annotations, submissions, reviews and profiles</source>
        <translation>%1: op %2 wijzigt een %3; een %4-pakket bevat alleen annotaties, inzendingen, beoordelingen en profielen</translation>
    </message>
</context>
<context>
    <name>annostraat::PairEditor</name>
    <message>
        <location filename="../widgets/pair/paireditor.cpp" line="+155"/>
        <source>This pair has no B image:
%1</source>
        <translation>Bij dit paar hoort geen B-afbeelding:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can flag the item or skip it.</source>
        <translation>Je kunt het item markeren of overslaan.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This could not be kept: %1</source>
        <translation>Dit kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen: no difference.</source>
        <translation>Gekozen: geen verschil.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chosen: %1.</source>
        <translation>Gekozen: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chosen</source>
        <translation>gekozen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>= No difference</source>
        <translation>= Geen verschil</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 × %3 px</source>
        <translation>%1: %2 × %3 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zoom %1%</source>
        <translation>zoom %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A or B chooses</source>
        <translation>A of B kiest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This task asks no A/B question</source>
        <translation>Deze taak stelt geen A/B-vraag</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose &amp;A</source>
        <translation>Kies &amp;A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image A is the better one</source>
        <translation>Afbeelding A is de betere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;B</source>
        <translation>Kies &amp;B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image B is the better one</source>
        <translation>Afbeelding B is de betere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No difference</source>
        <translation>&amp;Geen verschil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neither image is better</source>
        <translation>Geen van beide afbeeldingen is beter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show both images larger</source>
        <translation>Toon beide afbeeldingen groter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show both images smaller</source>
        <translation>Toon beide afbeeldingen kleiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit images</source>
        <translation>&amp;Passend maken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show both images whole</source>
        <translation>Toon beide afbeeldingen helemaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image A</source>
        <translation>Afbeelding A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image B</source>
        <translation>Afbeelding B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose A (key A)</source>
        <translation>Kies A (toets A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose B (key B)</source>
        <translation>Kies B (toets B)</translation>
    </message>
</context>
<context>
    <name>annostraat::PolygonKind</name>
    <message>
        <location filename="../core/model/kinds/polygonkind.cpp" line="+29"/>
        <source>no valid outline</source>
        <translation>geen geldige omtrek</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n point(s), %1 px²</source>
        <translation>
            <numerusform>%n punt, %1 px²</numerusform>
            <numerusform>%n punten, %1 px²</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/kinds/polygonkind.h" line="+20"/>
        <source>Polygon</source>
        <translation>Polygoon</translation>
    </message>
</context>
<context>
    <name>annostraat::PolygonTool</name>
    <message>
        <location filename="../widgets/tools/polygon/polygontool.h" line="+18"/>
        <source>Polygon</source>
        <translation>Polygoon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click the vertices; click the first one or press Enter to close. Backspace removes the last vertex.</source>
        <translation>Klik de hoekpunten; klik het eerste punt of druk op Enter om te sluiten. Backspace haalt het laatste hoekpunt weg.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not a polygon this way: %1</source>
        <translation>Zo is het geen polygoon: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not closed yet: %1. Add a vertex or press Backspace.</source>
        <translation>Nog niet gesloten: %1. Zet er een hoekpunt bij of druk op Backspace.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A polygon needs at least 3 vertices; it was not kept.</source>
        <translation>Een polygoon heeft minstens 3 hoekpunten nodig; deze is niet bewaard.</translation>
    </message>
</context>
<context>
    <name>annostraat::ProfilePage</name>
    <message>
        <location filename="../app/gui/profilepage.cpp" line="+133"/>
        <source>Who is working?</source>
        <translation>Wie is er aan het werk?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your &amp;profile with the arrow keys and press Enter.</source>
        <translation>Kies je &amp;profiel met de pijltoetsen en druk op Enter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work as the chosen profile (Enter)</source>
        <translation>Werken als het gekozen profiel (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a profile for another person</source>
        <translation>Een profiel toevoegen voor iemand anders</translation>
    </message>
</context>
<context>
    <name>annostraat::ProgramKeys</name>
    <message>
        <location filename="../core/model/programkeys.cpp" line="+25"/>
        <source>Show the keyboard shortcuts</source>
        <translation>Sneltoetsen tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select tool</source>
        <translation>Kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box tool</source>
        <translation>Kader tekenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon tool</source>
        <translation>Polygoon tekenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crack tool</source>
        <translation>Scheur tekenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+20"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Move the image while held</source>
        <translation>Afbeelding verschuiven (ingedrukt houden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause</source>
        <translation>Afspelen of pauzeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play slower or backwards</source>
        <translation>Langzamer of achteruit afspelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play faster</source>
        <translation>Sneller afspelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the start of a segment</source>
        <translation>Begin van een segment zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the end of a segment</source>
        <translation>Eind van een segment zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a marker</source>
        <translation>Markering toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the chosen part here</source>
        <translation>Gekozen onderdeel hier zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the previous start or end</source>
        <translation>Naar het vorige begin of eind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next start or end</source>
        <translation>Naar het volgende begin of eind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole video on the timeline</source>
        <translation>Hele video op de tijdlijn tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in on the timeline</source>
        <translation>Inzoomen op de tijdlijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out on the timeline</source>
        <translation>Uitzoomen op de tijdlijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose A</source>
        <translation>A kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose B</source>
        <translation>B kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No difference</source>
        <translation>Geen verschil</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the image editor</source>
        <translation>het werkvlak voor afbeeldingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video editor</source>
        <translation>het werkvlak voor video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the A/B editor</source>
        <translation>het werkvlak voor A/B-paren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every window</source>
        <translation>elk venster</translation>
    </message>
</context>
<context>
    <name>annostraat::QuestionForm</name>
    <message>
        <location filename="../widgets/questionform.cpp" line="+338"/>
        <source>Keys %1 to %2 choose a rating.</source>
        <translation>Met de toetsen %1 tot en met %2 kies je een cijfer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a rating with the mouse or the arrow keys and Space.</source>
        <translation>Kies een cijfer met de muis, of met de pijltoetsen en de spatiebalk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys 1 to %1 choose an answer.</source>
        <translation>Met de toetsen 1 tot en met %1 kies je een antwoord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key beside an answer chooses it.</source>
        <translation>Met de toets naast een antwoord kies je het.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The letter beside an answer ticks or unticks it; tick at most %n.</source>
        <translation>
            <numerusform>Met de letter naast een antwoord vink je het aan of uit; vink er hoogstens %n aan.</numerusform>
            <numerusform>Met de letter naast een antwoord vink je het aan of uit; vink er hoogstens %n aan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter beside an answer ticks or unticks it; tick all that apply.</source>
        <translation>Met de letter naast een antwoord vink je het aan of uit; vink alles aan wat klopt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key A or B chooses.</source>
        <translation>Met de toets A of B kies je.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key A or B chooses; = or 0: no difference.</source>
        <translation>Toets A of B kiest; = of 0: geen verschil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept when you press Enter or leave the field.</source>
        <translation>Wordt bewaard als je op Enter drukt of het veld verlaat.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>This task has no questions.</source>
        <translation>Deze taak heeft geen vragen.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>= No difference</source>
        <translation>= Geen verschil</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>No item is open.</source>
        <translation>Er is geen item open.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no questions for this item.</source>
        <translation>Bij dit item zijn er geen vragen.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1 (required)</source>
        <translation>%1 (verplicht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your answer here</source>
        <translation>Typ hier je antwoord</translation>
    </message>
</context>
<context>
    <name>annostraat::Questions</name>
    <message>
        <location filename="../core/model/questions.cpp" line="+47"/>
        <source>question &quot;%1&quot;: the answer must be one of: %2</source>
        <translation>vraag &quot;%1&quot;: het antwoord moet een van deze zijn: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>question &quot;%1&quot;: the rating must be a whole number from %2 to %3</source>
        <translation>vraag &quot;%1&quot;: het cijfer moet een geheel getal van %2 tot en met %3 zijn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question &quot;%1&quot;: the answer must be text</source>
        <translation>vraag &quot;%1&quot;: het antwoord moet tekst zijn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question &quot;%1&quot;: the answer must be &quot;A&quot;, &quot;B&quot; or &quot;same&quot;</source>
        <translation>vraag &quot;%1&quot;: het antwoord moet &quot;A&quot;, &quot;B&quot; of &quot;same&quot; zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question &quot;%1&quot;: the answer must be &quot;A&quot; or &quot;B&quot;</source>
        <translation>vraag &quot;%1&quot;: het antwoord moet &quot;A&quot; of &quot;B&quot; zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>question &quot;%1&quot;: the answer must be a list of one or more of: %2</source>
        <translation>vraag &quot;%1&quot;: het antwoord moet een lijst zijn van een of meer van: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>question &quot;%1&quot;: each chosen answer must be one of: %2</source>
        <translation>vraag &quot;%1&quot;: elk gekozen antwoord moet een van deze zijn: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>question &quot;%1&quot;: &quot;%2&quot; is chosen twice</source>
        <translation>vraag &quot;%1&quot;: &quot;%2&quot; is twee keer gekozen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>question &quot;%1&quot;: choose at most %n</source>
        <translation>
            <numerusform>vraag &quot;%1&quot;: kies er hoogstens %n</numerusform>
            <numerusform>vraag &quot;%1&quot;: kies er hoogstens %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+113"/>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (choose at least %n)</source>
        <translation>
            <numerusform>%1 (kies er minstens %n)</numerusform>
            <numerusform>%1 (kies er minstens %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not done yet: please answer %1 first. You can also flag or skip the item.</source>
        <translation>Nog niet klaar: beantwoord eerst %1. Je kunt het item ook markeren of overslaan.</translation>
    </message>
</context>
<context>
    <name>annostraat::QueueView</name>
    <message>
        <location filename="../widgets/queueview.cpp" line="+84"/>
        <source>%1  %2. %3
      %4</source>
        <translation>%1  %2. %3
      %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item %1, %2: %3</source>
        <translation>Item %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>annostraat::ReferenceDocument</name>
    <message>
        <location filename="../core/media/referencedocument.cpp" line="+37"/>
        <source>the file is not valid UTF-8 text</source>
        <translation>het bestand is geen geldige UTF-8-tekst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the table is too large to show (%1 cells, at most %2)</source>
        <translation>de tabel is te groot om te tonen (%1 cellen, hoogstens %2)</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>the file is not there</source>
        <translation>het bestand is er niet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is too large to show (%1 MB, at most %2 MB)</source>
        <translation>het bestand is te groot om te tonen (%1 MB, hoogstens %2 MB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the file: %1</source>
        <translation>kan het bestand niet lezen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a reference document must be a .csv, .json or .txt file</source>
        <translation>een brondocument moet een .csv-, .json- of .txt-bestand zijn</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>a quoted field is not closed</source>
        <translation>een veld tussen aanhalingstekens wordt niet afgesloten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>after a closing quote comes &quot;%1&quot; instead of the separator &quot;%2&quot; or the line&apos;s end</source>
        <translation>na een sluitend aanhalingsteken staat &quot;%1&quot; in plaats van het scheidingsteken &quot;%2&quot; of het einde van de regel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a quote inside a field that does not start with one (write the whole field in quotes and the quote twice)</source>
        <translation>een aanhalingsteken midden in een veld dat er niet mee begint (zet het hele veld tussen aanhalingstekens en schrijf het aanhalingsteken twee keer)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the table is empty: it needs a header line</source>
        <translation>de tabel is leeg: er moet een kopregel in staan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this line has %1 cells, the header has %2</source>
        <translation>deze regel heeft %1 cellen, de kopregel heeft er %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not valid JSON: %1</source>
        <translation>geen geldige JSON: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>entry %1 of the array is not an object; a table in JSON is an array of objects, an object of arrays or an object of objects</source>
        <translation>element %1 van de lijst is geen object; een tabel in JSON is een lijst van objecten, een object van lijsten of een object van objecten</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+37"/>
        <source>a table in JSON is an array of objects, an object of arrays (one per column) or an object of objects (one per row)</source>
        <translation>een tabel in JSON is een lijst van objecten, een object van lijsten (één per kolom) of een object van objecten (één per rij)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>column &quot;%1&quot; has %2 values, column &quot;%3&quot; has %4</source>
        <translation>kolom &quot;%1&quot; heeft %2 waarden, kolom &quot;%3&quot; heeft er %4</translation>
    </message>
</context>
<context>
    <name>annostraat::ReferencePane</name>
    <message>
        <location filename="../widgets/text/referencepane.cpp" line="+135"/>
        <source>%1, line %2</source>
        <translation>%1, regel %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source data is not on this computer:
%1</source>
        <translation>De brongegevens staan niet op deze computer:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source data cannot be shown.

%1
%2</source>
        <translation>De brongegevens kunnen niet worden getoond.

%1
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can still tag the text. Flag the item if you need the source data to judge it.</source>
        <translation>Je kunt gewoon stukken in de tekst markeren. Heb je de brongegevens nodig om te oordelen? Markeer dan het item als probleem.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Source data</source>
        <translation>Brongegevens</translation>
    </message>
</context>
<context>
    <name>annostraat::RejectDialog</name>
    <message>
        <location filename="../widgets/review/rejectdialog.cpp" line="+93"/>
        <location line="+14"/>
        <source>Reject</source>
        <translation>Afkeuren</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>What should %1 look at again? Your comment goes back to them with the item: say what to change, so they can learn from it.</source>
        <translation>Waar moet %1 nog eens naar kijken? Je opmerking gaat met het item terug: zeg wat er anders moet, dan kunnen ze ervan leren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the whole item</source>
        <translation>Over het hele item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About: %1</source>
        <translation>Over: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also say where: %1</source>
        <comment>in the reject dialog; %1 is e.g. &quot;at 00:00:41:09&quot; or &quot;at “Sanne”&quot;</comment>
        <translation>Zeg ook waar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment points to this place on the annotation: where you are in the video, or the words you selected</source>
        <translation>De opmerking wijst naar deze plek op de annotatie: waar je in de video bent, of de woorden die je selecteerde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a comment, or choose one with Down</source>
        <translation>Typ een opmerking, of kies er een met Omlaag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text, or one of the task&apos;s ready-made comments</source>
        <translation>Vrije tekst, of een van de kant-en-klare opmerkingen van de taak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment for %1</source>
        <translation>Opmerking voor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the item back with this comment (Enter)</source>
        <translation>Het item met deze opmerking terugsturen (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without a verdict (Esc)</source>
        <translation>Sluiten zonder oordeel (Esc)</translation>
    </message>
</context>
<context>
    <name>annostraat::Reliability</name>
    <message>
        <location filename="../core/quality/reliability.cpp" line="+54"/>
        <source>this coefficient needs numbers, and &quot;%1&quot; is not one</source>
        <translation>deze coëfficiënt heeft getallen nodig, en &quot;%1&quot; is geen getal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>undefined: all ratings are the same, so no disagreement could be expected by chance</source>
        <translation>niet bepaald: alle beoordelingen zijn gelijk, dus er valt geen toevallig verschil te verwachten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the weights must be a table as large as the counts</source>
        <translation>de gewichten moeten een tabel zijn zo groot als de aantallen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the counts and the weights must be square tables of the same size</source>
        <translation>de aantallen en de gewichten moeten vierkante tabellen van dezelfde grootte zijn</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+32"/>
        <source>undefined: no unit was rated by both</source>
        <translation>niet bepaald: geen enkele eenheid is door allebei beoordeeld</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cohen&apos;s kappa needs two raters</source>
        <translation>Cohens kappa heeft twee beoordelaars nodig</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>undefined: no unit was rated by every rater</source>
        <translation>niet bepaald: geen enkele eenheid is door elke beoordelaar beoordeeld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fleiss&apos; kappa needs at least two ratings per unit</source>
        <translation>Fleiss&apos; kappa heeft ten minste twee beoordelingen per eenheid nodig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every unit must have a count for every category</source>
        <translation>elke eenheid moet een aantal hebben voor elke categorie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a count cannot be negative</source>
        <translation>een aantal kan niet negatief zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fleiss&apos; kappa needs the same number of ratings on every unit (%1 and %2 here)</source>
        <translation>Fleiss&apos; kappa heeft op elke eenheid hetzelfde aantal beoordelingen nodig (hier %1 en %2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+34"/>
        <source>undefined: no unit has two ratings to compare</source>
        <translation>niet bepaald: geen enkele eenheid heeft twee beoordelingen om te vergelijken</translation>
    </message>
</context>
<context>
    <name>annostraat::ReviewPanel</name>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="+42"/>
        <source>waits for a verdict</source>
        <translation>wacht op een oordeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected, back with its author</source>
        <translation>afgekeurd, terug bij de maker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed and accepted</source>
        <translation>verbeterd en goedgekeurd</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Item %1 (%2) · %3 · %4</source>
        <translation>Item %1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The whole item</source>
        <translation>Het hele item</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Reviewers and team leads see the review queue here.</source>
        <translation>Reviewers en teamleiders zien hier de reviewwachtrij.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing in this task waits for a review.</source>
        <translation>Niets in deze taak wacht op een review.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose work in the review queue.</source>
        <translation>Kies werk in de reviewwachtrij.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1&apos;s work on this item is not in the review queue.</source>
        <translation>Het werk van %1 op dit item staat niet in de reviewwachtrij.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s work: %2.</source>
        <translation>Het werk van %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment: “%1”</source>
        <translation>Je opmerking: “%1”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1&apos;s work is accepted.</source>
        <translation>Het werk van %1 is goedgekeurd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item goes back to %1 with your comment.</source>
        <translation>Het item gaat met je opmerking terug naar %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s work is accepted with your fix. Your layer now holds a copy of their work: correct it there.</source>
        <translation>Het werk van %1 is goedgekeurd met jouw verbetering. In je eigen laag staat nu een kopie van dat werk: verbeter het daar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s work is accepted with your fix.</source>
        <translation>Het werk van %1 is goedgekeurd met jouw verbetering.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Re&amp;view queue</source>
        <translation>Re&amp;viewwachtrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Their annotations (read-only)</source>
        <translation>Hun annotaties (alleen lezen)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Review queue</source>
        <translation>Reviewwachtrij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept this person&apos;s work on the item</source>
        <translation>Het werk van deze persoon op het item goedkeuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Afkeuren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the item back with a comment, about the chosen annotation or the whole item</source>
        <translation>Het item terugsturen met een opmerking, over de gekozen annotatie of het hele item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix and accept</source>
        <comment>the review panel&apos;s button: keep it short, the column is narrow</comment>
        <translation>Verbeteren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fix and accept</source>
        <translation>&amp;Verbeteren en goedkeuren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept with your own correction in your layer. With nothing in your layer yet, their work is copied into it to correct; theirs stays as it was</source>
        <translation>Goedkeuren met je eigen verbetering in je eigen laag. Staat er nog niets in je laag? Dan komt hun werk erin als kopie om te verbeteren. Hun werk blijft zoals het was.</translation>
    </message>
</context>
<context>
    <name>annostraat::ReviewQueue</name>
    <message>
        <location filename="../core/quality/reviewqueue.cpp" line="+137"/>
        <source>%1 and %2 disagree (%3)</source>
        <translation>%1 en %2 zijn het oneens (%3)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>in the task&apos;s sample of %1 %</source>
        <translation>in de steekproef van %1 % van de taak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of %1&apos;s first %2 items</source>
        <translation>een van de eerste %2 items van %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+58"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flagged by %1: %2</source>
        <translation>gemarkeerd door %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>marked done again after a verdict</source>
        <translation>opnieuw klaar gemeld na een oordeel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a verdict was given</source>
        <translation>er is een oordeel gegeven</translation>
    </message>
</context>
<context>
    <name>annostraat::Schema</name>
    <message>
        <location filename="../core/model/schema.cpp" line="+57"/>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation>%1: onbekend veld &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>attribute &quot;%1&quot; must be true or false</source>
        <translation>attribuut &quot;%1&quot; moet waar of onwaar zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attribute &quot;%1&quot; must be a %2</source>
        <translation>attribuut &quot;%1&quot; moet %2 zijn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attribute &quot;%1&quot; must be between %2 and %3</source>
        <translation>attribuut &quot;%1&quot; moet tussen %2 en %3 liggen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attribute &quot;%1&quot; must be text</source>
        <translation>attribuut &quot;%1&quot; moet tekst zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribute &quot;%1&quot; must be one of: %2</source>
        <translation>attribuut &quot;%1&quot; moet een van deze zijn: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: geen geldige JSON bij byte %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the schema must be a JSON object</source>
        <translation>%1: het schema moet een JSON-object zijn</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>schema</source>
        <translation>schema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schema format %1 is not supported; this version reads format %2</source>
        <translation>schemaformaat %1 wordt niet ondersteund; deze versie leest formaat %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(missing)</source>
        <translation>(ontbreekt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;labels&quot; must be a list</source>
        <translation>&quot;labels&quot; moet een lijst zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label %1</source>
        <translation>label %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label %1 (&quot;%2&quot;)</source>
        <translation>label %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+178"/>
        <source>%1 must be an object</source>
        <translation>%1 moet een object zijn</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>question %1 (&quot;%2&quot;)</source>
        <translation>vraag %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the whole numbers %1 to %2</source>
        <translation>de gehele getallen %1 tot en met %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any text</source>
        <translation>elke tekst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;when&quot; must be an object like {&quot;question&quot;: &quot;id&quot;, &quot;answers&quot;: [...]}</source>
        <translation>%1: &quot;when&quot; moet een object zijn zoals {&quot;question&quot;: &quot;id&quot;, &quot;answers&quot;: [...]}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, &quot;when&quot;</source>
        <translation>%1, &quot;when&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;question&quot; must name an earlier question</source>
        <translation>%1: &quot;question&quot; moet een eerdere vraag noemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: there is no earlier question &quot;%2&quot;; a question can only depend on one before it</source>
        <translation>%1: er is geen eerdere vraag &quot;%2&quot;; een vraag kan alleen afhangen van een vraag die ervoor staat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: question &quot;%2&quot; takes free text; a question can only depend on a choice, multichoice, rating or A/B question</source>
        <translation>%1: vraag &quot;%2&quot; vraagt om vrije tekst; een vraag kan alleen afhangen van een keuze-, meerkeuze-, cijfer- of A/B-vraag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;answers&quot; must list at least one answer of question &quot;%2&quot;</source>
        <translation>%1: &quot;answers&quot; moet minstens één antwoord van vraag &quot;%2&quot; noemen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: question &quot;%2&quot; has no answer %3; its answers are: %4</source>
        <translation>%1: vraag &quot;%2&quot; heeft geen antwoord %3; de antwoorden zijn: %4</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: each choice must be a text of its own</source>
        <translation>%1: elke keuze moet een eigen tekst zijn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a multichoice question needs &quot;choices&quot;</source>
        <translation>%1: een meerkeuzevraag heeft &quot;choices&quot; nodig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;min&quot; and &quot;max&quot; must be whole numbers</source>
        <translation>%1: &quot;min&quot; en &quot;max&quot; moeten gehele getallen zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a multichoice question needs &quot;min&quot; of 1 or more and &quot;max&quot; from &quot;min&quot; up to the number of choices (%2)</source>
        <translation>%1: een meerkeuzevraag heeft een &quot;min&quot; van 1 of meer nodig en een &quot;max&quot; van &quot;min&quot; tot en met het aantal keuzes (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;required&quot; must be true or false</source>
        <translation>%1: &quot;required&quot; moet true of false zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;noDifference&quot; is true or false, and only for an &quot;ab&quot; question</source>
        <translation>%1: &quot;noDifference&quot; is true of false, en alleen voor een &quot;ab&quot;-vraag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;mediaKinds&quot; must list at least one media kind</source>
        <translation>%1: &quot;mediaKinds&quot; moet minstens één mediasoort noemen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unknown media kind &quot;%2&quot;; known kinds: %3</source>
        <translation>%1: onbekende mediasoort &quot;%2&quot;; bekende soorten: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;labels&quot; must list at least one label</source>
        <translation>%1: &quot;labels&quot; moet minstens één label noemen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;labels&quot; names &quot;%2&quot;, which is not a label of this schema</source>
        <translation>%1: &quot;labels&quot; noemt &quot;%2&quot;, maar dat is geen label van dit schema</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 has no name</source>
        <translation>%1 heeft geen naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the name is used twice</source>
        <translation>%1: de naam wordt twee keer gebruikt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: colour &quot;%2&quot; is not a colour like &quot;#d62728&quot;</source>
        <translation>%1: kleur &quot;%2&quot; is geen kleur zoals &quot;#d62728&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: hotkey &quot;%2&quot; must be a single key</source>
        <translation>%1: sneltoets &quot;%2&quot; moet één toets zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: hotkey &quot;%2&quot; is used by another label</source>
        <translation>%1: sneltoets &quot;%2&quot; wordt al door een ander label gebruikt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;kinds&quot; must list at least one annotation kind</source>
        <translation>%1: &quot;kinds&quot; moet minstens één soort annotatie noemen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown annotation kind &quot;%2&quot;; known kinds: %3</source>
        <translation>%1: onbekende soort annotatie &quot;%2&quot;; bekende soorten: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, attribute %2</source>
        <translation>%1, attribuut %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: needs a name of its own</source>
        <translation>%1: heeft een eigen naam nodig</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+220"/>
        <source>%1: unknown type &quot;%2&quot;; known types: %3</source>
        <translation>%1: onbekend type &quot;%2&quot;; bekende typen: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a choice attribute needs &quot;choices&quot;</source>
        <translation>%1: een keuze-attribuut heeft &quot;choices&quot; nodig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: default value: %2</source>
        <translation>%1: standaardwaarde: %2</translation>
    </message>
    <message>
        <location line="-311"/>
        <source>question %1</source>
        <translation>vraag %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: needs an id of its own</source>
        <translation>%1: heeft een eigen id nodig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: a choice question needs &quot;choices&quot;</source>
        <translation>%1: een keuzevraag heeft &quot;choices&quot; nodig</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: &quot;max&quot; must be greater than &quot;min&quot;</source>
        <translation>%1: &quot;max&quot; moet groter zijn dan &quot;min&quot;</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>&quot;questions&quot; must be a list</source>
        <translation>&quot;questions&quot; moet een lijst zijn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: %3</source>
        <translation>%1, regel %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;spans&quot; must be an object like {&quot;snap&quot;: &quot;words&quot;}</source>
        <translation>&quot;spans&quot; moet een object zijn zoals {&quot;snap&quot;: &quot;words&quot;}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;spans&quot;</source>
        <translation>&quot;spans&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;spans&quot;: &quot;snap&quot; must be &quot;words&quot; or &quot;characters&quot;, not %1</source>
        <translation>&quot;spans&quot;: &quot;snap&quot; moet &quot;words&quot; of &quot;characters&quot; zijn, niet %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;locators&quot; must be an object like {&quot;names&quot;: [&quot;Recap&quot;, &quot;Main program&quot;]}</source>
        <translation>&quot;locators&quot; moet een object zijn zoals {&quot;names&quot;: [&quot;Recap&quot;, &quot;Main program&quot;]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;locators&quot;</source>
        <translation>&quot;locators&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;locators&quot;: &quot;names&quot; must be a list of at least one name</source>
        <translation>&quot;locators&quot;: &quot;names&quot; moet een lijst met minstens één naam zijn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;locators&quot;: every name must be a text that is not empty</source>
        <translation>&quot;locators&quot;: elke naam moet een tekst zijn die niet leeg is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;locators&quot;: &quot;%1&quot; is named twice</source>
        <translation>&quot;locators&quot;: &quot;%1&quot; wordt twee keer genoemd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;locators&quot;: &quot;mayOverlap&quot; must be true or false</source>
        <translation>&quot;locators&quot;: &quot;mayOverlap&quot; moet true of false zijn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;video&quot; must be an object like {&quot;startTimecode&quot;: &quot;10:00:00:00&quot;}</source>
        <translation>&quot;video&quot; moet een object zijn zoals {&quot;startTimecode&quot;: &quot;10:00:00:00&quot;}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;video&quot;</source>
        <translation>&quot;video&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;video&quot;: &quot;startTimecode&quot; must read HH:MM:SS:FF (or HH:MM:SS;FF for drop-frame), like &quot;10:00:00:00&quot;</source>
        <translation>&quot;video&quot;: &quot;startTimecode&quot; moet luiden UU:MM:SS:BB (of UU:MM:SS;BB voor drop-frame), zoals &quot;10:00:00:00&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;flagReasons&quot; must be a list of texts, like [&quot;Not a dike&quot;]</source>
        <translation>&quot;flagReasons&quot; moet een lijst met teksten zijn, zoals [&quot;Geen dijk&quot;]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;flagReasons&quot;: every reason must be a text of 1 to %1 characters</source>
        <translation>&quot;flagReasons&quot;: elke reden moet een tekst van 1 tot %1 tekens zijn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;flagReasons&quot;: &quot;%1&quot; is named twice</source>
        <translation>&quot;flagReasons&quot;: &quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;tools&quot; must be an object like {&quot;assistedTracing&quot;: true}</source>
        <translation>&quot;tools&quot; moet een object zijn zoals {&quot;assistedTracing&quot;: true}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;tools&quot;</source>
        <translation>&quot;tools&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;tools&quot;: &quot;assistedTracing&quot; must be true or false</source>
        <translation>&quot;tools&quot;: &quot;assistedTracing&quot; moet true of false zijn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;dashboard&quot; must be an object like {&quot;annotatorsSeePace&quot;: true}</source>
        <translation>&quot;dashboard&quot; moet een object zijn zoals {&quot;annotatorsSeePace&quot;: true}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;dashboard&quot;</source>
        <translation>&quot;dashboard&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;dashboard&quot;: &quot;annotatorsSeePace&quot; must be true or false</source>
        <translation>&quot;dashboard&quot;: &quot;annotatorsSeePace&quot; moet true of false zijn</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the schema has no labels and no questions</source>
        <translation>het schema heeft geen labels en geen vragen</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>the schema has no question &quot;%1&quot;</source>
        <translation>het schema heeft geen vraag &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answers have no attributes</source>
        <translation>antwoorden hebben geen attributen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the schema has no locator &quot;%1&quot;</source>
        <translation>het schema heeft geen locator &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locators have no attributes</source>
        <translation>locators hebben geen attributen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the schema has no label &quot;%1&quot;</source>
        <translation>het schema heeft geen label &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>label &quot;%1&quot; cannot be used for a %2</source>
        <translation>label &quot;%1&quot; kan niet worden gebruikt voor een %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>label &quot;%1&quot; has no attribute &quot;%2&quot;</source>
        <translation>label &quot;%1&quot; heeft geen attribuut &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/model/agreementsettings.cpp" line="+27"/>
        <source>&quot;agreement&quot; must be an object like {&quot;iou&quot;: 0.5, &quot;tolerancePx&quot;: 5, &quot;toleranceFrames&quot;: 0}</source>
        <translation>&quot;agreement&quot; moet een object zijn zoals {&quot;iou&quot;: 0.5, &quot;tolerancePx&quot;: 5, &quot;toleranceFrames&quot;: 0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;agreement&quot;: unknown field &quot;%1&quot;</source>
        <translation>&quot;agreement&quot;: onbekend veld &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;agreement&quot;: &quot;iou&quot; must be a number greater than 0 and at most 1</source>
        <translation>&quot;agreement&quot;: &quot;iou&quot; moet een getal zijn groter dan 0 en ten hoogste 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;agreement&quot;: &quot;tolerancePx&quot; must be a number of pixels, 0 or more</source>
        <translation>&quot;agreement&quot;: &quot;tolerancePx&quot; moet een aantal pixels zijn, 0 of meer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;agreement&quot;: &quot;toleranceFrames&quot; must be a whole number of frames, 0 or more</source>
        <translation>&quot;agreement&quot;: &quot;toleranceFrames&quot; moet een geheel aantal beelden zijn, 0 of meer</translation>
    </message>
    <message>
        <location filename="../core/model/reviewpolicy.cpp" line="+28"/>
        <source>&quot;review&quot; must be an object like {&quot;sample&quot;: 10, &quot;firstItems&quot;: 5, &quot;disagreement&quot;: true, &quot;flagged&quot;: true, &quot;quickComments&quot;: [&quot;…&quot;]}</source>
        <translation>&quot;review&quot; moet een object zijn zoals {&quot;sample&quot;: 10, &quot;firstItems&quot;: 5, &quot;disagreement&quot;: true, &quot;flagged&quot;: true, &quot;quickComments&quot;: [&quot;…&quot;]}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;review&quot;: unknown field &quot;%1&quot;</source>
        <translation>&quot;review&quot;: onbekend veld &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;review&quot;: &quot;sample&quot; must be a percentage from 0 to 100</source>
        <translation>&quot;review&quot;: &quot;sample&quot; moet een percentage van 0 tot en met 100 zijn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;review&quot;: &quot;firstItems&quot; must be a whole number of items, 0 or more</source>
        <translation>&quot;review&quot;: &quot;firstItems&quot; moet een heel aantal items zijn, 0 of meer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;review&quot;: &quot;%1&quot; must be true or false</source>
        <translation>&quot;review&quot;: &quot;%1&quot; moet true of false zijn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;review&quot;: &quot;quickComments&quot; must be a list of texts</source>
        <translation>&quot;review&quot;: &quot;quickComments&quot; moet een lijst met teksten zijn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;review&quot;: every quick comment must be a text that is not empty</source>
        <translation>&quot;review&quot;: elke snelle opmerking moet een tekst zijn die niet leeg is</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;review&quot;: the quick comment &quot;%1&quot; is there twice</source>
        <translation>&quot;review&quot;: de snelle opmerking &quot;%1&quot; staat er twee keer in</translation>
    </message>
</context>
<context>
    <name>annostraat::SchemaChange</name>
    <message>
        <location filename="../core/store/schemachange.cpp" line="+85"/>
        <location line="+76"/>
        <source>there is no task &quot;%1&quot;</source>
        <translation>er is geen taak &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>the task has no label &quot;%1&quot; to rename</source>
        <translation>de taak heeft geen label &quot;%1&quot; om een andere naam te geven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>label &quot;%1&quot; is renamed to &quot;%2&quot;, which the new schema does not have</source>
        <translation>label &quot;%1&quot; krijgt de naam &quot;%2&quot;, maar dat label staat niet in het nieuwe schema</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the annotations of &quot;%1&quot; cannot move to &quot;%2&quot;: the new schema has no such label</source>
        <translation>de annotaties van &quot;%1&quot; kunnen niet naar &quot;%2&quot;: dat label staat niet in het nieuwe schema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the annotations of &quot;%1&quot; cannot move to &quot;%2&quot;: it cannot be drawn as a %3</source>
        <translation>de annotaties van &quot;%1&quot; kunnen niet naar &quot;%2&quot;: dat label kan niet getekend worden als %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the task&apos;s schema changed after this change was planned (a sync or another window); nothing was written, plan it again</source>
        <translation>het schema van de taak is veranderd nadat deze verandering gepland was (door een synchronisatie of een ander venster); er is niets opgeslagen, plan de verandering opnieuw</translation>
    </message>
</context>
<context>
    <name>annostraat::SchemaChecks</name>
    <message>
        <location filename="../core/model/schemachecks.cpp" line="+57"/>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the normal theme</source>
        <translation>het gewone thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the high-contrast theme</source>
        <translation>het thema met hoog contrast</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The colours of %1 and %2 are too close to tell apart (difference %3, at least %4 is clear)</source>
        <translation>De kleuren van %1 en %2 lijken te veel op elkaar (verschil %3; vanaf %4 zie je het goed)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The colour of %1 is hard to see against the highlight of %2 (contrast %3:1, at least %4:1 is clear)</source>
        <translation>De kleur van %1 is slecht te zien tegen de markeerkleur van %2 (contrast %3:1; vanaf %4:1 zie je het goed)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 and %2 both have the key %3</source>
        <translation>%1 en %2 hebben allebei de toets %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key %1 of %2 is the program&apos;s key for “%3” in %4; there the program&apos;s key wins</source>
        <translation>De toets %1 van %2 is in %4 de toets van het programma voor “%3”; daar gaat de toets van het programma voor</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Question %1 has the answer %2 twice; people cannot tell which one they pick</source>
        <translation>Vraag %1 heeft het antwoord %2 twee keer; mensen weten dan niet welke ze kiezen</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Question %1: %n answer(s) get no key and are picked with the mouse or the arrow keys only: %2</source>
        <translation>
            <numerusform>Vraag %1: %n antwoord krijgt geen toets en is alleen met de muis of de pijltjestoetsen te kiezen: %2</numerusform>
            <numerusform>Vraag %1: %n antwoorden krijgen geen toets en zijn alleen met de muis of de pijltjestoetsen te kiezen: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>annostraat::SchemaEditor</name>
    <message>
        <location filename="../widgets/teamlead/schemaeditorlayout.cpp" line="+506"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Beginnen met:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use this start</source>
        <translation>&amp;Gebruiken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the chosen template or task&apos;s schema in the editor, in place of the one shown</source>
        <translation>Zet het schema van het gekozen voorbeeld of de gekozen taak hier neer, in plaats van het schema dat er nu staat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a schema from a JSON file (the format the command line uses)</source>
        <translation>Een schema lezen uit een JSON-bestand (de vorm die de opdrachtregel gebruikt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this schema to a JSON file (the format the command line uses)</source>
        <translation>Dit schema opslaan in een JSON-bestand (de vorm die de opdrachtregel gebruikt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels</source>
        <translation>Lab&amp;els</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questions</source>
        <translation>V&amp;ragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag reasons and &amp;parts</source>
        <translation>&amp;Markeerredenen en onderdelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add label</source>
        <translation>Label toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new label at the end of the list</source>
        <translation>Een nieuw label onderaan de lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove label</source>
        <translation>Label weghalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen label out of the schema</source>
        <translation>Haal het gekozen label uit het schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Move the chosen label up: annotators see the labels in this order</source>
        <translation>Zet het gekozen label hoger: annotatoren zien de labels in deze volgorde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Move the chosen label down: annotators see the labels in this order</source>
        <translation>Zet het gekozen label lager: annotatoren zien de labels in deze volgorde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Kleur:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The colour as #rrggbb; warnings about it show below at once</source>
        <translation>De kleur als #rrggbb; waarschuwingen staan er meteen onder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the colour from a colour chart</source>
        <translation>Kies de kleur uit een kleurenkaart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key:</source>
        <translation>T&amp;oets:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One key that chooses this label while people work; clashes show below at once</source>
        <translation>Eén toets die dit label kiest tijdens het werk; botsingen staan er meteen onder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawn as:</source>
        <translation>Getekend als:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attributes:</source>
        <translation>&amp;Kenmerken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices (a, b, c)</source>
        <translation>Keuzes (a, b, c)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lowest</source>
        <translation>Laagste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highest</source>
        <translation>Hoogste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add attribute</source>
        <translation>Kenmerk toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new attribute of the chosen label, such as a damage rating</source>
        <translation>Een nieuw kenmerk van het gekozen label, zoals een cijfer voor schade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove attribute</source>
        <translation>Kenmerk weghalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen attribute out of the label</source>
        <translation>Haal het gekozen kenmerk uit het label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add question</source>
        <translation>Vraag toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new question at the end of the form</source>
        <translation>Een nieuwe vraag onderaan het formulier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove question</source>
        <translation>Vraag weghalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen question out of the form</source>
        <translation>Haal de gekozen vraag uit het formulier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the chosen question earlier</source>
        <translation>Stel de gekozen vraag eerder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the chosen question later</source>
        <translation>Stel de gekozen vraag later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;d:</source>
        <translation>I&amp;d:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short name of the question that exports write; each question has its own</source>
        <translation>Een korte naam van de vraag die in exports komt; elke vraag heeft een eigen naam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question &amp;text:</source>
        <translation>Vraag&amp;tekst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One choice</source>
        <translation>Eén keuze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A rating</source>
        <translation>Een cijfer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free text</source>
        <translation>Vrije tekst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A or B</source>
        <translation>A of B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several choices</source>
        <translation>Meer keuzes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Must be answered before the item is done</source>
        <translation>Moet beantwoord zijn voordat het item kl&amp;aar is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“No difference” is an answ&amp;er too</source>
        <translation>Ook “geen versc&amp;hil” is een antwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answers:</source>
        <translation>Ant&amp;woorden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add answer</source>
        <translation>Antwoord toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new answer of the chosen question</source>
        <translation>Een nieuw antwoord bij de gekozen vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove answer</source>
        <translation>Antwoord weghalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen answer out of the question</source>
        <translation>Haal het gekozen antwoord uit de vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked for:</source>
        <translation>Gevraagd bij:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Afbeeldingen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Videos</source>
        <translation>Video&apos;s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Texts</source>
        <translation>Teksten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A/B pairs</source>
        <translation>A/B-paren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing ticked: the question is asked for every item</source>
        <translation>Niets aangevinkt: de vraag wordt bij elk item gesteld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;when:</source>
        <translation>Alleen wann&amp;eer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only once drawn:</source>
        <translation>Alleen als getekend:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked labels: the question is asked once the item has one of them</source>
        <translation>Aangevinkte labels: de vraag komt pas als het item een van deze labels heeft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Flag reasons: what annotators can choose when an item cannot be done (none: the program&apos;s general reasons)</source>
        <translation>Re&amp;denen om te markeren: wat annotatoren kunnen kiezen als een item niet lukt (geen: de gewone redenen van het programma)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add reason</source>
        <translation>Reden toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new flag reason; type it in the list</source>
        <translation>Een nieuwe reden om te markeren; typ hem in de lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove reason</source>
        <translation>Reden weghalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen flag reason out</source>
        <translation>Haal de gekozen reden weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts of a &amp;video: the parts people mark the start and end of, in this order (video jobs only)</source>
        <translation>Onderdelen van een video: de &amp;stukken waarvan mensen het begin en eind aangeven, in deze volgorde (alleen voor video)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add part</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new part of the video, such as “Opening credits”; type it in the list</source>
        <translation>Een nieuw onderdeel van de video, zoals “Begintitels”; typ het in de lijst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove part</source>
        <translation>Onderdeel weghalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen part out</source>
        <translation>Haal het gekozen onderdeel weg</translation>
    </message>
    <message>
        <location filename="../widgets/teamlead/schemaeditor.cpp" line="+152"/>
        <source>Started from “%1”.</source>
        <translation>Begonnen met “%1”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the schema</source>
        <translation>het schema</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: het bestand kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Nothing was changed. %1</source>
        <translation>Er is niets veranderd. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read %1.</source>
        <translation>%1 is gelezen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was written: %1</source>
        <translation>Er is niets opgeslagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: het bestand kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>(no name yet)</source>
        <translation>(nog geen naam)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – key %2</source>
        <translation>%1 – toets %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>%1 (look at the warnings)</source>
        <translation>%1 (kijk naar de waarschuwingen)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>(no id yet)</source>
        <translation>(nog geen id)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>yes or no</source>
        <translation>ja of nee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choice</source>
        <translation>keuze</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;From – to:</source>
        <translation>Laagste en &amp;hoogste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lowest rating</source>
        <translation>Het laagste cijfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The highest rating</source>
        <translation>Het hoogste cijfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fewest – most:</source>
        <translation>Minste en meeste ke&amp;uzes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fewest choices a finished answer has</source>
        <translation>Het kleinste aantal keuzes in een af antwoord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most choices an answer may have</source>
        <translation>Het grootste aantal keuzes in een antwoord</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no difference</source>
        <translation>geen verschil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type each answer in the list; the key that picks it is given by its place</source>
        <translation>Typ elk antwoord in de lijst; de toets die het kiest hangt af van de plaats</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>always (no condition)</source>
        <translation>altijd (geen voorwaarde)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>question “%1” has one of these answers:</source>
        <translation>vraag “%1” heeft een van deze antwoorden:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The schema is complete.</source>
        <translation>Het schema is compleet.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The schema is complete; %n warning(s) to look at.</source>
        <translation>
            <numerusform>Het schema is compleet; kijk naar %n waarschuwing.</numerusform>
            <numerusform>Het schema is compleet; kijk naar %n waarschuwingen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not complete yet: %1</source>
        <translation>Nog niet compleet: %1</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Colour of “%1”</source>
        <translation>Kleur van “%1”</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Import a schema</source>
        <translation>Een schema importeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schemas (*.json);;All files (*)</source>
        <translation>Schema&apos;s (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the schema</source>
        <translation>Het schema exporteren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schemas (*.json)</source>
        <translation>Schema&apos;s (*.json)</translation>
    </message>
</context>
<context>
    <name>annostraat::SegmentKind</name>
    <message>
        <location filename="../core/model/kinds/segmentkind.cpp" line="+36"/>
        <source>frames</source>
        <translation>frames</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no valid frames</source>
        <translation>geen geldige frames</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frames %1–%2</source>
        <translation>frames %1–%2</translation>
    </message>
    <message>
        <location filename="../core/model/kinds/segmentkind.h" line="+20"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
</context>
<context>
    <name>annostraat::SelectTool</name>
    <message>
        <location filename="../widgets/tools/select/selecttool.cpp" line="+63"/>
        <source>Click to select; drag to move; drag a handle to reshape; double-click an edge or press Insert to add a vertex; Delete removes; arrows nudge.</source>
        <translation>Klik om te kiezen; sleep om te verplaatsen; sleep een greep om de vorm te veranderen; dubbelklik een rand of druk op Insert voor een hoekpunt erbij; Delete verwijdert; pijltjes schuiven.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not changed: %1</source>
        <translation>Niet veranderd: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Point at an edge of the selected shape to add a vertex.</source>
        <translation>Wijs een rand van de gekozen vorm aan om een hoekpunt toe te voegen.</translation>
    </message>
    <message>
        <location filename="../widgets/tools/select/selecttool.h" line="+33"/>
        <source>Select and edit</source>
        <translation>Kiezen en bewerken</translation>
    </message>
</context>
<context>
    <name>annostraat::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="+305"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+76"/>
        <source>Choose the shared folder</source>
        <translation>De gedeelde map kiezen</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>No shared folder: this PC works offline. Everything works, except exchanging tasks and work with the others.</source>
        <translation>Geen gedeelde map: deze pc werkt offline. Alles werkt, behalve het uitwisselen van taken en werk met de anderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking whether the folder can be reached…</source>
        <translation>Even kijken of de map bereikbaar is…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ The folder can be reached: this PC syncs with it.</source>
        <translation>✓ De map kan worden bereikt: deze pc synchroniseert ermee.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder cannot be reached right now. That is fine: work is kept on this PC and goes along once the folder is back.</source>
        <translation>De map kan nu niet worden bereikt. Dat is niet erg: het werk blijft bewaard op deze pc en gaat mee zodra de map er weer is.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Changes take effect at once. Language, theme, text size and breaks are kept for your profile; the shared folder is kept for this PC.</source>
        <translation>Wijzigingen werken meteen. Taal, thema, lettergrootte en pauzes worden bewaard voor je profiel; de gedeelde map voor deze pc.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text &amp;size</source>
        <translation>&amp;Lettergrootte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing (for everyone on this PC)</source>
        <translation>Synchroniseren (voor iedereen op deze pc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks and finished work are exchanged through a shared folder on the lab&apos;s network. Without one, this PC simply works offline.</source>
        <translation>Taken en afgerond werk gaan via een gedeelde map op het netwerk van het lab. Zonder zo’n map werkt deze pc gewoon offline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared &amp;folder</source>
        <translation>Gedeelde &amp;map</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: work offline</source>
        <translation>Geen: offline werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the folder&apos;s path, or choose it with Browse</source>
        <translation>Typ het pad van de map, of kies hem met Bladeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;None (work offline)</source>
        <translation>&amp;Geen (offline werken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop syncing on this PC; all work stays here</source>
        <translation>Stoppen met synchroniseren op deze pc; al het werk blijft hier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;often</source>
        <translation>Hoe &amp;vaak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every </source>
        <translation>elke </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>only at start and on request</source>
        <translation>alleen bij het starten en op verzoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: only when Annostraat starts and when you ask for it</source>
        <translation>0: alleen als Annostraat start en als je erom vraagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remind me to take a break</source>
        <translation>He&amp;rinner me aan pauzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quiet notice after a stretch of work; never a window that interrupts you. Off unless you turn it on.</source>
        <translation>Een rustige melding na een tijd werken; nooit een venster dat je onderbreekt. Staat uit, tenzij je het aanzet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After &amp;working</source>
        <translation>Na &amp;werken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brea&amp;k length</source>
        <translation>&amp;Duur van de pauze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the settings (Enter or Esc)</source>
        <translation>De instellingen sluiten (Enter of Esc)</translation>
    </message>
</context>
<context>
    <name>annostraat::ShortcutSheet</name>
    <message>
        <location filename="../widgets/actiontext.cpp" line="+22"/>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/shortcutsheet.cpp" line="+74"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys and what they do</source>
        <translation>Toetsen en wat ze doen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in Annostraat can be done with the keyboard. Tab moves between the parts of the window; these keys work everywhere.</source>
        <translation>Alles in Annostraat kan met het toetsenbord. Met Tab ga je naar het volgende deel van het venster; deze toetsen werken overal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>annostraat::SpanKind</name>
    <message>
        <location filename="../core/model/kinds/spankind.cpp" line="+24"/>
        <source>&quot;text&quot; must be a string</source>
        <translation>&quot;text&quot; moet tekst zijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>characters</source>
        <translation>tekens</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no valid characters</source>
        <translation>geen geldige tekens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>characters %1–%2</source>
        <translation>tekens %1–%2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>characters %1–%2 lie past the end of the text (%3 characters)</source>
        <translation>tekens %1–%2 liggen voorbij het einde van de tekst (%3 tekens)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text changed: the span covered “%1”, there is “%2” now</source>
        <translation>de tekst is veranderd: het stuk besloeg “%1”, nu staat er “%2”</translation>
    </message>
    <message>
        <location filename="../core/model/kinds/spankind.h" line="+23"/>
        <source>Text span</source>
        <translation>Tekstfragment</translation>
    </message>
</context>
<context>
    <name>annostraat::SpanTextView</name>
    <message>
        <location filename="../widgets/text/spantextview.cpp" line="+489"/>
        <source>Suggestion %1: “%2” (Enter accepts, Delete rejects)</source>
        <translation>Voorstel %1: “%2” (Enter neemt over, Delete wijst af)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1&apos;s %2: “%3”</source>
        <comment>another person&apos;s span: name, label, words</comment>
        <translation>%2 van %1: “%3”</translation>
    </message>
</context>
<context>
    <name>annostraat::Store</name>
    <message>
        <location filename="../core/store/store.cpp" line="+137"/>
        <source>no transaction is open</source>
        <translation>er is geen transactie open</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the changes refer to a task or item this store does not have; nothing was changed</source>
        <translation>%1: de wijzigingen verwijzen naar een taak of item dat deze opslag niet heeft; er is niets veranderd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: could not save the change: %2</source>
        <translation>%1: de wijziging kon niet worden bewaard: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: is a folder, not a store file</source>
        <translation>%1: is een map, geen opslagbestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot create the folder for the store</source>
        <translation>%1: de map voor de opslag kan niet worden aangemaakt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read the store: %2</source>
        <translation>%1: de opslag kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not an Annostraat store (the file is not an SQLite database)</source>
        <translation>%1: geen Annostraat-opslag (het bestand is geen SQLite-database)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot open the store: %2</source>
        <translation>%1: de opslag kan niet worden geopend: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not an Annostraat store (%2)</source>
        <translation>%1: geen Annostraat-opslag (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not an Annostraat store (it is an SQLite database of another program)</source>
        <translation>%1: geen Annostraat-opslag (het is een SQLite-database van een ander programma)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this store was written by a newer version of Annostraat (store version %2; this program reads versions up to %3). Update Annostraat to open it; the file was not changed.</source>
        <translation>%1: deze opslag is geschreven door een nieuwere versie van Annostraat (opslagversie %2; dit programma leest versies tot en met %3). Werk Annostraat bij om hem te openen; het bestand is niet veranderd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot switch the store to write-ahead logging%2</source>
        <translation>%1: de opslag kan niet overschakelen op write-ahead logging%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the store has no device id</source>
        <translation>%1: de opslag heeft geen apparaat-id</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>upgrading the store to version %1 failed: %2</source>
        <translation>het bijwerken van de opslag naar versie %1 is mislukt: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: a change is already being written</source>
        <translation>%1: er wordt al een wijziging geschreven</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot start a change: %2</source>
        <translation>%1: een wijziging kan niet worden begonnen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown entity &quot;%1&quot;</source>
        <translation>onbekende entiteit &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot append op %1: %2</source>
        <translation>op %1 kan niet worden toegevoegd: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot apply op %1 to %2 %3: %4</source>
        <translation>op %1 kan niet worden toegepast op %2 %3: %4</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>op %1 says %2 %3 has %4 &quot;%5&quot;, but it has &quot;%6&quot;; refused</source>
        <translation>op %1 zegt dat %4 van %2 %3 &quot;%5&quot; is, maar het is &quot;%6&quot;; geweigerd</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>op %1 marks item %2 as gold, but its author %3 is not a team lead marking their own layer as the reference; nothing was written</source>
        <translation>op %1 maakt item %2 goud, maar de maker %3 is geen teamleider die de eigen laag als referentie neemt; er is niets geschreven</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>op %1 gives a verdict on %2&apos;s work on item %3, but its author %4 is not a reviewer or team lead; nothing was written</source>
        <translation>op %1 geeft een oordeel over het werk van %2 op item %3, maar de maker %4 is geen reviewer of teamleider; er is niets geschreven</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>op %1 is dated %2, more than a day ahead of this PC&apos;s clock; check the clock of the PC that made it</source>
        <translation>op %1 is gedateerd op %2, meer dan een dag voor op de klok van deze pc; controleer de klok van de pc waarop de op is gemaakt</translation>
    </message>
    <message>
        <location filename="../core/store/storewriters.cpp" line="+31"/>
        <source>a profile needs a name</source>
        <translation>een profiel heeft een naam nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the profile name &quot;%1&quot; is longer than 64 characters</source>
        <translation>de profielnaam &quot;%1&quot; is langer dan 64 tekens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the profile name &quot;%1&quot; contains &quot;%2&quot;; use letters, digits, spaces, &apos;-&apos; or &apos;.&apos;</source>
        <translation>de profielnaam &quot;%1&quot; bevat &quot;%2&quot;; gebruik letters, cijfers, spaties, &apos;-&apos; of &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is already a profile named &quot;%1&quot;</source>
        <translation>er is al een profiel met de naam &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a task needs a name</source>
        <translation>een taak heeft een naam nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a task needs at least one annotator per item</source>
        <translation>een taak heeft minstens één annotator per item nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>task &quot;%1&quot;: the schema has no labels and no questions</source>
        <translation>taak &quot;%1&quot;: het schema heeft geen labels en geen vragen</translation>
    </message>
    <message>
        <location line="+129"/>
        <location line="+83"/>
        <location line="+25"/>
        <location line="+14"/>
        <location line="+22"/>
        <source>there is no item &quot;%1&quot;</source>
        <translation>er is geen item &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>item &quot;%1&quot; does not belong to task &quot;%2&quot;</source>
        <translation>item &quot;%1&quot; hoort niet bij taak &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>there is no task &quot;%1&quot;</source>
        <translation>er is geen taak &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+104"/>
        <location line="+36"/>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>er is geen profiel &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>question &quot;%1&quot; is not asked for %2 items</source>
        <translation>vraag &quot;%1&quot; wordt niet gesteld bij items van de soort %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; lies beyond the end of the video, which has %3 frames (0 to %4)</source>
        <translation>%1 &quot;%2&quot; ligt na het eind van de video, die %3 beelden heeft (0 tot en met %4)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>there is no annotation &quot;%1&quot;</source>
        <translation>er is geen annotatie &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an annotation has no field &quot;%1&quot;</source>
        <translation>een annotatie heeft geen veld &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a flagged item needs a reason</source>
        <translation>een gemarkeerd item heeft een reden nodig</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a rejection needs a comment for the annotator</source>
        <translation>een afwijzing heeft een toelichting voor de annotator nodig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a reviewer or team lead gives verdicts; %1 is not one</source>
        <translation>alleen een reviewer of teamleider geeft een oordeel; %1 is dat niet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>only a team lead marks gold items; %1 is not one</source>
        <translation>alleen een teamleider maakt items goud; %1 is dat niet</translation>
    </message>
    <message>
        <location filename="../core/store/storereads.cpp" line="+139"/>
        <source>%1: reading %2 failed: %3</source>
        <translation>%1: het lezen van %2 is mislukt: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/store/storesync.cpp" line="+36"/>
        <source>profiles</source>
        <translation>profielen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>tasks</source>
        <translation>taken</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>task %1</source>
        <translation>taak %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>assignments</source>
        <translation>toewijzingen</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+11"/>
        <source>annotations</source>
        <translation>annotaties</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>annotation %1</source>
        <translation>annotatie %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>submission</source>
        <translation>inzending</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <location line="+15"/>
        <source>submissions</source>
        <translation>inzendingen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>review</source>
        <translation>beoordeling</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>gold items</source>
        <translation>gouden items</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+28"/>
        <source>reviews</source>
        <translation>beoordelingen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>drafts</source>
        <translation>concepten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>undo history</source>
        <translation>geschiedenis voor ongedaan maken</translation>
    </message>
    <message>
        <location filename="../core/store/storestats.cpp" line="+48"/>
        <source>statistics</source>
        <translation>statistieken</translation>
    </message>
    <message>
        <location filename="../core/store/storereads.cpp" line="-89"/>
        <location line="+12"/>
        <location line="+8"/>
        <source>the op log</source>
        <translation>het oplogboek</translation>
    </message>
    <message>
        <location filename="../core/store/storesync.cpp" line="+28"/>
        <location line="+14"/>
        <location line="+13"/>
        <location line="+32"/>
        <source>sync state</source>
        <translation>synchronisatiestatus</translation>
    </message>
    <message>
        <location filename="../core/store/storereads.cpp" line="+19"/>
        <source>settings</source>
        <translation>instellingen</translation>
    </message>
</context>
<context>
    <name>annostraat::Sync</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+142"/>
        <source>%1: op %2 would give %3 the role &quot;%4&quot;, which only a team lead&apos;s task package may; the rest of the file was taken in without it</source>
        <translation>%1: wijziging %2 zou %3 de rol &quot;%4&quot; geven, wat alleen het taakpakket van een teamleider mag; de rest van het bestand is zonder die wijziging binnengehaald</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1: a %2 package does not belong in tasks/</source>
        <translation>%1: een %2-pakket hoort niet in tasks/</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+104"/>
        <source>%1: the package is for task %2, not %3</source>
        <translation>%1: het pakket is voor taak %2, niet voor %3</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>%1: the package says it is version %2</source>
        <translation>%1: het pakket zegt dat het versie %2 is</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (refused earlier; looked at again when the file changes)</source>
        <translation>%1 (eerder geweigerd; wordt opnieuw bekeken als het bestand verandert)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (tried again at the next sync)</source>
        <translation>%1 (wordt bij de volgende synchronisatie opnieuw geprobeerd)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: a %2 package does not belong in %3/</source>
        <translation>%1: een %2-pakket hoort niet in %3/</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: op %2 is by %3, but this folder holds only the work of %4</source>
        <translation>%1: op %2 is van %3, maar deze map bevat alleen het werk van %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: op %2 changes a %3 that is not %4&apos;s own work</source>
        <translation>%1: op %2 wijzigt een %3 die niet het eigen werk van %4 is</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: op %2 belongs to another task</source>
        <translation>%1: op %2 hoort bij een andere taak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: op %2 gives a verdict, but %3 is an annotator; only reviewers and team leads give verdicts</source>
        <translation>%1: op %2 geeft een oordeel, maar %3 is een annotator; alleen reviewers en teamleiders geven een oordeel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: op %2 marks a gold item, but %3 is not a team lead</source>
        <translation>%1: op %2 maakt een item goud, maar %3 is geen teamleider</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+46"/>
        <source>%1: cannot create this folder on the share</source>
        <translation>%1: deze map kan niet worden aangemaakt op de gedeelde map</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1: the shared folder cannot be reached (offline); the task was not published</source>
        <translation>%1: de gedeelde map is niet bereikbaar (offline); de taak is niet gepubliceerd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no task &quot;%1&quot;</source>
        <translation>er is geen taak &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: could not find a free version number to publish</source>
        <translation>%1: er is geen vrij versienummer gevonden om te publiceren</translation>
    </message>
</context>
<context>
    <name>annostraat::SyncStatus</name>
    <message>
        <location filename="../app/gui/syncstatus.cpp" line="+99"/>
        <source>You can keep working meanwhile.</source>
        <translation>Je kunt intussen gewoon doorwerken.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Syncing</source>
        <translation>Synchroniseren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sync goes on in the background; the status bar says when it is done.</source>
        <translation>Het synchroniseren gaat op de achtergrond verder; de statusbalk laat zien wanneer het klaar is.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a new task</source>
        <translation>een nieuwe taak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fetching the task “%1”…</source>
        <translation>De taak “%1” ophalen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetching the work of %1 on “%2”…</source>
        <translation>Het werk van %1 aan “%2” ophalen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone new</source>
        <translation>iemand nieuw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetching new tasks and work…</source>
        <translation>Nieuwe taken en nieuw werk ophalen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the work done on this PC…</source>
        <translation>Het werk van deze pc versturen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing the task…</source>
        <translation>De taak publiceren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking at the shared folder…</source>
        <translation>In de gedeelde map kijken…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 received</source>
        <comment>files</comment>
        <translation>%1 binnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent</source>
        <comment>files</comment>
        <translation>%1 verstuurd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced: %1.</source>
        <translation>Gesynchroniseerd: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is published as version %2.</source>
        <translation>“%1” is gepubliceerd als versie %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shared folder cannot be reached, so “%1” was not published. Try again once it is back.</source>
        <translation>De gedeelde map is niet bereikbaar, dus “%1” is niet gepubliceerd. Probeer het opnieuw als de map er weer is.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was not published: %2</source>
        <translation>“%1” is niet gepubliceerd: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sync: not set up</source>
        <translation>Synchroniseren: niet ingesteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shared folder is set up: everything is kept on this PC. You can choose one in the settings (%1).</source>
        <translation>Er is geen gedeelde map ingesteld: alles blijft bewaard op deze pc. Je kunt er een kiezen bij de instellingen (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+17"/>
        <source>Last synced %1</source>
        <translation>Laatst gesynchroniseerd %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Not synced yet</source>
        <translation>Nog niet gesynchroniseerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared folder: %1</source>
        <translation>Gedeelde map: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanging tasks and work with %1. You can keep working.</source>
        <translation>Taken en werk uitwisselen met %1. Je kunt gewoon doorwerken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared folder: %1. Press %2 to sync now.</source>
        <translation>Gedeelde map: %1. Druk op %2 om nu te synchroniseren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — your work stays safe on this PC</source>
        <translation>Offline — je werk blijft bewaard op deze pc</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The shared folder %1 cannot be reached right now. Annostraat tries again by itself (every %n min), and when you press %2.</source>
        <translation>
            <numerusform>De gedeelde map %1 is nu niet bereikbaar. Annostraat probeert het vanzelf opnieuw (elke minuut), en als je op %2 drukt.</numerusform>
            <numerusform>De gedeelde map %1 is nu niet bereikbaar. Annostraat probeert het vanzelf opnieuw (elke %n minuten), en als je op %2 drukt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shared folder %1 cannot be reached right now. Annostraat tries again when you press %2.</source>
        <translation>De gedeelde map %1 is nu niet bereikbaar. Annostraat probeert het opnieuw als je op %2 drukt.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Changes still to send: %n</source>
        <translation>
            <numerusform>%n wijziging nog te versturen</numerusform>
            <numerusform>%n wijzigingen nog te versturen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept safely on this PC; they go to the shared folder with the next sync.</source>
        <translation>Veilig bewaard op deze pc; ze gaan bij de volgende synchronisatie naar de gedeelde map.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync stopped</source>
        <translation>Synchroniseren gestopt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync stopped because of a problem on this PC: %1</source>
        <translation>Het synchroniseren is gestopt door een probleem op deze pc: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Files not taken in: %n</source>
        <translation>
            <numerusform>%n bestand niet binnengehaald</numerusform>
            <numerusform>%n bestanden niet binnengehaald</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These files on the shared folder were not taken in:</source>
        <translation>Deze bestanden in de gedeelde map zijn niet overgenomen:</translation>
    </message>
</context>
<context>
    <name>annostraat::TaskBuilder</name>
    <message>
        <location filename="../core/store/taskbuilder.cpp" line="+54"/>
        <location line="+169"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: het bestand kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>%1: reading failed: %2</source>
        <translation>%1: lezen is mislukt: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the task needs a name</source>
        <translation>de taak heeft een naam nodig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot read the schema: %2</source>
        <translation>%1: het schema kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+92"/>
        <source>%1: is not a folder</source>
        <translation>%1: is geen map</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>%1: an image in a pair folder must be named NAME_A or NAME_B; nothing was created</source>
        <translation>%1: een afbeelding in een map met paren moet NAAM_A of NAAM_B heten; er is niets gemaakt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; has two files for the same side; nothing was created</source>
        <translation>%1: &quot;%2&quot; heeft twee bestanden voor dezelfde kant; er is niets gemaakt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: has no partner (%2_A and %2_B belong together); nothing was created</source>
        <translation>%1: heeft geen partner (%2_A en %2_B horen bij elkaar); er is niets gemaakt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no image pairs (NAME_A and NAME_B) in this folder</source>
        <translation>%1: geen afbeeldingsparen (NAAM_A en NAAM_B) in deze map</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a line must hold two files, A and B, separated by a comma</source>
        <translation>een regel moet twee bestanden bevatten, A en B, gescheiden door een komma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no such file</source>
        <translation>%1: dit bestand bestaat niet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not an image</source>
        <translation>%1: geen afbeelding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: lists no pairs</source>
        <translation>%1: noemt geen paren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: the folder cannot be read</source>
        <translation>%1: de map kan niet worden gelezen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the file cannot be read (permission denied); nothing was created</source>
        <translation>%1: het bestand kan niet worden gelezen (geen toestemming); er is niets aangemaakt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: a reference document without its text (%2 is not in the folder); nothing was created</source>
        <translation>%1: een brondocument zonder zijn tekst (%2 staat niet in de map); er is niets gemaakt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 has a reference document already (%3); nothing was created</source>
        <translation>%1: %2 heeft al een brondocument (%3); er is niets gemaakt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no media files (images, videos or .txt texts) in this folder</source>
        <translation>%1: geen mediabestanden (afbeeldingen, video&apos;s of .txt-teksten) in deze map</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+3"/>
        <location line="+176"/>
        <location line="+20"/>
        <location line="+11"/>
        <source>; nothing was created</source>
        <translation>; er is niets aangemaakt</translation>
    </message>
</context>
<context>
    <name>annostraat::TaskListView</name>
    <message>
        <location filename="../widgets/teamlead/tasklistview.cpp" line="+156"/>
        <source>%1 done, %2 flagged, %3 in review, %4 to do, of %5</source>
        <translation>%1 klaar, %2 gemarkeerd, %3 in review, %4 te doen, van %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The tasks could not be read again: %1</source>
        <translation>De taken konden niet opnieuw worden gelezen: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 done</source>
        <translation>%1 van %2 klaar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To do includes %1 started, %2 skipped and %3 sent back with feedback.</source>
        <translation>Te doen omvat %1 begonnen, %2 overgeslagen en %3 teruggestuurd met feedback.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>version %1, %2</source>
        <translation>versie %1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n flag(s) without a verdict yet</source>
        <translation>
            <numerusform>%n markering nog zonder oordeel</numerusform>
            <numerusform>%n markeringen nog zonder oordeel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n flag(s) to look at</source>
        <translation>
            <numerusform>%n markering om naar te kijken</numerusform>
            <numerusform>%n markeringen om naar te kijken</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (for %2)</source>
        <translation>%1 (voor %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2. Version %3. Flags to look at: %4.</source>
        <translation>%1: %2. Versie %3. Markeringen om naar te kijken: %4.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Tasks – Annostraat</source>
        <translation>Taken – Annostraat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every task, with how far its work is. Choose one and press Enter to open it.</source>
        <translation>Alle taken, met hoe ver het werk is. Kies er een en druk op Enter om hem te openen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks and their progress</source>
        <translation>Taken en hoe ver ze zijn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last published</source>
        <translation>Laatst gepubliceerd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Markeringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each item for each person who does it: done, flagged, in review or still to do</source>
        <translation>Elk item voor elke persoon die het doet: klaar, gemarkeerd, in review of nog te doen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flagged items without a verdict yet: look at these</source>
        <translation>Gemarkeerde items nog zonder oordeel: kijk daarnaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest version on the shared folder that this PC knows of</source>
        <translation>De nieuwste versie in de gedeelde map die deze pc kent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 done · %2 flagged · %3 in review · %4 to do (empty)</source>
        <translation>%1 klaar · %2 gemarkeerd · %3 in review · %4 te doen (leeg)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open task</source>
        <translation>Taak &amp;openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen task in the work area (Enter)</source>
        <translation>De gekozen taak openen in het werkgebied (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this list (Esc)</source>
        <translation>Deze lijst sluiten (Esc)</translation>
    </message>
</context>
<context>
    <name>annostraat::TeamLeadDesk</name>
    <message>
        <location filename="../app/gui/teamleaddesk.cpp" line="+83"/>
        <source>&amp;New task…</source>
        <translation>&amp;Nieuwe taak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a task from a folder of media: its name, instructions, labels and questions, who works on it and the review</source>
        <translation>Maak een taak van een map met media: de naam, instructies, labels en vragen, wie eraan werkt en de controle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change task…</source>
        <translation>Taak &amp;veranderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename or recolour the chosen task&apos;s labels and answers, add questions, take labels out; one step that can be undone</source>
        <translation>Voeg labels en antwoorden van de gekozen taak toe, geef ze een andere naam of kleur, voeg vragen toe, haal labels weg; één stap die je ongedaan kunt maken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish task</source>
        <translation>Taak &amp;publiceren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the chosen task on the shared folder, with its assignments, for the annotators&apos; PCs</source>
        <translation>De gekozen taak met de toewijzingen in de gedeelde map zetten, voor de pc’s van de annotatoren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assignments…</source>
        <translation>T&amp;oewijzingen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who works on which items of the chosen task: hand them out in turn, or move an absent person&apos;s unfinished items to others</source>
        <translation>Wie aan welke items van de gekozen taak werkt: om de beurt uitdelen, of de onafgemaakte items van iemand die afwezig is naar anderen verplaatsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Task list…</source>
        <translation>&amp;Takenlijst…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every task with its progress, version, last publication and the flags to look at</source>
        <translation>Alle taken met hun voortgang, versie, laatste publicatie en de markeringen om naar te kijken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Who delivered what…</source>
        <translation>&amp;Wie heeft wat ingeleverd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per person: the work received from the shared folder, and refused files</source>
        <translation>Per persoon: het werk dat uit de gedeelde map is ontvangen, en geweigerde bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gold item</source>
        <translation>&amp;Gold-item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the open item as gold, with your own annotations on it as the reference; people&apos;s work on it is scored against yours</source>
        <translation>Het open item als gold markeren, met je eigen annotaties erop als referentie; het werk van anderen erop wordt met het jouwe vergeleken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export task…</source>
        <translation>Taak &amp;exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a task and everyone&apos;s work to a file in a client&apos;s format</source>
        <translation>Schrijf een taak en het werk van iedereen naar een bestand in het formaat van een klant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import dataset…</source>
        <translation>Dataset &amp;importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in a dataset or another tool&apos;s work, as a new task or onto a task&apos;s items</source>
        <translation>Haal een dataset of werk uit een ander programma binnen, als nieuwe taak of op de items van een taak</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The item could not be marked: %1</source>
        <translation>Het item kon niet worden gemarkeerd: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This item is gold: your annotations on it are the reference. Annotators are not told. Ctrl+Z takes the mark back.</source>
        <translation>Dit item is gold: je annotaties erop zijn de referentie. Annotatoren krijgen dat niet te horen. Ctrl+Z haalt de markering weg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item is no longer gold.</source>
        <translation>Dit item is geen gold meer.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Choose a shared folder in the settings (%1) first; then the task can be published.</source>
        <translation>Kies eerst een gedeelde map bij de instellingen (%1); daarna kan de taak worden gepubliceerd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is published as soon as the running sync is done.</source>
        <translation>“%1” wordt gepubliceerd zodra het synchroniseren klaar is.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Template: %1</source>
        <translation>Voorbeeld: %1</translation>
    </message>
</context>
<context>
    <name>annostraat::TextEditor</name>
    <message>
        <location filename="../widgets/text/texteditor.cpp" line="+210"/>
        <source>This text is too large to show:
%1</source>
        <translation>Deze tekst is te groot om te tonen:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can flag the item or skip it.</source>
        <translation>Je kunt het item markeren of overslaan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text is not valid UTF-8</source>
        <translation>de tekst is geen geldige UTF-8</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n span(s) no longer match this text: it was changed after they were made. They are listed with a warning sign and not shown in the text.</source>
        <translation>
            <numerusform>%n stuk past niet meer bij deze tekst: die is veranderd nadat het gemaakt is. Het staat met een waarschuwingsteken in de lijst en wordt niet in de tekst getoond.</numerusform>
            <numerusform>%n stukken passen niet meer bij deze tekst: die is veranderd nadat ze gemaakt zijn. Ze staan met een waarschuwingsteken in de lijst en worden niet in de tekst getoond.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This text was changed after the task was made. Your spans still match it.</source>
        <translation>Deze tekst is veranderd nadat de taak gemaakt is. Je gemarkeerde stukken passen er nog bij.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n suggested span(s) to check, shown with a dashed frame. Tab goes to one; Enter accepts it, Delete rejects it, a label key changes its label.</source>
        <translation>
            <numerusform>%n voorgesteld stuk om na te kijken, met een gestreepte rand. Tab gaat ernaartoe; Enter neemt het over, Delete wijst het af, een labeltoets verandert het label.</numerusform>
            <numerusform>%n voorgestelde stukken om na te kijken, met een gestreepte rand. Tab gaat naar een ervan; Enter neemt het over, Delete wijst het af, een labeltoets verandert het label.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+142"/>
        <source>? %1 — “%2” (suggestion)</source>
        <translation>? %1 — “%2” (voorstel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — “%2”</source>
        <translation>%1 — “%2”</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>⚠ %1 — %2</source>
        <translation>⚠ %1 — %2</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>at “%1”</source>
        <comment>a place on a span: the words there</comment>
        <translation>bij “%1”</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Select one or more words first, then press the label&apos;s key.</source>
        <translation>Selecteer eerst een of meer woorden en druk dan op de toets van het label.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These words are a “%1” already.</source>
        <translation>Deze woorden zijn al een “%1”.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Every suggestion on this item is checked.</source>
        <translation>Alle voorstellen bij dit item zijn nagekeken.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The span cannot get shorter than this.</source>
        <translation>Korter kan dit stuk niet worden.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n stuk</numerusform>
            <numerusform>%n stukken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n suggestion(s) to check</source>
        <translation>
            <numerusform>%n voorstel om na te kijken</numerusform>
            <numerusform>%n voorstellen om na te kijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>selected: %n character(s)</source>
        <translation>
            <numerusform>geselecteerd: %n teken</numerusform>
            <numerusform>geselecteerd: %n tekens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select words and press a label&apos;s key; Tab goes to the next span</source>
        <translation>Selecteer woorden en druk op de toets van een label; Tab gaat naar het volgende stuk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion: Enter accepts, Delete rejects, a label key changes its label</source>
        <translation>Voorstel: Enter neemt over, Delete wijst af, een labeltoets verandert het label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label key: relabel, Delete: remove, Alt+←/→: move the end, Esc: let go</source>
        <translation>Labeltoets: ander label, Delete: weghalen, Alt+←/→: einde verschuiven, Esc: loslaten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Labels: select words, then press the key</source>
        <translation>Labels: selecteer woorden, druk dan op de toets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spans:</source>
        <translation>&amp;Gemarkeerde stukken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the item</source>
        <translation>Tekst van het item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spans</source>
        <translation>Gemarkeerde stukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the source data or back to the text</source>
        <translation>Naar de brongegevens of terug naar de tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves the keyboard to the source data beside the text, or back to the text (F6)</source>
        <translation>Zet het toetsenbord op de brongegevens naast de tekst, of terug op de tekst (F6)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag the selected words as %1</source>
        <translation>Markeer de geselecteerde woorden als %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag the selected words as %1 (%2)</source>
        <translation>Markeer de geselecteerde woorden als %1 (%2)</translation>
    </message>
</context>
<context>
    <name>annostraat::Timecode</name>
    <message>
        <location filename="../core/media/timecode.cpp" line="+120"/>
        <source>cannot read the timecode &quot;%1&quot;: the video&apos;s frame rate is not known</source>
        <translation>de tijdcode &quot;%1&quot; kan niet worden gelezen: de beeldsnelheid van de video is niet bekend</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is not a timecode (HH:MM:SS:FF)</source>
        <translation>&quot;%1&quot; is geen tijdcode (UU:MM:SS:BB)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a timecode: hours go up to 23, minutes and seconds up to 59</source>
        <translation>&quot;%1&quot; is geen tijdcode: uren gaan tot en met 23, minuten en seconden tot en met 59</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a timecode: at %2 frames per second the frames go up to %3</source>
        <translation>&quot;%1&quot; is geen tijdcode: bij %2 beelden per seconde gaan de beelden tot en met %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a drop-frame timecode, which exists only at 29.97 and 59.94 frames per second, not at %2</source>
        <translation>&quot;%1&quot; is een drop-frame-tijdcode; die bestaat alleen bij 29,97 en 59,94 beelden per seconde, niet bij %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; does not exist in drop-frame timecode: the first %2 frames of every minute not divisible by ten are skipped</source>
        <translation>&quot;%1&quot; bestaat niet in drop-frame-tijdcode: de eerste %2 beelden van elke minuut die niet deelbaar is door tien worden overgeslagen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 lies before the video&apos;s first frame (%2)</source>
        <translation>%1 ligt voor het eerste beeld van de video (%2)</translation>
    </message>
</context>
<context>
    <name>annostraat::ToolContext</name>
    <message>
        <location filename="../widgets/tools/toolcontext.cpp" line="+72"/>
        <source>No label of this task can be drawn with this tool.</source>
        <translation>Geen label van deze taak kan met dit gereedschap getekend worden.</translation>
    </message>
</context>
<context>
    <name>annostraat::ToolManager</name>
    <message>
        <location filename="../widgets/tools/toolmanager.cpp" line="+71"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>annostraat::Verdicts</name>
    <message>
        <location filename="../core/quality/verdicts.cpp" line="+28"/>
        <source>only a reviewer or team lead gives verdicts; %1 is an annotator</source>
        <translation>alleen een reviewer of teamleider geeft een oordeel; %1 is een annotator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>task &quot;%1&quot; has no item &quot;%2&quot;</source>
        <translation>taak &quot;%1&quot; heeft geen item &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>er is geen profiel &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot give a verdict on their own work</source>
        <translation>%1 kan geen oordeel geven over het eigen werk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has not marked item &quot;%2&quot; done or flagged; there is nothing to review yet</source>
        <translation>%1 heeft item &quot;%2&quot; niet klaar gemeld of gemarkeerd; er is nog niets te reviewen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a rejection needs a comment for %1</source>
        <translation>een afkeuring heeft een opmerking voor %1 nodig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item &quot;%1&quot; has no annotation &quot;%2&quot; in %3&apos;s layer</source>
        <translation>item &quot;%1&quot; heeft geen annotatie &quot;%2&quot; in de laag van %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the copy &quot;%1&quot; of %2&apos;s work is no longer in your layer</source>
        <translation>de kopie &quot;%1&quot; van het werk van %2 staat niet meer in jouw laag</translation>
    </message>
</context>
<context>
    <name>annostraat::Video</name>
    <message>
        <location filename="../core/media/ffmpegsupport.cpp" line="+69"/>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file could not be read</source>
        <translation>het bestand kon niet worden gelezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a video file, or a damaged or incomplete one</source>
        <translation>geen videobestand, of een beschadigd of onvolledig videobestand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the streams of the file could not be read; it may be damaged or incomplete</source>
        <translation>de streams van het bestand konden niet worden gelezen; misschien is het beschadigd of onvolledig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>stream %1 is not a video stream</source>
        <translation>stream %1 is geen videostream</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file has no video stream</source>
        <translation>het bestand heeft geen videostream</translation>
    </message>
    <message>
        <location filename="../core/media/videodecoder.cpp" line="+155"/>
        <source>seeking in the video failed</source>
        <translation>zoeken in de video is mislukt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>frame %1 could not be read; the file is damaged or cut short</source>
        <translation>beeld %1 kon niet worden gelezen; het bestand is beschadigd of afgebroken</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+58"/>
        <source>frame %1 did not come out of the decoder; the file may be damaged</source>
        <translation>beeld %1 kwam niet uit de decoder; misschien is het bestand beschadigd</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+95"/>
        <source>decoding frame %1 failed</source>
        <translation>het decoderen van beeld %1 is mislukt</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>frame %1 could not be converted</source>
        <translation>beeld %1 kon niet worden omgezet</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>no index for the video</source>
        <translation>geen index voor de video</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file changed since it was indexed</source>
        <translation>het bestand is veranderd sinds het geïndexeerd is</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no decoder for its video codec (%1)</source>
        <translation>er is geen decoder voor de videocodec (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>out of memory</source>
        <translation>het geheugen is vol</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its video decoder could not be opened</source>
        <translation>de videodecoder kon niet worden geopend</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>frame %1 is not in the video (frames 0 to %2)</source>
        <translation>beeld %1 zit niet in de video (beelden 0 tot en met %2)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>decoding frame %1 was interrupted</source>
        <translation>het decoderen van beeld %1 is onderbroken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>frame %1 could not be decoded exactly; the file may be damaged</source>
        <translation>beeld %1 kon niet precies worden gedecodeerd; misschien is het bestand beschadigd</translation>
    </message>
    <message>
        <location filename="../core/media/videoindex.cpp" line="+146"/>
        <source>indexing the video was cancelled</source>
        <translation>het indexeren van de video is geannuleerd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the video&apos;s frames carry no timestamps (a raw stream without a container?), so they cannot be counted exactly</source>
        <translation>de beelden van de video hebben geen tijdstempels (een losse stream zonder container?), dus ze kunnen niet precies worden geteld</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no video frame could be read; the file is damaged or incomplete</source>
        <translation>er kon geen enkel videobeeld worden gelezen; het bestand is beschadigd of onvolledig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the video stream holds no frames</source>
        <translation>de videostream bevat geen beelden</translation>
    </message>
</context>
<context>
    <name>annostraat::VideoEditor</name>
    <message>
        <location filename="../widgets/video/videoeditor.cpp" line="+172"/>
        <source>Reading the video… %1%</source>
        <translation>De video wordt gelezen… %1%</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Previous frame</source>
        <translation>Vorig beeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame</source>
        <translation>Volgend beeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One second back</source>
        <translation>Eén seconde terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One second forward</source>
        <translation>Eén seconde vooruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First frame</source>
        <translation>Eerste beeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last frame</source>
        <translation>Laatste beeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous marker or edge</source>
        <translation>Vorige markering of rand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next marker or edge</source>
        <translation>Volgende markering of rand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause</source>
        <translation>Afspelen of pauzeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slower (or pause)</source>
        <translation>Langzamer (of pauzeren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Faster</source>
        <translation>Sneller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom the timeline in</source>
        <translation>Tijdlijn inzoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom the timeline out</source>
        <translation>Tijdlijn uitzoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole video on the timeline</source>
        <translation>Hele video op de tijdlijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set in point</source>
        <translation>Beginpunt zetten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chosen segment starts here, or a new segment starts here (I)</source>
        <translation>Het gekozen segment of een nieuw segment begint hier (I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set out point</source>
        <translation>Eindpunt zetten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chosen segment ends with this frame, or the new one does (O)</source>
        <translation>Het gekozen segment of het nieuwe segment eindigt met dit beeld (O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add marker</source>
        <translation>Markering toevoegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A marker at this frame, with the chosen label (M)</source>
        <translation>Een markering op dit beeld, met het gekozen label (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen mark</source>
        <translation>Gekozen markering of segment weghalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go of the chosen mark</source>
        <translation>Gekozen markering of segment loslaten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing chosen: I starts a new segment (Esc)</source>
        <translation>Niets gekozen: I begint een nieuw segment (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set locator to this frame</source>
        <translation>Locator op dit beeld zetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip locator (not in this video)</source>
        <translation>Locator overslaan (niet in deze video)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause (Space); J, K, L: slower, pause, faster</source>
        <translation>Afspelen of pauzeren (Spatie); J, K, L: langzamer, pauzeren, sneller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a timecode (HH:MM:SS:FF) or a frame number and press Enter to go there</source>
        <translation>Typ een tijdcode (UU:MM:SS:BB) of een beeldnummer en druk op Enter om erheen te gaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timecode</source>
        <translation>Tijdcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video frame</source>
        <translation>Videobeeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markers and segments</source>
        <translation>Markeringen en segmenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels (press a label&apos;s key):</source>
        <translation>Labels (druk op de toets van een label):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markers and segments</source>
        <translation>&amp;Markeringen en segmenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reading the video…</source>
        <translation>De video wordt gelezen…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The start timecode %1 does not fit this video (%2); the timecodes count from 00:00:00:00.</source>
        <translation>De starttijdcode %1 past niet bij deze video (%2); de tijdcodes tellen vanaf 00:00:00:00.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This video has no sound.</source>
        <translation>Deze video heeft geen geluid.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>frame %1 of %2</source>
        <translation>beeld %1 van %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 lies after the end of the video (%2).</source>
        <translation>%1 ligt na het einde van de video (%2).</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The key of %1 is one of the video editor&apos;s own keys: choose that label with the mouse.</source>
        <translation>De toets van %1 is ook een toets van de video-editor: kies dat label met de muis.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 — marker at %2</source>
        <translation>%1 — markering op %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 tot %3</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>at %1</source>
        <comment>a place on a video mark: a timecode</comment>
        <translation>bij %1</translation>
    </message>
    <message>
        <location filename="../widgets/video/videomarking.cpp" line="+68"/>
        <source>This task has no label for segments.</source>
        <translation>Deze taak heeft geen label voor segmenten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In point at %1. Go to the last frame of the segment and press O.</source>
        <translation>Beginpunt op %1. Ga naar het laatste beeld van het segment en druk op O.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The out point must lie after the segment&apos;s start (%1).</source>
        <translation>Het eindpunt moet na het begin van het segment liggen (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press I at the first frame of the segment first.</source>
        <translation>Druk eerst op I bij het eerste beeld van het segment.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This task has no label for markers.</source>
        <translation>Deze taak heeft geen label voor markeringen.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Move an edge</source>
        <translation>Rand verschuiven</translation>
    </message>
    <message>
        <location filename="../widgets/video/videoeditor.cpp" line="+36"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in point %1: O sets the out point</source>
        <translation>beginpunt %1: O zet het eindpunt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 chosen: a label key relabels, I/O move its edges, Delete removes</source>
        <translation>%1 gekozen: een labeltoets geeft een ander label, I/O verschuift de randen, Delete haalt weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>←/→ frame, Shift: second, I/O segment, M marker, Space play</source>
        <translation>←/→ beeld, Shift: seconde, I/O segment, M markering, Spatie afspelen</translation>
    </message>
</context>
<context>
    <name>annostraat::Waveform</name>
    <message>
        <location filename="../core/media/waveform.cpp" line="+331"/>
        <source>the audio is longer than %1 hours</source>
        <translation>het geluid duurt langer dan %1 uur</translation>
    </message>
</context>
<context>
    <name>annostraat::WelcomePage</name>
    <message>
        <location filename="../app/gui/welcomepage.cpp" line="+152"/>
        <source>Please fill in your name first.</source>
        <translation>Vul eerst je naam in.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Welcome to Annostraat</source>
        <translation>Welkom bij Annostraat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annostraat keeps everything you do the moment you do it: there is nothing to save, and every step can be undone. Tell us who you are to begin.</source>
        <translation>Annostraat bewaart alles wat je doet op het moment dat je het doet: je hoeft niets op te slaan, en elke stap kun je ongedaan maken. Vertel eerst wie je bent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a profile for another person working on this computer.</source>
        <translation>Voeg een profiel toe voor iemand anders die op deze computer werkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your name</source>
        <translation>&amp;Je naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with the demo tasks</source>
        <translation>Start met de demotaken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates your profile and a practice task for each kind of work (Enter)</source>
        <translation>Maakt je profiel aan en een oefentaak voor elk soort werk (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start without demo tasks</source>
        <translation>Start zonder demotaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates your profile only</source>
        <translation>Maakt alleen je profiel aan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of profiles (Esc)</source>
        <translation>Terug naar de lijst met profielen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change the language, the theme and the text size later in Settings (Ctrl+,).</source>
        <translation>Je kunt de taal, het thema en de lettergrootte later wijzigen bij Instellingen (Ctrl+,).</translation>
    </message>
</context>
<context>
    <name>annostraat::WorkPage</name>
    <message>
        <location filename="../app/gui/workpage.cpp" line="+55"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+386"/>
        <source>This could not be kept: %1</source>
        <translation>Dit kon niet worden bewaard: %1</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+34"/>
        <location filename="../app/gui/workpagelayout.cpp" line="+291"/>
        <source>This task has no instructions.</source>
        <translation>Deze taak heeft geen instructies.</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>Your place in the queue could not be kept: %1</source>
        <translation>Je plek in de wachtrij kon niet worden bewaard: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+394"/>
        <source>%n suggestion(s) still wait for you: accept each one (Enter) or remove it (Delete), then mark the item as done.</source>
        <translation>
            <numerusform>Er wacht nog %n voorstel op je: neem het over (Enter) of haal het weg (Delete) en zet het item dan op klaar.</numerusform>
            <numerusform>Er wachten nog %n voorstellen op je: neem ze een voor een over (Enter) of haal ze weg (Delete) en zet het item dan op klaar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Item %1 is done.</source>
        <translation>Item %1 is klaar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 is flagged: %2.</source>
        <translation>Item %1 is gemarkeerd: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 is skipped.</source>
        <translation>Item %1 is overgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1: %2.</source>
        <translation>Item %1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now item %1 of %2.</source>
        <translation>Nu item %1 van %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This was the last item in the queue.</source>
        <translation>Dit was het laatste item in de wachtrij.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back to item %1; its last step is undone.</source>
        <translation>Terug naar item %1; de laatste stap is ongedaan gemaakt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Part of the work on this PC could not be read, so this list may be incomplete. Nothing has been deleted. Close the program and start it again; if this message comes back, tell your team lead.
(%1)</source>
        <translation>Een deel van het werk op deze pc kon niet worden gelezen, dus deze lijst is misschien niet compleet. Er is niets verwijderd. Sluit het programma en start het opnieuw. Komt deze melding terug? Zeg het dan tegen je teamleider.
(%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Status: %1 %2</source>
        <translation>Status: %1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There are no items for you in this task.</source>
        <translation>Er staan in deze taak geen items voor jou klaar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No item open</source>
        <translation>Geen item open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 of %2: %3</source>
        <translation>Item %1 van %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/workpagelayout.cpp" line="-17"/>
        <source>Tas&amp;ks</source>
        <translation>Ta&amp;ken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue</source>
        <translation>W&amp;achtrij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Q&amp;uestions</source>
        <translation>&amp;Vragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nstructions</source>
        <translation>I&amp;nstructies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no tasks yet</source>
        <translation>Er zijn nog geen taken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can begin with the demo tasks: a practice task for each kind of work in the lab. A team lead can add real tasks later.</source>
        <translation>Je kunt beginnen met de demotaken: een oefentaak voor elk soort werk in de annotatiestraat. Een teamleider kan later echte taken toevoegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the demo tasks</source>
        <translation>Demotaken laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the practice tasks to this computer</source>
        <translation>Voegt de oefentaken toe aan deze computer</translation>
    </message>
</context>
<context>
    <name>annostraat::main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+80"/>
        <source>Annostraat</source>
        <translation>Annostraat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store cannot be opened.

%1</source>
        <translation>De opslag kan niet worden geopend.

%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
</TS>
