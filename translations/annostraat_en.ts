<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../app/gui/qtstrings.cpp" line="+45"/>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-17"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
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
        <translation>Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Space</translation>
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
        <translation>Del</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PgDown</source>
        <translation>PgDown</translation>
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
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>annostraat::AddItems</name>
    <message>
        <location filename="../core/store/additems.cpp" line="+41"/>
        <location line="+36"/>
        <source>there is no task &quot;%1&quot;</source>
        <translation>there is no task &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item %1 (%2) is in the task already; nothing was written</source>
        <translation>item %1 (%2) is in the task already; nothing was written</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>someone has worked on the new item %1 since it was added; nothing was taken out</source>
        <translation>someone has worked on the new item %1 since it was added; nothing was taken out</translation>
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
        <translation>annotation %1 (%2): %3</translation>
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
        <translation>? %1 · %2 (suggestion)</translation>
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
        <translation>Annotations</translation>
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
        <translation>Press Delete to remove</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A suggestion: Enter accepts it, Delete rejects it; changing it accepts it too</source>
        <translation>A suggestion: Enter accepts it, Delete rejects it; changing it accepts it too</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space shows or hides it on the image; Delete removes it</source>
        <translation>Space shows or hides it on the image; Delete removes it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reviewer&apos;s comment: %1</source>
        <translation>The reviewer&apos;s comment: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No annotations on this item yet.</source>
        <translation>No annotations on this item yet.</translation>
    </message>
</context>
<context>
    <name>annostraat::AnnotationNames</name>
    <message>
        <location filename="../widgets/review/annotationnames.cpp" line="+13"/>
        <source>%1, a label no longer in the task</source>
        <translation>%1, a label no longer in the task</translation>
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
        <translation>&quot;answer&quot; is missing</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../core/model/kinds/answerkind.h" line="+21"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>annostraat::AssignmentPlan</name>
    <message>
        <location filename="../core/store/assignmentplan.cpp" line="+35"/>
        <location line="+168"/>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>there is no profile &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>%1 is named twice</source>
        <translation>%1 is named twice</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there is no task &quot;%1&quot;</source>
        <translation>there is no task &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>name at least one annotator to assign</source>
        <translation>name at least one annotator to assign</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+133"/>
        <source>%1 annotators per item is not possible with %2 annotators</source>
        <translation>%1 annotators per item is not possible with %2 annotators</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>items %1 to %2 is not a range of this task&apos;s items (1 to %3)</source>
        <translation>items %1 to %2 is not a range of this task&apos;s items (1 to %3)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>name at least one person to take over %1&apos;s items</source>
        <translation>name at least one person to take over %1&apos;s items</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1&apos;s items cannot go to %1</source>
        <translation>%1&apos;s items cannot go to %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the assignments changed after this plan was made (a sync or another window); nothing was written, make the plan again</source>
        <translation>the assignments changed after this plan was made (a sync or another window); nothing was written, make the plan again</translation>
    </message>
