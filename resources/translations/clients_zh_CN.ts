<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClientColumns</name>
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
        <source>Main contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>首选渠道</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>成交概率</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收款</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>File or link</source>
        <translation>文件或链接</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Client will be</source>
        <translation>客户将被</translation>
    </message>
    <message>
        <source>Contact will be</source>
        <translation>联系人将被</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
</context>
<context>
    <name>ClientEditorDialog</name>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>e.g. Lumen Tea House</source>
        <translation>例如：流明茶馆</translation>
    </message>
    <message>
        <source>e.g. 流明茶馆</source>
        <translation>例如：Lumen Tea House</translation>
    </message>
    <message>
        <source>e.g. 10–50 staff</source>
        <translation>例如：10–50 人</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>暂未指定</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
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
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The other name is handy for a Chinese or English name the client also uses.</source>
        <translation>“其他名称”可填写客户同时使用的中文名或英文名。</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>A similar client exists</source>
        <translation>已有相似客户</translation>
    </message>
    <message>
        <source>“%1” looks like “%2”, which already exists. Create another client anyway?</source>
        <translation>“%1”与已有客户“%2”相似。仍要新建客户吗？</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>仍然新建</translation>
    </message>
</context>
<context>
    <name>ClientListPanel</name>
    <message>
        <source>Search names, contacts, phones, e-mails…</source>
        <translation>搜索名称、联系人、电话、邮箱…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Any industry</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>Any account manager</source>
        <translation>全部客户经理</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>No client matches. Clear the search or the filters to see all.</source>
        <translation>没有匹配的客户。清除搜索或筛选条件即可查看全部。</translation>
    </message>
    <message>
        <source>No clients yet. Add your first one with “New client”.</source>
        <translation>还没有客户。点击“新建客户”添加第一个。</translation>
    </message>
