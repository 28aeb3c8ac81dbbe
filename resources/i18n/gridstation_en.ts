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
        <location filename="../../app/gui/print/print_dialog.cpp" line="117"/>
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
        <location filename="../../app/gui/main.cpp" line="90"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::BuildingProfileDialog</name>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="36"/>
        <source>Building profile — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="37"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4 floors · %5 units · grid %6 %7&lt;br&gt;%8 households · %9 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="51"/>
        <source>No staff assigned to this building or its grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="69"/>
        <source>Unit %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="77"/>
        <source>%1F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="87"/>
        <source>no household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="91"/>
        <source>vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="92"/>
        <source> (%1)</source>
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
        <location filename="../../app/core/layer_factory.cpp" line="57"/>
        <source>Streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="57"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="58"/>
        <source>Roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="59"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="58"/>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="36"/>
        <source>The style of layer %1 is missing from the build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="43"/>
        <source>The style of layer %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="49"/>
        <source>households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="59"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="60"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="65"/>
        <source>Party link coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="76"/>
        <source>Cannot open layer %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="89"/>
        <source>Households without a linked party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="90"/>
        <source>Every household linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::LinkDock</name>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="47"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="119"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="128"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="136"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="345"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="444"/>
        <source>Party Member Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="53"/>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="56"/>
        <source>Households per member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="60"/>
        <source>Each party member links about five households (每名党员联系5户)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="69"/>
        <source>Party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="69"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="69"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="69"/>
        <source>Exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="77"/>
        <source>Link on the Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="80"/>
        <source>Click a building to link its unlinked households to the chosen member; Ctrl-drag to lasso several buildings; hold Shift to unlink instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="82"/>
        <source>Suggest Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="83"/>
        <source>Cover every unlinked household within the limit, with the shortest walks (min-cost flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="92"/>
        <source>Suggested links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="92"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="94"/>
        <source>Accept Checked Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="95"/>
        <source>Reject All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="169"/>
        <source>No community with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="235"/>
        <source>Coverage %1% — %2 of %3 households have a linked party member; %4 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="278"/>
        <source>Choose a party member in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="301"/>
        <source>Every household there already has a linked party member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="306"/>
        <source>%1 already links %2 households (limit %3); pick another member or raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="314"/>
        <source>The member links no household there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="338"/>
        <source>Unlink %n household(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="339"/>
        <source>Link %n household(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="389"/>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="394"/>
        <source>%1 → %n household(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="395"/>
        <source>avg %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="400"/>
        <source>every unlinked household is covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="401"/>
        <source>%n household(s) stay uncovered: the members near them are full</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="403"/>
        <source>Suggestion: %1 links for %2 members; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="439"/>
        <source>Accept %n suggested link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grid::app::MainWindow</name>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="53"/>
        <source>GridStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="69"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="107"/>
        <location filename="../../app/gui/map/main_window.cpp" line="230"/>
        <location filename="../../app/gui/map/main_window.cpp" line="291"/>
        <source>Redraw Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="108"/>
        <source>The new grid plan was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="137"/>
        <location filename="../../app/gui/map/main_window.cpp" line="145"/>
        <source>Risk Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="137"/>
        <source>Choose a community to print its panorama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="140"/>
        <source>Print Risk Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="142"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="169"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="170"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="171"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="179"/>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="180"/>
        <source>Grid &amp;Notice Boards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="185"/>
        <source>QR &amp;Door Plates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="191"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="194"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="195"/>
        <location filename="../../app/gui/map/main_window.cpp" line="214"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="202"/>
        <location filename="../../app/gui/map/main_window.cpp" line="215"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="214"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="215"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="223"/>
        <source>&amp;Staff and Posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="226"/>
        <source>Party Member &amp;Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="228"/>
        <source>&amp;Redraw Grids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="233"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="234"/>
        <source>Party Link &amp;Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="237"/>
        <source>Buildings with households that have no linked party member in red, fully linked in green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="242"/>
        <source>&amp;Risk Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="244"/>
        <source>Key places, buildings by risk, grid risk score and heat map, with filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="246"/>
        <location filename="../../app/gui/map/main_window.cpp" line="358"/>
        <source>Risk panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="252"/>
        <source>Zoom to &amp;Full Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="254"/>
        <source>&amp;Previous Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="255"/>
        <source>&amp;Next Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="257"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="269"/>
        <source>Risk panorama written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="275"/>
        <source>Open a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="291"/>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="398"/>
        <source>GridStation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="84"/>
        <location filename="../../app/gui/map/main_window.cpp" line="97"/>
        <location filename="../../app/gui/map/main_window.cpp" line="451"/>
        <source>Building Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="508"/>
        <source>Open GridStation Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="509"/>
        <source>GridStation databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="512"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="521"/>
        <source>CGCS2000 %1°E %2°N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="523"/>
        <source>outside the CRS area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="528"/>
        <source>Scale 1:%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::PanoramaPrinter</name>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="110"/>
        <source>Community %1 has no outline to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="119"/>
        <source>%1 Community Risk Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="121"/>
        <source>Drawn %1 by GridStation · For internal use only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="165"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="190"/>
        <location filename="../../app/print/panorama_printer.cpp" line="192"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="190"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="190"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="190"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="190"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="190"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="220"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="245"/>
        <source>Colours: red major, orange considerable, yellow moderate, blue low (national four-colour grading). Score = red×4 + orange×3 + yellow×2 + blue×1 over key persons under attention, key places and open key matters. Key persons are shown only as counts per building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="260"/>
        <source>Could not write %1; check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="263"/>
        <source>Could not move the panorama into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::PrintDialog</name>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="28"/>
        <source>Print grid notice boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="28"/>
        <source>Print QR door plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="40"/>
        <source>Street %1 (%2 grids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="40"/>
        <source>    Community %1 (%2 grids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="47"/>
        <source>Grids of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="50"/>
        <source>A3 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="51"/>
        <source>A4 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="52"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="53"/>
        <source>One PDF per grid (in a folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="58"/>
        <source>/notice_boards.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="58"/>
        <source>/door_plates.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="59"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="64"/>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="66"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="78"/>
        <source>Folder for the boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="79"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="79"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="86"/>
        <source>Choose a street or community and where to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="101"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="101"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/print/print_dialog.cpp" line="120"/>
        <source>Printed %n notice board(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/print/print_dialog.cpp" line="128"/>
        <source>Printed %n door plate(s) on %1 sheet(s) to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grid::app::RedrawDock</name>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="46"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="90"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="224"/>
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
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="311"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="79"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="312"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="121"/>
        <source>Redraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="244"/>
        <source>Redrawn in GridStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="261"/>
        <source>New grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="269"/>
        <source>%1 is in separate pieces: join them or give the stray buildings to a neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="271"/>
        <source>%1 lies wholly inside %2, like a hole: join it to %2 or reach another neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="274"/>
        <source>%1 building(s) have no grid: paint them into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="276"/>
        <source>%1 has no buildings left and will be retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="279"/>
        <source>%1: %2 households; add %3 to reach %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="284"/>
        <source>%1: %2 households; remove %3 to reach %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="303"/>
        <source>Choose Edit → Redraw Grids… to redraw a community&apos;s grids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="308"/>
        <source>Auto-balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="311"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="312"/>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="331"/>
        <source>+ new grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="332"/>
        <source>Paint buildings here to start a new grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="338"/>
        <source>%1 in this stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="382"/>
        <source>%1 (%2): %3 grids, %4 within ±%5 % of %6 households; %7 buildings moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="419"/>
        <source>No grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::RedrawTool</name>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="99"/>
        <source>Assign building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="102"/>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="102"/>
        <source>Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="102"/>
        <source>Lasso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="102"/>
        <source>Pull boundary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::RiskDock</name>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="20"/>
        <source>Risk Panorama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="26"/>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="29"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="29"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="29"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="29"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="38"/>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="40"/>
        <source>Key places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="42"/>
        <source>registered since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="49"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="51"/>
        <source>Grid risk score (choropleth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="53"/>
        <source>Heat map of key places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="59"/>
        <source>Key persons appear only as counts per building. Score = red×4 + orange×3 + yellow×2 + blue×1 over key persons, key places and open key matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="65"/>
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
        <location filename="../../app/gui/risk/risk_dock.cpp" line="123"/>
        <source>Showing %1 key places and %2 buildings with key persons or places.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::RiskLayers</name>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="40"/>
        <source>Cannot open layer %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="85"/>
        <source>Major risk (red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="85"/>
        <source>Considerable risk (orange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="85"/>
        <source>Moderate risk (yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="86"/>
        <source>Low risk (blue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="99"/>
        <source>Key persons: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="143"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="158"/>
        <source>Grid risk score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="159"/>
        <source>Risk heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="160"/>
        <source>Buildings by risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="161"/>
        <source>Key places</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::SearchDock</name>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="25"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="31"/>
        <source>Grid code or name, building, person name or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="76"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="76"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="76"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::StaffDock</name>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="85"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="146"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="191"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="194"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="476"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="552"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="92"/>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="99"/>
        <source>Drop assigns as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="102"/>
        <source>The target&apos;s usual post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="103"/>
        <source>Grid worker (full-time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="104"/>
        <source>Grid worker (part-time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="105"/>
        <source>Grid chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="106"/>
        <source>Grid instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="107"/>
        <source>Area chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="108"/>
        <source>Community chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="109"/>
        <source>Building chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="110"/>
        <source>Property chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="111"/>
        <source>Drag a person from the register onto a grid, area or building in the tree or on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="114"/>
        <source>A grid worker keeps their current grid too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="119"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="119"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="119"/>
        <source>Households served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="119"/>
        <source>Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="136"/>
        <source>Staffing rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="136"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="172"/>
        <source>End post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="193"/>
        <source>End post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="232"/>
        <source>No community with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="271"/>
        <source> (part-time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="278"/>
        <source>(no post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="286"/>
        <source>More than %1 households: share the grid or add a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="321"/>
        <source>Grids without a full-time grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="321"/>
        <source>Workers serving more than %1 households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="323"/>
        <source>Buildings without a building chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="323"/>
        <source>Estates without a property chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/staff/staff_dock.cpp" line="348"/>
        <source>%n staffing gap(s), marked on the map.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="349"/>
        <source>Every grid, building and estate is staffed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="360"/>
        <source>Staffing gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="362"/>
        <source>Grid without a full-time worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="362"/>
        <source>Overloaded worker&apos;s grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="363"/>
        <source>Building without a chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="363"/>
        <source>Estate without a property chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="427"/>
        <source>Drop the person on a community, area, grid or building.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="471"/>
        <source>Assign %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
