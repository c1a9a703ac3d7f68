<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RisksPage</name>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Score is probability × impact, each from 1 to 5; the highest come first.</source>
        <translation>评分 = 可能性 × 影响（各为 1–5 分），评分最高的排在最前。</translation>
    </message>
    <message>
        <source>No open risks. Enjoy the calm.</source>
        <translation>没有未关闭的风险，一切安好。</translation>
    </message>
</context>
</TS>
