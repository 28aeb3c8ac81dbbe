<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BoardPrinter</name>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="56"/>
        <source>Leads the grid&apos;s work and sees that every task is done</source>
        <translation>统筹网格各项工作，督促任务落实</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="58"/>
        <source>Helps with patrols and visits, reports problems</source>
        <translation>协助巡查走访，及时上报问题</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="60"/>
        <source>Collects household data, patrols, finds hazards, mediates disputes, serves residents</source>
        <translation>信息采集、日常巡查、隐患排查、矛盾调解、服务群众</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="63"/>
        <source>Guides the grid&apos;s work and helps solve hard cases</source>
        <translation>指导网格工作，协调解决疑难问题</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="65"/>
        <source>Public order, crime prevention, dispute resolution</source>
        <translation>治安防范、打击违法犯罪、化解矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="67"/>
        <source>Party building, party members linked to households</source>
        <translation>党建引领，组织党员联系服务群众</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="69"/>
        <source>Property services, repairs, fire and building safety</source>
        <translation>物业服务、维修报修、消防与房屋安全</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="71"/>
        <source>Looks after the buildings of the micro-grid</source>
        <translation>负责微网格内楼栋的日常管理</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="72"/>
        <source>Looks after the building and its residents</source>
        <translation>负责本楼栋日常管理与居民服务</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="167"/>
        <source>Community %1</source>
        <translation>社区 %1</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="169"/>
        <source>Police 110</source>
        <translation>报警 110</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="170"/>
        <source>Government service 12345</source>
        <translation>政务服务 12345</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="178"/>
        <source>See the map</source>
        <translation>见网格图</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="180"/>
        <source>Mon–Fri 8:30–17:30</source>
        <translation>周一至周五 8:30–17:30</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="264"/>
        <source>Duties: %1</source>
        <translation>职责：%1</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="280"/>
        <source>No building chief assigned yet; ask the community office</source>
        <translation>暂未配备楼栋长，请联系社区办公室</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="114"/>
        <location filename="../../app/print/board_printer.cpp" line="311"/>
        <source>Grid chief</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="314"/>
        <source>Part-time grid worker</source>
        <translation>兼职网格员</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="315"/>
        <source>Full-time grid worker</source>
        <translation>专职网格员</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="317"/>
        <source>Micro-grid chief</source>
        <translation>微网格长</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="319"/>
        <source>Grid instructor</source>
        <translation>网格指导员</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="321"/>
        <source>Community police officer</source>
        <translation>社区民警</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="323"/>
        <source>Party branch secretary</source>
        <translation>党支部书记</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="325"/>
        <source>Property chief</source>
        <translation>物业长</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="327"/>
        <source>Building chief</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="342"/>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/print/board_printer.cpp" line="344"/>
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
        <location filename="../../app/print/plate_printer.cpp" line="98"/>
        <source>One household, one code</source>
        <translation>一户一码</translation>
    </message>
    <message>
        <location filename="../../app/print/plate_printer.cpp" line="121"/>
        <source>Unit %1 · Room %2</source>
        <translation>%1单元 %2室</translation>
    </message>
    <message>
        <location filename="../../app/print/plate_printer.cpp" line="127"/>
        <source>Code %1</source>
        <translation>编号 %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="253"/>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="375"/>
        <source>Met in person; stable, reported on time</source>
        <translation>见面走访，情绪稳定，按时报到</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="398"/>
        <source>Fire passage blocked by parked e-bikes and boxes</source>
        <translation>消防通道被电动车和纸箱堵塞</translation>
    </message>
    <message>
        <location filename="../../app/gui/edit/run_with_progress.cpp" line="15"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="72"/>
        <source>no building could be imported; gridctl import --dry-run lists the reasons</source>
        <translation>没有可导入的楼栋；用 gridctl import --dry-run 可查看原因</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="75"/>
        <source>Imported %1 buildings into EPSG:%2.</source>
        <translation>已导入 %1 栋楼，坐标系 EPSG:%2。</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="53"/>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="54"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="55"/>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="59"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="62"/>
        <source>Over (level:code)</source>
        <translation>范围（层级:编码）</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="47"/>
        <source>being handled</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="49"/>
        <source>resolved, awaiting verification</source>
        <translation>已办结，待验证</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="51"/>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="103"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="53"/>
        <source>verified and closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="59"/>
        <source>red card</source>
        <translation>红牌督办</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="60"/>
        <source>yellow card</source>
        <translation>黄牌督办</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="61"/>
        <source>in time</source>
        <translation>未超期</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="73"/>
        <source>reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="75"/>
        <source>classified</source>
        <translation>分类定级</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="77"/>
        <source>extension asked</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="79"/>
        <source>extension granted</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="81"/>
        <source>extension refused</source>
        <translation>驳回延期</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="83"/>
        <source>rated</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="85"/>
        <source>reopened</source>
        <translation>重新办理</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="87"/>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="89"/>
        <source>assigned</source>
        <translation>交办</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="91"/>
        <source>verified</source>
        <translation>验证结案</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="93"/>
        <source>resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="95"/>
        <source>handled on the spot</source>
        <translation>就地办结</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="97"/>
        <source>escalated</source>
        <translation>上报上级</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="99"/>
        <source>reported back</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="101"/>
        <source>accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="105"/>
        <source>returned</source>
        <translation>回退</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="112"/>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="113"/>
        <source>Classify…</source>
        <translation>分类定级…</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="114"/>
        <source>Handle on the Spot…</source>
        <translation>就地办结…</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="115"/>
        <source>Escalate…</source>
        <translation>上报上级…</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="116"/>
        <source>Assign…</source>
        <translation>交办…</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="117"/>
        <source>Ask for Extension…</source>
        <translation>申请延期…</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="118"/>
        <source>Return…</source>
        <translation>回退…</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="119"/>
        <source>Resolve…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="120"/>
        <source>Report Back…</source>
        <translation>反馈居民…</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="121"/>
        <source>Record Rating…</source>
        <translation>记录评价…</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="122"/>
        <source>Verify and Close</source>
        <translation>验证结案</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="123"/>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="124"/>
        <source>Reopen…</source>
        <translation>重新办理…</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="125"/>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="58"/>
        <location filename="../../app/gui/community/service_panel.cpp" line="60"/>
        <source>within %1 min</source>
        <translation>%1 分钟内</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="63"/>
        <source>%1–%2 min</source>
        <translation>%1–%2 分钟</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="64"/>
        <source>beyond %1 min</source>
        <translation>超过 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="65"/>
        <source>no facility reachable</source>
        <translation>无可达设施</translation>
    </message>
    <message>
        <location filename="../../app/gui/edit/community_offline.cpp" line="34"/>
        <source>%1 exists already; choose a new name.</source>
        <translation>%1 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../app/gui/edit/community_offline.cpp" line="61"/>
        <source>Could not rename %1 to %2.</source>
        <translation>无法将 %1 重命名为 %2。</translation>
    </message>
    <message>
        <location filename="../../app/gui/edit/community_offline.cpp" line="71"/>
        <source>%1 was not taken offline from a server (File ▸ Take a Community Offline… makes such files).</source>
        <translation>%1 不是从服务器离线取出的社区文件（用“文件 ▸ 离线取出社区…”生成此类文件）。</translation>
    </message>
</context>
<context>
    <name>grid::app</name>
    <message>
        <location filename="../../app/print/deliberation_printer.cpp" line="37"/>
        <source>%1 is not published; publish the decision first.</source>
        <translation>%1 尚未公示，请先公示决议。</translation>
    </message>
    <message>
        <location filename="../../app/print/emergency_printer.cpp" line="23"/>
        <source>%1 has no emergency units; assign them first.</source>
        <translation>%1 还没有应急单元，请先划分。</translation>
    </message>
</context>
<context>
    <name>grid::app::AuditViewer</name>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="24"/>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="28"/>
        <source>who (login)</source>
        <translation>操作人（登录名）</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="30"/>
        <source>any action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="32"/>
        <source>sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="32"/>
        <source>add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="33"/>
        <source>change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="33"/>
        <source>delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="34"/>
        <source>reveal</source>
        <translation>显示完整</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="34"/>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="35"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="38"/>
        <source>table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="40"/>
        <source>record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="47"/>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="53"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="55"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="61"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="61"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="61"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="61"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="61"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="61"/>
        <source>Change</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="61"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="71"/>
        <source>Verify Hash Chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="73"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="119"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="127"/>
        <source>The hash chain is intact: no row was changed or removed.</source>
        <translation>哈希链完整：没有记录被修改或删除。</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="128"/>
        <source>The hash chain breaks at row %1: rows from there on were altered.</source>
        <translation>哈希链在第 %1 条断开：自此以后的记录被改动过。</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="133"/>
        <source>Export Audit Rows</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="133"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/audit_viewer.cpp" line="140"/>
        <source>Exported %1 row(s) to %2</source>
        <translation>已导出 %1 条到 %2</translation>
    </message>
</context>
<context>
    <name>grid::app::BuildingProfileDialog</name>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="46"/>
        <source>Party member:</source>
        <translation>联系党员：</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="51"/>
        <source>Link Selected</source>
        <translation>联系所选户</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="52"/>
        <source>Link the selected households to the chosen party member (党员联户)</source>
        <translation>把所选住户联系给所选党员（党员联户）</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="53"/>
        <source>Unlink</source>
        <translation>解除联系</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="54"/>
        <source>Put Up Plaque</source>
        <translation>挂牌</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="55"/>
        <source>The 党员家庭 plaque on the selected party households (挂牌亮户)</source>
        <translation>为所选党员家庭挂“党员家庭”牌（挂牌亮户）</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="56"/>
        <source>Take Down Plaque</source>
        <translation>摘牌</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="57"/>
        <source>Log Visit…</source>
        <translation>登记走访…</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="58"/>
        <source>Log a visit to the selected household, or to the building (巡查走访)</source>
        <translation>为所选住户（未选则为本楼栋）登记走访（巡查走访）</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="111"/>
        <source>%1 · %2 (%3/%4)</source>
        <translation>%1 · %2（%3/%4）</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="146"/>
        <source>Choose a party member and select the households to link.</source>
        <translation>请选择党员，并选中要联系的住户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="152"/>
        <source>Link %n household(s) to %1</source>
        <translation>
            <numerusform>为 %1 联系 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="166"/>
        <source>None of the selected households has a linked party member.</source>
        <translation>所选住户都没有联系党员。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="173"/>
        <source>Unlink %n household(s)</source>
        <translation>
            <numerusform>解除 %n 户的联系</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="193"/>
        <source>Select the party households first.</source>
        <translation>请先选中党员家庭。</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="205"/>
        <source>Building profile — %1</source>
        <translation>楼栋档案 — %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="206"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4 floors · %5 units · grid %6 %7&lt;br&gt;%8 households · %9 residents</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3 · %4层 · %5个单元 · 网格 %6 %7&lt;br&gt;%8户 · %9人</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="220"/>
        <source>No staff assigned to this building or its grid.</source>
        <translation>本楼栋及所在网格尚未配备人员。</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="239"/>
        <source>Unit %1 · %2</source>
        <translation>%1单元 · %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="247"/>
        <source>%1F</source>
        <translation>%1层</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="257"/>
        <source>no household</source>
        <translation>无住户</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="261"/>
        <source>vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="262"/>
        <source> (%1)</source>
        <translation>（%1人）</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="270"/>
        <source>Linked: %1</source>
        <translation>联户：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="272"/>
        <source>No linked member</source>
        <translation>未联户</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="273"/>
        <source> ★</source>
        <translation> ★</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="273"/>
        <source> ☆</source>
        <translation> ☆</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="275"/>
        <source>Party household, plaque up</source>
        <translation>党员家庭，已挂牌</translation>
    </message>
    <message>
        <location filename="../../app/gui/building/building_profile_dialog.cpp" line="275"/>
        <source>Party household, plaque missing</source>
        <translation>党员家庭，未挂牌</translation>
    </message>
