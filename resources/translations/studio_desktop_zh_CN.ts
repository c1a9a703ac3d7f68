<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Studio Desktop</source>
        <translation>关于 Studio Desktop</translation>
    </message>
    <message>
        <source>Studio Desktop</source>
        <translation>Studio Desktop</translation>
    </message>
    <message>
        <source>Clients, projects, schedule, budget, risks and reports for a small studio. Your data stays on this computer.</source>
        <translation>为小型工作室管理客户、项目、排期、预算、风险和报告。您的数据只保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>复制版本信息</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>process %1 on %2</source>
        <translation>%2 上的进程 %1</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>数据库正在使用中</translation>
    </message>
    <message>
        <source>%1 is already open in %2. Close it there first.</source>
        <translation>%1 已在 %2 中打开，请先在那里关闭。</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Studio Desktop database, so it was not opened.</source>
        <translation>%1 已损坏，或不是 Studio Desktop 数据库，因此没有打开。</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>No backup was found.</source>
        <translation>没有找到备份。</translation>
    </message>
    <message>
        <source>Upgrading %1</source>
        <translation>正在升级 %1</translation>
    </message>
    <message>
        <source>Checking the file before the upgrade…</source>
        <translation>升级前正在检查文件…</translation>
    </message>
    <message>
        <source>Making a backup copy first…</source>
        <translation>正在先做一份备份…</translation>
    </message>
    <message>
        <source>Upgrading the file for this version of Studio Desktop…</source>
        <translation>正在为此版本的 Studio Desktop 升级文件…</translation>
    </message>
    <message>
        <source>The latest backup is %1. Restore it? The damaged file is kept as a backup too.</source>
        <translation>最新的备份是 %1。要恢复它吗？损坏的文件也会作为备份保留。</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>恢复最新备份</translation>
    </message>
    <message>
        <source>Newer database</source>
        <translation>数据库版本较新</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Studio Desktop. Install the newer version to open it; nothing was changed.</source>
        <translation>%1 由更新版本的 Studio Desktop 写入。请安装新版本后再打开；文件未作任何改动。</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>数据库为只读</translation>
    </message>
    <message>
        <source>%1 (or its folder) is read-only, so Studio Desktop cannot save your work there. Change the permissions or copy the file to a folder you can write to.</source>
        <translation>%1（或其所在文件夹）为只读，Studio Desktop 无法在那里保存您的工作。请修改权限，或把文件复制到可写入的文件夹。</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s integrity check found problems.</source>
        <translation>%1 已损坏：SQLite 完整性检查发现了问题。</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 已存在，请直接打开它。</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <source>Studio databases (*.sqlite3)</source>
        <translation>工作室数据库 (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>AttachmentKind</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Web link</source>
        <translation>网页链接</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Restored from archive</source>
        <translation>已从归档恢复</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>已开具贷项</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>已恢复备份</translation>
    </message>
</context>
<context>
    <name>BackupReason</name>
    <message>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>When the file was opened</source>
        <translation>打开文件时</translation>
    </message>
    <message>
        <source>When the file was closed</source>
        <translation>关闭文件时</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级之前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入之前</translation>
    </message>
</context>
<context>
    <name>BudgetLineKind</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>不可预见费</translation>
    </message>
</context>
<context>
    <name>ChangeRequestStatus</name>
    <message>
        <source>Proposed</source>
        <translation>已提出</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
</context>
<context>
    <name>ClientSource</name>
    <message>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ClientStatus</name>
    <message>
        <source>Lead</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>意向客户</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>合作中</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation>每周工时</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Day rate</source>
        <translation>日租金</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>停用日期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Amount (base currency)</source>
        <translation>金额（本位币）</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>可计费</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复查</translation>
    </message>
</context>
<context>
    <name>ContactChannel</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>面谈</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Studio Desktop hit a problem</source>
        <translation>Studio Desktop 遇到问题</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>发生了意外错误。</translation>
    </message>
    <message>
        <source>Your saved data is safe. You can keep working, or restart the program. If it happens again, copy the details below and send them to whoever looks after your computer.</source>
        <translation>已保存的数据是安全的。您可以继续工作，也可以重新启动程序。如果问题再次出现，请复制下面的详细信息，发给负责维护您电脑的人。</translation>
    </message>
    <message>
        <source>The full log is in: %1</source>
        <translation>完整日志位于：%1</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>DealStage</name>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>洽谈</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>EquipmentKind</name>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>灯光</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Studio room</source>
        <translation>影棚</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Software licence</source>
        <translation>软件许可</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Studio Desktop</source>
        <translation>欢迎使用 Studio Desktop</translation>
    </message>
    <message>
        <source>Set up your studio</source>
        <translation>设置您的工作室</translation>
    </message>
    <message>
        <source>Four facts to start with. You can change all of them later in Settings.</source>
        <translation>先填写四项基本信息，之后都可以在“设置”中修改。</translation>
    </message>
    <message>
        <source>e.g. Blue Hour Design</source>
        <translation>例如：蓝调时刻设计</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Studio name</source>
        <translation>工作室名称</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Working hours per week</source>
        <translation>每周工作时数</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>Enter your studio&apos;s name.</source>
        <translation>请输入工作室名称。</translation>
    </message>
    <message>
        <source>Enter a three-letter currency code such as CNY.</source>
        <translation>请输入三个字母的货币代码，例如 CNY。</translation>
    </message>
</context>
<context>
    <name>HolidaySource</name>
    <message>
        <source>Built-in calendar</source>
        <translation>内置日历</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手动添加</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
</context>
<context>
    <name>InvoiceKind</name>
    <message>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Final payment</source>
        <translation>尾款</translation>
    </message>
    <message>
        <source>Time and materials</source>
        <translation>按工时计费</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>InvoiceState</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>部分付款</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付清</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Show people who left</source>
        <translation>显示已离职人员</translation>
    </message>
    <message>
        <source>Show retired equipment</source>
        <translation>显示已停用设备</translation>
    </message>
    <message>
        <source>Show closed risks</source>
        <translation>显示已关闭风险</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的内容。</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>共 1 条</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>共 %1 条</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: %1</source>
        <extracomment>Once, just after the window&apos;s first paint: work that can wait starts here.</extracomment>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>This page could not be opened: %1</source>
        <translation>无法打开此页面：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;store from backup…</source>
        <translation>从备份恢复(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Contacts (CSV, vCard)…</source>
        <translation>联系人（CSV、vCard）(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Time entries (Toggl, Harvest, Kimai, CSV)…</source>
        <translation>工时记录（Toggl、Harvest、Kimai、CSV）(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Expenses (CSV)…</source>
        <translation>费用（CSV）(&amp;E)…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Studio Desktop</source>
        <translation>关于 Studio Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Studio database (*.sqlite3)</source>
        <translation>工作室数据库 (*.sqlite3)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Studio database (*.sqlite3);;All files (*)</source>
        <translation>工作室数据库 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backup saved to %1</source>
        <translation>备份已保存到 %1</translation>
    </message>
    <message>
        <source>Studio Desktop</source>
        <translation>Studio Desktop</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Your earlier data is safe. Fix the problem above, then try again.</source>
        <translation>之前的数据是安全的。请先解决上述问题，然后重试。</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>排期</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PricingModel</name>
    <message>
        <source>Fixed fee</source>
        <translation>固定总价</translation>
    </message>
    <message>
        <source>Time and materials</source>
        <translation>按工时计费</translation>
    </message>
    <message>
        <source>Retainer</source>
        <translation>包月服务</translation>
    </message>
</context>
<context>
    <name>ProjectStage</name>
    <message>
        <source>First contact</source>
        <translation>初步接洽</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>签约</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Design &amp; development</source>
        <translation>设计与开发</translation>
    </message>
    <message>
        <source>Client review</source>
        <translation>客户审阅</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付验收</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>ProjectStatus</name>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>已偏离</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>ReportLanguage</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English and Chinese</source>
        <translation>中英双语</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Made at</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Pick the backup to go back to. The data you have now is backed up first, so a restore can itself be undone.</source>
        <translation>请选择要恢复的备份。恢复前会先备份当前数据，因此恢复操作本身也可以撤销。</translation>
    </message>
    <message>
        <source>There are no backups yet. Use File ▸ Backup now.</source>
        <translation>还没有备份。请使用“文件 ▸ 立即备份”。</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <source>Replace the data you have now with the backup made at %1? Your current data is backed up first.</source>
        <translation>要用 %1 的备份替换当前数据吗？当前数据会先行备份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>RiskResponse</name>
    <message>
        <source>Avoid</source>
        <translation>规避</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>减轻</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
</context>
<context>
    <name>RiskStatus</name>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>监控中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>ServiceMessage</name>
    <message>
        <source>Enter the studio&apos;s name.</source>
        <translation>请输入工作室名称。</translation>
    </message>
    <message>
        <source>The studio&apos;s name is longer than 200 characters.</source>
        <translation>工作室名称超过 200 个字符。</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as CN.</source>
        <translation>请输入两个字母的国家代码，例如 CN。</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>请至少选择一个工作日。</translation>
    </message>
    <message>
        <source>Enter the working hours per week.</source>
        <translation>请输入每周工作时数。</translation>
    </message>
    <message>
        <source>Working hours per week must be between 1 and 168.</source>
        <translation>每周工作时数必须在 1 到 168 之间。</translation>
    </message>
    <message>
        <source>Enter working hours to the minute at most.</source>
        <translation>工作时数最多精确到分钟。</translation>
    </message>
    <message>
        <source>Choose a month from 1 to 12.</source>
        <translation>请选择 1 到 12 之间的月份。</translation>
    </message>
    <message>
        <source>The invoice prefix is longer than 20 characters.</source>
        <translation>发票编号前缀超过 20 个字符。</translation>
    </message>
    <message>
        <source>Target utilisation must be 1% to 200%.</source>
        <translation>目标利用率必须在 1% 到 200% 之间。</translation>
    </message>
    <message>
        <source>Choose a colour such as #2f6f8f.</source>
        <translation>请选择颜色，例如 #2f6f8f。</translation>
    </message>
    <message>
        <source>The studio has not been set up yet.</source>
        <translation>工作室尚未设置。</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>名称超过 200 个字符。</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>请从列表中选择状态。</translation>
    </message>
    <message>
        <source>That client no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing was saved. Check the file&apos;s permissions or open a copy in a folder you can write to.</source>
        <translation>数据库文件为只读，因此没有保存任何内容。请检查文件权限，或在可写入的文件夹中打开副本。</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again; your earlier data is intact.</source>
        <translation>磁盘已满，因此没有保存任何内容。请释放一些空间后重试；之前的数据完好无损。</translation>
    </message>
    <message>
        <source>Another program is using the database file right now, so nothing was saved. Close it (or wait a moment) and try again.</source>
        <translation>另一个程序正在使用数据库文件，因此没有保存任何内容。请关闭该程序（或稍等片刻）后重试。</translation>
    </message>
    <message>
        <source>The disk reported an input/output error, so nothing was saved.</source>
        <translation>磁盘报告了输入/输出错误，因此没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>工作室</translation>
    </message>
    <message>
        <source>Studio name</source>
        <translation>工作室名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>银行账户信息</translation>
    </message>
    <message>
        <source>Work and money</source>
        <translation>工作与财务</translation>
    </message>
    <message>
        <source>Base currency</source>
        <translation>本位币</translation>
    </message>
    <message>
        <source>Working hours per week</source>
        <translation>每周工作时数</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Fiscal year starts in</source>
        <translation>财年起始月份</translation>
    </message>
    <message>
        <source>Target utilisation</source>
        <translation>目标利用率</translation>
    </message>
    <message>
        <source>Invoice number prefix</source>
        <translation>发票编号前缀</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The window reopens in the chosen language after you save.</source>
        <translation>保存后，窗口将以所选语言重新打开。</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Studio Desktop</source>
        <translation>Studio Desktop</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>TemplateItemKind</name>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>TimeOffKind</name>
    <message>
        <source>Leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
</TS>
