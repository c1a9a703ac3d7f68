<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AllocationDialog</name>
    <message>
        <source>Edit allocation</source>
        <translation>编辑排期</translation>
    </message>
    <message>
        <source>New allocation</source>
        <translation>新建排期</translation>
    </message>
    <message>
        <source>(placeholder role)</source>
        <translation>（待招聘角色）</translation>
    </message>
    <message>
        <source>Role to hire, e.g. Animator</source>
        <translation>待招聘角色，例如：动画师</translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation>每天小时数</translation>
    </message>
    <message>
        <source>% of capacity</source>
        <translation>占产能百分比</translation>
    </message>
    <message>
        <source>Tentative (not yet confirmed)</source>
        <translation>暂定（尚未确认）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>投入量</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete allocation</source>
        <translation>删除分配</translation>
    </message>
    <message>
        <source>Delete this allocation? Its hours leave the schedule.</source>
        <translation>删除此分配？其工时将从排期中移除。</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book equipment</source>
        <translation>预订设备</translation>
    </message>
    <message>
        <source>Edit booking</source>
        <translation>编辑预订</translation>
    </message>
    <message>
        <source>(no project)</source>
        <translation>（无项目）</translation>
    </message>
    <message>
        <source>Use the free slot</source>
        <translation>改用空闲时段</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Delete booking</source>
        <translation>删除预订</translation>
    </message>
    <message>
        <source>Delete this booking? The equipment becomes free for that time.</source>
        <translation>删除此预订？该设备在这段时间将重新空闲。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <source>Edit equipment</source>
        <translation>编辑设备</translation>
    </message>
    <message>
        <source>New equipment</source>
        <translation>新建设备</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>报废日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Day rate</source>
        <translation>日租价</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
</context>
<context>
    <name>EquipmentPanel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Day rate</source>
        <translation>日租价</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>报废日期</translation>
    </message>
    <message>
        <source>New equipment…</source>
        <translation>新建设备…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Out of service…</source>
        <translation>停用时段…</translation>
    </message>
</context>
<context>
    <name>FindSomeoneDialog</name>
    <message>
        <source>Find someone</source>
        <translation>找人</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Free h</source>
        <translation>空闲（小时）</translation>
    </message>
    <message>
        <source>Capacity h</source>
        <translation>产能（小时）</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>At least level</source>
        <translation>最低等级</translation>
    </message>
    <message>
        <source>Free hours needed</source>
        <translation>所需空闲小时</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>%1 people found, best fit first.</source>
        <translation>找到 %1 人，最合适的排在前面。</translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 周</translation>
    </message>
    <message>
        <source>Count tentative allocations</source>
        <translation>计入暂定排期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Capacity h</source>
        <translation>产能（小时）</translation>
    </message>
    <message>
        <source>Allocated h</source>
        <translation>已排（小时）</translation>
    </message>
    <message>
        <source>Projects causing it</source>
        <translation>造成超额的项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Scheduled h</source>
        <translation>计划（小时）</translation>
    </message>
    <message>
        <source>Logged h</source>
        <translation>已记录（小时）</translation>
    </message>
    <message>
        <source>Difference h</source>
        <translation>差额（小时）</translation>
    </message>
    <message>
        <source>Over-allocations</source>
        <translation>超额分配</translation>
    </message>
    <message>
        <source>Studio by role</source>
        <translation>按角色看全工作室</translation>
    </message>
    <message>
        <source>Scheduled vs logged</source>
        <translation>计划与实际工时</translation>
    </message>
    <message>
        <source>Target %1%: green under, amber near, red over</source>
        <translation>目标 %1%：绿色低于目标，琥珀色接近，红色超出</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Whole studio</source>
        <translation>全工作室</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>Holiday or make-up working day</source>
        <translation>节假日或调休上班日</translation>
    </message>
    <message>
        <source>Make-up working day (people work this day)</source>
        <translation>调休上班日（当天需上班）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>HolidaysPanel</name>
    <message>
        <source>Import public holidays</source>
        <translation>导入法定节假日</translation>
    </message>
    <message>
        <source>Add day…</source>
        <translation>添加日期…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation>每天小时数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add time off…</source>
        <translation>添加休假…</translation>
    </message>
    <message>
        <source>Delete time off</source>
        <translation>删除休假</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Public holidays and make-up working days</source>
        <translation>法定节假日与调休上班日</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>%1 days added.</source>
        <translation>已添加 %1 天。</translation>
    </message>
