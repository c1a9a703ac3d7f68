<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Probability %1 × impact %2 = %3: %4 risk(s)</source>
        <translation>概率 %1 × 影响 %2 = %3：%4 个风险</translation>
    </message>
</context>
<context>
    <name>RiskCategory</name>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation>知识产权</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>运营</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
</context>
<context>
    <name>RiskEditorDialog</name>
    <message>
        <source>Edit risk</source>
        <translation>编辑风险</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>新建风险</translation>
    </message>
    <message>
        <source>Studio (no project)</source>
        <translation>工作室（不属于项目）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>复查日期</translation>
    </message>
    <message>
        <source>Why the score changed (kept in the history)</source>
        <translation>分值变化的原因（记入历史）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Score (1–5 each)</source>
        <translation>分值（各 1–5）</translation>
    </message>
    <message>
        <source>Score note</source>
        <translation>分值备注</translation>
    </message>
    <message>
        <source>Cost impact</source>
        <translation>成本影响</translation>
    </message>
    <message>
        <source>Expected cost</source>
        <translation>预期成本</translation>
    </message>
    <message>
        <source>Schedule impact</source>
        <translation>进度影响</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复查</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>应对策略</translation>
    </message>
    <message>
        <source>Mitigation plan</source>
        <translation>缓解计划</translation>
    </message>
    <message>
        <source>Trigger signs</source>
        <translation>触发信号</translation>
    </message>
    <message>
        <source>Score (probability × impact) each time it changed</source>
        <translation>每次变化时的分值（概率 × 影响）</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>分值历史</translation>
    </message>
    <message>
        <source>Create mitigation task</source>
        <translation>创建缓解任务</translation>
    </message>
    <message>
        <source>Adds a task to the risk&apos;s project, linked back to this risk.</source>
        <translation>在该风险所属项目中新建任务，并关联回此风险。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>= score %1</source>
        <translation>= 分值 %1</translation>
    </message>
    <message>
        <source>%1  (probability ÷ 5 × cost impact; offered as the project&apos;s contingency)</source>
        <translation>%1（概率 ÷ 5 × 成本影响；可作为项目的应急预算）</translation>
    </message>
    <message>
        <source>Task added to %1</source>
        <translation>已在 %1 中添加任务</translation>
    </message>
</context>
<context>
    <name>RiskLibraryDialog</name>
    <message>
        <source>Risk library</source>
        <translation>风险库</translation>
    </message>
    <message>
        <source>Studio (no project)</source>
        <translation>工作室（不属于项目）</translation>
    </message>
    <message>
        <source>Add to register</source>
        <translation>加入风险登记</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add to</source>
        <translation>加入到</translation>
    </message>
    <message>
        <source>Common studio risks; tick the ones you run.</source>
        <translation>工作室常见风险；勾选适用的项。</translation>
    </message>
    <message>
        <source>Suggested response: %1</source>
        <translation>建议应对：%1</translation>
    </message>
    <message>
        <source>Trigger signs: %1</source>
        <translation>触发信号：%1</translation>
    </message>
</context>
<context>
    <name>RiskTable</name>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Expected cost</source>
        <translation>预期成本</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复查</translation>
    </message>
    <message>
        <source>Studio</source>
        <translation>工作室</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Score = probability × impact (1–5 each). Expected cost = probability ÷ 5 × cost impact.</source>
        <translation>分值 = 概率 × 影响（各 1–5）。预期成本 = 概率 ÷ 5 × 成本影响。</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>显示已关闭</translation>
    </message>
    <message>
        <source>New risk…</source>
        <translation>新建风险…</translation>
    </message>
    <message>
        <source>From library…</source>
        <translation>从风险库添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记范围</translation>
    </message>
    <message>
        <source>Click a cell to list its risks.</source>
        <translation>点击格子查看其中的风险。</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Whole studio (all risks)</source>
        <translation>整个工作室（全部风险）</translation>
    </message>
    <message>
        <source>Studio risks only</source>
        <translation>仅工作室风险</translation>
    </message>
    <message>
        <source>%1 risk review(s) due: %2</source>
        <translation>%1 个风险待复查：%2</translation>
    </message>
    <message>
        <source>Suggested contingency for this project (Σ expected cost of open risks): %1</source>
        <translation>该项目建议应急预算（未关闭风险预期成本之和）：%1</translation>
    </message>
    <message>
        <source>Probability %1 × impact %2: %3 risk(s)</source>
        <translation>概率 %1 × 影响 %2：%3 个风险</translation>
    </message>
</context>
<context>
    <name>ScoreHistoryChart</name>
    <message>
        <source>No score history yet</source>
        <translation>暂无分值历史</translation>
    </message>
</context>
</TS>
