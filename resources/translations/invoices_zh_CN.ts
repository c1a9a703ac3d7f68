<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BuildFromTimeDialog</name>
    <message>
        <source>Build invoice from time</source>
        <translation>按工时生成发票</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Unbilled billable time and expenses</source>
        <translation>未开票的可计费工时和费用</translation>
    </message>
    <message>
        <source>%1 chosen · %2 before tax</source>
        <translation>已选 %1 项 · 税前 %2</translation>
    </message>
</context>
<context>
    <name>CashBookTab</name>
    <message>
        <source>Cash: money received and paid</source>
        <translation>收付实现制：实际收款与付款</translation>
    </message>
    <message>
        <source>Accrual: invoiced (earned) and spent</source>
        <translation>权责发生制：已开票（应收）与支出</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Opening %1 · in %2 · out %3 · closing %4</source>
        <translation>期初 %1 · 收入 %2 · 支出 %3 · 期末 %4</translation>
    </message>
    <message>
        <source>All currencies in %1: opening %2 · in %3 · out %4 · closing %5</source>
        <translation>全部币种折合 %1：期初 %2 · 收入 %3 · 支出 %4 · 期末 %5</translation>
    </message>
    <message>
        <source>; %1 document(s) in %2 left out: no exchange rate</source>
        <translation>；%2 的 %1 张单据未计入：缺少汇率</translation>
    </message>
</context>
<context>
    <name>CashKind</name>
    <message>
        <source>Payment received</source>
        <translation>收到付款</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>开具发票</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>红字发票</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Time entry</source>
        <translation>工时记录</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for %1</source>
        <translation>为 %1 开具红字发票</translation>
    </message>
    <message>
        <source>Release the billed time and expenses</source>
        <translation>释放已开票的工时和费用</translation>
    </message>
    <message>
        <source>Still owed: %1</source>
        <translation>尚欠：%1</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Showing the first %1 of %2 rows; the figure sums them all.</source>
        <translation>显示 %2 行中的前 %1 行；数值为全部行之和。</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <source>Revenue invoiced</source>
        <translation>已开票收入</translation>
    </message>
    <message>
        <source>Revenue earned</source>
        <translation>已收款收入</translation>
    </message>
    <message>
        <source>Labour cost</source>
        <translation>人工成本</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Gross margin (invoiced)</source>
        <translation>毛利率（按开票）</translation>
    </message>
    <message>
        <source>Gross margin (earned)</source>
        <translation>毛利率（按收款）</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>Revenue invoiced = for each sent invoice, its subtotal (without tax) minus the tax-free share of its credit notes (credit x subtotal / total, rounded half-up per invoice); drafts and void invoices count nothing.</source>
        <translation>已开票收入 = 每张已发送发票的小计（不含税）减去其红字发票的不含税部分（红字金额 × 小计 ÷ 合计，每张发票四舍五入一次）；草稿和作废发票不计。</translation>
    </message>
    <message>
        <source>Revenue earned = the payments received, each invoice&apos;s sum taken without its tax share (payments x subtotal / total, rounded half-up per invoice).</source>
        <translation>已收款收入 = 已收到的付款，每张发票的收款去掉其中的税额部分（收款 × 小计 ÷ 合计，每张发票四舍五入一次）。</translation>
    </message>
    <message>
        <source>Labour cost = for each time entry, minutes x the person&apos;s cost rate valid on the work date / 60, rounded half-up per entry, then summed.</source>
        <translation>人工成本 = 每条工时记录的分钟数 × 该成员在工作当日有效的成本费率 ÷ 60，每条四舍五入一次，再求和。</translation>
    </message>
    <message>
        <source>Expenses = the sum of the expenses booked to it, in the base currency, tax included.</source>
        <translation>费用 = 记入其中的所有费用之和，以本位币计，含税。</translation>
    </message>
    <message>
        <source>Cost = labour cost + expenses.</source>
        <translation>成本 = 人工成本 + 费用。</translation>
    </message>
    <message>
        <source>Gross margin (invoiced) = (revenue invoiced - cost) / revenue invoiced x 100%, to 0.1% half-up; none while nothing is invoiced.</source>
        <translation>毛利率（按开票）=（已开票收入 − 成本）÷ 已开票收入 × 100%，保留 0.1%，四舍五入；尚未开票时不计算。</translation>
    </message>
    <message>
        <source>Gross margin (earned) = (revenue earned - cost) / revenue earned x 100%, to 0.1% half-up; none while nothing is received.</source>
        <translation>毛利率（按收款）=（已收款收入 − 成本）÷ 已收款收入 × 100%，保留 0.1%，四舍五入；尚未收款时不计算。</translation>
    </message>
    <message>
        <source> For the studio: every project&apos;s figures plus studio overhead (expenses without a project), in the base currency; foreign invoices at their own exchange rate.</source>
        <translation>工作室整体：所有项目的数字加上工作室日常开支（未归属项目的费用），以本位币计；外币发票按各自的汇率折算。</translation>
    </message>
    <message>
        <source> Revenue in another currency is put in the base currency at each invoice&apos;s exchange rate (invoice date), summed per currency and rate and rounded once, half-up; payments count at the invoice&apos;s rate here (the cash book uses the payment&apos;s rate).</source>
        <translation>外币收入按每张发票的汇率（开票日）折算为本位币，按币种和汇率分组汇总后四舍五入一次；此处收款按发票汇率计（现金账使用收款当日的汇率）。</translation>
    </message>
    <message>
        <source> Some invoices in another currency have no exchange rate to the base currency yet, so no margin is computed; enter their rate on the invoice.</source>
        <translation>部分外币发票尚无折算为本位币的汇率，因此不计算毛利率；请在发票上填写汇率。</translation>
    </message>
