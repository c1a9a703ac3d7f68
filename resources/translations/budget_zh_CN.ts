<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BudgetLinesModel</name>
    <message>
        <source>Role hours</source>
        <translation>角色工时</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>不可预见费</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Role or category</source>
        <translation>角色或类别</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Total (the quote)</source>
        <translation>合计（即报价）</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Time, expenses and budgets: what was planned, what was spent.</source>
        <translation>工时、费用与预算：计划了多少，花了多少。</translation>
    </message>
    <message>
        <source>Timesheet</source>
        <translation>工时表</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Budget vs actuals</source>
        <translation>预算与实际</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>工时记录</translation>
    </message>
</context>
<context>
    <name>BudgetsTab</name>
    <message>
        <source>Copy from last year</source>
        <translation>复制上一年</translation>
    </message>
    <message>
        <source>Spread an annual amount…</source>
        <translation>平摊年度金额…</translation>
    </message>
    <message>
        <source>Studio budget, fiscal year</source>
        <translation>工作室预算，财年</translation>
    </message>
    <message>
        <source>+ Role hours</source>
        <translation>+ 角色工时</translation>
    </message>
    <message>
        <source>+ Category amount</source>
        <translation>+ 类别金额</translation>
    </message>
    <message>
        <source>+ Contingency</source>
        <translation>+ 不可预见费</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Use as contingency</source>
        <translation>用作不可预见费</translation>
    </message>
    <message>
        <source>Save a new revision whose contingency line is the open risks&apos; expected cost (probability / 5 × cost impact)</source>
        <translation>另存为新版本，并将不可预见费一行设为未关闭风险的预期成本（概率 / 5 × 成本影响）</translation>
    </message>
    <message>
        <source>Save as new revision</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>Project budget</source>
        <translation>项目预算</translation>
    </message>
    <message>
        <source>Warn at</source>
        <translation>预警线</translation>
    </message>
    <message>
        <source>No budget yet: add lines and save.</source>
        <translation>尚无预算：请添加预算行后保存。</translation>
    </message>
    <message>
        <source>Revision %1 · total %2 · contract value %3</source>
        <translation>第 %1 版 · 合计 %2 · 合同金额 %3</translation>
    </message>
    <message>
        <source>Open risks&apos; expected cost: %1</source>
        <translation>未关闭风险的预期成本：%1</translation>
    </message>
    <message>
        <source>no contingency line yet</source>
        <translation>尚无不可预见费一行</translation>
    </message>
    <message>
        <source>the contingency line matches</source>
        <translation>不可预见费一行与之相符</translation>
    </message>
    <message>
        <source>contingency line %1</source>
        <translation>不可预见费一行 %1</translation>
    </message>
    <message>
        <source>Contingency set to the open risks&apos; expected cost</source>
        <translation>不可预见费已设为未关闭风险的预期成本</translation>
    </message>
    <message>
        <source>Select a category row first.</source>
        <translation>请先选中一个类别行。</translation>
    </message>
    <message>
        <source>Spread an annual amount</source>
        <translation>平摊年度金额</translation>
    </message>
    <message>
        <source>Annual amount</source>
        <translation>年度金额</translation>
    </message>
</context>
<context>
    <name>ExpenseCategory</name>
    <message>
        <source>Labour</source>
        <translation>人力成本</translation>
    </message>
    <message>
        <source>Salaries</source>
        <translation>工资</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>福利</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>社会保险</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>房租</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>水电网</translation>
    </message>
    <message>
        <source>Office supplies</source>
        <translation>办公用品</translation>
    </message>
    <message>
        <source>Equipment maintenance</source>
        <translation>设备维护</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>市场营销</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>广告投放</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>推广</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Software licences</source>
        <translation>软件许可</translation>
    </message>
    <message>
        <source>Cloud services</source>
        <translation>云服务</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>差旅</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Taxes and fees</source>
        <translation>税费</translation>
    </message>
