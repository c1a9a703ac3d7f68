<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Revenue (blue) vs direct cost (orange) by month</source>
        <translation>每月收入（蓝）与直接成本（橙）</translation>
    </message>
    <message>
        <source>%1: revenue %2, cost %3</source>
        <translation>%1：收入 %2，成本 %3</translation>
    </message>
    <message>
        <source>Utilisation % by month (dashed: target)</source>
        <translation>每月利用率 %（虚线：目标）</translation>
    </message>
    <message>
        <source>%1: utilisation %2</source>
        <translation>%1：利用率 %2</translation>
    </message>
    <message>
        <source>Pipeline by stage (light: value, dark: weighted)</source>
        <translation>各阶段商机（浅色：金额，深色：加权）</translation>
    </message>
    <message>
        <source>%1: value %2, weighted %3</source>
        <translation>%1：金额 %2，加权 %3</translation>
    </message>
    <message>
        <source>Open risks: probability × impact</source>
        <translation>未关闭风险：概率 × 影响</translation>
    </message>
    <message>
        <source>Probability %1 × impact %2: %3 risk(s)</source>
        <translation>概率 %1 × 影响 %2：%3 个风险</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Compare with the same period last year</source>
        <translation>与去年同期比较</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Charts are being prepared…</source>
        <translation>正在准备图表…</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Calculating the indicators for %1…</source>
        <translation>正在计算 %1 的指标…</translation>
    </message>
    <message>
        <source>%1: %2 to %3 · previous %4 · last year %5</source>
        <translation>%1：%2 至 %3 · 上期 %4 · 去年同期 %5</translation>
    </message>
    <message>
        <source>The indicators could not be computed: %1</source>
        <translation>无法计算指标：%1</translation>
    </message>
    <message>
        <source>The charts could not be computed.</source>
        <translation>无法计算图表。</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Invoiced amounts excluding tax of the invoices sent (not draft, not void) and issued in the period, less the credit notes issued in the period; base currency only.</source>
        <translation>期间内开出（非草稿、非作废）的发票不含税金额，减去期间内开出的红字发票；仅计本位币。</translation>
    </message>
    <message>
        <source>Revenue = Σ invoice subtotal (issued in period) − Σ credit notes (issued in period)</source>
        <translation>收入 = Σ 发票不含税金额（期间内开出）− Σ 红字发票（期间内开出）</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>收入增长</translation>
    </message>
    <message>
        <source>How much revenue grew compared with the previous period.</source>
        <translation>收入相对上一期间的增长。</translation>
    </message>
    <message>
        <source>Growth % = (Revenue − Revenue of previous period) ÷ Revenue of previous period × 100</source>
        <translation>增长 % = (收入 − 上期收入) ÷ 上期收入 × 100</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Revenue less the direct cost of the work (labour at each person&apos;s cost rate valid on the day, plus project expenses), as a share of revenue.</source>
        <translation>收入减去工作的直接成本（按当日有效成本费率计算的人工，加上项目费用），占收入的比例。</translation>
    </message>
    <message>
        <source>Gross margin % = (Revenue − Labour cost − Project expenses) ÷ Revenue × 100; Labour cost = Σ minutes ÷ 60 × cost rate on the work date</source>
        <translation>毛利率 % = (收入 − 人工成本 − 项目费用) ÷ 收入 × 100；人工成本 = Σ 分钟 ÷ 60 × 工作日的成本费率</translation>
    </message>
    <message>
        <source>Net cash</source>
        <translation>净现金</translation>
    </message>
    <message>
        <source>Money received from clients in the period less every expense paid in the period.</source>
        <translation>期间内从客户收到的款项减去期间内支付的全部费用。</translation>
    </message>
    <message>
        <source>Net cash = Σ payments received − Σ expenses (base amount)</source>
        <translation>净现金 = Σ 收款 − Σ 费用（本位币金额）</translation>
    </message>
    <message>
        <source>Receivables outstanding</source>
        <translation>应收账款余额</translation>
    </message>
    <message>
        <source>What sent invoices still ask for at the end of the period: total less payments and credit notes up to that day.</source>
        <translation>期末已发送发票仍未收回的金额：总额减去截至当日的收款和红字发票。</translation>
    </message>
    <message>
        <source>Receivables = Σ (invoice total − paid − credited) over sent invoices issued by the end</source>
        <translation>应收账款 = Σ（发票总额 − 已收 − 已冲红），范围为期末前开出的已发送发票</translation>
    </message>
    <message>
        <source>Days sales outstanding</source>
        <translation>应收账款周转天数</translation>
    </message>
    <message>
        <source>How many days of revenue the receivables represent.</source>
        <translation>应收账款相当于多少天的收入。</translation>
    </message>
    <message>
        <source>DSO = Receivables at period end ÷ Revenue of the period × days in the period</source>
        <translation>DSO = 期末应收账款 ÷ 期间收入 × 期间天数</translation>
    </message>
    <message>
        <source>On-time delivery</source>
        <translation>按时交付率</translation>
    </message>
    <message>
        <source>Projects delivered and milestones done in the period (with a due date) that were on or before their due date.</source>
        <translation>期间内交付的项目和完成的里程碑（有截止日期）中，在截止日期当天或之前完成的比例。</translation>
    </message>
    <message>
        <source>On-time % = (projects with delivered ≤ due + milestones with done ≤ due) ÷ (projects delivered + milestones done) × 100</source>
        <translation>按时率 % = (交付日 ≤ 截止日的项目 + 完成日 ≤ 截止日的里程碑) ÷ (交付的项目 + 完成的里程碑) × 100</translation>
    </message>
    <message>
        <source>Budget control</source>
        <translation>预算控制率</translation>
    </message>
    <message>
        <source>Projects with a current budget and work in the period whose actual cost to the period end is within that budget.</source>
        <translation>有当前预算且期间内有工作的项目中，截至期末实际成本未超预算的比例。</translation>
    </message>
    <message>
        <source>Budget control % = projects with actual cost ≤ budget total ÷ projects with a budget × 100; actual cost = labour cost + project expenses</source>
        <translation>预算控制率 % = 实际成本 ≤ 预算总额的项目数 ÷ 有预算的项目数 × 100；实际成本 = 人工成本 + 项目费用</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Logged time as a share of capacity: each person&apos;s working days (minus public holidays and time off) × their daily minutes.</source>
        <translation>登记工时占可用产能的比例：每人的工作日（扣除公共假日和休假）× 每日分钟数。</translation>
    </message>
    <message>
        <source>Utilisation % = Σ logged minutes ÷ Σ capacity minutes × 100; daily minutes = weekly minutes ÷ working days a week</source>
        <translation>利用率 % = Σ 登记分钟 ÷ Σ 产能分钟 × 100；每日分钟 = 每周分钟 ÷ 每周工作天数</translation>
    </message>
    <message>
        <source>Billable time</source>
        <translation>可计费工时率</translation>
    </message>
    <message>
        <source>Billable logged time as a share of capacity.</source>
        <translation>可计费工时占可用产能的比例。</translation>
    </message>
    <message>
        <source>Billable % = Σ billable minutes ÷ Σ capacity minutes × 100</source>
        <translation>可计费率 % = Σ 可计费分钟 ÷ Σ 产能分钟 × 100</translation>
    </message>
    <message>
        <source>New clients</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Clients added in the period (merged duplicates not counted).</source>
        <translation>期间内新增的客户（不含已合并的重复客户）。</translation>
    </message>
    <message>
        <source>New clients = count(clients created in the period)</source>
        <translation>新客户 = count(期间内创建的客户)</translation>
    </message>
    <message>
        <source>Client retention</source>
        <translation>客户留存率</translation>
    </message>
    <message>
        <source>Of the clients with work in the same period last year, the share that also had work in this period. Work = time logged on their projects or an invoice sent.</source>
        <translation>去年同期有业务往来的客户中，本期仍有业务往来的比例。业务往来 = 在其项目上登记了工时或开出了发票。</translation>
    </message>
    <message>
        <source>Retention % = |clients with work now ∩ last year| ÷ |clients with work last year| × 100</source>
        <translation>留存率 % = |本期与去年同期均有业务的客户| ÷ |去年同期有业务的客户| × 100</translation>
    </message>
    <message>
        <source>Client satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Average satisfaction (1 to 5) of the projects delivered in the period that were rated.</source>
        <translation>期间内交付并已评分项目的平均满意度（1 至 5）。</translation>
    </message>
    <message>
        <source>Satisfaction = Σ rating ÷ number of rated projects delivered in the period</source>
        <translation>满意度 = Σ 评分 ÷ 期间内交付且已评分的项目数</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权商机金额</translation>
    </message>
    <message>
        <source>Open deals at the period end, each counted at its value times its probability.</source>
        <translation>期末未结商机，按金额乘以成交概率计算。</translation>
    </message>
    <message>
        <source>Weighted pipeline = Σ deal value × probability % (open deals)</source>
        <translation>加权商机 = Σ 商机金额 × 概率 %（未结商机）</translation>
    </message>
    <message>
        <source>Open high risks</source>
        <translation>未关闭高风险</translation>
    </message>
    <message>
        <source>Risks not closed at the period end whose score (probability × impact) is 15 or more.</source>
        <translation>期末未关闭且分值（概率 × 影响）不低于 15 的风险。</translation>
    </message>
    <message>
        <source>High risks = count(risks with probability × impact ≥ 15, not closed)</source>
        <translation>高风险数 = count(概率 × 影响 ≥ 15 且未关闭的风险)</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>vs same period last year</source>
        <translation>对比去年同期</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>对比上一期间</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>Target %1 · warn %2</source>
        <translation>目标 %1 · 预警 %2</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>KpiDetailDialog</name>
    <message>
        <source>%1 row(s) this figure was computed from</source>
        <translation>该数字由 %1 行数据计算得出</translation>
    </message>
    <message>
        <source>Higher is better: the card turns red below the warning level.</source>
        <translation>越高越好：低于预警线时卡片变红。</translation>
    </message>
    <message>
        <source>Lower is better: the card turns red above the warning level.</source>
        <translation>越低越好：高于预警线时卡片变红。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Warning level</source>
        <translation>预警线</translation>
    </message>
    <message>
        <source>Save target</source>
        <translation>保存目标</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>KpiRows</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目内容</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开票日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成日</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>实际成本</translation>
    </message>
    <message>
        <source>Within budget</source>
        <translation>未超预算</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Capacity (h)</source>
        <translation>产能（小时）</translation>
    </message>
    <message>
        <source>Logged (h)</source>
        <translation>登记（小时）</translation>
    </message>
    <message>
        <source>Billable (h)</source>
        <translation>可计费（小时）</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Work this period</source>
        <translation>本期有业务</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交付日期</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
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
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
</context>
</TS>