</context>
<context>
    <name>annostraat::AssignmentView</name>
    <message>
        <location filename="../widgets/teamlead/assignmentview.cpp" line="+106"/>
        <source>%1 has %2</source>
        <translation>%1 has %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gets %2 with this plan</source>
        <translation>%1 gets %2 with this plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 loses %2 with this plan</source>
        <translation>%1 loses %2 with this plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not have %2</source>
        <translation>%1 does not have %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>The store could not be read: %1</source>
        <translation>The store could not be read: %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Tick the people who get items (Space ticks the chosen row).</source>
        <translation>Tick the people who get items (Space ticks the chosen row).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>People per item: %n. Tick at least that many people.</source>
        <translation>
            <numerusform>People per item: %n. Tick at least that many people.</numerusform>
            <numerusform>People per item: %n. Tick at least that many people.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This task has no items.</source>
        <translation>This task has no items.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last item (%1) comes before the first (%2).</source>
        <translation>The last item (%1) comes before the first (%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nobody has items of this task yet.</source>
        <translation>Nobody has items of this task yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the people who take over %1&apos;s unfinished items.</source>
        <translation>Tick the people who take over %1&apos;s unfinished items.</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%1: %n item(s) now</source>
        <translation>
            <numerusform>%1: %n item now</numerusform>
            <numerusform>%1: %n items now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: %n item(s) now, the same after the plan</source>
        <translation>
            <numerusform>%1: %n item now, the same after the plan</numerusform>
            <numerusform>%1: %n items now, the same after the plan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 now, %3 after the plan</source>
        <translation>%1: %2 now, %3 after the plan</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to undo (Ctrl+Z)</source>
        <translation>Nothing to undo (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Redo: %1 (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to redo (Ctrl+Shift+Z)</source>
        <translation>Nothing to redo (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no unfinished items that can move.</source>
        <translation>%1 has no unfinished items that can move.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The plan: %n unfinished item(s) of %1 go to others. Their finished work stays theirs. Nothing is written until Apply.</source>
        <translation>
            <numerusform>The plan: %n unfinished item of %1 goes to someone else. Their finished work stays theirs. Nothing is written until Apply.</numerusform>
            <numerusform>The plan: %n unfinished items of %1 go to others. Their finished work stays theirs. Nothing is written until Apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n item(s) stay with %1: everyone ticked has them already.</source>
        <translation>
            <numerusform>%n item stays with %1: everyone ticked has it already.</numerusform>
            <numerusform>%n items stay with %1: everyone ticked has them already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Every item already has %n person(s) or more: the plan changes nothing.</source>
        <translation>
            <numerusform>Every item already has %n person or more: the plan changes nothing.</numerusform>
            <numerusform>Every item already has %n people or more: the plan changes nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The plan: %n new assignment(s). Nothing is written until Apply.</source>
        <translation>
            <numerusform>The plan: %n new assignment. Nothing is written until Apply.</numerusform>
            <numerusform>The plan: %n new assignments. Nothing is written until Apply.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick people, then make a plan. The table shows each person&apos;s items now and after the plan.</source>
        <translation>Tick people, then make a plan. The table shows each person&apos;s items now and after the plan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Move %1&apos;s unfinished items</source>
        <translation>Move %1&apos;s unfinished items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand out items in turn</source>
        <translation>Hand out items in turn</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+26"/>
        <source>Nothing was written: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>Written: %n assignment(s) changed. Ctrl+Z takes it back. Publish the task so the annotators&apos; PCs get it.</source>
        <translation>
            <numerusform>Written: %n assignment changed. Ctrl+Z takes it back. Publish the task so the annotators&apos; PCs get it.</numerusform>
            <numerusform>Written: %n assignments changed. Ctrl+Z takes it back. Publish the task so the annotators&apos; PCs get it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n assignment(s) changed back or again.</source>
        <translation>
            <numerusform>%n assignment changed back or again.</numerusform>
            <numerusform>%n assignments changed back or again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Assignments – %1</source>
        <translation>Assignments – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who works on “%1”? Make a plan: the tables show what it changes. Nothing is written until Apply. Publish the task afterwards, so the assignments reach the annotators&apos; PCs.</source>
        <translation>Who works on “%1”? Make a plan: the tables show what it changes. Nothing is written until Apply. Publish the task afterwards, so the assignments reach the annotators&apos; PCs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;People (Space ticks)</source>
        <translation>&amp;People (Space ticks)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the people who get items or take over items</source>
        <translation>Tick the people who get items or take over items</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand out in turn</source>
        <translation>Hand out in turn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People per &amp;item</source>
        <translation>People per &amp;item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People per item</source>
        <translation>People per item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many people do each item; people who have an item already count</source>
        <translation>How many people do each item; people who have an item already count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ll items</source>
        <translation>A&amp;ll items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Only items</source>
        <translation>&amp;Only items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;from</source>
        <translation>&amp;from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First item</source>
        <translation>First item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last item</source>
        <translation>Last item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan i&amp;n turn</source>
        <translation>Plan i&amp;n turn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show who would get which items; nothing is written yet</source>
        <translation>Show who would get which items; nothing is written yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone is away</source>
        <translation>Someone is away</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who is away</source>
        <translation>&amp;Who is away</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is away</source>
        <translation>Who is away</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their unfinished items (not done, flagged or skipped) go in turn to the people ticked, never to someone who has the item already.</source>
        <translation>Their unfinished items (not done, flagged or skipped) go in turn to the people ticked, never to someone who has the item already.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan &amp;moving their items</source>
        <translation>Plan &amp;moving their items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show where the unfinished items would go; nothing is written yet</source>
        <translation>Show where the unfinished items would go; nothing is written yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items per pe&amp;rson</source>
        <translation>Items per pe&amp;rson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items per person, now and after the plan</source>
        <translation>Items per person, now and after the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items and p&amp;eople</source>
        <translation>Items and p&amp;eople</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who has which item</source>
        <translation>Who has which item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ has the item · + gets it with the plan · − loses it with the plan</source>
        <translation>✓ has the item · + gets it with the plan · − loses it with the plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last assignment step</source>
        <translation>Undo the last assignment step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;do</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the assignment step</source>
        <translation>Redo the assignment step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close; a plan not applied is dropped (Esc)</source>
        <translation>Close; a plan not applied is dropped (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the plan, in one step (Enter)</source>
        <translation>Write the plan, in one step (Enter)</translation>
    </message>
</context>
<context>
    <name>annostraat::AttributeEditor</name>
    <message>
        <location filename="../widgets/attributeeditor.cpp" line="+230"/>
        <source>Select an annotation to see its label and attributes.</source>
        <translation>Select an annotation to see its label and attributes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This annotation is in another person&apos;s layer; you can look but not change it.</source>
        <translation>This annotation is in another person&apos;s layer; you can look but not change it.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The label of this %1</source>
        <translation>The label of this %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>annostraat::AudioDecoder</name>
    <message>
        <location filename="../core/media/audiodecoder.cpp" line="+141"/>
        <location line="+31"/>
        <location line="+8"/>
        <source>its audio cannot be converted for playing</source>
        <translation>its audio cannot be converted for playing</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+24"/>
        <location line="+98"/>
        <location line="+4"/>
        <source>its audio cannot be decoded</source>
        <translation>its audio cannot be decoded</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>cannot be read any further; it may be damaged</source>
        <translation>cannot be read any further; it may be damaged</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the audio stops at %1 s of the %2 s the file declares: the file is truncated or damaged</source>
        <translation>the audio stops at %1 s of the %2 s the file declares: the file is truncated or damaged</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+29"/>
        <source>has no audio</source>
        <translation>has no audio</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>cannot be opened</source>
        <translation>cannot be opened</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+12"/>
        <source>is not a media file the program can read, or it is damaged</source>
        <translation>is not a media file the program can read, or it is damaged</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>its audio is in a format the program cannot decode</source>
        <translation>its audio is in a format the program cannot decode</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot be decoded: out of memory</source>
        <translation>cannot be decoded: out of memory</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>cannot be played from %1 s</source>
        <translation>cannot be played from %1 s</translation>
    </message>
</context>
<context>
    <name>annostraat::AudioPlayer</name>
    <message>
        <location filename="../widgets/video/audioplayer.cpp" line="+124"/>
        <source>The sound device %1 cannot play 16-bit audio; the video plays without sound.</source>
        <translation>The sound device %1 cannot play 16-bit audio; the video plays without sound.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The sound device stopped working; the video plays without sound.</source>
        <translation>The sound device stopped working; the video plays without sound.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The sound device cannot be opened; the video plays without sound.</source>
        <translation>The sound device cannot be opened; the video plays without sound.</translation>
    </message>
</context>
<context>
    <name>annostraat::BoxKind</name>
    <message>
        <location filename="../core/model/kinds/boxkind.cpp" line="+31"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; must be a number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the top-left corner lies outside the image (negative coordinate)</source>
        <translation>the top-left corner lies outside the image (negative coordinate)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>width and height must be greater than 0</source>
        <translation>width and height must be greater than 0</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no valid box</source>
        <translation>no valid box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × %2 px at (%3, %4)</source>
        <translation>%1 × %2 px at (%3, %4)</translation>
    </message>
    <message>
        <location filename="../core/model/kinds/boxkind.h" line="+19"/>
        <source>Box</source>
        <translation>Box</translation>
    </message>
</context>
<context>
    <name>annostraat::BoxTool</name>
    <message>
        <location filename="../widgets/tools/box/boxtool.h" line="+17"/>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drag a box, or click two opposite corners. Esc cancels.</source>
        <translation>Drag a box, or click two opposite corners. Esc cancels.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A box needs a width and a height; it was not kept.</source>
        <translation>A box needs a width and a height; it was not kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box cancelled.</source>
        <translation>Box cancelled.</translation>
    </message>
</context>
<context>
    <name>annostraat::BreakNotice</name>
    <message numerus="yes">
        <location filename="../app/gui/breakviews.cpp" line="+76"/>
        <source>You have worked for %n minute(s). A short break is good for you.</source>
        <translation>
            <numerusform>You have worked for %n minute. A short break is good for you.</numerusform>
            <numerusform>You have worked for %n minutes. A short break is good for you.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a break now</source>
        <translation>Take a break now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dims the work and shows the time until you come back</source>
        <translation>Dims the work and shows the time until you come back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminds you again in about ten minutes of work</source>
        <translation>Reminds you again in about ten minutes of work</translation>
    </message>
</context>
<context>
    <name>annostraat::BreakOverlay</name>
    <message>
        <location line="+136"/>
        <location line="+1"/>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The work is resting. Enter or Esc goes back to work.</source>
        <translation>The work is resting. Enter or Esc goes back to work.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have worked %1 today. Only you see this.</source>
        <translation>You have worked %1 today. Only you see this.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>A break of about %n minute(s) is good: stand up, look into the distance, have a drink. Your work is kept and waits for you.</source>
        <translation>
            <numerusform>A break of about %n minute is good: stand up, look into the distance, have a drink. Your work is kept and waits for you.</numerusform>
            <numerusform>A break of about %n minutes is good: stand up, look into the distance, have a drink. Your work is kept and waits for you.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to work</source>
        <translation>Back to work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends the break (Enter or Esc)</source>
        <translation>Ends the break (Enter or Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time now</source>
        <translation>The time now</translation>
    </message>
</context>
<context>
    <name>annostraat::ChangeTaskView</name>
    <message>
        <location filename="../widgets/teamlead/changetaskview.cpp" line="+119"/>
        <source>Change “%1” – Annostraat</source>
        <translation>Change “%1” – Annostraat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add, rename or recolour labels and answers, add questions. Nothing is saved until Apply; publish the task afterwards to send the new version to the annotators&apos; PCs. Their work is kept.</source>
        <translation>Add, rename or recolour labels and answers, add questions. Nothing is saved until Apply; publish the task afterwards to send the new version to the annotators&apos; PCs. Their work is kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Labels taken out, and what happens to their annotations:</source>
        <translation>&amp;Labels taken out, and what happens to their annotations:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the last change of this task back (Ctrl+Z)</source>
        <translation>Take the last change of this task back (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the change taken back again (Ctrl+Shift+Z)</source>
        <translation>Make the change taken back again (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changed labels and questions, and move annotations as chosen, all at once</source>
        <translation>Save the changed labels and questions, and move annotations as chosen, all at once</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window; what was not applied is not saved (Esc)</source>
        <translation>Close this window; what was not applied is not saved (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;new items…</source>
        <translation>Add &amp;new items…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a folder of new media for this task; nothing is added until you choose Add</source>
        <translation>Read a folder of new media for this task; nothing is added until you choose Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the new items to the task, all at once (Ctrl+Z takes them out again while nobody has worked on them)</source>
        <translation>Add the new items to the task, all at once (Ctrl+Z takes them out again while nobody has worked on them)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Keep them as they are, under the old name, for review</source>
        <translation>Keep them as they are, under the old name, for review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move them to “%1”</source>
        <translation>Move them to “%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not ready: %1</source>
        <translation>Not ready: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Apply saves the new labels and questions; %n annotation(s) get another label</source>
        <translation>
            <numerusform>Apply saves the new labels and questions; %n annotation gets another label</numerusform>
            <numerusform>Apply saves the new labels and questions; %n annotations get another label</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n stay under a label the schema no longer has.</source>
        <translation>
            <numerusform>; %n stays under a label the schema no longer has.</numerusform>
            <numerusform>; %n stay under a label the schema no longer has.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n annotation(s) no longer fit their label (a kind or an attribute taken away); they are kept as they are: %1.</source>
        <translation>
            <numerusform>%n annotation no longer fits its label (a kind or an attribute taken away); it is kept as it is: %1.</numerusform>
            <numerusform>%n annotations no longer fit their label (a kind or an attribute taken away); they are kept as they are: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is nothing to apply.</source>
        <translation>There is nothing to apply.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the labels and questions of “%1”</source>
        <translation>Change the labels and questions of “%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+117"/>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Written: the labels and questions are as shown now.</source>
        <translation>Written: the labels and questions are as shown now.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Folder with new items</source>
        <translation>Folder with new items</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+2"/>
        <source>Nothing can be added: %1</source>
        <translation>Nothing can be added: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new item(s) in %1</source>
        <translation>
            <numerusform>%n new items in %1</numerusform>
            <numerusform>%n new items in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already in the task, left out</source>
        <translation>
            <numerusform>%n already in the task, left out</numerusform>
            <numerusform>%n already in the task, left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of another kind than the task&apos;s (%1), left out</source>
        <translation>
            <numerusform>%n of another kind than the task&apos;s (%1), left out</numerusform>
            <numerusform>%n of another kind than the task&apos;s (%1), left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Add %n items</numerusform>
            <numerusform>Add %n items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no new items to add.</source>
        <translation>There are no new items to add.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Add %n item(s) to “%1”</source>
        <translation>
            <numerusform>Add %n items to “%1”</numerusform>
            <numerusform>Add %n items to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Written: the task has %n item(s) now.</source>
        <translation>
            <numerusform>Written: the task has %n items now.</numerusform>
            <numerusform>Written: the task has %n items now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) added.</source>
        <translation>
            <numerusform>%n items added.</numerusform>
            <numerusform>%n items added.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody has them yet: hand them out with Assignments (Ctrl+Shift+T).</source>
        <translation>Nobody has them yet: hand them out with Assignments (Ctrl+Shift+T).</translation>
    </message>
</context>
<context>
    <name>annostraat::Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+36"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the store file (default: %1)</source>
        <translation>the store file (default: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print one JSON document instead of text</source>
        <translation>print one JSON document instead of text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the usage (of a command, when given one)</source>
        <translation>show the usage (of a command, when given one)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the version</source>
        <translation>show the version</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cliprofiles.cpp" line="+85"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotator (default), reviewer or teamlead</source>
        <translation>annotator (default), reviewer or teamlead</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location filename="../app/cli/cliformats.cpp" line="+128"/>
        <location filename="../app/cli/cliprofiles.cpp" line="+0"/>
        <location filename="../app/cli/clitasks.cpp" line="+194"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the task&apos;s name</source>
        <translation>the task&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+24"/>
        <location filename="../app/cli/clishare.cpp" line="+50"/>
        <location filename="../app/cli/clivideo.cpp" line="+48"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>the label schema (JSON, see docs/schema-format.md)</source>
        <translation>the label schema (JSON, see docs/schema-format.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>the folder of media files; each one becomes an item</source>
        <translation>the folder of media files; each one becomes an item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>instructions for the annotators (Markdown)</source>
        <translation>instructions for the annotators (Markdown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who the work is for (shown in the team lead&apos;s task list)</source>
        <translation>who the work is for (shown in the team lead&apos;s task list)</translation>
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
        <translation>how many annotators label each item (default 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <location line="+13"/>
        <location line="+5"/>
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>a profile, by id or by name</source>
        <translation>a profile, by id or by name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cliannotations.cpp" line="+64"/>
        <location line="+28"/>
        <location filename="../app/cli/cliquality.cpp" line="+99"/>
        <location filename="../app/cli/clireview.cpp" line="+44"/>
        <source>TASK</source>
        <translation>TASK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a task, by id or by its (unique) name</source>
        <translation>a task, by id or by its (unique) name</translation>
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
        <translation>an item id</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/cliannotations.cpp" line="-135"/>
        <location line="+135"/>
        <location filename="../app/cli/cliquality.cpp" line="+108"/>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of: %1</source>
        <translation>one of: %1</translation>
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
        <translation>a label of the task&apos;s schema (for answers: the question id)</translation>
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
        <translation>the geometry or answer, e.g. {&quot;x&quot;:1,&quot;y&quot;:2,&quot;w&quot;:30,&quot;h&quot;:40} for a box</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribute values, e.g. {&quot;schade&quot;:3}</source>
        <translation>attribute values, e.g. {&quot;schade&quot;:3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the package file to write; it must not exist yet, and its folder must (folders are not created)</source>
        <translation>the package file to write; it must not exist yet, and its folder must (folders are not created)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A/B pairs: --media is a folder of NAME_A and NAME_B images, or a CSV file with one &quot;A,B&quot; line per pair</source>
        <translation>A/B pairs: --media is a folder of NAME_A and NAME_B images, or a CSV file with one &quot;A,B&quot; line per pair</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>also carry everyone&apos;s annotations, submissions and reviews</source>
        <translation>also carry everyone&apos;s annotations, submissions and reviews</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>act as this profile, by id or by name (default: the store&apos;s only team lead)</source>
        <translation>act as this profile, by id or by name (default: the store&apos;s only team lead)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the lab&apos;s shared folder</source>
        <translation>the lab&apos;s shared folder</translation>
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
        <translation>the annotators, by id or by name, separated by commas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how many of them label each item (default: the task&apos;s annotators per item)</source>
        <translation>how many of them label each item (default: the task&apos;s annotators per item)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the absent annotator, by id or by name</source>
        <translation>the absent annotator, by id or by name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who takes over the items, by id or by name, separated by commas</source>
        <translation>who takes over the items, by id or by name, separated by commas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one annotator, by id or by name</source>
        <translation>one annotator, by id or by name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WHICH</source>
        <translation>WHICH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which work a dataset export takes: all (every layer, the default), reviewed (layers a reviewer accepted) or consensus (what most people agree on, per item)</source>
        <translation>which work a dataset export takes: all (every layer, the default), reviewed (layers a reviewer accepted) or consensus (what most people agree on, per item)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>load the annotations as suggestions that the layer&apos;s person accepts or rejects one by one (dataset formats)</source>
        <translation>load the annotations as suggestions that the layer&apos;s person accepts or rejects one by one (dataset formats)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>check everything and print what the import would write, but write nothing</source>
        <translation>check everything and print what the import would write, but write nothing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>withdraw the assignment instead of making it</source>
        <translation>withdraw the assignment instead of making it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a frame of the video, counted from 0 in display order</source>
        <translation>a frame of the video, counted from 0 in display order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TC</source>
        <translation>TC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a timecode HH:MM:SS:FF (HH:MM:SS;FF for drop-frame), counted from the video&apos;s start timecode</source>
        <translation>a timecode HH:MM:SS:FF (HH:MM:SS;FF for drop-frame), counted from the video&apos;s start timecode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a format&apos;s id; &quot;formats&quot; lists them</source>
        <translation>a format&apos;s id; &quot;formats&quot; lists them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reviewer&apos;s comment for the annotator</source>
        <translation>the reviewer&apos;s comment for the annotator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the task&apos;s quick comment number N (from 1, in the schema&apos;s order)</source>
        <translation>the task&apos;s quick comment number N (from 1, in the schema&apos;s order)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the annotator&apos;s annotation the comment is about</source>
        <translation>the annotator&apos;s annotation the comment is about</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where on that annotation, e.g. {&quot;frame&quot;: 120} for a video or {&quot;start&quot;: 4, &quot;end&quot;: 9} for a text span</source>
        <translation>where on that annotation, e.g. {&quot;frame&quot;: 120} for a video or {&quot;start&quot;: 4, &quot;end&quot;: 9} for a text span</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for tests and benchmarks: add N annotations, each in its own transaction, printing each id once it is saved</source>
        <translation>for tests and benchmarks: add N annotations, each in its own transaction, printing each id once it is saved</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>whose task this is, by id or by name (default: the store&apos;s only team lead, if it has exactly one)</source>
        <translation>whose task this is, by id or by name (default: the store&apos;s only team lead, if it has exactly one)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder of media files; each one becomes an item, except NAME.ref.csv, NAME.ref.json or NAME.ref.txt beside NAME.txt: that text&apos;s reference document, shown beside it</source>
        <translation>the folder of media files; each one becomes an item, except NAME.ref.csv, NAME.ref.json or NAME.ref.txt beside NAME.txt: that text&apos;s reference document, shown beside it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>where the package&apos;s media files go (default: the folder &quot;media&quot; beside the store)</source>
        <translation>where the package&apos;s media files go (default: the folder &quot;media&quot; beside the store)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>where media files of pulled tasks go (default: the folder &quot;media&quot; beside the store)</source>
        <translation>where media files of pulled tasks go (default: the folder &quot;media&quot; beside the store)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sync as this profile, by id or by name; it must be in the store. A sync always pushes the new work of every profile that works on this PC, so this only checks the name</source>
        <translation>sync as this profile, by id or by name; it must be in the store. A sync always pushes the new work of every profile that works on this PC, so this only checks the name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file to write; it must not exist yet, and its folder must (folders are not created)</source>
        <translation>the file to write; it must not exist yet, and its folder must (folders are not created)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the task to import into, by id or by name; for a format that brings its own task (jsonl), the task the file must hold; for datasets (coco, yolo, voc, labelme, cvat-images, labelstudio-images), without it a new task is made from the dataset&apos;s images</source>
        <translation>the task to import into, by id or by name; for a format that brings its own task (jsonl), the task the file must hold; for datasets (coco, yolo, voc, labelme, cvat-images, labelstudio-images), without it a new task is made from the dataset&apos;s images</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>for datasets (coco, yolo, voc, labelme, cvat-images, labelstudio-images): whose layer the annotations go into, by id or by name (default: the profile that imports; Label Studio&apos;s annotators keep layers of their own)</source>
        <translation>for datasets (coco, yolo, voc, labelme, cvat-images, labelstudio-images): whose layer the annotations go into, by id or by name (default: the profile that imports; Label Studio&apos;s annotators keep layers of their own)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the profile recorded as having made the import, by id or by name (default: the store&apos;s only team lead)</source>
        <translation>the profile recorded as having made the import, by id or by name (default: the store&apos;s only team lead)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PNG to write; it must not exist yet, and its folder must (folders are not created)</source>
        <translation>the PNG to write; it must not exist yet, and its folder must (folders are not created)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>print who would get which number of items, but write nothing</source>
        <translation>print who would get which number of items, but write nothing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the profile that signs the package, by id or by name (default: the store&apos;s only team lead, else the first profile of this PC)</source>
        <translation>the profile that signs the package, by id or by name (default: the store&apos;s only team lead, else the first profile of this PC)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliannotations.cpp" line="-275"/>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: not valid JSON at byte %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: must be a JSON object ({…})</source>
        <translation>%1: must be a JSON object ({…})</translation>
    </message>
    <message>
        <location filename="../app/cli/cliprofiles.cpp" line="-53"/>
        <source>NAME [--role annotator|reviewer|teamlead]</source>
        <translation>NAME [--role annotator|reviewer|teamlead]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a user profile and prints its id.</source>
        <translation>Adds a user profile and prints its id.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists the profiles.</source>
        <translation>Lists the profiles.</translation>
    </message>
    <message>
        <location filename="../app/cli/clitasks.cpp" line="-147"/>
        <source>Lists the tasks.</source>
        <translation>Lists the tasks.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TASK --annotators P1,P2,... [--per-item N] [--as PROFILE]</source>
        <translation>TASK --annotators P1,P2,... [--per-item N] [--as PROFILE]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigns the annotators to the task&apos;s items in turn (round-robin), N per item; assignments made before are kept. Or, with --item ITEM --annotator PROFILE [--remove] instead of --annotators, assigns one item to one annotator (or withdraws it). Done by the team lead: --as, else the store&apos;s only team lead.</source>
        <translation>Assigns the annotators to the task&apos;s items in turn (round-robin), N per item; assignments made before are kept. Or, with --item ITEM --annotator PROFILE [--remove] instead of --annotators, assigns one item to one annotator (or withdraws it). Done by the team lead: --as, else the store&apos;s only team lead.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>TASK --share DIR [--as PROFILE]</source>
        <translation>TASK --share DIR [--as PROFILE]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publishes the task as its next version, tasks/&lt;task&gt;/task-v&lt;N&gt;.zip on the shared folder, as the team lead (--as, else the store&apos;s only team lead), and prints the path of the file written.</source>
        <translation>Publishes the task as its next version, tasks/&lt;task&gt;/task-v&lt;N&gt;.zip on the shared folder, as the team lead (--as, else the store&apos;s only team lead), and prints the path of the file written.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliannotations.cpp" line="+27"/>
        <source>Lists the items of a task (by id or by name).</source>
        <translation>Lists the items of a task (by id or by name).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--task TASK --item ITEM --kind KIND --label LABEL --value JSON [--attributes JSON] --author PROFILE [--repeat N]</source>
        <translation>--task TASK --item ITEM --kind KIND --label LABEL --value JSON [--attributes JSON] --author PROFILE [--repeat N]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds an annotation to an item and prints its id once it is saved.</source>
        <translation>Adds an annotation to an item and prints its id once it is saved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[--task TASK] [--item ITEM] [--author PROFILE]</source>
        <translation>[--task TASK] [--item ITEM] [--author PROFILE]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists annotations, all or those matching every filter given.</source>
        <translation>Lists annotations, all or those matching every filter given.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shows items per status and annotations per label and per author.</source>
        <translation>Shows items per status and annotations per label and per author.</translation>
    </message>
    <message>
        <location filename="../app/cli/clishare.cpp" line="-22"/>
        <source>TASK --out FILE [--with-work] [--as PROFILE]</source>
        <translation>TASK --out FILE [--with-work] [--as PROFILE]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the task&apos;s package (schema, items, assignments and media) to FILE and prints its path. FILE must not exist yet and its folder must: folders are not created. With --with-work it also carries everyone&apos;s work.</source>
        <translation>Writes the task&apos;s package (schema, items, assignments and media) to FILE and prints its path. FILE must not exist yet and its folder must: folders are not created. With --with-work it also carries everyone&apos;s work.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>FILE [--media DIR]</source>
        <translation>FILE [--media DIR]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks a package completely, then applies it to the store in one transaction: all of it or nothing. Importing it again applies nothing.</source>
        <translation>Checks a package completely, then applies it to the store in one transaction: all of it or nothing. Importing it again applies nothing.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checks a package without changing anything and prints what it holds. Checking stops at the first problem, which is printed with the file&apos;s name (exit status 1).</source>
        <translation>Checks a package without changing anything and prints what it holds. Checking stops at the first problem, which is printed with the file&apos;s name (exit status 1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--share DIR [--as PROFILE] [--media DIR]</source>
        <translation>--share DIR [--as PROFILE] [--media DIR]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls new task versions and others&apos; work from the shared folder, then pushes the new work of every profile that works on this PC, and prints what it did. A share that cannot be reached is not an error: it prints &quot;share not reachable: DIR (offline)&quot; and exits with 0. Files that fail their checks are skipped, each listed as a problem. On a new PC the first sync creates the store.</source>
        <translation>Pulls new task versions and others&apos; work from the shared folder, then pushes the new work of every profile that works on this PC, and prints what it did. A share that cannot be reached is not an error: it prints &quot;share not reachable: DIR (offline)&quot; and exits with 0. Files that fail their checks are skipped, each listed as a problem. On a new PC the first sync creates the store.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliformats.cpp" line="-75"/>
        <source>Lists the formats a task can be exported to or imported from, with their versions and the annotation kinds they carry (docs/formats.md).</source>
        <translation>Lists the formats a task can be exported to or imported from, with their versions and the annotation kinds they carry (docs/formats.md).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TASK --format FORMAT --out FILE [--annotator PROFILE | --select all|reviewed|consensus]</source>
        <translation>TASK --format FORMAT --out FILE [--annotator PROFILE | --select all|reviewed|consensus]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writes the task in a format (see &quot;formats&quot;) to FILE and prints its path. FILE appears complete or not at all; it must not exist yet.</source>
        <translation>Writes the task in a format (see &quot;formats&quot;) to FILE and prints its path. FILE appears complete or not at all; it must not exist yet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checks the whole file, then imports it in one transaction, and prints the task&apos;s id. A problem is printed as &quot;FILE:LINE: problem&quot; (exit status 1) and nothing is imported.</source>
        <translation>Checks the whole file, then imports it in one transaction, and prints the task&apos;s id. A problem is printed as &quot;FILE:LINE: problem&quot; (exit status 1) and nothing is imported.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+97"/>
        <source>Usage: %1 [--store PATH] [--json] %2</source>
        <translation>Usage: %1 [--store PATH] [--json] %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>--%1: &quot;%2&quot; is not a whole number of 1 or more</source>
        <translation>--%1: &quot;%2&quot; is not a whole number of 1 or more</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown option &quot;%1%2&quot;; see &quot;%3 --help&quot;</source>
        <translation>unknown option &quot;%1%2&quot;; see &quot;%3 --help&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; see &quot;%2 --help&quot;</source>
        <translation>%1; see &quot;%2 --help&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no command given; see &quot;%1 --help&quot;</source>
        <translation>no command given; see &quot;%1 --help&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+65"/>
        <source>unknown command &quot;%1&quot;; see &quot;%2 --help&quot;</source>
        <translation>unknown command &quot;%1&quot;; see &quot;%2 --help&quot;</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>see &quot;%1 help %2&quot;</source>
        <translation>see &quot;%1 help %2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has no option --%2; %3</source>
        <translation>&quot;%1&quot; has no option --%2; %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; needs --%2 %3; %4</source>
        <translation>&quot;%1&quot; needs --%2 %3; %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs %2; %3</source>
        <translation>&quot;%1&quot; needs %2; %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot;: unexpected argument &quot;%2&quot;; %3</source>
        <translation>&quot;%1&quot;: unexpected argument &quot;%2&quot;; %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 %2 (store version %3)</source>
        <translation>%1 %2 (store version %3)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+26"/>
        <source>Global options (before or after the command):</source>
        <translation>Global options (before or after the command):</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Usage: %1 [--store PATH] [--json] COMMAND [ARGUMENTS]</source>
        <translation>Usage: %1 [--store PATH] [--json] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Exit status: 0 success; 1 the work failed (bad file, bad store, invalid input) and nothing was changed; 2 the command line is wrong (unknown command or option, missing or malformed argument). A failure prints one line on stderr: &quot;%1: &lt;message&gt;&quot;. A shared folder that cannot be reached is no failure for &quot;sync&quot;: it exits with 0 and says &quot;(offline)&quot;.</source>
        <translation>Exit status: 0 success; 1 the work failed (bad file, bad store, invalid input) and nothing was changed; 2 the command line is wrong (unknown command or option, missing or malformed argument). A failure prints one line on stderr: &quot;%1: &lt;message&gt;&quot;. A shared folder that cannot be reached is no failure for &quot;sync&quot;: it exits with 0 and says &quot;(offline)&quot;.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>only this person&apos;s layer, by id or by name (default: every layer; formats that keep layers apart, such as jsonl, always write every layer)</source>
        <translation>only this person&apos;s layer, by id or by name (default: every layer; formats that keep layers apart, such as jsonl, always write every layer)</translation>
    </message>
    <message>
        <location line="+322"/>
        <source>Annostraat from the command line: profiles, tasks, annotations and statistics in the store; task and results packages; sync with the lab&apos;s shared folder; export and import in other formats.</source>
        <translation>Annostraat from the command line: profiles, tasks, annotations and statistics in the store; task and results packages; sync with the lab&apos;s shared folder; export and import in other formats.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shows this text, or the usage of one command.</source>
        <translation>Shows this text, or the usage of one command.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Advanced option of &quot;annotation add&quot;:</source>
        <translation>Advanced option of &quot;annotation add&quot;:</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+106"/>
        <source>%1: there is no store here yet (&quot;profile add&quot; and &quot;task create&quot; create one)</source>
        <translation>%1: there is no store here yet (&quot;profile add&quot; and &quot;task create&quot; create one)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: there is no task &quot;%2&quot;; &quot;task list&quot; shows them</source>
        <translation>%1: there is no task &quot;%2&quot;; &quot;task list&quot; shows them</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 tasks are named &quot;%3&quot;; give the task id instead</source>
        <translation>%1: %2 tasks are named &quot;%3&quot;; give the task id instead</translation>
    </message>
    <message>
        <location filename="../app/cli/cliprofiles.cpp" line="+10"/>
        <source>--role: unknown role &quot;%1&quot;; known roles: %2</source>
        <translation>--role: unknown role &quot;%1&quot;; known roles: %2</translation>
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
        <translation>%1: cannot read the instructions: %2</translation>
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
        <translation>%1: there is no profile &quot;%2&quot;; &quot;profile list&quot; shows them</translation>
    </message>
    <message>
        <location filename="../app/cli/clitasks.cpp" line="-174"/>
        <source>note: skipped &quot;%1&quot; (not an image, video or .txt text)</source>
        <translation>note: skipped &quot;%1&quot; (not an image, video or .txt text)</translation>
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
        <translation>TASK [--kind KIND]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well the task&apos;s people agree, per pair and overall. Drawn work is matched per kind (boxes and polygons by IoU, other kinds by their own measure, with the schema&apos;s &quot;agreement&quot; threshold and tolerances): matched, only one person&apos;s, F1 and label agreement. Answers: Cohen&apos;s kappa per pair (weighted too for ratings), Fleiss&apos; kappa and Krippendorff&apos;s alpha over everyone. --kind limits it to one kind (&quot;answer&quot; for the questions).</source>
        <translation>How well the task&apos;s people agree, per pair and overall. Drawn work is matched per kind (boxes and polygons by IoU, other kinds by their own measure, with the schema&apos;s &quot;agreement&quot; threshold and tolerances): matched, only one person&apos;s, F1 and label agreement. Answers: Cohen&apos;s kappa per pair (weighted too for ratings), Fleiss&apos; kappa and Krippendorff&apos;s alpha over everyone. --kind limits it to one kind (&quot;answer&quot; for the questions).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>TASK ITEM [--as TEAMLEAD]</source>
        <translation>TASK ITEM [--as TEAMLEAD]</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Marks ITEM as a gold item, with the team lead&apos;s own layer on it as the reference (draw it, or import it, first). Annotators are never shown that an item is gold.</source>
        <translation>Marks ITEM as a gold item, with the team lead&apos;s own layer on it as the reference (draw it, or import it, first). Annotators are never shown that an item is gold.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Makes ITEM an ordinary item again.</source>
        <translation>Makes ITEM an ordinary item again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each person&apos;s score against the task&apos;s gold items, per kind of drawn work (2 x correct / (theirs + the reference&apos;s); a match with another label is not correct) and per question (the share answered as the reference).</source>
        <translation>Each person&apos;s score against the task&apos;s gold items, per kind of drawn work (2 x correct / (theirs + the reference&apos;s); a match with another label is not correct) and per question (the share answered as the reference).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A match needs an agreement of at least %1 (IoU for boxes and polygons); tolerance %2 px, %3 frames</source>
        <translation>A match needs an agreement of at least %1 (IoU for boxes and polygons); tolerance %2 px, %3 frames</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fewer than two people have work on the same item: there is nothing to compare.</source>
        <translation>Fewer than two people have work on the same item: there is nothing to compare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drawn work</source>
        <translation>Drawn work</translation>
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
        <translation>PEOPLE</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>MATCHED</source>
        <translation>MATCHED</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ONLY FIRST</source>
        <translation>ONLY FIRST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ONLY SECOND</source>
        <translation>ONLY SECOND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SAME LABEL</source>
        <translation>SAME LABEL</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QUESTION</source>
        <translation>QUESTION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MEASURE</source>
        <translation>MEASURE</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: task &quot;%2&quot; has no item &quot;%3&quot;; &quot;item list %4&quot; shows them</source>
        <translation>%1: task &quot;%2&quot; has no item &quot;%3&quot;; &quot;item list %4&quot; shows them</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 has no annotations on item %3 yet; the reference of a gold item is the team lead&apos;s own layer: draw or import it first</source>
        <translation>%1: %2 has no annotations on item %3 yet; the reference of a gold item is the team lead&apos;s own layer: draw or import it first</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: item %2 is a gold item, with %3&apos;s layer as the reference</source>
        <translation>%1: item %2 is a gold item, with %3&apos;s layer as the reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: item %2 is no longer a gold item</source>
        <translation>%1: item %2 is no longer a gold item</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Gold items: %1</source>
        <translation>Gold items: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No item is marked gold: &quot;gold mark TASK ITEM&quot; marks one.</source>
        <translation>No item is marked gold: &quot;gold mark TASK ITEM&quot; marks one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody has marked a gold item done yet: there is nothing to score.</source>
        <translation>Nobody has marked a gold item done yet: there is nothing to score.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>WORK</source>
        <translation>WORK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CORRECT</source>
        <translation>CORRECT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WRONG</source>
        <translation>WRONG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MISSED</source>
        <translation>MISSED</translation>
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
        <translation>ORDER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/cliquality.cpp" line="-227"/>
        <source>--kind: unknown kind &quot;%1&quot;; known kinds: %2</source>
        <translation>--kind: unknown kind &quot;%1&quot;; known kinds: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../app/cli/clitasks.cpp" line="-69"/>
        <source>%1: task &quot;%2&quot; has no item &quot;%3&quot;; &quot;item list&quot; shows them</source>
        <translation>%1: task &quot;%2&quot; has no item &quot;%3&quot;; &quot;item list&quot; shows them</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the annotation was not added: %1</source>
        <translation>the annotation was not added: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: task &quot;%2&quot; has no item &quot;%3&quot;</source>
        <translation>%1: task &quot;%2&quot; has no item &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: there is no item &quot;%2&quot;</source>
        <translation>%1: there is no item &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+49"/>
        <source>AUTHOR</source>
        <translation>AUTHOR</translation>
    </message>
    <message>
        <location line="-49"/>
        <location filename="../app/cli/cliquality.cpp" line="+110"/>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATTRIBUTES</source>
        <translation>ATTRIBUTES</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../app/cli/cliquality.cpp" line="-53"/>
        <location line="+147"/>
        <location filename="../app/cli/clireview.cpp" line="-31"/>
        <source>Task: %1 (%2)</source>
        <translation>Task: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations: %1</source>
        <translation>Annotations: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>COUNT</source>
        <translation>COUNT</translation>
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
        <translation>Annotations per label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations per author</source>
        <translation>Annotations per author</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="-126"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1: %2 is a profile with the role %3; only a team lead publishes and assigns tasks</source>
        <translation>%1: %2 is a profile with the role %3; only a team lead publishes and assigns tasks</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the store has no team lead profile; add one with &quot;profile add NAME --role teamlead&quot;</source>
        <translation>%1: the store has no team lead profile; add one with &quot;profile add NAME --role teamlead&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the store has %2 team lead profiles; choose one with --as PROFILE</source>
        <translation>%1: the store has %2 team lead profiles; choose one with --as PROFILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no profile works on this PC yet to sign the package; choose one with --as PROFILE</source>
        <translation>%1: no profile works on this PC yet to sign the package; choose one with --as PROFILE</translation>
    </message>
    <message>
        <location filename="../app/cli/clishare.cpp" line="-190"/>
        <source>%1: the folder does not exist; &quot;package export&quot; does not create folders, make it first</source>
        <translation>%1: the folder does not exist; &quot;package export&quot; does not create folders, make it first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file already exists; a package is written once and never replaced</source>
        <translation>%1: the file already exists; a package is written once and never replaced</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>writing media</source>
        <translation>writing media</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>importing media</source>
        <translation>importing media</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>imported: %1 (%2 package of task %3, version %4)</source>
        <translation>imported: %1 (%2 package of task %3, version %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ops: %1 received, %2 applied</source>
        <translation>ops: %1 received, %2 applied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>media: %1 extracted, %2 already present (in %3)</source>
        <translation>media: %1 extracted, %2 already present (in %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>checking</source>
        <translation>checking</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>valid: %1</source>
        <translation>valid: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind: %1 (format version %2)</source>
        <translation>kind: %1 (format version %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>task: %1, version %2</source>
        <translation>task: %1, version %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>producer: %1 (%2) on device %3</source>
        <translation>producer: %1 (%2) on device %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created: %1</source>
        <translation>created: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>items: %1</source>
        <translation>items: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ops: %1</source>
        <translation>ops: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entries: %1 (%2 media), %3 uncompressed</source>
        <translation>entries: %1 (%2 media), %3 uncompressed</translation>
    </message>
    <message>
        <location filename="../app/cli/clitasks.cpp" line="-200"/>
        <source>--name NAME --schema FILE --media DIR [--pairs] [--instructions FILE.md] [--client NAME] [--annotators-per-item N] [--author PROFILE]</source>
        <translation>--name NAME --schema FILE --media DIR [--pairs] [--instructions FILE.md] [--client NAME] [--annotators-per-item N] [--author PROFILE]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creates a task from a label schema and a folder of media and prints its id. Files that are no media are skipped, each with a note on stderr. Pictures in the instructions are taken into the task, so annotators see them on their own PCs. Every file is checked before anything is written.</source>
        <translation>Creates a task from a label schema and a folder of media and prints its id. Files that are no media are skipped, each with a note on stderr. Pictures in the instructions are taken into the task, so annotators see them on their own PCs. Every file is checked before anything is written.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>TASK --from PROFILE --to P1,P2,... [--dry-run] [--as PROFILE]</source>
        <translation>TASK --from PROFILE --to P1,P2,... [--dry-run] [--as PROFILE]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves an absent annotator&apos;s unfinished items (not marked done, flagged or skipped) to the others in turn, never to someone who has the item already, in one transaction, and prints each person&apos;s items before and after. Their finished work stays theirs. Done by the team lead: --as, else the store&apos;s only team lead.</source>
        <translation>Moves an absent annotator&apos;s unfinished items (not marked done, flagged or skipped) to the others in turn, never to someone who has the item already, in one transaction, and prints each person&apos;s items before and after. Their finished work stays theirs. Done by the team lead: --as, else the store&apos;s only team lead.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>CLIENT</source>
        <translation>CLIENT</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>see &quot;%1 help task assign&quot;</source>
        <translation>see &quot;%1 help task assign&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;task assign&quot; takes either --annotators or --item with --annotator, not both; %1</source>
        <translation>&quot;task assign&quot; takes either --annotators or --item with --annotator, not both; %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;task assign&quot; needs --annotators P1,P2,... or --item ITEM --annotator PROFILE; %1</source>
        <translation>&quot;task assign&quot; needs --annotators P1,P2,... or --item ITEM --annotator PROFILE; %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;task assign&quot; needs both --item ITEM and --annotator PROFILE; %1</source>
        <translation>&quot;task assign&quot; needs both --item ITEM and --annotator PROFILE; %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--per-item goes with --annotators; %1</source>
        <translation>--per-item goes with --annotators; %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>assigned item %1 to %2</source>
        <translation>assigned item %1 to %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>withdrew item %1 from %2</source>
        <translation>withdrew item %1 from %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--annotators: %1 is named twice</source>
        <translation>--annotators: %1 is named twice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--annotators: name at least one annotator; %1</source>
        <translation>--annotators: name at least one annotator; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 annotators per item is not possible with %2 annotators%3</source>
        <translation>%1 annotators per item is not possible with %2 annotators%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (the task&apos;s annotators per item); choose fewer with --per-item N</source>
        <translation> (the task&apos;s annotators per item); choose fewer with --per-item N</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n new assignment(s), %1 per item</source>
        <translation>
            <numerusform>%n new assignment, %1 per item</numerusform>
            <numerusform>%n new assignments, %1 per item</numerusform>
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
        <translation>--to: %1 is named twice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--to: name at least one annotator; see &quot;%1 help task reassign&quot;</source>
        <translation>--to: name at least one annotator; see &quot;%1 help task reassign&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n item(s) of %1 would move (nothing written)</source>
        <translation>
            <numerusform>%n item of %1 would move (nothing written)</numerusform>
            <numerusform>%n items of %1 would move (nothing written)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) of %1 moved</source>
        <translation>
            <numerusform>%n item of %1 moved</numerusform>
            <numerusform>%n items of %1 moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s) stay with %1: everyone named has them already</source>
        <translation>
            <numerusform>%n item stays with %1: everyone named has it already</numerusform>
            <numerusform>%n items stay with %1: everyone named has them already</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BEFORE</source>
        <translation>BEFORE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AFTER</source>
        <translation>AFTER</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>publishing %1</source>
        <translation>publishing %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clishare.cpp" line="+30"/>
        <source>share not reachable: %1 (offline)</source>
        <translation>share not reachable: %1 (offline)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>looking</source>
        <translation>looking</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pulling</source>
        <translation>pulling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pushing</source>
        <translation>pushing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publishing</source>
        <translation>publishing</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>share: %1</source>
        <translation>share: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pulled: %1 files imported, %2 refused, %3 ops applied</source>
        <translation>pulled: %1 files imported, %2 refused, %3 ops applied</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not taken in: %1 to try again at the next sync, %2 refused earlier</source>
        <translation>not taken in: %1 to try again at the next sync, %2 refused earlier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pushed: %1 files written, %2 ops pushed</source>
        <translation>pushed: %1 files written, %2 ops pushed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elapsed: %1 ms</source>
        <translation>elapsed: %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the share went away during the sync (offline); the next sync goes on from here</source>
        <translation>the share went away during the sync (offline); the next sync goes on from here</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>problem: %1</source>
        <translation>problem: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cliformats.cpp" line="-176"/>
        <source>FILE --format FORMAT [--task TASK] [--as PROFILE] [--annotator PROFILE] [--suggestions] [--dry-run]</source>
        <translation>FILE --format FORMAT [--task TASK] [--as PROFILE] [--annotator PROFILE] [--suggestions] [--dry-run]</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EXTENSION</source>
        <translation>EXTENSION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DOES</source>
        <translation>DOES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ANNOTATION KINDS</source>
        <translation>ANNOTATION KINDS</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--format: &quot;%1&quot; is no format to export to; formats that can: %2</source>
        <translation>--format: &quot;%1&quot; is no format to export to; formats that can: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the folder does not exist; &quot;export&quot; does not create folders, make it first</source>
        <translation>%1: the folder does not exist; &quot;export&quot; does not create folders, make it first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file already exists; &quot;export&quot; never replaces a file, choose another name or remove it first</source>
        <translation>%1: the file already exists; &quot;export&quot; never replaces a file, choose another name or remove it first</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--select: &quot;%1&quot; is not one of: all, reviewed, consensus</source>
        <translation>--select: &quot;%1&quot; is not one of: all, reviewed, consensus</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--format: &quot;%1&quot; is no format to import from; formats that can: %2</source>
        <translation>--format: &quot;%1&quot; is no format to import from; formats that can: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;import --format %1&quot; needs --task TASK: the task to import into</source>
        <translation>&quot;import --format %1&quot; needs --task TASK: the task to import into</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: there is no such file</source>
        <translation>%1: there is no such file</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot make a temporary folder for the dry run</source>
        <translation>cannot make a temporary folder for the dry run</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Would import into &quot;%1&quot; (nothing was written):</source>
        <translation>Would import into &quot;%1&quot; (nothing was written):</translation>
    </message>
    <message>
        <location filename="../app/cli/clivideo.cpp" line="+1"/>
        <source>Prints what the video&apos;s packet index says: codec, size, frames (in display order), frame rate, duration, start timecode, the longest keyframe interval and the audio. The first run reads the whole file; the index is cached for the next.</source>
        <translation>Prints what the video&apos;s packet index says: codec, size, frames (in display order), frame rate, duration, start timecode, the longest keyframe interval and the audio. The first run reads the whole file; the index is cached for the next.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>FILE (--frame N | --timecode TC) --out PNG</source>
        <translation>FILE (--frame N | --timecode TC) --out PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes exactly that frame (frames count from 0 in display order; a timecode counts from the video&apos;s start timecode) as a PNG and prints its path. PNG must not exist yet.</source>
        <translation>Writes exactly that frame (frames count from 0 in display order; a timecode counts from the video&apos;s start timecode) as a PNG and prints its path. PNG must not exist yet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file: %1</source>
        <translation>file: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codec: %1 (stream %2)</source>
        <translation>codec: %1 (stream %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size: %1 × %2</source>
        <translation>size: %1 × %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frames: %1</source>
        <translation>frames: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame rate: %1 (%2/%3)</source>
        <translation>frame rate: %1 (%2/%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duration: %1 s</source>
        <translation>duration: %1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start timecode: %1</source>
        <translation>start timecode: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keyframe interval: %1 frames (longest)</source>
        <translation>keyframe interval: %1 frames (longest)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audio: %1 Hz, %2 channels</source>
        <translation>audio: %1 Hz, %2 channels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audio: %1</source>
        <translation>audio: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;video frame&quot; needs either --frame N or --timecode TC; see &quot;%1 help video frame&quot;</source>
        <translation>&quot;video frame&quot; needs either --frame N or --timecode TC; see &quot;%1 help video frame&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--frame: &quot;%1&quot; is not a whole number of 0 or more</source>
        <translation>--frame: &quot;%1&quot; is not a whole number of 0 or more</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the folder does not exist; &quot;video frame&quot; does not create folders, make it first</source>
        <translation>%1: the folder does not exist; &quot;video frame&quot; does not create folders, make it first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file already exists; &quot;video frame&quot; never replaces a file, choose another name or remove it first</source>
        <translation>%1: the file already exists; &quot;video frame&quot; never replaces a file, choose another name or remove it first</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the file&apos;s start timecode &quot;%2&quot; cannot be read: %3</source>
        <translation>%1: the file&apos;s start timecode &quot;%2&quot; cannot be read: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the video has no frame rate, so a timecode names no frame</source>
        <translation>%1: the video has no frame rate, so a timecode names no frame</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--timecode: %1</source>
        <translation>--timecode: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: frame %2 is not in the video (frames 0 to %3)</source>
        <translation>%1: frame %2 is not in the video (frames 0 to %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the PNG could not be written: %2</source>
        <translation>%1: the PNG could not be written: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/clireview.cpp" line="-82"/>
        <source>The task&apos;s review queue: each person&apos;s work on an item that the task&apos;s review policy picks (sample, first items, disagreement, flagged) or that had a verdict, with why, and where it stands: pending, feedback (rejected, with its author again), accepted or corrected.</source>
        <translation>The task&apos;s review queue: each person&apos;s work on an item that the task&apos;s review policy picks (sample, first items, disagreement, flagged) or that had a verdict, with why, and where it stands: pending, feedback (rejected, with its author again), accepted or corrected.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+21"/>
        <source>TASK ITEM ANNOTATOR [--as REVIEWER] [--comment TEXT]</source>
        <translation>TASK ITEM ANNOTATOR [--as REVIEWER] [--comment TEXT]</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Accepts ANNOTATOR&apos;s work on ITEM, as a reviewer or team lead.</source>
        <translation>Accepts ANNOTATOR&apos;s work on ITEM, as a reviewer or team lead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TASK ITEM ANNOTATOR (--comment TEXT | --quick N) [--annotation ID] [--anchor JSON] [--as REVIEWER]</source>
        <translation>TASK ITEM ANNOTATOR (--comment TEXT | --quick N) [--annotation ID] [--anchor JSON] [--as REVIEWER]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejects ANNOTATOR&apos;s work on ITEM with a comment (free text, or the task&apos;s quick comment number N), about one of their annotations when --annotation names it. The item goes back to its author with the comment.</source>
        <translation>Rejects ANNOTATOR&apos;s work on ITEM with a comment (free text, or the task&apos;s quick comment number N), about one of their annotations when --annotation names it. The item goes back to its author with the comment.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fix and accept: the reviewer&apos;s correction is their own layer, ANNOTATOR&apos;s stays as it is. When the reviewer has no layer on ITEM yet, ANNOTATOR&apos;s annotations are copied into it to be corrected; their ids are printed.</source>
        <translation>Fix and accept: the reviewer&apos;s correction is their own layer, ANNOTATOR&apos;s stays as it is. When the reviewer has no layer on ITEM yet, ANNOTATOR&apos;s annotations are copied into it to be corrected; their ids are printed.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The task&apos;s schema has no review policy: only work that had a verdict is listed.</source>
        <translation>The task&apos;s schema has no review policy: only work that had a verdict is listed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to review.</source>
        <translation>Nothing to review.</translation>
    </message>
    <message>
        <location filename="../app/cli/cliquality.cpp" line="+22"/>
        <location filename="../app/cli/clireview.cpp" line="+12"/>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <location filename="../app/cli/clireview.cpp" line="+0"/>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHY</source>
        <translation>WHY</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--quick: task &quot;%1&quot; has no quick comments (the schema&apos;s &quot;review&quot;: {&quot;quickComments&quot;: [...]})</source>
        <translation>--quick: task &quot;%1&quot; has no quick comments (the schema&apos;s &quot;review&quot;: {&quot;quickComments&quot;: [...]})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--quick: a number from 1 to %1 (the task&apos;s quick comments)</source>
        <translation>--quick: a number from 1 to %1 (the task&apos;s quick comments)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>review reject needs --comment TEXT (or --quick N): what the annotator should change</source>
        <translation>review reject needs --comment TEXT (or --quick N): what the annotator should change</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--anchor: not a JSON object, e.g. {&quot;frame&quot;: 120} or {&quot;start&quot;: 4, &quot;end&quot;: 9}</source>
        <translation>--anchor: not a JSON object, e.g. {&quot;frame&quot;: 120} or {&quot;start&quot;: 4, &quot;end&quot;: 9}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--anchor needs --annotation: the anchor is a place on that annotation</source>
        <translation>--anchor needs --annotation: the anchor is a place on that annotation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2&apos;s work on item %3 is %4 by %5</source>
        <translation>%1: %2&apos;s work on item %3 is %4 by %5</translation>
    </message>
</context>
<context>
    <name>annostraat::Commands</name>
    <message>
        <location filename="../core/document/commands.cpp" line="+316"/>
        <source>item &quot;%1&quot; is being reviewed; you can change your work on it again once the reviewer has given a verdict</source>
        <translation>item &quot;%1&quot; is being reviewed; you can change your work on it again once the reviewer has given a verdict</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no annotation &quot;%1&quot; on this item</source>
        <translation>there is no annotation &quot;%1&quot; on this item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annotation &quot;%1&quot; belongs to another person&apos;s layer</source>
        <translation>annotation &quot;%1&quot; belongs to another person&apos;s layer</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Add %1 &quot;%2&quot;</source>
        <translation>Add %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot copy %1 &quot;%2&quot;: %3</source>
        <translation>cannot copy %1 &quot;%2&quot;: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Copy %n annotation(s) from the previous item</source>
        <translation>
            <numerusform>Copy %n annotation from the previous item</numerusform>
            <numerusform>Copy %n annotations from the previous item</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reject suggested %1 &quot;%2&quot;</source>
        <translation>Reject suggested %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 &quot;%2&quot;</source>
        <translation>Delete %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept suggested %1 &quot;%2&quot;</source>
        <translation>Accept suggested %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change label to &quot;%1&quot;</source>
        <translation>Change label to &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set %1</source>
        <translation>Set %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the task has no question &quot;%1&quot;</source>
        <translation>the task has no question &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>question &quot;%1&quot; is not asked for this item</source>
        <translation>question &quot;%1&quot; is not asked for this item</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Clear the answer to &quot;%1&quot;</source>
        <translation>Clear the answer to &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer &quot;%1&quot;</source>
        <translation>Answer &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Mark as &quot;%1&quot;</source>
        <translation>Mark as &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/document/reviewcommands.cpp" line="+106"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix and accept</source>
        <translation>Fix and accept</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 marked this item as gold with their own annotations as the reference; only %1 can take the mark away</source>
        <translation>%1 marked this item as gold with their own annotations as the reference; only %1 can take the mark away</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark as gold</source>
        <translation>Mark as gold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmark gold</source>
        <translation>Unmark gold</translation>
    </message>
</context>
<context>
    <name>annostraat::Consensus</name>
    <message>
        <location filename="../core/quality/consensus.cpp" line="+187"/>
        <source>the consensus cannot settle %1</source>
        <translation>the consensus cannot settle %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the consensus cannot settle the %1 (%2)</source>
        <translation>the consensus cannot settle the %1 (%2)</translation>
    </message>
</context>
<context>
    <name>annostraat::CrackKind</name>
    <message>
        <location filename="../core/model/kinds/crackkind.cpp" line="+29"/>
        <source>no valid line</source>
        <translation>no valid line</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n point(s), %1 px long</source>
        <translation>
            <numerusform>%n point, %1 px long</numerusform>
            <numerusform>%n points, %1 px long</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/kinds/crackkind.h" line="+20"/>
        <source>Crack line</source>
        <translation>Crack line</translation>
    </message>
</context>
<context>
    <name>annostraat::CrackTool</name>
    <message>
        <location filename="../widgets/tools/crack/cracktool.h" line="+19"/>
        <source>Crack points</source>
        <translation>Crack points</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click points along the crack; Enter or a double-click ends it. Backspace removes the last point.</source>
        <translation>Click points along the crack; Enter or a double-click ends it. Backspace removes the last point.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not a crack this way: %1</source>
        <translation>Not a crack this way: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A crack needs at least 2 points; it was not kept.</source>
        <translation>A crack needs at least 2 points; it was not kept.</translation>
    </message>
</context>
<context>
    <name>annostraat::CreateShapeTool</name>
    <message>
        <location filename="../widgets/canvas/createshapetool.cpp" line="+69"/>
        <source>Assisted tracing is on: the line from the last point follows the dark line to the pointer, and a click places its points. Hold Shift for a straight side.</source>
        <translation>Assisted tracing is on: the line from the last point follows the dark line to the pointer, and a click places its points. Hold Shift for a straight side.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By keyboard: the arrows move the cross, Space clicks.</source>
        <translation>By keyboard: the arrows move the cross, Space clicks.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assisted tracing: follows the dark line; Shift for a straight side.</source>
        <translation>Assisted tracing: follows the dark line; Shift for a straight side.</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>The outline as drawn crosses itself and was not kept; the last outline that did not cross itself stays.</source>
        <translation>The outline as drawn crosses itself and was not kept; the last outline that did not cross itself stays.</translation>
    </message>
</context>
<context>
    <name>annostraat::Dashboard</name>
    <message>
        <location filename="../widgets/dashboard/dashboard.cpp" line="+233"/>
        <location line="+8"/>
        <source>My progress</source>
        <translation>My progress</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Task:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Progress</source>
        <translation>&amp;Progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My pro&amp;gress</source>
        <translation>My pro&amp;gress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agreement and gold</source>
        <translation>&amp;Agreement and gold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Most disagreement</source>
        <translation>&amp;Most disagreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How well each person&apos;s work matches the others&apos; and the gold items, per kind of work, week by week</source>
        <translation>How well each person&apos;s work matches the others&apos; and the gold items, per kind of work, week by week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items with &amp;feedback for you (Enter opens one):</source>
        <translation>Items with &amp;feedback for you (Enter opens one):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard pages</source>
        <translation>Dashboard pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress per person</source>
        <translation>Progress per person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items with feedback for you</source>
        <translation>Items with feedback for you</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures per person and kind of work</source>
        <translation>Figures per person and kind of work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items with the most disagreement</source>
        <translation>Items with the most disagreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;igure:</source>
        <translation>F&amp;igure:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of work:</source>
        <translation>&amp;Kind of work:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The items where people&apos;s work differs most. Enter or a double click opens one.</source>
        <translation>The items where people&apos;s work differs most. Enter or a double click opens one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+388"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-390"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+319"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-319"/>
        <location line="+320"/>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location line="-320"/>
        <location line="+321"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location line="-320"/>
        <location line="+322"/>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>Time worked</source>
        <translation>Time worked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items per hour</source>
        <translation>Items per hour</translation>
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
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="-364"/>
        <location line="+365"/>
        <source>Corrected</source>
        <translation>Corrected</translation>
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
        <translation>Disagreement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreement with the others</source>
        <translation>Agreement with the others</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score against gold</source>
        <translation>Score against gold</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement: how well a person&apos;s work matches the others&apos; on the same items. Gold: how well it matches the team lead&apos;s reference on gold items.</source>
        <translation>Agreement: how well a person&apos;s work matches the others&apos; on the same items. Gold: how well it matches the team lead&apos;s reference on gold items.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The figures could not be read: %1</source>
        <translation>The figures could not be read: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(Counting again…)</source>
        <translation>(Counting again…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counting the figures of %1…</source>
        <translation>Counting the figures of %1…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no task yet.</source>
        <translation>There is no task yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own work on this task. Nobody is compared here.</source>
        <translation>Your own work on this task. Nobody is compared here.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n person(s) on this task; %1 of the work done.</source>
        <translation>
            <numerusform>%n person on this task; %1 of the work done.</numerusform>
            <numerusform>%n people on this task; %1 of the work done.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+1"/>
        <source>Question &quot;%1&quot;</source>
        <translation>Question &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="-469"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+458"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Items per person</source>
        <translation>Items per person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your items</source>
        <translation>Your items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart: items per person</source>
        <translation>Chart: items per person</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No feedback waiting.</source>
        <translation>No feedback waiting.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No gold items in this task. A team lead opens an item, draws the right answer and marks it with Team → Gold item (Ctrl+Shift+G); then each person&apos;s score shows here.</source>
        <translation>No gold items in this task. A team lead opens an item, draws the right answer and marks it with Team → Gold item (Ctrl+Shift+G); then each person&apos;s score shows here.</translation>
    </message>
    <message>
        <location line="-420"/>
        <location line="+376"/>
        <source>Review outcomes per person</source>
        <translation>Review outcomes per person</translation>
    </message>
    <message>
        <location line="-511"/>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+512"/>
        <source>Chart: review outcomes per person</source>
        <translation>Chart: review outcomes per person</translation>
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
        <translation>Nothing to compare yet: figures appear once two people have marked the same items done.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n gold item(s) in this task.</source>
        <translation>
            <numerusform>%n gold item in this task.</numerusform>
            <numerusform>%n gold items in this task.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each person against everyone else on the same items.</source>
        <translation>Each person against everyone else on the same items.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Score against gold: %1</source>
        <translation>Score against gold: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement: %1</source>
        <translation>Agreement: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chart: %1 per person per week</source>
        <translation>Chart: %1 per person per week</translation>
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
        <translation>No files were refused for this task.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refused files: these are not taken in and not tried again until they change. Ask the person who made them to sync again.</source>
        <translation>&amp;Refused files: these are not taken in and not tried again until they change. Ask the person who made them to sync again.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who delivered what</source>
        <translation>Who delivered what</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who delivered what, per person</source>
        <translation>Who delivered what, per person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this PC has received from the shared folder, per person. Press F5 in the main window to sync first.</source>
        <translation>What this PC has received from the shared folder, per person. Press F5 in the main window to sync first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Task</source>
        <translation>&amp;Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last file</source>
        <translation>Last file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result and review files taken in from the shared folder</source>
        <translation>Result and review files taken in from the shared folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When this PC took in the person&apos;s latest file</source>
        <translation>When this PC took in the person&apos;s latest file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person and file</source>
        <translation>Person and file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody has been assigned or delivered anything for this task yet.</source>
        <translation>Nobody has been assigned or delivered anything for this task yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this overview (Enter or Esc)</source>
        <translation>Close this overview (Enter or Esc)</translation>
    </message>
</context>
<context>
    <name>annostraat::DemoTask</name>
    <message>
        <location filename="../app/gui/demotask.cpp" line="+25"/>
        <source>Demo 1: dike cracks</source>
        <translation>Demo 1: dike cracks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo 2: train buffers</source>
        <translation>Demo 2: train buffers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo 3: lamp posts</source>
        <translation>Demo 3: lamp posts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo 4: erosion</source>
        <translation>Demo 4: erosion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo 5: thumbnails</source>
        <translation>Demo 5: thumbnails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo 6: A/B thumbnails</source>
        <translation>Demo 6: A/B thumbnails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo 7: news</source>
        <translation>Demo 7: news</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo 8: CVs</source>
        <translation>Demo 8: CVs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo 9: weather reports</source>
        <translation>Demo 9: weather reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo 10: program parts</source>
        <translation>Demo 10: program parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo 11: ad breaks</source>
        <translation>Demo 11: ad breaks</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1: cannot create the folder for the demo media</source>
        <translation>%1: cannot create the folder for the demo media</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: cannot copy the demo file</source>
        <translation>%1: cannot copy the demo file</translation>
    </message>
</context>
<context>
    <name>annostraat::DisplayNames</name>
    <message>
        <location filename="../core/model/displaynames.cpp" line="+10"/>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
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
        <translation>Team lead</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image pair</source>
        <translation>Image pair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
</context>
<context>
    <name>annostraat::ExportDialog</name>
    <message>
        <location filename="../app/gui/exportdialog.cpp" line="+175"/>
        <source>Export a task</source>
        <translation>Export a task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a task&apos;s items and everyone&apos;s work to a file in a format a client can read. Nothing in the store changes.</source>
        <translation>Write a task&apos;s items and everyone&apos;s work to a file in a format a client can read. Nothing in the store changes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Task:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whose work:</source>
        <translation>&amp;Whose work:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (.%2, version %3)</source>
        <translation>%1 (.%2, version %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everyone&apos;s work, each person&apos;s layer</source>
        <translation>Everyone&apos;s work, each person&apos;s layer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only work a reviewer accepted</source>
        <translation>Only work a reviewer accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consensus: what most people agree on, per item</source>
        <translation>The consensus: what most people agree on, per item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1&apos;s work</source>
        <translation>Only %1&apos;s work</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Formats that keep the whole task (JSON Lines, the answers table) always write everyone&apos;s work</source>
        <translation>Formats that keep the whole task (JSON Lines, the answers table) always write everyone&apos;s work</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The export is still running; it cannot be stopped halfway. Close this window when it is done.</source>
        <translation>The export is still running; it cannot be stopped halfway. Close this window when it is done.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No format can export this task.</source>
        <translation>No format can export this task.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Counting what the export will hold…</source>
        <translation>Counting what the export will hold…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The export will hold nothing: this choice has no work.</source>
        <translation>The export will hold nothing: this choice has no work.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export will hold: %1.</source>
        <translation>The export will hold: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This export cannot be made: %1</source>
        <translation>This export cannot be made: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The folder %1 does not exist. Choose another file.</source>
        <translation>The folder %1 does not exist. Choose another file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Replace it with this export?</source>
        <translation>%1 already exists. Replace it with this export?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Done: the task is in %1.</source>
        <translation>Done: the task is in %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export did not succeed, and no file was written: %1</source>
        <translation>The export did not succeed, and no file was written: %1</translation>
    </message>
</context>
<context>
    <name>annostraat::ExportSelection</name>
    <message>
        <location filename="../core/formats/exportselection.cpp" line="+52"/>
        <source>choose one person&apos;s layer or the %1 work, not both</source>
        <translation>choose one person&apos;s layer or the %1 work, not both</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>there is no profile &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>annostraat::FallbackEditor</name>
    <message>
        <location filename="../widgets/editor/fallbackeditor.cpp" line="+46"/>
        <source>This version cannot show items of the kind “%1” yet:
%2</source>
        <translation>This version cannot show items of the kind “%1” yet:
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can still answer the questions, or skip the item.</source>
        <translation>You can still answer the questions, or skip the item.</translation>
    </message>
</context>
<context>
    <name>annostraat::FeedbackBox</name>
    <message>
        <location filename="../widgets/review/feedbackbox.cpp" line="+74"/>
        <source>There is feedback on this item</source>
        <translation>There is feedback on this item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 wrote: “%2”</source>
        <translation>%1 wrote: “%2”</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>About: %1</source>
        <translation>About: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select this annotation on the item</source>
        <translation>Select this annotation on the item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About: %1, %2</source>
        <comment>%1: an annotation; %2: where on it, e.g. &quot;at 00:00:41:09&quot;</comment>
        <translation>About: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select this annotation and go to that place on it</source>
        <translation>Select this annotation and go to that place on it</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>About an annotation you have removed since</source>
        <translation>About an annotation you have removed since</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This item is being reviewed</source>
        <translation>This item is being reviewed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your work on it is read-only until the reviewer has given a verdict; then you can change it again if needed.</source>
        <translation>Your work on it is read-only until the reviewer has given a verdict; then you can change it again if needed.</translation>
    </message>
</context>
<context>
    <name>annostraat::FlagDialog</name>
    <message>
        <location filename="../app/gui/flagdialog.cpp" line="+19"/>
        <source>The file cannot be used (it does not open, or it cannot be read)</source>
        <translation>The file cannot be used (it does not open, or it cannot be read)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item does not fit the task</source>
        <translation>This item does not fit the task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I am not sure what to do with this item</source>
        <translation>I am not sure what to do with this item</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Flag item</source>
        <translation>Flag item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason in your own words</source>
        <translation>Reason in your own words</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is wrong with this item? The reason goes with the item to the team lead.</source>
        <translation>What is wrong with this item? The reason goes with the item to the team lead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other:</source>
        <translation>Other:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the problem</source>
        <translation>Describe the problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag the item with this reason (Enter)</source>
        <translation>Flag the item with this reason (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without flagging (Esc)</source>
        <translation>Close without flagging (Esc)</translation>
    </message>
</context>
<context>
    <name>annostraat::FolderScan</name>
    <message>
        <location filename="../core/store/folderscan.cpp" line="+88"/>
        <source>not an image; an A/B folder holds image pairs only</source>
        <translation>not an image; an A/B folder holds image pairs only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an image, video or .txt text</source>
        <translation>not an image, video or .txt text</translation>
    </message>
</context>
<context>
    <name>annostraat::Formats</name>
    <message>
        <location filename="../core/formats/answerscsv.cpp" line="+72"/>
        <source>CSV of answers</source>
        <translation>CSV of answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answers to the task&apos;s questions: one row per item and annotator, one column per question, with the item&apos;s status and review verdict.</source>
        <translation>The answers to the task&apos;s questions: one row per item and annotator, one column per question, with the item&apos;s status and review verdict.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../core/formats/imagedataset.cpp" line="+384"/>
        <location filename="../core/formats/jsonlines.cpp" line="+134"/>
        <location filename="../core/formats/registry.cpp" line="+141"/>
        <location filename="../core/formats/textdataset.cpp" line="+573"/>
        <location filename="../core/formats/videodataset.cpp" line="+394"/>
        <source>%1: there is no task &quot;%2&quot;</source>
        <translation>%1: there is no task &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+84"/>
        <location filename="../core/formats/jsonlines.cpp" line="+87"/>
        <location filename="../core/formats/timecodecsv.cpp" line="+84"/>
        <location filename="../core/formats/videodataset.cpp" line="+119"/>
        <source>cannot write the export: %1</source>
        <translation>cannot write the export: %1</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfields.cpp" line="+38"/>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; must be text</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;): &quot;%2&quot;</source>
        <translation>&quot;%1&quot; is not a valid id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;): &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; must be a whole number from %2 to %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; must be a JSON object ({…})</source>
        <translation>&quot;%1&quot; must be a JSON object ({…})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; must be a JSON array ([…])</source>
        <translation>&quot;%1&quot; must be a JSON array ([…])</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; is missing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; has the unknown value &quot;%2&quot;; known values: %3</source>
        <translation>&quot;%1&quot; has the unknown value &quot;%2&quot;; known values: %3</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonlines.cpp" line="-112"/>
        <source>Annostraat JSON Lines (everything)</source>
        <translation>Annostraat JSON Lines (everything)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole task: items with their media, every person&apos;s annotations, submissions and reviews, one JSON object per line. Imports back into a store unchanged.</source>
        <translation>The whole task: items with their media, every person&apos;s annotations, submissions and reviews, one JSON object per line. Imports back into a store unchanged.</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonlinesreader.cpp" line="+77"/>
        <source>a second header line (the first is line %1)</source>
        <translation>a second header line (the first is line %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the header&apos;s format is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>the header&apos;s format is &quot;%1&quot;, not &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is in version %1 of the format; this program reads version %2. Update Annostraat to import it</source>
        <translation>the file is in version %1 of the format; this program reads version %2. Update Annostraat to import it</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;counts&quot; has the unknown line type &quot;%1&quot;</source>
        <translation>&quot;counts&quot; has the unknown line type &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;counts&quot;: &quot;%1&quot; must be a whole number of 0 or more</source>
        <translation>&quot;counts&quot;: &quot;%1&quot; must be a whole number of 0 or more</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a profile&apos;s name must have 1 to 64 characters</source>
        <translation>a profile&apos;s name must have 1 to 64 characters</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a second task line (the first is line %1); a file holds one task</source>
        <translation>a second task line (the first is line %1); a file holds one task</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a task needs a name</source>
        <translation>a task needs a name</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the schema has no labels and no questions</source>
        <translation>the schema has no labels and no questions</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;media&quot; must hold exactly one file in version %1 of the format</source>
        <translation>&quot;media&quot; must hold exactly one file in version %1 of the format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;media&quot; must hold JSON objects ({…})</source>
        <translation>&quot;media&quot; must hold JSON objects ({…})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;sha256&quot; must be 64 lower-case hexadecimal digits</source>
        <translation>&quot;sha256&quot; must be 64 lower-case hexadecimal digits</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;assigned&quot; must list profile ids</source>
        <translation>&quot;assigned&quot; must list profile ids</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>a flagged item needs a reason</source>
        <translation>a flagged item needs a reason</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a rejection needs a comment for the annotator</source>
        <translation>a rejection needs a comment for the annotator</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file ends without a task line</source>
        <translation>the file ends without a task line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the header names task %1, but this is task %2</source>
        <translation>the header names task %1, but this is task %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the header announces %1 &quot;%2&quot; lines, but the file has %3; is it complete?</source>
        <translation>the header announces %1 &quot;%2&quot; lines, but the file has %3; is it complete?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file holds task &quot;%1&quot; (%2), not &quot;%3&quot;</source>
        <translation>the file holds task &quot;%1&quot; (%2), not &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>task &quot;%1&quot; (%2) is already in this store; a dump is imported only into a store that does not have its task</source>
        <translation>task &quot;%1&quot; (%2) is already in this store; a dump is imported only into a store that does not have its task</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a second %1 &quot;%2&quot; (the first is on line %3)</source>
        <translation>a second %1 &quot;%2&quot; (the first is on line %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this store already has a profile named &quot;%1&quot;, with another id (%2)</source>
        <translation>this store already has a profile named &quot;%1&quot;, with another id (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no profile line, and no profile in the store, has the id &quot;%1&quot;</source>
        <translation>no profile line, and no profile in the store, has the id &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>item %1 is already in this store, in another task</source>
        <translation>item %1 is already in this store, in another task</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no item line has the id &quot;%1&quot;</source>
        <translation>no item line has the id &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>annotation %1 is already in this store</source>
        <translation>annotation %1 is already in this store</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: an import needs a profile id as its author</source>
        <translation>%1: an import needs a profile id as its author</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../core/formats/registry.cpp" line="+59"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line is longer than %1 MB</source>
        <translation>the line is longer than %1 MB</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not valid JSON at character %1: %2</source>
        <translation>not valid JSON at character %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>each line must be one JSON object ({…})</source>
        <translation>each line must be one JSON object ({…})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the line has no &quot;type&quot; (text)</source>
        <translation>the line has no &quot;type&quot; (text)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first line must be the header ({&quot;type&quot;: &quot;header&quot;, &quot;format&quot;: &quot;%1&quot;, …}); is this an Annostraat JSON Lines file?</source>
        <translation>the first line must be the header ({&quot;type&quot;: &quot;header&quot;, &quot;format&quot;: &quot;%1&quot;, …}); is this an Annostraat JSON Lines file?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown line type &quot;%1&quot;</source>
        <translation>unknown line type &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/registry.cpp" line="-96"/>
        <source>&quot;%1&quot; is not a valid format id (lower-case letters, digits, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>&quot;%1&quot; is not a valid format id (lower-case letters, digits, &apos;-&apos; or &apos;_&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is already a format &quot;%1&quot;</source>
        <translation>there is already a format &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format &quot;%1&quot; can neither export nor import</source>
        <translation>format &quot;%1&quot; can neither export nor import</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the format &quot;%1&quot; cannot be exported; formats that can: %2</source>
        <translation>the format &quot;%1&quot; cannot be exported; formats that can: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>task &quot;%1&quot; holds %2 items, which the format &quot;%3&quot; does not carry</source>
        <translation>task &quot;%1&quot; holds %2 items, which the format &quot;%3&quot; does not carry</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: the folder does not exist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file already exists</source>
        <translation>%1: the file already exists</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: cannot write the file: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the format &quot;%1&quot; cannot be imported; formats that can: %2</source>
        <translation>the format &quot;%1&quot; cannot be imported; formats that can: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the format &quot;%1&quot; cannot be loaded as suggestions: it carries its own layers; load a dataset format as suggestions instead</source>
        <translation>the format &quot;%1&quot; cannot be loaded as suggestions: it carries its own layers; load a dataset format as suggestions instead</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: there is no such file</source>
        <translation>%1: there is no such file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is not a file</source>
        <translation>%1: is not a file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is %2 MB; at most %3 MB can be imported at once</source>
        <translation>%1: the file is %2 MB; at most %3 MB can be imported at once</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the format &quot;%1&quot; imports into a task that is already in the store; name it (there is no task &quot;%2&quot;)</source>
        <translation>the format &quot;%1&quot; imports into a task that is already in the store; name it (there is no task &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../core/formats/coco.cpp" line="+116"/>
        <source>a category needs a whole number &quot;id&quot;</source>
        <translation>a category needs a whole number &quot;id&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a category needs a &quot;name&quot;</source>
        <translation>a category needs a &quot;name&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a second category with id %1</source>
        <translation>a second category with id %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a second category named &quot;%1&quot;</source>
        <translation>a second category named &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an image needs a whole number &quot;id&quot;</source>
        <translation>an image needs a whole number &quot;id&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a second image with id %1</source>
        <translation>a second image with id %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an image needs a &quot;file_name&quot;</source>
        <translation>an image needs a &quot;file_name&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an image needs its &quot;width&quot; and &quot;height&quot; in pixels (whole numbers of 1 or more)</source>
        <translation>an image needs its &quot;width&quot; and &quot;height&quot; in pixels (whole numbers of 1 or more)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>an annotation needs a whole number &quot;id&quot;</source>
        <translation>an annotation needs a whole number &quot;id&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a second annotation with id %1</source>
        <translation>a second annotation with id %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;image_id&quot; %1 is no image of the file</source>
        <translation>&quot;image_id&quot; %1 is no image of the file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown category %1 (&quot;category_id&quot;)</source>
        <translation>unknown category %1 (&quot;category_id&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;attributes&quot; must be a JSON object</source>
        <translation>&quot;attributes&quot; must be a JSON object</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;iscrowd&quot; must be 0 or 1</source>
        <translation>&quot;iscrowd&quot; must be 0 or 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;attributes&quot;: &quot;polyline&quot; must be a list of numbers [x1, y1, x2, y2, …]</source>
        <translation>&quot;attributes&quot;: &quot;polyline&quot; must be a list of numbers [x1, y1, x2, y2, …]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;segmentation&quot; must be a list of polygons or a run-length mask</source>
        <translation>&quot;segmentation&quot; must be a list of polygons or a run-length mask</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;bbox&quot; must be [x, y, width, height]</source>
        <translation>&quot;bbox&quot; must be [x, y, width, height]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;segmentation&quot;[%1] must be a list of numbers [x1, y1, x2, y2, …]</source>
        <translation>&quot;segmentation&quot;[%1] must be a list of numbers [x1, y1, x2, y2, …]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;segmentation&quot;[%1] is a polygon with %2 points; a polygon needs at least 3</source>
        <translation>&quot;segmentation&quot;[%1] is a polygon with %2 points; a polygon needs at least 3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a run-length mask needs &quot;size&quot;: [height, width]</source>
        <translation>a run-length mask needs &quot;size&quot;: [height, width]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the mask is %1 × %2 pixels, its image %3 × %4</source>
        <translation>the mask is %1 × %2 pixels, its image %3 × %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the mask&apos;s &quot;counts&quot; text is not run-length data</source>
        <translation>the mask&apos;s &quot;counts&quot; text is not run-length data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the mask&apos;s &quot;counts&quot; must be whole numbers of 0 or more</source>
        <translation>the mask&apos;s &quot;counts&quot; must be whole numbers of 0 or more</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a run-length mask needs &quot;counts&quot;</source>
        <translation>a run-length mask needs &quot;counts&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the mask&apos;s runs cover %1 pixels, its size %2</source>
        <translation>the mask&apos;s runs cover %1 pixels, its size %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the file is %1 MB; a COCO file is read whole, and at most %2 MB can be</source>
        <translation>the file is %1 MB; a COCO file is read whole, and at most %2 MB can be</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is larger than %1 MB, the most a COCO file can be</source>
        <translation>the file is larger than %1 MB, the most a COCO file can be</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/formats/labelme.cpp" line="+50"/>
        <location filename="../core/formats/labelstudiojson.cpp" line="+72"/>
        <source>not valid JSON (%1, at character %2); is the file complete?</source>
        <translation>not valid JSON (%1, at character %2); is the file complete?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a COCO file is one JSON object ({…})</source>
        <translation>a COCO file is one JSON object ({…})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is missing; is this a COCO instances file?</source>
        <translation>&quot;%1&quot; is missing; is this a COCO instances file?</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>COCO instances (JSON)</source>
        <translation>COCO instances (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxes and polygons of an image task with their categories, as COCO object detection datasets hold them. Masks are imported as traced polygons; cracks go out as boxes with their line kept in &quot;attributes&quot;.</source>
        <translation>Boxes and polygons of an image task with their categories, as COCO object detection datasets hold them. Masks are imported as traced polygons; cracks go out as boxes with their line kept in &quot;attributes&quot;.</translation>
    </message>
    <message>
        <location filename="../core/formats/cvatimages.cpp" line="+137"/>
        <source>an &lt;image&gt; needs a &quot;name&quot;</source>
        <translation>an &lt;image&gt; needs a &quot;name&quot;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a &lt;box&gt; needs xtl, ytl, xbr and ybr (numbers)</source>
        <translation>a &lt;box&gt; needs xtl, ytl, xbr and ybr (numbers)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;points&quot; must be &quot;x1,y1;x2,y2;…&quot;</source>
        <translation>&quot;points&quot; must be &quot;x1,y1;x2,y2;…&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/formats/labelme.cpp" line="+50"/>
        <location filename="../core/formats/labelstudioimages.cpp" line="+178"/>
        <location filename="../core/formats/yolo.cpp" line="+153"/>
        <source>a polygon with %1 points; a polygon needs at least 3</source>
        <translation>a polygon with %1 points; a polygon needs at least 3</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../core/formats/labelme.cpp" line="-58"/>
        <location filename="../core/formats/pascalvoc.cpp" line="+84"/>
        <location filename="../core/formats/textdataset.cpp" line="-401"/>
        <location filename="../core/formats/yolo.cpp" line="-101"/>
        <source>the file is %1 MB; at most %2 MB is read</source>
        <translation>the file is %1 MB; at most %2 MB is read</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not valid XML: %1</source>
        <translation>not valid XML: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CVAT file starts with &lt;annotations&gt;</source>
        <translation>a CVAT file starts with &lt;annotations&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is CVAT XML version %1; this program reads version 1.1</source>
        <translation>the file is CVAT XML version %1; this program reads version 1.1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this is CVAT for video (it has tracks); import CVAT for images</source>
        <translation>this is CVAT for video (it has tracks); import CVAT for images</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/formats/pascalvoc.cpp" line="+36"/>
        <location line="+83"/>
        <source>not valid XML: %1; is the file complete?</source>
        <translation>not valid XML: %1; is the file complete?</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>CVAT for images 1.1 (XML)</source>
        <translation>CVAT for images 1.1 (XML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxes, polygons and polylines (cracks) with their attributes, per image, as CVAT writes and reads them. Points and other CVAT shapes are skipped on import.</source>
        <translation>Boxes, polygons and polylines (cracks) with their attributes, per image, as CVAT writes and reads them. Points and other CVAT shapes are skipped on import.</translation>
    </message>
    <message>
        <location filename="../core/formats/imagedataset.cpp" line="-270"/>
        <location filename="../core/formats/textdataset.cpp" line="-91"/>
        <source>the labels of the dataset</source>
        <translation>the labels of the dataset</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../core/formats/textdataset.cpp" line="+198"/>
        <location filename="../core/formats/videodataset.cpp" line="-321"/>
        <source>an import needs a profile id as its author</source>
        <translation>an import needs a profile id as its author</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the %1 has no label</source>
        <translation>the %1 has no label</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the %1 (%2, %3 to %4, %5) lies outside its image &quot;%6&quot; (%7 × %8 pixels)</source>
        <translation>the %1 (%2, %3 to %4, %5) lies outside its image &quot;%6&quot; (%7 × %8 pixels)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the image &quot;%1&quot; is not there; a new task needs the dataset&apos;s image files</source>
        <translation>the image &quot;%1&quot; is not there; a new task needs the dataset&apos;s image files</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the image &quot;%1&quot; is listed twice</source>
        <translation>the image &quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../core/formats/registry.cpp" line="-2"/>
        <location filename="../core/formats/textdataset.cpp" line="+128"/>
        <location filename="../core/formats/videodataset.cpp" line="+3"/>
        <source>there is no task &quot;%1&quot; to import into</source>
        <translation>there is no task &quot;%1&quot; to import into</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>task &quot;%1&quot; has %2 items named &quot;%3&quot;; with the image file beside the dataset they are told apart by content</source>
        <translation>task &quot;%1&quot; has %2 items named &quot;%3&quot;; with the image file beside the dataset they are told apart by content</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>task &quot;%1&quot; has no item with the image &quot;%2&quot; (by file name or content)</source>
        <translation>task &quot;%1&quot; has no item with the image &quot;%2&quot; (by file name or content)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../core/formats/textdataset.cpp" line="+102"/>
        <source>there is no profile &quot;%1&quot; whose layer the annotations could be</source>
        <translation>there is no profile &quot;%1&quot; whose layer the annotations could be</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>item %1 (%2): the image&apos;s size is not known and its file cannot be read to find out</source>
        <translation>item %1 (%2): the image&apos;s size is not known and its file cannot be read to find out</translation>
    </message>
    <message>
        <location filename="../core/formats/labelme.cpp" line="-4"/>
        <location filename="../core/formats/pascalvoc.cpp" line="-123"/>
        <location filename="../core/formats/textdataset.cpp" line="-341"/>
        <location filename="../core/formats/yolo.cpp" line="-4"/>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;imagePath&quot; is missing</source>
        <translation>&quot;imagePath&quot; is missing</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../core/formats/labelstudioimages.cpp" line="-13"/>
        <source>&quot;points&quot; must be [x, y] pairs</source>
        <translation>&quot;points&quot; must be [x, y] pairs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a rectangle has 2 points, not %1</source>
        <translation>a rectangle has 2 points, not %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown &quot;shape_type&quot; &quot;%1&quot;</source>
        <translation>unknown &quot;shape_type&quot; &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not a labelme file (it has no &quot;shapes&quot;)</source>
        <translation>not a labelme file (it has no &quot;shapes&quot;)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>labelme (JSON)</source>
        <translation>labelme (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON file per image: rectangles, polygons and linestrips (cracks). Importing a file reads every labelme file in its folder; exports a ZIP archive of the files.</source>
        <translation>One JSON file per image: rectangles, polygons and linestrips (cracks). Importing a file reads every labelme file in its folder; exports a ZIP archive of the files.</translation>
    </message>
    <message>
        <location filename="../core/formats/pascalvoc.cpp" line="+13"/>
        <source>a Pascal VOC file starts with &lt;annotation&gt;</source>
        <translation>a Pascal VOC file starts with &lt;annotation&gt;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&lt;%1&gt; must be a number</source>
        <translation>&lt;%1&gt; must be a number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;bndbox&gt; needs &lt;%1&gt;</source>
        <translation>&lt;bndbox&gt; needs &lt;%1&gt;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>an &lt;object&gt; needs a &lt;name&gt;</source>
        <translation>an &lt;object&gt; needs a &lt;name&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an &lt;object&gt; needs a &lt;bndbox&gt;</source>
        <translation>an &lt;object&gt; needs a &lt;bndbox&gt;</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&quot;%1&quot; has neither Annotations/%1.xml nor an image in JPEGImages/</source>
        <translation>&quot;%1&quot; has neither Annotations/%1.xml nor an image in JPEGImages/</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the list names no images</source>
        <translation>the list names no images</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Pascal VOC (XML)</source>
        <translation>Pascal VOC (XML)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One XML file of boxes per image, with difficult, truncated and occluded. Imports an ImageSets/Main list or one Annotations file; exports a ZIP archive. Polygons and cracks go out as their bounding boxes.</source>
        <translation>One XML file of boxes per image, with difficult, truncated and occluded. Imports an ImageSets/Main list or one Annotations file; exports a ZIP archive. Polygons and cracks go out as their bounding boxes.</translation>
    </message>
    <message>
        <location filename="../core/formats/yolo.cpp" line="+65"/>
        <source>the size of the image &quot;%1&quot; cannot be read, and YOLO&apos;s coordinates are fractions of it</source>
        <translation>the size of the image &quot;%1&quot; cannot be read, and YOLO&apos;s coordinates are fractions of it</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is no class number</source>
        <translation>&quot;%1&quot; is no class number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown class %1; the dataset names %2 classes (0 to %3)</source>
        <translation>unknown class %1; the dataset names %2 classes (0 to %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 numbers after the class; a box has 4 (centre x, centre y, width, height), a polygon 3 or more x y pairs</source>
        <translation>%1 numbers after the class; a box has 4 (centre x, centre y, width, height), a polygon 3 or more x y pairs</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+156"/>
        <source>a second class named &quot;%1&quot;</source>
        <translation>a second class named &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>the file names no classes</source>
        <translation>the file names no classes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected &quot;key = value&quot;</source>
        <translation>expected &quot;key = value&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;names&quot; is missing: the file that names the classes</source>
        <translation>&quot;names&quot; is missing: the file that names the classes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;classes&quot; is %1, but the names file has %2</source>
        <translation>&quot;classes&quot; is %1, but the names file has %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>expected &quot;key: value&quot;</source>
        <translation>expected &quot;key: value&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a list that does not end on its line</source>
        <translation>a list that does not end on its line</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;names&quot; is missing or empty: the classes</source>
        <translation>&quot;names&quot; is missing or empty: the classes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot;: there is no folder or list &quot;%2&quot;</source>
        <translation>&quot;%1&quot;: there is no folder or list &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a YOLO dataset is imported from its obj.data (Darknet), its data.yaml (Ultralytics) or its classes.txt</source>
        <translation>a YOLO dataset is imported from its obj.data (Darknet), its data.yaml (Ultralytics) or its classes.txt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the dataset lists no images</source>
        <translation>the dataset lists no images</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the image &quot;%1&quot; is not there</source>
        <translation>the image &quot;%1&quot; is not there</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>YOLO (Darknet and Ultralytics)</source>
        <translation>YOLO (Darknet and Ultralytics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One text file of boxes and polygons per image, in fractions of the image&apos;s size. Imports obj.data, data.yaml or classes.txt with the files they name; exports a ZIP archive with both descriptors. Cracks go out as their bounding box.</source>
        <translation>One text file of boxes and polygons per image, in fractions of the image&apos;s size. Imports obj.data, data.yaml or classes.txt with the files they name; exports a ZIP archive with both descriptors. Cracks go out as their bounding box.</translation>
    </message>
    <message>
        <location filename="../core/formats/brat.cpp" line="+117"/>
        <source>&quot;%1&quot; is no brat annotation line</source>
        <translation>&quot;%1&quot; is no brat annotation line</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>an entity line is &quot;T1&lt;tab&gt;LABEL start end&lt;tab&gt;text&quot;</source>
        <translation>an entity line is &quot;T1&lt;tab&gt;LABEL start end&lt;tab&gt;text&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a discontinuous span (&quot;%2&quot;); Annostraat&apos;s spans are one stretch of text, so these are not imported</source>
        <translation>%1 is a discontinuous span (&quot;%2&quot;); Annostraat&apos;s spans are one stretch of text, so these are not imported</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot;: the offsets are two whole numbers, start and end</source>
        <translation>&quot;%1&quot;: the offsets are two whole numbers, start and end</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>choose a brat .ann or .txt file; every pair in its folder is imported</source>
        <translation>choose a brat .ann or .txt file; every pair in its folder is imported</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its text &quot;%1&quot; is not there</source>
        <translation>its text &quot;%1&quot; is not there</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>brat standoff</source>
        <translation>brat standoff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A .txt and a .ann file per text, spans in code points. Importing a file reads every pair in its folder; exports a ZIP archive.</source>
        <translation>A .txt and a .ann file per text, spans in code points. Importing a file reads every pair in its folder; exports a ZIP archive.</translation>
    </message>
    <message>
        <location filename="../core/formats/conll.cpp" line="+173"/>
        <source>&quot;%1&quot;: a line holds a token and its tag (&quot;Jan B-PER&quot;)</source>
        <translation>&quot;%1&quot;: a line holds a token and its tag (&quot;Jan B-PER&quot;)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is no IOB2 tag; a tag is O, B-LABEL or I-LABEL</source>
        <translation>&quot;%1&quot; is no IOB2 tag; a tag is O, B-LABEL or I-LABEL</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the file holds no tokens</source>
        <translation>the file holds no tokens</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CoNLL-2002 IOB2 (token per line)</source>
        <translation>CoNLL-2002 IOB2 (token per line)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One token and its tag (O, B-LABEL, I-LABEL) per line, a blank line between sentences. Importing rebuilds the texts from the tokens.</source>
        <translation>One token and its tag (O, B-LABEL, I-LABEL) per line, a blank line between sentences. Importing rebuilds the texts from the tokens.</translation>
    </message>
    <message>
        <location filename="../core/formats/doccano.cpp" line="+84"/>
        <source>not valid JSON (%1, at character %2)</source>
        <translation>not valid JSON (%1, at character %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a line is a JSON object with &quot;text&quot;</source>
        <translation>a line is a JSON object with &quot;text&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;text&quot; is missing or not a string</source>
        <translation>&quot;text&quot; is missing or not a string</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a list of spans</source>
        <translation>&quot;%1&quot; is not a list of spans</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a span is [start, end, &quot;LABEL&quot;]</source>
        <translation>a span is [start, end, &quot;LABEL&quot;]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start and end are whole numbers, 0 or more</source>
        <translation>start and end are whole numbers, 0 or more</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../core/formats/textdataset.cpp" line="+124"/>
        <source>the span %1–%2 is empty or reversed; a span needs start &lt; end</source>
        <translation>the span %1–%2 is empty or reversed; a span needs start &lt; end</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the span %1–%2 lies past the end of its text (%3 UTF-16 units)</source>
        <translation>the span %1–%2 lies past the end of its text (%3 UTF-16 units)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>offset %1 falls inside a character (an emoji&apos;s two UTF-16 units)</source>
        <translation>offset %1 falls inside a character (an emoji&apos;s two UTF-16 units)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the file holds no texts</source>
        <translation>the file holds no texts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>doccano JSONL</source>
        <translation>doccano JSONL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per line: the text and its spans as [start, end, label] in UTF-16 units.</source>
        <translation>One JSON object per line: the text and its spans as [start, end, label] in UTF-16 units.</translation>
    </message>
    <message>
        <location filename="../core/formats/labelstudiojson.cpp" line="-9"/>
        <source>the file is %1 MB; a Label Studio file is read whole, and at most %2 MB can be</source>
        <translation>the file is %1 MB; a Label Studio file is read whole, and at most %2 MB can be</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a Label Studio export is a JSON array of tasks</source>
        <translation>a Label Studio export is a JSON array of tasks</translation>
    </message>
    <message>
        <location filename="../core/formats/labelstudiotext.cpp" line="+102"/>
        <source>a task needs &quot;data&quot;: {&quot;text&quot;: &quot;…&quot;}</source>
        <translation>a task needs &quot;data&quot;: {&quot;text&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <location filename="../core/formats/labelstudiojson.cpp" line="+18"/>
        <source>&quot;completed_by&quot; is not a user number</source>
        <translation>&quot;completed_by&quot; is not a user number</translation>
    </message>
    <message>
        <location filename="../core/formats/labelstudiotext.cpp" line="+40"/>
        <source>&quot;start&quot; and &quot;end&quot; are whole numbers, 0 or more</source>
        <translation>&quot;start&quot; and &quot;end&quot; are whole numbers, 0 or more</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;labels&quot; is missing or empty</source>
        <translation>&quot;labels&quot; is missing or empty</translation>
    </message>
    <message>
        <location filename="../core/formats/labelstudioimages.cpp" line="-76"/>
        <source>a result is a JSON object</source>
        <translation>a result is a JSON object</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;original_width&quot; and &quot;original_height&quot; are whole numbers of pixels, 1 or more</source>
        <translation>&quot;original_width&quot; and &quot;original_height&quot; are whole numbers of pixels, 1 or more</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the image is %1 × %2 pixels here, %3 × %4 in an earlier result of the task</source>
        <translation>the image is %1 × %2 pixels here, %3 × %4 in an earlier result of the task</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;original_width&quot; and &quot;original_height&quot; are missing, and the image &quot;%1&quot; is not beside the file to measure</source>
        <translation>&quot;original_width&quot; and &quot;original_height&quot; are missing, and the image &quot;%1&quot; is not beside the file to measure</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;value&quot; needs the number &quot;%1&quot;</source>
        <translation>&quot;value&quot; needs the number &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the rectangle is turned by %1°; boxes here are upright, and turning it back would change what was drawn</source>
        <translation>the rectangle is turned by %1°; boxes here are upright, and turning it back would change what was drawn</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>an open polygon (a line) with %1 points; it needs at least 2</source>
        <translation>an open polygon (a line) with %1 points; it needs at least 2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the result has no label</source>
        <translation>the result has no label</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a task needs &quot;data&quot;: {&quot;image&quot;: &quot;…&quot;}</source>
        <translation>a task needs &quot;data&quot;: {&quot;image&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../core/formats/labelstudiotext.cpp" line="+21"/>
        <source>the file holds no tasks</source>
        <translation>the file holds no tasks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has no predictions to load as suggestions; its %1 annotations are people&apos;s work: import them without suggestions, as layers</source>
        <translation>the file has no predictions to load as suggestions; its %1 annotations are people&apos;s work: import them without suggestions, as layers</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Label Studio JSON (images)</source>
        <translation>Label Studio JSON (images)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON array of tasks with each annotator&apos;s rectangles and polygons in percent of the image; every annotator is a layer, predictions load as suggestions. Cracks are not written: Label Studio has no lines.</source>
        <translation>A JSON array of tasks with each annotator&apos;s rectangles and polygons in percent of the image; every annotator is a layer, predictions load as suggestions. Cracks are not written: Label Studio has no lines.</translation>
    </message>
    <message>
        <location filename="../core/formats/labelstudiotext.cpp" line="+10"/>
        <source>Label Studio JSON (text spans)</source>
        <translation>Label Studio JSON (text spans)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON array of tasks with each annotator&apos;s spans in code points; every annotator is a layer.</source>
        <translation>A JSON array of tasks with each annotator&apos;s spans in code points; every annotator is a layer.</translation>
    </message>
    <message>
        <location filename="../core/formats/textdataset.cpp" line="-133"/>
        <source>the text is not valid UTF-8</source>
        <translation>the text is not valid UTF-8</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>the span has no label</source>
        <translation>the span has no label</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the span %1–%2 lies past the end of the text of &quot;%3&quot; (%4 characters)</source>
        <translation>the span %1–%2 lies past the end of the text of &quot;%3&quot; (%4 characters)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the span %1–%2 says it covers “%3”, but the text there is “%4”</source>
        <translation>the span %1–%2 says it covers “%3”, but the text there is “%4”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>there are no texts to import</source>
        <translation>there are no texts to import</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is not one span in it; a new task needs at least one label (to load texts without spans, import them onto a task)</source>
        <translation>there is not one span in it; a new task needs at least one label (to load texts without spans, import them onto a task)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot make the folder for the imported texts</source>
        <translation>cannot make the folder for the imported texts</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot write the imported text: %1</source>
        <translation>cannot write the imported text: %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>task &quot;%1&quot; has %2 items named &quot;%3&quot;, and none has this text</source>
        <translation>task &quot;%1&quot; has %2 items named &quot;%3&quot;, and none has this text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>task &quot;%1&quot; has no text item &quot;%2&quot; or with this text</source>
        <translation>task &quot;%1&quot; has no text item &quot;%2&quot; or with this text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text of &quot;%1&quot; is not the text of the task&apos;s item &quot;%2&quot;; its spans would land on other words</source>
        <translation>the text of &quot;%1&quot; is not the text of the task&apos;s item &quot;%2&quot;; its spans would land on other words</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the span covers no token</source>
        <translation>the span covers no token</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>item %1 (%2): its text cannot be read: %3</source>
        <translation>item %1 (%2): its text cannot be read: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/formats/countwords.cpp" line="+40"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
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
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item status(es)</source>
        <translation>
            <numerusform>%n item status</numerusform>
            <numerusform>%n item statuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n assignment</numerusform>
            <numerusform>%n assignments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n person/people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n category/categories</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
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
            <numerusform>%n locator that nobody set written with empty timecodes, which the sheet reads as &quot;skipped&quot;</numerusform>
            <numerusform>%n locators that nobody set written with empty timecodes, which the sheet reads as &quot;skipped&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n locator(s) with only a start or only an end set</source>
        <translation>
            <numerusform>%n locator with only a start or only an end set</numerusform>
            <numerusform>%n locators with only a start or only an end set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n image(s) of the dataset not in the task (without annotations, so left out)</source>
        <translation>
            <numerusform>%n image of the dataset not in the task (without annotations, so left out)</numerusform>
            <numerusform>%n images of the dataset not in the task (without annotations, so left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n attribute value(s) the task&apos;s labels do not have (left out)</source>
        <translation>
            <numerusform>%n attribute value the task&apos;s labels do not have (left out)</numerusform>
            <numerusform>%n attribute values the task&apos;s labels do not have (left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n attribute value(s) that are not yes/no (labelme keeps only flags; left out)</source>
        <translation>
            <numerusform>%n attribute value that is not yes/no (labelme keeps only flags; left out)</numerusform>
            <numerusform>%n attribute values that are not yes/no (labelme keeps only flags; left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n mask(s) traced into polygons (through the border pixels&apos; centres)</source>
        <translation>
            <numerusform>%n mask traced into polygons (through the border pixels&apos; centres)</numerusform>
            <numerusform>%n masks traced into polygons (through the border pixels&apos; centres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n tiny mask part(s) left out</source>
        <translation>
            <numerusform>%n tiny mask part left out</numerusform>
            <numerusform>%n tiny mask parts left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hole(s) in masks filled</source>
        <translation>
            <numerusform>%n hole in masks filled</numerusform>
            <numerusform>%n holes in masks filled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n polygon part(s) made into polygons of their own</source>
        <translation>
            <numerusform>%n polygon part made into polygons of their own</numerusform>
            <numerusform>%n polygon parts made into polygons of their own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n crack(s) written as boxes, with the line as an attribute</source>
        <translation>
            <numerusform>%n crack written as boxes, with the line as an attribute</numerusform>
            <numerusform>%n cracks written as boxes, with the line as an attribute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n polygon(s) written as boxes</source>
        <translation>
            <numerusform>%n polygon written as boxes</numerusform>
            <numerusform>%n polygons written as boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n object part(s) left out</source>
        <translation>
            <numerusform>%n object part left out</numerusform>
            <numerusform>%n object parts left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n JSON file(s) that are not labelme&apos;s left out</source>
        <translation>
            <numerusform>%n JSON file that are not labelme&apos;s left out</numerusform>
            <numerusform>%n JSON files that are not labelme&apos;s left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n prediction(s) left out (import them as suggestions to take them)</source>
        <translation>
            <numerusform>%n prediction left out (import them as suggestions to take them)</numerusform>
            <numerusform>%n predictions left out (import them as suggestions to take them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n cancelled annotation(s) left out</source>
        <translation>
            <numerusform>%n cancelled annotation left out</numerusform>
            <numerusform>%n cancelled annotations left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n annotation(s) by people left out (the predictions came in as suggestions)</source>
        <translation>
            <numerusform>%n annotation by people left out (the predictions came in as suggestions)</numerusform>
            <numerusform>%n annotations by people left out (the predictions came in as suggestions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n keypoint(s) left out (no kind of ours)</source>
        <translation>
            <numerusform>%n keypoint left out (no kind of ours)</numerusform>
            <numerusform>%n keypoints left out (no kind of ours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n crack(s) left out (the format has no lines)</source>
        <translation>
            <numerusform>%n crack left out (the format has no lines)</numerusform>
            <numerusform>%n cracks left out (the format has no lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n attribute value(s) left out (the format has no place for them)</source>
        <translation>
            <numerusform>%n attribute value left out (the format has no place for them)</numerusform>
            <numerusform>%n attribute values left out (the format has no place for them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n result(s) of another kind left out</source>
        <translation>
            <numerusform>%n result of another kind left out</numerusform>
            <numerusform>%n results of another kind left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n document(s) without spans</source>
        <translation>
            <numerusform>%n document without spans</numerusform>
            <numerusform>%n documents without spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n span(s) that begin with I- (taken as a beginning)</source>
        <translation>
            <numerusform>%n span that begins with I- (taken as a beginning)</numerusform>
            <numerusform>%n spans that begin with I- (taken as a beginning)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n label(s) changed to fit the format</source>
        <translation>
            <numerusform>%n label changed to fit the format</numerusform>
            <numerusform>%n labels changed to fit the format</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n label(s) with spaces written with underscores</source>
        <translation>
            <numerusform>%n label with spaces written with underscores</numerusform>
            <numerusform>%n labels with spaces written with underscores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n span(s) that no longer fit the text left out</source>
        <translation>
            <numerusform>%n span that no longer fits the text left out</numerusform>
            <numerusform>%n spans that no longer fit the text left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n overlapping span(s) left out (the format has no room for them)</source>
        <translation>
            <numerusform>%n overlapping span left out (the format has no room for them)</numerusform>
            <numerusform>%n overlapping spans left out (the format has no room for them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n span(s) widened to whole words</source>
        <translation>
            <numerusform>%n span widened to whole words</numerusform>
            <numerusform>%n spans widened to whole words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n span(s) over no word left out</source>
        <translation>
            <numerusform>%n span over no word left out</numerusform>
            <numerusform>%n spans over no word left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n cue(s) with bad or missing timings left out</source>
        <translation>
            <numerusform>%n cue with bad or missing timings left out</numerusform>
            <numerusform>%n cues with bad or missing timings left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n cue(s) that end before they start, or as they start, left out</source>
        <translation>
            <numerusform>%n cue that end before they start, or as they start, left out</numerusform>
            <numerusform>%n cues that end before they start, or as they start, left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n cue(s) without text (no label) left out</source>
        <translation>
            <numerusform>%n cue without text (no label) left out</numerusform>
            <numerusform>%n cues without text (no label) left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n audio-only event(s) left out</source>
        <translation>
            <numerusform>%n audio-only event left out</numerusform>
            <numerusform>%n audio-only events left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s) without length (the cut before a transition) left out</source>
        <translation>
            <numerusform>%n event without length (the cut before a transition) left out</numerusform>
            <numerusform>%n events without length (the cut before a transition) left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n reference annotation(s) (no times of their own) left out</source>
        <translation>
            <numerusform>%n reference annotation (no times of their own) left out</numerusform>
            <numerusform>%n reference annotations (no times of their own) left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n annotation(s) on unaligned time slots left out</source>
        <translation>
            <numerusform>%n annotation on unaligned time slots left out</numerusform>
            <numerusform>%n annotations on unaligned time slots left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n marker(s) left out (the format has segments only)</source>
        <translation>
            <numerusform>%n marker left out (the format has segments only)</numerusform>
            <numerusform>%n markers left out (the format has segments only)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/formats/geoexport.cpp" line="+121"/>
        <source>item %1: its image cannot be read to place its annotations on the map: %2</source>
        <translation>item %1: its image cannot be read to place its annotations on the map: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (item %2) is not georeferenced: it has no map coordinates and coordinate system, so its annotations cannot be exported as %3; export pixel coordinates in another format (COCO, CVAT)</source>
        <translation>%1 (item %2) is not georeferenced: it has no map coordinates and coordinate system, so its annotations cannot be exported as %3; export pixel coordinates in another format (COCO, CVAT)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: its coordinate system cannot be read</source>
        <translation>%1: its coordinate system cannot be read</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is in %2 but %3 is in %4: one export holds one coordinate system; export the items apart</source>
        <translation>%1 is in %2 but %3 is in %4: one export holds one coordinate system; export the items apart</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>this program&apos;s GDAL has no %1 driver</source>
        <translation>this program&apos;s GDAL has no %1 driver</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <location line="+3"/>
        <source>the %1 file cannot be created: %2</source>
        <translation>the %1 file cannot be created: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>annotation %1 cannot be written: %2</source>
        <translation>annotation %1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>the %1 file cannot be written: %2</source>
        <translation>the %1 file cannot be written: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file cannot be written: %1</source>
        <translation>the file cannot be written: %1</translation>
    </message>
    <message>
        <location filename="../core/formats/geojson.cpp" line="+13"/>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cracks as lines, polygons and boxes as areas, in the map coordinates of georeferenced orthophotos, for GIS programs. Export only.</source>
        <translation>Cracks as lines, polygons and boxes as areas, in the map coordinates of georeferenced orthophotos, for GIS programs. Export only.</translation>
    </message>
    <message>
        <location filename="../core/formats/geopackage.cpp" line="+13"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cracks, polygons and boxes as three layers of one GeoPackage, in the map coordinates of georeferenced orthophotos, for GIS programs. Export only.</source>
        <translation>Cracks, polygons and boxes as three layers of one GeoPackage, in the map coordinates of georeferenced orthophotos, for GIS programs. Export only.</translation>
    </message>
    <message>
        <location filename="../core/formats/eaf.cpp" line="+178"/>
        <location filename="../core/formats/videodataset.cpp" line="-15"/>
        <source>the file is %1 MB; at most %2 MB can be imported at once</source>
        <translation>the file is %1 MB; at most %2 MB can be imported at once</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>this is not an ELAN file: its root element is &lt;%1&gt;, not &lt;ANNOTATION_DOCUMENT&gt;</source>
        <translation>this is not an ELAN file: its root element is &lt;%1&gt;, not &lt;ANNOTATION_DOCUMENT&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the time unit is &quot;%1&quot;; only milliseconds are read</source>
        <translation>the time unit is &quot;%1&quot;; only milliseconds are read</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>time slot &quot;%1&quot;: &quot;%2&quot; is not a time in milliseconds of 0 or more</source>
        <translation>time slot &quot;%1&quot;: &quot;%2&quot; is not a time in milliseconds of 0 or more</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the XML is not well-formed (cut short?): %1</source>
        <translation>the XML is not well-formed (cut short?): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not an ELAN file: it holds no XML element</source>
        <translation>this is not an ELAN file: it holds no XML element</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>annotation &quot;%1&quot; refers to time slot &quot;%2&quot;, which is not in the TIME_ORDER</source>
        <translation>annotation &quot;%1&quot; refers to time slot &quot;%2&quot;, which is not in the TIME_ORDER</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ELAN EAF 3.0</source>
        <translation>ELAN EAF 3.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments as time-aligned ELAN annotations, a tier per person and label, times in milliseconds.</source>
        <translation>Segments as time-aligned ELAN annotations, a tier per person and label, times in milliseconds.</translation>
    </message>
    <message>
        <location filename="../core/formats/edl.cpp" line="+206"/>
        <source>&quot;%1&quot; is neither &quot;FCM: DROP FRAME&quot; nor &quot;FCM: NON-DROP FRAME&quot;</source>
        <translation>&quot;%1&quot; is neither &quot;FCM: DROP FRAME&quot; nor &quot;FCM: NON-DROP FRAME&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a clip name before the first event</source>
        <translation>a clip name before the first event</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a LOC line must start with a timecode: &quot;%1&quot;</source>
        <translation>a LOC line must start with a timecode: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>this line is not an EDL event, comment or header: &quot;%1&quot;</source>
        <translation>this line is not an EDL event, comment or header: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>event %1: &quot;%2&quot; is not a timecode (HH:MM:SS:FF)</source>
        <translation>event %1: &quot;%2&quot; is not a timecode (HH:MM:SS:FF)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this is not a CMX3600 EDL: it has no title and no event</source>
        <translation>this is not a CMX3600 EDL: it has no title and no event</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CMX3600 EDL</source>
        <translation>CMX3600 EDL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments as edit events (record in and out, the clip name as the label) and markers as LOC comments, in SMPTE timecode.</source>
        <translation>Segments as edit events (record in and out, the clip name as the label) and markers as LOC comments, in SMPTE timecode.</translation>
    </message>
    <message>
        <location filename="../core/formats/subtitles.cpp" line="+274"/>
        <source>this is not a WebVTT file: it must start with &quot;WEBVTT&quot;</source>
        <translation>this is not a WebVTT file: it must start with &quot;WEBVTT&quot;</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>this is not an SRT file: not one block in it is a numbered cue with a timing line (&quot;00:00:01,000 --&gt; 00:00:02,500&quot;)</source>
        <translation>this is not an SRT file: not one block in it is a numbered cue with a timing line (&quot;00:00:01,000 --&gt; 00:00:02,500&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WebVTT subtitles</source>
        <translation>WebVTT subtitles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments as WebVTT cues, the label as the cue&apos;s text, times in milliseconds.</source>
        <translation>Segments as WebVTT cues, the label as the cue&apos;s text, times in milliseconds.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SubRip subtitles (SRT)</source>
        <translation>SubRip subtitles (SRT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segments as numbered SRT cues, the label as the cue&apos;s text, times in milliseconds.</source>
        <translation>Segments as numbered SRT cues, the label as the cue&apos;s text, times in milliseconds.</translation>
    </message>
    <message>
        <location filename="../core/formats/timecodecsv.cpp" line="+11"/>
        <source>%1 &quot;%2&quot; is not a whole number</source>
        <translation>%1 &quot;%2&quot; is not a whole number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 is negative</source>
        <translation>%1 %2 is negative</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is empty; a CSV with timecodes starts with the header %1</source>
        <translation>the file is empty; a CSV with timecodes starts with the header %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is not a CSV with timecodes: its header must start with %1</source>
        <translation>this is not a CSV with timecodes: its header must start with %1</translation>
    </message>
    <message>
        <location filename="../core/formats/locatorsheet.cpp" line="+50"/>
        <source>item %1 (%2) has no frame rate, so its locators cannot be written as timecodes; probe the video first</source>
        <translation>item %1 (%2) has no frame rate, so its locators cannot be written as timecodes; probe the video first</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>the file is empty; a locator sheet starts with the header %1</source>
        <translation>the file is empty; a locator sheet starts with the header %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is not a locator sheet: column &quot;%1&quot; is not one of locator, position, timecode (and layer, item), or is there twice</source>
        <translation>this is not a locator sheet: column &quot;%1&quot; is not one of locator, position, timecode (and layer, item), or is there twice</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is not a locator sheet: its header must have the columns %1</source>
        <translation>this is not a locator sheet: its header must have the columns %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/formats/timecodecsv.cpp" line="+18"/>
        <source>the row has %1 cells where the header has %2</source>
        <translation>the row has %1 cells where the header has %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the row names no locator</source>
        <translation>the row names no locator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>position &quot;%1&quot; is neither &quot;start&quot; nor &quot;end&quot;</source>
        <translation>position &quot;%1&quot; is neither &quot;start&quot; nor &quot;end&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>locator &quot;%1&quot; has a second %2 row (the first is on line %3)</source>
        <translation>locator &quot;%1&quot; has a second %2 row (the first is on line %3)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Locator sheet</source>
        <translation>Locator sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The broadcaster&apos;s sheet of program parts: the start and end timecode of each locator, empty when the part is skipped.</source>
        <translation>The broadcaster&apos;s sheet of program parts: the start and end timecode of each locator, empty when the part is skipped.</translation>
    </message>
    <message>
        <location filename="../core/formats/timecodecsv.cpp" line="+9"/>
        <source>kind &quot;%1&quot; is neither &quot;segment&quot; nor &quot;marker&quot;</source>
        <translation>kind &quot;%1&quot; is neither &quot;segment&quot; nor &quot;marker&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it has neither %1 nor %2</source>
        <translation>it has neither %1 nor %2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>a quoted cell must end at its closing quote (a quote inside is written twice)</source>
        <translation>a quoted cell must end at its closing quote (a quote inside is written twice)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a quote opened here is never closed</source>
        <translation>a quote opened here is never closed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV with timecodes</source>
        <translation>CSV with timecodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The markers and segments of a video task, a row each, in frames and SMPTE timecodes.</source>
        <translation>The markers and segments of a video task, a row each, in frames and SMPTE timecodes.</translation>
    </message>
    <message>
        <location filename="../core/formats/videodataset.cpp" line="-88"/>
        <source>the time %1 ms is negative</source>
        <translation>the time %1 ms is negative</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the video &quot;%1&quot; has no frame rate, so times cannot be made into frames; probe the video first</source>
        <translation>the video &quot;%1&quot; has no frame rate, so times cannot be made into frames; probe the video first</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>task &quot;%1&quot; has no videos to load markers and segments onto</source>
        <translation>task &quot;%1&quot; has no videos to load markers and segments onto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>task &quot;%1&quot; has no video &quot;%2&quot;; name the file after its video</source>
        <translation>task &quot;%1&quot; has no video &quot;%2&quot;; name the file after its video</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+156"/>
        <source>frame %1 is before the start of the video</source>
        <translation>frame %1 is before the start of the video</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the segment from frame %1 to %2 is empty or reversed; it must end after it starts</source>
        <translation>the segment from frame %1 to %2 is empty or reversed; it must end after it starts</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+164"/>
        <source>frame %1 lies past the end of the video &quot;%2&quot; (%3 frames)</source>
        <translation>frame %1 lies past the end of the video &quot;%2&quot; (%3 frames)</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>the start timecode of video &quot;%1&quot;: %2</source>
        <translation>the start timecode of video &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a time is missing</source>
        <translation>a time is missing</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>locator &quot;%1&quot; is in the file twice</source>
        <translation>locator &quot;%1&quot; is in the file twice</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>it has no label</source>
        <translation>it has no label</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a value of attribute &quot;%2&quot;</source>
        <translation>&quot;%1&quot; is not a value of attribute &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>item %1 (%2) has no frame rate, so its frames cannot be written as times; probe the video first</source>
        <translation>item %1 (%2) has no frame rate, so its frames cannot be written as times; probe the video first</translation>
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
        <translation>a coordinate is not a finite number</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>needs at least 3 different points, got %1</source>
        <translation>needs at least 3 different points, got %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <source>the outline encloses no area (all points lie on one line)</source>
        <translation>the outline encloses no area (all points lie on one line)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the outline turns back on itself at point %1</source>
        <translation>the outline turns back on itself at point %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>the outline crosses or touches itself (edges %1 and %2)</source>
        <translation>the outline crosses or touches itself (edges %1 and %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>needs at least 2 points, got %1</source>
        <translation>needs at least 2 points, got %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all points are the same, so the crack has no length</source>
        <translation>all points are the same, so the crack has no length</translation>
    </message>
</context>
<context>
    <name>annostraat::ImageCanvas</name>
    <message>
        <location filename="../widgets/canvas/imagecanvas.cpp" line="+292"/>
        <location line="+594"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Building the overview… %1%</source>
        <translation>Building the overview… %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This large image has no overviews; they are made once and kept, so it opens at once next time.</source>
        <translation>This large image has no overviews; they are made once and kept, so it opens at once next time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading the image…</source>
        <translation>Loading the image…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This image cannot be shown.</source>
        <translation>This image cannot be shown.</translation>
    </message>
</context>
<context>
    <name>annostraat::ImageEditor</name>
    <message>
        <location filename="../widgets/canvas/imageeditor.cpp" line="+131"/>
        <location line="+478"/>
        <source>This could not be kept: %1</source>
        <translation>This could not be kept: %1</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>x %1, y %2 px</source>
        <translation>x %1, y %2 px</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lon %1°, lat %2° (%3)</source>
        <translation>lon %1°, lat %2° (%3)</translation>
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
        <translation>at the point x %1, y %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the part x %1–%2, y %3–%4</source>
        <comment>a place on an image: a region, in pixels</comment>
        <translation>in the part x %1–%2, y %3–%4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The image is not shown yet; try again in a moment.</source>
        <translation>The image is not shown yet; try again in a moment.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Everything of the previous item is on this item already.</source>
        <translation>Everything of the previous item is on this item already.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of the previous item fits on this image.</source>
        <translation>Nothing of the previous item fits on this image.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You drew nothing on the previous item to copy.</source>
        <translation>You drew nothing on the previous item to copy.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Copied %n annotation(s) from the previous item.</source>
        <translation>
            <numerusform>Copied %n annotation from the previous item.</numerusform>
            <numerusform>Copied %n annotations from the previous item.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n did not fit on this image and were left.</source>
        <translation>
            <numerusform>%n did not fit on this image and were left.</numerusform>
            <numerusform>%n did not fit on this image and were left.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>My ann&amp;otations</source>
        <translation>My ann&amp;otations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More tools</source>
        <translation>More tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tools that do not fit in the bar</source>
        <translation>The tools that do not fit in the bar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen annotation</source>
        <translation>Chosen annotation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the image larger</source>
        <translation>Show the image larger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the image smaller</source>
        <translation>Show the image smaller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit image</source>
        <translation>&amp;Fit image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole image</source>
        <translation>Show the whole image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual size (100%)</source>
        <translation>&amp;Actual size (100%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One image pixel per screen pixel</source>
        <translation>One image pixel per screen pixel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy from previous item</source>
        <translation>&amp;Copy from previous item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your boxes, polygons and cracks of the previous item to this one</source>
        <translation>Add your boxes, polygons and cracks of the previous item to this one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit chosen annotation</source>
        <translation>&amp;Edit chosen annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the keyboard on the label and attributes of the chosen annotation</source>
        <translation>Put the keyboard on the label and attributes of the chosen annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show other &amp;people&apos;s layers</source>
        <translation>Show other &amp;people&apos;s layers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the annotations of other people on this item (read-only)</source>
        <translation>Show the annotations of other people on this item (read-only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard to the image</source>
        <translation>&amp;Keyboard to the image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label keys, Enter and Backspace go to the drawing tools again</source>
        <translation>Label keys, Enter and Backspace go to the drawing tools again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crack line</source>
        <comment>short name of the crack points tool; not the label&apos;s name</comment>
        <translation>Crack line</translation>
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
        <translation>Import a dataset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in a dataset or another tool&apos;s work: as a new task, or onto the items of a task you have. Check first: you see what will happen before anything is written, and a file with a problem changes nothing.</source>
        <translation>Bring in a dataset or another tool&apos;s work: as a new task, or onto the items of a task you have. Check first: you see what will happen before anything is written, and a file with a problem changes nothing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fi&amp;le:</source>
        <translation>Fi&amp;le:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nto:</source>
        <translation>I&amp;nto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whose layer:</source>
        <translation>&amp;Whose layer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotations become this person&apos;s work, as if they drew them</source>
        <translation>The annotations become this person&apos;s work, as if they drew them</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load as &amp;suggestions to accept or reject</source>
        <translation>Load as &amp;suggestions to accept or reject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For pre-annotations from a model: each shows dashed until the person accepts it (Enter) or rejects it (Delete)</source>
        <translation>For pre-annotations from a model: each shows dashed until the person accepts it (Enter) or rejects it (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (.%2)</source>
        <translation>%1 (.%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new task made from the file</source>
        <translation>A new task made from the file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a file, then press Check to see what the import will do.</source>
        <translation>Choose a file, then press Check to see what the import will do.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file is still being checked. Close this window when the check is done.</source>
        <translation>The file is still being checked. Close this window when the check is done.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import is still running; it cannot be stopped halfway. Close this window when it is done.</source>
        <translation>The import is still running; it cannot be stopped halfway. Close this window when it is done.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The task &quot;%1&quot;</source>
        <translation>The task &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The choice changed: press Check again.</source>
        <translation>The choice changed: press Check again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every file (*)</source>
        <translation>Every file (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import from</source>
        <translation>Import from</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: there is no such file.</source>
        <translation>%1: there is no such file.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import will make the new task &quot;%1&quot; with: %2.</source>
        <translation>The import will make the new task &quot;%1&quot; with: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import will load onto the task &quot;%1&quot;: %2.</source>
        <translation>The import will load onto the task &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: the new task &quot;%1&quot; holds %2.</source>
        <translation>Done: the new task &quot;%1&quot; holds %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: the task &quot;%1&quot; received %2.</source>
        <translation>Done: the task &quot;%1&quot; received %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file cannot be imported as chosen, and nothing was changed: %1</source>
        <translation>This file cannot be imported as chosen, and nothing was changed: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The import did not succeed, and nothing was changed: %1</source>
        <translation>The import did not succeed, and nothing was changed: %1</translation>
    </message>
</context>
<context>
    <name>annostraat::InstructionPictures</name>
    <message>
        <location filename="../core/store/instructionpictures.cpp" line="+96"/>
        <source>%1: the picture in the instructions is not there</source>
        <translation>%1: the picture in the instructions is not there</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>%1: the picture in the instructions cannot be read as an image (%2)</source>
        <translation>%1: the picture in the instructions cannot be read as an image (%2)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1: the picture in the instructions cannot be read: %2</source>
        <translation>%1: the picture in the instructions cannot be read: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the picture in the instructions could not be encoded</source>
        <translation>%1: the picture in the instructions could not be encoded</translation>
    </message>
</context>
<context>
    <name>annostraat::ItemMedia</name>
    <message>
        <location filename="../core/model/itemmedia.cpp" line="+41"/>
        <source>%1: &quot;%2&quot; must be a whole number from 0 to %3</source>
        <translation>%1: &quot;%2&quot; must be a whole number from 0 to %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation>%1: unknown field &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: &quot;frameRate&quot; must be [numerator, denominator], two whole numbers above 0, e.g. [30000, 1001]</source>
        <translation>%1: &quot;frameRate&quot; must be [numerator, denominator], two whole numbers above 0, e.g. [30000, 1001]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;startTimecode&quot; must read HH:MM:SS:FF (or HH:MM:SS;FF for drop-frame)</source>
        <translation>%1: &quot;startTimecode&quot; must read HH:MM:SS:FF (or HH:MM:SS;FF for drop-frame)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: &quot;role&quot; must be a plain name (letters, digits, &apos;-&apos;, &apos;_&apos;)</source>
        <translation>%1: &quot;role&quot; must be a plain name (letters, digits, &apos;-&apos;, &apos;_&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;media&quot; must name the file</source>
        <translation>%1: &quot;media&quot; must name the file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;sha256&quot; must be 64 lower-case hexadecimal digits</source>
        <translation>%1: &quot;sha256&quot; must be 64 lower-case hexadecimal digits</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: must be an object</source>
        <translation>%1: must be an object</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the role &quot;%2&quot; occurs twice</source>
        <translation>%1: the role &quot;%2&quot; occurs twice</translation>
    </message>
</context>
<context>
    <name>annostraat::KindValues</name>
    <message>
        <location filename="../core/model/kinds/kindvalues.cpp" line="+31"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;points&quot; must be a list of [x, y] pairs</source>
        <translation>&quot;points&quot; must be a list of [x, y] pairs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs at least %1 points, got %2</source>
        <translation>needs at least %1 points, got %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>point %1 is not a pair of numbers [x, y]</source>
        <translation>point %1 is not a pair of numbers [x, y]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>point %1 lies outside the image (negative coordinate)</source>
        <translation>point %1 lies outside the image (negative coordinate)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;start&quot; and &quot;end&quot; must be whole numbers (%1)</source>
        <translation>&quot;start&quot; and &quot;end&quot; must be whole numbers (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;start&quot; must not be negative</source>
        <translation>&quot;start&quot; must not be negative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;end&quot; (%1) must be after &quot;start&quot; (%2)</source>
        <translation>&quot;end&quot; (%1) must be after &quot;start&quot; (%2)</translation>
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
        <translation>%1 — current label</translation>
    </message>
</context>
<context>
    <name>annostraat::LocatorChecks</name>
    <message>
        <location filename="../core/model/locatorchecks.cpp" line="+41"/>
        <source>%1: the end lies before the start.</source>
        <translation>%1: the end lies before the start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the end is the start, so the part is empty.</source>
        <translation>%1: the end is the start, so the part is empty.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2 overlap.</source>
        <translation>%1 and %2 overlap.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set yet: %1. Set each start and end, or choose Skip for a part that is not in this video.</source>
        <translation>Not set yet: %1. Set each start and end, or choose Skip for a part that is not in this video.</translation>
    </message>
</context>
<context>
    <name>annostraat::LocatorKind</name>
    <message>
        <location filename="../core/model/kinds/locatorkind.cpp" line="+46"/>
        <source>&quot;skipped&quot; can only be true</source>
        <translation>&quot;skipped&quot; can only be true</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a skipped locator has no &quot;start&quot; or &quot;end&quot;</source>
        <translation>a skipped locator has no &quot;start&quot; or &quot;end&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a locator needs &quot;start&quot;, &quot;end&quot; or &quot;skipped&quot;</source>
        <translation>a locator needs &quot;start&quot;, &quot;end&quot; or &quot;skipped&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must be a whole number of 0 or more</source>
        <translation>&quot;%1&quot; must be a whole number of 0 or more</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not in this video</source>
        <translation>not in this video</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>frames %1–%2</source>
        <translation>frames %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts at frame %1</source>
        <translation>starts at frame %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ends at frame %1</source>
        <translation>ends at frame %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>not set</translation>
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
        <translation>Timecode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by</source>
        <translation>Set by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the current frame into the chosen row (key: S)</source>
        <translation>Puts the current frame into the chosen row (key: S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This part is not in this video; Skip again takes it back (key: Shift+S)</source>
        <translation>This part is not in this video; Skip again takes it back (key: Shift+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locators</source>
        <translation>Locators</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: start</source>
        <translation>%1: start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: end</source>
        <translation>%1: end</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (set by %2)</source>
        <translation>%1 (set by %2)</translation>
    </message>
</context>
<context>
    <name>annostraat::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+327"/>
        <source>There is already a profile named &quot;%1&quot;. Choose another name, or go back and choose that profile.</source>
        <translation>There is already a profile named &quot;%1&quot;. Choose another name, or go back and choose that profile.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile could not be created: %1</source>
        <translation>The profile could not be created: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The demo tasks could not be loaded: %1</source>
        <translation>The demo tasks could not be loaded: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo tasks are ready: one practice task for each kind of work.</source>
        <translation>The demo tasks are ready: one practice task for each kind of work.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your settings could not be kept: %1</source>
        <translation>Your settings could not be kept: %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Dashboard – Annostraat</source>
        <translation>Dashboard – Annostraat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My progress – Annostraat</source>
        <translation>My progress – Annostraat</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Working: %1 (%2)</source>
        <translation>Working: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annostraat — %1</source>
        <translation>Annostraat — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody chosen yet</source>
        <translation>Nobody chosen yet</translation>
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
        <translation>Store: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is kept at once in %1</source>
        <translation>Everything is kept at once in %1</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="+259"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Item</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
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
        <translation>Work</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Switch &amp;profile</source>
        <translation>Switch &amp;profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let another person work, or add a profile</source>
        <translation>Let another person work, or add a profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;demo tasks</source>
        <translation>Load &amp;demo tasks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adds a practice task for each kind of work</source>
        <translation>Adds a practice task for each kind of work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language, theme, text size and the shared folder</source>
        <translation>Language, theme, text size and the shared folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close Annostraat; everything is already kept</source>
        <translation>Close Annostraat; everything is already kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo your last step</source>
        <translation>Undo your last step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do the undone step again</source>
        <translation>Do the undone step again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous item</source>
        <translation>&amp;Previous item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the previous item in the queue</source>
        <translation>Open the previous item in the queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next item</source>
        <translation>&amp;Next item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the next item in the queue</source>
        <translation>Open the next item in the queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark this item as done and open the next one</source>
        <translation>Mark this item as done and open the next one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flag…</source>
        <translation>&amp;Flag…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Something is wrong with this item: give a reason</source>
        <translation>Something is wrong with this item: give a reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip</source>
        <translation>S&amp;kip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave this item for now and open the next one</source>
        <translation>Leave this item for now and open the next one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White text on black, with a yellow focus frame</source>
        <translation>White text on black, with a yellow focus frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make all text larger</source>
        <translation>Make all text larger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;maller text</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make all text smaller</source>
        <translation>Make all text smaller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every keyboard shortcut</source>
        <translation>Show every keyboard shortcut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to do each job, for annotators, reviewers and team leads</source>
        <translation>How to do each job, for annotators, reviewers and team leads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exchange tasks and work with the shared folder now</source>
        <translation>Exchange tasks and work with the shared folder now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review &amp;queue</source>
        <translation>Review &amp;queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the review queue and the verdicts beside the item</source>
        <translation>Show the review queue and the verdicts beside the item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My pro&amp;gress</source>
        <translation>My pro&amp;gress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress, review outcomes, agreement and gold scores per person, and the items with the most disagreement</source>
        <translation>Progress, review outcomes, agreement and gold scores per person, and the items with the most disagreement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own progress on the task, and the items with feedback for you</source>
        <translation>Your own progress on the task, and the items with feedback for you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a &amp;break</source>
        <translation>Take a &amp;break</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dim the work and rest; the break reminder can be set in the settings</source>
        <translation>Dim the work and rest; the break reminder can be set in the settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sync</source>
        <comment>toolbar</comment>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+68"/>
        <source>No shared folder is set up yet; you can choose one in the settings (%1).</source>
        <translation>No shared folder is set up yet; you can choose one in the settings (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A sync is running already.</source>
        <translation>A sync is running already.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Profiles found on the shared folder: %n. Press Esc to choose yours.</source>
        <translation>
            <numerusform>Profiles found on the shared folder: %n. Press Esc to choose yours.</numerusform>
            <numerusform>Profiles found on the shared folder: %n. Press Esc to choose yours.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/mainwindowactions.cpp" line="-46"/>
        <source>Tool&amp;s</source>
        <translation>Tool&amp;s</translation>
    </message>
</context>
<context>
    <name>annostraat::ManualWindow</name>
    <message>
        <location filename="../app/gui/manualwindow.cpp" line="+126"/>
        <source>The manual is not installed on this PC: %1 was not found.</source>
        <translation>The manual is not installed on this PC: %1 was not found.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+7"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Manual — %1</source>
        <translation>Manual — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page you read before (Alt+Left)</source>
        <translation>The page you read before (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start page</source>
        <translation>&amp;Start page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first page of the manual</source>
        <translation>The first page of the manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the manual (Esc)</source>
        <translation>Close the manual (Esc)</translation>
    </message>
</context>
<context>
    <name>annostraat::MarkerKind</name>
    <message>
        <location filename="../core/model/kinds/markerkind.cpp" line="+31"/>
        <source>&quot;frame&quot; must be a whole number of 0 or more</source>
        <translation>&quot;frame&quot; must be a whole number of 0 or more</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no valid frame</source>
        <translation>no valid frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame %1</source>
        <translation>frame %1</translation>
    </message>
    <message>
        <location filename="../core/model/kinds/markerkind.h" line="+19"/>
        <source>Marker</source>
        <translation>Marker</translation>
    </message>
</context>
<context>
    <name>annostraat::Media</name>
    <message>
        <location filename="../core/media/georaster.cpp" line="+251"/>
        <location filename="../core/media/imagesource.cpp" line="+184"/>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/media/imagesource.cpp" line="+2"/>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/media/imagesource.cpp" line="+2"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the raster has no pixels or no bands</source>
        <translation>the raster has no pixels or no bands</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the TIFF file is truncated (its last block lies beyond the end of the file)</source>
        <translation>the TIFF file is truncated (its last block lies beyond the end of the file)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is not enough memory to decode the image</source>
        <translation>there is not enough memory to decode the image</translation>
    </message>
    <message>
        <location line="+150"/>
        <location line="+174"/>
        <source>the TIFF file is damaged or not a raster the program can read</source>
        <translation>the TIFF file is damaged or not a raster the program can read</translation>
    </message>
    <message>
        <location line="-168"/>
        <location filename="../core/media/imagesource.cpp" line="+11"/>
        <source>this is not an image in a format the program can read</source>
        <translation>this is not an image in a format the program can read</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>the image changed while it was open</source>
        <translation>the image changed while it was open</translation>
    </message>
    <message>
        <location filename="../core/media/imagesource.cpp" line="+6"/>
        <source>the image header is damaged</source>
        <translation>the image header is damaged</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the JPEG file is truncated or damaged (no end-of-image marker)</source>
        <translation>the JPEG file is truncated or damaged (no end-of-image marker)</translation>
    </message>
    <message>
        <location filename="../core/media/georaster.cpp" line="-347"/>
        <location filename="../core/media/imagesource.cpp" line="+4"/>
        <source>the image is %1 × %2 pixels; the limit is %3 megapixels</source>
        <translation>the image is %1 × %2 pixels; the limit is %3 megapixels</translation>
    </message>
    <message>
        <location filename="../core/media/imagesource.cpp" line="+6"/>
        <source>the image is %1 × %2 pixels and a progressive JPEG; those can only be shown up to %3 megapixels (save it as a baseline JPEG)</source>
        <translation>the image is %1 × %2 pixels and a progressive JPEG; those can only be shown up to %3 megapixels (save it as a baseline JPEG)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the image is %1 × %2 pixels; images in %3 format can only be shown up to %4 megapixels (JPEG has no such limit)</source>
        <translation>the image is %1 × %2 pixels; images in %3 format can only be shown up to %4 megapixels (JPEG has no such limit)</translation>
    </message>
    <message>
        <location filename="../core/media/georaster.cpp" line="+77"/>
        <location line="+12"/>
        <location line="+155"/>
        <location filename="../core/media/imagesource.cpp" line="+24"/>
        <location line="+34"/>
        <location line="+4"/>
        <source>the image cannot be decoded</source>
        <translation>the image cannot be decoded</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the overview cache folder %1 cannot be created</source>
        <translation>the overview cache folder %1 cannot be created</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+49"/>
        <location line="+11"/>
        <source>the overviews cannot be written to %1</source>
        <translation>the overviews cannot be written to %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>building the overviews was cancelled</source>
        <translation>building the overviews was cancelled</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../core/media/imagesource.cpp" line="-23"/>
        <source>the requested region lies outside the image</source>
        <translation>the requested region lies outside the image</translation>
    </message>
</context>
<context>
    <name>annostraat::MediaMessage</name>
    <message>
        <location filename="../widgets/editor/mediamessage.cpp" line="+37"/>
        <source>The file of this item is not on this computer:
%1</source>
        <translation>The file of this item is not on this computer:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>You can flag the item or skip it.</source>
        <translation>You can flag the item or skip it.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>This file cannot be shown:
%1
(%2)</source>
        <translation>This file cannot be shown:
%1
(%2)</translation>
    </message>
</context>
<context>
    <name>annostraat::NewTaskPage</name>
    <message>
        <location filename="../widgets/teamlead/newtaskpage.cpp" line="+97"/>
        <source>Task “%1”</source>
        <translation>Task “%1”</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>New task – Annostraat</source>
        <translation>New task – Annostraat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a task in five steps, in any order. Nothing is saved until you choose Create (Ctrl+Enter).</source>
        <translation>Make a task in five steps, in any order. Nothing is saved until you choose Create (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Media</source>
        <translation>1. Media</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Name and instructions</source>
        <translation>2. Name and instructions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Labels and questions</source>
        <translation>3. Labels and questions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4. People</source>
        <translation>4. People</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5. Review</source>
        <translation>5. Review</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the folder with the media. Every image, video and .txt text in it (and in its subfolders) becomes an item. Below you see what the task will hold before anything is saved.</source>
        <translation>Choose the folder with the media. Every image, video and .txt text in it (and in its subfolders) becomes an item. Below you see what the task will hold before anything is saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Media folder:</source>
        <translation>&amp;Media folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the media folder</source>
        <translation>Pick the media folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read the folder</source>
        <translation>&amp;Read the folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See what the folder will give: items per kind, files left out and why</source>
        <translation>See what the folder will give: items per kind, files left out and why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;A/B pairs: an image NAME_A with its NAME_B is one item</source>
        <translation>&amp;A/B pairs: an image NAME_A with its NAME_B is one item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the work is for (optional)</source>
        <translation>Who the work is for (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in the task list; annotators do not need it</source>
        <translation>Shown in the task list; annotators do not need it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert &amp;picture…</source>
        <translation>Insert &amp;picture…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put a picture from this PC in the instructions. On Create it is saved in the task, so annotators see it on their own PCs.</source>
        <translation>Put a picture from this PC in the instructions. On Create it is saved in the task, so annotators see it on their own PCs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Instructions for the annotators:</source>
        <translation>&amp;Instructions for the annotators:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown: # heading, **bold**, - list. Insert picture puts a picture in.</source>
        <translation>Markdown: # heading, **bold**, - list. Insert picture puts a picture in.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How annotators see it:</source>
        <translation>How annotators see it:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People who work on it (tick them). Nobody ticked: every annotator can do every item.</source>
        <translation>&amp;People who work on it (tick them). Nobody ticked: every annotator can do every item.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotators per &amp;item:</source>
        <translation>Annotators per &amp;item:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which work reviewers look at. Every rule adds work; nothing ticked: nothing is reviewed unless someone asks.</source>
        <translation>Which work reviewers look at. Every rule adds work; nothing ticked: nothing is reviewed unless someone asks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sample of the items:</source>
        <translation>&amp;Sample of the items:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A share of the items, drawn the same on every PC</source>
        <translation>A share of the items, drawn the same on every PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First items of each person:</source>
        <translation>&amp;First items of each person:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each person&apos;s first items, to see early whether the task is understood</source>
        <translation>Each person&apos;s first items, to see early whether the task is understood</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items where people &amp;disagree</source>
        <translation>Items where people &amp;disagree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items someone f&amp;lagged</source>
        <translation>Items someone f&amp;lagged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step before</source>
        <translation>The step before</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next step</source>
        <translation>The next step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the task, its items and who works on it, all at once (Ctrl+Enter)</source>
        <translation>Save the task, its items and who works on it, all at once (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window; a task not created is not saved (Esc)</source>
        <translation>Close this window; a task not created is not saved (Esc)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Media folder</source>
        <translation>Media folder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Insert a picture</source>
        <translation>Insert a picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Reading the folder…</source>
        <translation>Reading the folder…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder cannot become a task: %1</source>
        <translation>This folder cannot become a task: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No folder read yet.</source>
        <translation>No folder read yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The task will have %n item(s).</source>
        <translation>
            <numerusform>The task will have %n item.</numerusform>
            <numerusform>The task will have %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Images: %n</source>
        <translation>
            <numerusform>Images: %n</numerusform>
            <numerusform>Images: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A/B pairs: %n</source>
        <translation>
            <numerusform>A/B pairs: %n</numerusform>
            <numerusform>A/B pairs: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 with %2</source>
        <translation>%1 with %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Videos: %n</source>
        <translation>
            <numerusform>Videos: %n</numerusform>
            <numerusform>Videos: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 long, %3</source>
        <translation>%1: %2 long, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: its length and frame rate cannot be read; the video editor may not open it</source>
        <translation>%1: its length and frame rate cannot be read; the video editor may not open it</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Texts: %n</source>
        <translation>
            <numerusform>Texts: %n</numerusform>
            <numerusform>Texts: %n</numerusform>
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
        <translation>%1: %2, with its reference document</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Left out: %n file(s)</source>
        <translation>
            <numerusform>Left out: %n file</numerusform>
            <numerusform>Left out: %n files</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Nobody ticked: the task is for every annotator, each item once.</source>
        <translation>Nobody ticked: the task is for every annotator, each item once.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n person(s) ticked; the items are handed out in turn.</source>
        <translation>
            <numerusform>%n person ticked; the items are handed out in turn.</numerusform>
            <numerusform>%n people ticked; the items are handed out in turn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the folder is still being read</source>
        <translation>the folder is still being read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a media folder that can become a task (step 1)</source>
        <translation>a media folder that can become a task (step 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the media folder (step 1)</source>
        <translation>the media folder (step 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name (step 2)</source>
        <translation>a name (step 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the picture %1 of the instructions, which is not there (step 2)</source>
        <translation>the picture %1 of the instructions, which is not there (step 2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a complete schema (step 3): %1</source>
        <translation>a complete schema (step 3): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels and questions: start from a template, or add your own (step 3)</source>
        <translation>labels and questions: start from a template, or add your own (step 3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still needed: %1.</source>
        <translation>Still needed: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Ready: Create saves the task with %n item(s).</source>
        <translation>
            <numerusform>Ready: Create saves the task with %n item.</numerusform>
            <numerusform>Ready: Create saves the task with %n items.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This task was created already.</source>
        <translation>This task was created already.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>Nothing was saved: %1</source>
        <translation>Nothing was saved: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>“%1” is saved with %n item(s). Publish it (Team menu) to send it to the annotators&apos; PCs.</source>
        <translation>
            <numerusform>“%1” is saved with %n item. Publish it (Team menu) to send it to the annotators&apos; PCs.</numerusform>
            <numerusform>“%1” is saved with %n items. Publish it (Team menu) to send it to the annotators&apos; PCs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>annostraat::Op</name>
    <message>
        <location filename="../core/store/op.cpp" line="+99"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JSON object</source>
        <translation>a JSON object</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; has the unknown value &quot;%2&quot;; known values: %3</source>
        <translation>&quot;%1&quot; has the unknown value &quot;%2&quot;; known values: %3</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: unknown field &quot;%2&quot; in op</source>
        <translation>%1: unknown field &quot;%2&quot; in op</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: op field &quot;%2&quot; must be text</source>
        <translation>%1: op field &quot;%2&quot; must be text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: op field &quot;%2&quot; must be an object</source>
        <translation>%1: op field &quot;%2&quot; must be an object</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is not a timestamp</source>
        <translation>%1: &quot;%2&quot; is not a timestamp</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>op %1 lacks an id, author, entity id or timestamp</source>
        <translation>op %1 lacks an id, author, entity id or timestamp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>op %1: the op id, author or device is not a valid id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>op %1: the op id, author or device is not a valid id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>op %1: unknown entity &quot;%2&quot;</source>
        <translation>op %1: unknown entity &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>op %1: &quot;%2&quot; is not a valid id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>op %1: &quot;%2&quot; is not a valid id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>op %1: a %2 op needs exactly %3 key fields</source>
        <translation>op %1: a %2 op needs exactly %3 key fields</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>op %1: key field &quot;%2&quot; is not a valid id</source>
        <translation>op %1: key field &quot;%2&quot; is not a valid id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>op %1: key field &quot;%2&quot; is missing or not %3</source>
        <translation>op %1: key field &quot;%2&quot; is missing or not %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>op %1 changes no field</source>
        <translation>op %1 changes no field</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>op %1: a %2 has no field &quot;%3&quot;</source>
        <translation>op %1: a %2 has no field &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>op %1: field &quot;%2&quot; must be %3</source>
        <translation>op %1: field &quot;%2&quot; must be %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>schema</source>
        <translation>schema</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;facts&quot; must be a JSON object</source>
        <translation>&quot;facts&quot; must be a JSON object</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;extraMedia&quot; must be a JSON array</source>
        <translation>&quot;extraMedia&quot; must be a JSON array</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown annotation kind &quot;%1&quot;; known kinds: %2</source>
        <translation>unknown annotation kind &quot;%1&quot;; known kinds: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the id must be &quot;&lt;item&gt;/&lt;annotator&gt;&quot;</source>
        <translation>the id must be &quot;&lt;item&gt;/&lt;annotator&gt;&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;annotation&quot; must be an annotation id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>&quot;annotation&quot; must be an annotation id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;anchor&quot; must be a JSON object</source>
        <translation>&quot;anchor&quot; must be a JSON object</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id of a gold mark must be its item&apos;s</source>
        <translation>the id of a gold mark must be its item&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;reference&quot; must be a profile id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>&quot;reference&quot; must be a profile id (1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;)</translation>
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
        <translation>%1: cannot open the file to flush it: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1: flushing the files to disk failed: %2</source>
        <translation>%1: flushing the files to disk failed: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: flushing the file to disk failed: %2</source>
        <translation>%1: flushing the file to disk failed: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../core/bundle/packagewriter.cpp" line="+184"/>
        <source>%1: the file already exists; a package is written once and never replaced</source>
        <translation>%1: the file already exists; a package is written once and never replaced</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot rename the finished file to this name (tried %2 times): %3</source>
        <translation>%1: cannot rename the finished file to this name (tried %2 times): %3</translation>
    </message>
    <message>
        <location filename="../core/bundle/package.cpp" line="+43"/>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation>%1: unknown field &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is missing or not text</source>
        <translation>%1: &quot;%2&quot; is missing or not text</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;%2&quot; is missing or not a whole number from %3 to %4</source>
        <translation>%1: &quot;%2&quot; is missing or not a whole number from %3 to %4</translation>
    </message>
    <message>
        <location line="+64"/>
        <location filename="../core/bundle/packagereader.cpp" line="+411"/>
        <source>%1: not valid JSON (%2 at byte %3)</source>
        <translation>%1: not valid JSON (%2 at byte %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: must be a JSON object</source>
        <translation>%1: must be a JSON object</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;formatVersion&quot; is missing or not a whole number; this version of Annostraat reads package format version %2</source>
        <translation>%1: &quot;formatVersion&quot; is missing or not a whole number; this version of Annostraat reads package format version %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (the package was written by a newer Annostraat: update this PC)</source>
        <translation> (the package was written by a newer Annostraat: update this PC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: package format version %2 is not supported; this version of Annostraat reads format version %3 only%4</source>
        <translation>%1: package format version %2 is not supported; this version of Annostraat reads format version %3 only%4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: &quot;kind&quot; must be &quot;task&quot;, &quot;results&quot; or &quot;reviews&quot;</source>
        <translation>%1: &quot;kind&quot; must be &quot;task&quot;, &quot;results&quot; or &quot;reviews&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;taskId&quot; is not a valid id</source>
        <translation>%1: &quot;taskId&quot; is not a valid id</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;producer&quot; is missing or not an object</source>
        <translation>%1: &quot;producer&quot; is missing or not an object</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: &quot;created&quot; must be an ISO 8601 date and time in UTC, e.g. &quot;2024-05-01T12:00:00Z&quot;</source>
        <translation>%1: &quot;created&quot; must be an ISO 8601 date and time in UTC, e.g. &quot;2024-05-01T12:00:00Z&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;counts&quot; is missing or not an object</source>
        <translation>%1: &quot;counts&quot; is missing or not an object</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: &quot;entries&quot; is missing or not a list</source>
        <translation>%1: &quot;entries&quot; is missing or not a list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: entries[%2]</source>
        <translation>%1: entries[%2]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: must be an object</source>
        <translation>%1: must be an object</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+51"/>
        <location line="+42"/>
        <source>%1: &quot;sha256&quot; must be 64 lower-case hexadecimal digits</source>
        <translation>%1: &quot;sha256&quot; must be 64 lower-case hexadecimal digits</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>%1: the manifest cannot list itself</source>
        <translation>%1: the manifest cannot list itself</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: lists &quot;%2&quot; twice</source>
        <translation>%1: lists &quot;%2&quot; twice</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: &quot;kind&quot; must be &quot;image&quot;, &quot;video&quot;, &quot;text&quot; or &quot;image-pair&quot;</source>
        <translation>%1: &quot;kind&quot; must be &quot;image&quot;, &quot;video&quot;, &quot;text&quot; or &quot;image-pair&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: &quot;extraMedia&quot; must be a list</source>
        <translation>%1: &quot;extraMedia&quot; must be a list</translation>
    </message>
    <message>
        <location filename="../core/bundle/packageimport.cpp" line="+164"/>
        <source>%1: the package carries media, but no media folder was given to put them in</source>
        <translation>%1: the package carries media, but no media folder was given to put them in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot create the media folder</source>
        <translation>%1: cannot create the media folder</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: cannot create the file: %2</source>
        <translation>%1: cannot create the file: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/bundle/packagereader.cpp" line="+242"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: cannot write the file: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot rename the extracted media file to this name: %2</source>
        <translation>%1: cannot rename the extracted media file to this name: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: the media file of item %2 is missing or has changed</source>
        <translation>%1: the media file of item %2 is missing or has changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the media file of item %1 is not on this PC: neither %2 nor %3 exists with %4 bytes</source>
        <translation>the media file of item %1 is not on this PC: neither %2 nor %3 exists with %4 bytes</translation>
    </message>
    <message>
        <location filename="../core/bundle/packagereader.cpp" line="-568"/>
        <source>%1: the entry &quot;%2&quot; inflates to more than the %3 bytes its ZIP header declares; refused as a possible decompression bomb</source>
        <translation>%1: the entry &quot;%2&quot; inflates to more than the %3 bytes its ZIP header declares; refused as a possible decompression bomb</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the entry &quot;%2&quot; holds fewer bytes than the %3 its ZIP header declares; the package is damaged</source>
        <translation>%1: the entry &quot;%2&quot; holds fewer bytes than the %3 its ZIP header declares; the package is damaged</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>%1: reading the entry &quot;%2&quot; failed: %3</source>
        <translation>%1: reading the entry &quot;%2&quot; failed: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is not a file</source>
        <translation>%1: is not a file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is empty; it is not a package</source>
        <translation>%1: the file is empty; it is not a package</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the ZIP file is truncated or damaged: its central directory (the list of entries at its end) is missing</source>
        <translation>%1: the ZIP file is truncated or damaged: its central directory (the list of entries at its end) is missing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not a ZIP file, so not a package</source>
        <translation>%1: not a ZIP file, so not a package</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the entry &quot;%2&quot; occurs more than once; a package holds each name once</source>
        <translation>%1: the entry &quot;%2&quot; occurs more than once; a package holds each name once</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: an entry name occurs more than once; a package holds each name once</source>
        <translation>%1: an entry name occurs more than once; a package holds each name once</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the ZIP file is damaged (%2)</source>
        <translation>%1: the ZIP file is damaged (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not a valid ZIP file (%2)</source>
        <translation>%1: not a valid ZIP file (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: holds %2 entries, more than the limit of %3</source>
        <translation>%1: holds %2 entries, more than the limit of %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot read entry %2 of the ZIP directory: %3</source>
        <translation>%1: cannot read entry %2 of the ZIP directory: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: an entry has an empty name</source>
        <translation>%1: an entry has an empty name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the entry name &quot;%2&quot; is not valid UTF-8</source>
        <translation>%1: the entry name &quot;%2&quot; is not valid UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the entry name &quot;%2&quot; contains a backslash; package paths use &quot;/&quot;</source>
        <translation>%1: the entry name &quot;%2&quot; contains a backslash; package paths use &quot;/&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the entry &quot;%2&quot; has an absolute path; package paths are relative</source>
        <translation>%1: the entry &quot;%2&quot; has an absolute path; package paths are relative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the entry &quot;%2&quot; starts with a drive letter; package paths are relative</source>
        <translation>%1: the entry &quot;%2&quot; starts with a drive letter; package paths are relative</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the entry &quot;%2&quot; contains &quot;..&quot;, which would lead outside the folder it is extracted to</source>
        <translation>%1: the entry &quot;%2&quot; contains &quot;..&quot;, which would lead outside the folder it is extracted to</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the entry name &quot;%2&quot; contains a control character</source>
        <translation>%1: the entry name &quot;%2&quot; contains a control character</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the entry name &quot;%2&quot; contains &quot;:&quot; (a drive or a Windows stream)</source>
        <translation>%1: the entry name &quot;%2&quot; contains &quot;:&quot; (a drive or a Windows stream)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the entry &quot;%2&quot; has an empty or &quot;.&quot; path component</source>
        <translation>%1: the entry &quot;%2&quot; has an empty or &quot;.&quot; path component</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the entry &quot;%2&quot; is a symbolic link; packages hold only plain files</source>
        <translation>%1: the entry &quot;%2&quot; is a symbolic link; packages hold only plain files</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the entry &quot;%2&quot; is not a plain file (Unix file type %3)</source>
        <translation>%1: the entry &quot;%2&quot; is not a plain file (Unix file type %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the entry &quot;%2&quot; is a folder; a package holds no folder but &quot;media/&quot;</source>
        <translation>%1: the entry &quot;%2&quot; is a folder; a package holds no folder but &quot;media/&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the entry &quot;%2&quot; is encrypted; packages are never encrypted</source>
        <translation>%1: the entry &quot;%2&quot; is encrypted; packages are never encrypted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the entry &quot;%2&quot; uses compression method %3; packages use only stored (0) or deflate (8)</source>
        <translation>%1: the entry &quot;%2&quot; uses compression method %3; packages use only stored (0) or deflate (8)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the ZIP directory gives no size for the entry &quot;%2&quot;</source>
        <translation>%1: the ZIP directory gives no size for the entry &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: the entry &quot;%2&quot; is not listed in manifest.json</source>
        <translation>%1: the entry &quot;%2&quot; is not listed in manifest.json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: manifest.json lists &quot;%2&quot;, but the package does not contain it</source>
        <translation>%1: manifest.json lists &quot;%2&quot;, but the package does not contain it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the entry &quot;%2&quot; holds %3 bytes according to the ZIP directory, but manifest.json says %4</source>
        <translation>%1: the entry &quot;%2&quot; holds %3 bytes according to the ZIP directory, but manifest.json says %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+286"/>
        <source>%1: the entry &quot;%2&quot; declares %3 bytes, more than the limit of %4 bytes for %5</source>
        <translation>%1: the entry &quot;%2&quot; declares %3 bytes, more than the limit of %4 bytes for %5</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>a media file</source>
        <translation>a media file</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+285"/>
        <source>a JSON entry</source>
        <translation>a JSON entry</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>%1: the entries add up to more than the limit of %2 bytes for one package</source>
        <translation>%1: the entries add up to more than the limit of %2 bytes for one package</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the package lacks &quot;%2&quot;, which every package has</source>
        <translation>%1: the package lacks &quot;%2&quot;, which every package has</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the entry &quot;%2&quot; has no place in a version %3 package (it holds manifest.json, schema.json, items.jsonl, ops.jsonl and media/&lt;sha256&gt;.&lt;ext&gt; only)</source>
        <translation>%1: the entry &quot;%2&quot; has no place in a version %3 package (it holds manifest.json, schema.json, items.jsonl, ops.jsonl and media/&lt;sha256&gt;.&lt;ext&gt; only)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the entry &quot;%2&quot; is a media file, but a %3 package carries no media</source>
        <translation>%1: the entry &quot;%2&quot; is a media file, but a %3 package carries no media</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the entry &quot;%2&quot; is named after SHA-256 %3, but manifest.json gives %4</source>
        <translation>%1: the entry &quot;%2&quot; is named after SHA-256 %3, but manifest.json gives %4</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+265"/>
        <source>%1: the entry &quot;%2&quot; does not match its SHA-256 in manifest.json (expected %3, found %4); the package is damaged or was changed</source>
        <translation>%1: the entry &quot;%2&quot; does not match its SHA-256 in manifest.json (expected %3, found %4); the package is damaged or was changed</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>%1: items.jsonl line %2</source>
        <translation>%1: items.jsonl line %2</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1: the line is empty</source>
        <translation>%1: the line is empty</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not a JSON object</source>
        <translation>%1: not a JSON object</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: the item &quot;%2&quot; appears twice</source>
        <translation>%1: the item &quot;%2&quot; appears twice</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;media&quot; is missing; a task package carries every item&apos;s media</source>
        <translation>%1: &quot;media&quot; is missing; a task package carries every item&apos;s media</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;media&quot; must be &quot;media/%2.&lt;ext&gt;&quot;</source>
        <translation>%1: &quot;media&quot; must be &quot;media/%2.&lt;ext&gt;&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the media entry &quot;%2&quot; is not in the package</source>
        <translation>%1: the media entry &quot;%2&quot; is not in the package</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the item is %2 bytes, but its media entry &quot;%3&quot; holds %4</source>
        <translation>%1: the item is %2 bytes, but its media entry &quot;%3&quot; holds %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: a %2 package carries no media, so &quot;media&quot; must be absent</source>
        <translation>%1: a %2 package carries no media, so &quot;media&quot; must be absent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: manifest.json counts %2 items, but items.jsonl holds %3</source>
        <translation>%1: manifest.json counts %2 items, but items.jsonl holds %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: ops.jsonl line %2</source>
        <translation>%1: ops.jsonl line %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the op belongs to task %2, not to this package&apos;s task %3</source>
        <translation>%1: the op belongs to task %2, not to this package&apos;s task %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: a %2 package may not change tasks, items or assignments, only annotations, submissions, reviews and profiles</source>
        <translation>%1: a %2 package may not change tasks, items or assignments, only annotations, submissions, reviews and profiles</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: manifest.json counts %2 ops, but ops.jsonl holds %3</source>
        <translation>%1: manifest.json counts %2 ops, but ops.jsonl holds %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: ops.jsonl holds no op for the task %2 itself</source>
        <translation>%1: ops.jsonl holds no op for the task %2 itself</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: items.jsonl line %2: no op in ops.jsonl creates the item &quot;%3&quot;</source>
        <translation>%1: items.jsonl line %2: no op in ops.jsonl creates the item &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the entry &quot;%2&quot; belongs to no item in items.jsonl</source>
        <translation>%1: the entry &quot;%2&quot; belongs to no item in items.jsonl</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: has no manifest.json, so it is not an Annostraat package</source>
        <translation>%1: has no manifest.json, so it is not an Annostraat package</translation>
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
        <translation>%1: the entry &quot;%2&quot; is not in the package</translation>
    </message>
    <message>
        <location filename="../core/bundle/packagewriter.cpp" line="-105"/>
        <source>%1: cannot read the media file: %2</source>
        <translation>%1: cannot read the media file: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: reading the media file failed: %2</source>
        <translation>%1: reading the media file failed: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the media file has changed since the task was created (it is now larger than %2 bytes); the package was not written</source>
        <translation>%1: the media file has changed since the task was created (it is now larger than %2 bytes); the package was not written</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+94"/>
        <source>%1: the media file has changed since the task was created (%2 bytes instead of %3); the package was not written</source>
        <translation>%1: the media file has changed since the task was created (%2 bytes instead of %3); the package was not written</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>%1: the media file has changed since the task was created (SHA-256 %2 instead of %3); the package was not written</source>
        <translation>%1: the media file has changed since the task was created (SHA-256 %2 instead of %3); the package was not written</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: the folder does not exist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the media file is missing; the package was not written</source>
        <translation>%1: the media file is missing; the package was not written</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: cannot create the package: %2</source>
        <translation>%1: cannot create the package: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: cannot build the package: %2</source>
        <translation>%1: cannot build the package: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: writing the package failed: %2</source>
        <translation>%1: writing the package failed: %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+59"/>
        <source>%1: there is no task &quot;%2&quot;</source>
        <translation>%1: there is no task &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1: a task package is written with writeTaskPackage()</source>
        <translation>%1: a task package is written with writeTaskPackage()</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: op %2 belongs to task %3, not to %4</source>
        <translation>%1: op %2 belongs to task %3, not to %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: op %2 changes a %3; a %4 package carries only annotations, submissions, reviews and profiles</source>
        <translation>%1: op %2 changes a %3; a %4 package carries only annotations, submissions, reviews and profiles</translation>
    </message>
</context>
<context>
    <name>annostraat::PairEditor</name>
    <message>
        <location filename="../widgets/pair/paireditor.cpp" line="+155"/>
        <source>This pair has no B image:
%1</source>
        <translation>This pair has no B image:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can flag the item or skip it.</source>
        <translation>You can flag the item or skip it.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This could not be kept: %1</source>
        <translation>This could not be kept: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chosen: no difference.</source>
        <translation>Chosen: no difference.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chosen: %1.</source>
        <translation>Chosen: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>= No difference</source>
        <translation>= No difference</translation>
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
        <translation>A or B chooses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This task asks no A/B question</source>
        <translation>This task asks no A/B question</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose &amp;A</source>
        <translation>Choose &amp;A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image A is the better one</source>
        <translation>Image A is the better one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose &amp;B</source>
        <translation>Choose &amp;B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Image B is the better one</source>
        <translation>Image B is the better one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No difference</source>
        <translation>&amp;No difference</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neither image is better</source>
        <translation>Neither image is better</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show both images larger</source>
        <translation>Show both images larger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show both images smaller</source>
        <translation>Show both images smaller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit images</source>
        <translation>&amp;Fit images</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show both images whole</source>
        <translation>Show both images whole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image A</source>
        <translation>Image A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image B</source>
        <translation>Image B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose A (key A)</source>
        <translation>Choose A (key A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose B (key B)</source>
        <translation>Choose B (key B)</translation>
    </message>
</context>
<context>
    <name>annostraat::PolygonKind</name>
    <message>
        <location filename="../core/model/kinds/polygonkind.cpp" line="+29"/>
        <source>no valid outline</source>
        <translation>no valid outline</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n point(s), %1 px²</source>
        <translation>
            <numerusform>%n point, %1 px²</numerusform>
            <numerusform>%n points, %1 px²</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/model/kinds/polygonkind.h" line="+20"/>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
</context>
<context>
    <name>annostraat::PolygonTool</name>
    <message>
        <location filename="../widgets/tools/polygon/polygontool.h" line="+18"/>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click the vertices; click the first one or press Enter to close. Backspace removes the last vertex.</source>
        <translation>Click the vertices; click the first one or press Enter to close. Backspace removes the last vertex.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not a polygon this way: %1</source>
        <translation>Not a polygon this way: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not closed yet: %1. Add a vertex or press Backspace.</source>
        <translation>Not closed yet: %1. Add a vertex or press Backspace.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A polygon needs at least 3 vertices; it was not kept.</source>
        <translation>A polygon needs at least 3 vertices; it was not kept.</translation>
    </message>
</context>
<context>
    <name>annostraat::ProfilePage</name>
    <message>
        <location filename="../app/gui/profilepage.cpp" line="+133"/>
        <source>Who is working?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your &amp;profile with the arrow keys and press Enter.</source>
        <translation>Choose your &amp;profile with the arrow keys and press Enter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work as the chosen profile (Enter)</source>
        <translation>Work as the chosen profile (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a profile for another person</source>
        <translation>Add a profile for another person</translation>
    </message>
</context>
<context>
    <name>annostraat::ProgramKeys</name>
    <message>
        <location filename="../core/model/programkeys.cpp" line="+25"/>
        <source>Show the keyboard shortcuts</source>
        <translation>Show the keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select tool</source>
        <translation>Select tool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box tool</source>
        <translation>Box tool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon tool</source>
        <translation>Polygon tool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crack tool</source>
        <translation>Crack tool</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+20"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Move the image while held</source>
        <translation>Move the image while held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause</source>
        <translation>Play or pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play slower or backwards</source>
        <translation>Play slower or backwards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play faster</source>
        <translation>Play faster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the start of a segment</source>
        <translation>Set the start of a segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the end of a segment</source>
        <translation>Set the end of a segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a marker</source>
        <translation>Add a marker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the chosen part here</source>
        <translation>Set the chosen part here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the previous start or end</source>
        <translation>Go to the previous start or end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next start or end</source>
        <translation>Go to the next start or end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole video on the timeline</source>
        <translation>Show the whole video on the timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in on the timeline</source>
        <translation>Zoom in on the timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out on the timeline</source>
        <translation>Zoom out on the timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose A</source>
        <translation>Choose A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose B</source>
        <translation>Choose B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No difference</source>
        <translation>No difference</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the image editor</source>
        <translation>the image editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the video editor</source>
        <translation>the video editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the A/B editor</source>
        <translation>the A/B editor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every window</source>
        <translation>every window</translation>
    </message>
</context>
<context>
    <name>annostraat::QuestionForm</name>
    <message>
        <location filename="../widgets/questionform.cpp" line="+338"/>
        <source>Keys %1 to %2 choose a rating.</source>
        <translation>Keys %1 to %2 choose a rating.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a rating with the mouse or the arrow keys and Space.</source>
        <translation>Choose a rating with the mouse or the arrow keys and Space.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys 1 to %1 choose an answer.</source>
        <translation>Keys 1 to %1 choose an answer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key beside an answer chooses it.</source>
        <translation>The key beside an answer chooses it.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The letter beside an answer ticks or unticks it; tick at most %n.</source>
        <translation>
            <numerusform>The letter beside an answer ticks or unticks it; tick at most %n.</numerusform>
            <numerusform>The letter beside an answer ticks or unticks it; tick at most %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter beside an answer ticks or unticks it; tick all that apply.</source>
        <translation>The letter beside an answer ticks or unticks it; tick all that apply.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key A or B chooses.</source>
        <translation>Key A or B chooses.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key A or B chooses; = or 0: no difference.</source>
        <translation>Key A or B chooses; = or 0: no difference.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept when you press Enter or leave the field.</source>
        <translation>Kept when you press Enter or leave the field.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>This task has no questions.</source>
        <translation>This task has no questions.</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>= No difference</source>
        <translation>= No difference</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>No item is open.</source>
        <translation>No item is open.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no questions for this item.</source>
        <translation>There are no questions for this item.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your answer here</source>
        <translation>Type your answer here</translation>
    </message>
</context>
<context>
    <name>annostraat::Questions</name>
    <message>
        <location filename="../core/model/questions.cpp" line="+47"/>
        <source>question &quot;%1&quot;: the answer must be one of: %2</source>
        <translation>question &quot;%1&quot;: the answer must be one of: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>question &quot;%1&quot;: the rating must be a whole number from %2 to %3</source>
        <translation>question &quot;%1&quot;: the rating must be a whole number from %2 to %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question &quot;%1&quot;: the answer must be text</source>
        <translation>question &quot;%1&quot;: the answer must be text</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>question &quot;%1&quot;: the answer must be &quot;A&quot;, &quot;B&quot; or &quot;same&quot;</source>
        <translation>question &quot;%1&quot;: the answer must be &quot;A&quot;, &quot;B&quot; or &quot;same&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question &quot;%1&quot;: the answer must be &quot;A&quot; or &quot;B&quot;</source>
        <translation>question &quot;%1&quot;: the answer must be &quot;A&quot; or &quot;B&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>question &quot;%1&quot;: the answer must be a list of one or more of: %2</source>
        <translation>question &quot;%1&quot;: the answer must be a list of one or more of: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>question &quot;%1&quot;: each chosen answer must be one of: %2</source>
        <translation>question &quot;%1&quot;: each chosen answer must be one of: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>question &quot;%1&quot;: &quot;%2&quot; is chosen twice</source>
        <translation>question &quot;%1&quot;: &quot;%2&quot; is chosen twice</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>question &quot;%1&quot;: choose at most %n</source>
        <translation>
            <numerusform>question &quot;%1&quot;: choose at most %n</numerusform>
            <numerusform>question &quot;%1&quot;: choose at most %n</numerusform>
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
            <numerusform>%1 (choose at least %n)</numerusform>
            <numerusform>%1 (choose at least %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not done yet: please answer %1 first. You can also flag or skip the item.</source>
        <translation>Not done yet: please answer %1 first. You can also flag or skip the item.</translation>
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
        <translation>the file is not valid UTF-8 text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the table is too large to show (%1 cells, at most %2)</source>
        <translation>the table is too large to show (%1 cells, at most %2)</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>the file is not there</source>
        <translation>the file is not there</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is too large to show (%1 MB, at most %2 MB)</source>
        <translation>the file is too large to show (%1 MB, at most %2 MB)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a reference document must be a .csv, .json or .txt file</source>
        <translation>a reference document must be a .csv, .json or .txt file</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>a quoted field is not closed</source>
        <translation>a quoted field is not closed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>after a closing quote comes &quot;%1&quot; instead of the separator &quot;%2&quot; or the line&apos;s end</source>
        <translation>after a closing quote comes &quot;%1&quot; instead of the separator &quot;%2&quot; or the line&apos;s end</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a quote inside a field that does not start with one (write the whole field in quotes and the quote twice)</source>
        <translation>a quote inside a field that does not start with one (write the whole field in quotes and the quote twice)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the table is empty: it needs a header line</source>
        <translation>the table is empty: it needs a header line</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this line has %1 cells, the header has %2</source>
        <translation>this line has %1 cells, the header has %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>entry %1 of the array is not an object; a table in JSON is an array of objects, an object of arrays or an object of objects</source>
        <translation>entry %1 of the array is not an object; a table in JSON is an array of objects, an object of arrays or an object of objects</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+37"/>
        <source>a table in JSON is an array of objects, an object of arrays (one per column) or an object of objects (one per row)</source>
        <translation>a table in JSON is an array of objects, an object of arrays (one per column) or an object of objects (one per row)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>column &quot;%1&quot; has %2 values, column &quot;%3&quot; has %4</source>
        <translation>column &quot;%1&quot; has %2 values, column &quot;%3&quot; has %4</translation>
    </message>
</context>
<context>
    <name>annostraat::ReferencePane</name>
    <message>
        <location filename="../widgets/text/referencepane.cpp" line="+135"/>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The source data is not on this computer:
%1</source>
        <translation>The source data is not on this computer:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source data cannot be shown.

%1
%2</source>
        <translation>The source data cannot be shown.

%1
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can still tag the text. Flag the item if you need the source data to judge it.</source>
        <translation>You can still tag the text. Flag the item if you need the source data to judge it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Source data</source>
        <translation>Source data</translation>
    </message>
</context>
<context>
    <name>annostraat::RejectDialog</name>
    <message>
        <location filename="../widgets/review/rejectdialog.cpp" line="+93"/>
        <location line="+14"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>What should %1 look at again? Your comment goes back to them with the item: say what to change, so they can learn from it.</source>
        <translation>What should %1 look at again? Your comment goes back to them with the item: say what to change, so they can learn from it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About the whole item</source>
        <translation>About the whole item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About: %1</source>
        <translation>About: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also say where: %1</source>
        <comment>in the reject dialog; %1 is e.g. &quot;at 00:00:41:09&quot; or &quot;at “Sanne”&quot;</comment>
        <translation>Also say where: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The comment points to this place on the annotation: where you are in the video, or the words you selected</source>
        <translation>The comment points to this place on the annotation: where you are in the video, or the words you selected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a comment, or choose one with Down</source>
        <translation>Type a comment, or choose one with Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text, or one of the task&apos;s ready-made comments</source>
        <translation>Free text, or one of the task&apos;s ready-made comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment for %1</source>
        <translation>Comment for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the item back with this comment (Enter)</source>
        <translation>Send the item back with this comment (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without a verdict (Esc)</source>
        <translation>Close without a verdict (Esc)</translation>
    </message>
</context>
<context>
    <name>annostraat::Reliability</name>
    <message>
        <location filename="../core/quality/reliability.cpp" line="+54"/>
        <source>this coefficient needs numbers, and &quot;%1&quot; is not one</source>
        <translation>this coefficient needs numbers, and &quot;%1&quot; is not one</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>undefined: all ratings are the same, so no disagreement could be expected by chance</source>
        <translation>undefined: all ratings are the same, so no disagreement could be expected by chance</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the weights must be a table as large as the counts</source>
        <translation>the weights must be a table as large as the counts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the counts and the weights must be square tables of the same size</source>
        <translation>the counts and the weights must be square tables of the same size</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+32"/>
        <source>undefined: no unit was rated by both</source>
        <translation>undefined: no unit was rated by both</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cohen&apos;s kappa needs two raters</source>
        <translation>Cohen&apos;s kappa needs two raters</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>undefined: no unit was rated by every rater</source>
        <translation>undefined: no unit was rated by every rater</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fleiss&apos; kappa needs at least two ratings per unit</source>
        <translation>Fleiss&apos; kappa needs at least two ratings per unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every unit must have a count for every category</source>
        <translation>every unit must have a count for every category</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a count cannot be negative</source>
        <translation>a count cannot be negative</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fleiss&apos; kappa needs the same number of ratings on every unit (%1 and %2 here)</source>
        <translation>Fleiss&apos; kappa needs the same number of ratings on every unit (%1 and %2 here)</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+34"/>
        <source>undefined: no unit has two ratings to compare</source>
        <translation>undefined: no unit has two ratings to compare</translation>
    </message>
</context>
<context>
    <name>annostraat::ReviewPanel</name>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="+42"/>
        <source>waits for a verdict</source>
        <translation>waits for a verdict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected, back with its author</source>
        <translation>rejected, back with its author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed and accepted</source>
        <translation>fixed and accepted</translation>
    </message>
    <message>
        <location line="+284"/>
        <source>Item %1 (%2) · %3 · %4</source>
        <translation>Item %1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The whole item</source>
        <translation>The whole item</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Reviewers and team leads see the review queue here.</source>
        <translation>Reviewers and team leads see the review queue here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing in this task waits for a review.</source>
        <translation>Nothing in this task waits for a review.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose work in the review queue.</source>
        <translation>Choose work in the review queue.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1&apos;s work on this item is not in the review queue.</source>
        <translation>%1&apos;s work on this item is not in the review queue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s work: %2.</source>
        <translation>%1&apos;s work: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment: “%1”</source>
        <translation>Your comment: “%1”</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1&apos;s work is accepted.</source>
        <translation>%1&apos;s work is accepted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item goes back to %1 with your comment.</source>
        <translation>The item goes back to %1 with your comment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s work is accepted with your fix. Your layer now holds a copy of their work: correct it there.</source>
        <translation>%1&apos;s work is accepted with your fix. Your layer now holds a copy of their work: correct it there.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s work is accepted with your fix.</source>
        <translation>%1&apos;s work is accepted with your fix.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Re&amp;view queue</source>
        <translation>Re&amp;view queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Their annotations (read-only)</source>
        <translation>Their annotations (read-only)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept this person&apos;s work on the item</source>
        <translation>Accept this person&apos;s work on the item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the item back with a comment, about the chosen annotation or the whole item</source>
        <translation>Send the item back with a comment, about the chosen annotation or the whole item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix and accept</source>
        <comment>the review panel&apos;s button: keep it short, the column is narrow</comment>
        <translation>Fix and accept</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fix and accept</source>
        <translation>&amp;Fix and accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept with your own correction in your layer. With nothing in your layer yet, their work is copied into it to correct; theirs stays as it was</source>
        <translation>Accept with your own correction in your layer. With nothing in your layer yet, their work is copied into it to correct; theirs stays as it was</translation>
    </message>
</context>
<context>
    <name>annostraat::ReviewQueue</name>
    <message>
        <location filename="../core/quality/reviewqueue.cpp" line="+137"/>
        <source>%1 and %2 disagree (%3)</source>
        <translation>%1 and %2 disagree (%3)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>in the task&apos;s sample of %1 %</source>
        <translation>in the task&apos;s sample of %1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of %1&apos;s first %2 items</source>
        <translation>one of %1&apos;s first %2 items</translation>
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
        <translation>flagged by %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>marked done again after a verdict</source>
        <translation>marked done again after a verdict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a verdict was given</source>
        <translation>a verdict was given</translation>
    </message>
</context>
<context>
    <name>annostraat::Schema</name>
    <message>
        <location filename="../core/model/schema.cpp" line="+57"/>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation>%1: unknown field &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>attribute &quot;%1&quot; must be true or false</source>
        <translation>attribute &quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attribute &quot;%1&quot; must be a %2</source>
        <translation>attribute &quot;%1&quot; must be a %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>whole number</source>
        <translation>whole number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attribute &quot;%1&quot; must be between %2 and %3</source>
        <translation>attribute &quot;%1&quot; must be between %2 and %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attribute &quot;%1&quot; must be text</source>
        <translation>attribute &quot;%1&quot; must be text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attribute &quot;%1&quot; must be one of: %2</source>
        <translation>attribute &quot;%1&quot; must be one of: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: not valid JSON at byte %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the schema must be a JSON object</source>
        <translation>%1: the schema must be a JSON object</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>schema</source>
        <translation>schema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schema format %1 is not supported; this version reads format %2</source>
        <translation>schema format %1 is not supported; this version reads format %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(missing)</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;labels&quot; must be a list</source>
        <translation>&quot;labels&quot; must be a list</translation>
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
        <translation>%1 must be an object</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>question %1 (&quot;%2&quot;)</source>
        <translation>question %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the whole numbers %1 to %2</source>
        <translation>the whole numbers %1 to %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any text</source>
        <translation>any text</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;when&quot; must be an object like {&quot;question&quot;: &quot;id&quot;, &quot;answers&quot;: [...]}</source>
        <translation>%1: &quot;when&quot; must be an object like {&quot;question&quot;: &quot;id&quot;, &quot;answers&quot;: [...]}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, &quot;when&quot;</source>
        <translation>%1, &quot;when&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;question&quot; must name an earlier question</source>
        <translation>%1: &quot;question&quot; must name an earlier question</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: there is no earlier question &quot;%2&quot;; a question can only depend on one before it</source>
        <translation>%1: there is no earlier question &quot;%2&quot;; a question can only depend on one before it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: question &quot;%2&quot; takes free text; a question can only depend on a choice, multichoice, rating or A/B question</source>
        <translation>%1: question &quot;%2&quot; takes free text; a question can only depend on a choice, multichoice, rating or A/B question</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;answers&quot; must list at least one answer of question &quot;%2&quot;</source>
        <translation>%1: &quot;answers&quot; must list at least one answer of question &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: question &quot;%2&quot; has no answer %3; its answers are: %4</source>
        <translation>%1: question &quot;%2&quot; has no answer %3; its answers are: %4</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: each choice must be a text of its own</source>
        <translation>%1: each choice must be a text of its own</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: a multichoice question needs &quot;choices&quot;</source>
        <translation>%1: a multichoice question needs &quot;choices&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;min&quot; and &quot;max&quot; must be whole numbers</source>
        <translation>%1: &quot;min&quot; and &quot;max&quot; must be whole numbers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a multichoice question needs &quot;min&quot; of 1 or more and &quot;max&quot; from &quot;min&quot; up to the number of choices (%2)</source>
        <translation>%1: a multichoice question needs &quot;min&quot; of 1 or more and &quot;max&quot; from &quot;min&quot; up to the number of choices (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;required&quot; must be true or false</source>
        <translation>%1: &quot;required&quot; must be true or false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;noDifference&quot; is true or false, and only for an &quot;ab&quot; question</source>
        <translation>%1: &quot;noDifference&quot; is true or false, and only for an &quot;ab&quot; question</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;mediaKinds&quot; must list at least one media kind</source>
        <translation>%1: &quot;mediaKinds&quot; must list at least one media kind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unknown media kind &quot;%2&quot;; known kinds: %3</source>
        <translation>%1: unknown media kind &quot;%2&quot;; known kinds: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;labels&quot; must list at least one label</source>
        <translation>%1: &quot;labels&quot; must list at least one label</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;labels&quot; names &quot;%2&quot;, which is not a label of this schema</source>
        <translation>%1: &quot;labels&quot; names &quot;%2&quot;, which is not a label of this schema</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 has no name</source>
        <translation>%1 has no name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the name is used twice</source>
        <translation>%1: the name is used twice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: colour &quot;%2&quot; is not a colour like &quot;#d62728&quot;</source>
        <translation>%1: colour &quot;%2&quot; is not a colour like &quot;#d62728&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: hotkey &quot;%2&quot; must be a single key</source>
        <translation>%1: hotkey &quot;%2&quot; must be a single key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: hotkey &quot;%2&quot; is used by another label</source>
        <translation>%1: hotkey &quot;%2&quot; is used by another label</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;kinds&quot; must list at least one annotation kind</source>
        <translation>%1: &quot;kinds&quot; must list at least one annotation kind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: unknown annotation kind &quot;%2&quot;; known kinds: %3</source>
        <translation>%1: unknown annotation kind &quot;%2&quot;; known kinds: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, attribute %2</source>
        <translation>%1, attribute %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: needs a name of its own</source>
        <translation>%1: needs a name of its own</translation>
    </message>
    <message>
        <location line="-216"/>
        <location line="+220"/>
        <source>%1: unknown type &quot;%2&quot;; known types: %3</source>
        <translation>%1: unknown type &quot;%2&quot;; known types: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: a choice attribute needs &quot;choices&quot;</source>
        <translation>%1: a choice attribute needs &quot;choices&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: default value: %2</source>
        <translation>%1: default value: %2</translation>
    </message>
    <message>
        <location line="-311"/>
        <source>question %1</source>
        <translation>question %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1: needs an id of its own</source>
        <translation>%1: needs an id of its own</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: a choice question needs &quot;choices&quot;</source>
        <translation>%1: a choice question needs &quot;choices&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: &quot;max&quot; must be greater than &quot;min&quot;</source>
        <translation>%1: &quot;max&quot; must be greater than &quot;min&quot;</translation>
    </message>
    <message>
        <location line="+214"/>
        <source>&quot;questions&quot; must be a list</source>
        <translation>&quot;questions&quot; must be a list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;spans&quot; must be an object like {&quot;snap&quot;: &quot;words&quot;}</source>
        <translation>&quot;spans&quot; must be an object like {&quot;snap&quot;: &quot;words&quot;}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;spans&quot;</source>
        <translation>&quot;spans&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;spans&quot;: &quot;snap&quot; must be &quot;words&quot; or &quot;characters&quot;, not %1</source>
        <translation>&quot;spans&quot;: &quot;snap&quot; must be &quot;words&quot; or &quot;characters&quot;, not %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;locators&quot; must be an object like {&quot;names&quot;: [&quot;Recap&quot;, &quot;Main program&quot;]}</source>
        <translation>&quot;locators&quot; must be an object like {&quot;names&quot;: [&quot;Recap&quot;, &quot;Main program&quot;]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;locators&quot;</source>
        <translation>&quot;locators&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;locators&quot;: &quot;names&quot; must be a list of at least one name</source>
        <translation>&quot;locators&quot;: &quot;names&quot; must be a list of at least one name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;locators&quot;: every name must be a text that is not empty</source>
        <translation>&quot;locators&quot;: every name must be a text that is not empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;locators&quot;: &quot;%1&quot; is named twice</source>
        <translation>&quot;locators&quot;: &quot;%1&quot; is named twice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;locators&quot;: &quot;mayOverlap&quot; must be true or false</source>
        <translation>&quot;locators&quot;: &quot;mayOverlap&quot; must be true or false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;video&quot; must be an object like {&quot;startTimecode&quot;: &quot;10:00:00:00&quot;}</source>
        <translation>&quot;video&quot; must be an object like {&quot;startTimecode&quot;: &quot;10:00:00:00&quot;}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;video&quot;</source>
        <translation>&quot;video&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;video&quot;: &quot;startTimecode&quot; must read HH:MM:SS:FF (or HH:MM:SS;FF for drop-frame), like &quot;10:00:00:00&quot;</source>
        <translation>&quot;video&quot;: &quot;startTimecode&quot; must read HH:MM:SS:FF (or HH:MM:SS;FF for drop-frame), like &quot;10:00:00:00&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;flagReasons&quot; must be a list of texts, like [&quot;Not a dike&quot;]</source>
        <translation>&quot;flagReasons&quot; must be a list of texts, like [&quot;Not a dike&quot;]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;flagReasons&quot;: every reason must be a text of 1 to %1 characters</source>
        <translation>&quot;flagReasons&quot;: every reason must be a text of 1 to %1 characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;flagReasons&quot;: &quot;%1&quot; is named twice</source>
        <translation>&quot;flagReasons&quot;: &quot;%1&quot; is named twice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;tools&quot; must be an object like {&quot;assistedTracing&quot;: true}</source>
        <translation>&quot;tools&quot; must be an object like {&quot;assistedTracing&quot;: true}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;tools&quot;</source>
        <translation>&quot;tools&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;tools&quot;: &quot;assistedTracing&quot; must be true or false</source>
        <translation>&quot;tools&quot;: &quot;assistedTracing&quot; must be true or false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;dashboard&quot; must be an object like {&quot;annotatorsSeePace&quot;: true}</source>
        <translation>&quot;dashboard&quot; must be an object like {&quot;annotatorsSeePace&quot;: true}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;dashboard&quot;</source>
        <translation>&quot;dashboard&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;dashboard&quot;: &quot;annotatorsSeePace&quot; must be true or false</source>
        <translation>&quot;dashboard&quot;: &quot;annotatorsSeePace&quot; must be true or false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the schema has no labels and no questions</source>
        <translation>the schema has no labels and no questions</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>the schema has no question &quot;%1&quot;</source>
        <translation>the schema has no question &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answers have no attributes</source>
        <translation>answers have no attributes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the schema has no locator &quot;%1&quot;</source>
        <translation>the schema has no locator &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>locators have no attributes</source>
        <translation>locators have no attributes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the schema has no label &quot;%1&quot;</source>
        <translation>the schema has no label &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>label &quot;%1&quot; cannot be used for a %2</source>
        <translation>label &quot;%1&quot; cannot be used for a %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>label &quot;%1&quot; has no attribute &quot;%2&quot;</source>
        <translation>label &quot;%1&quot; has no attribute &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/model/agreementsettings.cpp" line="+27"/>
        <source>&quot;agreement&quot; must be an object like {&quot;iou&quot;: 0.5, &quot;tolerancePx&quot;: 5, &quot;toleranceFrames&quot;: 0}</source>
        <translation>&quot;agreement&quot; must be an object like {&quot;iou&quot;: 0.5, &quot;tolerancePx&quot;: 5, &quot;toleranceFrames&quot;: 0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;agreement&quot;: unknown field &quot;%1&quot;</source>
        <translation>&quot;agreement&quot;: unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;agreement&quot;: &quot;iou&quot; must be a number greater than 0 and at most 1</source>
        <translation>&quot;agreement&quot;: &quot;iou&quot; must be a number greater than 0 and at most 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;agreement&quot;: &quot;tolerancePx&quot; must be a number of pixels, 0 or more</source>
        <translation>&quot;agreement&quot;: &quot;tolerancePx&quot; must be a number of pixels, 0 or more</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;agreement&quot;: &quot;toleranceFrames&quot; must be a whole number of frames, 0 or more</source>
        <translation>&quot;agreement&quot;: &quot;toleranceFrames&quot; must be a whole number of frames, 0 or more</translation>
    </message>
    <message>
        <location filename="../core/model/reviewpolicy.cpp" line="+28"/>
        <source>&quot;review&quot; must be an object like {&quot;sample&quot;: 10, &quot;firstItems&quot;: 5, &quot;disagreement&quot;: true, &quot;flagged&quot;: true, &quot;quickComments&quot;: [&quot;…&quot;]}</source>
        <translation>&quot;review&quot; must be an object like {&quot;sample&quot;: 10, &quot;firstItems&quot;: 5, &quot;disagreement&quot;: true, &quot;flagged&quot;: true, &quot;quickComments&quot;: [&quot;…&quot;]}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;review&quot;: unknown field &quot;%1&quot;</source>
        <translation>&quot;review&quot;: unknown field &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;review&quot;: &quot;sample&quot; must be a percentage from 0 to 100</source>
        <translation>&quot;review&quot;: &quot;sample&quot; must be a percentage from 0 to 100</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;review&quot;: &quot;firstItems&quot; must be a whole number of items, 0 or more</source>
        <translation>&quot;review&quot;: &quot;firstItems&quot; must be a whole number of items, 0 or more</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;review&quot;: &quot;%1&quot; must be true or false</source>
        <translation>&quot;review&quot;: &quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;review&quot;: &quot;quickComments&quot; must be a list of texts</source>
        <translation>&quot;review&quot;: &quot;quickComments&quot; must be a list of texts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;review&quot;: every quick comment must be a text that is not empty</source>
        <translation>&quot;review&quot;: every quick comment must be a text that is not empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;review&quot;: the quick comment &quot;%1&quot; is there twice</source>
        <translation>&quot;review&quot;: the quick comment &quot;%1&quot; is there twice</translation>
    </message>
</context>
<context>
    <name>annostraat::SchemaChange</name>
    <message>
        <location filename="../core/store/schemachange.cpp" line="+85"/>
        <location line="+76"/>
        <source>there is no task &quot;%1&quot;</source>
        <translation>there is no task &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>the task has no label &quot;%1&quot; to rename</source>
        <translation>the task has no label &quot;%1&quot; to rename</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>label &quot;%1&quot; is renamed to &quot;%2&quot;, which the new schema does not have</source>
        <translation>label &quot;%1&quot; is renamed to &quot;%2&quot;, which the new schema does not have</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the annotations of &quot;%1&quot; cannot move to &quot;%2&quot;: the new schema has no such label</source>
        <translation>the annotations of &quot;%1&quot; cannot move to &quot;%2&quot;: the new schema has no such label</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the annotations of &quot;%1&quot; cannot move to &quot;%2&quot;: it cannot be drawn as a %3</source>
        <translation>the annotations of &quot;%1&quot; cannot move to &quot;%2&quot;: it cannot be drawn as a %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the task&apos;s schema changed after this change was planned (a sync or another window); nothing was written, plan it again</source>
        <translation>the task&apos;s schema changed after this change was planned (a sync or another window); nothing was written, plan it again</translation>
    </message>
</context>
<context>
    <name>annostraat::SchemaChecks</name>
    <message>
        <location filename="../core/model/schemachecks.cpp" line="+57"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the normal theme</source>
        <translation>the normal theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the high-contrast theme</source>
        <translation>the high-contrast theme</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The colours of %1 and %2 are too close to tell apart (difference %3, at least %4 is clear)</source>
        <translation>The colours of %1 and %2 are too close to tell apart (difference %3, at least %4 is clear)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The colour of %1 is hard to see against the highlight of %2 (contrast %3:1, at least %4:1 is clear)</source>
        <translation>The colour of %1 is hard to see against the highlight of %2 (contrast %3:1, at least %4:1 is clear)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 and %2 both have the key %3</source>
        <translation>%1 and %2 both have the key %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key %1 of %2 is the program&apos;s key for “%3” in %4; there the program&apos;s key wins</source>
        <translation>The key %1 of %2 is the program&apos;s key for “%3” in %4; there the program&apos;s key wins</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Question %1 has the answer %2 twice; people cannot tell which one they pick</source>
        <translation>Question %1 has the answer %2 twice; people cannot tell which one they pick</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Question %1: %n answer(s) get no key and are picked with the mouse or the arrow keys only: %2</source>
        <translation>
            <numerusform>Question %1: %n answer gets no key and is picked with the mouse or the arrow keys only: %2</numerusform>
            <numerusform>Question %1: %n answers get no key and are picked with the mouse or the arrow keys only: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>annostraat::SchemaEditor</name>
    <message>
        <location filename="../widgets/teamlead/schemaeditorlayout.cpp" line="+506"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Start from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use this start</source>
        <translation>&amp;Use this start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the chosen template or task&apos;s schema in the editor, in place of the one shown</source>
        <translation>Put the chosen template or task&apos;s schema in the editor, in place of the one shown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a schema from a JSON file (the format the command line uses)</source>
        <translation>Read a schema from a JSON file (the format the command line uses)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this schema to a JSON file (the format the command line uses)</source>
        <translation>Write this schema to a JSON file (the format the command line uses)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag reasons and &amp;parts</source>
        <translation>Flag reasons and &amp;parts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add label</source>
        <translation>Add label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new label at the end of the list</source>
        <translation>A new label at the end of the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove label</source>
        <translation>Remove label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen label out of the schema</source>
        <translation>Take the chosen label out of the schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Move the chosen label up: annotators see the labels in this order</source>
        <translation>Move the chosen label up: annotators see the labels in this order</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Move the chosen label down: annotators see the labels in this order</source>
        <translation>Move the chosen label down: annotators see the labels in this order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The colour as #rrggbb; warnings about it show below at once</source>
        <translation>The colour as #rrggbb; warnings about it show below at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the colour from a colour chart</source>
        <translation>Pick the colour from a colour chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One key that chooses this label while people work; clashes show below at once</source>
        <translation>One key that chooses this label while people work; clashes show below at once</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawn as:</source>
        <translation>Drawn as:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attributes:</source>
        <translation>&amp;Attributes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices (a, b, c)</source>
        <translation>Choices (a, b, c)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lowest</source>
        <translation>Lowest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add attribute</source>
        <translation>Add attribute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new attribute of the chosen label, such as a damage rating</source>
        <translation>A new attribute of the chosen label, such as a damage rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove attribute</source>
        <translation>Remove attribute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen attribute out of the label</source>
        <translation>Take the chosen attribute out of the label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add question</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new question at the end of the form</source>
        <translation>A new question at the end of the form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove question</source>
        <translation>Remove question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen question out of the form</source>
        <translation>Take the chosen question out of the form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the chosen question earlier</source>
        <translation>Ask the chosen question earlier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the chosen question later</source>
        <translation>Ask the chosen question later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;d:</source>
        <translation>I&amp;d:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short name of the question that exports write; each question has its own</source>
        <translation>A short name of the question that exports write; each question has its own</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question &amp;text:</source>
        <translation>Question &amp;text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One choice</source>
        <translation>One choice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A rating</source>
        <translation>A rating</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free text</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A or B</source>
        <translation>A or B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several choices</source>
        <translation>Several choices</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Must be answered before the item is done</source>
        <translation>&amp;Must be answered before the item is done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“No difference” is an answ&amp;er too</source>
        <translation>“No difference” is an answ&amp;er too</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answers:</source>
        <translation>&amp;Answers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add answer</source>
        <translation>Add answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new answer of the chosen question</source>
        <translation>A new answer of the chosen question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove answer</source>
        <translation>Remove answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen answer out of the question</source>
        <translation>Take the chosen answer out of the question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked for:</source>
        <translation>Asked for:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Texts</source>
        <translation>Texts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A/B pairs</source>
        <translation>A/B pairs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing ticked: the question is asked for every item</source>
        <translation>Nothing ticked: the question is asked for every item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;when:</source>
        <translation>Only &amp;when:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only once drawn:</source>
        <translation>Only once drawn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticked labels: the question is asked once the item has one of them</source>
        <translation>Ticked labels: the question is asked once the item has one of them</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Flag reasons: what annotators can choose when an item cannot be done (none: the program&apos;s general reasons)</source>
        <translation>&amp;Flag reasons: what annotators can choose when an item cannot be done (none: the program&apos;s general reasons)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add reason</source>
        <translation>Add reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new flag reason; type it in the list</source>
        <translation>A new flag reason; type it in the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove reason</source>
        <translation>Remove reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen flag reason out</source>
        <translation>Take the chosen flag reason out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts of a &amp;video: the parts people mark the start and end of, in this order (video jobs only)</source>
        <translation>Parts of a &amp;video: the parts people mark the start and end of, in this order (video jobs only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add part</source>
        <translation>Add part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new part of the video, such as “Opening credits”; type it in the list</source>
        <translation>A new part of the video, such as “Opening credits”; type it in the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove part</source>
        <translation>Remove part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen part out</source>
        <translation>Take the chosen part out</translation>
    </message>
    <message>
        <location filename="../widgets/teamlead/schemaeditor.cpp" line="+152"/>
        <source>Started from “%1”.</source>
        <translation>Started from “%1”.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the schema</source>
        <translation>the schema</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Nothing was changed. %1</source>
        <translation>Nothing was changed. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read %1.</source>
        <translation>Read %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was written: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: cannot write the file: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>(no name yet)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – key %2</source>
        <translation>%1 – key %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>%1 (look at the warnings)</source>
        <translation>%1 (look at the warnings)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>(no id yet)</source>
        <translation>(no id yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>yes or no</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>whole number</source>
        <translation>whole number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choice</source>
        <translation>choice</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;From – to:</source>
        <translation>&amp;From – to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lowest rating</source>
        <translation>The lowest rating</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The highest rating</source>
        <translation>The highest rating</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fewest – most:</source>
        <translation>&amp;Fewest – most:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fewest choices a finished answer has</source>
        <translation>The fewest choices a finished answer has</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most choices an answer may have</source>
        <translation>The most choices an answer may have</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no difference</source>
        <translation>no difference</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type each answer in the list; the key that picks it is given by its place</source>
        <translation>Type each answer in the list; the key that picks it is given by its place</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>always (no condition)</source>
        <translation>always (no condition)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>question “%1” has one of these answers:</source>
        <translation>question “%1” has one of these answers:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The schema is complete.</source>
        <translation>The schema is complete.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The schema is complete; %n warning(s) to look at.</source>
        <translation>
            <numerusform>The schema is complete; %n warning to look at.</numerusform>
            <numerusform>The schema is complete; %n warnings to look at.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not complete yet: %1</source>
        <translation>Not complete yet: %1</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Colour of “%1”</source>
        <translation>Colour of “%1”</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Import a schema</source>
        <translation>Import a schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schemas (*.json);;All files (*)</source>
        <translation>Schemas (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export the schema</source>
        <translation>Export the schema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schemas (*.json)</source>
        <translation>Schemas (*.json)</translation>
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
        <translation>no valid frames</translation>
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
        <translation>Click to select; drag to move; drag a handle to reshape; double-click an edge or press Insert to add a vertex; Delete removes; arrows nudge.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>Point at an edge of the selected shape to add a vertex.</source>
        <translation>Point at an edge of the selected shape to add a vertex.</translation>
    </message>
    <message>
        <location filename="../widgets/tools/select/selecttool.h" line="+33"/>
        <source>Select and edit</source>
        <translation>Select and edit</translation>
    </message>
</context>
<context>
    <name>annostraat::SettingsDialog</name>
    <message>
        <location filename="../app/gui/settingsdialog.cpp" line="+305"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+76"/>
        <source>Choose the shared folder</source>
        <translation>Choose the shared folder</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>No shared folder: this PC works offline. Everything works, except exchanging tasks and work with the others.</source>
        <translation>No shared folder: this PC works offline. Everything works, except exchanging tasks and work with the others.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking whether the folder can be reached…</source>
        <translation>Looking whether the folder can be reached…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ The folder can be reached: this PC syncs with it.</source>
        <translation>✓ The folder can be reached: this PC syncs with it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder cannot be reached right now. That is fine: work is kept on this PC and goes along once the folder is back.</source>
        <translation>The folder cannot be reached right now. That is fine: work is kept on this PC and goes along once the folder is back.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Changes take effect at once. Language, theme, text size and breaks are kept for your profile; the shared folder is kept for this PC.</source>
        <translation>Changes take effect at once. Language, theme, text size and breaks are kept for your profile; the shared folder is kept for this PC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text &amp;size</source>
        <translation>Text &amp;size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing (for everyone on this PC)</source>
        <translation>Syncing (for everyone on this PC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks and finished work are exchanged through a shared folder on the lab&apos;s network. Without one, this PC simply works offline.</source>
        <translation>Tasks and finished work are exchanged through a shared folder on the lab&apos;s network. Without one, this PC simply works offline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared &amp;folder</source>
        <translation>Shared &amp;folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: work offline</source>
        <translation>None: work offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the folder&apos;s path, or choose it with Browse</source>
        <translation>Type the folder&apos;s path, or choose it with Browse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;None (work offline)</source>
        <translation>&amp;None (work offline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop syncing on this PC; all work stays here</source>
        <translation>Stop syncing on this PC; all work stays here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;often</source>
        <translation>How &amp;often</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every </source>
        <translation>every </translation>
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
        <translation>only at start and on request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: only when Annostraat starts and when you ask for it</source>
        <translation>0: only when Annostraat starts and when you ask for it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remind me to take a break</source>
        <translation>&amp;Remind me to take a break</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quiet notice after a stretch of work; never a window that interrupts you. Off unless you turn it on.</source>
        <translation>A quiet notice after a stretch of work; never a window that interrupts you. Off unless you turn it on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After &amp;working</source>
        <translation>After &amp;working</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brea&amp;k length</source>
        <translation>Brea&amp;k length</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the settings (Enter or Esc)</source>
        <translation>Close the settings (Enter or Esc)</translation>
    </message>
</context>
<context>
    <name>annostraat::ShortcutSheet</name>
    <message>
        <location filename="../widgets/actiontext.cpp" line="+22"/>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/shortcutsheet.cpp" line="+74"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys and what they do</source>
        <translation>Keys and what they do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in Annostraat can be done with the keyboard. Tab moves between the parts of the window; these keys work everywhere.</source>
        <translation>Everything in Annostraat can be done with the keyboard. Tab moves between the parts of the window; these keys work everywhere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>annostraat::SpanKind</name>
    <message>
        <location filename="../core/model/kinds/spankind.cpp" line="+24"/>
        <source>&quot;text&quot; must be a string</source>
        <translation>&quot;text&quot; must be a string</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>characters</source>
        <translation>characters</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no valid characters</source>
        <translation>no valid characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>characters %1–%2</source>
        <translation>characters %1–%2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>characters %1–%2 lie past the end of the text (%3 characters)</source>
        <translation>characters %1–%2 lie past the end of the text (%3 characters)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the text changed: the span covered “%1”, there is “%2” now</source>
        <translation>the text changed: the span covered “%1”, there is “%2” now</translation>
    </message>
    <message>
        <location filename="../core/model/kinds/spankind.h" line="+23"/>
        <source>Text span</source>
        <translation>Text span</translation>
    </message>
</context>
<context>
    <name>annostraat::SpanTextView</name>
    <message>
        <location filename="../widgets/text/spantextview.cpp" line="+489"/>
        <source>Suggestion %1: “%2” (Enter accepts, Delete rejects)</source>
        <translation>Suggestion %1: “%2” (Enter accepts, Delete rejects)</translation>
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
        <translation>%1&apos;s %2: “%3”</translation>
    </message>
</context>
<context>
    <name>annostraat::Store</name>
    <message>
        <location filename="../core/store/store.cpp" line="+137"/>
        <source>no transaction is open</source>
        <translation>no transaction is open</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the changes refer to a task or item this store does not have; nothing was changed</source>
        <translation>%1: the changes refer to a task or item this store does not have; nothing was changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: could not save the change: %2</source>
        <translation>%1: could not save the change: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: is a folder, not a store file</source>
        <translation>%1: is a folder, not a store file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot create the folder for the store</source>
        <translation>%1: cannot create the folder for the store</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot read the store: %2</source>
        <translation>%1: cannot read the store: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not an Annostraat store (the file is not an SQLite database)</source>
        <translation>%1: not an Annostraat store (the file is not an SQLite database)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot open the store: %2</source>
        <translation>%1: cannot open the store: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not an Annostraat store (%2)</source>
        <translation>%1: not an Annostraat store (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not an Annostraat store (it is an SQLite database of another program)</source>
        <translation>%1: not an Annostraat store (it is an SQLite database of another program)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this store was written by a newer version of Annostraat (store version %2; this program reads versions up to %3). Update Annostraat to open it; the file was not changed.</source>
        <translation>%1: this store was written by a newer version of Annostraat (store version %2; this program reads versions up to %3). Update Annostraat to open it; the file was not changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot switch the store to write-ahead logging%2</source>
        <translation>%1: cannot switch the store to write-ahead logging%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the store has no device id</source>
        <translation>%1: the store has no device id</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>upgrading the store to version %1 failed: %2</source>
        <translation>upgrading the store to version %1 failed: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: a change is already being written</source>
        <translation>%1: a change is already being written</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot start a change: %2</source>
        <translation>%1: cannot start a change: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown entity &quot;%1&quot;</source>
        <translation>unknown entity &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot append op %1: %2</source>
        <translation>cannot append op %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot apply op %1 to %2 %3: %4</source>
        <translation>cannot apply op %1 to %2 %3: %4</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>op %1 says %2 %3 has %4 &quot;%5&quot;, but it has &quot;%6&quot;; refused</source>
        <translation>op %1 says %2 %3 has %4 &quot;%5&quot;, but it has &quot;%6&quot;; refused</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>op %1 marks item %2 as gold, but its author %3 is not a team lead marking their own layer as the reference; nothing was written</source>
        <translation>op %1 marks item %2 as gold, but its author %3 is not a team lead marking their own layer as the reference; nothing was written</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>op %1 gives a verdict on %2&apos;s work on item %3, but its author %4 is not a reviewer or team lead; nothing was written</source>
        <translation>op %1 gives a verdict on %2&apos;s work on item %3, but its author %4 is not a reviewer or team lead; nothing was written</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>op %1 is dated %2, more than a day ahead of this PC&apos;s clock; check the clock of the PC that made it</source>
        <translation>op %1 is dated %2, more than a day ahead of this PC&apos;s clock; check the clock of the PC that made it</translation>
    </message>
    <message>
        <location filename="../core/store/storewriters.cpp" line="+31"/>
        <source>a profile needs a name</source>
        <translation>a profile needs a name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the profile name &quot;%1&quot; is longer than 64 characters</source>
        <translation>the profile name &quot;%1&quot; is longer than 64 characters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the profile name &quot;%1&quot; contains &quot;%2&quot;; use letters, digits, spaces, &apos;-&apos; or &apos;.&apos;</source>
        <translation>the profile name &quot;%1&quot; contains &quot;%2&quot;; use letters, digits, spaces, &apos;-&apos; or &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is already a profile named &quot;%1&quot;</source>
        <translation>there is already a profile named &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a task needs a name</source>
        <translation>a task needs a name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a task needs at least one annotator per item</source>
        <translation>a task needs at least one annotator per item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>task &quot;%1&quot;: the schema has no labels and no questions</source>
        <translation>task &quot;%1&quot;: the schema has no labels and no questions</translation>
    </message>
    <message>
        <location line="+129"/>
        <location line="+83"/>
        <location line="+25"/>
        <location line="+14"/>
        <location line="+22"/>
        <source>there is no item &quot;%1&quot;</source>
        <translation>there is no item &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>item &quot;%1&quot; does not belong to task &quot;%2&quot;</source>
        <translation>item &quot;%1&quot; does not belong to task &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+60"/>
        <source>there is no task &quot;%1&quot;</source>
        <translation>there is no task &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+104"/>
        <location line="+36"/>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>there is no profile &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>question &quot;%1&quot; is not asked for %2 items</source>
        <translation>question &quot;%1&quot; is not asked for %2 items</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; lies beyond the end of the video, which has %3 frames (0 to %4)</source>
        <translation>%1 &quot;%2&quot; lies beyond the end of the video, which has %3 frames (0 to %4)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>there is no annotation &quot;%1&quot;</source>
        <translation>there is no annotation &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an annotation has no field &quot;%1&quot;</source>
        <translation>an annotation has no field &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a flagged item needs a reason</source>
        <translation>a flagged item needs a reason</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a rejection needs a comment for the annotator</source>
        <translation>a rejection needs a comment for the annotator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a reviewer or team lead gives verdicts; %1 is not one</source>
        <translation>only a reviewer or team lead gives verdicts; %1 is not one</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>only a team lead marks gold items; %1 is not one</source>
        <translation>only a team lead marks gold items; %1 is not one</translation>
    </message>
    <message>
        <location filename="../core/store/storereads.cpp" line="+139"/>
        <source>%1: reading %2 failed: %3</source>
        <translation>%1: reading %2 failed: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/store/storesync.cpp" line="+36"/>
        <source>profiles</source>
        <translation>profiles</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>tasks</source>
        <translation>tasks</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>task %1</source>
        <translation>task %1</translation>
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
        <translation>assignments</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+11"/>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>annotation %1</source>
        <translation>annotation %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>submission</source>
        <translation>submission</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <location line="+15"/>
        <source>submissions</source>
        <translation>submissions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>gold items</source>
        <translation>gold items</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+28"/>
        <source>reviews</source>
        <translation>reviews</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>drafts</source>
        <translation>drafts</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>undo history</source>
        <translation>undo history</translation>
    </message>
    <message>
        <location filename="../core/store/storestats.cpp" line="+48"/>
        <source>statistics</source>
        <translation>statistics</translation>
    </message>
    <message>
        <location filename="../core/store/storereads.cpp" line="-89"/>
        <location line="+12"/>
        <location line="+8"/>
        <source>the op log</source>
        <translation>the op log</translation>
    </message>
    <message>
        <location filename="../core/store/storesync.cpp" line="+28"/>
        <location line="+14"/>
        <location line="+13"/>
        <location line="+32"/>
        <source>sync state</source>
        <translation>sync state</translation>
    </message>
    <message>
        <location filename="../core/store/storereads.cpp" line="+19"/>
        <source>settings</source>
        <translation>settings</translation>
    </message>
</context>
<context>
    <name>annostraat::Sync</name>
    <message>
        <location filename="../core/sync/syncengine.cpp" line="+142"/>
        <source>%1: op %2 would give %3 the role &quot;%4&quot;, which only a team lead&apos;s task package may; the rest of the file was taken in without it</source>
        <translation>%1: op %2 would give %3 the role &quot;%4&quot;, which only a team lead&apos;s task package may; the rest of the file was taken in without it</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1: a %2 package does not belong in tasks/</source>
        <translation>%1: a %2 package does not belong in tasks/</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+104"/>
        <source>%1: the package is for task %2, not %3</source>
        <translation>%1: the package is for task %2, not %3</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>%1: the package says it is version %2</source>
        <translation>%1: the package says it is version %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (refused earlier; looked at again when the file changes)</source>
        <translation>%1 (refused earlier; looked at again when the file changes)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (tried again at the next sync)</source>
        <translation>%1 (tried again at the next sync)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: a %2 package does not belong in %3/</source>
        <translation>%1: a %2 package does not belong in %3/</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: op %2 is by %3, but this folder holds only the work of %4</source>
        <translation>%1: op %2 is by %3, but this folder holds only the work of %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: op %2 changes a %3 that is not %4&apos;s own work</source>
        <translation>%1: op %2 changes a %3 that is not %4&apos;s own work</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: op %2 belongs to another task</source>
        <translation>%1: op %2 belongs to another task</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: op %2 gives a verdict, but %3 is an annotator; only reviewers and team leads give verdicts</source>
        <translation>%1: op %2 gives a verdict, but %3 is an annotator; only reviewers and team leads give verdicts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: op %2 marks a gold item, but %3 is not a team lead</source>
        <translation>%1: op %2 marks a gold item, but %3 is not a team lead</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+46"/>
        <source>%1: cannot create this folder on the share</source>
        <translation>%1: cannot create this folder on the share</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1: the shared folder cannot be reached (offline); the task was not published</source>
        <translation>%1: the shared folder cannot be reached (offline); the task was not published</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there is no task &quot;%1&quot;</source>
        <translation>there is no task &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: could not find a free version number to publish</source>
        <translation>%1: could not find a free version number to publish</translation>
    </message>
</context>
<context>
    <name>annostraat::SyncStatus</name>
    <message>
        <location filename="../app/gui/syncstatus.cpp" line="+99"/>
        <source>You can keep working meanwhile.</source>
        <translation>You can keep working meanwhile.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sync goes on in the background; the status bar says when it is done.</source>
        <translation>The sync goes on in the background; the status bar says when it is done.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a new task</source>
        <translation>a new task</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fetching the task “%1”…</source>
        <translation>Fetching the task “%1”…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetching the work of %1 on “%2”…</source>
        <translation>Fetching the work of %1 on “%2”…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone new</source>
        <translation>someone new</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetching new tasks and work…</source>
        <translation>Fetching new tasks and work…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending the work done on this PC…</source>
        <translation>Sending the work done on this PC…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing the task…</source>
        <translation>Publishing the task…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking at the shared folder…</source>
        <translation>Looking at the shared folder…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 received</source>
        <comment>files</comment>
        <translation>%1 received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent</source>
        <comment>files</comment>
        <translation>%1 sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synced: %1.</source>
        <translation>Synced: %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is published as version %2.</source>
        <translation>“%1” is published as version %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shared folder cannot be reached, so “%1” was not published. Try again once it is back.</source>
        <translation>The shared folder cannot be reached, so “%1” was not published. Try again once it is back.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was not published: %2</source>
        <translation>“%1” was not published: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Sync: not set up</source>
        <translation>Sync: not set up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shared folder is set up: everything is kept on this PC. You can choose one in the settings (%1).</source>
        <translation>No shared folder is set up: everything is kept on this PC. You can choose one in the settings (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <location line="+17"/>
        <source>Last synced %1</source>
        <translation>Last synced %1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared folder: %1</source>
        <translation>Shared folder: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanging tasks and work with %1. You can keep working.</source>
        <translation>Exchanging tasks and work with %1. You can keep working.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shared folder: %1. Press %2 to sync now.</source>
        <translation>Shared folder: %1. Press %2 to sync now.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offline — your work stays safe on this PC</source>
        <translation>Offline — your work stays safe on this PC</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The shared folder %1 cannot be reached right now. Annostraat tries again by itself (every %n min), and when you press %2.</source>
        <translation>
            <numerusform>The shared folder %1 cannot be reached right now. Annostraat tries again by itself (every %n min), and when you press %2.</numerusform>
            <numerusform>The shared folder %1 cannot be reached right now. Annostraat tries again by itself (every %n min), and when you press %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shared folder %1 cannot be reached right now. Annostraat tries again when you press %2.</source>
        <translation>The shared folder %1 cannot be reached right now. Annostraat tries again when you press %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Changes still to send: %n</source>
        <translation>
            <numerusform>Changes still to send: %n</numerusform>
            <numerusform>Changes still to send: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept safely on this PC; they go to the shared folder with the next sync.</source>
        <translation>Kept safely on this PC; they go to the shared folder with the next sync.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync stopped because of a problem on this PC: %1</source>
        <translation>The sync stopped because of a problem on this PC: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Files not taken in: %n</source>
        <translation>
            <numerusform>Files not taken in: %n</numerusform>
            <numerusform>Files not taken in: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These files on the shared folder were not taken in:</source>
        <translation>These files on the shared folder were not taken in:</translation>
    </message>
</context>
<context>
    <name>annostraat::TaskBuilder</name>
    <message>
        <location filename="../core/store/taskbuilder.cpp" line="+54"/>
        <location line="+169"/>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>%1: reading failed: %2</source>
        <translation>%1: reading failed: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the task needs a name</source>
        <translation>the task needs a name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot read the schema: %2</source>
        <translation>%1: cannot read the schema: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+92"/>
        <source>%1: is not a folder</source>
        <translation>%1: is not a folder</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>%1: an image in a pair folder must be named NAME_A or NAME_B; nothing was created</source>
        <translation>%1: an image in a pair folder must be named NAME_A or NAME_B; nothing was created</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; has two files for the same side; nothing was created</source>
        <translation>%1: &quot;%2&quot; has two files for the same side; nothing was created</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: has no partner (%2_A and %2_B belong together); nothing was created</source>
        <translation>%1: has no partner (%2_A and %2_B belong together); nothing was created</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no image pairs (NAME_A and NAME_B) in this folder</source>
        <translation>%1: no image pairs (NAME_A and NAME_B) in this folder</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a line must hold two files, A and B, separated by a comma</source>
        <translation>a line must hold two files, A and B, separated by a comma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not an image</source>
        <translation>%1: not an image</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: lists no pairs</source>
        <translation>%1: lists no pairs</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: the folder cannot be read</source>
        <translation>%1: the folder cannot be read</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the file cannot be read (permission denied); nothing was created</source>
        <translation>%1: the file cannot be read (permission denied); nothing was created</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: a reference document without its text (%2 is not in the folder); nothing was created</source>
        <translation>%1: a reference document without its text (%2 is not in the folder); nothing was created</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 has a reference document already (%3); nothing was created</source>
        <translation>%1: %2 has a reference document already (%3); nothing was created</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: no media files (images, videos or .txt texts) in this folder</source>
        <translation>%1: no media files (images, videos or .txt texts) in this folder</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+3"/>
        <location line="+176"/>
        <location line="+20"/>
        <location line="+11"/>
        <source>; nothing was created</source>
        <translation>; nothing was created</translation>
    </message>
</context>
<context>
    <name>annostraat::TaskListView</name>
    <message>
        <location filename="../widgets/teamlead/tasklistview.cpp" line="+156"/>
        <source>%1 done, %2 flagged, %3 in review, %4 to do, of %5</source>
        <translation>%1 done, %2 flagged, %3 in review, %4 to do, of %5</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The tasks could not be read again: %1</source>
        <translation>The tasks could not be read again: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To do includes %1 started, %2 skipped and %3 sent back with feedback.</source>
        <translation>To do includes %1 started, %2 skipped and %3 sent back with feedback.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>version %1, %2</source>
        <translation>version %1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n flag(s) without a verdict yet</source>
        <translation>
            <numerusform>%n flag without a verdict yet</numerusform>
            <numerusform>%n flags without a verdict yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n flag(s) to look at</source>
        <translation>
            <numerusform>%n flag to look at</numerusform>
            <numerusform>%n flags to look at</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (for %2)</source>
        <translation>%1 (for %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2. Version %3. Flags to look at: %4.</source>
        <translation>%1: %2. Version %3. Flags to look at: %4.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Tasks – Annostraat</source>
        <translation>Tasks – Annostraat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every task, with how far its work is. Choose one and press Enter to open it.</source>
        <translation>Every task, with how far its work is. Choose one and press Enter to open it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tasks</source>
        <translation>&amp;Tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks and their progress</source>
        <translation>Tasks and their progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last published</source>
        <translation>Last published</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each item for each person who does it: done, flagged, in review or still to do</source>
        <translation>Each item for each person who does it: done, flagged, in review or still to do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flagged items without a verdict yet: look at these</source>
        <translation>Flagged items without a verdict yet: look at these</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest version on the shared folder that this PC knows of</source>
        <translation>The newest version on the shared folder that this PC knows of</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 done · %2 flagged · %3 in review · %4 to do (empty)</source>
        <translation>%1 done · %2 flagged · %3 in review · %4 to do (empty)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open task</source>
        <translation>&amp;Open task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen task in the work area (Enter)</source>
        <translation>Open the chosen task in the work area (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this list (Esc)</source>
        <translation>Close this list (Esc)</translation>
    </message>
</context>
<context>
    <name>annostraat::TeamLeadDesk</name>
    <message>
        <location filename="../app/gui/teamleaddesk.cpp" line="+83"/>
        <source>&amp;New task…</source>
        <translation>&amp;New task…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a task from a folder of media: its name, instructions, labels and questions, who works on it and the review</source>
        <translation>Make a task from a folder of media: its name, instructions, labels and questions, who works on it and the review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change task…</source>
        <translation>&amp;Change task…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename or recolour the chosen task&apos;s labels and answers, add questions, take labels out; one step that can be undone</source>
        <translation>Add, rename or recolour the chosen task&apos;s labels and answers, add questions, take labels out; one step that can be undone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish task</source>
        <translation>&amp;Publish task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the chosen task on the shared folder, with its assignments, for the annotators&apos; PCs</source>
        <translation>Put the chosen task on the shared folder, with its assignments, for the annotators&apos; PCs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assignments…</source>
        <translation>&amp;Assignments…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who works on which items of the chosen task: hand them out in turn, or move an absent person&apos;s unfinished items to others</source>
        <translation>Who works on which items of the chosen task: hand them out in turn, or move an absent person&apos;s unfinished items to others</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Task list…</source>
        <translation>&amp;Task list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every task with its progress, version, last publication and the flags to look at</source>
        <translation>Every task with its progress, version, last publication and the flags to look at</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Who delivered what…</source>
        <translation>&amp;Who delivered what…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per person: the work received from the shared folder, and refused files</source>
        <translation>Per person: the work received from the shared folder, and refused files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gold item</source>
        <translation>&amp;Gold item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the open item as gold, with your own annotations on it as the reference; people&apos;s work on it is scored against yours</source>
        <translation>Mark the open item as gold, with your own annotations on it as the reference; people&apos;s work on it is scored against yours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export task…</source>
        <translation>&amp;Export task…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a task and everyone&apos;s work to a file in a client&apos;s format</source>
        <translation>Write a task and everyone&apos;s work to a file in a client&apos;s format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import dataset…</source>
        <translation>&amp;Import dataset…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in a dataset or another tool&apos;s work, as a new task or onto a task&apos;s items</source>
        <translation>Bring in a dataset or another tool&apos;s work, as a new task or onto a task&apos;s items</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The item could not be marked: %1</source>
        <translation>The item could not be marked: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This item is gold: your annotations on it are the reference. Annotators are not told. Ctrl+Z takes the mark back.</source>
        <translation>This item is gold: your annotations on it are the reference. Annotators are not told. Ctrl+Z takes the mark back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This item is no longer gold.</source>
        <translation>This item is no longer gold.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Choose a shared folder in the settings (%1) first; then the task can be published.</source>
        <translation>Choose a shared folder in the settings (%1) first; then the task can be published.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is published as soon as the running sync is done.</source>
        <translation>“%1” is published as soon as the running sync is done.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Template: %1</source>
        <translation>Template: %1</translation>
    </message>
</context>
<context>
    <name>annostraat::TextEditor</name>
    <message>
        <location filename="../widgets/text/texteditor.cpp" line="+210"/>
        <source>This text is too large to show:
%1</source>
        <translation>This text is too large to show:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can flag the item or skip it.</source>
        <translation>You can flag the item or skip it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text is not valid UTF-8</source>
        <translation>the text is not valid UTF-8</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n span(s) no longer match this text: it was changed after they were made. They are listed with a warning sign and not shown in the text.</source>
        <translation>
            <numerusform>%n span no longer match this text: it was changed after they were made. They are listed with a warning sign and not shown in the text.</numerusform>
            <numerusform>%n spans no longer match this text: it was changed after they were made. They are listed with a warning sign and not shown in the text.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This text was changed after the task was made. Your spans still match it.</source>
        <translation>This text was changed after the task was made. Your spans still match it.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n suggested span(s) to check, shown with a dashed frame. Tab goes to one; Enter accepts it, Delete rejects it, a label key changes its label.</source>
        <translation>
            <numerusform>%n suggested span to check, shown with a dashed frame. Tab goes to one; Enter accepts it, Delete rejects it, a label key changes its label.</numerusform>
            <numerusform>%n suggested spans to check, shown with a dashed frame. Tab goes to one; Enter accepts it, Delete rejects it, a label key changes its label.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+142"/>
        <source>? %1 — “%2” (suggestion)</source>
        <translation>? %1 — “%2” (suggestion)</translation>
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
        <translation>at “%1”</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Select one or more words first, then press the label&apos;s key.</source>
        <translation>Select one or more words first, then press the label&apos;s key.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>These words are a “%1” already.</source>
        <translation>These words are a “%1” already.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Every suggestion on this item is checked.</source>
        <translation>Every suggestion on this item is checked.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The span cannot get shorter than this.</source>
        <translation>The span cannot get shorter than this.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n suggestion(s) to check</source>
        <translation>
            <numerusform>%n suggestion to check</numerusform>
            <numerusform>%n suggestions to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>selected: %n character(s)</source>
        <translation>
            <numerusform>selected: %n character</numerusform>
            <numerusform>selected: %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select words and press a label&apos;s key; Tab goes to the next span</source>
        <translation>Select words and press a label&apos;s key; Tab goes to the next span</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion: Enter accepts, Delete rejects, a label key changes its label</source>
        <translation>Suggestion: Enter accepts, Delete rejects, a label key changes its label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label key: relabel, Delete: remove, Alt+←/→: move the end, Esc: let go</source>
        <translation>Label key: relabel, Delete: remove, Alt+←/→: move the end, Esc: let go</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Labels: select words, then press the key</source>
        <translation>Labels: select words, then press the key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spans:</source>
        <translation>&amp;Spans:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the item</source>
        <translation>Text of the item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spans</source>
        <translation>Spans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the source data or back to the text</source>
        <translation>To the source data or back to the text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves the keyboard to the source data beside the text, or back to the text (F6)</source>
        <translation>Moves the keyboard to the source data beside the text, or back to the text (F6)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag the selected words as %1</source>
        <translation>Tag the selected words as %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag the selected words as %1 (%2)</source>
        <translation>Tag the selected words as %1 (%2)</translation>
    </message>
</context>
<context>
    <name>annostraat::Timecode</name>
    <message>
        <location filename="../core/media/timecode.cpp" line="+120"/>
        <source>cannot read the timecode &quot;%1&quot;: the video&apos;s frame rate is not known</source>
        <translation>cannot read the timecode &quot;%1&quot;: the video&apos;s frame rate is not known</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is not a timecode (HH:MM:SS:FF)</source>
        <translation>&quot;%1&quot; is not a timecode (HH:MM:SS:FF)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a timecode: hours go up to 23, minutes and seconds up to 59</source>
        <translation>&quot;%1&quot; is not a timecode: hours go up to 23, minutes and seconds up to 59</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a timecode: at %2 frames per second the frames go up to %3</source>
        <translation>&quot;%1&quot; is not a timecode: at %2 frames per second the frames go up to %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a drop-frame timecode, which exists only at 29.97 and 59.94 frames per second, not at %2</source>
        <translation>&quot;%1&quot; is a drop-frame timecode, which exists only at 29.97 and 59.94 frames per second, not at %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; does not exist in drop-frame timecode: the first %2 frames of every minute not divisible by ten are skipped</source>
        <translation>&quot;%1&quot; does not exist in drop-frame timecode: the first %2 frames of every minute not divisible by ten are skipped</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 lies before the video&apos;s first frame (%2)</source>
        <translation>%1 lies before the video&apos;s first frame (%2)</translation>
    </message>
</context>
<context>
    <name>annostraat::ToolContext</name>
    <message>
        <location filename="../widgets/tools/toolcontext.cpp" line="+72"/>
        <source>No label of this task can be drawn with this tool.</source>
        <translation>No label of this task can be drawn with this tool.</translation>
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
        <translation>only a reviewer or team lead gives verdicts; %1 is an annotator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>task &quot;%1&quot; has no item &quot;%2&quot;</source>
        <translation>task &quot;%1&quot; has no item &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>there is no profile &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot give a verdict on their own work</source>
        <translation>%1 cannot give a verdict on their own work</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has not marked item &quot;%2&quot; done or flagged; there is nothing to review yet</source>
        <translation>%1 has not marked item &quot;%2&quot; done or flagged; there is nothing to review yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a rejection needs a comment for %1</source>
        <translation>a rejection needs a comment for %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>item &quot;%1&quot; has no annotation &quot;%2&quot; in %3&apos;s layer</source>
        <translation>item &quot;%1&quot; has no annotation &quot;%2&quot; in %3&apos;s layer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the copy &quot;%1&quot; of %2&apos;s work is no longer in your layer</source>
        <translation>the copy &quot;%1&quot; of %2&apos;s work is no longer in your layer</translation>
    </message>
</context>
<context>
    <name>annostraat::Video</name>
    <message>
        <location filename="../core/media/ffmpegsupport.cpp" line="+69"/>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file could not be read</source>
        <translation>the file could not be read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a video file, or a damaged or incomplete one</source>
        <translation>not a video file, or a damaged or incomplete one</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the streams of the file could not be read; it may be damaged or incomplete</source>
        <translation>the streams of the file could not be read; it may be damaged or incomplete</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>stream %1 is not a video stream</source>
        <translation>stream %1 is not a video stream</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file has no video stream</source>
        <translation>the file has no video stream</translation>
    </message>
    <message>
        <location filename="../core/media/videodecoder.cpp" line="+155"/>
        <source>seeking in the video failed</source>
        <translation>seeking in the video failed</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>frame %1 could not be read; the file is damaged or cut short</source>
        <translation>frame %1 could not be read; the file is damaged or cut short</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+58"/>
        <source>frame %1 did not come out of the decoder; the file may be damaged</source>
        <translation>frame %1 did not come out of the decoder; the file may be damaged</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+95"/>
        <source>decoding frame %1 failed</source>
        <translation>decoding frame %1 failed</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>frame %1 could not be converted</source>
        <translation>frame %1 could not be converted</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>no index for the video</source>
        <translation>no index for the video</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file changed since it was indexed</source>
        <translation>the file changed since it was indexed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no decoder for its video codec (%1)</source>
        <translation>there is no decoder for its video codec (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its video decoder could not be opened</source>
        <translation>its video decoder could not be opened</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>frame %1 is not in the video (frames 0 to %2)</source>
        <translation>frame %1 is not in the video (frames 0 to %2)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>decoding frame %1 was interrupted</source>
        <translation>decoding frame %1 was interrupted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>frame %1 could not be decoded exactly; the file may be damaged</source>
        <translation>frame %1 could not be decoded exactly; the file may be damaged</translation>
    </message>
    <message>
        <location filename="../core/media/videoindex.cpp" line="+146"/>
        <source>indexing the video was cancelled</source>
        <translation>indexing the video was cancelled</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the video&apos;s frames carry no timestamps (a raw stream without a container?), so they cannot be counted exactly</source>
        <translation>the video&apos;s frames carry no timestamps (a raw stream without a container?), so they cannot be counted exactly</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no video frame could be read; the file is damaged or incomplete</source>
        <translation>no video frame could be read; the file is damaged or incomplete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the video stream holds no frames</source>
        <translation>the video stream holds no frames</translation>
    </message>
</context>
<context>
    <name>annostraat::VideoEditor</name>
    <message>
        <location filename="../widgets/video/videoeditor.cpp" line="+172"/>
        <source>Reading the video… %1%</source>
        <translation>Reading the video… %1%</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Previous frame</source>
        <translation>Previous frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next frame</source>
        <translation>Next frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One second back</source>
        <translation>One second back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One second forward</source>
        <translation>One second forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First frame</source>
        <translation>First frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last frame</source>
        <translation>Last frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous marker or edge</source>
        <translation>Previous marker or edge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next marker or edge</source>
        <translation>Next marker or edge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause</source>
        <translation>Play or pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slower (or pause)</source>
        <translation>Slower (or pause)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Faster</source>
        <translation>Faster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom the timeline in</source>
        <translation>Zoom the timeline in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom the timeline out</source>
        <translation>Zoom the timeline out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole video on the timeline</source>
        <translation>Whole video on the timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set in point</source>
        <translation>Set in point</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chosen segment starts here, or a new segment starts here (I)</source>
        <translation>The chosen segment starts here, or a new segment starts here (I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set out point</source>
        <translation>Set out point</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chosen segment ends with this frame, or the new one does (O)</source>
        <translation>The chosen segment ends with this frame, or the new one does (O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add marker</source>
        <translation>Add marker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A marker at this frame, with the chosen label (M)</source>
        <translation>A marker at this frame, with the chosen label (M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen mark</source>
        <translation>Remove the chosen mark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go of the chosen mark</source>
        <translation>Let go of the chosen mark</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing chosen: I starts a new segment (Esc)</source>
        <translation>Nothing chosen: I starts a new segment (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set locator to this frame</source>
        <translation>Set locator to this frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip locator (not in this video)</source>
        <translation>Skip locator (not in this video)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause (Space); J, K, L: slower, pause, faster</source>
        <translation>Play or pause (Space); J, K, L: slower, pause, faster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a timecode (HH:MM:SS:FF) or a frame number and press Enter to go there</source>
        <translation>Type a timecode (HH:MM:SS:FF) or a frame number and press Enter to go there</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timecode</source>
        <translation>Timecode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video frame</source>
        <translation>Video frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markers and segments</source>
        <translation>Markers and segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels (press a label&apos;s key):</source>
        <translation>Labels (press a label&apos;s key):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markers and segments</source>
        <translation>&amp;Markers and segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reading the video…</source>
        <translation>Reading the video…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The start timecode %1 does not fit this video (%2); the timecodes count from 00:00:00:00.</source>
        <translation>The start timecode %1 does not fit this video (%2); the timecodes count from 00:00:00:00.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This video has no sound.</source>
        <translation>This video has no sound.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>frame %1 of %2</source>
        <translation>frame %1 of %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 lies after the end of the video (%2).</source>
        <translation>%1 lies after the end of the video (%2).</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>The key of %1 is one of the video editor&apos;s own keys: choose that label with the mouse.</source>
        <translation>The key of %1 is one of the video editor&apos;s own keys: choose that label with the mouse.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 — marker at %2</source>
        <translation>%1 — marker at %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 to %3</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>at %1</source>
        <comment>a place on a video mark: a timecode</comment>
        <translation>at %1</translation>
    </message>
    <message>
        <location filename="../widgets/video/videomarking.cpp" line="+68"/>
        <source>This task has no label for segments.</source>
        <translation>This task has no label for segments.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In point at %1. Go to the last frame of the segment and press O.</source>
        <translation>In point at %1. Go to the last frame of the segment and press O.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The out point must lie after the segment&apos;s start (%1).</source>
        <translation>The out point must lie after the segment&apos;s start (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press I at the first frame of the segment first.</source>
        <translation>Press I at the first frame of the segment first.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This task has no label for markers.</source>
        <translation>This task has no label for markers.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Move an edge</source>
        <translation>Move an edge</translation>
    </message>
    <message>
        <location filename="../widgets/video/videoeditor.cpp" line="+36"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in point %1: O sets the out point</source>
        <translation>in point %1: O sets the out point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 chosen: a label key relabels, I/O move its edges, Delete removes</source>
        <translation>%1 chosen: a label key relabels, I/O move its edges, Delete removes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>←/→ frame, Shift: second, I/O segment, M marker, Space play</source>
        <translation>←/→ frame, Shift: second, I/O segment, M marker, Space play</translation>
    </message>
</context>
<context>
    <name>annostraat::Waveform</name>
    <message>
        <location filename="../core/media/waveform.cpp" line="+331"/>
        <source>the audio is longer than %1 hours</source>
        <translation>the audio is longer than %1 hours</translation>
    </message>
</context>
<context>
    <name>annostraat::WelcomePage</name>
    <message>
        <location filename="../app/gui/welcomepage.cpp" line="+152"/>
        <source>Please fill in your name first.</source>
        <translation>Please fill in your name first.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Welcome to Annostraat</source>
        <translation>Welcome to Annostraat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annostraat keeps everything you do the moment you do it: there is nothing to save, and every step can be undone. Tell us who you are to begin.</source>
        <translation>Annostraat keeps everything you do the moment you do it: there is nothing to save, and every step can be undone. Tell us who you are to begin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a profile for another person working on this computer.</source>
        <translation>Add a profile for another person working on this computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your name</source>
        <translation>&amp;Your name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with the demo tasks</source>
        <translation>Start with the demo tasks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creates your profile and a practice task for each kind of work (Enter)</source>
        <translation>Creates your profile and a practice task for each kind of work (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start without demo tasks</source>
        <translation>Start without demo tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates your profile only</source>
        <translation>Creates your profile only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of profiles (Esc)</source>
        <translation>Back to the list of profiles (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can change the language, the theme and the text size later in Settings (Ctrl+,).</source>
        <translation>You can change the language, the theme and the text size later in Settings (Ctrl+,).</translation>
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
        <translation>This could not be kept: %1</translation>
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
        <translation>This task has no instructions.</translation>
    </message>
    <message>
        <location line="-272"/>
        <source>Your place in the queue could not be kept: %1</source>
        <translation>Your place in the queue could not be kept: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+394"/>
        <source>%n suggestion(s) still wait for you: accept each one (Enter) or remove it (Delete), then mark the item as done.</source>
        <translation>
            <numerusform>%n suggestion still wait for you: accept each one (Enter) or remove it (Delete), then mark the item as done.</numerusform>
            <numerusform>%n suggestions still wait for you: accept each one (Enter) or remove it (Delete), then mark the item as done.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Item %1 is done.</source>
        <translation>Item %1 is done.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 is flagged: %2.</source>
        <translation>Item %1 is flagged: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 is skipped.</source>
        <translation>Item %1 is skipped.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1: %2.</source>
        <translation>Item %1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now item %1 of %2.</source>
        <translation>Now item %1 of %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This was the last item in the queue.</source>
        <translation>This was the last item in the queue.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back to item %1; its last step is undone.</source>
        <translation>Back to item %1; its last step is undone.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Part of the work on this PC could not be read, so this list may be incomplete. Nothing has been deleted. Close the program and start it again; if this message comes back, tell your team lead.
(%1)</source>
        <translation>Part of the work on this PC could not be read, so this list may be incomplete. Nothing has been deleted. Close the program and start it again; if this message comes back, tell your team lead.
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
        <translation>There are no items for you in this task.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No item open</source>
        <translation>No item open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item %1 of %2: %3</source>
        <translation>Item %1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/workpagelayout.cpp" line="-17"/>
        <source>Tas&amp;ks</source>
        <translation>Tas&amp;ks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Q&amp;uestions</source>
        <translation>Q&amp;uestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nstructions</source>
        <translation>I&amp;nstructions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no tasks yet</source>
        <translation>There are no tasks yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can begin with the demo tasks: a practice task for each kind of work in the lab. A team lead can add real tasks later.</source>
        <translation>You can begin with the demo tasks: a practice task for each kind of work in the lab. A team lead can add real tasks later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the demo tasks</source>
        <translation>Load the demo tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the practice tasks to this computer</source>
        <translation>Adds the practice tasks to this computer</translation>
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
        <translation>The store cannot be opened.

%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
