<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="73"/>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>grid::app::BuildingProfileDialog</name>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="36"/>
        <source>Building profile — %1</source>
        <translation>楼栋档案 — %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="37"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4 floors · %5 units · grid %6 %7&lt;br&gt;%8 households · %9 residents</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4层 · %5个单元 · 网格 %6 %7&lt;br&gt;%8户 · %9人</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="51"/>
        <source>No staff assigned to this building or its grid.</source>
        <translation>本楼栋及所在网格尚未配备人员。</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="69"/>
        <source>Unit %1 · %2</source>
        <translation>%1单元 · %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="77"/>
        <source>%1F</source>
        <translation>%1层</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="87"/>
        <source>no household</source>
        <translation>无住户</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="91"/>
        <source>vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="92"/>
        <source> (%1)</source>
        <translation>（%1人）</translation>
    </message>
</context>
<context>
    <name>grid::app::HierarchyDock</name>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="33"/>
        <source>Hierarchy</source>
        <translation>行政层级</translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="36"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="36"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="36"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="107"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>grid::app::LayerFactory</name>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="47"/>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="48"/>
        <source>Water</source>
        <translation>水系</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="50"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="51"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="49"/>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="28"/>
        <source>The style of layer %1 is missing from the build.</source>
        <translation>图层 %1 的样式文件缺失。</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="34"/>
        <source>The style of layer %1 cannot be read: %2</source>
        <translation>无法读取图层 %1 的样式：%2</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="39"/>
        <source>households</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="52"/>
        <source>Areas</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="53"/>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="65"/>
        <source>Cannot open layer %1 in %2: %3</source>
        <translation>无法打开 %2 中的图层 %1：%3</translation>
    </message>
</context>
<context>
    <name>grid::app::MainWindow</name>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="43"/>
        <source>GridStation</source>
        <translation>网格工作站</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="59"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="113"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="114"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="115"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="123"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="126"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="127"/>
        <source>Zoom to &amp;Full Extent</source>
        <translation>缩放至全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="129"/>
        <source>&amp;Previous Extent</source>
        <translation>上一视图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="130"/>
        <source>&amp;Next Extent</source>
        <translation>下一视图(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="132"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="204"/>
        <source>GridStation — %1</source>
        <translation>网格工作站 — %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="75"/>
        <location filename="../../app/gui/map/main_window.cpp" line="88"/>
        <location filename="../../app/gui/map/main_window.cpp" line="254"/>
        <source>Building Profile</source>
        <translation>楼栋档案</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="313"/>
        <source>Open GridStation Database</source>
        <translation>打开网格工作站数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="314"/>
        <source>GridStation databases (*.sqlite *.db);;All files (*)</source>
        <translation>网格工作站数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="317"/>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="326"/>
        <source>CGCS2000 %1°E %2°N</source>
        <translation>CGCS2000 东经 %1° 北纬 %2°</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="328"/>
        <source>outside the CRS area</source>
        <translation>超出坐标系范围</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="332"/>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
</context>
<context>
    <name>grid::app::SearchDock</name>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="25"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="31"/>
        <source>Grid code or name, building, person name or ID number</source>
        <translation>网格编码或名称、楼栋、人员姓名或身份证号</translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="76"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="76"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="76"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
</context>
</TS>
