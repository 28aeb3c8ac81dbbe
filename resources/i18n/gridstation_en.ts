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
        <location filename="../../app/gui/main.cpp" line="84"/>
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
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="33"/>
        <source>Hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="36"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="36"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="107"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::LayerFactory</name>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="49"/>
        <source>Streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="50"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="52"/>
        <source>Roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="53"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="51"/>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="30"/>
        <source>The style of layer %1 is missing from the build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="36"/>
        <source>The style of layer %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="41"/>
        <source>households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="54"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="55"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="59"/>
        <source>Party link coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="69"/>
        <source>Cannot open layer %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="81"/>
        <source>Households without a linked party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="82"/>
        <source>Every household linked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::MainWindow</name>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="46"/>
        <source>GridStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="62"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="100"/>
        <location filename="../../app/gui/map/main_window.cpp" line="157"/>
        <location filename="../../app/gui/map/main_window.cpp" line="200"/>
        <source>Redraw Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="101"/>
        <source>The new grid plan was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="126"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="127"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="128"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="136"/>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="137"/>
        <source>Grid &amp;Notice Boards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="142"/>
        <source>QR &amp;Door Plates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="148"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="151"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="155"/>
        <source>&amp;Redraw Grids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="160"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="161"/>
        <source>Party Link &amp;Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="163"/>
        <source>Buildings with households that have no linked party member in red, fully linked in green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="169"/>
        <source>Zoom to &amp;Full Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="171"/>
        <source>&amp;Previous Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="172"/>
        <source>&amp;Next Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="174"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="184"/>
        <source>Open a database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="200"/>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="280"/>
        <source>GridStation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="77"/>
        <location filename="../../app/gui/map/main_window.cpp" line="90"/>
        <location filename="../../app/gui/map/main_window.cpp" line="333"/>
        <source>Building Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="394"/>
        <source>Open GridStation Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="395"/>
        <source>GridStation databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="398"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="407"/>
        <source>CGCS2000 %1°E %2°N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="409"/>
        <source>outside the CRS area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="414"/>
        <source>Scale 1:%1</source>
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
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="93"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="227"/>
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
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="77"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="314"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="79"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="315"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="124"/>
        <source>Redraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="247"/>
        <source>Redrawn in GridStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="264"/>
        <source>New grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="272"/>
        <source>%1 is in separate pieces: join them or give the stray buildings to a neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="274"/>
        <source>%1 lies wholly inside %2, like a hole: join it to %2 or reach another neighbour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="277"/>
        <source>%1 building(s) have no grid: paint them into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="279"/>
        <source>%1 has no buildings left and will be retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="282"/>
        <source>%1: %2 households; add %3 to reach %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="287"/>
        <source>%1: %2 households; remove %3 to reach %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="306"/>
        <source>Choose Edit → Redraw Grids… to redraw a community&apos;s grids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="311"/>
        <source>Auto-balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="314"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="315"/>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="334"/>
        <source>+ new grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="335"/>
        <source>Paint buildings here to start a new grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="341"/>
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
</TS>
