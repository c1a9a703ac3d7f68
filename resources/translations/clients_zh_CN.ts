<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ClientEditorDialog</name>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
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
        <source>The other name is handy for a Chinese or English name the client also uses.</source>
        <translation>“其他名称”可填写客户同时使用的中文名或英文名。</translation>
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
        <source>No clients yet. Add your first one with “New client”.</source>
        <translation>还没有客户。点击“新建客户”添加第一位。</translation>
    </message>
</context>
</TS>
