<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>A link (https://…) or a file&apos;s full path</source>
        <translation>链接（https://…）或文件的完整路径</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>名称（可选）</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Remove “%1” from this project? The file itself is not touched.</source>
        <translation>从此项目移除“%1”？文件本身不会被改动。</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>MilestoneEditorDialog</name>
    <message>
        <source>Edit milestone</source>
        <translation>编辑里程碑</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>新建里程碑</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>截止于</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成于</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Add milestone…</source>
        <translation>添加里程碑…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the milestone “%1”? Its tasks stay in the plan.</source>
        <translation>删除里程碑“%1”？其下的任务仍保留在计划中。</translation>
    </message>
    <message>
        <source>Delete milestone</source>
        <translation>删除里程碑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ProjectColumn</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Done</source>
        <translation>完成度</translation>
    </message>
</context>
<context>
    <name>ProjectDetailView</name>
    <message>
        <source>Gantt</source>
        <translation>甘特图</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>变更请求</translation>
    </message>
    <message>
        <source>Reviews and acceptance</source>
        <translation>审阅与验收</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段记录</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Drag a bar to move a task; drag its right end to change the end.</source>
        <translation>拖动任务条可移动任务；拖动其右端可修改结束日期。</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Extra fee</source>
        <translation>追加费用</translation>
    </message>
    <message>
        <source>Extra days</source>
        <translation>追加天数</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Value before</source>
        <translation>变更前金额</translation>
    </message>
    <message>
        <source>Due before</source>
        <translation>变更前截止</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Billable change</source>
        <translation>需另行计费</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record a review round</source>
        <translation>记录一轮审阅</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>(no score)</source>
        <translation>（未评分）</translation>
    </message>
    <message>
        <source>Save acceptance</source>
        <translation>保存验收</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>验收人</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>越过的提醒</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>deposit paid</source>
        <translation>定金已付</translation>
    </message>
    <message>
        <source>deposit not paid</source>
        <translation>定金未付</translation>
    </message>
    <message>
        <source>final payment outstanding</source>
        <translation>尾款未结</translation>
    </message>
    <message>
        <source>final payment received</source>
        <translation>尾款已收</translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>暂无成员</translation>
    </message>
    <message>
        <source>Manager: %1 · Team: %2</source>
        <translation>负责人：%1 · 团队：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 of %2 review rounds used</source>
        <translation>已用审阅轮次 %1 / %2</translation>
    </message>
    <message>
        <source>The task was not moved</source>
        <translation>任务未移动</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Gantt chart</source>
        <translation>导出甘特图</translation>
    </message>
</context>
<context>
    <name>ProjectEditorDialog</name>
    <message>
        <source>Edit project</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Numbered automatically</source>
        <translation>自动编号</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(empty project)</source>
        <translation>（空白项目）</translation>
    </message>
    <message>
        <source>Only for time and materials</source>
        <translation>仅用于按工时计费</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>e.g. 30% on signing, 70% on delivery</source>
        <translation>例如：签约付 30%，交付付 70%</translation>
    </message>
    <message>
        <source>Work out from task progress</source>
        <translation>按任务进度计算</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation>使用模板</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>计价方式</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>封顶金额</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation>定金已付</translation>
    </message>
    <message>
        <source>Final payment</source>
        <translation>尾款</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>付款条款</translation>
    </message>
    <message>
        <source>Review rounds allowed</source>
        <translation>合同审阅轮次</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ProjectErrors</name>
    <message>
        <source>The project ends on %1; pick an earlier date.</source>
        <translation>项目于 %1 结束，请选择更早的日期。</translation>
    </message>
    <message>
        <source>That would make a loop: %1.</source>
        <translation>这样会形成循环依赖：%1。</translation>
    </message>
</context>
<context>
    <name>ProjectGate</name>
    <message>
        <source>Deposit not paid</source>
        <translation>定金未付</translation>
    </message>
    <message>
        <source>Milestones still open</source>
        <translation>里程碑未完成</translation>
    </message>
    <message>
        <source>Final payment outstanding</source>
        <translation>尾款未结</translation>
    </message>
    <message>
        <source>Stages skipped</source>
        <translation>跳过了阶段</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>From first contact to final payment: where every project stands.</source>
        <translation>从初步接洽到收齐尾款：每个项目进展到了哪一步。</translation>
    </message>
    <message>
        <source>Search code, name or client…</source>
        <translation>搜索编号、名称或客户…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部服务</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>存为模板…</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation>1 个项目</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1 个项目</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>存为模板</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
</context>
<context>
    <name>ServiceMessage</name>
    <message>
        <source>Enter the project&apos;s name.</source>
        <translation>请输入项目名称。</translation>
    </message>
    <message>
        <source>Choose the client this project is for.</source>
        <translation>请选择该项目的客户。</translation>
    </message>
    <message>
        <source>The code is longer than 40 characters.</source>
        <translation>编号超过 40 个字符。</translation>
    </message>
    <message>
        <source>Another project already uses this code.</source>
        <translation>该编号已被其他项目使用。</translation>
    </message>
    <message>
        <source>Choose a service type from the list.</source>
        <translation>请从列表中选择服务类型。</translation>
    </message>
    <message>
        <source>Choose a manager from the list.</source>
        <translation>请从列表中选择负责人。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Enter an amount of zero or more.</source>
        <translation>请输入不小于零的金额。</translation>
    </message>
    <message>
        <source>The deposit is more than the contract value.</source>
        <translation>定金超过了合同金额。</translation>
    </message>
    <message>
        <source>Allow 0 to 99 review rounds.</source>
        <translation>审阅轮次应为 0 到 99。</translation>
    </message>
    <message>
        <source>Enter a percentage from 0 to 100.</source>
        <translation>请输入 0 到 100 的百分比。</translation>
    </message>
    <message>
        <source>Tasks are due after this end date; move them first.</source>
        <translation>有任务的截止日期晚于该结束日期，请先调整这些任务。</translation>
    </message>
    <message>
        <source>Choose team members from the list.</source>
        <translation>请从列表中选择团队成员。</translation>
    </message>
    <message>
        <source>That project no longer exists.</source>
        <translation>该项目已不存在。</translation>
    </message>
    <message>
        <source>Enter a code for the project.</source>
        <translation>请输入项目编号。</translation>
    </message>
    <message>
        <source>The project is already at that stage.</source>
        <translation>项目已处于该阶段。</translation>
    </message>
    <message>
        <source>Give a reason for overriding the warning.</source>
        <translation>请填写越过提醒的原因。</translation>
    </message>
    <message>
        <source>The deposit has not been paid yet.</source>
        <translation>定金尚未支付。</translation>
    </message>
    <message>
        <source>The final payment is still outstanding.</source>
        <translation>尾款尚未结清。</translation>
    </message>
    <message>
        <source>This move skips stages of the lifecycle.</source>
        <translation>此操作跳过了生命周期中的阶段。</translation>
    </message>
    <message>
        <source>Enter who accepted the work.</source>
        <translation>请输入验收人。</translation>
    </message>
    <message>
        <source>Choose a satisfaction score from 1 to 5.</source>
        <translation>请选择 1 到 5 的满意度评分。</translation>
    </message>
    <message>
        <source>Enter what the change is.</source>
        <translation>请输入变更内容。</translation>
    </message>
    <message>
        <source>The title is longer than 200 characters.</source>
        <translation>标题超过 200 个字符。</translation>
    </message>
    <message>
        <source>Enter zero or more extra days.</source>
        <translation>追加天数不能为负数。</translation>
    </message>
    <message>
        <source>That change request no longer exists.</source>
        <translation>该变更请求已不存在。</translation>
    </message>
    <message>
        <source>This change request has already been decided.</source>
        <translation>该变更请求已有决定。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Enter the estimate in hours, e.g. 7.5.</source>
        <translation>请以小时为单位输入预估，例如 7.5。</translation>
    </message>
    <message>
        <source>Enter an estimate of zero hours or more.</source>
        <translation>预估工时不能为负数。</translation>
    </message>
    <message>
        <source>Give the task a start or an end date.</source>
        <translation>请为任务设置开始或结束日期。</translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>任务不能依赖自身。</translation>
    </message>
    <message>
        <source>Both tasks must belong to the same project.</source>
        <translation>两个任务必须属于同一项目。</translation>
    </message>
    <message>
        <source>Choose a template from the list.</source>
        <translation>请从列表中选择模板。</translation>
    </message>
    <message>
        <source>A template with this name already exists.</source>
        <translation>已有同名模板。</translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>That milestone no longer exists.</source>
        <translation>该里程碑已不存在。</translation>
    </message>
    <message>
        <source>The phase is longer than 100 characters.</source>
        <translation>阶段名称超过 100 个字符。</translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation>请从列表中选择人员。</translation>
    </message>
    <message>
        <source>Choose a milestone of this project.</source>
        <translation>请选择本项目的里程碑。</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>请从列表中选择状态。</translation>
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
        <source>That attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
</context>
<context>
    <name>ServiceType</name>
    <message>
        <source>Brand &amp; visual design</source>
        <translation>品牌视觉设计</translation>
    </message>
    <message>
        <source>Digital marketing</source>
        <translation>数字营销</translation>
    </message>
    <message>
        <source>Web &amp; app development</source>
        <translation>网站与应用开发</translation>
    </message>
    <message>
        <source>Content creation</source>
        <translation>内容创作</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>咨询服务</translation>
    </message>
</context>
<context>
    <name>StageGateDialog</name>
    <message>
        <source>Check before moving</source>
        <translation>移动前请确认</translation>
    </message>
    <message>
        <source>Moving from “%1” to “%2” needs attention:</source>
        <translation>从“%1”移到“%2”需要注意：</translation>
    </message>
    <message>
        <source>Why move anyway? (kept in the stage history)</source>
        <translation>为什么仍要移动？（将记入阶段记录）</translation>
    </message>
    <message>
        <source>Override and move</source>
        <translation>越过提醒并移动</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 still open: %2</source>
        <translation>%1 个未完成：%2</translation>
    </message>
</context>
<context>
    <name>TaskEditorDialog</name>
    <message>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>（暂未指派）</translation>
    </message>
    <message>
        <source>hours, e.g. 7.5</source>
        <translation>小时，例如 7.5</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>截止于</translation>
    </message>
    <message>
        <source>Ticked tasks must finish before this one starts.</source>
        <translation>勾选的任务须在本任务开始前完成。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Estimate (h)</source>
        <translation>预估（小时）</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>After</source>
        <translation>前置任务</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Estimate (h)</source>
        <translation>预估（小时）</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>添加任务…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the task “%1” and its dependencies?</source>
        <translation>删除任务“%1”及其依赖关系？</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>Brand identity (standard)</source>
        <translation>品牌识别（标准）</translation>
    </message>
    <message>
        <source>Digital campaign (standard)</source>
        <translation>数字营销活动（标准）</translation>
    </message>
    <message>
        <source>Website or app (standard)</source>
        <translation>网站或应用（标准）</translation>
    </message>
    <message>
        <source>Content production (standard)</source>
        <translation>内容制作（标准）</translation>
    </message>
    <message>
        <source>Consulting engagement (standard)</source>
        <translation>咨询项目（标准）</translation>
    </message>
    <message>
        <source>Discovery call</source>
        <translation>初次沟通</translation>
    </message>
    <message>
        <source>Feasibility check</source>
        <translation>可行性评估</translation>
    </message>
    <message>
        <source>Feasibility confirmed</source>
        <translation>确认可行</translation>
    </message>
    <message>
        <source>Prepare proposal and quote</source>
        <translation>准备方案与报价</translation>
    </message>
    <message>
        <source>Present proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Quote accepted</source>
        <translation>报价确认</translation>
    </message>
    <message>
        <source>Contract signing</source>
        <translation>签订合同</translation>
    </message>
    <message>
        <source>Deposit invoice</source>
        <translation>开具定金发票</translation>
    </message>
    <message>
        <source>Contract signed and deposit received</source>
        <translation>合同签订，定金到账</translation>
    </message>
    <message>
        <source>Brief approved</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <source>Production complete</source>
        <translation>制作完成</translation>
    </message>
    <message>
        <source>Final version approved</source>
        <translation>终稿确认</translation>
    </message>
    <message>
        <source>Final files and handover</source>
        <translation>最终文件交接</translation>
    </message>
    <message>
        <source>Acceptance sign-off</source>
        <translation>验收签字</translation>
    </message>
    <message>
        <source>Delivered and accepted</source>
        <translation>交付并验收</translation>
    </message>
    <message>
        <source>Post-delivery support</source>
        <translation>交付后支持</translation>
    </message>
    <message>
        <source>Support period ends</source>
        <translation>维护期结束</translation>
    </message>
    <message>
        <source>Brand workshop</source>
        <translation>品牌工作坊</translation>
    </message>
    <message>
        <source>Creative brief and moodboard</source>
        <translation>创意简报与情绪板</translation>
    </message>
    <message>
        <source>Logo concepts</source>
        <translation>标志方案</translation>
    </message>
    <message>
        <source>Visual identity system</source>
        <translation>视觉识别系统</translation>
    </message>
    <message>
        <source>Brand guidelines</source>
        <translation>品牌手册</translation>
    </message>
    <message>
        <source>Review round 1</source>
        <translation>第一轮审阅</translation>
    </message>
    <message>
        <source>Review round 2</source>
        <translation>第二轮审阅</translation>
    </message>
    <message>
        <source>Audience and channel research</source>
        <translation>受众与渠道调研</translation>
    </message>
    <message>
        <source>Campaign brief</source>
        <translation>活动简报</translation>
    </message>
    <message>
        <source>Creative assets</source>
        <translation>创意素材</translation>
    </message>
    <message>
        <source>Media plan and set-up</source>
        <translation>媒介计划与投放设置</translation>
    </message>
    <message>
        <source>Campaign launch</source>
        <translation>活动上线</translation>
    </message>
    <message>
        <source>Performance review</source>
        <translation>效果复盘</translation>
    </message>
    <message>
        <source>Optimisation round</source>
        <translation>优化调整</translation>
    </message>
    <message>
        <source>Requirements workshop</source>
        <translation>需求研讨会</translation>
    </message>
    <message>
        <source>Specification and sitemap</source>
        <translation>需求规格与站点地图</translation>
    </message>
    <message>
        <source>UX wireframes</source>
        <translation>交互线框图</translation>
    </message>
    <message>
        <source>UI design</source>
        <translation>界面设计</translation>
    </message>
    <message>
        <source>Front-end build</source>
        <translation>前端开发</translation>
    </message>
    <message>
        <source>Back-end and integrations</source>
        <translation>后端与系统集成</translation>
    </message>
    <message>
        <source>Testing and QA</source>
        <translation>测试与质量保证</translation>
    </message>
    <message>
        <source>Client testing round</source>
        <translation>客户测试</translation>
    </message>
    <message>
        <source>Fixes and polish</source>
        <translation>修复与打磨</translation>
    </message>
    <message>
        <source>Content brief</source>
        <translation>内容简报</translation>
    </message>
    <message>
        <source>Script and storyboard</source>
        <translation>脚本与分镜</translation>
    </message>
    <message>
        <source>Shoot preparation</source>
        <translation>拍摄筹备</translation>
    </message>
    <message>
        <source>Photo or video shoot</source>
        <translation>拍摄</translation>
    </message>
    <message>
        <source>Editing and post-production</source>
        <translation>剪辑与后期</translation>
    </message>
    <message>
        <source>Stakeholder interviews</source>
        <translation>相关方访谈</translation>
    </message>
    <message>
        <source>Current-state assessment</source>
        <translation>现状评估</translation>
    </message>
    <message>
        <source>Analysis and recommendations</source>
        <translation>分析与建议</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>实施路线图</translation>
    </message>
    <message>
        <source>Findings presentation</source>
        <translation>成果汇报</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>修改</translation>
    </message>
</context>
</TS>
