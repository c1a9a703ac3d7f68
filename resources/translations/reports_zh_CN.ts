<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FontSetting</name>
    <message>
        <source>Chinese font for PDFs</source>
        <translation>PDF 中文字体</translation>
    </message>
    <message>
        <source>Choose font…</source>
        <translation>选择字体…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已选择</translation>
    </message>
    <message>
        <source>found on this computer</source>
        <translation>在本机找到</translation>
    </message>
    <message>
        <source>Choose a Chinese TrueType font</source>
        <translation>选择中文 TrueType 字体</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>Client report</source>
        <translation>客户报告</translation>
    </message>
    <message>
        <source>Project status report</source>
        <translation>项目状态报告</translation>
    </message>
    <message>
        <source>Acceptance certificate</source>
        <translation>验收证书</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Budget vs actuals</source>
        <translation>预算与实际对比</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>风险登记册</translation>
    </message>
    <message>
        <source>Monthly studio report</source>
        <translation>工作室月度报告</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>PDF reports in English, Chinese or both, ready to hand to a client.</source>
        <translation>英文、中文或中英双语的 PDF 报告，可直接交给客户。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Both (bilingual)</source>
        <translation>中英双语</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
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
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose a report and press Preview. Printing and saving use the same PDF.</source>
        <translation>选择报告后点击“预览”。打印和保存使用同一份 PDF。</translation>
    </message>
    <message>
        <source>Choose a client first.</source>
        <translation>请先选择客户。</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>请先选择项目。</translation>
    </message>
    <message>
        <source>Choose an invoice first.</source>
        <translation>请先选择发票。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 KB</source>
        <translation>
            <numerusform>共 %n 页，%1 KB</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Press Preview to build the report again.</source>
        <translation>请点击“预览”重新生成报告。</translation>
    </message>
    <message>
        <source>Could not save the PDF: %1</source>
        <translation>无法保存 PDF：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>将报告另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已将 %n 页发送到打印机。</numerusform>
        </translation>
    </message>
</context>
</TS>
