<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Client and project reports (PDF, in English, Chinese or both) arrive with the reports module. These are the subjects you will be able to report on.</source>
        <translation>客户报告和项目报告（PDF，英文、中文或中英双语）将随报告模块推出。以下是将来可以生成报告的对象。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>还没有客户。</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>No projects yet.</source>
        <translation>还没有项目。</translation>
    </message>
</context>
</TS>
