<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DashboardPage</name>
    <message>
        <source>Active clients</source>
        <translation>合作中的客户</translation>
    </message>
    <message>
        <source>Open projects</source>
        <translation>进行中的项目</translation>
    </message>
    <message>
        <source>Overdue projects</source>
        <translation>逾期项目</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收款</translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation>逾期应收款</translation>
    </message>
    <message>
        <source>Open high risks</source>
        <translation>未关闭的高风险</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Hours this month</source>
        <translation>本月工时</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Today is %1</source>
        <translation>今天是 %1</translation>
    </message>
    <message>
        <source>past their due date</source>
        <translation>已过截止日期</translation>
    </message>
    <message>
        <source>sent and not yet paid</source>
        <translation>已寄出、尚未付款</translation>
    </message>
    <message>
        <source>past the due date</source>
        <translation>已过付款期限</translation>
    </message>
    <message>
        <source>probability × impact of %1 or more</source>
        <translation>可能性 × 影响 ≥ %1</translation>
    </message>
    <message>
        <source>active team members</source>
        <translation>在职团队成员</translation>
    </message>
    <message>
        <source>logged since the 1st</source>
        <translation>本月 1 日以来记录</translation>
    </message>
</context>
<context>
    <name>StageBars</name>
    <message>
        <source>Projects by stage</source>
        <translation>各阶段项目数</translation>
    </message>
</context>
</TS>