</context>
<context>
    <name>InvoiceColumn</name>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>税率</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <source>Billed entries</source>
        <translation>已开票记录</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>0-30 days</source>
        <translation>0-30 天</translation>
    </message>
    <message>
        <source>31-60 days</source>
        <translation>31-60 天</translation>
    </message>
    <message>
        <source>61-90 days</source>
        <translation>61-90 天</translation>
    </message>
    <message>
        <source>90+ days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>应收合计</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Client / vendor</source>
        <translation>客户 / 供应商</translation>
    </message>
    <message>
        <source>In</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Revenue invoiced</source>
        <translation>已开票收入</translation>
    </message>
    <message>
        <source>Revenue earned</source>
        <translation>已收款收入</translation>
    </message>
    <message>
        <source>Labour cost</source>
        <translation>人工成本</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Margin (invoiced)</source>
        <translation>毛利率（开票）</translation>
    </message>
    <message>
        <source>Margin (earned)</source>
        <translation>毛利率（收款）</translation>
    </message>
    <message>
        <source>Invoiced in base currency</source>
        <translation>开票收入（本位币）</translation>
    </message>
    <message>
        <source>Person / vendor</source>
        <translation>成员 / 供应商</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Bill rate</source>
        <translation>计费费率</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Number / name</source>
        <translation>编号 / 名称</translation>
    </message>
</context>
<context>
    <name>InvoiceEditorDialog</name>
    <message>
        <source>New invoice</source>
        <translation>新建发票</translation>
    </message>
    <message>
        <source>Edit invoice %1</source>
        <translation>编辑发票 %1</translation>
    </message>
    <message>
        <source>One unit of the invoice&apos;s currency in %1 on the issue date</source>
        <translation>开票日 1 单位发票币种折合多少 %1</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>添加明细行</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除明细行</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
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
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细行</translation>
    </message>
    <message>
        <source>— no project —</source>
        <translation>— 不关联项目 —</translation>
    </message>
    <message>
        <source>Check the lines: a number is not valid.</source>
        <translation>请检查明细行：有数字无效。</translation>
    </message>
    <message>
        <source>Subtotal %1 · Tax %2 · Total %3</source>
        <translation>小计 %1 · 税额 %2 · 合计 %3</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Cash book</source>
        <translation>现金日记账</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>毛利</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>No invoices yet. Make one, or build one from logged time.</source>
        <translation>还没有发票。新建一张，或根据已记录的工时生成。</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>新建发票…</translation>
    </message>
    <message>
        <source>Build from time…</source>
        <translation>按工时生成…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>登记收款…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>开红字发票…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <source>Exchange rate…</source>
        <translation>填写汇率…</translation>
    </message>
    <message>
        <source>Choose an invoice to see its lines and payments.</source>
        <translation>选择一张发票以查看明细和收款。</translation>
    </message>
    <message>
        <source>%1 · %2 · issued %3, due %4&lt;br&gt;Subtotal %5 · tax %6 · &lt;b&gt;total %7&lt;/b&gt; · paid %8 · credited %9 · &lt;b&gt;outstanding %10&lt;/b&gt;</source>
        <translation>%1 · %2 · %3 开票，%4 到期&lt;br&gt;小计 %5 · 税额 %6 · &lt;b&gt;合计 %7&lt;/b&gt; · 已收 %8 · 已冲红 %9 · &lt;b&gt;未收 %10&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Void: %1</source>
        <translation>作废原因：%1</translation>
    </message>
    <message>
        <source>Rate to %1: %2</source>
        <translation>兑 %1 汇率：%2</translation>
    </message>
    <message>
        <source>not entered yet</source>
        <translation>尚未填写</translation>
    </message>
    <message>
        <source>Payment %1 on %2</source>
        <translation>%2 收款 %1</translation>
    </message>
    <message>
        <source>Credit note %1: %2 on %3</source>
        <translation>红字发票 %1：%3 冲减 %2</translation>
    </message>