</context>
<context>
    <name>grid::app::ChangePasswordDialog</name>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="115"/>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="117"/>
        <source>This is your first sign-in, or an administrator reset your password: choose your own password now.</source>
        <translation>这是您首次登录，或管理员已重置您的密码：请现在设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="119"/>
        <source>Choose a new password.</source>
        <translation>请设置新密码。</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="128"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="129"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="130"/>
        <source>Repeat new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="132"/>
        <source>At least 10 characters with letters and digits, not containing your login name.</source>
        <translation>至少 10 个字符，须含字母和数字，且不得包含登录名。</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="148"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>grid::app::CommunityPicker</name>
    <message>
        <location filename="../../app/gui/edit/community_picker.cpp" line="32"/>
        <source>No community with code %1.</source>
        <translation>没有编码为 %1 的社区。</translation>
    </message>
</context>
<context>
    <name>grid::app::CommunityWindow</name>
    <message>
        <location filename="../../app/gui/community/community_window.cpp" line="15"/>
        <source>Community Governance</source>
        <translation>社区治理</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/community_window.cpp" line="20"/>
        <source>Deliberations (四事五议)</source>
        <translation>四事五议</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/community_window.cpp" line="21"/>
        <source>Emergency Units</source>
        <translation>最小应急单元</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/community_window.cpp" line="22"/>
        <source>15-Minute Service Circle</source>
        <translation>15分钟生活圈</translation>
    </message>
</context>
<context>
    <name>grid::app::ConflictTable</name>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="63"/>
        <source>whole row</source>
        <translation>整条记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="74"/>
        <source>(new row)</source>
        <translation>（新增记录）</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="84"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="84"/>
        <source>Package</source>
        <translation>工作包</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="84"/>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="84"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="84"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="84"/>
        <source>Base</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="85"/>
        <source>This database (ours)</source>
        <translation>本库（本方）</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="85"/>
        <source>Package (theirs)</source>
        <translation>工作包（对方）</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="85"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="85"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="102"/>
        <source>Keep Ours</source>
        <translation>保留本库</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="103"/>
        <source>Take Theirs</source>
        <translation>采用工作包</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="104"/>
        <source>Edit Value…</source>
        <translation>编辑值…</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="132"/>
        <source>new (%1)</source>
        <translation>新增（%1）</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="138"/>
        <source>both sides changed this field</source>
        <translation>双方都修改了该字段</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="161"/>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="162"/>
        <source>kept ours</source>
        <translation>已保留本库</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="163"/>
        <source>took theirs</source>
        <translation>已采用工作包</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="164"/>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="171"/>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/packages/packages_window.cpp" line="172"/>
        <source>%n conflict(s) or refusal(s): choose what stays for each field.</source>
        <translation>
            <numerusform>%n 项冲突或拒收：请逐个字段选择保留哪一方。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="180"/>
        <source>would be kept</source>
        <translation>将保留待处理</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="180"/>
        <source>would be refused</source>
        <translation>将被拒收</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="182"/>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="182"/>
        <source>Nothing is written until you merge.</source>
        <translation>点击“合并”之前不会写入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="187"/>
        <source>Select a conflict first.</source>
        <translation>请先选择一项冲突。</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="193"/>
        <source>Edit Value</source>
        <translation>编辑值</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="193"/>
        <source>Value for %1:</source>
        <translation>%1 的值：</translation>
    </message>
</context>
<context>
    <name>grid::app::CreatePackageDialog</name>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="302"/>
        <source>New Work Package</source>
        <translation>新建工作包</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="314"/>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="316"/>
        <source>login of the grid worker</source>
        <translation>网格员的登录名</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="317"/>
        <source>For</source>
        <translation>领取人</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="320"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="323"/>
        <source>Work Package</source>
        <translation>工作包</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="323"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="328"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="329"/>
        <source>The grids&apos; households, persons, key lists and recent patrols, with a QGIS/QField project beside the file. Personal fields go masked.</source>
        <translation>包含所选网格的住户、人员、三张清单和近期巡查记录，并在文件旁生成 QGIS/QField 工程。个人敏感字段以脱敏形式导出。</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="347"/>
        <source>Tick the grids of the package.</source>
        <translation>请勾选工作包包含的网格。</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="348"/>
        <source>Choose where to write the package.</source>
        <translation>请选择工作包的保存位置。</translation>
    </message>
</context>
<context>
    <name>grid::app::DashboardWindow</name>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="51"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="52"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="53"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="54"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="55"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="61"/>
        <source>Statistics</source>
        <translation>统计分析</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="68"/>
        <source>Up</source>
        <translation>上一级</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="72"/>
        <source>Colour Grids on Map</source>
        <translation>在地图上按网格着色</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="73"/>
        <source>Monthly Report…</source>
        <translation>月报…</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="74"/>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="286"/>
        <source>Place</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="77"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="89"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="89"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="89"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="89"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="95"/>
        <source>Double-click a figure for the records behind it</source>
        <translation>双击数字查看其对应的记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="100"/>
        <source>Double-click a name to drill down, a figure for the records behind it</source>
        <translation>双击名称下钻，双击数字查看其对应的记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="140"/>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="145"/>
        <source>Monthly Report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="142"/>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="161"/>
        <source>Grid worker %1</source>
        <translation>网格员 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="165"/>
        <source>%1 is not a place of this database (or not in your scope).</source>
        <translation>%1 不是本数据库中的单位（或不在您的权限范围内）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="236"/>
        <source>%1 %2 · %3 to %4 · stock as of %5</source>
        <translation>%1 %2 · %3 至 %4 · 存量截至 %5</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="240"/>
        <source>Population and party links</source>
        <translation>人口与联户</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="241"/>
        <source>The three lists</source>
        <translation>三张清单</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="242"/>
        <source>Events</source>
        <translation>事件办理</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="243"/>
        <source>Patrols and visits</source>
        <translation>巡查走访</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="244"/>
        <source>Grids and staff</source>
        <translation>网格与队伍</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="370"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="395"/>
        <source>The first %1 of %2 are shown.</source>
        <translation>仅显示前 %1 条，共 %2 条。</translation>
    </message>
    <message>
        <location filename="../../app/gui/dashboard/dashboard_window.cpp" line="444"/>
        <source>The monthly report is made for a community or a street; choose one in Place.</source>
        <translation>月报按社区或街道编制；请在“单位”中选择社区或街道。</translation>
    </message>
</context>
<context>
    <name>grid::app::DeliberationDialog</name>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="109"/>
        <source>New Matter for Deliberation</source>
        <translation>新建议事事项</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="117"/>
        <source>What residents raised, and why</source>
        <translation>居民提出的事项及原因</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="124"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="125"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="126"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="127"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="128"/>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="129"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="130"/>
        <source>Participants</source>
        <translation>参与方</translation>
    </message>