</context>
<context>
    <name>OutageDialog</name>
    <message>
        <source>Edit out-of-service period</source>
        <translation>编辑停用时段</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停用时段</translation>
    </message>
    <message>
        <source>e.g. Repair, sensor cleaning</source>
        <translation>例如：维修、清洁传感器</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Delete period</source>
        <translation>删除停用时段</translation>
    </message>
    <message>
        <source>Delete this out-of-service period? The equipment can be booked again.</source>
        <translation>删除此停用时段？该设备将可以重新预订。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PeoplePanel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation>每周小时</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>新建人员…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Time off…</source>
        <translation>休假…</translation>
    </message>
    <message>
        <source>Search skills…</source>
        <translation>搜索技能…</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Best level</source>
        <translation>最高等级</translation>
    </message>
    <message>
        <source>Skills inventory</source>
        <translation>技能清单</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新建人员</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> 小时/周</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Figma:4, Illustration:3</source>
        <translation>Figma:4, 插画:3</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Placeholder for a hire</source>
        <translation>待招聘占位</translation>
    </message>
    <message>
        <source>cost / hour</source>
        <translation>成本/小时</translation>
    </message>
    <message>
        <source>bill / hour</source>
        <translation>计费/小时</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Weekly capacity</source>
        <translation>每周产能</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Skills (level 1-5)</source>
        <translation>技能（等级 1-5）</translation>
    </message>
    <message>
        <source>New rate from</source>
        <translation>新费率生效日</translation>
    </message>
    <message>
        <source>Rate history</source>
        <translation>费率历史</translation>
    </message>
    <message>
        <source>No rates yet.</source>
        <translation>暂无费率。</translation>
    </message>
