#!/usr/bin/env python3
"""Writes the fixtures of the prose, content, deadline and cross-year rules (fixtures/rules/GK-*/,
fixtures/crossyear/). Each is a small complete report, clean but for the one thing its name says,
so that its .expected sidecar (written by hand after review) lists exactly that. Run from the
repository root: python3 tools/prose_fixtures.py"""
import os

HEAD = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况"
REQ_LABELS_2021 = ["（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
    "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
    "（四）无法提供 1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
    "（五）不予处理 1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息"]
OTHER_2021 = ["（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]

PROSE_A = [
    "（一）主动公开情况。{Y}年，我{s}通过门户网站主动公开政府信息，及时发布政策文件和工作动态，做好政策解读。",
    "（三）政府信息管理情况。严格落实公开前保密审查制度，动态调整主动公开目录，规范信息发布流程。",
    "（四）政府信息公开平台建设情况。优化门户网站政务公开专栏，加强政务新媒体日常管理。",
    "（五）监督保障情况。{results}加强业务培训，及时督促整改发现的问题。",
]
PROSE_B = [
    "（一）主动公开情况。{Y}年，我{s}围绕重点工作推进主动公开，新设专题栏目，扩大公开覆盖面，回应社会关切。",
    "（三）政府信息管理情况。开展规范性文件清理，完善信息发布审核台账，实行分级审核。",
    "（四）政府信息公开平台建设情况。推进网站集约化，整合办事服务入口，完成适老化改造。",
    "（五）监督保障情况。{results}开展专项检查和跟班学习，提升工作人员业务能力。",
]
RESULTS = "年度政务公开工作考核结果为优秀；社会评议满意率为98%；全年未发生责任追究情况。"

def report(organ, Y, *, short="局", gov=False, fmt="2021", new=(10, 0, 0, 0, 0, 0), carried=(0,) * 6,
           fwd=(0,) * 6, unpaid=0, prose=PROSE_A, requests_sentence=None, extra1=(), five=None, six=None,
           four_extra=(), published=None, results=None, inforce=None, issued=(0, 2), repealed=(0, 1),
           licensing_prev=4, licensing_change=1):
    """A clean report; new/carried/fwd per applicant column (6). Outcomes: everything handled that
    is not carried forward is granted, except `unpaid` applications of natural persons (row （六）2)."""
    # documents in force roll forward by default (+2 issued −1 repealed a year), so B6 holds unless a fixture breaks it
    inforce = inforce or (5, Y - 2003)
    alt = prose is PROSE_B  # the second year's wording, so that consecutive clean reports are not 内容雷同
    handled = [n + c - f for n, c, f in zip(new, carried, fwd)]
    granted = list(handled)
    granted[0] -= unpaid
    tot = lambda v: list(v) + [sum(v)]
    L = [f"{Y}年{organ}政府信息公开工作年度报告",
         f"本报告由{organ}根据《中华人民共和国政府信息公开条例》要求编制。报告所列统计期限自{Y}年1月1日至{Y}年12月31日。"]
    if published:
        L.append(f"发布日期：{published}")
    L.append("一、总体情况")
    res = results if results is not None else (RESULTS if gov else "")
    p = [x.format(Y=Y, s=short, results=res) for x in prose]
    L.append(p[0])
    L += list(extra1)
    L.append(requests_sentence if requests_sentence is not None else
             (f"（二）依申请公开情况。{Y}年，我{short}共收到政府信息公开申请{sum(new)}件，上年结转{sum(carried)}件，"
              f"办结{sum(handled)}件，结转下年度继续办理{sum(fwd)}件。" if not alt else
              f"（二）依申请公开情况。全年新收政府信息公开申请{sum(new)}件，另有上年度结转申请{sum(carried)}件；"
              f"已答复{sum(handled)}件，{sum(fwd)}件顺延至下年度答复。"))
    L += p[1:]
    L.append("二、主动公开政府信息情况")
    if fmt == "2021":
        L += ["第二十条第（一）项", "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
              f"规章\t{issued[0]}\t{repealed[0]}\t{inforce[0]}", f"行政规范性文件\t{issued[1]}\t{repealed[1]}\t{inforce[1]}",
              "第二十条第（五）项", "信息内容\t本年处理决定数量", "行政许可\t120",
              "第二十条第（六）项", "信息内容\t本年处理决定数量", "行政处罚\t35", "行政强制\t2",
              "第二十条第（八）项", "信息内容\t本年收费金额（单位：万元）", "行政事业性收费\t0"]
    else:
        L += ["第二十条第（一）项", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
              "规章\t0\t0\t0", "规范性文件\t2\t2\t20",
              "第二十条第（五）项", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
              f"行政许可\t{licensing_prev}\t{licensing_change}\t120", "其他对外管理服务事项\t0\t0\t0",
              "第二十条第（六）项", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
              "行政处罚\t10\t0\t35", "行政强制\t2\t0\t2",
              "第二十条第（八）项", "信息内容\t上一年项目数量\t本年增/减", "行政事业性收费\t0\t0",
              "第二十条第（九）项", "信息内容\t采购项目数量\t采购总金额", "政府集中采购\t3\t12.5万元"]
    L.append("三、收到和处理政府信息公开申请情况")
    L += [HEAD, "\t自然人\t法人或其他组织\t\t\t\t\t总计", "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]
    row = lambda label, v: "\t".join([label] + [str(x) for x in tot(v)])
    zero = (0,) * 6
    L.append(row("一、本年新收政府信息公开申请数量", new))
    L.append(row("二、上年结转政府信息公开申请数量", carried))
    for i, label in enumerate(REQ_LABELS_2021):
        L.append(row(label, granted if i == 0 else zero))
    if fmt == "2021":
        L.append(row(OTHER_2021[0], zero))
        L.append(row(OTHER_2021[1], (unpaid, 0, 0, 0, 0, 0)))
        L.append(row(OTHER_2021[2], zero))
    else:
        L.append(row("（六）其他处理", zero))
    L.append(row("（七）总计", handled))
    L.append(row("四、结转下年度继续办理", fwd))
    L += ["四、政府信息公开行政复议、行政诉讼情况",
          f"{Y}年，我{short}没有因政府信息公开被申请行政复议或提起行政诉讼。" if not alt else "本年度未发生政府信息公开行政复议、行政诉讼案件。",
          "行政复议\t\t\t\t\t行政诉讼", "\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉",
          "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3), "\t".join(["0"] * 15)]
    L += list(four_extra)
    L.append("五、存在的主要问题及改进情况")
    L += five if five is not None else [
        "主要问题是政策解读形式较为单一，依申请公开答复的规范性有待提高。下一步，我们将丰富解读形式，加强答复文书审核。" if not alt else
        "不足之处在于基层公开标准化建设进展不一，公开内容的实用性仍需提高。今后将推进标准目录落地，提升公开质量。"]
    L.append("六、其他需要报告的事项")
    L += six if six is not None else ["本年度未收取信息处理费。" if not alt else "全年未发出收费通知，未收取任何信息处理费用。"]
    return "\n".join(L) + "\n"

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

DEPT = "青山市生态环境局"
GOV = "青山市人民政府"
R = "fixtures/rules/"
# B9
write(R + "GK-PROSE-MISMATCH/handled-differs.txt", report(DEPT, 2023, new=(8, 2, 0, 0, 0, 0),
      requests_sentence="（二）依申请公开情况。2023年，我局共收到政府信息公开申请10件，办结11件，结转下年度继续办理0件。"))
write(R + "GK-PROSE-MISMATCH/numbers-nearby-not-bound.txt", report(DEPT, 2023, new=(8, 2, 0, 0, 0, 0),
      requests_sentence="（二）依申请公开情况。2023年，我局共收到政府信息公开申请10件，其中自然人8件，法人或其他组织2件；"
      "接听政府信息公开申请咨询电话12个，全年办结人大代表建议35件、政协委员提案25件。"))
write(R + "GK-PROSE-SCOPE/office-speaks-for-organ.txt", report(DEPT, 2023, new=(8, 2, 0, 0, 0, 0),
      requests_sentence="（二）依申请公开情况。2023年，局办公室代表我局受理政府信息公开申请5件，均已按期答复。"))
write(R + "GK-PROSE-SCOPE/received-includes-carried-over.txt", report(DEPT, 2023, new=(8, 2, 0, 0, 0, 0), carried=(3, 0, 0, 0, 0, 0),
      requests_sentence="（二）依申请公开情况。2023年，我局受理政府信息公开申请13件，均已按期答复。"))
write(R + "GK-PROSE-SCOPE/received-neither-reading.txt", report(DEPT, 2023, new=(8, 2, 0, 0, 0, 0), carried=(3, 0, 0, 0, 0, 0),
      requests_sentence="（二）依申请公开情况。2023年，我局受理政府信息公开申请12件，均已按期答复。"))
# Art. 50
write(R + "GK-CNT-ART50-RESULTS/government-systems-only.txt", report(GOV, 2023, short="市", gov=True,
      results="建立健全政府信息公开工作考核、社会评议和责任追究制度。"))
write(R + "GK-CNT-ART50-RESULTS/government-with-results.txt", report(GOV, 2023, short="市", gov=True))
write(R + "GK-CNT-ART50-RESULTS/department-needs-none.txt", report(DEPT, 2023))
write(R + "GK-CNT-ART50-RESULTS/township-systems-only.txt", report("青山市东湖镇人民政府", 2023, short="镇", gov=True,
      results="落实考核制度。"))
write(R + "GK-CNT-ART50-STREET/street-systems-only.txt", report("青山市东湖区城南街道办事处", 2023, short="街道", gov=True, results=""))
write(R + "GK-CNT-ART50-STREET/street-with-results.txt", report("青山市东湖区城南街道办事处", 2023, short="街道", gov=True))
write(R + "GK-CNT-PROBLEMS-EMPTY/says-none.txt", report(DEPT, 2023, five=["无。"]))
write(R + "GK-CNT-PROBLEMS-EMPTY/states-problems.txt", report(DEPT, 2023))
write(R + "GK-CNT-FEE-MISSING/six-says-none.txt", report(DEPT, 2023, six=["无其他需要报告的事项。"]))
write(R + "GK-CNT-FEE-MISSING/six-states-no-fee.txt", report(DEPT, 2023, six=["本年度未收取信息处理费。"]))
write(R + "GK-CNT-FEE-B10/unpaid-notices-six-none.txt", report(DEPT, 2023, unpaid=2, six=["无。"]))
write(R + "GK-CNT-FEE-B10/unpaid-notices-six-reports-fees.txt", report(DEPT, 2023, unpaid=2,
      six=["本年度发出收费通知2件，金额共计200元，申请人均逾期未缴纳，实际收取信息处理费0元。"]))
write(R + "GK-CNT-MISPLACED/fee-and-proposals-before-five.txt", report(DEPT, 2023,
      four_extra=["（一）人大代表建议和政协委员提案办理情况", "全年办结人大代表建议3件、政协委员提案2件。",
                  "（二）政府信息公开收费情况", "本年度未收取信息处理费。"], six=["无其他需要报告的事项。"]))
write(R + "GK-CNT-MISPLACED/proposals-as-proactive-disclosure.txt", report(DEPT, 2023,
      extra1=["主动公开人大代表建议和政协委员提案办理复文5件。"],
      six=["本年度未收取信息处理费。全年办结人大代表建议3件、政协委员提案2件，办理结果均已公开。"]))
# Art. 49
write(R + "GK-DATE-LATE/department-published-feb-1.txt", report(DEPT, 2023, published="2024-02-01"))
write(R + "GK-DATE-LATE/department-published-jan-31.txt", report(DEPT, 2023, published="2024-01-31"))
write(R + "GK-DATE-LATE/government-published-apr-1.txt", report(GOV, 2023, short="市", gov=True, published="2024年4月1日"))
write(R + "GK-DATE-LATE/government-published-mar-31.txt", report(GOV, 2023, short="市", gov=True, published="2024年3月31日"))
write(R + "GK-DATE-PROSE-YEAR/last-years-work-as-own.txt", report(DEPT, 2023,
      extra1=["2022年度，我局严格落实政府信息公开各项规定，公开工作取得新进展。"]))
write(R + "GK-DATE-PROSE-YEAR/comparison-and-plan.txt", report(DEPT, 2023,
      extra1=["与2022年相比，主动公开数量有所增加。"],
      five=["主要问题是政策解读形式较为单一。2024年，我局将丰富解读形式，加强答复文书审核。"]))
# Cross-year (folders: every file is paired with the same organ's report of the year before)
C = "fixtures/crossyear/"
write(C + "carries-over/2022.txt", report(DEPT, 2022, new=(8, 2, 0, 0, 0, 0), fwd=(2, 1, 0, 0, 0, 0), inforce=(5, 19), prose=PROSE_A))
write(C + "carries-over/2023.txt", report(DEPT, 2023, new=(6, 1, 0, 0, 0, 0), carried=(2, 1, 0, 0, 0, 0), prose=PROSE_B,
      inforce=(5, 20), issued=(0, 2), repealed=(0, 1)))
write(C + "breaks/2022.txt", report(DEPT, 2022, new=(8, 2, 0, 0, 0, 0), fwd=(2, 1, 0, 0, 0, 0), inforce=(5, 19), prose=PROSE_A))
write(C + "breaks/2023.txt", report(DEPT, 2023, new=(6, 1, 0, 0, 0, 0), carried=(3, 0, 0, 0, 0, 0), prose=PROSE_B,
      inforce=(5, 25), issued=(0, 2), repealed=(0, 1)))
write(C + "repeats-last-year/2022.txt", report(DEPT, 2022, prose=PROSE_A))
write(C + "repeats-last-year/2023.txt", report(DEPT, 2023, prose=PROSE_A))
write(C + "format-2019-projects/2019.txt", report(DEPT, 2019, fmt="2019", prose=PROSE_A, licensing_prev=4, licensing_change=1))
write(C + "format-2019-projects/2020.txt", report(DEPT, 2020, fmt="2019", prose=PROSE_B, licensing_prev=6, licensing_change=0))
write(C + "format-2019-projects-roll/2019.txt", report(DEPT, 2019, fmt="2019", prose=PROSE_A, licensing_prev=4, licensing_change=1))
write(C + "format-2019-projects-roll/2020.txt", report(DEPT, 2020, fmt="2019", prose=PROSE_B, licensing_prev=5, licensing_change=0))
# three organs over two years, file names that do not give the pairs away
for organ, short, tag, fwd22 in [(DEPT, "局", "a", (1, 0, 0, 0, 0, 0)), ("青山市教育局", "局", "b", (0, 0, 0, 0, 0, 0)),
                                 ("青山市交通运输局", "局", "c", (0, 2, 0, 0, 0, 0))]:
    write(C + f"three-organs/{tag}-first.txt", report(organ, 2022, short=short, new=(5, 3, 0, 0, 0, 0), fwd=fwd22, prose=PROSE_A))
    write(C + f"three-organs/{tag}-second.txt", report(organ, 2023, short=short, new=(4, 1, 0, 0, 0, 0), carried=fwd22, prose=PROSE_B))
