"""Problem codes from calc → sentences in the user's language (zh default, en).

``calc`` never writes prose; it reports ``Problem(code, path, params)``. This
catalogue is the one place those codes become words, for the CLI now and for
the GUI's error labels later (the GUI wraps the same templates in Qt's
translation system). Every code that calc can emit has a zh and an en
template (a test scans calc/ to keep it so).

Templates use ``str.format`` with the problem's params; ``{field}`` is the
human name of the field path ("第2笔债务的年利率" / "debt 2, annual rate").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from calc.errors import Problem, Severity

LANGS = ("zh", "en")

# field name → (zh, en)
FIELD_NAMES: dict[str, tuple[str, str]] = {
    "format": ("文件格式", "format"),
    "version": ("版本号", "version"),
    "as_of": ("计算日期", "as-of date"),
    "debts": ("债务列表", "debts"),
    "creditor": ("债权人（出借机构）", "creditor"),
    "creditor_kind": ("出借人类型", "lender class"),
    "product": ("产品名称", "product"),
    "contract_no": ("合同编号", "contract number"),
    "card_last4": ("卡号后四位", "card last 4 digits"),
    "contract_date": ("合同签订日期", "contract date"),
    "principal": ("剩余本金", "principal"),
    "interest_due": ("已出账利息", "billed interest"),
    "penalty_due": ("已出账罚息", "billed penalty"),
    "fees_due": ("已出账费用/违约金", "billed fees"),
    "annual_rate": ("年利率", "annual rate"),
    "daily_rate": ("日利率", "daily rate"),
    "penalty_rate": ("罚息年利率", "penalty rate"),
    "overdue_since": ("逾期开始日期", "overdue since"),
    "overdue_principal": ("逾期本金", "overdue principal"),
    "remaining_months": ("剩余未到期期数", "remaining months"),
    "method": ("还款方式", "repayment method"),
    "contract_payment": ("合同月供", "contractual payment"),
    "charges_since": ("费用起算日期", "charges since"),
    "id": ("编号", "id"),
    "borrower": ("借款人信息", "borrower"),
    "name": ("姓名", "name"),
    "id_last4": ("身份证后四位", "ID last 4"),
    "phone": ("电话", "phone"),
    "address": ("地址", "address"),
    "household": ("家庭收支", "household"),
    "income": ("收入", "income"),
    "expenses": ("必要支出", "expenses"),
    "monthly": ("每月金额", "monthly amount"),
    "label": ("名称", "label"),
    "dependents": ("供养人数", "dependents"),
    "hardship": ("困难情况", "hardship"),
    "reasons": ("困难原因", "reasons"),
    "story": ("情况说明", "story"),
    "documents": ("证明材料", "documents"),
    "since": ("困难开始日期", "hardship since"),
    "income_before": ("此前月收入", "monthly income before"),
    "proposal": ("协商方案", "proposal"),
    "deferral_months": ("延期月数", "deferral months"),
    "deferral_interest": ("延期期间利息", "deferral interest"),
    "term_months": ("分期期数", "term (months)"),
    "installment_rate": ("分期年利率", "installment rate"),
    "down_payment": ("首付款", "down payment"),
    "waive": ("减免方式", "waiver"),
    "cap": ("利率上限", "cap"),
    "allocation": ("分配方式", "allocation"),
    "evidence": ("催收证据记录", "evidence log"),
    "contacts": ("协商记录", "negotiation log"),
    "settings": ("计算设置", "settings"),
    "day_basis": ("计息天数基准", "day basis"),
    "cap_day_basis": ("上限折算天数", "cap day basis"),
    "penalty_multiplier": ("罚息倍数", "penalty multiplier"),
    "max_term_months": ("最长期数", "maximum term"),
    "horizon_months": ("模拟月数", "horizon"),
    "token_payment": ("最低象征性还款", "token payment"),
    "at": ("时间", "time"),
    "channel": ("方式", "channel"),
    "target": ("被联系人", "person contacted"),
    "attempts": ("次数", "attempts"),
    "tags": ("标记", "tags"),
    "files": ("文件", "files"),
    "file_hashes": ("附件校验值", "file checksums"),
    "due": ("截止日期", "due date"),
    "offer": ("对方方案", "offer"),
    "amount": ("金额", "amount"),
    "payment": ("每期还款", "payment"),
    "months": ("期数", "months"),
    "payments": ("还款金额", "payments"),
    "received": ("实际到手金额", "amount received"),
    "start": ("放款日期", "loan date"),
    "schedule": ("还款计划文件", "schedule file"),
    "annual": ("年利率", "annual rate"),
    "debt": ("关联债务", "debt"),
    "category": ("类别", "category"),
    "note": ("备注", "note"),
    "from": ("来电/来信号码", "from"),
    "collector": ("催收人员", "collector"),
    "target_name": ("被联系人姓名", "name of the person contacted"),
    "answered": ("是否接听", "answered"),
    "summary": ("内容摘要", "summary"),
    "person": ("对接人", "person"),
    "confirmed_in_writing": ("是否书面确认", "confirmed in writing"),
    "next_step": ("下一步", "next step"),
    "fees": ("一次性费用", "one-off fees"),
    "first_due": ("首期还款日", "first due date"),
    "output": ("输出文件", "output file"),
    "to": ("投诉渠道", "complaint channel"),
    "kind": ("回复类型", "kind of reply"),
    "contact": ("协商记录编号", "contact number"),
    "days": ("答复期限（天）", "days to reply"),
}

_SECTIONS: dict[str, tuple[str, str]] = {
    "debts": ("第{n}笔债务", "debt {n}"),
    "income": ("第{n}项收入", "income line {n}"),
    "expenses": ("第{n}项支出", "expense line {n}"),
    "evidence": ("第{n}条证据", "evidence entry {n}"),
    "contacts": ("第{n}条协商记录", "contact {n}"),
    "flows": ("第{n}笔现金流", "cash flow {n}"),
}

MESSAGES: dict[str, tuple[str, str]] = {
    # files and structure
    "file.not_found": ("找不到文件：{path}", "File not found: {path}"),
    "file.unreadable": ("无法读取文件 {path}（需要 UTF-8 编码的计划文件）", "Cannot read {path} (a UTF-8 plan file is needed)"),
    "letter.no_debts": ("计划中没有债务，无法生成申请书：请先添加至少一笔债务", "The plan has no debts, so there is no letter to write: add a debt first"),
    "letter.unknown_debt": ("{field}：没有编号为“{value}”的债务，可选：{allowed}", "{field}: there is no debt with id \"{value}\"; choose one of {allowed}"),
    "letter.missing_glyphs": ("{field}：申请书字体无法显示这些字符：{chars}（请改用常用汉字）", "{field}: the letter font cannot print these characters: {chars} (use common characters instead)"),
    "letter.over_budget": ("注意：致{creditor}的方案每期最多{payment}元，超过了按预算可分给该债权人的每月{offer}元，对方可能认为方案不可行。", "Note: the plan for {creditor} asks up to {payment} a month, more than the {offer} the budget can give that creditor; the lender may find it unrealistic."),
    "letter.written": ("已生成：{path}（{count}封申请书）", "Written: {path} ({count} letter(s))"),
    "complaint.written": ("已生成投诉稿：{path}", "Written: {path} (the complaint draft)"),
    "complaint.unknown_channel": ("{field}：“{value}”不是可选的投诉渠道，可选：{allowed}", "{field}: \"{value}\" is not a complaint channel; choose one of {allowed}"),
    "complaint.choose_debt": ("{field}：计划中有多笔债务，请用 --debt 指定投诉哪一笔，可选：{allowed}", "{field}: the plan has several debts; choose one with --debt: {allowed}"),
    "complaint.no_evidence": ("没有与债务“{debt}”相关的催收记录（evidence），无法写投诉：请先记下每次催收的时间、号码、联系了谁、说了什么", "There are no collection log entries (evidence) for debt \"{debt}\", so there is nothing to complain about yet: log each contact's time, number, who was contacted and what was said"),
    "complaint.channel_not_fit": ("{field}：按你的记录，“{value}”不适合债务“{debt}”的投诉；适合的渠道：{allowed}（不加 --to 可查看原因）", "{field}: from your log, \"{value}\" does not fit a complaint about debt \"{debt}\"; channels that fit: {allowed} (run without --to to see why)"),
    "complaint.nothing_to_report": ("{field}：按已收录的规则，债务“{debt}”的记录中没有可向“{value}”反映的问题", "{field}: under the rules on file, the log for debt \"{debt}\" shows nothing \"{value}\" deals with"),
    "complaint.no_output": ("{field}：请用 -o 指定 PDF 文件，或用 --text 输出纯文本", "{field}: give a PDF file with -o, or --text for plain text"),
    "complaint.no_files": ("{field}：这些记录还没有附件（截图、录音、通话详单等），证据清单只列了催收记录表", "{field}: these entries have no files yet (screenshots, recordings, call records); the evidence list names only the log"),
    "family.written": ("已生成给家人的说明：{path}", "Written: {path} (the note for your family)"),
    # replies and follow-up letters (app/letters/reply_build.py, reply_cli.py)
    "reply.written": ("已生成回复函：{path}（请核对后签名，再通过对方的官方渠道发送或寄出）", "Written: {path} (the reply; check it, sign it, then send it through the lender's official channels)"),
    "reply.unknown_kind": ("{field}：“{value}”不是可选的回复类型，可选：{allowed}", "{field}: \"{value}\" is not a kind of reply; choose one of {allowed}"),
    "reply.unknown_contact": ("{field}：没有第 {value} 条协商记录（计划中共有 {count} 条，编号见 negoplan contacts 的 [n]）", "{field}: there is no contact {value} (the plan has {count}; the numbers are the [n] of negoplan contacts)"),
    "reply.no_debt": ("{field}：这条协商记录没有关联债务，不知道回复给哪家机构：请先填写关联债务", "{field}: this contact is not linked to a debt, so there is no lender to write to: link it to a debt first"),
    "reply.no_offer": ("{field}：这条协商记录里没有对方提出的方案，无法写“{kind}”回复：请先记下对方方案的期数和每月金额", "{field}: this contact holds no offer from the lender, so there is nothing to answer with \"{kind}\": note the offer's instalments and monthly amount first"),
    "reply.too_early": ("{field}：这次沟通在 {date}，到今天（{today}）还没有过去一天，暂不需要跟进函", "{field}: this contact was on {date}; not a day has passed by today ({today}), so a follow-up is early"),
    "reply.contact_in_future": ("{field}：这次沟通的日期 {date} 在今天（{today}）之后，无法确认", "{field}: this contact is dated {date}, after today ({today}), so there is nothing to confirm yet"),
    "reply.nothing_to_confirm": ("{field}：这条协商记录没有沟通内容、对方方案或下一步，没有可确认的内容：请先补充记录", "{field}: this contact holds no summary, offer or next step, so there is nothing to confirm: complete the entry first"),
    "reply.days_invalid": ("{field}：天数至少为 1（当前为 {value}）", "{field}: the number of days must be at least 1 (it is {value})"),
    "reply.accept_over_budget": ("注意：该方案每期 {monthly} 元，超过按预算可分给这家机构的每月 {share} 元；和其他债务一起，最多的一个月要还 {max} 元（每月可用于还款 {disposable} 元）。接受前请确认能按期履行，或改用 --kind counter。", "Note: this plan asks {monthly} a month, more than the {share} your budget gives this lender; with your other debts the largest month comes to {max} ({disposable} available a month). Make sure you can keep to it before accepting, or use --kind counter."),
    "reply.accept_above_cap": ("注意：按你的记录测算，该方案超出本金的部分 {charges} 元，超过上限允许的约 {allowed} 元（超出 {excess} 元）。接受前可考虑改用 --kind counter。", "Note: by your figures this plan charges {charges} above the principal, more than the about {allowed} the cap allows ({excess} above it). You may prefer --kind counter."),
    "file.write_failed": ("无法保存到 {path}：{error}", "Could not save to {path}: {error}"),
    "plan.json_syntax": ("文件不是有效的 JSON：第 {line} 行第 {column} 列附近有错误", "The file is not valid JSON: error near line {line}, column {column}"),
    "plan.not_object": ("计划文件的最外层必须是一个 JSON 对象 {{…}}", "The plan file must be a JSON object {{…}}"),
    "plan.format": ("这不是 NegoPlan 计划文件（format 应为 \"negoplan/plan\"）", "Not a NegoPlan plan file (format must be \"negoplan/plan\")"),
    "plan.version_unsupported": ("不支持的计划文件版本 {version}，本程序支持：{supported}", "Unsupported plan version {version}; supported: {supported}"),
    "field.required": ("{field}：必须填写", "{field}: required"),
    "field.empty": ("{field}：不能为空", "{field}: must not be empty"),
    "field.type": ("{field}：类型不对，应为{expected_zh}", "{field}: wrong type, expected {expected}"),
    "field.format": ("{field}：格式不对", "{field}: wrong format"),
    "enum.invalid": ("{field}：“{value}”不是可选值，可选：{allowed}", "{field}: \"{value}\" is not allowed; choose one of {allowed}"),
    "int.format": ("{field}：请输入整数", "{field}: enter a whole number"),
    "int.range": ("{field}：应在 {min} 到 {max} 之间", "{field}: must be between {min} and {max}"),
    "number.format": ("{field}：请输入数字", "{field}: enter a number"),
    "number.range": ("{field}：应在 {min} 到 {max} 之间", "{field}: must be between {min} and {max}"),
    "date.invalid": ("{field}：日期无效，请用 年-月-日 格式，如 2026-11-24", "{field}: invalid date; use YYYY-MM-DD, e.g. 2026-11-24"),
    "date.out_of_range": ("{field}：日期超出合理范围（1990–2100年）", "{field}: date out of range (1990–2100)"),
    "datetime.invalid": ("{field}：时间无效，请用 2026-11-20T23:15 格式", "{field}: invalid time; use 2026-11-20T23:15"),
    # money and rates
    "money.format": ("{field}：金额格式不对，请写成 1234.56", "{field}: amount format not recognised; write 1234.56"),
    "money.negative": ("{field}：金额不能为负数", "{field}: the amount cannot be negative"),
    "money.too_many_decimals": ("{field}：金额最多两位小数（精确到分）", "{field}: at most 2 decimals (fen)"),
    "money.too_large": ("{field}：金额过大，请检查是否多输了位数", "{field}: amount too large; check for extra digits"),
    "amount.empty": ("{field}：请输入金额", "{field}: enter an amount"),
    "amount.format": ("{field}：看不懂这个金额“{text}”，可以写 12345.67、1.2万 或 ¥500", "{field}: cannot read the amount \"{text}\"; write 12345.67, 1.2万 or ¥500"),
    "amount.negative": ("{field}：金额不能为负数", "{field}: the amount cannot be negative"),
    "amount.too_many_decimals": ("{field}：金额最多两位小数（精确到分）", "{field}: at most 2 decimals (fen)"),
    "amount.too_large": ("{field}：金额过大，请检查是否多输了位数", "{field}: amount too large; check for extra digits"),
    "rate.empty": ("{field}：请输入利率", "{field}: enter a rate"),
    "rate.format": ("{field}：利率格式不对；计划文件中利率写成小数（18% 写作 0.18）", "{field}: rate format not recognised; plan files store fractions (18% is 0.18)"),
    "rate.negative": ("{field}：利率不能为负数", "{field}: the rate cannot be negative"),
    "rate.too_large": ("{field}：利率过高，请检查（是否把 18% 写成了 18？）", "{field}: rate too high; did you write 18 for 18%?"),
    "rate.above_36": ("{field}：年化利率超过 36%，请核对合同；超过部分很可能不受法律保护", "{field}: annual rate above 36%; check the contract — the excess is likely not protected by law"),
    "rate.day_basis": ("计息天数基准只能是 360 或 365", "The day basis must be 360 or 365"),
    "rate.period": ("利率周期只能是 日、月 或 年", "The rate period must be day, month or year"),
    # debts
    "debt.rate_missing": ("{field}：请填写年利率或日利率（其一即可）", "{field}: give the annual rate or the daily rate"),
    "debt.rate_both": ("{field}：同时填写了年利率和日利率，将以年利率为准", "{field}: both annual and daily rate given; the annual rate is used"),
    "debt.id_duplicate": ("{field}：债务编号“{value}”重复", "{field}: duplicate debt id \"{value}\""),
    "debt.overdue_after_as_of": ("{field}：逾期开始日期晚于计算日期", "{field}: overdue date is after the as-of date"),
    "debt.contract_after_as_of": ("{field}：合同日期晚于计算日期", "{field}: contract date is after the as-of date"),
    "debt.charges_after_as_of": ("{field}：费用起算日期晚于计算日期", "{field}: charges-since date is after the as-of date"),
    "debt.overdue_principal_exceeds": ("{field}：逾期本金不能大于剩余本金", "{field}: overdue principal cannot exceed the principal"),
    "borrower.id_too_long": ("{field}：为保护隐私，只保存身份证号后四位", "{field}: for privacy only the last 4 characters of the ID are stored"),
    "evidence.unknown_debt": ("{field}：找不到编号为“{value}”的债务", "{field}: no debt with id \"{value}\""),
    "contact.unknown_debt": ("{field}：找不到编号为“{value}”的债务", "{field}: no debt with id \"{value}\""),
    "offer.incomplete": ("{field}：需要期数和每月金额（大于 0）才能计算", "{field}: the number of instalments and a monthly amount above 0 are needed to evaluate it"),
    "offer.first_due_not_after_as_of": ("{field}：{value} 不在计算日期 {as_of} 之后，无法按这个日期评估（可更新首期还款日或计算日期）", "{field}: {value} is not after the as-of date {as_of}, so the offer cannot be evaluated from it (update the first due date or the as-of date)"),
    # proposal
    "proposal.term_long": ("{field}：分期超过 60 期（5年），出借方通常不会同意", "{field}: more than 60 months (5 years); lenders rarely agree"),
    "proposal.deferral_long": ("{field}：延期超过 12 个月，出借方通常不会同意", "{field}: a deferral over 12 months is rarely granted"),
    "proposal.down_payment_exceeds": ("{field}：首付款超过了欠款总额", "{field}: the down payment exceeds the total owed"),
    "cap.invalid": ("{field}：利率上限应为 auto、lpr4x、如 \"24%\" 的百分数，或 {{\"annual\": \"0.15\"}}", "{field}: cap must be auto, lpr4x, a percentage like \"24%\" or {{\"annual\": \"0.15\"}}"),
    "cap.extra_ignored": ("{field}：利率上限中的其他字段将被忽略", "{field}: other keys in the cap are ignored"),
    # apr
    "apr.no_payments": ("{field}：没有还款记录，无法计算年化利率", "{field}: no payments, the APR cannot be computed"),
    "apr.received_not_positive": ("{field}：实际到手金额必须大于 0", "{field}: the amount received must be above 0"),
    "apr.no_solution": ("这组现金流算不出年化利率（请检查金额和期数）", "No APR solves these cash flows (check the amounts and months)"),
    "apr.flow_before_start": ("{field}：还款日期 {date} 早于放款日期 {start}", "{field}: payment date {date} is before the loan date {start}"),
    "apr.payment_negative": ("{field}：还款金额不能为负数", "{field}: a payment cannot be negative"),
    "apr.periods_not_positive": ("{field}：期数必须大于 0", "{field}: the number of periods must be above 0"),
    "apr.days_not_positive": ("{field}：天数必须大于 0", "{field}: the number of days must be above 0"),
    "schedule.term": ("{field}：期数至少为 {min}", "{field}: the term must be at least {min}"),
    "apr.schedule_row": ("{field}：每行应为“日期,金额”，如 2026-12-24,893.33", "{field}: each line must be \"date,amount\", e.g. 2026-12-24,893.33"),
    # rules data
    "rules.invalid": ("内置规则数据损坏：{error}", "The bundled rules data is damaged: {error}"),
    "rules.lpr_row": ("LPR 数据有误（{field}）：{error}", "LPR data error ({field}): {error}"),
    "rules.no_lpr": ("{date} 之前没有 LPR 数据，无法计算民间借贷上限", "No LPR fixing before {date}; the private-loan cap cannot be computed"),
}

_EXPECTED_ZH = {"string": "文字", "number": "数字", "integer": "整数", "object": "对象 {…}",
                "list": "列表 […]", "boolean": "true/false"}


def describe_path(path: str, lang: str = "zh") -> str:
    """Human name of a field path: ``debts[1].annual_rate`` → ``第2笔债务的年利率``."""
    if not path:
        return "计划文件" if lang == "zh" else "plan file"
    li = 0 if lang == "zh" else 1
    parts: list[str] = []
    for token in path.split("."):
        m = re.fullmatch(r"([A-Za-z_0-9]+)\[(\d+)\]", token)
        if m and m.group(1) in _SECTIONS:
            parts.append(_SECTIONS[m.group(1)][li].format(n=int(m.group(2)) + 1))
        elif m:
            name = FIELD_NAMES.get(m.group(1), (m.group(1), m.group(1)))[li]
            parts.append(f"{name}[{int(m.group(2)) + 1}]")
        else:
            parts.append(FIELD_NAMES.get(token, (token, token))[li])
    return ("的" if lang == "zh" else ", ").join(parts)


# calc leaves out (or sends None for) a value too large to print: then these say it without it.
_WITHOUT_VALUE: dict[str, tuple[str, tuple[str, str]]] = {
    "enum.invalid": ("value", ("{field}：不是可选值，可选：{allowed}",
                               "{field}: not allowed; choose one of {allowed}")),
    "plan.version_unsupported": ("version", ("不支持的计划文件版本，本程序支持：{supported}",
                                             "Unsupported plan version; supported: {supported}")),
}


def _fmt_param(value: Any, lang: str = "zh") -> Any:
    if isinstance(value, (list, tuple)):
        return ("、" if lang == "zh" else ", ").join(str(v) for v in value)
    return value


def message(code: str, path: str = "", params: Mapping[str, Any] | None = None, lang: str = "zh") -> str:
    """The sentence for one problem; unknown codes fall back to a generic sentence."""
    li = 0 if lang == "zh" else 1
    values = {k: _fmt_param(v, lang) for k, v in (params or {}).items() if v is not None}
    values.setdefault("field", describe_path(path, lang))
    if "expected" in values:
        values.setdefault("expected_zh", _EXPECTED_ZH.get(str(values["expected"]), values["expected"]))
    template = MESSAGES.get(code)
    if code in _WITHOUT_VALUE and _WITHOUT_VALUE[code][0] not in values:
        template = _WITHOUT_VALUE[code][1]
    if template is None:
        generic = ("{field}：输入有误（{code}）", "{field}: invalid input ({code})")[li]
        return generic.format(field=values["field"], code=code)
    try:
        return template[li].format_map(_Default(values))
    except (IndexError, ValueError):
        return template[li]


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def problem_line(p: Problem, lang: str = "zh") -> str:
    """``错误 debts[1].annual_rate: 第2笔债务的年利率：…`` — path first so it can be found in the file."""
    head = {"zh": {Severity.ERROR: "错误", Severity.WARNING: "提醒"},
            "en": {Severity.ERROR: "error", Severity.WARNING: "warning"}}[lang][p.severity]
    where = f" [{p.path}]" if p.path else ""
    return f"{head}{where} {message(p.code, p.path, p.params, lang)}"
