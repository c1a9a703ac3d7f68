<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>排期</translation>
    </message>
    <message>
        <source>Who and what the studio can book.</source>
        <translation>工作室可以安排的人员和设备。</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>No people yet.</source>
        <translation>还没有人员。</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>No equipment yet.</source>
        <translation>还没有设备。</translation>
    </message>
</context>
</TS>