</context>
<context>
    <name>ExpenseEditorDialog</name>
    <message>
        <source>Edit expense</source>
        <translation>编辑费用</translation>
    </message>
    <message>
        <source>New expense</source>
        <translation>新建费用</translation>
    </message>
    <message>
        <source>Studio overhead (no project)</source>
        <translation>工作室日常开支（不属于项目）</translation>
    </message>
    <message>
        <source>One unit of the expense&apos;s currency in the base currency</source>
        <translation>一单位费用币种折合多少本位币</translation>
    </message>
    <message>
        <source>Studio account</source>
        <translation>工作室账户</translation>
    </message>
    <message>
        <source>Bill to the client</source>
        <translation>向客户收取</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
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
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (incl. tax)</source>
        <translation>金额（含税）</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Rate to %1</source>
        <translation>兑 %1 汇率</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款人</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>票据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose the receipt</source>
        <translation>选择票据</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>票据 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ExpensesTab</name>
    <message>
        <source>No expenses yet.</source>
        <translation>还没有费用记录。</translation>
    </message>
    <message>
        <source>New expense…</source>
        <translation>新建费用…</translation>
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
        <source>New category…</source>
        <translation>新建类别…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Delete expense</source>
        <translation>删除费用</translation>
    </message>
    <message>
        <source>Delete this expense?</source>
        <translation>确定删除这笔费用吗？</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新建类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import time or expenses</source>
        <translation>导入工时或费用</translation>
    </message>
    <message>
        <source>Time: Toggl Track detailed report</source>
        <translation>工时：Toggl Track 详细报表</translation>
    </message>
    <message>
        <source>Time: Harvest detailed time report</source>
        <translation>工时：Harvest 详细工时报表</translation>
    </message>
    <message>
        <source>Time: Kimai timesheet export</source>
        <translation>工时：Kimai 工时导出</translation>
    </message>
    <message>
        <source>Time: generic CSV</source>
        <translation>工时：通用 CSV</translation>
    </message>
    <message>
        <source>Expenses: generic CSV</source>
        <translation>费用：通用 CSV</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>Nothing will be imported until the file is fixed.</source>
        <translation>文件修正之前不会导入任何内容。</translation>
    </message>
    <message>
        <source>%1 expenses will be imported.</source>
        <translation>将导入 %1 笔费用。</translation>
    </message>
    <message>
        <source>New categories: %1</source>
        <translation>新类别：%1</translation>
    </message>
    <message>
        <source>%1 time entries (%2 hours) will be imported.</source>
        <translation>将导入 %1 条工时记录（共 %2 小时）。</translation>
    </message>
    <message>
        <source>New people: %1</source>
        <translation>新人员：%1</translation>
    </message>
    <message>
        <source>New clients: %1</source>
        <translation>新客户：%1</translation>
    </message>
    <message>
        <source>New projects: %1</source>
        <translation>新项目：%1</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>Jan</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>12月</translation>
    </message>
</context>
<context>
    <name>ServiceMessage</name>
    <message>
        <source>Enter hours such as 1.5 or 1:30.</source>
        <translation>请输入工时，例如 1.5 或 1:30。</translation>
    </message>
    <message>
        <source>Hours cannot be negative.</source>
        <translation>工时不能为负数。</translation>
    </message>
    <message>
        <source>Enter hours to the whole minute (e.g. 1.25, not 1.001).</source>
        <translation>工时请精确到整分钟（例如 1.25，而不是 1.001）。</translation>
    </message>
    <message>
        <source>A day has at most 24 hours.</source>
        <translation>一天最多 24 小时。</translation>
    </message>
    <message>
        <source>Choose who worked.</source>
        <translation>请选择工作人员。</translation>
    </message>
    <message>
        <source>A placeholder for a hire cannot log time; choose who worked.</source>
        <translation>待招聘的占位人员不能记录工时，请选择实际工作的人。</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>请选择项目。</translation>
    </message>
    <message>
        <source>Enter between 0:01 and 24 hours.</source>
        <translation>请输入 0:01 到 24 小时之间的工时。</translation>
    </message>
    <message>
        <source>This time entry is on an invoice and is locked; issue a credit note to release it.</source>
        <translation>这条工时已开票并被锁定；需开具贷项通知单才能解除。</translation>
    </message>
    <message>
        <source>Time on this day has been invoiced and is locked.</source>
        <translation>这一天的工时已开票，已被锁定。</translation>
    </message>
    <message>
        <source>That time entry no longer exists.</source>
        <translation>这条工时记录已不存在。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The tax cannot be negative.</source>
        <translation>税额不能为负数。</translation>
    </message>
    <message>
        <source>The tax is part of the amount and cannot exceed it.</source>
        <translation>税额包含在金额中，不能超过金额。</translation>
    </message>
    <message>
        <source>Choose a project, or none for studio overhead.</source>
        <translation>请选择项目；工作室日常开支可不选。</translation>
    </message>
    <message>
        <source>Choose who paid.</source>
        <translation>请选择付款人。</translation>
    </message>
    <message>
        <source>An expense in the base currency has a rate of 1.</source>
        <translation>本位币费用的汇率应为 1。</translation>
    </message>
    <message>
        <source>The exchange rate must be more than zero.</source>
        <translation>汇率必须大于零。</translation>
    </message>
    <message>
        <source>This expense is on an invoice and is locked.</source>
        <translation>这笔费用已开票，已被锁定。</translation>
    </message>
    <message>
        <source>Enter the category&apos;s name.</source>
        <translation>请输入类别名称。</translation>
    </message>
    <message>
        <source>Categories have two levels at most.</source>
        <translation>类别最多两级。</translation>
    </message>
    <message>
        <source>There is no budget for the previous year.</source>
        <translation>上一年没有预算。</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <source>Enter the role of an hours line.</source>
        <translation>请填写工时行的角色。</translation>
    </message>
    <message>
        <source>Enter the hours and the hourly rate.</source>
        <translation>请填写工时和小时费率。</translation>
    </message>
    <message>
        <source>Choose the category of the line.</source>
        <translation>请选择该行的类别。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>A budget has one contingency line at most.</source>
        <translation>一份预算最多只有一行不可预见费。</translation>
    </message>
    <message>
        <source>Warn at a value from 1% to 200%.</source>
        <translation>预警线应在 1% 到 200% 之间。</translation>
    </message>
