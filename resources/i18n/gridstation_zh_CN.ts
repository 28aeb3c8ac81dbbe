<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BoardPrinter</name>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="62"/>
        <source>Leads the grid&apos;s work and sees that every task is done</source>
        <translation>统筹网格各项工作，督促任务落实</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="64"/>
        <source>Helps with patrols and visits, reports problems</source>
        <translation>协助巡查走访，及时上报问题</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="66"/>
        <source>Collects household data, patrols, finds hazards, mediates disputes, serves residents</source>
        <translation>信息采集、日常巡查、隐患排查、矛盾调解、服务群众</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="69"/>
        <source>Guides the grid&apos;s work and helps solve hard cases</source>
        <translation>指导网格工作，协调解决疑难问题</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="71"/>
        <source>Public order, crime prevention, dispute resolution</source>
        <translation>治安防范、打击违法犯罪、化解矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="73"/>
        <source>Party building, party members linked to households</source>
        <translation>党建引领，组织党员联系服务群众</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="75"/>
        <source>Property services, repairs, fire and building safety</source>
        <translation>物业服务、维修报修、消防与房屋安全</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="77"/>
        <source>Looks after the buildings of the micro-grid</source>
        <translation>负责微网格内楼栋的日常管理</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="78"/>
        <source>Looks after the building and its residents</source>
        <translation>负责本楼栋日常管理与居民服务</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="184"/>
        <source>Community %1</source>
        <translation>社区 %1</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="186"/>
        <source>Police 110</source>
        <translation>报警 110</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="187"/>
        <source>Government service 12345</source>
        <translation>政务服务 12345</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="195"/>
        <source>See the map</source>
        <translation>见网格图</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="197"/>
        <source>Mon–Fri 8:30–17:30</source>
        <translation>周一至周五 8:30–17:30</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="281"/>
        <source>Duties: %1</source>
        <translation>职责：%1</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="297"/>
        <source>No building chief assigned yet; ask the community office</source>
        <translation>暂未配备楼栋长，请联系社区办公室</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="117"/>
        <location filename="../../app/print/board_printer.cpp" line="328"/>
        <source>Grid chief</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="331"/>
        <source>Part-time grid worker</source>
        <translation>兼职网格员</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="332"/>
        <source>Full-time grid worker</source>
        <translation>专职网格员</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="334"/>
        <source>Micro-grid chief</source>
        <translation>微网格长</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="336"/>
        <source>Grid instructor</source>
        <translation>网格指导员</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="338"/>
        <source>Community police officer</source>
        <translation>社区民警</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="340"/>
        <source>Party branch secretary</source>
        <translation>党支部书记</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="342"/>
        <source>Property chief</source>
        <translation>物业长</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="344"/>
        <source>Building chief</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="358"/>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="360"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
</context>
<context>
    <name>PlatePrinter</name>
    <message>
        <location filename="../../app/print/plate_printer.cpp" line="64"/>
        <source>QR door plates</source>
        <translation>一户一码门牌</translation>
    </message>
    <message>
        <location filename="../../app/print/plate_printer.cpp" line="94"/>
        <source>One household, one code</source>
        <translation>一户一码</translation>
    </message>
    <message>
        <location filename="../../app/print/plate_printer.cpp" line="116"/>
        <source>Unit %1 · Room %2</source>
        <translation>%1单元 %2室</translation>
    </message>
    <message>
        <location filename="../../app/print/plate_printer.cpp" line="119"/>
        <source>Code %1</source>
        <translation>编号 %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="84"/>
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
        <location filename="../../app/core/layer_factory.cpp" line="49"/>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="50"/>
        <source>Water</source>
        <translation>水系</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="52"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="53"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="51"/>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="30"/>
        <source>The style of layer %1 is missing from the build.</source>
        <translation>图层 %1 的样式文件缺失。</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="36"/>
        <source>The style of layer %1 cannot be read: %2</source>
        <translation>无法读取图层 %1 的样式：%2</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="41"/>
        <source>households</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="54"/>
        <source>Areas</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="55"/>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="59"/>
        <source>Party link coverage</source>
        <translation>党员联户覆盖</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="69"/>
        <source>Cannot open layer %1 in %2: %3</source>
        <translation>无法打开 %2 中的图层 %1：%3</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="81"/>
        <source>Households without a linked party member</source>
        <translation>有未联户的住户</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="82"/>
        <source>Every household linked</source>
        <translation>全部住户已联户</translation>
    </message>
