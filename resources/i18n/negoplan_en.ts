<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="zh_CN">
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../app/gui/widgets/charts.py" line="137"/>
        <source>还剩多少没还（所有债务合计）</source>
        <translation>Still owed (all debts)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/charts.py" line="144"/>
        <source>元</source>
        <translation>CNY</translation>
    </message>
</context>
<context>
    <name>BudgetCategories</name>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="62"/>
        <source>工资</source>
        <translation>Wages</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="63"/>
        <source>临时工/零工</source>
        <translation>Casual / gig work</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="64"/>
        <source>补助</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="65"/>
        <source>家人资助</source>
        <translation>Family support</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="66"/>
        <source>住房</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="67"/>
        <source>伙食</source>
        <translation>Food</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="68"/>
        <source>交通通讯</source>
        <translation>Travel &amp; phone</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="69"/>
        <source>水电燃气</source>
        <translation>Utilities</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="70"/>
        <source>医疗</source>
        <translation>Medical</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="71"/>
        <source>教育</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="72"/>
        <source>子女/赡养</source>
        <translation>Children / dependants</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="73"/>
        <source>保险</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="74"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>BudgetLinesModel</name>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="183"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="185"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="187"/>
        <source>每月金额（元）</source>
        <translation>Monthly (CNY)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="188"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="225"/>
        <source>文件中的类别，原样保留</source>
        <translation>Category from the file, kept as it is</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="268"/>
        <source>修改收入名称</source>
        <translation>Change income name</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="269"/>
        <source>修改收入类别</source>
        <translation>Change income category</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="270"/>
        <source>修改收入金额</source>
        <translation>Change income amount</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="271"/>
        <source>修改收入备注</source>
        <translation>Change income note</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="275"/>
        <source>修改支出名称</source>
        <translation>Change expense name</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="276"/>
        <source>修改支出类别</source>
        <translation>Change expense category</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="277"/>
        <source>修改支出金额</source>
        <translation>Change expense amount</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/budget_model.py" line="278"/>
        <source>修改支出备注</source>
        <translation>Change expense note</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="270"/>
        <source>只算每月必须的开支；还款能力 = 收入 − 必要支出</source>
        <translation>Count only the spending you can&apos;t avoid each month; what you can repay = income − essential expenses</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="271"/>
        <source>每月收入</source>
        <translation>Monthly income</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="272"/>
        <source>每月必要开支</source>
        <translation>Essential monthly expenses</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="273"/>
        <location filename="../../app/gui/pages/budget.py" line="293"/>
        <source>添加收入</source>
        <translation>Add income</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="274"/>
        <location filename="../../app/gui/pages/budget.py" line="293"/>
        <source>添加支出</source>
        <translation>Add expense</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="275"/>
        <source>删除所选收入</source>
        <translation>Remove selected income</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="276"/>
        <source>删除所选支出</source>
        <translation>Remove selected expense</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="278"/>
        <source>还没有收入记录。点击「添加收入」，填每月到手的钱。</source>
        <translation>No income yet. Click “Add income” and enter the money you actually receive each month.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="280"/>
        <source>还没有必要开支。点击「添加支出」。只填必须的开支：房租、吃饭、交通、看病、孩子。</source>
        <translation>No essential expenses yet. Click “Add expense”. Only enter what you can&apos;t do without: rent, food, transport, medical care, children.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="281"/>
        <source>供养人数：</source>
        <translation>Dependants:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="282"/>
        <source> 人</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="283"/>
        <source>靠你的收入生活的家人人数</source>
        <translation>Number of family members who live on your income</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="285"/>
        <source>靠你养活的家人（孩子、老人等）。申请书里会写明，帮助对方理解你的困难。</source>
        <translation>Family members you support (children, elderly parents etc.). The letter mentions them to help the lender understand your situation.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="306"/>
        <source>删除收入</source>
        <translation>Remove income</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="306"/>
        <source>删除支出</source>
        <translation>Remove expense</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="317"/>
        <source>修改供养人数</source>
        <translation>Change number of dependants</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="340"/>
        <source>每月可用于还款：—</source>
        <translation>Available for repayments each month: —</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="342"/>
        <source>收入合计：—</source>
        <translation>Total income: —</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="343"/>
        <source>必要开支合计：—</source>
        <translation>Total essential expenses: —</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="347"/>
        <source>收入合计：{amount} 元</source>
        <translation>Total income: CNY {amount}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="349"/>
        <source>必要开支合计：{amount} 元</source>
        <translation>Total essential expenses: CNY {amount}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="351"/>
        <source>每月可用于还款 {amount} 元</source>
        <translation>Available for repayments: CNY {amount} a month</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="361"/>
        <source>先填每月收入和必要开支，这里会算出每月能拿出多少钱还款。</source>
        <translation>Enter your monthly income and essential expenses, and this will show how much you can put towards repayments each month.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="365"/>
        <source>✗ 收入刚好只够支付必要开支，没有余钱还款。先列出能削减的开支，或在申请书中说明。</source>
        <translation>✗ Your income only just covers essential expenses, with nothing left for repayments. List the expenses you could cut, or explain this in the letter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="368"/>
        <source>✗ 收入 {income} 元，必要开支 {expenses} 元：收入不够支付必要开支。先列出能削减的开支，或在申请书中说明。</source>
        <translation>✗ Income CNY {income}, essential expenses CNY {expenses}: your income does not cover essential expenses. List the expenses you could cut, or explain this in the letter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="375"/>
        <source>还没有填写债务；填好后，这里会告诉你不协商的话每月要还多少。</source>
        <translation>No debts entered yet. Once they are, this shows how much you would have to pay each month without negotiating.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/budget.py" line="383"/>
        <source>✓ 不协商、照现状还：每月还 {payment} 元，%n 个月还清，在预算内。协商能少付多少，见「方案对比」。</source>
        <translation>
            <numerusform>✓ Without negotiating, repaying as now: CNY {payment} a month, paid off in %n month, within budget. See “Compare” for how much negotiating could save.</numerusform>
            <numerusform>✓ Without negotiating, repaying as now: CNY {payment} a month, paid off in %n months, within budget. See “Compare” for how much negotiating could save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/budget.py" line="388"/>
        <source>✗ 不协商的话，按你能拿出的钱还不清：要在 %n 个月内还清，每月最多需 {payment} 元，超出预算。到「方案对比」看怎样协商能还得起。</source>
        <translation>
            <numerusform>✗ Without negotiating, what you can spare will not clear your debts: repaying within %n month takes up to CNY {payment} a month, which is over budget. See “Compare” for a deal you can afford.</numerusform>
            <numerusform>✗ Without negotiating, what you can spare will not clear your debts: repaying within %n months takes up to CNY {payment} a month, which is over budget. See “Compare” for a deal you can afford.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="393"/>
        <source>✗ 不协商、照现状还：每月最多要还 {payment} 元，超出预算。到「方案对比」看怎样协商能还得起。</source>
        <translation>✗ Without negotiating, repaying as now: up to CNY {payment} a month, which is over budget. See “Compare” for a deal you can afford.</translation>
    </message>