</context>
<context>
    <name>MarginsTab</name>
    <message>
        <source>No rate to %1 on %2 invoice(s) in %3: enter it on the invoice</source>
        <translation>%3 的 %2 张发票缺少兑 %1 汇率：请在发票上填写</translation>
    </message>
    <message>
        <source>Revenue is without tax. Earned = received. Cost = labour at the cost rate of the day + expenses. Margin = (revenue - cost) / revenue. Click a figure to see the rows it was summed from and its formula.</source>
        <translation>收入不含税。已收款收入 = 实际收到的款项。成本 = 按当日成本费率计算的人工 + 费用。毛利率 =（收入 − 成本）÷ 收入。点击任一数值可查看其来源明细和计算公式。</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>正在汇总…</translation>
    </message>
    <message>
        <source>Whole studio (base currency, overhead included)</source>
        <translation>整个工作室（本位币，含日常开支）</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1 个项目</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment for %1</source>
        <translation>为 %1 登记收款</translation>
    </message>
    <message>
        <source>Still owed: %1</source>
        <translation>尚欠：%1</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收款日期</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>Rate to %1</source>
        <translation>兑 %1 汇率</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Exchange rate of %1</source>
        <translation>%1 的汇率</translation>
    </message>
    <message>
        <source>One unit of %1 in %2 on the invoice date, %3.</source>
        <translation>开票日（%3）1 %1 折合多少 %2。</translation>
    </message>
    <message>
        <source>Rate to %1</source>
        <translation>兑 %1 汇率</translation>
    </message>
</context>
<context>
    <name>ReceivablesTab</name>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Nothing is owed.</source>
        <translation>没有应收款。</translation>
    </message>
    <message>
        <source>%1 owed: %2 (of which past due %3, more than 90 days %4)</source>
        <translation>%1 应收：%2（其中逾期 %3，超过 90 天 %4）</translation>
    </message>
    <message>
        <source>All currencies in %1: %2 owed (of which past due %3)</source>
        <translation>全部币种折合 %1：应收 %2（其中逾期 %3）</translation>
    </message>
    <message>
        <source>; %1 invoice(s) in %2 left out: no exchange rate</source>
        <translation>；%2 的 %1 张发票未计入：缺少汇率</translation>
    </message>