</context>
<context>
    <name>ClientRecordDialog</name>
    <message>
        <source>Edit profile…</source>
        <translation>编辑资料…</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>记录沟通…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
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
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. Founding day</source>
        <translation>例如：成立纪念日</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Key dates (greetings appear in Today a week ahead)</source>
        <translation>重要日期（提前一周出现在“今日”中提醒问候）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>新建商机…</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>标记为赢单</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Invoices &amp;&amp; balance</source>
        <translation>发票与余额</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>添加链接…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Invoiced %1 · paid %2 · outstanding %3</source>
        <translation>已开票 %1 · 已收款 %2 · 未收款 %3</translation>
    </message>
    <message>
        <source>No invoices sent to this client yet.</source>
        <translation>尚未向该客户开具发票。</translation>
    </message>
    <message>
        <source>No accepted project has a score yet.</source>
        <translation>尚无已验收项目的评分。</translation>
    </message>
    <message numerus="yes">
        <source>Average satisfaction: %1 of 5 (%n project(s))</source>
        <translation>
            <numerusform>平均满意度：%1 / 5（%n 个项目）</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Delete %1? Interactions with them stay in the history.</source>
        <translation>删除 %1？与其相关的沟通记录会保留。</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件文件</translation>
    </message>
    <message>
        <source>Attach a link</source>
        <translation>添加链接</translation>
    </message>
    <message>
        <source>Link (https://…)</source>
        <translation>链接（https://…）</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>Archive this client? It leaves the list but keeps its history.</source>
        <translation>归档该客户？它将从列表中隐藏，但历史记录会保留。</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>导入联系人…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Clients as CSV…</source>
        <translation>客户列表（CSV）…</translation>
    </message>
    <message>
        <source>Clients as Excel (XLSX)…</source>
        <translation>客户列表（Excel XLSX）…</translation>
    </message>
    <message>
        <source>Contacts as CSV…</source>
        <translation>联系人列表（CSV）…</translation>
    </message>
    <message>
        <source>Contacts as Excel (XLSX)…</source>
        <translation>联系人列表（Excel XLSX）…</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2</source>
        <translation>已将 %1 行写入 %2</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今日（%1）</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>无偏好</translation>
    </message>
    <message>
        <source>Main contact for this client</source>
        <translation>设为该客户的主要联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>首选渠道</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>导入联系人</translation>
    </message>
    <message>
        <source>Google Contacts CSV, Outlook CSV, vCard (.vcf) or a CSV with columns such as client, name, role, phone, email, wechat. Organisations become clients, people become contacts. Nothing is written until you press Import.</source>
        <translation>支持 Google 通讯录 CSV、Outlook CSV、vCard（.vcf），或包含“客户、姓名、职位、电话、邮箱、微信”等列的 CSV。单位会成为客户，个人会成为联系人。点击“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>%1 (%2): %3 new clients, %4 matched; %5 new contacts, %6 matched.</source>
        <translation>%1（%2）：新建 %3 个客户，匹配 %4 个；新建 %5 个联系人，匹配 %6 个。</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>联系人文件 (*.csv *.vcf *.vcard *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>编辑商机</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>成交概率</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>丢单原因</translation>
    </message>
</context>
<context>
    <name>ImportAction</name>
    <message>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>记录沟通</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>不指定</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>With</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate client</source>
        <translation>合并重复客户</translation>
    </message>
    <message>
        <source>Choose the client to keep. Contacts, history, deals, projects, invoices, files, dates and tags of “%1” move there, and “%1” is archived.</source>
        <translation>请选择要保留的客户。“%1”的联系人、沟通记录、商机、项目、发票、附件、重要日期和标签都会移到该客户，“%1”将被归档。</translation>
    </message>
    <message>
        <source>Search clients…</source>
        <translation>搜索客户…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Moves %1 contacts, %2 interactions, %3 deals, %4 projects, %5 invoices, %6 attachments, %7 key dates and %8 tags.</source>
        <translation>将移动 %1 个联系人、%2 条沟通记录、%3 个商机、%4 个项目、%5 张发票、%6 个附件、%7 个重要日期和 %8 个标签。</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>Move to stage</source>
        <translation>移到阶段</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Open pipeline: %1 · weighted by probability: %2</source>
        <translation>进行中商机：%1 · 按概率加权：%2</translation>
    </message>
    <message>
        <source>No open deals. Add one from a client&apos;s Deals tab.</source>
        <translation>暂无进行中的商机。可在客户的“商机”页添加。</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>丢单的原因是什么？</translation>
    </message>
</context>
<context>
    <name>ServiceMessage</name>
    <message>
        <source>A client cannot refer itself.</source>
        <translation>客户不能推荐自己。</translation>
    </message>
    <message>
        <source>A merged client cannot be restored.</source>
        <translation>已合并的客户无法恢复。</translation>
    </message>
    <message>
        <source>A tag is longer than 60 characters.</source>
        <translation>标签超过 60 个字符。</translation>
    </message>
    <message>
        <source>Choose a channel from the list.</source>
        <translation>请从列表中选择渠道。</translation>
    </message>
    <message>
        <source>Choose a different client to merge with.</source>
        <translation>请选择另一个客户进行合并。</translation>
    </message>
    <message>
        <source>Choose a file or enter a link.</source>
        <translation>请选择文件或输入链接。</translation>
    </message>
    <message>
        <source>Choose a file or enter a link starting with https://.</source>
        <translation>请选择文件，或输入以 https:// 开头的链接。</translation>
    </message>
    <message>
        <source>Choose a source from the list.</source>
        <translation>请从列表中选择来源。</translation>
    </message>
    <message>
        <source>Choose a stage from the list.</source>
        <translation>请从列表中选择阶段。</translation>
    </message>
    <message>
        <source>Choose one of this client&apos;s contacts.</source>
        <translation>请选择该客户的一位联系人。</translation>
    </message>
    <message>
        <source>Choose what kind of contact it was.</source>
        <translation>请选择沟通方式。</translation>
    </message>
    <message>
        <source>Enter a date such as 2026-03-01.</source>
        <translation>请输入日期，例如 2026-03-01。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Enter a phone number using digits, spaces, + and -.</source>
        <translation>请输入电话号码，只能包含数字、空格、+ 和 -。</translation>
    </message>
    <message>
        <source>Enter a probability from 0 to 100.</source>
        <translation>请输入 0 到 100 之间的概率。</translation>
    </message>
    <message>
        <source>Enter an e-mail address such as name@example.com.</source>
        <translation>请输入邮箱地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>请输入联系人姓名。</translation>
    </message>
    <message>
        <source>Enter the deal&apos;s title.</source>
        <translation>请输入商机标题。</translation>
    </message>
    <message>
        <source>Say what the date is, e.g. founding day.</source>
        <translation>请说明这是什么日子，例如成立纪念日。</translation>
    </message>
    <message>
        <source>Say why the deal was lost.</source>
        <translation>请填写丢单原因。</translation>
    </message>
    <message>
        <source>That attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>That client was already merged.</source>
        <translation>该客户已经被合并。</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>该联系人已不存在。</translation>
    </message>
    <message>
        <source>That date does not exist.</source>
        <translation>该日期不存在。</translation>
    </message>
    <message>
        <source>That date no longer exists.</source>
        <translation>该重要日期已不存在。</translation>
    </message>
    <message>
        <source>That deal no longer exists.</source>
        <translation>该商机已不存在。</translation>
    </message>
    <message>
        <source>That interaction no longer exists.</source>
        <translation>该沟通记录已不存在。</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>该人员已不存在。</translation>
    </message>
    <message>
        <source>The client to keep is archived; restore it first.</source>
        <translation>要保留的客户已归档，请先恢复。</translation>
    </message>
    <message>
        <source>The follow-up date is before the interaction.</source>
        <translation>跟进日期早于沟通时间。</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>This client is archived; restore it first.</source>
        <translation>该客户已归档，请先恢复。</translation>
    </message>
    <message>
        <source>This deal is won and has a project; it cannot be reopened.</source>
        <translation>该商机已赢单并已建立项目，不能重新打开。</translation>
    </message>
    <message>
        <source>This deal is won; change the value on its project instead.</source>
        <translation>该商机已赢单，请在对应项目中修改金额。</translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation>该跟进已完成。</translation>
    </message>
    <message>
        <source>This is longer than 40 characters.</source>
        <translation>超过 40 个字符。</translation>
    </message>
    <message>
        <source>This is longer than 100 characters.</source>
        <translation>超过 100 个字符。</translation>
    </message>
    <message>
        <source>This is longer than 200 characters.</source>
        <translation>超过 200 个字符。</translation>
    </message>
    <message>
        <source>Use Archive to archive a client.</source>
        <translation>请使用“归档”来归档客户。</translation>
    </message>
    <message>
        <source>Write a short summary of what was said.</source>
        <translation>请简要记录沟通内容。</translation>
    </message>
    <message>
        <source>A new card begins before the previous one ended.</source>
        <translation>上一张名片尚未结束，新的名片就开始了。</translation>
    </message>
    <message>
        <source>A quoted-printable value cannot be decoded.</source>
        <translation>无法解码 quoted-printable 编码的内容。</translation>
    </message>
    <message>
        <source>No column is called name or client (see the generic CSV format).</source>
        <translation>没有名为“姓名”或“客户”的列（请参阅通用 CSV 格式）。</translation>
    </message>
    <message>
        <source>The file holds no contacts.</source>
        <translation>文件中没有联系人。</translation>
    </message>
    <message>
        <source>The file holds no vCard.</source>
        <translation>文件中没有 vCard 名片。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK text.</source>
        <translation>文件既不是 UTF-8 也不是 GBK 编码的文本。</translation>
    </message>
    <message>
        <source>The first row must name the columns.</source>
        <translation>第一行必须是列名。</translation>
    </message>
    <message>
        <source>The organisation name is longer than 200 characters.</source>
        <translation>单位名称超过 200 个字符。</translation>
    </message>
    <message>
        <source>This card has no END:VCARD.</source>
        <translation>这张名片缺少 END:VCARD。</translation>
    </message>
    <message>
        <source>This line is not a vCard property (NAME:value).</source>
        <translation>这一行不是 vCard 属性（名称:值）。</translation>
    </message>
    <message>
        <source>This line is outside a BEGIN:VCARD ... END:VCARD card.</source>
        <translation>这一行不在 BEGIN:VCARD … END:VCARD 名片之内。</translation>
    </message>
    <message>
        <source>This row has neither a name nor an organisation.</source>
        <translation>这一行既没有姓名也没有单位。</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>重要日期</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>%1 follow-ups (%2 overdue) · %3 key dates and holidays this week</source>
        <translation>%1 项跟进（%2 项逾期）· 本周 %3 个重要日期和节假日</translation>
    </message>
</context>
</TS>
