<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>No projects yet.</source>
        <translation>还没有项目。</translation>
    </message>
</context>
</TS>
