<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="82"/>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>grid::app::LayerFactory</name>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="94"/>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="95"/>
        <source>Water</source>
        <translation>水系</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="97"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="98"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="96"/>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="81"/>
        <source>households</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="99"/>
        <source>Areas</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="100"/>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="112"/>
        <source>Cannot open layer %1 in %2: %3</source>
        <translation>无法打开 %2 中的图层 %1：%3</translation>
    </message>
</context>
<context>
    <name>grid::app::MainWindow</name>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="33"/>
        <source>GridStation</source>
        <translation>网格工作站</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="48"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="75"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="76"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="79"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="82"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="83"/>
        <source>Zoom to &amp;Full Extent</source>
        <translation>缩放至全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="85"/>
        <source>&amp;Previous Extent</source>
        <translation>上一视图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="86"/>
        <source>&amp;Next Extent</source>
        <translation>下一视图(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="88"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="139"/>
        <source>GridStation — %1</source>
        <translation>网格工作站 — %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="161"/>
        <source>Open GridStation Database</source>
        <translation>打开网格工作站数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="162"/>
        <source>GridStation databases (*.sqlite *.db);;All files (*)</source>
        <translation>网格工作站数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="165"/>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="174"/>
        <source>CGCS2000 %1°E %2°N</source>
        <translation>CGCS2000 东经 %1° 北纬 %2°</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="176"/>
        <source>outside the CRS area</source>
        <translation>超出坐标系范围</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="180"/>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
</context>
</TS>