</context>
<context>
    <name>grid::app::DeliberationPanel</name>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="51"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="52"/>
        <source>decided</source>
        <translation>已决议</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="53"/>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="250"/>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="254"/>
        <source>All steps</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="257"/>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="261"/>
        <source>Topic or serial number</source>
        <translation>议题或编号</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="262"/>
        <source>New Matter…</source>
        <translation>新建事项…</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="269"/>
        <source>Serial</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="269"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="269"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="269"/>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="269"/>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="437"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="269"/>
        <source>Last day</source>
        <translation>最近日期</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="281"/>
        <source>Next Step…</source>
        <translation>下一环节…</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="282"/>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="283"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="284"/>
        <source>Link…</source>
        <translation>关联…</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="285"/>
        <source>Publish</source>
        <translation>公示</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="286"/>
        <source>Print Notice…</source>
        <translation>打印公示…</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="304"/>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="304"/>
        <source>Why is it returned one step?</source>
        <translation>退回上一环节的理由：</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="308"/>
        <source>Return of %1</source>
        <translation>退回 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="315"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="315"/>
        <source>Why is it withdrawn?</source>
        <translation>撤回理由：</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="318"/>
        <source>Withdrawal of %1</source>
        <translation>撤回 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="325"/>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="325"/>
        <source>Key matter number, or an event&apos;s serial number (SJ…):</source>
        <translation>重点事项编号，或事件编号（SJ…）：</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="330"/>
        <source>Link of %1</source>
        <translation>关联 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="337"/>
        <source>Publication of %1</source>
        <translation>公示 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="364"/>
        <source> · published</source>
        <translation> · 已公示</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="396"/>
        <source>&lt;p&gt;No matter selected. &lt;b&gt;New Matter…&lt;/b&gt; raises one at a level: estate, community, block or city district.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未选中事项。点击&lt;b&gt;新建事项…&lt;/b&gt;，在小区、社区、街区或城区层级提出议事事项。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="437"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="437"/>
        <source>Participants</source>
        <translation>参与方</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="437"/>
        <source>Minutes / reason</source>
        <translation>纪要 / 理由</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="442"/>
        <source>returned to %1</source>
        <translation>退回%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="443"/>
        <source>withdrawn at %1</source>
        <translation>于%1撤回</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="446"/>
        <source>&lt;br&gt;%1 of %2 present; %3 for, %4 against, %5 abstaining</source>
        <translation>&lt;br&gt;应到 %2 人，实到 %1 人；赞成 %3，反对 %4，弃权 %5</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="457"/>
        <source>Decision:</source>
        <translation>决议：</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="460"/>
        <source>Published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="462"/>
        <source>Linked</source>
        <translation>关联事项</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="465"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="465"/>
        <source>Key matter</source>
        <translation>重点事项</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="497"/>
        <source>New matter %1</source>
        <translation>新建事项 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="507"/>
        <source>%1 of %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="514"/>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="519"/>
        <source>Print Notice</source>
        <translation>打印公示</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="515"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="521"/>
        <source>Written %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>grid::app::EmergencyPanel</name>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="84"/>
        <source> households</source>
        <translation> 户</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="85"/>
        <source>About how many households a unit made by the automatic assignment holds</source>
        <translation>自动划分时每个单元大约包含的户数</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="86"/>
        <source>Assign Automatically</source>
        <translation>自动划分</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="87"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="88"/>
        <source>Print Roll-Call Sheets…</source>
        <translation>打印联络点名表…</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="89"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="91"/>
        <source>Unit size</source>
        <translation>单元规模</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="102"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="102"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="102"/>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="310"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="102"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="102"/>
        <source>Reach first</source>
        <translation>优先联系</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="102"/>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="102"/>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="114"/>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="129"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="114"/>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="439"/>
        <source>Role</source>
        <translation>职责</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="114"/>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="129"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="122"/>
        <source>Edit Unit…</source>
        <translation>编辑单元…</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="123"/>
        <source>Add Person…</source>
        <translation>添加人员…</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="124"/>
        <source>Remove Person</source>
        <translation>移除人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="129"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="129"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="129"/>
        <source>Why</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="133"/>
        <source>Persons to reach first</source>
        <translation>优先联系人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="142"/>
        <source>New Unit from Chosen…</source>
        <translation>由所选楼栋新建单元…</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="143"/>
        <source>Move Chosen into Unit</source>
        <translation>所选楼栋移入单元</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="144"/>
        <source>Clear</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="167"/>
        <source>Details of %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="178"/>
        <source>Person removed from a unit</source>
        <translation>从单元移除人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="184"/>
        <source>New Unit</source>
        <translation>新建单元</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="184"/>
        <source>Name of the new unit:</source>
        <translation>新单元名称：</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="226"/>
        <source>(none)</source>
        <translation>（未设）</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="267"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 buildings, %3 households, %4 persons&lt;br&gt;Shelter: %5 · Supplies: %6&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 栋 %3 户 %4 人&lt;br&gt;避难场所：%5 · 应急物资：%6&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="273"/>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="274"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="312"/>
        <source>Emergency units</source>
        <translation>应急单元</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="351"/>
        <source>Click buildings on the map to choose them.</source>
        <translation>在地图上点击楼栋以选择。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/community/emergency_panel.cpp" line="352"/>
        <source>%n building(s) chosen</source>
        <translation>
            <numerusform>已选 %n 栋楼</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="373"/>
        <source>Emergency units of %1</source>
        <translation>%1应急单元划分</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="381"/>
        <source>Every building is already in a unit.</source>
        <translation>所有楼栋均已划入单元。</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="382"/>
        <source>%1 building(s) put into %2 new unit(s).</source>
        <translation>%1 栋楼划入 %2 个新单元。</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="396"/>
        <source>✓ All %1 buildings are each in one unit, and every unit has a responsible person.</source>
        <translation>✓ 全部 %1 栋楼各属一个单元，每个单元都有负责人。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/community/emergency_panel.cpp" line="401"/>
        <source>%n building(s) in no unit</source>
        <translation>
            <numerusform>%n 栋楼未划入单元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/community/emergency_panel.cpp" line="403"/>
        <source>%n building(s) in a unit of another community</source>
        <translation>
            <numerusform>%n 栋楼划入了其他社区的单元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/community/emergency_panel.cpp" line="406"/>
        <source>%n unit(s) without a responsible person</source>
        <translation>
            <numerusform>%n 个单元没有负责人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="429"/>
        <source>Add Person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="435"/>
        <source>(a volunteer not on the staff register)</source>
        <translation>（不在工作人员名册中的志愿者）</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="440"/>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="441"/>
        <source>Volunteer&apos;s name</source>
        <translation>志愿者姓名</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="442"/>
        <source>Volunteer&apos;s phone</source>
        <translation>志愿者电话</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="450"/>
        <source>Person added to a unit</source>
        <translation>单元添加人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="461"/>
        <source>New unit %1</source>
        <translation>新建单元 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="472"/>
        <source>Choose buildings on the map and a unit in the list first.</source>
        <translation>请先在地图上选择楼栋，并在列表中选中单元。</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="476"/>
        <source>Buildings moved into a unit</source>
        <translation>楼栋移入单元</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="481"/>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="486"/>
        <source>Print Roll-Call Sheets</source>
        <translation>打印联络点名表</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="482"/>
        <source>-emergency-units.pdf</source>
        <translation>-应急单元.pdf</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="482"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="488"/>
        <source>Written %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>grid::app::EventDialog</name>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="250"/>
        <source>Event %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="257"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="257"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="257"/>
        <source>By</source>
        <translation>办理单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="257"/>
        <source>To</source>
        <translation>转至</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="257"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="300"/>
        <source> · held by %1</source>
        <translation> · 当前办理：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="301"/>
        <source> · red card after %1</source>
        <translation> · %1 后红牌督办</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="311"/>
        <source>skip-level: %1</source>
        <translation>越级上报：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="314"/>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="331"/>
        <source>%1, added by %2 at %3%4</source>
        <translation>%1，%2 于 %3 添加%4</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="333"/>
        <source>; location metadata kept on purpose</source>
        <translation>；按需保留了位置信息</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="348"/>
        <source>Show on Map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="354"/>
        <source>Add Photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="358"/>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="361"/>
        <source>Add Photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="358"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="362"/>
        <source>Keep the photo&apos;s location and camera data? Usually not: it can locate a resident&apos;s home.</source>
        <translation>是否保留照片中的位置和相机信息？一般不保留：这些信息可能暴露居民住址。</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="374"/>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="378"/>
        <source>%1 is not an image GridStation can read.</source>
        <translation>%1 不是可识别的图片。</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="384"/>
        <source>Cannot re-encode %1.</source>
        <translation>无法重新编码 %1。</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="417"/>
        <source>The resident&apos;s rating:</source>
        <translation>居民评价：</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="422"/>
        <source>Assign to (grid:CODE, department:ID):</source>
        <translation>交办给（grid:网格编码 或 department:部门编号）：</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="423"/>
        <source>To (empty: the level above):</source>
        <translation>上报至（留空为上一级）：</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="426"/>
        <source>Working days:</source>
        <translation>工作日数：</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="428"/>
        <source>Serial number of the event that stays:</source>
        <translation>保留事件的编号：</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="433"/>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
</context>
<context>
    <name>grid::app::EventDock</name>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="467"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="473"/>
        <source>Awaiting acceptance</source>
        <translation>待受理</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="474"/>
        <source>Being handled</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="475"/>
        <source>Due soon (yellow)</source>
        <translation>即将超期（黄牌）</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="476"/>
        <source>Overdue (red)</source>
        <translation>已超期（红牌）</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="477"/>
        <source>Awaiting feedback</source>
        <translation>待反馈</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="478"/>
        <source>Awaiting rating</source>
        <translation>待评价</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="479"/>
        <source>All open</source>
        <translation>全部在办</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="480"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="483"/>
        <source>Report Event…</source>
        <translation>上报事件…</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="490"/>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="534"/>
        <source>All classes</source>
        <translation>全部大类</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="492"/>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="542"/>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="493"/>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="515"/>
        <source>Card</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="515"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="515"/>
        <source>Held by</source>
        <translation>办理单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="515"/>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="605"/>
        <source>%1 event(s): %2 red card(s), %3 yellow</source>
        <translation>共 %1 件：红牌 %2 件，黄牌 %3 件</translation>
    </message>
</context>
<context>
    <name>grid::app::EventLayer</name>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="23"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="38"/>
        <source>Red card (overdue)</source>
        <translation>红牌（已超期）</translation>
    </message>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="39"/>
        <source>Yellow card</source>
        <translation>黄牌</translation>
    </message>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="40"/>
        <source>In time</source>
        <translation>未超期</translation>
    </message>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="41"/>
        <source>Resolved, awaiting verification</source>
        <translation>已办结待验证</translation>
    </message>
    <message>
        <location filename="../../app/core/event_layer.cpp" line="42"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>grid::app::HierarchyDock</name>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="54"/>
        <source>%1 of %2 households have a linked party member</source>
        <translation>%2 户中 %1 户已有联户党员</translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="68"/>
        <source>Hierarchy</source>
        <translation>行政层级</translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="71"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="71"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="71"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="71"/>
        <source>Links</source>
        <translation>联户</translation>
    </message>
    <message>
        <location filename="../../app/gui/tree/hierarchy_dock.cpp" line="136"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>grid::app::LayerFactory</name>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="64"/>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="64"/>
        <source>Water</source>
        <translation>水系</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="65"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="66"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="65"/>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="40"/>
        <source>The style of layer %1 is missing from the build.</source>
        <translation>图层 %1 的样式文件缺失。</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="47"/>
        <source>The style of layer %1 cannot be read: %2</source>
        <translation>无法读取图层 %1 的样式：%2</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="53"/>
        <source>households</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="56"/>
        <source>estimated</source>
        <translation>估算</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="66"/>
        <source>Areas</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="67"/>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="79"/>
        <source>Party link coverage</source>
        <translation>党员联户覆盖</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="111"/>
        <source>Cannot open layer %1 in %2: %3</source>
        <translation>无法打开 %2 中的图层 %1：%3</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="132"/>
        <source>Households without a linked party member</source>
        <translation>有未联户的住户</translation>
    </message>
    <message>
        <location filename="../../app/core/layer_factory.cpp" line="133"/>
        <source>Every household linked</source>
        <translation>全部住户已联户</translation>
    </message>
</context>
<context>
    <name>grid::app::LedgerWindow</name>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="30"/>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="207"/>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="32"/>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="208"/>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="34"/>
        <source>Key Persons</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="36"/>
        <source>Key Places</source>
        <translation>重点场所</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="38"/>
        <source>Key Matters</source>
        <translation>重点事项</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="40"/>
        <source>Ledger Entries</source>
        <translation>台账记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="42"/>
        <source>Patrols and Visits</source>
        <translation>巡查走访</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="50"/>
        <source>Community ledger</source>
        <translation>社区台账</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="52"/>
        <source>Area ledger</source>
        <translation>片区台账</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="54"/>
        <source>Grid ledger</source>
        <translation>网格台账</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="56"/>
        <source>Building ledger</source>
        <translation>楼栋台账</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_text.h" line="58"/>
        <source>Property ledger</source>
        <translation>物业台账</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="57"/>
        <source>Five Ledgers and Three Lists</source>
        <translation>五本台账 · 三张清单</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="66"/>
        <source>Profile</source>
        <translation>概况</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="84"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="86"/>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="259"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="88"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="170"/>
        <source>Estates (property ledgers)</source>
        <translation>物业小区（物业台账）</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="205"/>
        <source>Holdings</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="206"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="209"/>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="210"/>
        <source>Key persons</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="211"/>
        <source>Key places</source>
        <translation>重点场所</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="212"/>
        <source>Open key matters</source>
        <translation>未结重点事项</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="213"/>
        <source>Open ledger entries</source>
        <translation>待办台账记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="216"/>
        <source>Staff</source>
        <translation>人员配备</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="218"/>
        <source>No one holds a post here.</source>
        <translation>此处尚无人员任职。</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="224"/>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="227"/>
        <source>%1 · secretary %2 · %3 members</source>
        <translation>%1 · 书记 %2 · 党员 %3 名</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="231"/>
        <source>Facilities</source>
        <translation>配套设施</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="266"/>
        <source>The database key is missing; ID numbers and phones cannot be stored.</source>
        <translation>缺少数据库密钥，无法保存身份证号和电话。</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="270"/>
        <source>New %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="270"/>
        <source>Edit %1 No. %2</source>
        <translation>编辑%1 第 %2 号</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="287"/>
        <source>Move out %1 No. %2</source>
        <translation>迁出%1 第 %2 号</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="293"/>
        <source>Change head of household No. %1</source>
        <translation>变更第 %1 号户的户主</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="301"/>
        <source>Move household No. %1</source>
        <translation>第 %1 号户迁往其他住房</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="317"/>
        <source>The database key is missing; nothing can be revealed.</source>
        <translation>缺少数据库密钥，无法显示完整信息。</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/ledger_window.cpp" line="337"/>
        <source>The database key is missing.</source>
        <translation>缺少数据库密钥。</translation>
    </message>