</context>
<context>
    <name>CollectionPage</name>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="770"/>
        <source>＋ 记一笔</source>
        <translation>+ Log a contact</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="772"/>
        <source>催收电话或短信来了？边听边记：时间已经填好，按 Enter 保存（Ctrl+Shift+E）</source>
        <translation>A collector calling or texting? Take notes as you go: the time is already filled in, press Enter to save (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="773"/>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="774"/>
        <source>把选中的记录放到右边修改（双击也可以）</source>
        <translation>Edit the selected entry in the form on the right (or double-click it)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="775"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="776"/>
        <source>删除选中的记录（可以撤销）</source>
        <translation>Remove the selected entry (can be undone)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="777"/>
        <source>给家人的说明（PDF）…</source>
        <translation>Note for your family (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="779"/>
        <source>一页纸：家人接到催收电话时该怎么说、什么不要做、什么时候报警，附来电登记表。与命令 negoplan family-script 生成的相同。</source>
        <translation>One page for your family: what to say when a collector calls, what not to do and when to call the police, with a form for logging calls. The same as the command negoplan family-script produces.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="781"/>
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="782"/>
        <source>英文</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="783"/>
        <source>给家人的说明用哪种语言</source>
        <translation>The language of the note for your family</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="784"/>
        <source>写投诉稿…</source>
        <translation>Write a complaint…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="786"/>
        <source>按你的记录写投诉稿：先看该向哪里投诉、为什么，再预览、复制文字或导出 PDF。与命令 negoplan complaint 生成的相同。</source>
        <translation>Draft a complaint from your log: see where to complain and why, then preview it, copy the text or export a PDF. The same as the command negoplan complaint.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="788"/>
        <source>联系了谁</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="789"/>
        <source>所有人</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="790"/>
        <source>只看本人</source>
        <translation>Only me</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="791"/>
        <source>只看家人、同事等第三人</source>
        <translation>Other people</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="792"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="793"/>
        <source>搜索号码、自称、内容…</source>
        <translation>Search numbers, names, words…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="794"/>
        <source>发现的问题和下一步</source>
        <translation>Problems found and next steps</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="796"/>
        <source>还没有催收记录。
每次催收来电或短信，花一分钟记下来：时间、号码、对方自称、联系了谁、说了什么。
这些记录是投诉和协商的证据。</source>
        <translation>No collection contacts logged yet.
Each time a collector calls or texts, take a minute to note it down: the time, the number, who they said they were, whom they contacted and what they said.
These notes are evidence for complaints and for negotiating.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="799"/>
        <source>在右边「记一笔」里填写，按 Enter 保存。录音、截图请另外保存好，不要删除。</source>
        <translation>Fill in “Log a contact” on the right and press Enter to save. Keep recordings and screenshots safe elsewhere, and don&apos;t delete them.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="801"/>
        <source>谨防付费“停息挂账”“代理维权”：2026年2月金融监管总局等五部门提醒，这类收费代理常让人损失钱财和个人信息。本工具不收费、不代办协商、不保证结果，以上内容不是法律意见。</source>
        <translation>Beware of paid “debt freeze” and “rights protection” agents: in February 2026 the National Financial Regulatory Administration and four other authorities warned that such agents often cost people money and personal information. This tool is free, does not negotiate for you and cannot promise results; nothing here is legal advice.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="803"/>
        <source>修改记录</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="804"/>
        <source>删除记录</source>
        <translation>Remove entry</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="850"/>
        <source>还没有催收记录</source>
        <translation>No collection contacts logged yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/collection.py" line="851"/>
        <source>已记录 %n 条催收</source>
        <translation>
            <numerusform>%n collection contact logged</numerusform>
            <numerusform>%n collection contacts logged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="855"/>
        <source>{records}，按已收录的规则没有发现问题</source>
        <translation>{records}; no problems found under the rules on file</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="859"/>
        <source>{records}，{problems}：{names}</source>
        <translation>{records}, {problems}: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/collection.py" line="860"/>
        <source>发现 %n 个问题</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="882"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="890"/>
        <source>全部记录</source>
        <translation>All entries</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="891"/>
        <source>有问题的记录</source>
        <translation>With problems</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="913"/>
        <location filename="../../app/gui/pages/collection.py" line="1204"/>
        <source>结果未更新：请先改正标红的输入</source>
        <translation>Not up to date: first correct the inputs marked in red</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="942"/>
        <source>显示 {shown} / {total} 条</source>
        <translation>Showing {shown} of {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/collection.py" line="943"/>
        <source>共 %n 条</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="988"/>
        <source>时间写成 2026-11-20 21:40，或只写 21:40</source>
        <translation>Write the time as 2026-11-20 21:40, or just 21:40</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1006"/>
        <source>记一笔催收</source>
        <translation>Log collection contact</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1007"/>
        <source>已保存第 {n} 条记录。可以接着记下一条。</source>
        <translation>Entry {n} saved. You can log the next one now.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1010"/>
        <location filename="../../app/gui/pages/collection.py" line="1011"/>
        <source>修改催收记录</source>
        <translation>Edit collection entry</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1013"/>
        <source>已保存对第 {n} 条记录的修改。</source>
        <translation>Changes to entry {n} saved.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1068"/>
        <source>删除催收记录</source>
        <translation>Remove collection entry</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/collection.py" line="1081"/>
        <source>第 %n 笔债务</source>
        <translation>
            <numerusform>Debt %n</numerusform>
            <numerusform>Debt %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1096"/>
        <location filename="../../app/gui/pages/collection.py" line="1130"/>
        <source>先保存方案，附件会复制到方案旁边的文件夹</source>
        <translation>Save the plan first: attachments are copied into a folder next to it</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1105"/>
        <source>SHA-256 校验值：{sha256}</source>
        <translation>SHA-256: {sha256}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1108"/>
        <source>✗ {file}（找不到文件）</source>
        <translation>✗ {file} (file not found)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1109"/>
        <source>方案旁边找不到这个文件：是否被移动、改名或删除了？</source>
        <translation>This file is not where the plan says: was it moved, renamed or deleted?</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1111"/>
        <source>✗ {file}（文件已被改动）</source>
        <translation>✗ {file} (file has changed)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1112"/>
        <source>文件内容与添加时记下的校验值不同：它在添加后被改动过</source>
        <translation>The file&apos;s content differs from the checksum recorded when it was added: it was changed since</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1116"/>
        <source>没有记下校验值：重新添加这个文件可以记下</source>
        <translation>No checksum recorded: add the file again to record one</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1119"/>
        <source>方案保存后才能检查文件</source>
        <translation>Files can be checked once the plan is saved</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1134"/>
        <source>添加附件：截图、录音、通话详单</source>
        <translation>Add attachments: screenshots, recordings, call records</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1137"/>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1145"/>
        <source>无法添加附件</source>
        <translation>Could not add the attachment</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1146"/>
        <source>无法复制 {path}：{error}</source>
        <translation>Could not copy {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1154"/>
        <source>已复制到方案旁边的证据文件夹。按 Enter 保存第 {n} 条记录。</source>
        <translation>Copied into the evidence folder next to the plan. Press Enter to save entry {n}.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1156"/>
        <source>已复制到方案旁边的证据文件夹。按 Enter 保存这条记录。</source>
        <translation>Copied into the evidence folder next to the plan. Press Enter to save this entry.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1204"/>
        <location filename="../../app/gui/pages/collection.py" line="1212"/>
        <source>无法生成</source>
        <translation>Cannot create the note</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1216"/>
        <source>保存给家人的说明</source>
        <translation>Save the note for your family</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="1222"/>
        <source>已保存给家人的说明：{path}</source>
        <translation>Note for your family saved: {path}</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="370"/>
        <source>修改这笔债务的期数</source>
        <translation>Change this debt&apos;s instalments</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="373"/>
        <source>修改这笔债务的延期月数</source>
        <translation>Change this debt&apos;s deferral</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="384"/>
        <location filename="../../app/gui/pages/compare.py" line="462"/>
        <source>延期几个月</source>
        <translation>Deferral</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="384"/>
        <source>先停几个月不还，之后再开始分期</source>
        <translation>Months with no payments before the instalments start</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="385"/>
        <source>法律用语：展期 / 延期还款（《民法典》第六百七十八条：借款人可以在还款期限届满前向贷款人申请展期；贷款人同意的，可以展期）</source>
        <translation>Legal term: extension / deferral of repayment (Civil Code, Article 678: before the repayment period ends, the borrower may ask the lender for an extension; if the lender agrees, the term can be extended)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="388"/>
        <source>延期时利息</source>
        <translation>Deferral interest</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="388"/>
        <source>延期的几个月里，利息停不停</source>
        <translation>Whether interest stops during the deferred months</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="389"/>
        <source>法律用语：停息（延期期间停止计收利息和罚息）；选“照常计息”时利息并入欠款</source>
        <translation>Legal term: interest freeze (no interest or penalty interest is charged during the deferral); if interest continues, it is added to what you owe</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="391"/>
        <location filename="../../app/gui/pages/compare.py" line="461"/>
        <source>分几期还</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="392"/>
        <source>法律用语：个性化分期还款（《商业银行信用卡业务监督管理办法》第七十条：个性化分期还款协议的最长期限不得超过5年）</source>
        <translation>Legal term: personalised instalment plan (Measures on the Supervision of Credit Card Business of Commercial Banks, Article 70: a personalised instalment agreement may last at most 5 years)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="395"/>
        <source>分期利率</source>
        <translation>Instalment rate</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="395"/>
        <source>分期期间的年利率；0 表示免息</source>
        <translation>Yearly interest rate on the instalments; 0 means interest-free</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="396"/>
        <source>法律用语：分期年化利率（单利）。可以写 0、5%、日利率0.02% 等</source>
        <translation>Legal term: annual instalment rate (simple interest). You can write 0, 5% and so on</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="398"/>
        <source>每期怎么还</source>
        <translation>Instalment type</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="398"/>
        <source>每期还款金额怎么算</source>
        <translation>How the amount of each instalment is worked out</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="399"/>
        <source>法律用语：还款方式（等额本息、等额本金、先息后本、到期一次还本付息）</source>
        <translation>Legal term: repayment method (equal instalments, equal principal, interest first, one payment at the end)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="401"/>
        <source>先还一笔</source>
        <translation>Pay upfront</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="401"/>
        <source>申请时先还的钱，可以不填</source>
        <translation>Money you pay straight away when you apply (optional)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="402"/>
        <source>法律用语：首付款（协商达成时先行偿还的款项）</source>
        <translation>Legal term: down payment (the amount paid first once the agreement is reached)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="404"/>
        <location filename="../../app/gui/pages/compare.py" line="463"/>
        <source>请求减免</source>
        <translation>Ask to waive</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="404"/>
        <source>请出借方免掉哪些利息和费用</source>
        <translation>Which interest and fees to ask the lender to waive</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="405"/>
        <source>法律用语：减免罚息、复利、违约金（《民法典》第五百八十五条：违约金过分高于损失的可请求减少；金融借款利息、罚息、费用总计超过年利率24%的部分可请求调减）</source>
        <translation>Legal term: waiver of penalty interest, compound interest and late-payment penalties (Civil Code, Article 585: a penalty far above the actual loss can be reduced on request; for loans from financial institutions, interest, penalty interest and fees above 24% a year in total can be reduced on request)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="408"/>
        <source>法定上限</source>
        <translation>Legal cap</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="408"/>
        <source>判断利息罚息是否收多了的标准</source>
        <translation>The limit for judging whether you were overcharged interest or penalty interest</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="409"/>
        <source>法律用语：利率保护上限（金融借款：综合成本年化24%；民间借贷：合同成立时一年期LPR的4倍，《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条）</source>
        <translation>Legal term: interest rate protection cap (loans from financial institutions: total cost of 24% a year; private loans: 4 times the one-year LPR when the contract was made, Supreme People&apos;s Court Provisions on Private Lending Cases, Article 25)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="412"/>
        <source>每月的钱怎么分</source>
        <translation>Sharing out</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="412"/>
        <source>每月能还的钱在几家之间怎么分</source>
        <translation>How the money you can pay each month is shared between your lenders</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="413"/>
        <source>法律用语：按比例清偿（多个债权人之间分配还款）</source>
        <translation>Legal term: pro rata repayment (sharing repayments between several creditors)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="417"/>
        <location filename="../../app/gui/pages/compare.py" line="419"/>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="418"/>
        <location filename="../../app/gui/pages/compare.py" line="420"/>
        <source> 期</source>
        <translation> instalments</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="422"/>
        <source>延期期间停止计息</source>
        <translation>Interest stops</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="422"/>
        <source>延期期间照常计息</source>
        <translation>Interest continues</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="425"/>
        <source>等额本息（每月一样多）</source>
        <translation>Equal instalments</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="426"/>
        <source>等额本金（先多后少）</source>
        <translation>Equal principal (falling)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="427"/>
        <source>先息后本（最后还本金）</source>
        <translation>Interest first</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="428"/>
        <source>到期一次还本付息</source>
        <translation>One payment at the end</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="431"/>
        <source>不申请减免</source>
        <translation>No waiver</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="432"/>
        <source>减免超出法定上限的部分</source>
        <translation>Waive above the cap</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="433"/>
        <source>减免全部罚息和费用</source>
        <translation>Waive penalties and fees</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="434"/>
        <source>只还本金</source>
        <translation>Repay principal only</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="439"/>
        <source>按出借人类型自动</source>
        <translation>By lender type</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="439"/>
        <source>4倍LPR</source>
        <translation>4 × LPR</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="439"/>
        <source>自定年化上限</source>
        <translation>Custom annual cap</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="441"/>
        <source>银行、消费金融、小贷等：年化24%；民间借贷：4倍LPR</source>
        <translation>Banks, consumer finance, microcredit etc.: 24% a year; private loans: 4 × LPR</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="442"/>
        <source>合同成立时一年期LPR的4倍（目前约12%）</source>
        <translation>4 times the one-year LPR when the contract was made (about 12% now)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="443"/>
        <source>自己输入一个年化利率作为上限</source>
        <translation>Enter your own annual rate as the cap</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="446"/>
        <source>按欠款多少分</source>
        <translation>By amount owed</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="447"/>
        <source>按原来每月应还的比例分</source>
        <translation>By original payments</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="448"/>
        <source>各家平均分</source>
        <translation>Equal shares</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="449"/>
        <source>先还利率最高的</source>
        <translation>Highest rate first</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="451"/>
        <source>欠得多的一家分得多（最常见、最公平）</source>
        <translation>The more you owe a lender, the more it gets (most common and fairest)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="452"/>
        <source>按各家合同上原本每月应还的金额比例分</source>
        <translation>In proportion to each lender&apos;s original monthly payment under the contract</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="453"/>
        <source>每家每月给一样多</source>
        <translation>Every lender gets the same each month</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="454"/>
        <source>先集中还利率最高的一家，其他家先给最低金额，总利息最少</source>
        <translation>Pay off the highest-rate lender first while the others get the minimum; least interest overall</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="456"/>
        <source>我的方案（所有债务）</source>
        <translation>My proposal (all debts)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="457"/>
        <source>为某一笔债务单独设置</source>
        <translation>Settings for one debt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="460"/>
        <source>勾选后，这笔债务用下面自己的期数、延期和减免；取消勾选恢复用上面的方案</source>
        <translation>When ticked, this debt uses its own instalments, deferral and waiver below; untick to go back to the plan above</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="465"/>
        <source>把下面建议的期数、延期和减免写入这笔债务的单独设置</source>
        <translation>Copy the suggested instalments, deferral and waiver below into this debt&apos;s own settings</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="466"/>
        <source>如 0 或 5%</source>
        <translation>e.g. 0 or 5%</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="467"/>
        <source>如 15%，按回车确认</source>
        <translation>e.g. 15%, then press Enter</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="468"/>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="469"/>
        <source>每月可用于还款的钱，按“每月的钱怎么分”分给各家：</source>
        <translation>The money available for repayments each month, shared out between lenders as set in “Sharing out”:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="470"/>
        <source>每家每月可给</source>
        <translation>Per lender each month</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="471"/>
        <source>剩余欠款变化</source>
        <translation>Balance over time</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="472"/>
        <source>月供对比</source>
        <translation>Monthly payments</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="473"/>
        <source>还没有结果：先在「我的债务」里填写借款，在「收入支出」里填写每月收入和必要支出。</source>
        <translation>No results yet: first enter your loans under “Debts”, and your monthly income and essential expenses under “Budget”.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="492"/>
        <source>剩下的钱分几个月还完；一般最长 %1 期</source>
        <translation>Months to spread the rest over; usually %1 at most</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="608"/>
        <source>第 %1 笔债务</source>
        <translation>Debt %1</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="653"/>
        <source>每月可给这家 %1 元。</source>
        <translation>You can give this lender CNY %1 a month.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="674"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="754"/>
        <source>方案月供：输入有误，暂时算不出</source>
        <translation>My proposal: cannot be worked out until the inputs are corrected</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="758"/>
        <source>还没有债务：先在「我的债务」里填写借款</source>
        <translation>No debts yet: first enter your loans under “Debts”</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="764"/>
        <source>%1（最高 %2）</source>
        <translation>%1 (up to %2)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="767"/>
        <source>✗ 每月没有钱可用于还款：先到「收入支出」核对收入和必要开支</source>
        <translation>✗ Nothing is left for repayments each month: check income and essential expenses under Budget first</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="770"/>
        <source>方案月供 %1 元/月 ✓ 在预算内</source>
        <translation>My proposal: CNY %1 a month ✓ within budget</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="774"/>
        <source>方案月供 %1 元/月 ✗ 超出预算 %2 元/月</source>
        <translation>My proposal: CNY %1 a month ✗ CNY %2 a month over budget</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="801"/>
        <source>每月可用于还款 %1 元。要在这个数内还清，可以这样向各家申请：</source>
        <translation>Available for repayments: CNY %1 a month. To repay within that, you could ask each lender for this:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="803"/>
        <source>每月收入扣除必要支出后没有余钱（%1 元）。可以这样向各家说明：</source>
        <translation>Nothing is left of your monthly income after essential expenses (CNY %1). You could explain it to each lender like this:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="811"/>
        <source>暂时没有建议。</source>
        <translation>No suggestions yet.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="827"/>
        <source>注意：按现在的预算（每月给这家 %1 元），%2的欠款在 %3 个月内还不清；要在方案期限内还清，每月需还 %4 元（表中“现状”按此计算）。</source>
        <translation>Note: with the current budget (CNY %1 a month to this lender), the debt to %2 would not be repaid within %3 months. Repaying it within the plan&apos;s term takes CNY %4 a month (the “status quo” column uses this).</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="845"/>
        <source>修改延期月数</source>
        <translation>Change deferral</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="849"/>
        <source>修改期数</source>
        <translation>Change instalments</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="853"/>
        <source>修改延期时利息</source>
        <translation>Change interest when deferred</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="854"/>
        <source>修改还款方式</source>
        <translation>Change repayment method</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="855"/>
        <source>修改减免方式</source>
        <translation>Change waiver</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="856"/>
        <source>修改分配方式</source>
        <translation>Change sharing out</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="871"/>
        <source>修改分期利率</source>
        <translation>Change instalment rate</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="875"/>
        <source>修改先还的金额</source>
        <translation>Change upfront payment</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="893"/>
        <location filename="../../app/gui/pages/compare.py" line="897"/>
        <source>修改法定上限</source>
        <translation>Change legal cap</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="458"/>
        <location filename="../../app/gui/pages/compare.py" line="910"/>
        <source>为这笔债务单独设置</source>
        <translation>Use separate settings for this debt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="917"/>
        <source>取消这笔债务的单独设置</source>
        <translation>Stop using separate settings for this debt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="929"/>
        <source>修改这笔债务的减免方式</source>
        <translation>Change this debt&apos;s waiver</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/compare.py" line="464"/>
        <location filename="../../app/gui/pages/compare.py" line="943"/>
        <source>按建议设置这笔债务</source>
        <translation>Apply the suggestion to this debt</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="237"/>
        <source>写投诉稿</source>
        <translation>Write a complaint</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="238"/>
        <source>投诉哪笔债务的催收</source>
        <translation>Complain about the collectors of</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="239"/>
        <source>投诉稿语言</source>
        <translation>Language of the draft</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="240"/>
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="241"/>
        <source>英文</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="242"/>
        <source>可以向哪里投诉（按建议的先后顺序，选一个看投诉稿）</source>
        <translation>Where you can complain (in the suggested order; pick one to see its draft)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="243"/>
        <source>复制文字</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="244"/>
        <source>复制投诉稿的纯文字，粘贴到 12378、12321 等网上投诉表单</source>
        <translation>Copy the draft as plain text to paste into online complaint forms (12378, 12321…)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="245"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="246"/>
        <source>保存投诉稿 PDF，打印后签名，或作为附件提交</source>
        <translation>Save the draft as a PDF: print and sign it, or attach it to an online complaint</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="247"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="330"/>
        <source>已复制投诉稿文字，可以粘贴到网上投诉表单。提交前请逐条核对。</source>
        <translation>The draft&apos;s text is copied: paste it into the online form. Check every line before you file.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="339"/>
        <source>导出投诉稿 PDF</source>
        <translation>Export the complaint as PDF</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="345"/>
        <source>已保存投诉稿：{path}</source>
        <translation>Complaint saved: {path}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="378"/>
        <source>{name}（%n 条记录）</source>
        <translation>
            <numerusform>{name} (%n entry)</numerusform>
            <numerusform>{name} (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="379"/>
        <source>{name}（没有相关记录）</source>
        <translation>{name} (no entries about it)</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="409"/>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="482"/>
        <source>结果未更新：请先改正标红的输入</source>
        <translation>Results not updated: first correct the inputs marked in red</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="410"/>
        <source>方案里还没有债务</source>
        <translation>The plan has no debts yet</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="424"/>
        <source>记录里没有这笔债务的催收：投诉稿只写注明是这家机构催收的记录（没有注明的记录，在方案只有一笔债务或所有记录都没有注明时才会写入）。可以在「记一笔」里修改记录，选「催哪笔债」。</source>
        <translation>No log entry is about this debt: a draft states only the entries marked as this lender&apos;s collection (unmarked entries only when the plan has one debt or no entry is marked). Edit an entry in &quot;Log a contact&quot; and choose &quot;Which debt&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="435"/>
        <source>提醒：这些记录还没有附件（截图、录音、通话详单等）。可以在「记一笔」里修改记录，用「添加附件…」加入；投诉稿的证据清单会列出它们和校验值。</source>
        <translation>Note: these entries have no attachments yet (screenshots, recordings, call records…). Edit an entry in &quot;Log a contact&quot; and use &quot;Add attachments…&quot;; the draft&apos;s evidence list will name them with their checksums.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="456"/>
        <source>✗ 找不到附件：{file}</source>
        <translation>✗ Attachment not found: {file}</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="457"/>
        <source>✗ 附件在添加后被改动过（与记下的校验值不同）：{file}</source>
        <translation>✗ Attachment changed since it was added (differs from the recorded checksum): {file}</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="460"/>
        <source>投诉稿的证据清单会照样列出它们：提交前请找回原始文件。</source>
        <translation>The draft&apos;s evidence list still names them: find the original files before you file.</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="484"/>
        <source>这笔债务还没有可以写进投诉稿的记录</source>
        <translation>There is no entry about this debt to put in a complaint yet</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="502"/>
        <source>无法生成预览：缺少生成 PDF 的组件</source>
        <translation>No preview: the PDF components are missing</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="507"/>
        <source>无法生成预览：字体文件缺失或缺字</source>
        <translation>No preview: the font is missing or lacks a character</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/complaint_dialog.py" line="509"/>
        <source>无法生成预览</source>
        <translation>No preview could be made</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="280"/>
        <source>时间</source>
        <extracomment>Channels the form offers, in that order (the report&apos;s channel words; ``call`` reads as ``phone`` and is kept when a file has it).</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="281"/>
        <source>哪笔债务</source>
        <translation>Debt</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="282"/>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="283"/>
        <source>对方（姓名、工号）</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="284"/>
        <source>说了什么</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="285"/>
        <source>对方方案</source>
        <translation>Their offer</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="286"/>
        <source>书面确认</source>
        <translation>In writing</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="287"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="288"/>
        <source>截止日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="294"/>
        <source>和贷款机构沟通的时间（到分钟）</source>
        <translation>When you spoke to the lender (to the minute)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="295"/>
        <source>和你沟通的人：姓名、工号、部门</source>
        <translation>Who you dealt with: name, staff no., department</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="296"/>
        <source>对方提出的还款方案：期数、每月金额、减免</source>
        <translation>The repayment plan they offered: instalments, monthly amount, waiver</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="297"/>
        <source>对方有没有用短信、App 消息或书面协议确认</source>
        <translation>Whether they have confirmed it by SMS, in-app message or written agreement</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="298"/>
        <source>下一步的截止日期；过期、今天到期标红</source>
        <translation>When the next step is due; red if overdue or due today</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="365"/>
        <source>（未关联）</source>
        <translation>(not linked)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="387"/>
        <source>{months} 期 × {monthly} 元</source>
        <translation>{months} × CNY {monthly}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="391"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="395"/>
        <source>✓ 已确认</source>
        <translation>✓ Confirmed</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="397"/>
        <source>✗ 还没有</source>
        <translation>✗ Not yet</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="398"/>
        <source>没有</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/models/contacts_model.py" line="408"/>
        <source>✗ {date}（已过期 %n 天）</source>
        <translation>
            <numerusform>✗ {date} (%n day overdue)</numerusform>
            <numerusform>✗ {date} (%n days overdue)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="410"/>
        <source>✗ {date}（今天到期）</source>
        <translation>✗ {date} (due today)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/models/contacts_model.py" line="411"/>
        <source>{date}（还有 %n 天）</source>
        <translation>
            <numerusform>{date} (in %n day)</numerusform>
            <numerusform>{date} (in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="442"/>
        <source>后来又有沟通记录：以最新一条的下一步为准</source>
        <translation>There is a later entry: the next step in the latest entry is the one that counts</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="451"/>
        <source>一次性费用 {amount} 元</source>
        <translation>One-off fees: CNY {amount}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="453"/>
        <source>首付 {amount} 元</source>
        <translation>Upfront payment: CNY {amount}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/contacts_model.py" line="455"/>
        <source>首期 {date}</source>
        <translation>First payment: {date}</translation>
    </message>
</context>
<context>
    <name>DebtScheduleModel</name>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="264"/>
        <source>首付</source>
        <translation>Upfront</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="287"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="294"/>
        <source>期数</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="295"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="296"/>
        <source>还款额</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="297"/>
        <source>本金</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="298"/>
        <source>利息</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="299"/>
        <source>罚息</source>
        <translation>Penalty interest</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="300"/>
        <source>费用</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="301"/>
        <source>剩余欠款</source>
        <translation>Still owed</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="306"/>
        <source>这一笔还完后还欠的钱：剩余本金加上还没还的利息、罚息和费用。</source>
        <translation>What is still owed after this payment: remaining principal plus unpaid interest, penalty interest and fees.</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="308"/>
        <source>逾期后按罚息利率计收的利息（只在继续逾期的方案里出现）。</source>
        <translation>Interest charged at the penalty rate while overdue (only in the status quo scenario).</translation>
    </message>
</context>
<context>
    <name>DebtsModel</name>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="306"/>
        <source>债权人</source>
        <extracomment>The plan field each input column edits (&quot;rate&quot; is annual_rate or daily_rate).</extracomment>
        <translation>Creditor</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="307"/>
        <source>出借人类型</source>
        <translation>Lender type</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="308"/>
        <source>剩余本金</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="309"/>
        <source>已出账利息</source>
        <translation>Billed interest</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="310"/>
        <source>已出账罚息</source>
        <translation>Billed penalty</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="311"/>
        <source>已出账费用</source>
        <translation>Billed fees</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="312"/>
        <source>合同利率</source>
        <translation>Contract rate</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="313"/>
        <source>罚息利率</source>
        <translation>Penalty rate</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="314"/>
        <source>逾期开始</source>
        <translation>Overdue since</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="315"/>
        <source>剩余期数</source>
        <translation>Instalments left</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="316"/>
        <source>还款方式</source>
        <translation>Repayment method</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="317"/>
        <source>合同日期</source>
        <translation>Contract date</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="318"/>
        <source>共欠</source>
        <translation>Owed</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="319"/>
        <source>法定上限</source>
        <translation>Legal cap</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="320"/>
        <source>超出上限</source>
        <translation>Above cap</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="325"/>
        <source>合同或征信报告上的出借机构全称（括号里是借款App的名字）</source>
        <translation>The lender&apos;s full legal name from the contract or credit report (the app&apos;s name in brackets)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="326"/>
        <source>出借人类型决定适用哪条法定上限</source>
        <translation>The lender type decides which legal cap applies</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="327"/>
        <source>还没还的本金，已逾期的部分也算在内</source>
        <translation>Principal not yet repaid, the overdue part included</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="328"/>
        <source>已经出账、还没还的正常利息</source>
        <translation>Normal interest billed and not yet paid</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="329"/>
        <source>已经出账、还没还的罚息和复利</source>
        <translation>Penalty interest and compound interest billed and not yet paid</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="330"/>
        <source>已经出账、还没还的违约金、手续费等</source>
        <translation>Late fees, handling fees etc. billed and not yet paid</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="331"/>
        <source>合同写的利率：年化利率或日利率</source>
        <translation>The rate in the contract: a yearly or a daily rate</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="332"/>
        <source>逾期后计收罚息的年利率；合同没写时按合同利率的1.5倍估算</source>
        <translation>Yearly penalty interest rate on overdue amounts; if the contract gives none, 1.5 × the contract rate is assumed</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="333"/>
        <source>第一次没按时还款的日期</source>
        <translation>The first date a payment was missed</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="334"/>
        <source>还没到期的期数；已全部到期或被要求一次还清时填 0</source>
        <translation>Instalments not yet due; 0 if everything is due or the lender demands it all at once</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="335"/>
        <source>合同约定的还款方式</source>
        <translation>How the contract says the loan is repaid</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="336"/>
        <source>借款合同签订日期（民间借贷的上限按这一天的LPR计算）</source>
        <translation>The date the loan contract was signed (a private loan&apos;s cap uses the LPR on that day)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="337"/>
        <source>本金加上已出账的利息、罚息和费用</source>
        <translation>Principal plus billed interest, penalty interest and fees</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="338"/>
        <source>法律保护的最高综合年利率（法定上限）；鼠标停留可看依据</source>
        <translation>The highest total yearly rate the law protects (legal cap); hover for the source</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="339"/>
        <source>已出账的利息、罚息、费用中超出法定上限的部分，可在申请书中要求减免</source>
        <translation>The part of the billed interest, penalty interest and fees above the legal cap; you can ask for it to be waived in the letter</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="344"/>
        <source>持牌机构</source>
        <translation>Licensed lender</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="345"/>
        <source>信用卡</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="346"/>
        <source>民间借贷</source>
        <translation>Private loan</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="351"/>
        <source>银行、消费金融公司、小额贷款公司、网络借贷平台的贷款</source>
        <translation>Loans from banks, consumer-finance companies, microcredit companies and lending platforms</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="352"/>
        <source>银行信用卡的透支和分期</source>
        <translation>Credit card balances and instalments</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="353"/>
        <source>个人之间或非金融机构的借款（民间借贷）</source>
        <translation>Loans between individuals or from non-financial companies (private lending)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="358"/>
        <source>等额本息</source>
        <translation>Equal instalments</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="359"/>
        <source>等额本金</source>
        <translation>Equal principal</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="360"/>
        <source>先息后本</source>
        <translation>Interest first</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="361"/>
        <source>到期一次还本付息</source>
        <translation>One payment at the end</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="378"/>
        <source>产品名称</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="379"/>
        <source>合同编号</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="380"/>
        <source>卡号后四位</source>
        <translation>Card last 4 digits</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="384"/>
        <source>修改{field}</source>
        <translation>Change {field}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="394"/>
        <source>日利率 {rate}</source>
        <translation>{rate} a day</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="395"/>
        <location filename="../../app/gui/models/debts_model.py" line="398"/>
        <source>年化 {rate}</source>
        <translation>{rate} a year</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="446"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/models/debts_model.py" line="555"/>
        <source>共 %n 笔债务</source>
        <translation>
            <numerusform>%n debt</numerusform>
            <numerusform>%n debts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="561"/>
        <location filename="../../app/gui/models/debts_model.py" line="641"/>
        <source>未超出</source>
        <translation>Within cap</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="567"/>
        <location filename="../../app/gui/models/debts_model.py" line="680"/>
        <source>结果未更新：请先改正标红的输入</source>
        <translation>Not up to date: first correct the inputs marked in red</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="580"/>
        <source>（未填写）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="582"/>
        <source>{product}（{creditor}）</source>
        <translation>{product} ({creditor})</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="598"/>
        <source>默认</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="599"/>
        <source>默认 {rate}</source>
        <translation>default {rate}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="640"/>
        <source>无法判断</source>
        <translation>cannot tell</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="648"/>
        <source>法定上限：年化 {rate}</source>
        <translation>Legal cap: {rate} a year</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="652"/>
        <source>一年期LPR {rate}（{date}公布）</source>
        <translation>One-year LPR {rate} (published {date})</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="655"/>
        <source>没有填写合同日期，暂按最新的LPR计算</source>
        <translation>No contract date given: the latest LPR is used for now</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="657"/>
        <source>{date}之前按年化 {rate}</source>
        <translation>Before {date}: {rate} a year</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="659"/>
        <source>依据：{source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="670"/>
        <source>产品：{product}</source>
        <translation>Product: {product}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="672"/>
        <source>合同编号：{no}</source>
        <translation>Contract number: {no}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="674"/>
        <source>卡号后四位：{last4}</source>
        <translation>Card last 4 digits: {last4}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="685"/>
        <source>超出法定上限 {amount} 元，可在申请书中要求减免</source>
        <translation>CNY {amount} above the legal cap: you can ask for it to be waived in the letter</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="688"/>
        <source>请填写逾期开始日期或合同日期，才能判断是否超出上限</source>
        <translation>Fill in the overdue date or the contract date to tell whether the charges are above the cap</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="689"/>
        <source>已出账的利息、罚息和费用没有超出法定上限</source>
        <translation>The billed interest, penalty interest and fees are within the legal cap</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/debts_model.py" line="691"/>
        <source>合同没写罚息利率时，按合同利率的1.5倍估算</source>
        <translation>With no penalty rate in the contract, 1.5 × the contract rate is assumed</translation>
    </message>
</context>
<context>
    <name>DebtsPage</name>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="415"/>
        <location filename="../../app/gui/pages/debts.py" line="417"/>
        <location filename="../../app/gui/pages/debts.py" line="422"/>
        <location filename="../../app/gui/pages/debts.py" line="520"/>
        <source>添加债务</source>
        <translation>Add debt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="416"/>
        <source>添加一笔债务（在表格中按 Insert 键）</source>
        <translation>Add a debt (Insert key in the table)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="418"/>
        <source>复制</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="419"/>
        <source>复制选中的债务，再修改不同的地方（Ctrl+D）</source>
        <translation>Copy the selected debt, then change what differs (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="420"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="421"/>
        <source>删除选中的债务（在表格中按 Delete 键）；可以撤销</source>
        <translation>Remove the selected debt (Delete key in the table); can be undone</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="423"/>
        <source>删除债务</source>
        <translation>Remove debt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="424"/>
        <source>复制债务</source>
        <translation>Duplicate debt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="425"/>
        <source>还没有债务。点击「添加债务」，照着借款App里的数字填写。</source>
        <translation>No debts yet. Click “Add debt” and copy the figures from the lender&apos;s app.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="428"/>
        <source>出借方</source>
        <translation>Lender</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="428"/>
        <source>还欠多少</source>
        <translation>How much is owed</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="428"/>
        <source>利率和逾期</source>
        <translation>Rates and arrears</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="432"/>
        <source>债权人</source>
        <translation>Creditor</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="433"/>
        <source>借款App / 产品</source>
        <translation>App / product</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="434"/>
        <source>出借人类型</source>
        <translation>Lender type</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="435"/>
        <source>合同编号</source>
        <translation>Contract number</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="436"/>
        <source>卡号后四位</source>
        <translation>Card last 4 digits</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="437"/>
        <source>合同日期</source>
        <translation>Contract date</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="438"/>
        <source>剩余本金</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="439"/>
        <source>已出账利息</source>
        <translation>Billed interest</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="440"/>
        <source>已出账罚息</source>
        <translation>Billed penalty interest</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="441"/>
        <source>已出账费用</source>
        <translation>Billed fees</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="442"/>
        <source>合同利率</source>
        <translation>Contract rate</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="443"/>
        <source>罚息利率</source>
        <translation>Penalty rate</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="444"/>
        <source>逾期开始</source>
        <translation>Overdue since</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="445"/>
        <source>剩余期数</source>
        <translation>Instalments left</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="446"/>
        <source>还款方式</source>
        <translation>Repayment method</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="449"/>
        <source>合同或征信报告上的出借机构全称，例如：重庆美团三快小额贷款有限公司。申请书寄给这家机构。</source>
        <translation>The lender&apos;s full legal name from the contract or credit report. The letter is addressed to it.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="451"/>
        <source>你在手机上看到的名字，例如：美团借钱、借呗</source>
        <translation>The name you see in the lender&apos;s app on your phone</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="452"/>
        <source>借款合同编号或借据号（可不填）</source>
        <translation>Loan contract or IOU number (optional)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="453"/>
        <source>信用卡卡号的最后四位数字（可不填）</source>
        <translation>Last four digits of the credit card number (optional)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="454"/>
        <source>借款合同签订的日期；民间借贷的法定上限按这一天的LPR计算</source>
        <translation>The date the loan contract was signed; a private loan&apos;s legal cap uses the LPR on that day</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="455"/>
        <source>照合同写：年化18%、日利率0.05%、日息万五、月息1.5% 都可以</source>
        <translation>Type it as the contract states it: a yearly rate such as 18%, or a daily or monthly rate with the contract&apos;s own wording</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="456"/>
        <source>逾期后的罚息年利率；合同没写就留空，按合同利率的1.5倍估算</source>
        <translation>Yearly penalty interest rate on overdue amounts; leave empty if the contract gives none (1.5 × the contract rate is then assumed)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="457"/>
        <source>第一次没按时还款的日期</source>
        <translation>The first date a payment was missed</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="458"/>
        <source>还没到期的期数；已全部到期或被要求一次还清时填 0</source>
        <translation>Instalments not yet due; 0 if everything is due or the lender demands it all at once</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="461"/>
        <source>如：美团借钱</source>
        <translation>e.g. the app&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="462"/>
        <source>如：重庆美团三快小额贷款有限公司</source>
        <translation>full legal name of the lender</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="463"/>
        <source>年-月-日，如 2025-07-20</source>
        <translation>YYYY-MM-DD, e.g. 2025-07-20</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="464"/>
        <source>年-月-日，如 2026-07-20</source>
        <translation>YYYY-MM-DD, e.g. 2026-07-20</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="465"/>
        <source>如：年化18% 或 日利率0.05%</source>
        <translation>e.g. 18% (a year)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="514"/>
        <source>第{n}笔债务</source>
        <translation>Debt {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="522"/>
        <source>已添加第{n}笔债务：照着借款App里的数字，在右边填写。</source>
        <translation>Debt {n} added: copy the figures from the lender&apos;s app into the form on the right.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="537"/>
        <source>复制债务“{name}”</source>
        <translation>Duplicate debt “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="539"/>
        <source>已复制“{name}”：修改不同的地方。</source>
        <translation>Copied “{name}”: change what differs.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="548"/>
        <source>删除债务“{name}”</source>
        <translation>Remove debt “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="552"/>
        <source>已删除“{name}”。按 Ctrl+Z 可以撤销。</source>
        <translation>Removed “{name}”. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="679"/>
        <source>填写或修改：{name}</source>
        <translation>Details: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="680"/>
        <source>第{n}笔：{name}</source>
        <translation>Debt {n}: {name}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="706"/>
        <source>不填：按默认 年化 {rate}</source>
        <translation>Empty: default {rate} a year</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="709"/>
        <source>不填：按合同利率的1.5倍</source>
        <translation>Empty: 1.5 × the contract rate</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="718"/>
        <source>结果未更新：请先改正标红的输入。</source>
        <translation>Not up to date: first correct the inputs marked in red.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="723"/>
        <source>共欠 {owed} 元：本金 {principal} 元，加上已出账的利息、罚息和费用 {billed} 元</source>
        <translation>Owed CNY {owed}: principal CNY {principal} plus billed interest, penalty interest and fees CNY {billed}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="726"/>
        <source>法定上限：年化 {rate}（鼠标停留可看法律依据）</source>
        <translation>Legal cap: {rate} a year (hover for the legal source)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="729"/>
        <source>法律术语：利息、复利、罚息、违约金和其他费用合计超过法定上限的部分，借款人可以请求调减。</source>
        <translation>Legal term: the part of interest, compound interest, penalty interest, late-payment penalties and other charges together above the legal cap can be reduced at the borrower&apos;s request.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="732"/>
        <source>✗ 超出法定上限 {amount} 元</source>
        <translation>✗ CNY {amount} above the legal cap</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="735"/>
        <source>可在申请书中要求减免这部分。</source>
        <translation>You can ask for this part to be waived in the letter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="738"/>
        <source>✓ 已出账的利息、罚息和费用没有超出法定上限</source>
        <translation>✓ The billed interest, penalty interest and fees are within the legal cap</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="742"/>
        <source>还无法判断是否超出上限</source>
        <translation>Cannot tell yet whether the charges are above the cap</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="744"/>
        <source>请填写逾期开始日期或合同日期。</source>
        <translation>Fill in the overdue date or the contract date.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="748"/>
        <source>按年计算：合同利率 {rate}，罚息 {penalty}</source>
        <translation>Converted to yearly rates: contract rate {rate}, penalty rate {penalty}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="755"/>
        <source>还没有债务：先添加一笔借款</source>
        <translation>No debts yet: add your first loan</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="759"/>
        <source>数据需要修正：改好标红的输入后，这里会显示共欠多少</source>
        <translation>Some inputs need fixing: correct the ones marked in red to see what you owe</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="763"/>
        <source>共欠 {owed} 元 · 其中超出法定上限 {excess} 元</source>
        <translation>Owed CNY {owed} · of which CNY {excess} above the legal cap</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/debts.py" line="766"/>
        <source>共欠 {owed} 元 · 已出账费用都没有超出法定上限</source>
        <translation>Owed CNY {owed} · billed charges all within the legal cap</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="378"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="379"/>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="380"/>
        <source>对方号码</source>
        <translation>Their number</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="381"/>
        <source>对方自称</source>
        <translation>Claimed to be</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="382"/>
        <source>联系了谁</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="383"/>
        <source>次数</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="384"/>
        <source>接通</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="385"/>
        <source>说了什么</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="386"/>
        <source>你注意到的</source>
        <translation>What you noticed</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="387"/>
        <source>可能违规</source>
        <translation>Possible breaches</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="393"/>
        <source>对方联系的时间（到分钟）</source>
        <translation>When the contact happened (to the minute)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="394"/>
        <source>来电号码、短信号码或微信号</source>
        <translation>The number that called or texted, or the WeChat ID</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="395"/>
        <source>对方说自己是谁：姓名、工号、公司</source>
        <translation>Who they said they were: name, staff number, company</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="396"/>
        <source>这一次记录里对方打来或发来几次</source>
        <translation>How many times they called or messaged in this entry</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="397"/>
        <source>按催收规则核对你的记录后发现的问题，依据见下方列表</source>
        <translation>Problems found by checking your entries against the collection rules; the list below gives the sources</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="464"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="465"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="509"/>
        <source>结果未更新：请先改正标红的输入</source>
        <translation>Not up to date: first correct the inputs marked in red</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="511"/>
        <source>{name}：{fact}</source>
        <translation>{name}: {fact}</translation>
    </message>
</context>
<context>
    <name>EvidenceTags</name>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="143"/>
        <source>把我欠钱的事告诉了别人</source>
        <translation>Told others about my debt</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="144"/>
        <source>威胁、吓唬（说要上门、抓人等）</source>
        <translation>Threats (a home visit, arrest…)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="145"/>
        <source>骂人、侮辱</source>
        <translation>Swearing or insults</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="146"/>
        <source>冒充警察、法院或律师</source>
        <translation>Posed as police, a court or a lawyer</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="148"/>
        <source>发来“律师函”“立案通知”之类的文书</source>
        <translation>Sent a lawyer&apos;s letter or court notice</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="150"/>
        <source>要我另交费用，或借新钱还旧债</source>
        <translation>Asked for extra fees or a new loan</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="152"/>
        <source>用私人手机号或私人微信催</source>
        <translation>Used a private phone or private WeChat</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="154"/>
        <source>说要公开我的欠款（发群、找村委会等）</source>
        <translation>Threatened to make my debt public</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="166"/>
        <source>法律用语：{term}</source>
        <translation>Legal term: {term}</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/evidence_model.py" line="181"/>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../app/gui/export.py" line="52"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/gui/export.py" line="65"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="384"/>
        <location filename="../../app/gui/pages/letter.py" line="511"/>
        <location filename="../../app/gui/pages/letter.py" line="518"/>
        <source>申请书</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="369"/>
        <source>写给</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="370"/>
        <source>申请书语言</source>
        <translation>Letter language</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="371"/>
        <source>附上</source>
        <translation>Enclose</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="372"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="373"/>
        <source>身份证后四位</source>
        <translation>ID (last 4)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="374"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="375"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="376"/>
        <source>困难原因</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="377"/>
        <source>经过</source>
        <translation>Your story</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="378"/>
        <source>困难开始日期</source>
        <translation>Hardship since</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="379"/>
        <source>之前的月收入</source>
        <translation>Income before</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="380"/>
        <source>证明材料</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="385"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="386"/>
        <source>困难情况</source>
        <translation>Hardship</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="387"/>
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="388"/>
        <source>英文</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="389"/>
        <source>申请书用哪种语言书写（与界面语言无关）</source>
        <translation>The language the letter is written in (separate from the app&apos;s language)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="390"/>
        <source>还款计划表</source>
        <translation>Repayment schedule</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="391"/>
        <source>家庭收支情况表</source>
        <translation>Household income and expenses</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="392"/>
        <source>困难情况说明</source>
        <translation>Statement of hardship</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="393"/>
        <source>例如：张伟</source>
        <translation>e.g. Zhang Wei</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="394"/>
        <source>只填最后 4 位，如 3015</source>
        <translation>Last 4 characters only, e.g. 3015</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="395"/>
        <source>为保护隐私，只保存身份证号的最后 4 位</source>
        <translation>For your privacy, only the last 4 characters of your ID number are kept</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="396"/>
        <source>对方联系你用的电话</source>
        <translation>The number the lender can reach you on</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="397"/>
        <source>可只写到市</source>
        <translation>The city is enough</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="399"/>
        <source>失业</source>
        <translation>Job loss</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="400"/>
        <source>生病</source>
        <translation>Illness</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="401"/>
        <source>收入下降</source>
        <translation>Income fell</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="402"/>
        <source>经营失败</source>
        <translation>Business loss</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="403"/>
        <source>家庭变故</source>
        <translation>Family crisis</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="404"/>
        <source>灾害</source>
        <translation>Disaster</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="405"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="410"/>
        <source>用自己的话写发生了什么、什么时候开始、现在怎样。申请书会原文引用。</source>
        <translation>In your own words: what happened, when it started and how things are now. The letter quotes this word for word.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="411"/>
        <source>年-月-日，如 2026-06-30</source>
        <translation>YYYY-MM-DD, e.g. 2026-06-30</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="412"/>
        <source>出事前每月收入，可不填</source>
        <translation>Monthly income before this happened (optional)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="413"/>
        <source>添加其他材料，按回车</source>
        <translation>Add other evidence, then press Enter</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="414"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="415"/>
        <source>打印这封申请书（Ctrl+P）</source>
        <translation>Print this letter (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="416"/>
        <source>打印预览…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="417"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="479"/>
        <source>打印申请书</source>
        <translation>Print letter</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="493"/>
        <source>打印预览</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="504"/>
        <source>导出申请书 PDF</source>
        <translation>Export letter as PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/letter.py" line="568"/>
        <source>第 %n 笔债务</source>
        <translation>
            <numerusform>Debt %n</numerusform>
            <numerusform>Debt %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="626"/>
        <source>身份证后四位应为 4 个字符：数字，最后一位也可以是 X（如 3015、301X）。</source>
        <translation>The last 4 characters of the ID number: digits, and the last one may also be X (e.g. 3015, 301X).</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="681"/>
        <source>先勾选困难原因，这里会列出常用的证明材料。</source>
        <translation>Tick the reasons for your hardship first, and the usual evidence will be listed here.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="683"/>
        <source>还没有勾选：申请书会列出上面这些常用证明，请准备好；勾选你会附上的材料，申请书就只列勾选的。</source>
        <translation>Nothing ticked: the letter lists all the usual evidence above, so have it ready. Tick what you will enclose and the letter lists only that.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="686"/>
        <source>申请书的附件只列勾选的材料。</source>
        <translation>The letter lists only the ticked evidence as enclosures.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="694"/>
        <source>修改姓名</source>
        <translation>Change name</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="694"/>
        <source>修改电话</source>
        <translation>Change phone</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="695"/>
        <source>修改地址</source>
        <translation>Change address</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="708"/>
        <source>修改身份证后四位</source>
        <translation>Change ID number (last 4)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="718"/>
        <source>修改困难原因</source>
        <translation>Change reasons for hardship</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="726"/>
        <source>修改困难经过</source>
        <translation>Change what happened</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="730"/>
        <source>修改困难开始日期</source>
        <translation>Change hardship start date</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="734"/>
        <source>修改之前的月收入</source>
        <translation>Change previous monthly income</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="746"/>
        <source>修改证明材料</source>
        <translation>Change evidence</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="756"/>
        <source>添加证明材料</source>
        <translation>Add evidence</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="784"/>
        <location filename="../../app/gui/pages/letter.py" line="865"/>
        <location filename="../../app/gui/pages/letter.py" line="869"/>
        <source>正在生成…</source>
        <translation>Generating…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/letter.py" line="859"/>
        <source>致 %1：%2（%n 页）</source>
        <translation>
            <numerusform>To %1: %2 (%n page)</numerusform>
            <numerusform>To %1: %2 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="868"/>
        <source>正在生成申请书…</source>
        <translation>Generating the letter…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="871"/>
        <source>申请书暂时无法生成</source>
        <translation>The letter cannot be generated yet</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="875"/>
        <source>请先修正下面的输入，才能生成申请书：</source>
        <translation>Correct these inputs first to generate the letter:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="876"/>
        <source>还没有可以写申请书的债务：</source>
        <translation>No debts to write a letter about yet:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="877"/>
        <source>申请书字体无法打印下面这些字符，请改用常用汉字：</source>
        <translation>The letter&apos;s font cannot print these characters; please use common Chinese characters instead:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="884"/>
        <source>找不到申请书用的字体文件，请重新安装 NegoPlan。</source>
        <translation>The letter&apos;s font file is missing. Please reinstall NegoPlan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/letter.py" line="886"/>
        <source>申请书生成失败。请检查输入后再试一次。</source>
        <translation>The letter could not be generated. Check your inputs and try again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/gui/main_window.py" line="206"/>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="207"/>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="208"/>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="209"/>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="210"/>
        <source>导出申请书 PDF(&amp;E)…</source>
        <translation>&amp;Export Letter as PDF…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="211"/>
        <source>打印申请书(&amp;P)…</source>
        <translation>&amp;Print Letter…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="212"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="213"/>
        <source>撤销(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="214"/>
        <source>重做(&amp;R)</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="215"/>
        <source>首选项(&amp;P)…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="216"/>
        <source>记一笔催收(&amp;L)…</source>
        <translation>&amp;Log Collection Contact…</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="217"/>
        <source>催收电话或短信来了：打开「应对催收」的记录表，时间已填好</source>
        <translation>A collector is calling or texting: opens the log under “Collection” with the time filled in</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="218"/>
        <source>按今天的日期重新计算(&amp;T)</source>
        <translation>Recompute as of &amp;today</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="219"/>
        <source>逾期天数和罚息都按“计算日期”算；过了几天再打开方案时，改成今天</source>
        <translation>Days overdue and penalty interest are counted up to the calculation date; when you reopen a plan days later, set it to today</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="222"/>
        <source>关于 NegoPlan(&amp;A)</source>
        <translation>&amp;About NegoPlan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="223"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="224"/>
        <source>最近打开(&amp;R)</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="225"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="226"/>
        <source>步骤(&amp;V)</source>
        <translation>&amp;Steps</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="227"/>
        <source>设置(&amp;S)</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="228"/>
        <source>语言 / Language</source>
        <translation>Language / 语言</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="229"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="231"/>
        <source>示例方案 — 替换为你自己的数据。这里的数字属于一位虚构的借款人，用来演示每一步；点击「新建我的方案」从空白开始。</source>
        <translation>Example plan — replace it with your own data. These figures belong to an imaginary borrower and show how each step works; click “Start my own plan” to begin with a blank plan.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="233"/>
        <source>新建我的方案</source>
        <translation>Start my own plan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="234"/>
        <location filename="../../app/gui/main_window.py" line="294"/>
        <source>示例方案</source>
        <translation>Example plan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="236"/>
        <source>本工具不收费、不联网，不代办协商；谨防“停息挂账”代理收费</source>
        <translation>This tool is free, works offline and does not negotiate for you. Beware of agents charging fees to “freeze” your debts.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="261"/>
        <source>这一步已填好</source>
        <translation>This step is complete</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="261"/>
        <source>这一步还需要填写</source>
        <translation>This step still needs filling in</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="279"/>
        <source>按 {date} 计算</source>
        <translation>Figures as of {date}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="282"/>
        <source>（不是今天：编辑 ▸ 按今天的日期重新计算）</source>
        <translation> (not today: Edit ▸ Recompute as of today)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="290"/>
        <source>计算日期改为今天</source>
        <translation>Calculation date set to today</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="296"/>
        <location filename="../../app/gui/main_window.py" line="485"/>
        <source>未命名方案</source>
        <translation>Untitled plan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="300"/>
        <source>{name}[*] — NegoPlan 协商还款计划器</source>
        <translation>{name}[*] — NegoPlan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="302"/>
        <source>有未保存的修改</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="302"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="304"/>
        <source>尚未保存</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="343"/>
        <source>保存修改？</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="344"/>
        <source>“{name}”有未保存的修改。要先保存吗？</source>
        <translation>“{name}” has unsaved changes. Save them first?</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="347"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="348"/>
        <source>不保存</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="349"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="372"/>
        <source>打开计划文件</source>
        <translation>Open plan file</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="385"/>
        <source>打不开这个文件</source>
        <translation>Cannot open this file</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="386"/>
        <source>“{name}”不是可用的计划文件：</source>
        <translation>“{name}” is not a usable plan file:</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="427"/>
        <source>我的方案.negoplan.json</source>
        <translation>My plan.negoplan.json</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="428"/>
        <source>保存计划文件</source>
        <translation>Save plan file</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="439"/>
        <source>没有保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="440"/>
        <source>无法写入“{path}”。请换一个文件夹，或检查磁盘空间和权限。</source>
        <translation>Cannot write to “{path}”. Choose another folder, or check the disk space and permissions.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="447"/>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="451"/>
        <source>计划文件 (*.negoplan.json *.json)</source>
        <translation>Plan files (*.negoplan.json *.json)</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="466"/>
        <source>自动保存失败：无法写入恢复文件</source>
        <translation>Autosave failed: the recovery file could not be written</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="487"/>
        <source>恢复未保存的修改？</source>
        <translation>Recover unsaved changes?</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="488"/>
        <source>上次 NegoPlan 没有正常关闭。找到“{name}”在 {when} 自动保存的修改，要恢复吗？</source>
        <translation>NegoPlan did not close properly last time. Changes to “{name}” were saved automatically at {when}. Recover them?</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="552"/>
        <source>关于 NegoPlan</source>
        <translation>About NegoPlan</translation>
    </message>
    <message>
        <location filename="../../app/gui/main_window.py" line="553"/>
        <source>NegoPlan 协商还款计划器

帮助逾期的借款人算清欠款、做出能负担的还款方案、写好协商还款申请书。
所有数据只保存在本机，程序不联网。
本工具不是法律意见；不收费，不代办协商。</source>
        <translation>NegoPlan 协商还款计划器

Helps overdue borrowers work out what they owe, make a repayment plan they can afford and write a letter asking their lenders to agree to it.
All your data stays on this computer; the program never goes online.
This tool is not legal advice. It is free and does not negotiate for you.</translation>
    </message>
</context>
<context>
    <name>MonthScheduleModel</name>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="399"/>
        <source>{date} 首付</source>
        <translation>{date} upfront</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="412"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="420"/>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="422"/>
        <source>当月合计</source>
        <translation>Month total</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/schedule_model.py" line="429"/>
        <source>同一个月里不同日期到期的还款算在这个月。</source>
        <translation>Payments due on different days of the same month are counted in that month.</translation>
    </message>
</context>
<context>
    <name>NegotiationPage</name>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="466"/>
        <location filename="../../app/gui/pages/negotiation.py" line="469"/>
        <source>＋ 记一次沟通</source>
        <extracomment>The reply letters, in the order of their buttons (``reply_pdf``&apos;s ``kind``). Kinds that answer an offer (the contact must hold one). Form fields inside ``offer`` (``docs/plan-file-extensions.md``). Far enough ahead for every open step with a date (plan dates stop at 2100).</extracomment>
        <translation>+ Log a conversation</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="468"/>
        <source>刚和贷款机构通过电话、App 客服或短信？记下来：时间已经填好（在表格中按 Insert 键）</source>
        <translation>Just talked to a lender by phone, in-app chat or SMS? Log it: the time is already filled in (Insert key in the table)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="470"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="471"/>
        <source>删除选中的记录（可以撤销；在表格中按 Delete 键）</source>
        <translation>Remove the selected entry (can be undone; Delete key in the table)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="473"/>
        <source>每次和贷款机构沟通（电话、App 客服、短信），记下时间、对方工号、说了什么、答应了什么。口头答应的，一定要对方书面确认。</source>
        <translation>Each time you talk to a lender (phone, in-app chat, SMS), note the time, their staff no., what was said and what was promised. If they promise something by word of mouth, always ask them to confirm it in writing.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="476"/>
        <source>对方提出分期方案时，把期数和每月金额填进来，这里马上算出真实年化、是否超出法定上限、每月付不付得起，并可以生成回复信。</source>
        <translation>When a lender offers instalments, enter how many and the monthly amount: you see at once the real APR, whether it is above the legal cap and whether you can afford it each month, and you can create a reply letter.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="479"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="480"/>
        <source>哪笔债务</source>
        <translation>Which debt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="481"/>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="482"/>
        <source>对方</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="483"/>
        <source>说了什么</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="484"/>
        <source>期数</source>
        <translation>Instalment</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="485"/>
        <source>每月金额</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="486"/>
        <source>减免</source>
        <translation>Waiver</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="487"/>
        <source>一次性费用</source>
        <translation>One-off fees</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="488"/>
        <source>首付</source>
        <translation>Upfront</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="489"/>
        <source>首期还款日</source>
        <translation>First payment</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="490"/>
        <source>书面确认</source>
        <translation>In writing</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="491"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="492"/>
        <source>截止日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="496"/>
        <source>对方提出的方案（没有就不填）</source>
        <translation>Their offer (leave blank if none)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="497"/>
        <source>之后</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="499"/>
        <source>如 2026-11-22 10:00，或只写 10:00</source>
        <translation>e.g. 2026-11-22 10:00, or just 10:00</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="500"/>
        <source>姓名、工号、部门，如“美团客服 工号 8812”</source>
        <translation>e.g. Meituan support, staff no. 8812</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="501"/>
        <source>对方说了什么、答应了什么，尽量照实写</source>
        <translation>What they said and promised, as exactly as you can</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="502"/>
        <source>如 12</source>
        <translation>e.g. 12</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="503"/>
        <source>如 850</source>
        <translation>e.g. 850</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="504"/>
        <location filename="../../app/gui/pages/negotiation.py" line="505"/>
        <source>没有就不填</source>
        <translation>Leave blank if none</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="506"/>
        <source>不填：计算日期后一个月</source>
        <translation>Blank: calculation date + 1 month</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="507"/>
        <source>如 提交失业证明</source>
        <translation>e.g. send proof of unemployment</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="508"/>
        <source>如 2026-11-29</source>
        <translation>e.g. 2026-11-29</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="509"/>
        <source>已收到对方的书面确认</source>
        <translation>They have confirmed it in writing</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="511"/>
        <source>短信、App 消息、邮件或书面协议都算；电话里口头答应的不算</source>
        <translation>An SMS, in-app message, email or written agreement counts; a promise made on the phone does not</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="512"/>
        <source>对方答应减免哪些利息、罚息和费用</source>
        <translation>Which interest, penalty interest and fees they agreed to waive</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="517"/>
        <source>没有说</source>
        <translation>Not mentioned</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="520"/>
        <location filename="../../app/gui/pages/negotiation.py" line="951"/>
        <source>对方方案的评估</source>
        <translation>Their offer, checked</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="521"/>
        <source>回复信（PDF）</source>
        <translation>Reply letters (PDF)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="523"/>
        <source>接受并要求书面确认…</source>
        <translation>Accept, ask for written confirmation…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="524"/>
        <source>同意对方的方案，并请对方书面确认方案内容后再按新方案还款</source>
        <translation>Agree to their offer and ask them to confirm its terms in writing before you start paying on the new terms</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="525"/>
        <source>还价…</source>
        <translation>Counter-offer…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="526"/>
        <source>说明对方方案付不起或超出上限，提出按你的方案还款</source>
        <translation>Explain that you cannot afford their offer or that it is above the cap, and propose repaying as in your own proposal</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="527"/>
        <source>催促答复…</source>
        <translation>Chase a reply…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="528"/>
        <source>对方答应答复却迟迟没有消息：请对方在期限内书面答复</source>
        <translation>They promised to reply but you have heard nothing: ask them to reply in writing by a set date</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="529"/>
        <source>确认电话内容…</source>
        <translation>Confirm a phone call…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="530"/>
        <source>把电话里谈好的内容写下来，请对方书面确认</source>
        <translation>Put what was agreed on the phone in writing and ask them to confirm it in writing</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="535"/>
        <source>中文</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="536"/>
        <source>英文</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="537"/>
        <source>回复信用哪种语言</source>
        <translation>The language of the reply letter</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="539"/>
        <source>回复信针对选中的这条记录；保存后请通过贷款机构的官方渠道发送，并保留发送记录。</source>
        <translation>A reply letter answers the selected entry. Once it is saved, send it through the lender&apos;s official channels and keep proof that you sent it.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="540"/>
        <source>删除记录</source>
        <translation>Remove entry</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="541"/>
        <location filename="../../app/gui/pages/negotiation.py" line="890"/>
        <source>记一次沟通</source>
        <translation>Log a conversation</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="635"/>
        <source>还没有协商记录</source>
        <translation>No conversations with lenders logged yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/negotiation.py" line="637"/>
        <source>已记录 %n 次沟通</source>
        <translation>
            <numerusform>%n conversation logged</numerusform>
            <numerusform>%n conversations logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/negotiation.py" line="660"/>
        <source>✗ 已过期 %n 天：{step}（{debt}，{date} 截止）</source>
        <translation>
            <numerusform>✗ %n day overdue: {step} ({debt}, due {date})</numerusform>
            <numerusform>✗ %n days overdue: {step} ({debt}, due {date})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="662"/>
        <source>✗ 今天截止：{step}（{debt}）</source>
        <translation>✗ Due today: {step} ({debt})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/negotiation.py" line="669"/>
        <source>下一步：{step}（{debt}，{date} 截止，还有 %n 天）</source>
        <translation>
            <numerusform>Next step: {step} ({debt}, due {date}, in %n day)</numerusform>
            <numerusform>Next step: {step} ({debt}, due {date}, in %n days)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="672"/>
        <source>{debt}提出的方案还没有书面确认</source>
        <translation>{debt}: their offer is not confirmed in writing yet</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="678"/>
        <source>下一步：{step}（{debt}）</source>
        <translation>Next step: {step} ({debt})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/negotiation.py" line="680"/>
        <source>已记录 %n 次沟通，没有待办事项</source>
        <translation>
            <numerusform>%n conversation logged; nothing to follow up</numerusform>
            <numerusform>%n conversations logged; nothing to follow up</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="749"/>
        <source>{name}（{creditor}）</source>
        <translation>{name} ({creditor})</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="751"/>
        <source>（不关联债务）</source>
        <translation>(not linked to a debt)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="765"/>
        <source>第 {n} 条记录：{debt}</source>
        <translation>Entry {n}: {debt}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="828"/>
        <source>修改协商记录：{field}</source>
        <translation>Edit negotiation entry: {field}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="893"/>
        <source>已添加第 {n} 条记录：在右边填写对方是谁、说了什么；对方提出方案时填写期数和每月金额。</source>
        <translation>Entry {n} added: fill in on the right who you spoke to and what was said; if they made an offer, add the instalments and monthly amount.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="905"/>
        <source>删除协商记录</source>
        <translation>Remove negotiation entry</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="906"/>
        <source>已删除第 {n} 条记录。按 Ctrl+Z 可以撤销。</source>
        <translation>Entry {n} removed. Press Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="930"/>
        <source>选中一条记录，这里显示对方方案的评估。</source>
        <translation>Select an entry to see its offer checked here.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="933"/>
        <source>这条记录没有记下对方的方案。对方提出分期方案时，在右边填写期数和每月金额，这里马上算出真实年化、是否超出法定上限、每月付不付得起，并和你的方案比较。</source>
        <translation>This entry has no offer from the lender. When they offer instalments, fill in how many and the monthly amount on the right: you see at once the real APR, whether it is above the legal cap, whether you can afford it each month, and how it compares with your proposal.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="936"/>
        <location filename="../../app/gui/pages/negotiation.py" line="1030"/>
        <source>结果未更新：请先改正标红的输入</source>
        <translation>Not up to date: first correct the inputs marked in red</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="953"/>
        <source>第 {n} 条记录：对方方案的评估</source>
        <translation>Entry {n}: their offer, checked</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="1008"/>
        <source>✗ 超出本金的部分超过法定上限允许的数额</source>
        <translation>✗ charges more on top of the principal than the legal cap allows</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="1010"/>
        <source>✗ 每月要还的钱超出你的预算</source>
        <translation>✗ costs more each month than your budget allows</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="1013"/>
        <source>按你记录的数字，这个方案：</source>
        <translation>Going by the figures you logged, this offer:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="1014"/>
        <source>接受后付不起，会再次逾期。可以改用「还价」。仍然生成接受函吗？</source>
        <translation>If you accept and then cannot pay, you will fall behind again. You could use “Counter-offer” instead. Create the acceptance letter anyway?</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="1016"/>
        <source>接受这个方案？</source>
        <translation>Accept this offer?</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="1030"/>
        <location filename="../../app/gui/pages/negotiation.py" line="1039"/>
        <location filename="../../app/gui/pages/negotiation.py" line="1043"/>
        <source>无法生成</source>
        <translation>Cannot create the note</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="1046"/>
        <source>保存回复信</source>
        <translation>Save the reply letter</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/negotiation.py" line="1051"/>
        <source>已保存回复信：{path}</source>
        <translation>Reply letter saved: {path}</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <location filename="../../app/gui/models/offers_model.py" line="78"/>
        <source>出借人</source>
        <translation>Lender</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/offers_model.py" line="79"/>
        <source>每月可给（元）</source>
        <translation>Per month (CNY)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/offers_model.py" line="80"/>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/offers_model.py" line="81"/>
        <source>按此还清需要</source>
        <translation>Paid off in</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/offers_model.py" line="85"/>
        <source>债权人（合同上的出借机构）</source>
        <translation>Creditor (the lender named in the contract)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/offers_model.py" line="86"/>
        <source>每月可用于还款的钱按分配方式分给这家的部分</source>
        <translation>This lender&apos;s part of the money available each month, split the way you chose</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/offers_model.py" line="87"/>
        <source>占每月可用于还款的比例</source>
        <translation>Share of the money available for repayments each month</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/offers_model.py" line="88"/>
        <source>每月还这么多、按方案的分期利率，需要几个月还清</source>
        <translation>Months needed to pay off at this amount and the proposal&apos;s instalment rate</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/offers_model.py" line="108"/>
        <source>还不清</source>
        <translation>Never paid off</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/models/offers_model.py" line="109"/>
        <source>%n 个月</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/models/offers_model.py" line="118"/>
        <source>这个金额连利息都不够，按此永远还不清</source>
        <translation>This amount does not even cover the interest; the debt would never be paid off</translation>
    </message>
</context>
<context>
    <name>PaymentChart</name>
    <message>
        <location filename="../../app/gui/widgets/charts.py" line="207"/>
        <source>每月要还多少，和每月可用于还款的钱比较</source>
        <translation>Monthly payments compared with what is available for repayments</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/charts.py" line="215"/>
        <source>月供</source>
        <translation>Monthly payment</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/charts.py" line="217"/>
        <source>最高月供</source>
        <translation>Highest monthly payment</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/charts.py" line="231"/>
        <source>每月可用于还款 %1 元</source>
        <translation>Available: CNY %1 a month</translation>
    </message>
    <message>
        <location filename="../../app/gui/widgets/charts.py" line="246"/>
        <source>元/月</source>
        <translation>CNY a month</translation>
    </message>
</context>
<context>
    <name>ProblemsBanner</name>
    <message numerus="yes">
        <location filename="../../app/gui/pages/base.py" line="63"/>
        <source>✗ 结果未更新：有 %n 处输入需要修正。</source>
        <translation>
            <numerusform>✗ Results not updated: %n input needs correcting.</numerusform>
            <numerusform>✗ Results not updated: %n inputs need correcting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickEntryForm</name>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="432"/>
        <source>修改第 {n} 条记录</source>
        <extracomment>Rules whose next step is the family script (someone other than the borrower was involved). Rules whose next step includes the police (rules.md §6: threats, insults, impersonation → 110). Rules whose next step includes 12321 (rules.md §6: harassing calls and SMS). The entry&apos;s attachments as the form will save them: paths as written, recorded hashes.</extracomment>
        <translation>Edit entry {n}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="433"/>
        <source>记一笔</source>
        <translation>Log a contact</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="435"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="436"/>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="437"/>
        <source>对方号码</source>
        <translation>Their number</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="438"/>
        <source>对方自称</source>
        <translation>Claimed to be</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="439"/>
        <source>联系了谁</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="440"/>
        <source>几次</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="441"/>
        <source>说了什么</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="442"/>
        <source>催哪笔债</source>
        <translation>Which debt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="443"/>
        <source>你注意到</source>
        <translation>You noticed</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="444"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="448"/>
        <source>如 2026-11-20 21:40，或只写 21:40</source>
        <translation>e.g. 2026-11-20 21:40, or just 21:40</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="450"/>
        <source>只写时刻（21:40）时，指最近的那一次：早上记昨晚的电话也不用写日期</source>
        <translation>A time on its own (21:40) means the most recent one, so a call from last night logged this morning needs no date</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="455"/>
        <source>来电号码、短信号码或微信号</source>
        <translation>Phone number or WeChat ID</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="456"/>
        <source>姓名、工号、公司，如“自称某律所 张某 工号 0231”</source>
        <translation>e.g. Zhang, XX Law Firm, no. 0231</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="457"/>
        <source>是谁，如 母亲</source>
        <translation>Who, e.g. my mother</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="458"/>
        <source> 次</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="459"/>
        <source>这一次对方连着打来或发来几次</source>
        <translation>How many times in a row they called or messaged this time</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="460"/>
        <source>接通了</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="461"/>
        <source>对方原话，尽量照实写</source>
        <translation>Their words, as exactly as you can</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="462"/>
        <source>不清楚 / 没说</source>
        <translation>Not known / not said</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="464"/>
        <source>对方说是为哪家机构的哪笔欠款催收。注明后，投诉稿只把这条记录写进对这家机构的投诉</source>
        <translation>Which lender&apos;s debt the collector said they were calling about. When marked, only a complaint about that lender states this entry</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="465"/>
        <source>添加附件…</source>
        <translation>Add attachments…</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="467"/>
        <source>截图、录音、通话详单等：复制到方案旁边的证据文件夹，并记下 SHA-256 校验值，以后可以证明文件没有被改动过</source>
        <translation>Screenshots, recordings, call records…: copied into the evidence folder next to the plan with their SHA-256 checksum, so you can show later that nothing was altered</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="469"/>
        <source>移除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="470"/>
        <source>从这条记录里去掉所选附件（文件本身不会删除）</source>
        <translation>Take the selected attachment off this entry (the file itself is not deleted)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="474"/>
        <source>保存修改（Enter）</source>
        <translation>Save changes (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="474"/>
        <source>保存（Enter）</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="475"/>
        <source>取消修改（Esc）</source>
        <translation>Cancel editing (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="475"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="43"/>
        <source>现状（继续逾期）</source>
        <translation>Status quo</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="44"/>
        <source>延期还款</source>
        <translation>Deferral</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="45"/>
        <source>二次分期</source>
        <translation>Re-instalment</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="46"/>
        <source>减免罚息</source>
        <translation>Penalty waiver</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="47"/>
        <source>我的方案</source>
        <translation>My proposal</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="54"/>
        <source>现状</source>
        <translation>Status quo</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="61"/>
        <source>什么都不谈：按现在的预算每月还，罚息照常计算</source>
        <translation>No agreement: pay what the budget allows each month while penalty interest keeps running</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="62"/>
        <source>先停几个月不还，之后照现状还</source>
        <translation>Pause payments for some months, then pay as now</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="63"/>
        <source>把现在欠的全部重新分期，不减免</source>
        <translation>Spread everything owed now over new instalments, nothing waived</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="64"/>
        <source>按现状还，但减免罚息和费用</source>
        <translation>Pay as now, but with penalty interest and fees waived</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="65"/>
        <source>你在左边设置的方案：减免、延期、再分期</source>
        <translation>The plan you set on the left: waiver, deferral, new instalments</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="72"/>
        <source>✗ 按预算还不清</source>
        <translation>✗ Cannot be paid off from the budget</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="73"/>
        <source>✓ 在预算内</source>
        <translation>✓ Within budget</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="73"/>
        <source>✗ 超出预算</source>
        <translation>✗ Over budget</translation>
    </message>
</context>
<context>
    <name>ScenariosModel</name>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="192"/>
        <source>月供</source>
        <translation>Monthly payment</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="193"/>
        <source>最高月供</source>
        <translation>Highest payment</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="194"/>
        <source>还清用时</source>
        <translation>Time to repay</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="195"/>
        <source>结清日期</source>
        <translation>Paid off on</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="196"/>
        <source>共还</source>
        <translation>Total repaid</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="197"/>
        <source>利息罚息费用</source>
        <translation>Interest and fees</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="198"/>
        <source>比现状节省</source>
        <translation>Saving vs status quo</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="199"/>
        <source>年化利率</source>
        <translation>Annual rate</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="200"/>
        <source>是否在预算内</source>
        <translation>Within budget?</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="205"/>
        <source>大多数月份要还的总额（元/月）</source>
        <translation>Total to pay in most months (CNY a month)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="206"/>
        <source>还得最多的那个月的总额（元/月）</source>
        <translation>Total in the month with the largest payment (CNY a month)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="207"/>
        <source>从今天到最后一笔还款的月数（含延期的月份）</source>
        <translation>Months from today to the last payment (deferred months included)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="208"/>
        <source>最后一笔还款的日期</source>
        <translation>Date of the last payment</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="209"/>
        <source>从今天起一共要还的钱，含首付（元）</source>
        <translation>Everything you will pay from today, upfront payment included (CNY)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="210"/>
        <source>共还减去本金：利息、罚息和各种费用（元）</source>
        <translation>Total repaid minus principal: interest, penalty interest and all fees (CNY)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="211"/>
        <source>和继续逾期相比少还多少（元）</source>
        <translation>How much less you pay than if you stay overdue (CNY)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="212"/>
        <source>年化利率（单利，IRR法，中国人民银行公告〔2021〕第3号）</source>
        <translation>Annual rate (simple interest, IRR method, PBOC Announcement [2021] No. 3)</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="213"/>
        <source>每个月的还款都不超过每月可用于还款的钱</source>
        <translation>No month&apos;s payment is more than you have available for repayments</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/models/scenarios_model.py" line="222"/>
        <source>%n 个月</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="233"/>
        <source>✗ 多付 %1</source>
        <translation>✗ %1 more</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="241"/>
        <source>按现在的预算，这个方案在计算期限内还不清；表中的月供是要在方案期限内还清每月需要还的钱</source>
        <translation>With the current budget this scenario is not paid off within the period calculated; the monthly payment shown is what it would take to pay it off in time</translation>
    </message>
    <message>
        <location filename="../../app/gui/models/scenarios_model.py" line="244"/>
        <source>现状是比较的基准</source>
        <translation>The status quo is the baseline for the comparison</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="453"/>
        <source>还款计划</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="268"/>
        <source>方案：</source>
        <translation>Scenario:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="272"/>
        <source>按月合计</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="273"/>
        <source>每个月一共要还多少，分给哪家。</source>
        <translation>How much to pay in total each month, and to which lender.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="274"/>
        <source>按债务</source>
        <translation>By debt</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="275"/>
        <source>一家债权人的每一期：日期、本金、利息、费用。</source>
        <translation>Each instalment for one creditor: date, principal, interest, fees.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="276"/>
        <source>债务：</source>
        <translation>Debt:</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="277"/>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="279"/>
        <source>把下面这张表保存为 CSV 文件，可以用 Excel 或 WPS 打开。</source>
        <translation>Save the table below as a CSV file you can open in Excel or WPS.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="287"/>
        <source>现状（继续逾期）</source>
        <translation>Status quo (stay overdue)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="288"/>
        <source>延期还款</source>
        <translation>Deferral</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="289"/>
        <source>二次分期</source>
        <translation>Re-instalment</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="290"/>
        <source>减免罚息</source>
        <translation>Penalty waiver</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="291"/>
        <source>我的方案</source>
        <translation>My proposal</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="414"/>
        <source>修正下面提示的输入后，这里会列出每一笔还款的日期和金额。</source>
        <translation>Once the inputs flagged below are corrected, the date and amount of every payment will be listed here.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="416"/>
        <source>还没有债务，先在「我的债务」里添加。</source>
        <translation>No debts yet: add them under “Debts” first.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="419"/>
        <source>我的方案里没有需要还的款项。</source>
        <translation>My proposal has no payments to make.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="421"/>
        <source>第一笔还款 {first}（首付 {down} 元），之后每月 {monthly} 元，{last} 还清</source>
        <translation>First payment {first} (CNY {down} upfront), then CNY {monthly} a month, paid off {last}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="424"/>
        <source>第一笔还款 {first}，每月 {monthly} 元，{last} 还清</source>
        <translation>First payment {first}, then CNY {monthly} a month, paid off {last}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/gui/pages/schedule.py" line="435"/>
        <source>{scenario}：共还 {paid} 元，其中利息、罚息和费用 {charges} 元；最后一笔 {last}，从 {as_of} 算起共 %n 个月。</source>
        <translation>
            <numerusform>{scenario}: CNY {paid} in total, of which CNY {charges} is interest, penalty interest and fees; last payment {last}, %n month from {as_of}.</numerusform>
            <numerusform>{scenario}: CNY {paid} in total, of which CNY {charges} is interest, penalty interest and fees; last payment {last}, %n months from {as_of}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="445"/>
        <source>✗ 按你现在每月能还的钱，这个方案还不清。下表列出的是在期限内还清每月需要还多少。</source>
        <translation>✗ With what you can pay each month now, this plan will not clear your debts. The table shows how much you would need to pay each month to repay within the term.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="452"/>
        <source>未命名方案</source>
        <translation>Untitled plan</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="468"/>
        <source>导出还款计划</source>
        <translation>Export repayment schedule</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="469"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="480"/>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="481"/>
        <source>无法保存文件「{file}」。
{reason}</source>
        <translation>Cannot save the file “{file}”.
{reason}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="484"/>
        <source>已导出：{file}</source>
        <translation>Exported: {file}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="488"/>
        <source>没有在这个文件夹里写文件的权限，请换一个文件夹（比如“文档”）。</source>
        <translation>You don&apos;t have permission to save files in this folder. Please choose another one (such as “Documents”).</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="490"/>
        <source>这个名字已经是一个文件夹，请换一个文件名。</source>
        <translation>That name is already used by a folder. Please choose another file name.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="492"/>
        <source>这个文件夹不存在，请换一个文件夹。</source>
        <translation>That folder doesn&apos;t exist. Please choose another one.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="494"/>
        <source>磁盘已满，请清理空间或换一个位置。</source>
        <translation>The disk is full. Free up some space or choose another location.</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/schedule.py" line="495"/>
        <source>文件夹不能写入，或文件正被其他程序（比如 Excel）打开。请关闭它或换一个位置。</source>
        <translation>The folder can&apos;t be written to, or the file is open in another program (such as Excel). Close it or choose another location.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="28"/>
        <source>首选项</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="33"/>
        <source>按规则默认（360 天）</source>
        <translation>Rule default (360 days)</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="34"/>
        <source>360 天（银行惯例）</source>
        <translation>360 days (bank practice)</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="35"/>
        <source>365 天</source>
        <translation>365 days</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="38"/>
        <source>按规则默认（60 期）</source>
        <translation>Rule default (60 instalments)</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="39"/>
        <source> 期</source>
        <translation> instalments</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="41"/>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="42"/>
        <source>日利率与年利率换算天数</source>
        <translation>Days in a year for daily rates</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="43"/>
        <source>最长分期期数（建议时使用）</source>
        <translation>Most instalments (for suggestions)</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="44"/>
        <source>计划文件里自己的设置优先；这里只作为默认值。</source>
        <translation>Settings saved in a plan file take priority; these are only the defaults.</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="49"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/gui/settings_dialog.py" line="50"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../app/gui/steps.py" line="48"/>
        <source>我的债务</source>
        <translation>Debts</translation>
    </message>
    <message>
        <location filename="../../app/gui/steps.py" line="49"/>
        <source>收入支出</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/gui/steps.py" line="50"/>
        <source>方案对比</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../app/gui/steps.py" line="51"/>
        <source>还款计划</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../app/gui/steps.py" line="52"/>
        <source>申请书</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../app/gui/steps.py" line="53"/>
        <source>应对催收</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../app/gui/steps.py" line="54"/>
        <source>协商记录</source>
        <translation>Negotiation</translation>
    </message>
</context>
<context>
    <name>ViolationCard</name>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="518"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="519"/>
        <source>相关记录：{numbers}</source>
        <translation>Entries: {numbers}</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="522"/>
        <source>→ 可在投诉中引用这一条</source>
        <translation>→ You can cite this in a complaint</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="524"/>
        <source>→ 发给家人看「给家人的说明」：他们不欠这笔钱，可以请对方不要再联系</source>
        <translation>→ Give your family the “Note for your family”: they do not owe this money and can ask the collector not to contact them again</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="526"/>
        <source>→ 受到威胁、辱骂，或有人冒充警察、法院时，可以报警（110），带上这些记录</source>
        <translation>→ If you are threatened or insulted, or someone poses as the police or a court, you can call the police (110) and bring these entries</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="528"/>
        <source>→ 骚扰电话和短信还可以向 12321 举报</source>
        <translation>→ You can also report harassing calls and texts to 12321</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="534"/>
        <source>只看这些记录</source>
        <translation>Show only these entries</translation>
    </message>
    <message>
        <location filename="../../app/gui/pages/collection.py" line="538"/>
        <source>给家人的说明…</source>
        <translation>Note for your family…</translation>
    </message>
</context>
<context>
    <name>_LineDelegate</name>
    <message>
        <location filename="../../app/gui/pages/budget.py" line="56"/>
        <source>（不分类）</source>
        <translation>(no category)</translation>
    </message>
</context>
</TS>
