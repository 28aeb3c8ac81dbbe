<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardPrinter</name>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="62"/>
        <source>Leads the grid&apos;s work and sees that every task is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="64"/>
        <source>Helps with patrols and visits, reports problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="66"/>
        <source>Collects household data, patrols, finds hazards, mediates disputes, serves residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="69"/>
        <source>Guides the grid&apos;s work and helps solve hard cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="71"/>
        <source>Public order, crime prevention, dispute resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="73"/>
        <source>Party building, party members linked to households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="75"/>
        <source>Property services, repairs, fire and building safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="77"/>
        <source>Looks after the buildings of the micro-grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="78"/>
        <source>Looks after the building and its residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="184"/>
        <source>Community %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="186"/>
        <source>Police 110</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="187"/>
        <source>Government service 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="195"/>
        <source>See the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="197"/>
        <source>Mon–Fri 8:30–17:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="281"/>
        <source>Duties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="297"/>
        <source>No building chief assigned yet; ask the community office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="113"/>
        <location filename="../../app/print/board_printer.cpp" line="328"/>
        <source>Grid chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="331"/>
        <source>Part-time grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="332"/>
        <source>Full-time grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="334"/>
        <source>Micro-grid chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="336"/>
        <source>Grid instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="338"/>
        <source>Community police officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="340"/>
        <source>Party branch secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="342"/>
        <source>Property chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="344"/>
        <source>Building chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="358"/>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="360"/>
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
        <location filename="../../app/print/plate_printer.cpp" line="94"/>
        <source>One household, one code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/plate_printer.cpp" line="116"/>
        <source>Unit %1 · Room %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/plate_printer.cpp" line="119"/>
        <source>Code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="194"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="293"/>
        <source>Met in person; stable, reported on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="316"/>
        <source>Fire passage blocked by parked e-bikes and boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="36"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="97"/>
        <source>no building could be imported; gridctl import --dry-run lists the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="100"/>
        <source>Imported %1 buildings into EPSG:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="50"/>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="51"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="52"/>
        <source>Initial password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="56"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="59"/>
        <source>Over (level:code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="42"/>
        <source>being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="43"/>
        <source>resolved, awaiting verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="44"/>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="77"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="45"/>
        <source>verified and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="51"/>
        <source>red card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="51"/>
        <source>yellow card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="51"/>
        <source>in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="62"/>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="63"/>
        <source>classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="64"/>
        <source>extension asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="65"/>
        <source>extension granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="66"/>
        <source>extension refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="67"/>
        <source>rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="68"/>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="69"/>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="70"/>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="71"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="72"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="73"/>
        <source>handled on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="74"/>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="75"/>
        <source>reported back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="76"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="78"/>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="85"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="86"/>
        <source>Classify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="87"/>
        <source>Handle on the Spot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="88"/>
        <source>Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="89"/>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="90"/>
        <source>Ask for Extension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="91"/>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="92"/>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="93"/>
        <source>Report Back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="94"/>
        <source>Record Rating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="95"/>
        <source>Verify and Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="96"/>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="97"/>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="98"/>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app</name>
    <message>
        <location filename="../../app/print/report_printer.cpp" line="232"/>
        <source>Cannot write %1; check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/report_printer.cpp" line="382"/>
        <source>Cannot replace %1; is it open in another program?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::AuditViewer</name>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="25"/>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="29"/>
        <source>who (login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="31"/>
        <source>any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="33"/>
        <source>sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="33"/>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="34"/>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="34"/>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="35"/>
        <source>reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="35"/>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="36"/>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="39"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="41"/>
        <source>record no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="48"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="54"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="56"/>
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
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="116"/>
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="124"/>
        <source>The hash chain is intact: no row was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="125"/>
        <source>The hash chain breaks at row %1: rows from there on were altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="129"/>
        <source>Export Audit Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="130"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="136"/>
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
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="110"/>
        <source>%1 · %2 (%3/%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="145"/>
        <source>Choose a party member and select the households to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="151"/>
        <source>Link %n household(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="164"/>
        <source>None of the selected households has a linked party member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="171"/>
        <source>Unlink %n household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="191"/>
        <source>Select the party households first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="203"/>
        <source>Building profile — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="204"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4 floors · %5 units · grid %6 %7&lt;br&gt;%8 households · %9 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="218"/>
        <source>No staff assigned to this building or its grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="236"/>
        <source>Unit %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="244"/>
        <source>%1F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="254"/>
        <source>no household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="258"/>
        <source>vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="259"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="266"/>
        <source>Linked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="268"/>
        <source>No linked member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="269"/>
        <source> ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="269"/>
        <source> ☆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="271"/>
        <source>Party household, plaque up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="271"/>
        <source>Party household, plaque missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::ChangePasswordDialog</name>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="114"/>
        <source>Change Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="116"/>
        <source>This is your first sign-in, or an administrator reset your password: choose your own password now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="118"/>
        <source>Choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="127"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="128"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="129"/>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="131"/>
        <source>At least 10 characters with letters and digits, not containing your login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="147"/>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::CommunityPicker</name>
    <message>
        <location filename="../../app/gui/edit/community_picker.cpp" line="31"/>
        <source>No community with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::DashboardWindow</name>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="46"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="47"/>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="48"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="49"/>
        <source>Grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="50"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="56"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="63"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="67"/>
        <source>Colour Grids on Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="68"/>
        <source>Monthly Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="69"/>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="284"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="72"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="84"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="84"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="84"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="84"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="90"/>
        <source>Double-click a figure for the records behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="95"/>
        <source>Double-click a name to drill down, a figure for the records behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="135"/>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="140"/>
        <source>Monthly Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="137"/>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="169"/>
        <source>Grid worker %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="173"/>
        <source>%1 is not a place of this database (or not in your scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="237"/>
        <source>%1 %2 · %3 to %4 · stock as of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="242"/>
        <source>Population and party links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="242"/>
        <source>The three lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="243"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="243"/>
        <source>Patrols and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="243"/>
        <source>Grids and staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="366"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="387"/>
        <source>The first %1 of %2 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="436"/>
        <source>The monthly report is made for a community or a street; choose one in Place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::EventDialog</name>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="220"/>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="227"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="227"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="227"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="227"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="227"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="270"/>
        <source> · held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="271"/>
        <source> · red card after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="280"/>
        <source>skip-level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="283"/>
        <source>%1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="300"/>
        <source>%1, added by %2 at %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="302"/>
        <source>; location metadata kept on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="317"/>
        <source>Show on Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="323"/>
        <source>Add Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="326"/>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="328"/>
        <source>Add Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="326"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="329"/>
        <source>Keep the photo&apos;s location and camera data? Usually not: it can locate a resident&apos;s home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="341"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="344"/>
        <source>%1 is not an image GridStation can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="350"/>
        <source>Cannot re-encode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="379"/>
        <source>The resident&apos;s rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="384"/>
        <source>Assign to (grid:CODE, department:ID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="385"/>
        <source>To (empty: the level above):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="388"/>
        <source>Working days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="390"/>
        <source>Serial number of the event that stays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="395"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::EventDock</name>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="429"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="436"/>
        <source>Awaiting acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="436"/>
        <source>Being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="437"/>
        <source>Due soon (yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="437"/>
        <source>Overdue (red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="438"/>
        <source>Awaiting feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="438"/>
        <source>Awaiting rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="439"/>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="439"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="442"/>
        <source>Report Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="449"/>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="492"/>
        <source>All classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="451"/>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="500"/>
        <source>All grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="452"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="473"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="473"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="473"/>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="473"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="556"/>
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
        <location filename="../../app/core/event_layer.cpp" line="39"/>
        <source>Red card (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="40"/>
        <source>Yellow card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="41"/>
        <source>In time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="42"/>
        <source>Resolved, awaiting verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="43"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::HierarchyDock</name>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="48"/>
        <source>%1 of %2 households have a linked party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="64"/>
        <source>Hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="67"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="67"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="67"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="67"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="130"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::LayerFactory</name>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="63"/>
        <source>Streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="63"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="64"/>
        <source>Roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="65"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="64"/>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="39"/>
        <source>The style of layer %1 is missing from the build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="46"/>
        <source>The style of layer %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="52"/>
        <source>households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="55"/>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="65"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="66"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="78"/>
        <source>Party link coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="89"/>
        <source>Cannot open layer %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="103"/>
        <source>Households without a linked party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="104"/>
        <source>Every household linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::LedgerWindow</name>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="24"/>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="202"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="25"/>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="203"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="26"/>
        <source>Key Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="27"/>
        <source>Key Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="28"/>
        <source>Key Matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="29"/>
        <source>Ledger Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="30"/>
        <source>Patrols and Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="37"/>
        <source>Community ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="38"/>
        <source>Area ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="39"/>
        <source>Grid ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="40"/>
        <source>Building ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="41"/>
        <source>Property ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="53"/>
        <source>Five Ledgers and Three Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="62"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="80"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="82"/>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="249"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="84"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="166"/>
        <source>Estates (property ledgers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="200"/>
        <source>Holdings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="202"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="203"/>
        <source>Party members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="204"/>
        <source>Key persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="204"/>
        <source>Key places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="205"/>
        <source>Open key matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="205"/>
        <source>Open ledger entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="208"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="209"/>
        <source>No one holds a post here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="215"/>
        <source>Party organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="217"/>
        <source>%1 · secretary %2 · %3 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="221"/>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="256"/>
        <source>The database key is missing; ID numbers and phones cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="260"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="260"/>
        <source>Edit %1 No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="269"/>
        <source>Move out %1 No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="275"/>
        <source>Change head of household No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="283"/>
        <source>Move household No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="297"/>
        <source>The database key is missing; nothing can be revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="316"/>
        <source>The database key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::LinkDock</name>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="43"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="112"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="121"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="129"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="280"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="360"/>
        <source>Party Member Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="49"/>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="51"/>
        <source>Households per member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="55"/>
        <source>Each party member links about five households (每名党员联系5户)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="64"/>
        <source>Party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="64"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="64"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="64"/>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="72"/>
        <source>Link on the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="75"/>
        <source>Click a building to link its unlinked households to the chosen member; Ctrl-drag to lasso several buildings; hold Shift to unlink instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="77"/>
        <source>Suggest Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="78"/>
        <source>Cover every unlinked household within the limit, with the shortest walks (min-cost flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="87"/>
        <source>Suggested links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="87"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="89"/>
        <source>Accept Checked Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="90"/>
        <source>Reject All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="189"/>
        <source>Coverage %1% — %2 of %3 households have a linked party member; %4 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="227"/>
        <source>Choose a party member in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="250"/>
        <source>Every household there already has a linked party member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="255"/>
        <source>%1 already links %2 households (limit %3); pick another member or raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="263"/>
        <source>The member links no household there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="269"/>
        <source>Unlink %n household(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="270"/>
        <source>Link %n household(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="321"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="326"/>
        <source>%1 → %n household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="327"/>
        <source>avg %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="332"/>
        <source>every unlinked household is covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="333"/>
        <source>%n household(s) stay uncovered: the members near them are full</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="335"/>
        <source>Suggestion: %1 links for %2 members; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="353"/>
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
        <location filename="../../app/gui/party/link_overlay.cpp" line="64"/>
        <source>Linked households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_overlay.cpp" line="72"/>
        <source>No linked party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_overlay.cpp" line="74"/>
        <source>Linked (colour = party member)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::ListPanel</name>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="52"/>
        <source>Include moved out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="54"/>
        <source>Search name, building, room or full ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="55"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="59"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="60"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="62"/>
        <source>Log Visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="69"/>
        <source>Cancel Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="69"/>
        <source>Move Out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="72"/>
        <source>Change Head…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="73"/>
        <source>Move to Dwelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="75"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="78"/>
        <source>Show Full…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="79"/>
        <source>Show on Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="82"/>
        <source>Report Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="84"/>
        <source>Place on Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="88"/>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="91"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/ledger/list_panel.cpp" line="124"/>
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="184"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="188"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="192"/>
        <source>Move Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="185"/>
        <source>Reason (moved away, died, registration cancelled …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="188"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="200"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="204"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="209"/>
        <source>Change Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="200"/>
        <source>Person No. of the new head (see the Persons tab):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="205"/>
        <source>The former head&apos;s relation to the new head (配偶, 父亲, 母亲 …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="216"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="224"/>
        <source>Move to Dwelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="217"/>
        <source>Building No., unit and room, e.g. 41 2 1203:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="221"/>
        <source>Write the building number, the unit and the room, separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="231"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="233"/>
        <source>History of %1 No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="236"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="236"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="236"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="236"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="236"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="236"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="239"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="240"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="241"/>
        <source>revealed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="242"/>
        <source>removed (undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="269"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="276"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="278"/>
        <source>Show Full Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="270"/>
        <source>Why do you need the full value? (recorded with your name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="282"/>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="283"/>
        <source>Excel (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="286"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="290"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="294"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="300"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="305"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="315"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="317"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="290"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="304"/>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="306"/>
        <source>%1 of %2 rows have problems; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="317"/>
        <source>%1 records imported or updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="343"/>
        <source>Report Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="343"/>
        <source>This record lies in no grid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::ListTableModel</name>
    <message>
        <location filename="../../app/gui/ledger/list_table_model.cpp" line="108"/>
        <source>Moved out or closed; kept in history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_table_model.cpp" line="119"/>
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
        <location filename="../../app/gui/map/main_window.cpp" line="328"/>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="184"/>
        <source>Redraw Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="135"/>
        <source>The new grid plan was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="196"/>
        <source>Place on Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="205"/>
        <source>Click the map where key place No. %1 is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="260"/>
        <location filename="../../app/gui/map/main_window.cpp" line="268"/>
        <source>Risk Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="260"/>
        <source>Choose a community to print its panorama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="263"/>
        <source>Print Risk Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="265"/>
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
        <location filename="../../app/gui/map/main_window_actions.cpp" line="104"/>
        <source>S&amp;witch User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="109"/>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="113"/>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="115"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="117"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="120"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="121"/>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="140"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="128"/>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="141"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="140"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="141"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="149"/>
        <source>&amp;Staff and Posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="152"/>
        <source>Party Member &amp;Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="154"/>
        <source>Report &amp;Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="155"/>
        <source>Report Event at a &amp;Point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="166"/>
        <source>Click the map where the event happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="169"/>
        <source>E&amp;vents Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="172"/>
        <source>Patrols and &amp;Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="174"/>
        <source>Log &amp;Visit or Patrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="175"/>
        <source>Five &amp;Ledgers and Three Lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="177"/>
        <source>Ledgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="180"/>
        <source>Party &amp;Organisations and Plaques…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="182"/>
        <source>&amp;Redraw Grids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="187"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="188"/>
        <source>&amp;Users and Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="192"/>
        <source>Visit &amp;Frequency Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="197"/>
        <source>&amp;Audit Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="202"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="203"/>
        <source>Party Link &amp;Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="206"/>
        <source>Buildings with households that have no linked party member in red, fully linked in green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="214"/>
        <source>&amp;Risk Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="216"/>
        <source>Key places, buildings by risk, grid risk score and heat map, with filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="499"/>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="218"/>
        <source>Risk panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="223"/>
        <source>&amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="225"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="228"/>
        <source>Zoom to &amp;Full Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="230"/>
        <source>&amp;Previous Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="231"/>
        <source>&amp;Next Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="233"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_work.cpp" line="108"/>
        <source>Visit %1 logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_work.cpp" line="109"/>
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
        <location filename="../../app/gui/map/main_window.cpp" line="307"/>
        <source>Risk panorama written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="313"/>
        <location filename="../../app/gui/map/main_window.cpp" line="659"/>
        <location filename="../../app/gui/map/main_window_work.cpp" line="82"/>
        <source>Open a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="328"/>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_work.cpp" line="145"/>
        <source>No event %1 (or it lies outside your scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="185"/>
        <location filename="../../app/gui/map/main_window_work.cpp" line="178"/>
        <location filename="../../app/gui/map/main_window_work.cpp" line="197"/>
        <source>Event %1 reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_work.cpp" line="189"/>
        <source>That point lies in no grid; click inside a grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="464"/>
        <source>Sign-in cancelled; the database was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="564"/>
        <source>GridStation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="111"/>
        <location filename="../../app/gui/map/main_window.cpp" line="124"/>
        <location filename="../../app/gui/map/main_window.cpp" line="621"/>
        <source>Building Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="615"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="711"/>
        <source>Open GridStation Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="712"/>
        <source>GridStation databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="715"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="724"/>
        <source>CGCS2000 %1°E %2°N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="726"/>
        <source>outside the CRS area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="731"/>
        <source>Scale 1:%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::PanoramaPrinter</name>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="115"/>
        <source>Community %1 has no outline to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="124"/>
        <source>%1 Community Risk Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="126"/>
        <source>Drawn %1 by GridStation · For internal use only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="170"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="196"/>
        <location filename="../../app/print/panorama_printer.cpp" line="198"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="196"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="196"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="196"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="196"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="196"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="226"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="251"/>
        <source>Colours: red major, orange considerable, yellow moderate, blue low (national four-colour grading). Score = red×4 + orange×3 + yellow×2 + blue×1 over key persons under attention, key places and open key matters. Key persons are shown only as counts per building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="266"/>
        <source>Could not write %1; check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="269"/>
        <source>Could not move the panorama into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::PartyDock</name>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="47"/>
        <source>Party committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="48"/>
        <source>General branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="49"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="50"/>
        <source>Party group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="66"/>
        <source>Party Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="72"/>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="86"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="86"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="86"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="86"/>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="86"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="86"/>
        <source>In-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="94"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="167"/>
        <source>New Organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="95"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="170"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="96"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="171"/>
        <source>Move Members Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="102"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="110"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="110"/>
        <source>Lives in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="110"/>
        <source>Workplace organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="110"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="110"/>
        <source>Reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="110"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="120"/>
        <source>Register Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="121"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="180"/>
        <source>End Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="126"/>
        <source>In-service registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="131"/>
        <source>Only households without the plaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="135"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="135"/>
        <source>Party members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="135"/>
        <source>Plaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="144"/>
        <source>Put Up Plaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="145"/>
        <source>Take Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="146"/>
        <source>Plaque Every Party Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="152"/>
        <source>Party household plaques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="181"/>
        <source>End %1&apos;s registration with the community? Their links stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="214"/>
        <source>%1 organisations; %2 grids without one; %3 in-service members registered; plaques on %4 of %5 party households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="239"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="426"/>
        <source>(vacant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="268"/>
        <source>Grids without a party organisation (支部建在网格上): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="268"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="318"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="314"/>
        <source>Plaqued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="314"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="341"/>
        <source>New party organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="352"/>
        <source>Edit party organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/party_dock.cpp" line="363"/>
        <source>Move %n party member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="372"/>
        <source>Register in-service party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="379"/>
        <source>End in-service registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="386"/>
        <source>Select the households in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="415"/>
        <source>Edit Party Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="415"/>
        <source>New Party Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="424"/>
        <source>(community committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="425"/>
        <source>(no single grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="436"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="437"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="438"/>
        <source>Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="439"/>
        <source>Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="440"/>
        <source>Secretary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="473"/>
        <source>Move Members to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="476"/>
        <source>Filter by name or building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="501"/>
        <source>Select the members to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="513"/>
        <source>Register In-service Party Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="516"/>
        <source>Type the start of the resident&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="520"/>
        <source>e.g. 区教育局机关党支部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="528"/>
        <source>(branch of the grid they live in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="529"/>
        <source>Resident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="531"/>
        <source>Workplace organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="532"/>
        <source>Registered on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="533"/>
        <source>Reports to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="551"/>
        <source>  (already registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="553"/>
        <source>  (party member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="563"/>
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
        <location filename="../../app/gui/print/print_dialog.cpp" line="116"/>
        <source>Printed %n notice board(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/print/print_dialog.cpp" line="124"/>
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
        <location filename="../../app/gui/ledger/record_form.cpp" line="52"/>
        <source>Edit %1 No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/record_form.cpp" line="52"/>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/record_form.cpp" line="78"/>
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
        <location filename="../../app/gui/events/event_dialogs.cpp" line="108"/>
        <source>Report Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="117"/>
        <source>What happened, where, who is affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="140"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="143"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="145"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="146"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="147"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="148"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="149"/>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="150"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="151"/>
        <source>Reported by (resident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="157"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="172"/>
        <source>(classify later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="187"/>
        <source>This grid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="189"/>
        <source>Community (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="190"/>
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
        <location filename="../../app/gui/risk/risk_dock.cpp" line="91"/>
        <source>All communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="92"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="121"/>
        <source>Showing %1 key places, %2 open key matters and %3 buildings with key persons or places.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::RiskLayers</name>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="44"/>
        <source>Cannot open layer %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="108"/>
        <source>Major risk (red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="108"/>
        <source>Considerable risk (orange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="108"/>
        <source>Moderate risk (yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="109"/>
        <source>Low risk (blue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="122"/>
        <source>Key persons: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="155"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="190"/>
        <source>Grid risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="191"/>
        <source>Risk heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="192"/>
        <source>Buildings by risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="193"/>
        <source>Key places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="194"/>
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
        <location filename="../../app/gui/search/search_dock.cpp" line="77"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="77"/>
        <source>Person</source>
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
        <location filename="../../app/gui/staff/staff_dock.cpp" line="91"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="178"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="185"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="198"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="199"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="215"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="222"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="469"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="542"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="98"/>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="105"/>
        <source>Drop assigns as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="108"/>
        <source>The target&apos;s usual post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="109"/>
        <source>Grid worker (full-time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="110"/>
        <source>Grid worker (part-time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="111"/>
        <source>Grid chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="112"/>
        <source>Grid instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="113"/>
        <source>Area chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="114"/>
        <source>Community chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="115"/>
        <source>Police beat officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="116"/>
        <source>Building chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="117"/>
        <source>Property chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="118"/>
        <source>Drag a person from the register onto a grid, area or building in the tree or on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="121"/>
        <source>A grid worker keeps their current grid too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="126"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="126"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="126"/>
        <source>Households served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="126"/>
        <source>Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="138"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="176"/>
        <source>New Staff Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="139"/>
        <source>Add a person to the register; then drag them onto a grid or building to give a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="150"/>
        <source>Staffing rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="150"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="177"/>
        <source>%1 leaves (离职)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/staff/staff_dock.cpp" line="179"/>
        <source>%1 leaves: %n current post(s) end yesterday and they leave the register. History keeps every post.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="192"/>
        <source>End post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="195"/>
        <source>End post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="213"/>
        <source>New staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="220"/>
        <source>Staff member leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="227"/>
        <source>New Staff Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="231"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="232"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="233"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="235"/>
        <source>Mobile or landline, e.g. 13800138000 or 0755-83001234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="237"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="238"/>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="239"/>
        <source>Work phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="240"/>
        <source>Remark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="285"/>
        <source> (part-time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="292"/>
        <source>(no post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="300"/>
        <source>More than %1 households: share the grid or add a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="335"/>
        <source>Grids without a full-time grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="335"/>
        <source>Workers serving more than %1 households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="337"/>
        <source>Buildings without a building chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="337"/>
        <source>Estates without a property chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/staff/staff_dock.cpp" line="362"/>
        <source>%n staffing gap(s), marked on the map.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="363"/>
        <source>Every grid, building and estate is staffed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="374"/>
        <source>Staffing gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="376"/>
        <source>Grid without a full-time worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="376"/>
        <source>Overloaded worker&apos;s grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="377"/>
        <source>Building without a chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="377"/>
        <source>Estate without a property chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="441"/>
        <source>Drop the person on a community, area, grid or building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="463"/>
        <source>Assign %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::UsersWindow</name>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="79"/>
        <source>Users and Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="82"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="82"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="82"/>
        <source>Roles over places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="82"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="82"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="91"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="92"/>
        <source>Grant Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="93"/>
        <source>Revoke Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="94"/>
        <source>Reset Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="95"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="96"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="97"/>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="126"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="127"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="128"/>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="129"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="154"/>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="161"/>
        <source>Added %1; the password must be changed at first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="166"/>
        <location filename="../../app/gui/accounts/users_window.cpp" line="182"/>
        <location filename="../../app/gui/accounts/users_window.cpp" line="197"/>
        <source>Choose an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="170"/>
        <source>Grant Role to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="170"/>
        <source>Revoke Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="177"/>
        <source>Granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="177"/>
        <source>Revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="184"/>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="184"/>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="192"/>
        <source>Reset and unlocked %1; the password must be changed at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="204"/>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::VisitDialog</name>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="39"/>
        <source>Log a Patrol or Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="47"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="53"/>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="58"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="60"/>
        <source>(as the object calls for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="66"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="68"/>
        <source>本人, 户主, neighbour …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="69"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="71"/>
        <source>What you saw and did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="73"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="74"/>
        <source>Exception found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="85"/>
        <source>Next visit on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="94"/>
        <source>(otherwise the frequency rule&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="96"/>
        <source>Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="97"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="99"/>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="105"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="99"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="106"/>
        <source>Report the findings as an event (上报事件)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="134"/>
        <source>%1 is not an image GridStation can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="177"/>
        <source>Log visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="212"/>
        <source>The visit is saved, but the event was not reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::VisitDock</name>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="35"/>
        <source>Patrols and Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="42"/>
        <source>Only the objects of one grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="43"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="44"/>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="55"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="55"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="55"/>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="55"/>
        <source>Grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="55"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="56"/>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="69"/>
        <source>Log Visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="70"/>
        <source>Grid Patrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="133"/>
        <source>All workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/visits/visit_dock.cpp" line="147"/>
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
        <location filename="../../app/gui/visits/visit_dock.cpp" line="160"/>
        <source>%1 object(s): %2 overdue, %3 due within a week. Purple diamonds on the map are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="167"/>
        <source>Overdue visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::VisitRulesDialog</name>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="26"/>
        <source>Visit Frequency Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="29"/>
        <source>An object is visited as often as the strictest rule that matches it says; an empty category or colour matches any. A month after 31 January is the last day of February.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="35"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="35"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="35"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="35"/>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="35"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="35"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="36"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="70"/>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="71"/>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="77"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="78"/>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="79"/>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="106"/>
        <source>Change visit rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="110"/>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::WelcomeDialog</name>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="105"/>
        <source>Welcome to GridStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="107"/>
        <source>&lt;h2&gt;GridStation&lt;/h2&gt;&lt;p&gt;Grids, buildings, households and the five ledgers on one map. Choose how to begin:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="123"/>
        <source>Open the demo district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="124"/>
        <source>A synthetic district of two streets and twelve communities with households, staff, party members and events, to try everything safely. Made once, in your data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="128"/>
        <source>Open a database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="128"/>
        <source>A GridStation database (.sqlite) made here or with gridctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="130"/>
        <source>New database from buildings or boundaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="131"/>
        <source>Pick a buildings file (GeoPackage, Shapefile, GeoJSON, OSM, KML); the new database takes the Gauss-Krüger zone of the data and imports the buildings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="137"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="148"/>
        <source>Making the demo district…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="152"/>
        <source>The demo could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="161"/>
        <source>Open GridStation Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="162"/>
        <source>GridStation databases (*.sqlite *.gridstation *.gsdb *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="170"/>
        <source>Buildings or Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="171"/>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.osm *.pbf *.kml *.fgb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="174"/>
        <source>New GridStation Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="176"/>
        <source>GridStation databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="179"/>
        <source>%1 exists already; choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="183"/>
        <source>Importing buildings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="187"/>
        <source>Nothing was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