</context>
<context>
    <name>grid::app::LinkDock</name>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="45"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="115"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="124"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="132"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="288"/>
        <location filename="../../app/gui/party/link_dock.cpp" line="366"/>
        <source>Party Member Links</source>
        <translation>党员联户</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="51"/>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="53"/>
        <source>Households per member:</source>
        <translation>每名党员联户数：</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="57"/>
        <source>Each party member links about five households (每名党员联系5户)</source>
        <translation>每名党员联系5户，每户都有党员联系</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="66"/>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="66"/>
        <source>Home</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="66"/>
        <source>Links</source>
        <translation>联户</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="66"/>
        <source>Exemption</source>
        <translation>免联原因</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="74"/>
        <source>Link on the Map</source>
        <translation>在地图上联户</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="78"/>
        <source>Click a building to link its unlinked households to the chosen member; Ctrl-drag to lasso several buildings; hold Shift to unlink instead</source>
        <translation>单击楼栋，把其中未联系的住户联给所选党员；按住 Ctrl 拖动可圈选多栋；按住 Shift 则解除联户</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="80"/>
        <source>Suggest Links</source>
        <translation>建议联户</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="81"/>
        <source>Cover every unlinked household within the limit, with the shortest walks (min-cost flow)</source>
        <translation>在联户上限内覆盖所有未联系住户，并使步行距离最短（最小费用流）</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="90"/>
        <source>Suggested links</source>
        <translation>建议的联户</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="90"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="92"/>
        <source>Accept Checked Members</source>
        <translation>采纳勾选的党员</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="93"/>
        <source>Reject All</source>
        <translation>全部不采纳</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="196"/>
        <source>Coverage %1% — %2 of %3 households have a linked party member; %4 members.</source>
        <translation>覆盖率 %1% —— %3 户中 %2 户已有联户党员；党员 %4 名。</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="234"/>
        <source>Choose a party member in the list first.</source>
        <translation>请先在列表中选择一名党员。</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="258"/>
        <source>Every household there already has a linked party member.</source>
        <translation>该处每户都已有联户党员。</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="263"/>
        <source>%1 already links %2 households (limit %3); pick another member or raise the limit.</source>
        <translation>%1 已联系 %2 户（上限 %3 户）；请选择其他党员或提高上限。</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="271"/>
        <source>The member links no household there.</source>
        <translation>该党员在此处没有联系的住户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="277"/>
        <source>Unlink %n household(s) from %1</source>
        <translation>
            <numerusform>解除 %1 联系的 %n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="278"/>
        <source>Link %n household(s) to %1</source>
        <translation>
            <numerusform>为 %1 联系 %n 户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="329"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="335"/>
        <source>%1 → %n household(s)</source>
        <translation>
            <numerusform>%1 → %n 户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="336"/>
        <source>avg %1 m</source>
        <translation>平均 %1 米</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="340"/>
        <source>every unlinked household is covered</source>
        <translation>所有未联系住户均已覆盖</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="341"/>
        <source>%n household(s) stay uncovered: the members near them are full</source>
        <translation>
            <numerusform>%n 户仍未覆盖：附近党员已满</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_dock.cpp" line="344"/>
        <source>Suggestion: %1 links for %2 members; %3.</source>
        <translation>建议：%2 名党员共 %1 条联户；%3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/link_dock.cpp" line="359"/>
        <source>Accept %n suggested link(s)</source>
        <translation>
            <numerusform>采纳 %n 条建议联户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grid::app::LinkOverlay</name>
    <message>
        <location filename="../../app/gui/party/link_overlay.cpp" line="67"/>
        <source>Linked households</source>
        <translation>联户家庭</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_overlay.cpp" line="75"/>
        <source>No linked party member</source>
        <translation>未联系党员的户</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/link_overlay.cpp" line="77"/>
        <source>Linked (colour = party member)</source>
        <translation>已联户（颜色区分联系党员）</translation>
    </message>
