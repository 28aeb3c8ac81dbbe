<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardPrinter</name>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="56"/>
        <source>Leads the grid&apos;s work and sees that every task is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="58"/>
        <source>Helps with patrols and visits, reports problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="60"/>
        <source>Collects household data, patrols, finds hazards, mediates disputes, serves residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="63"/>
        <source>Guides the grid&apos;s work and helps solve hard cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="65"/>
        <source>Public order, crime prevention, dispute resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="67"/>
        <source>Party building, party members linked to households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="69"/>
        <source>Property services, repairs, fire and building safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="71"/>
        <source>Looks after the buildings of the micro-grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="72"/>
        <source>Looks after the building and its residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="167"/>
        <source>Community %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="169"/>
        <source>Police 110</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="170"/>
        <source>Government service 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="178"/>
        <source>See the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="180"/>
        <source>Mon–Fri 8:30–17:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="264"/>
        <source>Duties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="280"/>
        <source>No building chief assigned yet; ask the community office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="114"/>
        <location filename="../../app/print/board_printer.cpp" line="311"/>
        <source>Grid chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="314"/>
        <source>Part-time grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="315"/>
        <source>Full-time grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="317"/>
        <source>Micro-grid chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="319"/>
        <source>Grid instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="321"/>
        <source>Community police officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="323"/>
        <source>Party branch secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="325"/>
        <source>Property chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="327"/>
        <source>Building chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="342"/>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="344"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatePrinter</name>
    <message>
        <location filename="../../app/print/plate_printer.cpp" line="64"/>
        <source>QR door plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/plate_printer.cpp" line="98"/>
        <source>One household, one code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/plate_printer.cpp" line="121"/>
        <source>Unit %1 · Room %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/plate_printer.cpp" line="127"/>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="253"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="375"/>
        <source>Met in person; stable, reported on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="398"/>
        <source>Fire passage blocked by parked e-bikes and boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/edit/run_with_progress.cpp" line="15"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="72"/>
        <source>no building could be imported; gridctl import --dry-run lists the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="75"/>
        <source>Imported %1 buildings into EPSG:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="53"/>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="54"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="55"/>
        <source>Initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="59"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="62"/>
        <source>Over (level:code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="47"/>
        <source>being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="49"/>
        <source>resolved, awaiting verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="51"/>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="103"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="53"/>
        <source>verified and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="59"/>
        <source>red card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="60"/>
        <source>yellow card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="61"/>
        <source>in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="73"/>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="75"/>
        <source>classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="77"/>
        <source>extension asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="79"/>
        <source>extension granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="81"/>
        <source>extension refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="83"/>
        <source>rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="85"/>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="87"/>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="89"/>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="91"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="93"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="95"/>
        <source>handled on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="97"/>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="99"/>
        <source>reported back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="101"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="105"/>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="112"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="113"/>
        <source>Classify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="114"/>
        <source>Handle on the Spot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="115"/>
        <source>Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="116"/>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="117"/>
        <source>Ask for Extension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="118"/>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="119"/>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="120"/>
        <source>Report Back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="121"/>
        <source>Record Rating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="122"/>
        <source>Verify and Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="123"/>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="124"/>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="125"/>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="58"/>
        <location filename="../../app/gui/community/service_panel.cpp" line="60"/>
        <source>within %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="63"/>
        <source>%1–%2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="64"/>
        <source>beyond %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="65"/>
        <source>no facility reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/edit/community_offline.cpp" line="34"/>
        <source>%1 exists already; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/edit/community_offline.cpp" line="61"/>
        <source>Could not rename %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/edit/community_offline.cpp" line="71"/>
        <source>%1 was not taken offline from a server (File ▸ Take a Community Offline… makes such files).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app</name>
    <message>
        <location filename="../../app/print/deliberation_printer.cpp" line="37"/>
        <source>%1 is not published; publish the decision first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/emergency_printer.cpp" line="23"/>
        <source>%1 has no emergency units; assign them first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::AuditViewer</name>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="24"/>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="28"/>
        <source>who (login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="30"/>
        <source>any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="32"/>
        <source>sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="32"/>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="33"/>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="33"/>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="34"/>
        <source>reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="34"/>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="35"/>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="38"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="40"/>
        <source>record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="47"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="53"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="55"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="61"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="61"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="61"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="61"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="61"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="61"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="61"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="71"/>
        <source>Verify Hash Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="73"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="119"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="127"/>
        <source>The hash chain is intact: no row was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="128"/>
        <source>The hash chain breaks at row %1: rows from there on were altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="133"/>
        <source>Export Audit Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="133"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="140"/>
        <source>Exported %1 row(s) to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::BuildingProfileDialog</name>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="46"/>
        <source>Party member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="51"/>
        <source>Link Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="52"/>
        <source>Link the selected households to the chosen party member (党员联户)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="53"/>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="54"/>
        <source>Put Up Plaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="55"/>
        <source>The 党员家庭 plaque on the selected party households (挂牌亮户)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="56"/>
        <source>Take Down Plaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="57"/>
        <source>Log Visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="58"/>
        <source>Log a visit to the selected household, or to the building (巡查走访)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="111"/>
        <source>%1 · %2 (%3/%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="146"/>
        <source>Choose a party member and select the households to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="152"/>
        <source>Link %n household(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="166"/>
        <source>None of the selected households has a linked party member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="173"/>
        <source>Unlink %n household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="193"/>
        <source>Select the party households first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="205"/>
        <source>Building profile — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="206"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4 floors · %5 units · grid %6 %7&lt;br&gt;%8 households · %9 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="220"/>
        <source>No staff assigned to this building or its grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="239"/>
        <source>Unit %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="247"/>
        <source>%1F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="257"/>
        <source>no household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="261"/>
        <source>vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="262"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="270"/>
        <source>Linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="272"/>
        <source>No linked member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="273"/>
        <source> ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="273"/>
        <source> ☆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="275"/>
        <source>Party household, plaque up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="275"/>
        <source>Party household, plaque missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::ChangePasswordDialog</name>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="115"/>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="117"/>
        <source>This is your first sign-in, or an administrator reset your password: choose your own password now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="119"/>
        <source>Choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="128"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="129"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="130"/>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="132"/>
        <source>At least 10 characters with letters and digits, not containing your login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="148"/>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::CommunityPicker</name>
    <message>
        <location filename="../../app/gui/edit/community_picker.cpp" line="32"/>
        <source>No community with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::CommunityWindow</name>
    <message>
        <location filename="../../app/gui/community/community_window.cpp" line="15"/>
        <source>Community Governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/community_window.cpp" line="20"/>
        <source>Deliberations (四事五议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/community_window.cpp" line="21"/>
        <source>Emergency Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/community_window.cpp" line="22"/>
        <source>15-Minute Service Circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::ConflictTable</name>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="63"/>
        <source>whole row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="74"/>
        <source>(new row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="84"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="84"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="84"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="84"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="84"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="84"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="85"/>
        <source>This database (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="85"/>
        <source>Package (theirs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="85"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="85"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="102"/>
        <source>Keep Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="103"/>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="104"/>
        <source>Edit Value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="132"/>
        <source>new (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="138"/>
        <source>both sides changed this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="161"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="162"/>
        <source>kept ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="163"/>
        <source>took theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="164"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="171"/>
        <source>No open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/packages/packages_window.cpp" line="172"/>
        <source>%n conflict(s) or refusal(s): choose what stays for each field.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="180"/>
        <source>would be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="180"/>
        <source>would be refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="182"/>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="182"/>
        <source>Nothing is written until you merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="187"/>
        <source>Select a conflict first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="193"/>
        <source>Edit Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="193"/>
        <source>Value for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::CreatePackageDialog</name>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="302"/>
        <source>New Work Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="314"/>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="316"/>
        <source>login of the grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="317"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="320"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="323"/>
        <source>Work Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="323"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="328"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="329"/>
        <source>The grids&apos; households, persons, key lists and recent patrols, with a QGIS/QField project beside the file. Personal fields go masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="347"/>
        <source>Tick the grids of the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="348"/>
        <source>Choose where to write the package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::DashboardWindow</name>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="51"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="52"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="53"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="54"/>
        <source>Grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="55"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="61"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="68"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="72"/>
        <source>Colour Grids on Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="73"/>
        <source>Monthly Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="74"/>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="286"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="77"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="89"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="89"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="89"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="89"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="95"/>
        <source>Double-click a figure for the records behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="100"/>
        <source>Double-click a name to drill down, a figure for the records behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="140"/>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="145"/>
        <source>Monthly Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="142"/>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="161"/>
        <source>Grid worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="165"/>
        <source>%1 is not a place of this database (or not in your scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="236"/>
        <source>%1 %2 · %3 to %4 · stock as of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="240"/>
        <source>Population and party links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="241"/>
        <source>The three lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="242"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="243"/>
        <source>Patrols and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="244"/>
        <source>Grids and staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="370"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="395"/>
        <source>The first %1 of %2 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="444"/>
        <source>The monthly report is made for a community or a street; choose one in Place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::DeliberationDialog</name>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="109"/>
        <source>New Matter for Deliberation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="117"/>
        <source>What residents raised, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="124"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="125"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="126"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="127"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="128"/>
        <source>Raised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="129"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="130"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::DeliberationPanel</name>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="51"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="52"/>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="53"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="250"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="254"/>
        <source>All steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="257"/>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="261"/>
        <source>Topic or serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="262"/>
        <source>New Matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="269"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="269"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="269"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="269"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="269"/>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="437"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="269"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="281"/>
        <source>Next Step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="282"/>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="283"/>
        <source>Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="284"/>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="285"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="286"/>
        <source>Print Notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="304"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="304"/>
        <source>Why is it returned one step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="308"/>
        <source>Return of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="315"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="315"/>
        <source>Why is it withdrawn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="318"/>
        <source>Withdrawal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="325"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="325"/>
        <source>Key matter number, or an event&apos;s serial number (SJ…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="330"/>
        <source>Link of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="337"/>
        <source>Publication of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="364"/>
        <source> · published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="396"/>
        <source>&lt;p&gt;No matter selected. &lt;b&gt;New Matter…&lt;/b&gt; raises one at a level: estate, community, block or city district.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="437"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="437"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="437"/>
        <source>Minutes / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="442"/>
        <source>returned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="443"/>
        <source>withdrawn at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="446"/>
        <source>&lt;br&gt;%1 of %2 present; %3 for, %4 against, %5 abstaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="457"/>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="460"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="462"/>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="465"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="465"/>
        <source>Key matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="497"/>
        <source>New matter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="507"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="514"/>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="519"/>
        <source>Print Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="515"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="521"/>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::EmergencyPanel</name>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="84"/>
        <source> households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="85"/>
        <source>About how many households a unit made by the automatic assignment holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="86"/>
        <source>Assign Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="87"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="88"/>
        <source>Print Roll-Call Sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="89"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="91"/>
        <source>Unit size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="102"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="102"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="102"/>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="310"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="102"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="102"/>
        <source>Reach first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="102"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="102"/>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="114"/>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="129"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="114"/>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="439"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="114"/>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="129"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="122"/>
        <source>Edit Unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="123"/>
        <source>Add Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="124"/>
        <source>Remove Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="129"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="129"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="129"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="133"/>
        <source>Persons to reach first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="142"/>
        <source>New Unit from Chosen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="143"/>
        <source>Move Chosen into Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="144"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="167"/>
        <source>Details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="178"/>
        <source>Person removed from a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="184"/>
        <source>New Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="184"/>
        <source>Name of the new unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="226"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="267"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 buildings, %3 households, %4 persons&lt;br&gt;Shelter: %5 · Supplies: %6&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="273"/>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="274"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="312"/>
        <source>Emergency units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="351"/>
        <source>Click buildings on the map to choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/community/emergency_panel.cpp" line="352"/>
        <source>%n building(s) chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="373"/>
        <source>Emergency units of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="381"/>
        <source>Every building is already in a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="382"/>
        <source>%1 building(s) put into %2 new unit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="396"/>
        <source>✓ All %1 buildings are each in one unit, and every unit has a responsible person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/community/emergency_panel.cpp" line="401"/>
        <source>%n building(s) in no unit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/community/emergency_panel.cpp" line="403"/>
        <source>%n building(s) in a unit of another community</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/community/emergency_panel.cpp" line="406"/>
        <source>%n unit(s) without a responsible person</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="429"/>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="435"/>
        <source>(a volunteer not on the staff register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="440"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="441"/>
        <source>Volunteer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="442"/>
        <source>Volunteer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="450"/>
        <source>Person added to a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="461"/>
        <source>New unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="472"/>
        <source>Choose buildings on the map and a unit in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="476"/>
        <source>Buildings moved into a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="481"/>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="486"/>
        <source>Print Roll-Call Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="482"/>
        <source>-emergency-units.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="482"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="488"/>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::EventDialog</name>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="250"/>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="257"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="257"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="257"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="257"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="257"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="300"/>
        <source> · held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="301"/>
        <source> · red card after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="311"/>
        <source>skip-level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="314"/>
        <source>%1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="331"/>
        <source>%1, added by %2 at %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="333"/>
        <source>; location metadata kept on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="348"/>
        <source>Show on Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="354"/>
        <source>Add Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="358"/>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="361"/>
        <source>Add Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="358"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="362"/>
        <source>Keep the photo&apos;s location and camera data? Usually not: it can locate a resident&apos;s home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="374"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="378"/>
        <source>%1 is not an image GridStation can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="384"/>
        <source>Cannot re-encode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="417"/>
        <source>The resident&apos;s rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="422"/>
        <source>Assign to (grid:CODE, department:ID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="423"/>
        <source>To (empty: the level above):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="426"/>
        <source>Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="428"/>
        <source>Serial number of the event that stays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="433"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::EventDock</name>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="467"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="473"/>
        <source>Awaiting acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="474"/>
        <source>Being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="475"/>
        <source>Due soon (yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="476"/>
        <source>Overdue (red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="477"/>
        <source>Awaiting feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="478"/>
        <source>Awaiting rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="479"/>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="480"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="483"/>
        <source>Report Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="490"/>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="534"/>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="492"/>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="542"/>
        <source>All grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="493"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="515"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="515"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="515"/>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="515"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="605"/>
        <source>%1 event(s): %2 red card(s), %3 yellow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::EventLayer</name>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="23"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="38"/>
        <source>Red card (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="39"/>
        <source>Yellow card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="40"/>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="41"/>
        <source>Resolved, awaiting verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="42"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::HierarchyDock</name>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="54"/>
        <source>%1 of %2 households have a linked party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="68"/>
        <source>Hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="71"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="71"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="71"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="71"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="136"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::LayerFactory</name>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="64"/>
        <source>Streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="64"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="65"/>
        <source>Roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="66"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="65"/>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="40"/>
        <source>The style of layer %1 is missing from the build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="47"/>
        <source>The style of layer %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="53"/>
        <source>households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="56"/>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="66"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="67"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="79"/>
        <source>Party link coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="111"/>
        <source>Cannot open layer %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="132"/>
        <source>Households without a linked party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="133"/>
        <source>Every household linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::LedgerWindow</name>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="30"/>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="207"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="32"/>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="208"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="34"/>
        <source>Key Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="36"/>
        <source>Key Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="38"/>
        <source>Key Matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="40"/>
        <source>Ledger Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="42"/>
        <source>Patrols and Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="50"/>
        <source>Community ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="52"/>
        <source>Area ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="54"/>
        <source>Grid ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="56"/>
        <source>Building ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="58"/>
        <source>Property ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="57"/>
        <source>Five Ledgers and Three Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="66"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="84"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="86"/>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="259"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="88"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="170"/>
        <source>Estates (property ledgers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="205"/>
        <source>Holdings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="206"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="209"/>
        <source>Party members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="210"/>
        <source>Key persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="211"/>
        <source>Key places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="212"/>
        <source>Open key matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="213"/>
        <source>Open ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="216"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="218"/>
        <source>No one holds a post here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="224"/>
        <source>Party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="227"/>
        <source>%1 · secretary %2 · %3 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="231"/>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="266"/>
        <source>The database key is missing; ID numbers and phones cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="270"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="270"/>
        <source>Edit %1 No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="287"/>
        <source>Move out %1 No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="293"/>
        <source>Change head of household No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="301"/>
        <source>Move household No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="317"/>
        <source>The database key is missing; nothing can be revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="337"/>
        <source>The database key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::LinkDock</name>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="45"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="115"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="124"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="132"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="288"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="366"/>
        <source>Party Member Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="51"/>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="53"/>
        <source>Households per member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="57"/>
        <source>Each party member links about five households (每名党员联系5户)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="66"/>
        <source>Party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="66"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="66"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="66"/>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="74"/>
        <source>Link on the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="78"/>
        <source>Click a building to link its unlinked households to the chosen member; Ctrl-drag to lasso several buildings; hold Shift to unlink instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="80"/>
        <source>Suggest Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="81"/>
        <source>Cover every unlinked household within the limit, with the shortest walks (min-cost flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="90"/>
        <source>Suggested links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="90"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="92"/>
        <source>Accept Checked Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="93"/>
        <source>Reject All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="196"/>
        <source>Coverage %1% — %2 of %3 households have a linked party member; %4 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="234"/>
        <source>Choose a party member in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="258"/>
        <source>Every household there already has a linked party member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="263"/>
        <source>%1 already links %2 households (limit %3); pick another member or raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="271"/>
        <source>The member links no household there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="277"/>
        <source>Unlink %n household(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="278"/>
        <source>Link %n household(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="329"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="335"/>
        <source>%1 → %n household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="336"/>
        <source>avg %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="340"/>
        <source>every unlinked household is covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="341"/>
        <source>%n household(s) stay uncovered: the members near them are full</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="344"/>
        <source>Suggestion: %1 links for %2 members; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="359"/>
        <source>Accept %n suggested link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grid::app::LinkOverlay</name>
    <message>
        <location filename="../../app/gui/party/link_overlay.cpp" line="67"/>
        <source>Linked households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_overlay.cpp" line="75"/>
        <source>No linked party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_overlay.cpp" line="77"/>
        <source>Linked (colour = party member)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::ListPanel</name>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="57"/>
        <source>Include moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="60"/>
        <source>Search name, building, room or full ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="61"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="65"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="66"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="69"/>
        <source>Log Visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="79"/>
        <source>Cancel Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="79"/>
        <source>Move Out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="82"/>
        <source>Change Head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="83"/>
        <source>Move to Dwelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="85"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="88"/>
        <source>Show Full…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="89"/>
        <source>Show on Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="92"/>
        <source>Report Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="94"/>
        <source>Place on Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="98"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="101"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/ledger/list_panel.cpp" line="134"/>
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="213"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="216"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="220"/>
        <source>Move Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="213"/>
        <source>Reason (moved away, died, registration cancelled …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="216"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="228"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="232"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="237"/>
        <source>Change Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="228"/>
        <source>Person No. of the new head (see the Persons tab):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="233"/>
        <source>The former head&apos;s relation to the new head (配偶, 父亲, 母亲 …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="245"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="252"/>
        <source>Move to Dwelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="245"/>
        <source>Building No., unit and room, e.g. 41 2 1203:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="249"/>
        <source>Write the building number, the unit and the room, separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="259"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="261"/>
        <source>History of %1 No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="264"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="264"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="264"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="264"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="264"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="264"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="267"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="268"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="269"/>
        <source>revealed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="270"/>
        <source>removed (undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="298"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="305"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="307"/>
        <source>Show Full Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="299"/>
        <source>Why do you need the full value? (recorded with your name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="312"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="312"/>
        <source>Excel (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="315"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="319"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="323"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="329"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="334"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="344"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="346"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="319"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="333"/>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="335"/>
        <source>%1 of %2 rows have problems; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="346"/>
        <source>%1 records imported or updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="372"/>
        <source>Report Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="372"/>
        <source>This record lies in no grid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::ListTableModel</name>
    <message>
        <location filename="../../app/gui/ledger/list_table_model.cpp" line="107"/>
        <source>Moved out or closed; kept in history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_table_model.cpp" line="118"/>
        <source>Masked; use Show Full to reveal one value (audited)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::MainWindow</name>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="80"/>
        <source>GridStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="96"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="134"/>
        <location filename="../../app/gui/map/main_window.cpp" line="331"/>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="191"/>
        <source>Redraw Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="135"/>
        <source>The new grid plan was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="198"/>
        <source>Place on Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="207"/>
        <source>Click the map where key place No. %1 is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="264"/>
        <location filename="../../app/gui/map/main_window.cpp" line="271"/>
        <source>Risk Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="264"/>
        <source>Choose a community to print its panorama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="268"/>
        <source>Print Risk Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="268"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="81"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="82"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="83"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="91"/>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="92"/>
        <source>Grid &amp;Notice Boards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="97"/>
        <source>QR &amp;Door Plates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="103"/>
        <source>Take a Community &amp;Offline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="104"/>
        <source>Copy one community of this server database into a file, to work without the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="105"/>
        <source>Send Offline &amp;Edits to the Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="106"/>
        <source>Write what this file changed since it was taken offline back to its server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="108"/>
        <source>S&amp;witch User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="113"/>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="117"/>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="119"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="121"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="124"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="125"/>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="144"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="132"/>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="145"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="144"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="145"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="153"/>
        <source>&amp;Staff and Posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="156"/>
        <source>Party Member &amp;Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="158"/>
        <source>Report &amp;Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="159"/>
        <source>Report Event at a &amp;Point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="170"/>
        <source>Click the map where the event happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="173"/>
        <source>E&amp;vents Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="176"/>
        <source>Patrols and &amp;Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="178"/>
        <source>Log &amp;Visit or Patrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="180"/>
        <source>Five &amp;Ledgers and Three Lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="183"/>
        <source>Ledgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="187"/>
        <source>Party &amp;Organisations and Plaques…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="189"/>
        <source>&amp;Redraw Grids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="194"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="195"/>
        <source>&amp;Users and Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="199"/>
        <source>Visit &amp;Frequency Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="204"/>
        <source>&amp;Work Packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="210"/>
        <source>&amp;Merge Work Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="213"/>
        <source>Merge Work Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="213"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="223"/>
        <source>&amp;Deliberations (四事五议)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="224"/>
        <source>Minimal &amp;Emergency Units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="225"/>
        <source>15-Minute &amp;Service Circle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="237"/>
        <source>&amp;Audit Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="242"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="243"/>
        <source>Party Link &amp;Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="246"/>
        <source>Buildings with households that have no linked party member in red, fully linked in green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="254"/>
        <source>&amp;Risk Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="256"/>
        <source>Key places, buildings by risk, grid risk score and heat map, with filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="506"/>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="258"/>
        <source>Risk panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="264"/>
        <source>&amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="268"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="272"/>
        <source>Zoom to &amp;Full Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="274"/>
        <source>&amp;Previous Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="275"/>
        <source>&amp;Next Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="277"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_work.cpp" line="106"/>
        <source>Visit %1 logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_work.cpp" line="107"/>
        <source>Visit %1 logged and reported as event %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/map/main_window_work.cpp" line="133"/>
        <source>%1: %n grid(s) coloured.</source>
        <translation>
            <numerusform>%1: %n grid coloured.</numerusform>
            <numerusform>%1: %n grids coloured.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="310"/>
        <source>Risk panorama written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="316"/>
        <location filename="../../app/gui/map/main_window.cpp" line="690"/>
        <location filename="../../app/gui/map/main_window_work.cpp" line="80"/>
        <source>Open a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="331"/>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="47"/>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_work.cpp" line="145"/>
        <source>No event %1 (or it lies outside your scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="187"/>
        <location filename="../../app/gui/map/main_window_work.cpp" line="179"/>
        <location filename="../../app/gui/map/main_window_work.cpp" line="198"/>
        <source>Event %1 reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_work.cpp" line="190"/>
        <source>That point lies in no grid; click inside a grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="471"/>
        <source>Sign-in cancelled; the database was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="571"/>
        <source>GridStation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="111"/>
        <location filename="../../app/gui/map/main_window.cpp" line="124"/>
        <location filename="../../app/gui/map/main_window.cpp" line="652"/>
        <source>Building Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="594"/>
        <source>The database was changed elsewhere; the map and counts are redrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="595"/>
        <source>Changed elsewhere: %1; the map and counts are redrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="646"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="742"/>
        <source>Open GridStation Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="743"/>
        <source>GridStation databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="746"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="755"/>
        <source>CGCS2000 %1°E %2°N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="757"/>
        <source>outside the CRS area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="762"/>
        <source>Scale 1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="31"/>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="79"/>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="82"/>
        <source>Take a Community Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="34"/>
        <source>The community&apos;s places, households, persons, events and ledgers are copied into a file, with the district&apos;s accounts, so the same people sign in to it. Edit it without the server, then send the edits back with File ▸ Send Offline Edits to the Server…; records changed on the server in the meantime are named, not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="44"/>
        <source>This database has no community.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="55"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="58"/>
        <source>Offline file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="58"/>
        <source>GridStation database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="64"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="66"/>
        <source>Take Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="75"/>
        <source>Copying the community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/map/main_window_offline.cpp" line="83"/>
        <source>%1 is in %2: %n record(s). Open the file now?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="93"/>
        <source>Send Offline Edits to the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="96"/>
        <source>This file&apos;s edits were sent already (%1). Take the community offline again to go on working without the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="105"/>
        <source>What this file changed in community %1 since it was taken offline is written to the server. When someone changed the same record on the server in the meantime, nothing is written and the records are named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="113"/>
        <source>Server database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="116"/>
        <source>Sign in to the server as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="119"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="121"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="132"/>
        <source>Sending the edits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="139"/>
        <source>Sent: %1 new, %2 changed, %3 removed record(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="144"/>
        <source>Open the server database now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::MergeDialog</name>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="210"/>
        <location filename="../../app/gui/packages/packages_window.cpp" line="285"/>
        <source>Merge Work Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="212"/>
        <source>Package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="220"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="230"/>
        <source>%1 (work package %2): %3 added, %4 updated (%5 fields), %6 moved out, %7 identical on both sides, %8 conflict(s) or refusal(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="252"/>
        <source>If merged now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="256"/>
        <source>Nothing new in this package since its last merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="295"/>
        <source>Merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="277"/>
        <source>Merge of work package %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::PackageEditor</name>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="41"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="42"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="43"/>
        <source>Key Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="44"/>
        <source>Key Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="45"/>
        <source>Key Matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="46"/>
        <source>Patrols and Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="47"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="55"/>
        <source>Work Package — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="70"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="72"/>
        <source>%1 is not a GridStation work package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="92"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="94"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="103"/>
        <location filename="../../app/gui/packages/package_editor.cpp" line="105"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="107"/>
        <source>Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="239"/>
        <source>Since the package was made: %1 records changed (%2 fields), %3 added, %4 deleted. Hand the file in to the community office to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="254"/>
        <source>Unsaved Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="254"/>
        <source>Save the edits into the package before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::PackagesWindow</name>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="364"/>
        <source>Work Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="370"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="370"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="370"/>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="370"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="370"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="370"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="371"/>
        <source>Merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="371"/>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="371"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="382"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="387"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="389"/>
        <location filename="../../app/gui/packages/packages_window.cpp" line="464"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="395"/>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="398"/>
        <source>Show resolved ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="407"/>
        <location filename="../../app/gui/packages/packages_window.cpp" line="444"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="418"/>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="419"/>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="420"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="444"/>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/packages/packages_window.cpp" line="445"/>
        <source>%n package(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="450"/>
        <source>Merge Work Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="450"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="462"/>
        <source>Select a package first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="464"/>
        <source>Revoke package %1? Its later merge will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::PanoramaPrinter</name>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="118"/>
        <source>Community %1 has no outline to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="127"/>
        <source>%1 Community Risk Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="129"/>
        <source>Drawn %1 by GridStation · For internal use only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="173"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="198"/>
        <location filename="../../app/print/panorama_printer.cpp" line="200"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="198"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="198"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="198"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="198"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="198"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="228"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="253"/>
        <source>Colours: red major, orange considerable, yellow moderate, blue low (national four-colour grading). Score = red×4 + orange×3 + yellow×2 + blue×1 over key persons under attention, key places and open key matters. Key persons are shown only as counts per building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="268"/>
        <source>Could not write %1; check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="271"/>
        <source>Could not move the panorama into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::ParticipantsEditor</name>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="68"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="68"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="74"/>
        <source>Add Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="75"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::PartyDock</name>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="50"/>
        <source>Party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="51"/>
        <source>General branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="52"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="53"/>
        <source>Party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="70"/>
        <source>Party Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="76"/>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="91"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="91"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="91"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="91"/>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="91"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="91"/>
        <source>In-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="99"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="172"/>
        <source>New Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="100"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="175"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="101"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="176"/>
        <source>Move Members Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="107"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="115"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="115"/>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="115"/>
        <source>Workplace organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="115"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="115"/>
        <source>Reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="115"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="125"/>
        <source>Register Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="126"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="185"/>
        <source>End Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="131"/>
        <source>In-service registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="136"/>
        <source>Only households without the plaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="140"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="140"/>
        <source>Party members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="140"/>
        <source>Plaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="149"/>
        <source>Put Up Plaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="150"/>
        <source>Take Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="151"/>
        <source>Plaque Every Party Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="157"/>
        <source>Party household plaques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="186"/>
        <source>End %1&apos;s registration with the community? Their links stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="221"/>
        <source>%1 organisations; %2 grids without one; %3 in-service members registered; plaques on %4 of %5 party households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="246"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="436"/>
        <source>(vacant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="276"/>
        <source>Grids without a party organisation (支部建在网格上): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="276"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="326"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="322"/>
        <source>Plaqued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="322"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="349"/>
        <source>New party organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="360"/>
        <source>Edit party organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/party_dock.cpp" line="371"/>
        <source>Move %n party member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="380"/>
        <source>Register in-service party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="387"/>
        <source>End in-service registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="394"/>
        <source>Select the households in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="425"/>
        <source>Edit Party Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="425"/>
        <source>New Party Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="434"/>
        <source>(community committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="435"/>
        <source>(no single grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="447"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="448"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="449"/>
        <source>Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="450"/>
        <source>Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="451"/>
        <source>Secretary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="479"/>
        <source>Move Members to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="482"/>
        <source>Filter by name or building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="507"/>
        <source>Select the members to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="519"/>
        <source>Register In-service Party Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="522"/>
        <source>Type the start of the resident&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="526"/>
        <source>e.g. 区教育局机关党支部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="535"/>
        <source>(branch of the grid they live in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="536"/>
        <source>Resident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="538"/>
        <source>Workplace organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="539"/>
        <source>Registered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="540"/>
        <source>Reports to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="556"/>
        <source>  (already registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="558"/>
        <source>  (party member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="567"/>
        <source>Find the resident by name and select them in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::PartyEdits</name>
    <message numerus="yes">
        <location filename="../../app/gui/party/party_edits.h" line="26"/>
        <source>Put up %n plaque(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/party_edits.h" line="27"/>
        <source>Take down %n plaque(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grid::app::PrintDialog</name>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="29"/>
        <source>Print grid notice boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="29"/>
        <source>Print QR door plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="36"/>
        <source>Street %1 (%2 grids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="36"/>
        <source>    Community %1 (%2 grids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="43"/>
        <source>Grids of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="46"/>
        <source>A3 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="47"/>
        <source>A4 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="48"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="49"/>
        <source>One PDF per grid (in a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="54"/>
        <source>/notice_boards.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="54"/>
        <source>/door_plates.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="55"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="60"/>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="62"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="74"/>
        <source>Folder for the boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="75"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="75"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="82"/>
        <source>Choose a street or community and where to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="97"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="97"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/print/print_dialog.cpp" line="118"/>
        <source>Printed %n notice board(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/print/print_dialog.cpp" line="129"/>
        <source>Printed %n door plate(s) on %1 sheet(s) to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grid::app::RecordForm</name>
    <message>
        <location filename="../../app/gui/ledger/record_form.cpp" line="51"/>
        <source>Edit %1 No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/record_form.cpp" line="51"/>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/record_form.cpp" line="77"/>
        <source>18 characters, checksum verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/record_form.cpp" line="80"/>
        <source>Masked. Leave it to keep the stored value, or type the full new value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::RedrawDock</name>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="46"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="90"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="210"/>
        <source>Redraw Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="56"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="56"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="56"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="56"/>
        <source>Deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="56"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="62"/>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="67"/>
        <source>Auto-balance selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="68"/>
        <source>Commit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="69"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="78"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="337"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="79"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="338"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="121"/>
        <source>Redraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="230"/>
        <source>Redrawn in GridStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="247"/>
        <source>New grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="255"/>
        <source>%1 is in separate pieces: join them or give the stray buildings to a neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="257"/>
        <source>%1 lies wholly inside %2, like a hole: join it to %2 or reach another neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="260"/>
        <source>%1 building(s) have no grid: paint them into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="262"/>
        <source>%1 has no buildings left and will be retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="265"/>
        <source>%1: %2 households; add %3 to reach %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="270"/>
        <source>%1: %2 households; remove %3 to reach %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="328"/>
        <source>Choose Edit → Redraw Grids… to redraw a community&apos;s grids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="333"/>
        <source>Auto-balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="334"/>
        <source>Split by entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="337"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="338"/>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="357"/>
        <source>+ new grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="358"/>
        <source>Paint buildings here to start a new grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="364"/>
        <source>%1 in this stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="408"/>
        <source>%1 (%2): %3 grids, %4 within ±%5 % of %6 households; %7 buildings moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="445"/>
        <source>No grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::RedrawTool</name>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="49"/>
        <source>Split This Building by Entrance (单元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="52"/>
        <source>Redraw Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="113"/>
        <source>Assign building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="116"/>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="116"/>
        <source>Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="116"/>
        <source>Lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="116"/>
        <source>Pull boundary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::ReportEventDialog</name>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="136"/>
        <source>Report Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="145"/>
        <source>What happened, where, who is affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="169"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="172"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="174"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="175"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="176"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="177"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="178"/>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="179"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="180"/>
        <source>Reported by (resident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="186"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="201"/>
        <source>(classify later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="216"/>
        <source>This grid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="218"/>
        <source>Community (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="220"/>
        <source>Street (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::RiskDock</name>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="21"/>
        <source>Risk Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="27"/>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="30"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="30"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="30"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="30"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="39"/>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="41"/>
        <source>Key places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="43"/>
        <source>registered since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="50"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="52"/>
        <source>Grid risk score (choropleth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="54"/>
        <source>Heat map of key places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="60"/>
        <source>Key persons appear only as counts per building. Score = red×4 + orange×3 + yellow×2 + blue×1 over key persons, key places and open key matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="66"/>
        <source>Print A3 Panorama…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="90"/>
        <source>All communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="91"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="120"/>
        <source>Showing %1 key places, %2 open key matters and %3 buildings with key persons or places.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::RiskLayers</name>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="91"/>
        <source>Major risk (red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="92"/>
        <source>Considerable risk (orange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="93"/>
        <source>Moderate risk (yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="94"/>
        <source>Low risk (blue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="108"/>
        <source>Key persons: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="148"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="184"/>
        <source>Grid risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="187"/>
        <source>Risk heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="191"/>
        <source>Buildings by risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="195"/>
        <source>Key places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="199"/>
        <source>Key matters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::SearchDock</name>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="26"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="32"/>
        <source>Grid code or name, building, person name or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="77"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="78"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="79"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::ServicePanel</name>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="85"/>
        <source>Walking speed (4.5 km/h is an adult&apos;s; 3 km/h an older person&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="86"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="87"/>
        <source>Export GeoPackage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="88"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="90"/>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="92"/>
        <source>Walking speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="104"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="104"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="104"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="104"/>
        <source>Nearest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="104"/>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="131"/>
        <location filename="../../app/gui/community/service_panel.cpp" line="263"/>
        <source>Walking time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="167"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="196"/>
        <source>not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="200"/>
        <source>%1 of %2 households within %3 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="219"/>
        <source>Not computed yet for this community: press Compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="220"/>
        <source>Computed %1. Roads and facilities come from the importer (gridctl import --kind roads, walkways, facilities).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="251"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="253"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="278"/>
        <source>Service area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="281"/>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="283"/>
        <source>Roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="285"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="310"/>
        <source>Computing walking times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="310"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="330"/>
        <source>%1 buildings over %2 roads and paths, %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="340"/>
        <location filename="../../app/gui/community/service_panel.cpp" line="345"/>
        <source>Export GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="340"/>
        <source>-service-circle.gpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="340"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="347"/>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::SignInDialog</name>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="22"/>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="46"/>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="22"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="25"/>
        <source>This database has accounts. Sign in to see and change what your roles allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="26"/>
        <source>The workstation was locked after a time without use. Enter your password to go on, or switch user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="37"/>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="38"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="48"/>
        <source>Switch User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="50"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::StaffDock</name>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="94"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="181"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="188"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="203"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="204"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="220"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="227"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="473"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="546"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="101"/>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="108"/>
        <source>Drop assigns as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="111"/>
        <source>The target&apos;s usual post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="112"/>
        <source>Grid worker (full-time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="113"/>
        <source>Grid worker (part-time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="114"/>
        <source>Grid chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="115"/>
        <source>Grid instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="116"/>
        <source>Area chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="117"/>
        <source>Community chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="118"/>
        <source>Police beat officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="119"/>
        <source>Building chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="120"/>
        <source>Property chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="121"/>
        <source>Drag a person from the register onto a grid, area or building in the tree or on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="124"/>
        <source>A grid worker keeps their current grid too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="129"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="129"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="129"/>
        <source>Households served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="129"/>
        <source>Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="141"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="179"/>
        <source>New Staff Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="142"/>
        <source>Add a person to the register; then drag them onto a grid or building to give a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="153"/>
        <source>Staffing rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="153"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="180"/>
        <source>%1 leaves (离职)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/staff/staff_dock.cpp" line="182"/>
        <source>%1 leaves: %n current post(s) end yesterday and they leave the register. History keeps every post.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="195"/>
        <source>End post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="198"/>
        <source>End post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="218"/>
        <source>New staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="225"/>
        <source>Staff member leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="232"/>
        <source>New Staff Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="236"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="237"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="238"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="240"/>
        <source>Mobile or landline, e.g. 13800138000 or 0755-83001234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="242"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="243"/>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="244"/>
        <source>Work phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="245"/>
        <source>Remark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="288"/>
        <source> (part-time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="295"/>
        <source>(no post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="303"/>
        <source>More than %1 households: share the grid or add a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="338"/>
        <source>Grids without a full-time grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="339"/>
        <source>Workers serving more than %1 households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="340"/>
        <source>Buildings without a building chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="340"/>
        <source>Estates without a property chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/staff/staff_dock.cpp" line="365"/>
        <source>%n staffing gap(s), marked on the map.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="366"/>
        <source>Every grid, building and estate is staffed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="377"/>
        <source>Staffing gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="379"/>
        <source>Grid without a full-time worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="379"/>
        <source>Overloaded worker&apos;s grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="380"/>
        <source>Building without a chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="380"/>
        <source>Estate without a property chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="444"/>
        <source>Drop the person on a community, area, grid or building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="466"/>
        <source>Assign %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::StaleEditDialog</name>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="17"/>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="20"/>
        <source>Someone saved this record after you opened it. Nothing of yours is saved yet. For each field they changed, keep yours (ticked) or take theirs (cleared), then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="25"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="25"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="25"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="25"/>
        <source>Theirs (saved now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="25"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="39"/>
        <source>(not in this form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="52"/>
        <source>Save with My Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="53"/>
        <source>Discard My Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::StepDialog</name>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="165"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="170"/>
        <source>提议 is made by the party organisation: name it among the participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="172"/>
        <source>商议 brings together participants of at least two kinds and needs minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="174"/>
        <source>审议 reviews legality and feasibility; record its minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="177"/>
        <source>决议 needs more than half of the eligible members present and more than half of those present for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="183"/>
        <source>Day held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="190"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="193"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="206"/>
        <source>present of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="208"/>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="209"/>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="211"/>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="213"/>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="215"/>
        <source>abstaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="217"/>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="218"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::UnitDetailsDialog</name>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="48"/>
        <source>Emergency Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="52"/>
        <source>e.g. the community square, the school&apos;s sports ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="55"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="61"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="62"/>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="63"/>
        <source>Shelter capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="64"/>
        <source>Supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="65"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::UsersWindow</name>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="82"/>
        <source>Users and Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="86"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="86"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="86"/>
        <source>Roles over places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="86"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="86"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="95"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="96"/>
        <source>Grant Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="97"/>
        <source>Revoke Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="98"/>
        <source>Reset Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="99"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="100"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="101"/>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="130"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="131"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="132"/>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="133"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="158"/>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="165"/>
        <source>Added %1; the password must be changed at first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="170"/>
        <location filename="../../app/gui/accounts/users_window.cpp" line="187"/>
        <location filename="../../app/gui/accounts/users_window.cpp" line="202"/>
        <source>Choose an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="174"/>
        <source>Grant Role to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="174"/>
        <source>Revoke Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="182"/>
        <source>Granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="182"/>
        <source>Revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="189"/>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="189"/>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="197"/>
        <source>Reset and unlocked %1; the password must be changed at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="209"/>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::VisitDialog</name>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="43"/>
        <source>Log a Patrol or Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="51"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="57"/>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="62"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="64"/>
        <source>(as the object calls for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="70"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="72"/>
        <source>本人, 户主, neighbour …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="73"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="75"/>
        <source>What you saw and did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="77"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="78"/>
        <source>Exception found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="89"/>
        <source>Next visit on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="98"/>
        <source>(otherwise the frequency rule&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="100"/>
        <source>Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="101"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="103"/>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="109"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="103"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="110"/>
        <source>Report the findings as an event (上报事件)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="138"/>
        <source>%1 is not an image GridStation can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="183"/>
        <source>Log visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="219"/>
        <source>The visit is saved, but the event was not reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::VisitDock</name>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="38"/>
        <source>Patrols and Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="45"/>
        <source>Only the objects of one grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="46"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="47"/>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="59"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="59"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="59"/>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="59"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="59"/>
        <source>Grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="59"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="59"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="72"/>
        <source>Log Visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="73"/>
        <source>Grid Patrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="129"/>
        <source>All workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/visits/visit_dock.cpp" line="144"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="149"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="162"/>
        <source>%1 object(s): %2 overdue, %3 due within a week. Purple diamonds on the map are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="172"/>
        <source>Overdue visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::VisitRulesDialog</name>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="28"/>
        <source>Visit Frequency Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="31"/>
        <source>An object is visited as often as the strictest rule that matches it says; an empty category or colour matches any. A month after 31 January is the last day of February.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="38"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="38"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="38"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="38"/>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="38"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="38"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="38"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="72"/>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="73"/>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="79"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="80"/>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="81"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="108"/>
        <source>Change visit rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="112"/>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::WelcomeDialog</name>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="80"/>
        <source>Welcome to GridStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="83"/>
        <source>&lt;h2&gt;GridStation&lt;/h2&gt;&lt;p&gt;Grids, buildings, households and the five ledgers on one map. Choose how to begin:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="99"/>
        <source>Open the demo district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="100"/>
        <source>A synthetic district of two streets and twelve communities with households, staff, party members and events, to try everything safely. Made once, in your data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="104"/>
        <source>Open a database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="104"/>
        <source>A GridStation database (.sqlite) made here or with gridctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="106"/>
        <source>New database from buildings or boundaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="107"/>
        <source>Pick a buildings file (GeoPackage, Shapefile, GeoJSON, OSM, KML); the new database takes the Gauss-Krüger zone of the data and imports the buildings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="113"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="124"/>
        <source>Making the demo district…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="128"/>
        <source>The demo could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="138"/>
        <source>Open GridStation Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="139"/>
        <source>GridStation databases (*.sqlite *.gridstation *.gsdb *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="147"/>
        <source>Buildings or Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="148"/>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.osm *.pbf *.kml *.fgb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="152"/>
        <source>New GridStation Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="153"/>
        <source>GridStation databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="156"/>
        <source>%1 exists already; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="160"/>
        <source>Importing buildings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="164"/>
        <source>Nothing was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::pdf</name>
    <message>
        <location filename="../../app/print/pdf_pages.cpp" line="193"/>
        <source>Cannot write %1; check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/pdf_pages.cpp" line="203"/>
        <source>Cannot replace %1; is it open in another program?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