</context>
<context>
    <name>StudioBudgetModel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>TimeEntriesTab</name>
    <message>
        <source>No time logged yet.</source>
        <translation>还没有工时记录。</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Delete time entry</source>
        <translation>删除工时记录</translation>
    </message>
    <message>
        <source>Delete this time entry?</source>
        <translation>确定删除这条工时记录吗？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>TimesheetModel</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Invoiced: locked until a credit note releases it</source>
        <translation>已开票：锁定，需开具贷项通知单才能解除</translation>
    </message>
</context>
<context>
    <name>TimesheetTab</name>
    <message>
        <source>‹ Previous week</source>
        <translation>‹ 上一周</translation>
    </message>
    <message>
        <source>Next week ›</source>
        <translation>下一周 ›</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Add project</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Type hours as 1.5 or 1:30. Tab moves right, Enter saves and moves down.</source>
        <translation>工时可输入 1.5 或 1:30。Tab 键右移，回车保存并下移。</translation>
    </message>
</context>
<context>
    <name>VarianceModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Contingency</source>
        <translation>不可预见费</translation>
    </message>
    <message>
        <source>Labour of roles not in the budget</source>
        <translation>预算外角色的人力成本</translation>
    </message>
    <message>
        <source>Labour: %1</source>
        <translation>人力：%1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>第 %1 季度</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>预算行</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Variance %</source>
        <translation>差异率</translation>
    </message>
    <message>
        <source>Used %</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Variance = budget − actual (negative: over budget)</source>
        <translation>差异 = 预算 − 实际（负数表示超支）</translation>
    </message>
    <message>
        <source>Variance % = variance ÷ budget × 100</source>
        <translation>差异率 = 差异 ÷ 预算 × 100</translation>
    </message>
    <message>
        <source>Used % = actual ÷ budget × 100</source>
        <translation>使用率 = 实际 ÷ 预算 × 100</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>已超预算</translation>
    </message>
    <message>
        <source>%1% of the budget used (warning at %2%)</source>
        <translation>已使用预算的 %1%（预警线 %2%）</translation>
    </message>
</context>
<context>
    <name>VarianceTab</name>
    <message>
        <source>By category (year)</source>
        <translation>按类别（全年）</translation>
    </message>
    <message>
        <source>By quarter</source>
        <translation>按季度</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Warn when a studio budget line reaches this share</source>
        <translation>工作室预算行使用达到此比例时预警</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>财年</translation>
    </message>
    <message>
        <source>Warn at</source>
        <translation>预警线</translation>
    </message>
    <message>
        <source>The studio</source>
        <translation>整个工作室</translation>
    </message>
    <message>
        <source>%1 line(s) at or past the warning threshold: %2</source>
        <translation>%1 行达到或超过预警线：%2</translation>
    </message>
    <message>
        <source>not at this rate</source>
        <translation>按当前速度不会用完</translation>
    </message>
    <message>
        <source>Burn rate %1 a day (last 28 days) · budget runs out: %2 · forecast cost at completion %3 · fee needed for a %4% margin: %5</source>
        <translation>消耗速度 每天 %1（近 28 天）· 预算用完日期：%2 · 预计完工成本 %3 · 保持 %4% 毛利所需费用：%5</translation>
    </message>
    <message>
        <source>Cost at completion = actual %1 + burn rate × %2 days left %3 + open risks&apos; expected cost %4 = %5</source>
        <translation>完工成本 = 实际成本 %1 + 消耗速度 × 剩余 %2 天 %3 + 未关闭风险的预期成本 %4 = %5</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Budget vs actual by line</source>
        <translation>各预算行的预算与实际</translation>
    </message>
    <message>
        <source>Budget vs actual by period</source>
        <translation>各期间的预算与实际</translation>
    </message>
    <message>
        <source>Budget vs actual by category</source>
        <translation>各类别的预算与实际</translation>
    </message>
    <message>
        <source>Budget vs actual by month</source>
        <translation>各月的预算与实际</translation>
    </message>
    <message>
        <source>Burn-up</source>
        <translation>燃起图</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Revenue vs cost, last 12 months</source>
        <translation>近 12 个月收入与成本</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
</TS>
