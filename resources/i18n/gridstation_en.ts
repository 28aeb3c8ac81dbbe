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
        <location filename="../../app/print/board_printer.cpp" line="61"/>
        <source>Guides the grid&apos;s work and helps solve hard cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="62"/>
        <source>Public order, crime prevention, dispute resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="63"/>
        <source>Party building, party members linked to households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="64"/>
        <source>Property services, repairs, fire and building safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="65"/>
        <source>Looks after the buildings of the micro-grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="66"/>
        <source>Looks after the building and its residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="161"/>
        <source>Community %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="163"/>
        <source>Police 110</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="163"/>
        <source>Government service 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="170"/>
        <source>See the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="171"/>
        <source>Mon–Fri 8:30–17:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="301"/>
        <source>Duties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="311"/>
        <source>No building chief assigned yet; ask the community office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="117"/>
        <location filename="../../app/print/board_printer.cpp" line="344"/>
        <source>Grid chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="346"/>
        <source>Part-time grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="346"/>
        <source>Full-time grid worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="347"/>
        <source>Micro-grid chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="348"/>
        <source>Grid instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="349"/>
        <source>Community police officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="350"/>
        <source>Party branch secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="351"/>
        <source>Property chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="352"/>
        <source>Building chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="365"/>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="366"/>
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
        <location filename="../../app/gui/main.cpp" line="73"/>
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
        <location filename="../../app/core/layer_factory.cpp" line="47"/>
        <source>Streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="48"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="50"/>
        <source>Roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="51"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="49"/>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="28"/>
        <source>The style of layer %1 is missing from the build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="34"/>
        <source>The style of layer %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="39"/>
        <source>households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="52"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="53"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="65"/>
        <source>Cannot open layer %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::MainWindow</name>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="45"/>
        <source>GridStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="61"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="115"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="116"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="117"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="125"/>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="126"/>
        <source>Grid &amp;Notice Boards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="131"/>
        <source>QR &amp;Door Plates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="137"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="140"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="141"/>
        <source>Zoom to &amp;Full Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="143"/>
        <source>&amp;Previous Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="144"/>
        <source>&amp;Next Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="146"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="218"/>
        <source>GridStation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="77"/>
        <location filename="../../app/gui/map/main_window.cpp" line="90"/>
        <location filename="../../app/gui/map/main_window.cpp" line="269"/>
        <source>Building Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="328"/>
        <source>Open GridStation Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="329"/>
        <source>GridStation databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="332"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="341"/>
        <source>CGCS2000 %1°E %2°N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="343"/>
        <source>outside the CRS area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="347"/>
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