</context>
<context>
    <name>ScheduleLabels</name>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>镜头</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>灯光</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Studio room</source>
        <translation>摄影棚/会议室</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Software licence</source>
        <translation>软件许可</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入人员姓名。</translation>
    </message>
    <message>
        <source>Weekly capacity cannot be negative.</source>
        <translation>每周产能不能为负数。</translation>
    </message>
    <message>
        <source>A week has no more than 168 hours.</source>
        <translation>一周最多 168 小时。</translation>
    </message>
    <message>
        <source>Choose the working days from the week.</source>
        <translation>请选择每周的工作日。</translation>
    </message>
    <message>
        <source>The leaving date is before the joining date.</source>
        <translation>离职日期早于入职日期。</translation>
    </message>
    <message>
        <source>Someone with this name already exists.</source>
        <translation>已有同名人员。</translation>
    </message>
    <message>
        <source>Enter the skill&apos;s name.</source>
        <translation>请输入技能名称。</translation>
    </message>
    <message>
        <source>A skill level runs from 1 to 5.</source>
        <translation>技能等级为 1 到 5。</translation>
    </message>
    <message>
        <source>A rate cannot be negative.</source>
        <translation>费率不能为负数。</translation>
    </message>
    <message>
        <source>A rate already starts on this date; choose another date.</source>
        <translation>已有费率从这一天生效，请选择其他日期。</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>A day has between 1 minute and 24 hours.</source>
        <translation>每天时长须在 1 分钟到 24 小时之间。</translation>
    </message>
    <message>
        <source>Choose a person or name the role to fill.</source>
        <translation>请选择人员，或填写待招聘的角色。</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>请选择人员。</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>请选择项目。</translation>
    </message>
    <message>
        <source>Give either hours a day or a percentage.</source>
        <translation>请填写每天小时数或百分比（二选一）。</translation>
    </message>
    <message>
        <source>A day has no more than 24 hours.</source>
        <translation>一天最多 24 小时。</translation>
    </message>
    <message>
        <source>Allocate at least one minute a day.</source>
        <translation>每天至少分配 1 分钟。</translation>
    </message>
    <message>
        <source>The percentage runs from 1 to 100.</source>
        <translation>百分比须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>The task belongs to another project.</source>
        <translation>该任务属于其他项目。</translation>
    </message>
    <message>
        <source>Enter the equipment&apos;s name.</source>
        <translation>请输入设备名称。</translation>
    </message>
    <message>
        <source>Equipment with this name already exists.</source>
        <translation>已有同名设备。</translation>
    </message>
    <message>
        <source>A day rate cannot be negative.</source>
        <translation>日租价不能为负数。</translation>
    </message>
    <message>
        <source>The booking must end after it starts.</source>
        <translation>预订的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The outage must end after it starts.</source>
        <translation>停用的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Choose a piece of equipment.</source>
        <translation>请选择设备。</translation>
    </message>
    <message>
        <source>Enter a name for the day.</source>
        <translation>请输入这一天的名称。</translation>
    </message>
    <message>
        <source>This date is already in the calendar.</source>
        <translation>该日期已在日历中。</translation>
    </message>
    <message>
        <source>Choose a skill.</source>
        <translation>请选择技能。</translation>
    </message>
    <message>
        <source>That allocation no longer exists.</source>
        <translation>该排期已不存在。</translation>
    </message>
    <message>
        <source>That booking no longer exists.</source>
        <translation>该预订已不存在。</translation>
    </message>
    <message>
        <source>That out-of-service period no longer exists.</source>
        <translation>该停用时段已不存在。</translation>
    </message>
    <message>
        <source>Give the time with its time zone.</source>
        <translation>请给出带时区的时间。</translation>
    </message>
    <message>
        <source>Enter both the cost and the bill rate.</source>
        <translation>请同时填写成本费率和计费费率。</translation>
    </message>
    <message>
        <source>The project starts on %1; start on or after it.</source>
        <translation>项目于 %1 开始，请从当天或之后开始。</translation>
    </message>
    <message>
        <source>The project is due on %1; end on or before it.</source>
        <translation>项目于 %1 截止，请在当天或之前结束。</translation>
    </message>
    <message>
        <source>%1 was retired on %2; book another.</source>
        <translation>%1 已于 %2 报废，请预订其他设备。</translation>
    </message>
    <message>
        <source>Booking for %1</source>
        <translation>%1 的预订</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>停用维护</translation>
    </message>
    <message>
        <source>Another booking</source>
        <translation>另一项预订</translation>
    </message>
    <message>
        <source>%1 holds this equipment from %2 to %3; move or cancel it first.</source>
        <translation>%1 在 %2 至 %3 占用此设备；请先移动或取消该预订。</translation>
    </message>
    <message>
        <source>%1 already holds this equipment from %2 to %3. The nearest free slot is %4 to %5.</source>
        <translation>%1 已在 %2 至 %3 占用此设备。最近的同长度空闲时段为 %4 至 %5。</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Schedule</source>
        <translation>排期</translation>
    </message>
    <message>
        <source>Who and what is free, booked, or over-booked.</source>
        <translation>谁有空、什么设备可用、谁被排满或超额。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Holidays and time off</source>
        <translation>节假日与休假</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message>
        <source>Time off</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Whole days</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Hours a day</source>
        <translation>每天小时数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>New allocation…</source>
        <translation>新建排期…</translation>
    </message>
    <message>
        <source>Book equipment…</source>
        <translation>预订设备…</translation>
    </message>
    <message>
        <source>Find someone…</source>
        <translation>找人…</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>任意角色</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>任意技能</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>An allocation can only move to a person or a role.</source>
        <translation>分配只能移到人员或角色所在的行。</translation>
    </message>
    <message>
        <source>A booking can only move to a row of equipment.</source>
        <translation>预订只能移到设备所在的行。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
</context>
</TS>