</context>
<context>
    <name>grid::app::MainWindow</name>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="46"/>
        <source>GridStation</source>
        <translation>网格工作站</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="62"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="100"/>
        <location filename="../../app/gui/map/main_window.cpp" line="157"/>
        <location filename="../../app/gui/map/main_window.cpp" line="200"/>
        <source>Redraw Grids</source>
        <translation>重划网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="101"/>
        <source>The new grid plan was accepted.</source>
        <translation>新的网格方案已生效。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="126"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="127"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="128"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="136"/>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="137"/>
        <source>Grid &amp;Notice Boards…</source>
        <translation>网格公示牌(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="142"/>
        <source>QR &amp;Door Plates…</source>
        <translation>一户一码门牌(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="148"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="151"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="155"/>
        <source>&amp;Redraw Grids…</source>
        <translation>重划网格(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="160"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="161"/>
        <source>Party Link &amp;Coverage</source>
        <translation>党员联户覆盖(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="163"/>
        <source>Buildings with households that have no linked party member in red, fully linked in green</source>
        <translation>红色：楼内有未联系党员的住户；绿色：全部住户已有联户党员</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="169"/>
        <source>Zoom to &amp;Full Extent</source>
        <translation>缩放至全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="171"/>
        <source>&amp;Previous Extent</source>
        <translation>上一视图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="172"/>
        <source>&amp;Next Extent</source>
        <translation>下一视图(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="174"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="184"/>
        <source>Open a database first.</source>
        <translation>请先打开数据库。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="200"/>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="280"/>
        <source>GridStation — %1</source>
        <translation>网格工作站 — %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="77"/>
        <location filename="../../app/gui/map/main_window.cpp" line="90"/>
        <location filename="../../app/gui/map/main_window.cpp" line="333"/>
        <source>Building Profile</source>
        <translation>楼栋档案</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="394"/>
        <source>Open GridStation Database</source>
        <translation>打开网格工作站数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="395"/>
        <source>GridStation databases (*.sqlite *.db);;All files (*)</source>
        <translation>网格工作站数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="398"/>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="407"/>
        <source>CGCS2000 %1°E %2°N</source>
        <translation>CGCS2000 东经 %1° 北纬 %2°</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="409"/>
        <source>outside the CRS area</source>
        <translation>超出坐标系范围</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="414"/>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
</context>
<context>
    <name>grid::app::PrintDialog</name>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="28"/>
        <source>Print grid notice boards</source>
        <translation>打印网格公示牌</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="28"/>
        <source>Print QR door plates</source>
        <translation>打印一户一码门牌</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="40"/>
        <source>Street %1 (%2 grids)</source>
        <translation>街道 %1（%2 个网格）</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="40"/>
        <source>    Community %1 (%2 grids)</source>
        <translation>    社区 %1（%2 个网格）</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="47"/>
        <source>Grids of</source>
        <translation>打印范围</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="50"/>
        <source>A3 portrait</source>
        <translation>A3 纵向</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="51"/>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="52"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="53"/>
        <source>One PDF per grid (in a folder)</source>
        <translation>每个网格一个 PDF（保存到文件夹）</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="58"/>
        <source>/notice_boards.pdf</source>
        <translation>/网格公示牌.pdf</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="58"/>
        <source>/door_plates.pdf</source>
        <translation>/一户一码门牌.pdf</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="59"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="64"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="66"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="78"/>
        <source>Folder for the boards</source>
        <translation>公示牌保存文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="79"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="79"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="86"/>
        <source>Choose a street or community and where to save.</source>
        <translation>请选择街道或社区以及保存位置。</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="101"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="101"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/print/print_dialog.cpp" line="120"/>
        <source>Printed %n notice board(s) to %1.</source>
        <translation>
            <numerusform>已打印 %n 张网格公示牌到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/print/print_dialog.cpp" line="128"/>
        <source>Printed %n door plate(s) on %1 sheet(s) to %2.</source>
        <translation>
            <numerusform>已打印 %n 个门牌（%1 页）到 %2。</numerusform>
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
        <translation>重划网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="56"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="56"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="56"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="56"/>
        <source>Deviation</source>
        <translation>偏差</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="56"/>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="62"/>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="67"/>
        <source>Auto-balance selected</source>
        <translation>自动平衡所选</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="68"/>
        <source>Commit plan</source>
        <translation>提交方案</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="69"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="77"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="314"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="79"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="315"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="124"/>
        <source>Redraw</source>
        <translation>重划</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="247"/>
        <source>Redrawn in GridStation</source>
        <translation>在网格工作站中重划</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="264"/>
        <source>New grid %1</source>
        <translation>新网格 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="272"/>
        <source>%1 is in separate pieces: join them or give the stray buildings to a neighbour.</source>
        <translation>%1 不连通：请连接各部分，或把分离的楼栋划给相邻网格。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="274"/>
        <source>%1 lies wholly inside %2, like a hole: join it to %2 or reach another neighbour.</source>
        <translation>%1 完全被 %2 包围（形成“飞地”）：请并入 %2，或与其他网格相连。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="277"/>
        <source>%1 building(s) have no grid: paint them into one.</source>
        <translation>%1 栋楼未划入网格：请把它们划入某个网格。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="279"/>
        <source>%1 has no buildings left and will be retired.</source>
        <translation>%1 已无楼栋，将被撤销。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="282"/>
        <source>%1: %2 households; add %3 to reach %4.</source>
        <translation>%1：%2 户；再增加 %3 户可达 %4 户。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="287"/>
        <source>%1: %2 households; remove %3 to reach %4.</source>
        <translation>%1：%2 户；减少 %3 户可达 %4 户。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="306"/>
        <source>Choose Edit → Redraw Grids… to redraw a community&apos;s grids.</source>
        <translation>选择“编辑 → 重划网格…”来重划一个社区的网格。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="311"/>
        <source>Auto-balance</source>
        <translation>自动平衡</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="314"/>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="315"/>
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="334"/>
        <source>+ new grid</source>
        <translation>+ 新网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="335"/>
        <source>Paint buildings here to start a new grid</source>
        <translation>把楼栋划到这里即新建一个网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="341"/>
        <source>%1 in this stroke</source>
        <translation>本次笔画 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="382"/>
        <source>%1 (%2): %3 grids, %4 within ±%5 % of %6 households; %7 buildings moved.</source>
        <translation>%1（%2）：%3 个网格，%4 个在 %6 户 ±%5% 以内；已调整 %7 栋楼。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="419"/>
        <source>No grid</source>
        <translation>未划网格</translation>
    </message>
</context>
<context>
    <name>grid::app::RedrawTool</name>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="99"/>
        <source>Assign building</source>
        <translation>划入楼栋</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="102"/>
        <source>Rectangle</source>
        <translation>框选</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="102"/>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="102"/>
        <source>Lasso</source>
        <translation>套索</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="102"/>
        <source>Pull boundary</source>
        <translation>拖动边界</translation>
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