</context>
<context>
    <name>grid::app::ListPanel</name>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="57"/>
        <source>Include moved out</source>
        <translation>含已迁出</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="60"/>
        <source>Search name, building, room or full ID number</source>
        <translation>搜索姓名、楼栋、房号或完整身份证号</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="61"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="65"/>
        <source>New…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="66"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="69"/>
        <source>Log Visit…</source>
        <translation>登记走访…</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="79"/>
        <source>Cancel Record…</source>
        <translation>注销…</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="79"/>
        <source>Move Out…</source>
        <translation>迁出…</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="82"/>
        <source>Change Head…</source>
        <translation>变更户主…</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="83"/>
        <source>Move to Dwelling…</source>
        <translation>迁往其他住房…</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="85"/>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="88"/>
        <source>Show Full…</source>
        <translation>显示完整…</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="89"/>
        <source>Show on Map</source>
        <translation>在地图上显示</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="92"/>
        <source>Report Event…</source>
        <translation>上报事件…</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="94"/>
        <source>Place on Map</source>
        <translation>在地图上放置</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="98"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="101"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/ledger/list_panel.cpp" line="134"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="213"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="216"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="220"/>
        <source>Move Out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="213"/>
        <source>Reason (moved away, died, registration cancelled …):</source>
        <translation>原因（迁离、死亡、注销户口……）：</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="216"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="228"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="232"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="237"/>
        <source>Change Head</source>
        <translation>变更户主</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="228"/>
        <source>Person No. of the new head (see the Persons tab):</source>
        <translation>新户主的人员编号（见“人员”页）：</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="233"/>
        <source>The former head&apos;s relation to the new head (配偶, 父亲, 母亲 …):</source>
        <translation>原户主与新户主的关系（配偶、父亲、母亲……）：</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="245"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="252"/>
        <source>Move to Dwelling</source>
        <translation>迁往其他住房</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="245"/>
        <source>Building No., unit and room, e.g. 41 2 1203:</source>
        <translation>楼栋编号、单元和房号，例如 41 2 1203：</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="249"/>
        <source>Write the building number, the unit and the room, separated by spaces.</source>
        <translation>请写楼栋编号、单元和房号，用空格分开。</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="259"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="261"/>
        <source>History of %1 No. %2</source>
        <translation>%1 第 %2 号的历史记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="264"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="264"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="264"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="264"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="264"/>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="264"/>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="267"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="268"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="269"/>
        <source>revealed: %1</source>
        <translation>查看完整信息：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="270"/>
        <source>removed (undo)</source>
        <translation>删除（撤销新建）</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="298"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="305"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="307"/>
        <source>Show Full Value</source>
        <translation>显示完整信息</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="299"/>
        <source>Why do you need the full value? (recorded with your name)</source>
        <translation>为何需要查看完整信息？（将连同您的姓名记录在案）</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="312"/>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="312"/>
        <source>Excel (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="315"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="319"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="323"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="329"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="334"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="344"/>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="346"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="319"/>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="333"/>
        <source>Row %1, %2: %3</source>
        <translation>第 %1 行，%2：%3</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="335"/>
        <source>%1 of %2 rows have problems; nothing was imported.</source>
        <translation>%2 行中有 %1 行有问题，未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="346"/>
        <source>%1 records imported or updated.</source>
        <translation>已导入或更新 %1 条记录。</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="372"/>
        <source>Report Event</source>
        <translation>上报事件</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_panel.cpp" line="372"/>
        <source>This record lies in no grid.</source>
        <translation>该记录不属于任何网格。</translation>
    </message>
</context>
<context>
    <name>grid::app::ListTableModel</name>
    <message>
        <location filename="../../app/gui/ledger/list_table_model.cpp" line="107"/>
        <source>Moved out or closed; kept in history</source>
        <translation>已迁出或已结案，保留在历史中</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/list_table_model.cpp" line="118"/>
        <source>Masked; use Show Full to reveal one value (audited)</source>
        <translation>已脱敏；可用“显示完整”查看单条（留痕）</translation>
    </message>
</context>
<context>
    <name>grid::app::MainWindow</name>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="80"/>
        <source>GridStation</source>
        <translation>网格工作站</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="96"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="134"/>
        <location filename="../../app/gui/map/main_window.cpp" line="331"/>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="191"/>
        <source>Redraw Grids</source>
        <translation>重划网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="135"/>
        <source>The new grid plan was accepted.</source>
        <translation>新的网格方案已生效。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="198"/>
        <source>Place on Map</source>
        <translation>在地图上放置</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="207"/>
        <source>Click the map where key place No. %1 is.</source>
        <translation>请在地图上点击第 %1 号重点场所的位置。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="264"/>
        <location filename="../../app/gui/map/main_window.cpp" line="271"/>
        <source>Risk Panorama</source>
        <translation>风险全景图</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="264"/>
        <source>Choose a community to print its panorama.</source>
        <translation>请选择要打印全景图的社区。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="268"/>
        <source>Print Risk Panorama</source>
        <translation>打印风险全景图</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="268"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="81"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="82"/>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="83"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="91"/>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="92"/>
        <source>Grid &amp;Notice Boards…</source>
        <translation>网格公示牌(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="97"/>
        <source>QR &amp;Door Plates…</source>
        <translation>一户一码门牌(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="103"/>
        <source>Take a Community &amp;Offline…</source>
        <translation>离线取出社区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="104"/>
        <source>Copy one community of this server database into a file, to work without the server</source>
        <translation>把本服务器数据库中的一个社区复制到文件，脱离服务器工作</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="105"/>
        <source>Send Offline &amp;Edits to the Server…</source>
        <translation>离线修改回传服务器(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="106"/>
        <source>Write what this file changed since it was taken offline back to its server</source>
        <translation>把本文件离线以来的修改写回其服务器</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="108"/>
        <source>S&amp;witch User…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="113"/>
        <source>Change &amp;Password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="117"/>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="119"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="121"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="124"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="125"/>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="144"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="132"/>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="145"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="144"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="145"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="153"/>
        <source>&amp;Staff and Posts…</source>
        <translation>人员配置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="156"/>
        <source>Party Member &amp;Links…</source>
        <translation>党员联户(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="158"/>
        <source>Report &amp;Event…</source>
        <translation>上报事件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="159"/>
        <source>Report Event at a &amp;Point…</source>
        <translation>在地图上点选上报事件(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="170"/>
        <source>Click the map where the event happened.</source>
        <translation>请在地图上点击事件发生的位置。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="173"/>
        <source>E&amp;vents Inbox</source>
        <translation>事件收件箱(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="176"/>
        <source>Patrols and &amp;Visits</source>
        <translation>巡查走访(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="178"/>
        <source>Log &amp;Visit or Patrol…</source>
        <translation>登记走访或巡查(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="180"/>
        <source>Five &amp;Ledgers and Three Lists…</source>
        <translation>五本台账·三张清单(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="183"/>
        <source>Ledgers</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="187"/>
        <source>Party &amp;Organisations and Plaques…</source>
        <translation>党组织与挂牌亮户(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="189"/>
        <source>&amp;Redraw Grids…</source>
        <translation>重划网格(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="194"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="195"/>
        <source>&amp;Users and Roles…</source>
        <translation>用户与角色(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="199"/>
        <source>Visit &amp;Frequency Rules…</source>
        <translation>走访频次规则(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="204"/>
        <source>&amp;Work Packages…</source>
        <translation>工作包(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="210"/>
        <source>&amp;Merge Work Package…</source>
        <translation>合并工作包(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="213"/>
        <source>Merge Work Package</source>
        <translation>合并工作包</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="213"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="223"/>
        <source>&amp;Deliberations (四事五议)…</source>
        <translation>四事五议(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="224"/>
        <source>Minimal &amp;Emergency Units…</source>
        <translation>最小应急单元(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="225"/>
        <source>15-Minute &amp;Service Circle…</source>
        <translation>15分钟生活圈(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="237"/>
        <source>&amp;Audit Log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="242"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="243"/>
        <source>Party Link &amp;Coverage</source>
        <translation>党员联户覆盖(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="246"/>
        <source>Buildings with households that have no linked party member in red, fully linked in green</source>
        <translation>红色：楼内有未联系党员的住户；绿色：全部住户已有联户党员</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="254"/>
        <source>&amp;Risk Panorama</source>
        <translation>社区风险全景图(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="256"/>
        <source>Key places, buildings by risk, grid risk score and heat map, with filters</source>
        <translation>重点场所、楼栋风险、网格风险分与热力图，可筛选</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="506"/>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="258"/>
        <source>Risk panorama</source>
        <translation>社区风险全景图</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="264"/>
        <source>&amp;Statistics…</source>
        <translation>统计分析(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="268"/>
        <source>Statistics</source>
        <translation>统计分析</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="272"/>
        <source>Zoom to &amp;Full Extent</source>
        <translation>缩放至全图(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="274"/>
        <source>&amp;Previous Extent</source>
        <translation>上一视图(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="275"/>
        <source>&amp;Next Extent</source>
        <translation>下一视图(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_actions.cpp" line="277"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_work.cpp" line="106"/>
        <source>Visit %1 logged.</source>
        <translation>已登记走访 %1。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_work.cpp" line="107"/>
        <source>Visit %1 logged and reported as event %2.</source>
        <translation>已登记走访 %1，并上报为事件 %2。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/map/main_window_work.cpp" line="133"/>
        <source>%1: %n grid(s) coloured.</source>
        <translation>
            <numerusform>%1：已为 %n 个网格着色。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="310"/>
        <source>Risk panorama written to %1</source>
        <translation>风险全景图已输出到 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="316"/>
        <location filename="../../app/gui/map/main_window.cpp" line="690"/>
        <location filename="../../app/gui/map/main_window_work.cpp" line="80"/>
        <source>Open a database first.</source>
        <translation>请先打开数据库。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="331"/>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="47"/>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_work.cpp" line="145"/>
        <source>No event %1 (or it lies outside your scope).</source>
        <translation>没有事件 %1（或不在您的权限范围内）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="187"/>
        <location filename="../../app/gui/map/main_window_work.cpp" line="179"/>
        <location filename="../../app/gui/map/main_window_work.cpp" line="198"/>
        <source>Event %1 reported.</source>
        <translation>事件 %1 已上报。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_work.cpp" line="190"/>
        <source>That point lies in no grid; click inside a grid.</source>
        <translation>该点不在任何网格内，请在网格内点击。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="471"/>
        <source>Sign-in cancelled; the database was not opened.</source>
        <translation>已取消登录，未打开数据库。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="571"/>
        <source>GridStation — %1</source>
        <translation>网格工作站 — %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="111"/>
        <location filename="../../app/gui/map/main_window.cpp" line="124"/>
        <location filename="../../app/gui/map/main_window.cpp" line="652"/>
        <source>Building Profile</source>
        <translation>楼栋档案</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="594"/>
        <source>The database was changed elsewhere; the map and counts are redrawn.</source>
        <translation>数据库已被其他工作站修改，地图和统计数已刷新。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="595"/>
        <source>Changed elsewhere: %1; the map and counts are redrawn.</source>
        <translation>其他工作站修改了：%1；地图和统计数已刷新。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="646"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="742"/>
        <source>Open GridStation Database</source>
        <translation>打开网格工作站数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="743"/>
        <source>GridStation databases (*.sqlite *.db);;All files (*)</source>
        <translation>网格工作站数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="746"/>
        <source>Cannot Open Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="755"/>
        <source>CGCS2000 %1°E %2°N</source>
        <translation>CGCS2000 东经 %1° 北纬 %2°</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="757"/>
        <source>outside the CRS area</source>
        <translation>超出坐标系范围</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window.cpp" line="762"/>
        <source>Scale 1:%1</source>
        <translation>比例尺 1:%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="31"/>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="79"/>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="82"/>
        <source>Take a Community Offline</source>
        <translation>离线取出社区</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="34"/>
        <source>The community&apos;s places, households, persons, events and ledgers are copied into a file, with the district&apos;s accounts, so the same people sign in to it. Edit it without the server, then send the edits back with File ▸ Send Offline Edits to the Server…; records changed on the server in the meantime are named, not overwritten.</source>
        <translation>该社区的地点、住户、人员、事件和台账连同全区账号一起复制到文件中，原账号可直接登录。脱离服务器编辑后，用“文件 ▸ 离线修改回传服务器…”写回；其间服务器上被他人修改的记录会逐条列出，不会被覆盖。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="44"/>
        <source>This database has no community.</source>
        <translation>本数据库没有社区。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="55"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="58"/>
        <source>Offline file</source>
        <translation>离线文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="58"/>
        <source>GridStation database (*.sqlite)</source>
        <translation>网格工作站数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="64"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="66"/>
        <source>Take Offline</source>
        <translation>离线取出</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="75"/>
        <source>Copying the community…</source>
        <translation>正在复制社区…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/map/main_window_offline.cpp" line="83"/>
        <source>%1 is in %2: %n record(s). Open the file now?</source>
        <translation>
            <numerusform>%1 已保存到 %2：共 %n 条记录。现在打开该文件吗？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="93"/>
        <source>Send Offline Edits to the Server</source>
        <translation>离线修改回传服务器</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="96"/>
        <source>This file&apos;s edits were sent already (%1). Take the community offline again to go on working without the server.</source>
        <translation>本文件的修改已回传（%1）。如需继续离线工作，请重新离线取出社区。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="105"/>
        <source>What this file changed in community %1 since it was taken offline is written to the server. When someone changed the same record on the server in the meantime, nothing is written and the records are named.</source>
        <translation>本文件自离线以来在社区 %1 中的修改将写回服务器。若其间有人在服务器上修改了同一记录，则不写入任何内容，并列出这些记录。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="113"/>
        <source>Server database:</source>
        <translation>服务器数据库：</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="116"/>
        <source>Sign in to the server as:</source>
        <translation>登录服务器的账号：</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="119"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="121"/>
        <source>Send</source>
        <translation>回传</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="132"/>
        <source>Sending the edits…</source>
        <translation>正在回传修改…</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="139"/>
        <source>Sent: %1 new, %2 changed, %3 removed record(s).</source>
        <translation>已回传：新增 %1 条、修改 %2 条、删除 %3 条记录。</translation>
    </message>
    <message>
        <location filename="../../app/gui/map/main_window_offline.cpp" line="144"/>
        <source>Open the server database now?</source>
        <translation>现在打开服务器数据库吗？</translation>
    </message>
</context>
<context>
    <name>grid::app::MergeDialog</name>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="210"/>
        <location filename="../../app/gui/packages/packages_window.cpp" line="285"/>
        <source>Merge Work Package</source>
        <translation>合并工作包</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="212"/>
        <source>Package: %1</source>
        <translation>工作包：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="220"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="230"/>
        <source>%1 (work package %2): %3 added, %4 updated (%5 fields), %6 moved out, %7 identical on both sides, %8 conflict(s) or refusal(s).</source>
        <translation>%1（工作包 %2）：新增 %3 条，更新 %4 条（%5 个字段），迁出 %6 条，双方相同 %7 处，冲突或拒收 %8 项。</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="252"/>
        <source>If merged now: %1</source>
        <translation>如现在合并：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="256"/>
        <source>Nothing new in this package since its last merge.</source>
        <translation>自上次合并以来，该工作包没有新的修改。</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="295"/>
        <source>Merged: %1</source>
        <translation>已合并：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="277"/>
        <source>Merge of work package %1</source>
        <translation>合并工作包 %1</translation>
    </message>
</context>
<context>
    <name>grid::app::PackageEditor</name>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="41"/>
        <source>Households</source>
        <translation>住户</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="42"/>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="43"/>
        <source>Key Persons</source>
        <translation>重点人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="44"/>
        <source>Key Places</source>
        <translation>重点场所</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="45"/>
        <source>Key Matters</source>
        <translation>重点事项</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="46"/>
        <source>Patrols and Visits</source>
        <translation>巡查走访</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="47"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="55"/>
        <source>Work Package — %1</source>
        <translation>工作包 — %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="70"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="72"/>
        <source>%1 is not a GridStation work package.</source>
        <translation>%1 不是网格工作站的工作包。</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="92"/>
        <source>Package</source>
        <translation>工作包</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="94"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="103"/>
        <location filename="../../app/gui/packages/package_editor.cpp" line="105"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="107"/>
        <source>Add Row</source>
        <translation>新增记录</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="239"/>
        <source>Since the package was made: %1 records changed (%2 fields), %3 added, %4 deleted. Hand the file in to the community office to merge.</source>
        <translation>自工作包生成以来：修改 %1 条记录（%2 个字段），新增 %3 条，删除 %4 条。请将文件交回社区办公室合并。</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="254"/>
        <source>Unsaved Edits</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/package_editor.cpp" line="254"/>
        <source>Save the edits into the package before closing?</source>
        <translation>关闭前是否将修改保存到工作包？</translation>
    </message>
</context>
<context>
    <name>grid::app::PackagesWindow</name>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="364"/>
        <source>Work Packages</source>
        <translation>工作包</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="370"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="370"/>
        <source>For</source>
        <translation>领取人</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="370"/>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="370"/>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="370"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="370"/>
        <source>Merged</source>
        <translation>合并时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="371"/>
        <source>Merges</source>
        <translation>合并次数</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="371"/>
        <source>Open conflicts</source>
        <translation>待处理冲突</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="371"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="382"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="387"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="389"/>
        <location filename="../../app/gui/packages/packages_window.cpp" line="464"/>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="395"/>
        <source>Packages</source>
        <translation>工作包</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="398"/>
        <source>Show resolved ones too</source>
        <translation>同时显示已处理的</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="407"/>
        <location filename="../../app/gui/packages/packages_window.cpp" line="444"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="418"/>
        <source>out</source>
        <translation>已领出</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="419"/>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="420"/>
        <source>revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="444"/>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/packages/packages_window.cpp" line="445"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n 个工作包</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="450"/>
        <source>Merge Work Package</source>
        <translation>合并工作包</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="450"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="462"/>
        <source>Select a package first.</source>
        <translation>请先选择一个工作包。</translation>
    </message>
    <message>
        <location filename="../../app/gui/packages/packages_window.cpp" line="464"/>
        <source>Revoke package %1? Its later merge will be refused.</source>
        <translation>撤销工作包 %1？之后合并该工作包将被拒绝。</translation>
    </message>
</context>
<context>
    <name>grid::app::PanoramaPrinter</name>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="118"/>
        <source>Community %1 has no outline to map.</source>
        <translation>社区 %1 没有边界，无法制图。</translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="127"/>
        <source>%1 Community Risk Panorama</source>
        <translation>%1风险全景图</translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="129"/>
        <source>Drawn %1 by GridStation · For internal use only</source>
        <translation>制图日期 %1 · 网格工作站 · 内部资料 注意保密</translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="173"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="198"/>
        <location filename="../../app/print/panorama_printer.cpp" line="200"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="198"/>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="198"/>
        <source>Orange</source>
        <translation>橙</translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="198"/>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="198"/>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="198"/>
        <source>Score</source>
        <translation>风险分</translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="228"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="253"/>
        <source>Colours: red major, orange considerable, yellow moderate, blue low (national four-colour grading). Score = red×4 + orange×3 + yellow×2 + blue×1 over key persons under attention, key places and open key matters. Key persons are shown only as counts per building.</source>
        <translation>颜色：红—重大，橙—较大，黄—一般，蓝—低（国家四色分级）。风险分 = 红×4 + 橙×3 + 黄×2 + 蓝×1，计入在管重点人员、重点场所和未办结的重点事项。重点人员仅按楼栋显示人数。</translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="268"/>
        <source>Could not write %1; check that the folder exists and is writable.</source>
        <translation>无法写入 %1；请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <location filename="../../app/print/panorama_printer.cpp" line="271"/>
        <source>Could not move the panorama into %1.</source>
        <translation>无法将全景图移动到 %1。</translation>
    </message>
</context>
<context>
    <name>grid::app::ParticipantsEditor</name>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="68"/>
        <source>Who</source>
        <translation>参与方</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="68"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="74"/>
        <source>Add Participant</source>
        <translation>添加参与方</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="75"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>grid::app::PartyDock</name>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="50"/>
        <source>Party committee</source>
        <translation>党委</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="51"/>
        <source>General branch</source>
        <translation>党总支</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="52"/>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="53"/>
        <source>Party group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="70"/>
        <source>Party Organisations</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="76"/>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="91"/>
        <source>Organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="91"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="91"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="91"/>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="91"/>
        <source>Members</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="91"/>
        <source>In-service</source>
        <translation>在职报到</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="99"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="172"/>
        <source>New Organisation…</source>
        <translation>新建党组织…</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="100"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="175"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="101"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="176"/>
        <source>Move Members Here…</source>
        <translation>调入党员…</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="107"/>
        <source>Organisations</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="115"/>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="115"/>
        <source>Lives in</source>
        <translation>居住楼栋</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="115"/>
        <source>Workplace organisation</source>
        <translation>工作单位党组织</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="115"/>
        <source>Registered</source>
        <translation>报到日期</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="115"/>
        <source>Reports to</source>
        <translation>报到支部</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="115"/>
        <source>Links</source>
        <translation>联户</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="125"/>
        <source>Register Member…</source>
        <translation>报到登记…</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="126"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="185"/>
        <source>End Registration</source>
        <translation>取消报到</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="131"/>
        <source>In-service registration</source>
        <translation>在职党员报到</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="136"/>
        <source>Only households without the plaque</source>
        <translation>只看未挂牌的党员家庭</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="140"/>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="140"/>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="140"/>
        <source>Plaque</source>
        <translation>挂牌</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="149"/>
        <source>Put Up Plaque</source>
        <translation>挂牌</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="150"/>
        <source>Take Down</source>
        <translation>摘牌</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="151"/>
        <source>Plaque Every Party Household</source>
        <translation>全部党员家庭挂牌</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="157"/>
        <source>Party household plaques</source>
        <translation>挂牌亮户</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="186"/>
        <source>End %1&apos;s registration with the community? Their links stay.</source>
        <translation>取消 %1 在本社区的报到？其联户关系保留。</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="221"/>
        <source>%1 organisations; %2 grids without one; %3 in-service members registered; plaques on %4 of %5 party households.</source>
        <translation>党组织 %1 个；未建党组织的网格 %2 个；在职党员报到 %3 名；党员家庭 %5 户中已挂牌 %4 户。</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="246"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="436"/>
        <source>(vacant)</source>
        <translation>（空缺）</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="276"/>
        <source>Grids without a party organisation (支部建在网格上): %1</source>
        <translation>未建党组织的网格（支部建在网格上）：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="276"/>
        <location filename="../../app/gui/party/party_dock.cpp" line="326"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="322"/>
        <source>Plaqued</source>
        <translation>已挂牌</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="322"/>
        <source>Missing</source>
        <translation>未挂牌</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="349"/>
        <source>New party organisation %1</source>
        <translation>新建党组织 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="360"/>
        <source>Edit party organisation %1</source>
        <translation>编辑党组织 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/party_dock.cpp" line="371"/>
        <source>Move %n party member(s)</source>
        <translation>
            <numerusform>调入党员 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="380"/>
        <source>Register in-service party member</source>
        <translation>在职党员报到登记</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="387"/>
        <source>End in-service registration</source>
        <translation>取消在职党员报到</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="394"/>
        <source>Select the households in the list first.</source>
        <translation>请先在列表中选中住户。</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="425"/>
        <source>Edit Party Organisation</source>
        <translation>编辑党组织</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="425"/>
        <source>New Party Organisation</source>
        <translation>新建党组织</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="434"/>
        <source>(community committee)</source>
        <translation>（社区党委）</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="435"/>
        <source>(no single grid)</source>
        <translation>（不限网格）</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="447"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="448"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="449"/>
        <source>Parent:</source>
        <translation>上级组织：</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="450"/>
        <source>Grid:</source>
        <translation>所在网格：</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="451"/>
        <source>Secretary:</source>
        <translation>书记：</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="479"/>
        <source>Move Members to %1</source>
        <translation>调入党员到 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="482"/>
        <source>Filter by name or building</source>
        <translation>按姓名或楼栋筛选</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="507"/>
        <source>Select the members to move.</source>
        <translation>请选择要调入的党员。</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="519"/>
        <source>Register In-service Party Member</source>
        <translation>在职党员报到登记</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="522"/>
        <source>Type the start of the resident&apos;s name</source>
        <translation>输入居民姓名开头</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="526"/>
        <source>e.g. 区教育局机关党支部</source>
        <translation>如：区教育局机关党支部</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="535"/>
        <source>(branch of the grid they live in)</source>
        <translation>（所住网格的党支部）</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="536"/>
        <source>Resident:</source>
        <translation>居民：</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="538"/>
        <source>Workplace organisation:</source>
        <translation>工作单位党组织：</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="539"/>
        <source>Registered on:</source>
        <translation>报到日期：</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="540"/>
        <source>Reports to:</source>
        <translation>报到支部：</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="556"/>
        <source>  (already registered)</source>
        <translation>  （已报到）</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="558"/>
        <source>  (party member)</source>
        <translation>  （党员）</translation>
    </message>
    <message>
        <location filename="../../app/gui/party/party_dock.cpp" line="567"/>
        <source>Find the resident by name and select them in the list.</source>
        <translation>请按姓名查找居民并在列表中选中。</translation>
    </message>
</context>
<context>
    <name>grid::app::PartyEdits</name>
    <message numerus="yes">
        <location filename="../../app/gui/party/party_edits.h" line="26"/>
        <source>Put up %n plaque(s)</source>
        <translation>
            <numerusform>挂牌 %n 户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/party/party_edits.h" line="27"/>
        <source>Take down %n plaque(s)</source>
        <translation>
            <numerusform>摘牌 %n 户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grid::app::PrintDialog</name>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="29"/>
        <source>Print grid notice boards</source>
        <translation>打印网格公示牌</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="29"/>
        <source>Print QR door plates</source>
        <translation>打印一户一码门牌</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="36"/>
        <source>Street %1 (%2 grids)</source>
        <translation>街道 %1（%2 个网格）</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="36"/>
        <source>    Community %1 (%2 grids)</source>
        <translation>    社区 %1（%2 个网格）</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="43"/>
        <source>Grids of</source>
        <translation>打印范围</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="46"/>
        <source>A3 portrait</source>
        <translation>A3 纵向</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="47"/>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="48"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="49"/>
        <source>One PDF per grid (in a folder)</source>
        <translation>每个网格一个 PDF（保存到文件夹）</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="54"/>
        <source>/notice_boards.pdf</source>
        <translation>/网格公示牌.pdf</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="54"/>
        <source>/door_plates.pdf</source>
        <translation>/一户一码门牌.pdf</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="55"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="60"/>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="62"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="74"/>
        <source>Folder for the boards</source>
        <translation>公示牌保存文件夹</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="75"/>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="75"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="82"/>
        <source>Choose a street or community and where to save.</source>
        <translation>请选择街道或社区以及保存位置。</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="97"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location filename="../../app/gui/print/print_dialog.cpp" line="97"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/print/print_dialog.cpp" line="118"/>
        <source>Printed %n notice board(s) to %1.</source>
        <translation>
            <numerusform>已打印 %n 张网格公示牌到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/print/print_dialog.cpp" line="129"/>
        <source>Printed %n door plate(s) on %1 sheet(s) to %2.</source>
        <translation>
            <numerusform>已打印 %n 个门牌（%1 页）到 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grid::app::RecordForm</name>
    <message>
        <location filename="../../app/gui/ledger/record_form.cpp" line="51"/>
        <source>Edit %1 No. %2</source>
        <translation>编辑%1 第 %2 号</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/record_form.cpp" line="51"/>
        <source>New: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/record_form.cpp" line="77"/>
        <source>18 characters, checksum verified</source>
        <translation>18 位，校验码自动核验</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/record_form.cpp" line="80"/>
        <source>Masked. Leave it to keep the stored value, or type the full new value.</source>
        <translation>已脱敏。保持不变即沿用原值，或输入完整的新值。</translation>
    </message>
</context>
<context>
    <name>grid::app::RedrawDock</name>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="46"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="90"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="210"/>
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
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="78"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="337"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="79"/>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="338"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="121"/>
        <source>Redraw</source>
        <translation>重划</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="230"/>
        <source>Redrawn in GridStation</source>
        <translation>在网格工作站中重划</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="247"/>
        <source>New grid %1</source>
        <translation>新网格 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="255"/>
        <source>%1 is in separate pieces: join them or give the stray buildings to a neighbour.</source>
        <translation>%1 不连通：请连接各部分，或把分离的楼栋划给相邻网格。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="257"/>
        <source>%1 lies wholly inside %2, like a hole: join it to %2 or reach another neighbour.</source>
        <translation>%1 完全被 %2 包围（形成“飞地”）：请并入 %2，或与其他网格相连。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="260"/>
        <source>%1 building(s) have no grid: paint them into one.</source>
        <translation>%1 栋楼未划入网格：请把它们划入某个网格。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="262"/>
        <source>%1 has no buildings left and will be retired.</source>
        <translation>%1 已无楼栋，将被撤销。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="265"/>
        <source>%1: %2 households; add %3 to reach %4.</source>
        <translation>%1：%2 户；再增加 %3 户可达 %4 户。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="270"/>
        <source>%1: %2 households; remove %3 to reach %4.</source>
        <translation>%1：%2 户；减少 %3 户可达 %4 户。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="328"/>
        <source>Choose Edit → Redraw Grids… to redraw a community&apos;s grids.</source>
        <translation>选择“编辑 → 重划网格…”来重划一个社区的网格。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="333"/>
        <source>Auto-balance</source>
        <translation>自动平衡</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="334"/>
        <source>Split by entrance</source>
        <translation>按单元拆分</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="337"/>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="338"/>
        <source>Redo %1</source>
        <translation>重做%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="357"/>
        <source>+ new grid</source>
        <translation>+ 新网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="358"/>
        <source>Paint buildings here to start a new grid</source>
        <translation>把楼栋划到这里即新建一个网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="364"/>
        <source>%1 in this stroke</source>
        <translation>本次笔画 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="408"/>
        <source>%1 (%2): %3 grids, %4 within ±%5 % of %6 households; %7 buildings moved.</source>
        <translation>%1（%2）：%3 个网格，%4 个在 %6 户 ±%5% 以内；已调整 %7 栋楼。</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_dock.cpp" line="445"/>
        <source>No grid</source>
        <translation>未划网格</translation>
    </message>
</context>
<context>
    <name>grid::app::RedrawTool</name>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="49"/>
        <source>Split This Building by Entrance (单元)</source>
        <translation>按单元拆分此楼栋</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="52"/>
        <source>Redraw Grids</source>
        <translation>重划网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="113"/>
        <source>Assign building</source>
        <translation>划入楼栋</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="116"/>
        <source>Rectangle</source>
        <translation>框选</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="116"/>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="116"/>
        <source>Lasso</source>
        <translation>套索</translation>
    </message>
    <message>
        <location filename="../../app/gui/redraw/redraw_tool.cpp" line="116"/>
        <source>Pull boundary</source>
        <translation>拖动边界</translation>
    </message>
</context>
<context>
    <name>grid::app::ReportEventDialog</name>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="136"/>
        <source>Report Event</source>
        <translation>上报事件</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="145"/>
        <source>What happened, where, who is affected</source>
        <translation>发生了什么、在哪里、涉及哪些人</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="169"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="172"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="174"/>
        <source>Class</source>
        <translation>大类</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="175"/>
        <source>Item</source>
        <translation>小类</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="176"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="177"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="178"/>
        <source>Received by</source>
        <translation>接收单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="179"/>
        <source>Description</source>
        <translation>事件描述</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="180"/>
        <source>Reported by (resident)</source>
        <translation>反映人（居民）</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="186"/>
        <source>Report</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="201"/>
        <source>(classify later)</source>
        <translation>（稍后分类）</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="216"/>
        <source>This grid (%1)</source>
        <translation>本网格（%1）</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="218"/>
        <source>Community (%1)</source>
        <translation>社区（%1）</translation>
    </message>
    <message>
        <location filename="../../app/gui/events/event_dialogs.cpp" line="220"/>
        <source>Street (%1)</source>
        <translation>街道（%1）</translation>
    </message>
</context>
<context>
    <name>grid::app::RiskDock</name>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="21"/>
        <source>Risk Panorama</source>
        <translation>风险全景图</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="27"/>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="30"/>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="30"/>
        <source>Orange</source>
        <translation>橙</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="30"/>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="30"/>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="39"/>
        <source>Colours:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="41"/>
        <source>Key places:</source>
        <translation>重点场所：</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="43"/>
        <source>registered since</source>
        <translation>登记日期自</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="50"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="52"/>
        <source>Grid risk score (choropleth)</source>
        <translation>网格风险分（分级设色）</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="54"/>
        <source>Heat map of key places</source>
        <translation>重点场所热力图</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="60"/>
        <source>Key persons appear only as counts per building. Score = red×4 + orange×3 + yellow×2 + blue×1 over key persons, key places and open key matters.</source>
        <translation>重点人员仅按楼栋显示人数。风险分 = 红×4 + 橙×3 + 黄×2 + 蓝×1，计入重点人员、重点场所和未办结的重点事项。</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="66"/>
        <source>Print A3 Panorama…</source>
        <translation>打印 A3 全景图…</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="90"/>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="91"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../app/gui/risk/risk_dock.cpp" line="120"/>
        <source>Showing %1 key places, %2 open key matters and %3 buildings with key persons or places.</source>
        <translation>显示重点场所 %1 处、未办结重点事项 %2 件，有重点人员或场所的楼栋 %3 栋。</translation>
    </message>
</context>
<context>
    <name>grid::app::RiskLayers</name>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="91"/>
        <source>Major risk (red)</source>
        <translation>重大风险（红）</translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="92"/>
        <source>Considerable risk (orange)</source>
        <translation>较大风险（橙）</translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="93"/>
        <source>Moderate risk (yellow)</source>
        <translation>一般风险（黄）</translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="94"/>
        <source>Low risk (blue)</source>
        <translation>低风险（蓝）</translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="108"/>
        <source>Key persons: </source>
        <translation>重点人员 </translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="148"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="184"/>
        <source>Grid risk score</source>
        <translation>网格风险分</translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="187"/>
        <source>Risk heat map</source>
        <translation>风险热力图</translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="191"/>
        <source>Buildings by risk</source>
        <translation>楼栋风险</translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="195"/>
        <source>Key places</source>
        <translation>重点场所</translation>
    </message>
    <message>
        <location filename="../../app/core/risk_layers.cpp" line="199"/>
        <source>Key matters</source>
        <translation>重点事项</translation>
    </message>
</context>
<context>
    <name>grid::app::SearchDock</name>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="26"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="32"/>
        <source>Grid code or name, building, person name or ID number</source>
        <translation>网格编码或名称、楼栋、人员姓名或身份证号</translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="77"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="78"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../app/gui/search/search_dock.cpp" line="79"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>grid::app::ServicePanel</name>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="85"/>
        <source>Walking speed (4.5 km/h is an adult&apos;s; 3 km/h an older person&apos;s)</source>
        <translation>步行速度（成人约 4.5 km/h，老年人约 3 km/h）</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="86"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="87"/>
        <source>Export GeoPackage…</source>
        <translation>导出 GeoPackage…</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="88"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="90"/>
        <source>Facility</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="92"/>
        <source>Walking speed</source>
        <translation>步行速度</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="104"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="104"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="104"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="104"/>
        <source>Nearest</source>
        <translation>最近设施</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="104"/>
        <source>Within</source>
        <translation>是否可达</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="131"/>
        <location filename="../../app/gui/community/service_panel.cpp" line="263"/>
        <source>Walking time</source>
        <translation>步行时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="167"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="196"/>
        <source>not computed</source>
        <translation>未计算</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="200"/>
        <source>%1 of %2 households within %3 minutes</source>
        <translation>%2 户中 %1 户在 %3 分钟内</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="219"/>
        <source>Not computed yet for this community: press Compute.</source>
        <translation>本社区尚未计算，请点击“计算”。</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="220"/>
        <source>Computed %1. Roads and facilities come from the importer (gridctl import --kind roads, walkways, facilities).</source>
        <translation>计算于 %1。道路和设施来自导入（gridctl import --kind roads、walkways、facilities）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="251"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="253"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="278"/>
        <source>Service area</source>
        <translation>服务范围</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="281"/>
        <source>Facilities</source>
        <translation>设施</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="283"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="285"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="310"/>
        <source>Computing walking times…</source>
        <translation>正在计算步行时间…</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="310"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="330"/>
        <source>%1 buildings over %2 roads and paths, %3 s.</source>
        <translation>%1 栋楼，%2 条道路，用时 %3 秒。</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="340"/>
        <location filename="../../app/gui/community/service_panel.cpp" line="345"/>
        <source>Export GeoPackage</source>
        <translation>导出 GeoPackage</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="340"/>
        <source>-service-circle.gpkg</source>
        <translation>-生活圈.gpkg</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="340"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/service_panel.cpp" line="347"/>
        <source>Written %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>grid::app::SignInDialog</name>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="22"/>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="46"/>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="22"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="25"/>
        <source>This database has accounts. Sign in to see and change what your roles allow.</source>
        <translation>本数据库已启用账号。请登录，按您的角色查看和修改数据。</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="26"/>
        <source>The workstation was locked after a time without use. Enter your password to go on, or switch user.</source>
        <translation>工作站长时间无操作已锁定。请输入密码继续，或切换用户。</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="37"/>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="38"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="48"/>
        <source>Switch User</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/sign_in_dialog.cpp" line="50"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>grid::app::StaffDock</name>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="94"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="181"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="188"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="203"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="204"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="220"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="227"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="473"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="546"/>
        <source>Staff</source>
        <translation>人员配置</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="101"/>
        <source>Community:</source>
        <translation>社区：</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="108"/>
        <source>Drop assigns as:</source>
        <translation>拖放任命为：</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="111"/>
        <source>The target&apos;s usual post</source>
        <translation>按目标默认岗位</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="112"/>
        <source>Grid worker (full-time)</source>
        <translation>网格员（专职）</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="113"/>
        <source>Grid worker (part-time)</source>
        <translation>网格员（兼职）</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="114"/>
        <source>Grid chief</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="115"/>
        <source>Grid instructor</source>
        <translation>网格指导员</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="116"/>
        <source>Area chief</source>
        <translation>片区长</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="117"/>
        <source>Community chief</source>
        <translation>社区长</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="118"/>
        <source>Police beat officer</source>
        <translation>社区民警</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="119"/>
        <source>Building chief</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="120"/>
        <source>Property chief</source>
        <translation>物业长</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="121"/>
        <source>Drag a person from the register onto a grid, area or building in the tree or on the map</source>
        <translation>把人员从名册拖到树或地图上的网格、片区或楼栋</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="124"/>
        <source>A grid worker keeps their current grid too</source>
        <translation>网格员同时保留原网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="129"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="129"/>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="129"/>
        <source>Households served</source>
        <translation>服务户数</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="129"/>
        <source>Work phone</source>
        <translation>工作电话</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="141"/>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="179"/>
        <source>New Staff Member…</source>
        <translation>新增人员…</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="142"/>
        <source>Add a person to the register; then drag them onto a grid or building to give a post</source>
        <translation>把人员加入名册；再拖到网格或楼栋上安排岗位</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="153"/>
        <source>Staffing rule</source>
        <translation>配置规则</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="153"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="180"/>
        <source>%1 leaves (离职)…</source>
        <translation>%1 离职…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/staff/staff_dock.cpp" line="182"/>
        <source>%1 leaves: %n current post(s) end yesterday and they leave the register. History keeps every post.</source>
        <translation>
            <numerusform>%1 离职：当前 %n 个岗位于昨日结束，并移出名册。历史记录保留全部岗位。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="195"/>
        <source>End post: %1</source>
        <translation>卸任：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="198"/>
        <source>End post %1</source>
        <translation>卸任 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="218"/>
        <source>New staff member %1</source>
        <translation>新增人员 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="225"/>
        <source>Staff member leaves</source>
        <translation>人员离职</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="232"/>
        <source>New Staff Member</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="236"/>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="237"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="238"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="240"/>
        <source>Mobile or landline, e.g. 13800138000 or 0755-83001234</source>
        <translation>手机或座机，如 13800138000 或 0755-83001234</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="242"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="243"/>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="244"/>
        <source>Work phone:</source>
        <translation>工作电话：</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="245"/>
        <source>Remark:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="288"/>
        <source> (part-time)</source>
        <translation>（兼职）</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="295"/>
        <source>(no post)</source>
        <translation>（待分配）</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="303"/>
        <source>More than %1 households: share the grid or add a worker</source>
        <translation>超过 %1 户：请分担网格或增配网格员</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="338"/>
        <source>Grids without a full-time grid worker</source>
        <translation>无专职网格员的网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="339"/>
        <source>Workers serving more than %1 households</source>
        <translation>服务超过 %1 户的网格员</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="340"/>
        <source>Buildings without a building chief</source>
        <translation>无楼栋长的楼栋</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="340"/>
        <source>Estates without a property chief</source>
        <translation>无物业长的小区</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/staff/staff_dock.cpp" line="365"/>
        <source>%n staffing gap(s), marked on the map.</source>
        <translation>
            <numerusform>人员配置缺口 %n 处，已在地图上标出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="366"/>
        <source>Every grid, building and estate is staffed.</source>
        <translation>所有网格、楼栋和小区均已配齐人员。</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="377"/>
        <source>Staffing gaps</source>
        <translation>人员配置缺口</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="379"/>
        <source>Grid without a full-time worker</source>
        <translation>无专职网格员的网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="379"/>
        <source>Overloaded worker&apos;s grid</source>
        <translation>网格员超负荷的网格</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="380"/>
        <source>Building without a chief</source>
        <translation>无楼栋长的楼栋</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="380"/>
        <source>Estate without a property chief</source>
        <translation>无物业长的小区</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="444"/>
        <source>Drop the person on a community, area, grid or building.</source>
        <translation>请把人员拖放到社区、片区、网格或楼栋上。</translation>
    </message>
    <message>
        <location filename="../../app/gui/staff/staff_dock.cpp" line="466"/>
        <source>Assign %1</source>
        <translation>任命 %1</translation>
    </message>
</context>
<context>
    <name>grid::app::StaleEditDialog</name>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="17"/>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="20"/>
        <source>Someone saved this record after you opened it. Nothing of yours is saved yet. For each field they changed, keep yours (ticked) or take theirs (cleared), then save again.</source>
        <translation>您打开此记录后，他人已保存了修改。您的修改尚未保存。请逐项选择：保留您的值（勾选）或采用他人的值（不勾选），然后再次保存。</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="25"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="25"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="25"/>
        <source>Mine</source>
        <translation>我的值</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="25"/>
        <source>Theirs (saved now)</source>
        <translation>他人已保存的值</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="25"/>
        <source>By</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="39"/>
        <source>(not in this form)</source>
        <translation>（本表单未含此项）</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="52"/>
        <source>Save with My Choices</source>
        <translation>按我的选择保存</translation>
    </message>
    <message>
        <location filename="../../app/gui/ledger/stale_edit_dialog.cpp" line="53"/>
        <source>Discard My Changes</source>
        <translation>放弃我的修改</translation>
    </message>
</context>
<context>
    <name>grid::app::StepDialog</name>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="165"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="170"/>
        <source>提议 is made by the party organisation: name it among the participants.</source>
        <translation>提议由党组织提出：请在参与方中列出党组织。</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="172"/>
        <source>商议 brings together participants of at least two kinds and needs minutes.</source>
        <translation>商议须有至少两类参与方，并记录纪要。</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="174"/>
        <source>审议 reviews legality and feasibility; record its minutes.</source>
        <translation>审议审查合法性与可行性，请记录纪要。</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="177"/>
        <source>决议 needs more than half of the eligible members present and more than half of those present for.</source>
        <translation>决议须过半数应到人员出席，且过半数出席人员赞成。</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="183"/>
        <source>Day held</source>
        <translation>召开日期</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="190"/>
        <source>Participants</source>
        <translation>参与方</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="193"/>
        <source>Minutes</source>
        <translation>纪要</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="206"/>
        <source>present of</source>
        <translation>人出席，应到</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="208"/>
        <source>eligible</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="209"/>
        <source>Quorum</source>
        <translation>出席情况</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="211"/>
        <source>for</source>
        <translation>赞成</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="213"/>
        <source>against</source>
        <translation>反对</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="215"/>
        <source>abstaining</source>
        <translation>弃权</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="217"/>
        <source>Votes</source>
        <translation>表决</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/deliberation_panel.cpp" line="218"/>
        <source>Decision</source>
        <translation>决议内容</translation>
    </message>
</context>
<context>
    <name>grid::app::UnitDetailsDialog</name>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="48"/>
        <source>Emergency Unit</source>
        <translation>应急单元</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="52"/>
        <source>e.g. the community square, the school&apos;s sports ground</source>
        <translation>如社区广场、学校操场</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="55"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="61"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="62"/>
        <source>Shelter</source>
        <translation>避难场所</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="63"/>
        <source>Shelter capacity</source>
        <translation>可容纳人数</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="64"/>
        <source>Supplies</source>
        <translation>应急物资</translation>
    </message>
    <message>
        <location filename="../../app/gui/community/emergency_panel.cpp" line="65"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>grid::app::UsersWindow</name>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="82"/>
        <source>Users and Roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="86"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="86"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="86"/>
        <source>Roles over places</source>
        <translation>角色及范围</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="86"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="86"/>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="95"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="96"/>
        <source>Grant Role…</source>
        <translation>授予角色…</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="97"/>
        <source>Revoke Role…</source>
        <translation>撤销角色…</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="98"/>
        <source>Reset Password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="99"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="100"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="101"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="130"/>
        <source>inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="131"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="132"/>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="133"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="158"/>
        <source>Add User</source>
        <translation>新增用户</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="165"/>
        <source>Added %1; the password must be changed at first sign-in.</source>
        <translation>已新增 %1；首次登录时须修改密码。</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="170"/>
        <location filename="../../app/gui/accounts/users_window.cpp" line="187"/>
        <location filename="../../app/gui/accounts/users_window.cpp" line="202"/>
        <source>Choose an account first.</source>
        <translation>请先选择一个账号。</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="174"/>
        <source>Grant Role to %1</source>
        <translation>授予 %1 角色</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="174"/>
        <source>Revoke Role of %1</source>
        <translation>撤销 %1 的角色</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="182"/>
        <source>Granted.</source>
        <translation>已授予。</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="182"/>
        <source>Revoked.</source>
        <translation>已撤销。</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="189"/>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="189"/>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="197"/>
        <source>Reset and unlocked %1; the password must be changed at the next sign-in.</source>
        <translation>已重置并解锁 %1；下次登录时须修改密码。</translation>
    </message>
    <message>
        <location filename="../../app/gui/accounts/users_window.cpp" line="209"/>
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
</context>
<context>
    <name>grid::app::VisitDialog</name>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="43"/>
        <source>Log a Patrol or Visit</source>
        <translation>登记巡查走访</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="51"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="57"/>
        <source>Visited</source>
        <translation>走访对象</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="62"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="64"/>
        <source>(as the object calls for)</source>
        <translation>（按走访对象）</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="70"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="72"/>
        <source>本人, 户主, neighbour …</source>
        <translation>本人、户主、邻居……</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="73"/>
        <source>Met</source>
        <translation>见面人员</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="75"/>
        <source>What you saw and did</source>
        <translation>看到的情况和所做的工作</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="77"/>
        <source>Findings</source>
        <translation>走访情况</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="78"/>
        <source>Exception found</source>
        <translation>发现异常</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="89"/>
        <source>Next visit on</source>
        <translation>下次走访</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="98"/>
        <source>(otherwise the frequency rule&apos;s)</source>
        <translation>（不填则按走访频次规则）</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="100"/>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="101"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="103"/>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="109"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="103"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="110"/>
        <source>Report the findings as an event (上报事件)</source>
        <translation>将发现的问题上报为事件（上报事件）</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="138"/>
        <source>%1 is not an image GridStation can read.</source>
        <translation>%1 不是网格工作站能读取的图片。</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="183"/>
        <source>Log visit</source>
        <translation>登记走访</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dialog.cpp" line="219"/>
        <source>The visit is saved, but the event was not reported: %1</source>
        <translation>走访已保存，但事件未能上报：%1</translation>
    </message>
</context>
<context>
    <name>grid::app::VisitDock</name>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="38"/>
        <source>Patrols and Visits</source>
        <translation>巡查走访</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="45"/>
        <source>Only the objects of one grid worker</source>
        <translation>只看一名网格员的对象</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="46"/>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="47"/>
        <source>Due within 7 days</source>
        <translation>7天内到期</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="59"/>
        <source>Due</source>
        <translation>应走访日期</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="59"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="59"/>
        <source>Visited</source>
        <translation>走访对象</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="59"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="59"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="59"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="59"/>
        <source>Last visit</source>
        <translation>最近走访</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="72"/>
        <source>Log Visit…</source>
        <translation>登记走访…</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="73"/>
        <source>Grid Patrol…</source>
        <translation>网格巡查…</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="129"/>
        <source>All workers</source>
        <translation>全部网格员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/visits/visit_dock.cpp" line="144"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="149"/>
        <source>never</source>
        <translation>从未走访</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="162"/>
        <source>%1 object(s): %2 overdue, %3 due within a week. Purple diamonds on the map are overdue.</source>
        <translation>共 %1 个对象：逾期 %2 个，一周内到期 %3 个。地图上的紫色菱形为逾期对象。</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_dock.cpp" line="172"/>
        <source>Overdue visits</source>
        <translation>逾期走访</translation>
    </message>
</context>
<context>
    <name>grid::app::VisitRulesDialog</name>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="28"/>
        <source>Visit Frequency Rules</source>
        <translation>走访频次规则</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="31"/>
        <source>An object is visited as often as the strictest rule that matches it says; an empty category or colour matches any. A month after 31 January is the last day of February.</source>
        <translation>每个对象按与其匹配的最严格规则的频次走访；类别或颜色为空表示不限。1月31日之后一个月为2月的最后一天。</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="38"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="38"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="38"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="38"/>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="38"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="38"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="38"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="72"/>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="73"/>
        <source>(any)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="79"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="80"/>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="81"/>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="108"/>
        <source>Change visit rule %1</source>
        <translation>修改走访规则 %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/visits/visit_rules_dialog.cpp" line="112"/>
        <source>Rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
</context>
<context>
    <name>grid::app::WelcomeDialog</name>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="80"/>
        <source>Welcome to GridStation</source>
        <translation>欢迎使用网格工作站</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="83"/>
        <source>&lt;h2&gt;GridStation&lt;/h2&gt;&lt;p&gt;Grids, buildings, households and the five ledgers on one map. Choose how to begin:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;网格工作站&lt;/h2&gt;&lt;p&gt;网格、楼栋、住户和五本台账，都在一张地图上。请选择如何开始：&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="99"/>
        <source>Open the demo district</source>
        <translation>打开示例街区</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="100"/>
        <source>A synthetic district of two streets and twelve communities with households, staff, party members and events, to try everything safely. Made once, in your data folder.</source>
        <translation>一个虚构的区域：两个街道、十二个社区，含住户、人员、党员和事件，可放心试用各项功能。只生成一次，保存在您的数据文件夹中。</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="104"/>
        <source>Open a database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="104"/>
        <source>A GridStation database (.sqlite) made here or with gridctl.</source>
        <translation>在本软件或用 gridctl 创建的网格工作站数据库（.sqlite）。</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="106"/>
        <source>New database from buildings or boundaries…</source>
        <translation>用楼栋或边界数据新建数据库…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="107"/>
        <source>Pick a buildings file (GeoPackage, Shapefile, GeoJSON, OSM, KML); the new database takes the Gauss-Krüger zone of the data and imports the buildings.</source>
        <translation>选择楼栋数据文件（GeoPackage、Shapefile、GeoJSON、OSM、KML）；新数据库自动采用数据所在的高斯-克吕格分带，并导入楼栋。</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="113"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="124"/>
        <source>Making the demo district…</source>
        <translation>正在生成示例街区…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="128"/>
        <source>The demo could not be made: %1</source>
        <translation>示例街区未能生成：%1</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="138"/>
        <source>Open GridStation Database</source>
        <translation>打开网格工作站数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="139"/>
        <source>GridStation databases (*.sqlite *.gridstation *.gsdb *.db);;All files (*)</source>
        <translation>网格工作站数据库 (*.sqlite *.gridstation *.gsdb *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="147"/>
        <source>Buildings or Boundaries</source>
        <translation>楼栋或边界数据</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="148"/>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.osm *.pbf *.kml *.fgb);;All files (*)</source>
        <translation>矢量数据 (*.gpkg *.shp *.geojson *.json *.osm *.pbf *.kml *.fgb);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="152"/>
        <source>New GridStation Database</source>
        <translation>新建网格工作站数据库</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="153"/>
        <source>GridStation databases (*.sqlite)</source>
        <translation>网格工作站数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="156"/>
        <source>%1 exists already; choose a new name.</source>
        <translation>%1 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="160"/>
        <source>Importing buildings…</source>
        <translation>正在导入楼栋…</translation>
    </message>
    <message>
        <location filename="../../app/gui/start/welcome_dialog.cpp" line="164"/>
        <source>Nothing was made: %1</source>
        <translation>未创建任何内容：%1</translation>
    </message>
</context>
<context>
    <name>grid::app::pdf</name>
    <message>
        <location filename="../../app/print/pdf_pages.cpp" line="193"/>
        <source>Cannot write %1; check that the folder exists and is writable.</source>
        <translation>无法写入 %1，请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <location filename="../../app/print/pdf_pages.cpp" line="203"/>
        <source>Cannot replace %1; is it open in another program?</source>
        <translation>无法替换 %1，是否已在其他程序中打开？</translation>
    </message>
</context>
</TS>
