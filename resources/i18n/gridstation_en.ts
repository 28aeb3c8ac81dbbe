<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../../app/gui/map/main_window.cpp" line="43"/>
        <source>GridStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="59"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="113"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="114"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="115"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="123"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="126"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="127"/>
        <source>Zoom to &amp;Full Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="129"/>
        <source>&amp;Previous Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="130"/>
        <source>&amp;Next Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="132"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="204"/>
        <source>GridStation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="75"/>
        <location filename="../../app/gui/map/main_window.cpp" line="88"/>
        <location filename="../../app/gui/map/main_window.cpp" line="254"/>
        <source>Building Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="313"/>
        <source>Open GridStation Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="314"/>
        <source>GridStation databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="317"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="326"/>
        <source>CGCS2000 %1°E %2°N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="328"/>
        <source>outside the CRS area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="332"/>
        <source>Scale 1:%1</source>
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
