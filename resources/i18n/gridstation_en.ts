<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="71"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::HierarchyDock</name>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="30"/>
        <source>Hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="33"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="33"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="33"/>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::LayerFactory</name>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="98"/>
        <source>Streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="99"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="101"/>
        <source>Roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="102"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="100"/>
        <source>Grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="85"/>
        <source>households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="103"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="104"/>
        <source>Communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="116"/>
        <source>Cannot open layer %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grid::app::MainWindow</name>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="38"/>
        <source>GridStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="54"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="90"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="91"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="94"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="97"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="98"/>
        <source>Zoom to &amp;Full Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="100"/>
        <source>&amp;Previous Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="101"/>
        <source>&amp;Next Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="103"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="173"/>
        <source>GridStation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="231"/>
        <source>Open GridStation Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="232"/>
        <source>GridStation databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="235"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="244"/>
        <source>CGCS2000 %1°E %2°N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="246"/>
        <source>outside the CRS area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="250"/>
        <source>Scale 1:%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