</context>
<context>
    <name>ServiceMessage</name>
    <message>
        <source>The payment is more than the %1 still owed.</source>
        <translation>收款金额超过了尚欠的 %1。</translation>
    </message>
    <message>
        <source>The credit is more than the %1 still owed.</source>
        <translation>红字金额超过了尚欠的 %1。</translation>
    </message>
    <message>
        <source>Enter the exchange rate to the base currency.</source>
        <translation>请填写兑本位币的汇率。</translation>
    </message>
    <message>
        <source>An amount in the base currency has a rate of 1.</source>
        <translation>本位币金额的汇率为 1。</translation>
    </message>
    <message>
        <source>Give the rate with at most 8 decimals, such as 7.1234.</source>
        <translation>汇率最多保留 8 位小数，例如 7.1234。</translation>
    </message>
    <message>
        <source>This invoice already has its exchange rate.</source>
        <translation>这张发票已经有汇率了。</translation>
    </message>
    <message>
        <source>Describe what the line bills.</source>
        <translation>请说明此行收费的内容。</translation>
    </message>
    <message>
        <source>The description is too long.</source>
        <translation>说明太长。</translation>
    </message>
    <message>
        <source>Enter a quantity such as 1 or 2.5.</source>
        <translation>请输入数量，例如 1 或 2.5。</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <source>The tax rate must be 0% to 100%.</source>
        <translation>税率必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>Choose the kind of invoice.</source>
        <translation>请选择发票类型。</translation>
    </message>
    <message>
        <source>Choose the client to invoice.</source>
        <translation>请选择开票客户。</translation>
    </message>
    <message>
        <source>The due date cannot be before the issue date.</source>
        <translation>到期日不能早于开票日期。</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>请至少添加一行明细。</translation>
    </message>
    <message>
        <source>An invoice holds at most 500 lines.</source>
        <translation>一张发票最多 500 行明细。</translation>
    </message>
    <message>
        <source>That invoice no longer exists.</source>
        <translation>该发票已不存在。</translation>
    </message>
    <message>
        <source>That project no longer exists.</source>
        <translation>该项目已不存在。</translation>
    </message>
    <message>
        <source>The project belongs to another client.</source>
        <translation>该项目属于另一位客户。</translation>
    </message>
    <message>
        <source>Only a draft can be edited; issue a credit note instead.</source>
        <translation>只能编辑草稿；请改为开具红字发票。</translation>
    </message>
    <message>
        <source>Billed time fixes the invoice&apos;s currency.</source>
        <translation>发票已包含工时，币种不能更改。</translation>
    </message>
    <message>
        <source>Choose the time entries or expenses to bill.</source>
        <translation>请选择要开票的工时或费用。</translation>
    </message>
    <message>
        <source>Some of the chosen time entries no longer exist.</source>
        <translation>所选的部分工时记录已不存在。</translation>
    </message>
    <message>
        <source>A chosen time entry belongs to another project.</source>
        <translation>所选的某条工时属于其他项目。</translation>
    </message>
    <message>
        <source>A chosen time entry is already invoiced.</source>
        <translation>所选的某条工时已经开过票。</translation>
    </message>
    <message>
        <source>A chosen time entry is not billable.</source>
        <translation>所选的某条工时不可计费。</translation>
    </message>
    <message>
        <source>Some of the chosen expenses no longer exist.</source>
        <translation>所选的部分费用已不存在。</translation>
    </message>
    <message>
        <source>A chosen expense belongs to another project.</source>
        <translation>所选的某笔费用属于其他项目。</translation>
    </message>
    <message>
        <source>A chosen expense is already invoiced.</source>
        <translation>所选的某笔费用已经开过票。</translation>
    </message>
    <message>
        <source>Only a draft can be sent.</source>
        <translation>只有草稿可以发送。</translation>
    </message>
    <message>
        <source>An invoice of nothing cannot be sent.</source>
        <translation>金额为零的发票不能发送。</translation>
    </message>
    <message>
        <source>Say why the invoice is void.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <source>The invoice is already void.</source>
        <translation>该发票已作废。</translation>
    </message>
    <message>
        <source>An invoice with payments cannot be void; issue a credit note.</source>
        <translation>已有收款的发票不能作废；请开具红字发票。</translation>
    </message>
    <message>
        <source>This invoice billed time or expenses; issue a credit note to release them.</source>
        <translation>此发票包含已开票的工时或费用；请开具红字发票以释放它们。</translation>
    </message>
    <message>
        <source>The payment must be more than zero.</source>
        <translation>收款金额必须大于零。</translation>
    </message>
    <message>
        <source>Choose how it was paid.</source>
        <translation>请选择付款方式。</translation>
    </message>
    <message>
        <source>Only a sent invoice can be paid.</source>
        <translation>只有已发送的发票可以登记收款。</translation>
    </message>
    <message>
        <source>The payment date is before the invoice date.</source>
        <translation>收款日期早于开票日期。</translation>
    </message>
    <message>
        <source>The credit must be more than zero.</source>
        <translation>红字金额必须大于零。</translation>
    </message>
    <message>
        <source>Say why the credit is given.</source>
        <translation>请填写冲红原因。</translation>
    </message>
    <message>
        <source>Only a sent invoice can be credited.</source>
        <translation>只有已发送的发票可以冲红。</translation>
    </message>
    <message>
        <source>The credit note date is before the invoice date.</source>
        <translation>红字发票日期早于开票日期。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void %1</source>
        <translation>作废 %1</translation>
    </message>
    <message>
        <source>A void invoice keeps its number; the number is never given out again.</source>
        <translation>作废的发票保留其编号；该编号不会再次使用。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
</TS>
