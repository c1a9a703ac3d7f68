<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BudgetPage</name>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Money in, money out, and the hours behind them.</source>
        <translation>收入、支出，以及背后投入的工时。</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>还没有发票。</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>No expenses yet.</source>
        <translation>还没有支出。</translation>
    </message>
    <message>
        <source>Time entries</source>
        <translation>工时记录</translation>
    </message>
    <message>
        <source>No time logged yet.</source>
        <translation>还没有记录工时。</translation>
    </message>
</context>
</TS>
