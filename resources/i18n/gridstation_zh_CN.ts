<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="71"/>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>grid::app::HierarchyDock</name>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="30"/>
        <source>Hierarchy</source>
        <translation>行政层级</translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="33"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="33"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="33"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
</context>
<context>
    <name>grid::app::LayerFactory</name>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="98"/>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="99"/>
        <source>Water</source>
        <translation>水系</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="101"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="102"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="100"/>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="85"/>
        <source>households</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="103"/>
        <source>Areas</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="104"/>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="116"/>
        <source>Cannot open layer %1 in %2: %3</source>
        <translation>无法打开 %2 中的图层 %1：%3</translation>
    </message>
</context>
<context>
    <name>grid::app::MainWindow</name>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="38"/>
        <source>GridStation</source>
        <translation>网格工作站</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="54"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="90"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="91"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="94"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="97"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="98"/>
        <source>Zoom to &amp;Full Extent</source>
        <translation>缩放至全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="100"/>
        <source>&amp;Previous Extent</source>
        <translation>上一视图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="101"/>
        <source>&amp;Next Extent</source>
        <translation>下一视图(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="103"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="173"/>
        <source>GridStation — %1</source>
        <translation>网格工作站 — %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="231"/>
        <source>Open GridStation Database</source>
        <translation>打开网格工作站数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="232"/>
        <source>GridStation databases (*.sqlite *.db);;All files (*)</source>
        <translation>网格工作站数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="235"/>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="244"/>
        <source>CGCS2000 %1°E %2°N</source>
        <translation>CGCS2000 东经 %1° 北纬 %2°</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="246"/>
        <source>outside the CRS area</source>
        <translation>超出坐标系范围</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="250"/>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
</context>
</TS>
