#!/usr/bin/env python3
"""Generate the defect matrix: fictional annual reports, correct and with injected defects, in seven forms.

Regenerate the committed set (seed 1) from the repository root:

    python3 tools/gen_matrix.py --seed 1 --out fixtures/matrix

That writes, for every report, fixtures/matrix/<id>/report.md, report.html, report.crawl.txt,
report.crawl-run.txt and truth.json (deterministic: the same seed gives the same bytes), and then
runs LibreOffice and pdftotext for report.docx, report.pdf and report.layout.txt (these embed
dates, so their bytes differ between runs). --no-office skips the LibreOffice/pdftotext step.
Seed 20261130 is the held-out seed: generate it outside the repository only
(--seed 20261130 --out /tmp/heldout) and do not commit or tune against its output.

What a report is made of follows the official formats (国办公开办函〔2019〕60号 for report years
2019-2020, 〔2021〕30号 from 2021): six sections, the proactive/requests/appeals tables under their
canonical keys, and balance relations B1-B4 that hold in every correct report. A defective report
is a correct one with one or two defects injected; its expected findings are derived here from the
defect and the rule definitions (rules/*.drl), not from gkcheck's output. Balance consequences
(a changed cell breaking B1/B2/B3, a blank or missing operand making a relation unevaluable) are
derived by evaluating B1-B4 on the printed cells, the way rules/balance.drl states them.
Python standard library only.
"""
import argparse
import html
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

HELD_OUT_SEED = 20261130

# ---------------------------------------------------------------------------------------------
# The official formats (spec §2-§3; keys as canonical-keys.md)

SECTION_HEADINGS = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况',
                    '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项']
NUMERALS = ['一', '二', '三', '四', '五', '六']

REQ_COLS = [('natural', '自然人'), ('commercial', '商业企业'), ('research', '科研机构'),
            ('nonprofit', '社会公益组织'), ('legalService', '法律服务机构'), ('otherOrg', '其他'), ('total', '总计')]
APPLICANTS = [k for k, _ in REQ_COLS[:6]]
R3 = '三、本年度办理结果'
WITHHELD = ['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益',
            '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项']
UNAVAILABLE = ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确']
NOT_HANDLED = ['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息']
OTHER_2021 = ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
              '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他']


def request_rows(fmt):
    """(key, (label1, label2, label3)) in printed order."""
    rows = [('new', ('一、本年新收政府信息公开申请数量', '', '')),
            ('carriedOver', ('二、上年结转政府信息公开申请数量', '', '')),
            ('granted', (R3, '（一）予以公开', '')),
            ('partlyGranted', (R3, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ''))]
    rows += [('withheld.%d' % (i + 1), (R3, '（三）不予公开', '%d.%s' % (i + 1, t))) for i, t in enumerate(WITHHELD)]
    rows += [('unavailable.%d' % (i + 1), (R3, '（四）无法提供', '%d.%s' % (i + 1, t))) for i, t in enumerate(UNAVAILABLE)]
    rows += [('notHandled.%d' % (i + 1), (R3, '（五）不予处理', '%d.%s' % (i + 1, t))) for i, t in enumerate(NOT_HANDLED)]
    if fmt == '2019':
        rows += [('other', (R3, '（六）其他处理', ''))]
    else:
        rows += [('other.%d' % (i + 1), (R3, '（六）其他处理', '%d.%s' % (i + 1, t))) for i, t in enumerate(OTHER_2021)]
    rows += [('total', (R3, '（七）总计', '')), ('carryForward', ('四、结转下年度继续办理', '', ''))]
    return rows


OUTCOME_PREFIXES = ('granted', 'partlyGranted', 'withheld.', 'unavailable.', 'notHandled.', 'other')

# proactive blocks: (caption, [(colKey, label)], [(rowKey, label)])
PROACTIVE = {
    '2019': [('第二十条第（一）项', [('made', '本年新制作数量'), ('published', '本年新公开数量'), ('publicTotal', '对外公开总数量')],
              [('regulations', '规章'), ('normativeDocs', '规范性文件')]),
             ('第二十条第（五）项', [('previousCount', '上一年项目数量'), ('change', '本年增/减'), ('decisions', '处理决定数量')],
              [('licensing', '行政许可'), ('otherServices', '其他对外管理服务事项')]),
             ('第二十条第（六）项', [('previousCount', '上一年项目数量'), ('change', '本年增/减'), ('decisions', '处理决定数量')],
              [('penalties', '行政处罚'), ('enforcement', '行政强制')]),
             ('第二十条第（八）项', [('previousCount', '上一年项目数量'), ('change', '本年增/减')], [('fees', '行政事业性收费')]),
             ('第二十条第（九）项', [('procurementCount', '采购项目数量'), ('procurementAmount', '采购总金额')],
              [('procurement', '政府集中采购')])],
    '2021': [('第二十条第（一）项', [('issued', '本年制发件数'), ('repealed', '本年废止件数'), ('inForce', '现行有效件数')],
              [('regulations', '规章'), ('normativeDocs', '行政规范性文件')]),
             ('第二十条第（五）项', [('decisions', '本年处理决定数量')], [('licensing', '行政许可')]),
             ('第二十条第（六）项', [('decisions', '本年处理决定数量')], [('penalties', '行政处罚'), ('enforcement', '行政强制')]),
             ('第二十条第（八）项', [('feeAmount', '本年收费金额（单位：万元）')], [('fees', '行政事业性收费')])],
}

APPEAL_ROWS = [('reconsideration', '行政复议'), ('litigationDirect', '未经复议直接起诉'),
               ('litigationAfterReconsideration', '复议后起诉')]
APPEAL_COLS = [('upheld', '结果维持'), ('corrected', '结果纠正'), ('other', '其他结果'), ('pending', '尚未审结'), ('total', '总计')]

# ---------------------------------------------------------------------------------------------
# Organs (fictional names; kinds as src/main/java/cn/gkcheck/prose/Organs.java)

CITIES = ['岚川市', '松陵市', '云溪市', '桐川市', '白鹭市', '青禾市', '江宁市', '石湖市', '梅岭市', '枫林市', '临泉市', '望海市']
DISTRICTS = ['溪南区', '城东区', '河西区', '新港区', '北山区', '鹤鸣区', '清江区', '南湖区']
COUNTIES = ['青石县', '柳河县', '安平县', '长宁县', '丰乐县', '永和县', '东阳县', '平溪县']
TOWNS = ['桃源镇', '石桥镇', '龙泉镇', '白沙镇', '古城镇', '双河镇', '杏花镇', '金滩镇']
STREETS = ['东湖街道办事处', '城关街道办事处', '望江街道办事处', '西苑街道办事处', '滨河街道办事处', '文昌街道办事处']
CITY_DEPTS = ['交通运输局', '生态环境局', '市场监督管理局', '自然资源和规划局', '住房和城乡建设局', '人力资源和社会保障局']
COUNTY_DEPTS = ['教育局', '卫生健康局', '农业农村局', '民政局', '水利局', '财政局']

# organ shapes: (shape, catalog kind)
SHAPES = [('county', 'government'), ('district', 'government'), ('city', 'government'), ('township', 'township'),
          ('street', 'street'), ('cityDept', 'department'), ('countyDept', 'department')]


class Names:
    """Hands out unique fictional organs so that no two reports pair up as consecutive years of one organ."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def organ(self, shape):
        rng = self.rng
        for _ in range(1000):
            c = rng.choice(CITIES)
            if shape == 'county':
                county = rng.choice(COUNTIES)
                full, short, we, office = c + county + '人民政府', county + '人民政府', '我县', county + '人民政府办公室'
            elif shape == 'district':
                d = rng.choice(DISTRICTS)
                full, short, we, office = c + d + '人民政府', d + '人民政府', '我区', d + '人民政府办公室'
            elif shape == 'city':
                full, short, we, office = c + '人民政府', c + '人民政府', '我市', c + '人民政府办公室'
            elif shape == 'township':
                county, t = rng.choice(COUNTIES), rng.choice(TOWNS)
                full, short, we, office = county + t + '人民政府', t + '人民政府', '我镇', t + '党政办公室'
            elif shape == 'street':
                d, s = rng.choice(DISTRICTS), rng.choice(STREETS)
                full, short, we, office = c + d + s, s, '本街道', s.replace('办事处', '') + '党政办公室'
            elif shape == 'cityDept':
                dep = rng.choice(CITY_DEPTS)
                full, short, we, office = c + dep, c + dep, '我局', c + dep + '办公室'
            else:
                county, dep = rng.choice(COUNTIES), rng.choice(COUNTY_DEPTS)
                full, short, we, office = county + dep, county + dep, '我局', county + dep + '办公室'
            if full not in self.used:
                self.used.add(full)
                return {'organ': full, 'short': short, 'we': we, 'office': office}
        raise RuntimeError('out of organ names')


# ---------------------------------------------------------------------------------------------
# Report content

def fmt_of_year(year):
    return '2019' if year <= 2020 else '2021'


def scale_of(shape):
    return {'city': (60, 220), 'district': (25, 90), 'county': (20, 80), 'cityDept': (8, 45), 'countyDept': (3, 25),
            'township': (0, 8), 'street': (1, 10)}[shape]


def make_requests(rng, fmt, shape):
    """Cells of the requests table as ints, balanced (B1-B3)."""
    rows = [k for k, _ in request_rows(fmt)]
    outcomes = [k for k in rows if k.startswith(OUTCOME_PREFIXES)]
    lo, hi = scale_of(shape)
    handled_total = rng.randint(lo, hi)
    weights = {'natural': 70, 'commercial': 12, 'research': 2, 'nonprofit': 2, 'legalService': 6, 'otherOrg': 3}
    per_col = {c: 0 for c in APPLICANTS}
    for _ in range(handled_total):
        per_col[rng.choices(APPLICANTS, [weights[c] for c in APPLICANTS])[0]] += 1
    ow = {k: 1 for k in outcomes}
    ow.update({'granted': 40, 'partlyGranted': 8, 'unavailable.1': 18, 'withheld.4': 3, 'withheld.6': 3,
               'notHandled.1': 4, 'notHandled.2': 3, 'unavailable.2': 3, 'unavailable.3': 2})
    for k in outcomes:
        if k.startswith('other'):
            ow[k] = 2
    # 逾期未缴费 means fee notices were issued: only d_fee_b10 puts one there (section 六 then has to say so)
    ow.pop('other.2', None)
    outcomes_drawn = [k for k in outcomes if k in ow]
    v = {(r, c): 0 for r in rows for c in APPLICANTS}
    for c in APPLICANTS:
        for _ in range(per_col[c]):
            v[(rng.choices(outcomes_drawn, [ow[k] for k in outcomes_drawn])[0], c)] += 1
        tot = sum(v[(k, c)] for k in outcomes)
        v[('total', c)] = tot
        cf = rng.randint(0, max(0, tot // 8)) if tot else 0
        co = rng.randint(0, min(tot, max(0, tot // 8 + (1 if tot else 0))))
        v[('carryForward', c)] = cf
        v[('carriedOver', c)] = co
        v[('new', c)] = tot + cf - co
    for r in rows:
        v[(r, 'total')] = sum(v[(r, c)] for c in APPLICANTS)
    return rows, v


def make_appeals(rng, shape):
    busy = shape in ('city', 'district', 'county', 'cityDept')
    v = {}
    for r, _ in APPEAL_ROWS:
        vals = [0, 0, 0, 0]
        if busy and rng.random() < (0.7 if r != 'litigationAfterReconsideration' else 0.35):
            vals = [rng.randint(0, 3), rng.choice([0, 0, 1]), rng.choice([0, 0, 1]), rng.randint(0, 2)]
        for (ck, _), x in zip(APPEAL_COLS[:4], vals):
            v[(r, ck)] = x
        v[(r, 'total')] = sum(vals)
    return v


def make_proactive(rng, fmt, shape):
    small = shape in ('township', 'street')
    v = {}
    regs = 0 if shape not in ('city',) else rng.randint(0, 2)
    if fmt == '2021':
        for row, hasregs in (('regulations', True), ('normativeDocs', False)):
            issued = regs if hasregs else rng.randint(0, 3 if small else 12)
            repealed = 0 if hasregs else rng.randint(0, 3)
            inforce = (rng.randint(2, 12) if regs else 0) if hasregs else rng.randint(issued, issued + (8 if small else 60))
            v[(row, 'issued')], v[(row, 'repealed')], v[(row, 'inForce')] = str(issued), str(repealed), str(inforce)
        if shape == 'street':
            # a street office is the district government's agency and issues no 行政规范性文件 of its own
            for row in ('regulations', 'normativeDocs'):
                for col in ('issued', 'repealed', 'inForce'):
                    v[(row, col)] = '0'
        v[('licensing', 'decisions')] = str(rng.randint(0, 40) if small else rng.randint(50, 3000))
        v[('penalties', 'decisions')] = str(rng.randint(0, 20) if small else rng.randint(5, 600))
        v[('enforcement', 'decisions')] = str(rng.randint(0, 3) if small else rng.randint(0, 30))
        fee = rng.choice([0, 0, 1]) * rng.randint(1, 4000) / 100.0
        v[('fees', 'feeAmount')] = ('%.2f' % fee).rstrip('0').rstrip('.') if fee else '0'
    else:
        for row, hasregs in (('regulations', True), ('normativeDocs', False)):
            made = regs if hasregs else rng.randint(0, 3 if small else 12)
            tot = (rng.randint(made, made + 10) if regs else 0) if hasregs else rng.randint(made, made + (8 if small else 60))
            v[(row, 'made')], v[(row, 'published')], v[(row, 'publicTotal')] = str(made), str(made), str(tot)
        for row in ('licensing', 'otherServices', 'penalties', 'enforcement'):
            prev = rng.randint(0, 10) if small else rng.randint(3, 90)
            v[(row, 'previousCount')] = str(prev)
            v[(row, 'change')] = str(rng.choice([0, 0, 0, 1, 2, -1, -2]) if prev > 2 else 0)
            v[(row, 'decisions')] = str(rng.randint(0, 30) if small else rng.randint(0, 1500))
        v[('fees', 'previousCount')] = str(rng.randint(0, 2) if small else rng.randint(0, 8))
        v[('fees', 'change')] = '0'
        v[('procurement', 'procurementCount')] = str(rng.randint(0, 4) if small else rng.randint(2, 40))
        amt = rng.randint(50, 90000) / 100.0
        v[('procurement', 'procurementAmount')] = ('%.2f' % amt) + '万元'
    return v


PROBLEMS = [
    ('一是部分栏目信息更新不够及时；二是政策解读形式较为单一。', '下一步，{we}将建立信息更新定期检查制度，对更新不及时的栏目督促整改，并推行图文、视频等多种解读形式。'),
    ('一是依申请公开答复文书格式不够统一；二是工作人员业务能力有待提升。', '下一步，{we}将统一答复文书模板，每半年组织一次业务培训，提高依申请公开办理质量。'),
    ('一是基层政务公开标准化建设推进不平衡；二是公众参与渠道不够丰富。', '针对上述问题，{we}已制定政务公开标准目录，开通线上意见征集栏目，并将持续跟踪整改。'),
    ('政府信息公开的主动性和时效性仍有不足，部分重点领域信息公开不够全面。', '下一步，{we}将细化重点领域信息公开清单，落实专人负责，确保信息及时、准确、全面公开。'),
]

FEE_STATEMENTS = ['本年度未收取政府信息公开信息处理费。', '本年度未收取信息处理费。',
                  '依据《政府信息公开信息处理费管理办法》，本年度未发出收费通知，未收取信息处理费。']

ART50_RESULTS = [
    '开展政府信息公开工作考核，考核结果纳入{scope}绩效考核，考核等次均为良好以上；开展社会评议1次，回收有效问卷{q}份，满意率为{sat}%；全年未发生因政府信息公开工作被责任追究的情况。',
    '政府信息公开工作纳入年度绩效考核，考核结果为优秀；组织社会评议，群众满意率为{sat}%；全年未发生责任追究情况。',
    '将政府信息公开工作纳入年度考核，考核结果为合格以上；通过门户网站开展社会评议，评议满意率达{sat}%；本年度未出现因政府信息公开工作被问责的情况。',
    '在年度政务公开工作考核中得分{score}分，考核等次为优秀；委托第三方开展社会评议，群众满意度为{sat}%；全年因政府信息公开工作被责任追究0人。',
    '考核：政府信息公开工作考核结果为良好。评议：发放评议问卷{q}份，满意率{sat}%。追究：全年未发生责任追究情况。',
]
ART50_SYSTEMS_ONLY = '建立健全政府信息公开工作考核制度、社会评议制度和责任追究制度，严格落实工作责任，不断完善监督保障机制。'
DEPT_SUPERVISION = '落实政府信息公开工作责任制，明确分管领导和工作人员，定期开展自查，及时整改发现的问题。'


def make_report(rng, names, rid, shape, kind, year, fmt=None):
    fmt = fmt or fmt_of_year(year)
    o = names.organ(shape)
    r = {'id': rid, 'shape': shape, 'organKind': kind, 'year': year, 'formatVersion': fmt,
         'organ': o['organ'], 'short': o['short'], 'we': o['we'], 'office': o['office']}
    t = rng.random()
    if kind == 'department' and t < 0.4:
        r['title'] = '%d年%s政府信息公开工作年度报告' % (year, o['organ'])
    elif t > 0.85:
        r['title'] = '%s政府信息公开工作%d年度报告' % (o['organ'], year)     # year after 工作 (spec §6)
    else:
        r['title'] = '%s%d年政府信息公开工作年度报告' % (o['organ'], year)
    day = rng.randint(8, 28)
    month = 1 if kind == 'department' else rng.choice([1, 1, 2, 3])
    r['published'] = '%d-%02d-%02d' % (year + 1, month, day)
    r['periodStyle'] = rng.randint(0, 2)
    r['periodYear'] = year
    r['hasPeriod'] = True
    rows, v = make_requests(rng, fmt, shape)
    r['reqRows'] = [(k, lab) for k, lab in request_rows(fmt)]
    r['req'] = {key: str(x) for key, x in v.items()}
    r['app'] = {key: str(x) for key, x in make_appeals(rng, shape).items()}
    r['proFmt'] = fmt
    r['pro'] = make_proactive(rng, fmt, shape)
    r['proBlocks'] = [(cap, list(cols), list(rws)) for cap, cols, rws in PROACTIVE[fmt]]
    r['proactiveCount'] = rng.randint(30, 200) if shape in ('township', 'street') else rng.randint(300, 6000)
    r['art50'] = rng.randrange(len(ART50_RESULTS))
    r['sat'] = '%.1f' % (rng.randint(900, 995) / 10.0)
    r['q'] = rng.randint(100, 900)
    r['score'] = rng.randint(88, 99)
    r['problems'] = rng.randrange(len(PROBLEMS))
    r['fee'] = rng.randrange(len(FEE_STATEMENTS))
    r['congress'] = (rng.randint(5, 60), rng.randint(5, 60)) if kind == 'government' else None
    r['reqSentence'] = rng.randint(0, 3)
    r['appealSentence'] = rng.random() < 0.5
    r['breakdown'] = rng.random() < 0.35
    r['appealOutcomes'] = rng.random() < 0.5
    r['overrides'] = {}      # prose edits injected by defects
    r['headings'] = {n: '%s、%s' % (NUMERALS[n - 1], SECTION_HEADINGS[n - 1]) for n in range(1, 7)}
    r['order'] = [1, 2, 3, 4, 5, 6]
    r['extraProRows'] = []
    return r


def num(r, row, col='total'):
    return r['req'].get((row, col), '')


def section_paragraphs(r, n):
    """The prose of section n as a list of paragraphs."""
    ov = r['overrides']
    if ('section', n) in ov:
        return list(ov[('section', n)])
    y, we, kind, fmt = r['year'], r['we'], r['organKind'], r['formatVersion']
    if n == 1:
        pc = ov.get('proactiveCount', str(r['proactiveCount']))
        new = ov.get('new', num(r, 'new'))
        co, tot, cf = num(r, 'carriedOver'), num(r, 'total'), num(r, 'carryForward')
        n = new + '件'
        if r['breakdown'] and new.isdigit() and int(new) > 0 and 'new' not in ov:
            org = sum(int(r['req'][('new', c)]) for c in APPLICANTS[1:])
            n += '（其中自然人%s件、法人或其他组织%d件）' % (r['req'][('new', 'natural')], org)
        if 'new' not in ov and new == '0' and co == '0':
            reqs = '本年度未收到政府信息公开申请，也没有上年结转的申请。'
        elif r['reqSentence'] == 0:
            reqs = '全年新收政府信息公开申请%s，上年结转%s件，已全部依法答复%s件，结转下年度继续办理%s件。' % (n, co, tot, cf)
        elif r['reqSentence'] == 1:
            reqs = '%d年共收到政府信息公开申请%s，上年结转%s件，办结%s件，结转下年度继续办理%s件。' % (y, n, co, tot, cf)
        elif r['reqSentence'] == 2:
            reqs = '本年度新收政府信息公开申请%s，另有上年度结转申请%s件；全年共办结%s件，%s件结转至下年度继续办理。' % (n, co, tot, cf)
        else:
            reqs = '全年共接收政府信息公开申请%s，另有上年结转%s件，按时答复%s件，结转下年度办理%s件。' % (n, co, tot, cf)
        if r['appealSentence']:
            recon = r['app'][('reconsideration', 'total')]
            lit = int(r['app'][('litigationDirect', 'total')] or 0) + int(r['app'][('litigationAfterReconsideration', 'total')] or 0)
            if recon == '0' and lit == 0:
                reqs += '全年未发生因政府信息公开被申请行政复议或提起行政诉讼的情况。'
            else:
                recon = ov.get('recon', recon)
                reqs += '因政府信息公开被申请行政复议%s件，被提起行政诉讼%d件。' % (recon, lit)
                up, pend = r['app'][('reconsideration', 'upheld')], r['app'][('reconsideration', 'pending')]
                if r['appealOutcomes'] and recon != '0' and 'recon' not in ov:
                    reqs = reqs[:-1] + '；行政复议中结果维持%s件、尚未审结%s件。' % (up, pend)
        if kind == 'government' or kind == 'township' or kind == 'street':
            scope = {'city': '全市', 'district': '全区', 'county': '全县', 'township': '全镇', 'street': '街道'}[r['shape']]
            sup = ART50_RESULTS[r['art50']].format(scope=scope, q=r['q'], sat=r['sat'], score=r['score'])
        else:
            sup = DEPT_SUPERVISION
        sup = ov.get('supervision', sup)
        pro_sentence = ov.get('proactiveSentence', '全年通过门户网站主动公开政府信息%s条。' % pc)
        if fmt == '2021' and r['proFmt'] == '2021':
            nd_if, nd_rep = r['pro'].get(('normativeDocs', 'inForce'), '0'), r['pro'].get(('normativeDocs', 'repealed'), '0')
            return ['%d年，%s坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作。' % (ov.get('openYear', y), we),
                    '（一）主动公开。' + pro_sentence,
                    '（二）依申请公开。' + reqs,
                    ('（三）政府信息管理。开展行政规范性文件清理，现行有效%s件，本年废止%s件。' % (nd_if, nd_rep) if r['shape'] != 'street'
                     else '（三）政府信息管理。落实信息发布审查制度，规范政府信息发布流程。'),
                    '（四）平台建设。优化门户网站政府信息公开专栏，规范栏目设置，提升检索功能。',
                    '（五）监督保障。' + sup]
        return ['%d年，%s认真贯彻新修订的《中华人民共和国政府信息公开条例》，%s' % (ov.get('openYear', y), we, pro_sentence) + reqs,
                sup]
    if n == 5:
        p, i = PROBLEMS[r['problems']]
        out = ['%d年，%s政府信息公开工作仍存在一些不足：%s%s' % (y, we, p, i.format(we=we))]
        if ov.get('congressIn5'):
            out.append('全年办理人大代表建议%d件、政协委员提案%d件，办理结果均已按规定公开。' % r['congress'])
        return out
    if n == 6:
        out = []
        if fmt == '2021':
            out.append(FEE_STATEMENTS[r['fee']])
        else:
            out.append('本年度未收取政府信息公开相关费用。')
        if r['congress'] and not ov.get('congressIn5'):
            out.append('全年办理人大代表建议%d件、政协委员提案%d件，办理结果均已按规定公开。' % r['congress'])
        return out
    return []


def preamble(r):
    y = r['year']
    basis = ('《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）' if r['formatVersion'] == '2021'
             else '《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）')
    s = '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条和%s的要求，由%s编制。' % (basis, r['office'])
    if 'period' in r['overrides']:
        s += r['overrides']['period']
    elif r['hasPeriod']:
        py = r['periodYear']
        s += ['本报告所列数据的统计期限自%d年1月1日起至%d年12月31日止。' % (py, py),
              '本报告所列数据的统计期限为%d年1月1日至%d年12月31日。' % (py, py),
              '本年度报告中所列数据的统计期限从%d年1月1日到12月31日止。' % py][r['periodStyle']]
    s += '如对本报告有疑问，请与%s联系。' % r['office']
    return s


# ---------------------------------------------------------------------------------------------
# The document model every form is rendered from: a list of blocks

def blocks(r):
    out = [('title', r['title']), ('p', preamble(r))]
    for n in r['order']:
        if n in r.get('missingSections', ()):
            continue
        out.append(('h', r['headings'][n]))
        body = section_paragraphs(r, n)
        if n == 2 and 'proactive' not in r.get('missingTables', ()):
            out.append(('proactive', None))
        elif n == 3 and 'requests' not in r.get('missingTables', ()):
            out.append(('requests', None))
        elif n == 4:
            out.append(('appeals', None))
        for p in body:
            out.append(('p', p))
    return out


def proactive_tables(r):
    """Per block: list of rows (list of cell strings), as the Markdown prints them."""
    tabs = []
    for cap, cols, rws in r['proBlocks']:
        rows = [[cap] + [''] * len(cols), ['信息内容'] + [lab for _, lab in cols]]
        for rk, rl in rws:
            rows.append([rl] + [r['pro'].get((rk, ck), '') for ck, _ in cols])
        for rk, rl, bcap in r['extraProRows']:
            if bcap == cap:
                rows.append([rl] + [r['pro'].get((rk, ck), '') for ck, _ in cols])
        tabs.append(rows)
    return tabs


def requests_rows(r):
    return [(k, list(lab) + [r['req'].get((k, c), '') for c, _ in REQ_COLS]) for k, lab in r['reqRows']]


def appeals_values(r):
    return [r['app'].get((rk, ck), '') for rk, _ in APPEAL_ROWS for ck, _ in APPEAL_COLS]


REQ_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'


def md_table(rows):
    def line(row):
        return '|' + ''.join(' %s |' % c if c else ' |' for c in row)
    return [line(rows[0]), '|' + '---|' * len(rows[0])] + [line(row) for row in rows[1:]]


def render_md(r):
    lines = []
    for kind, x in blocks(r):
        if kind == 'title':
            lines += ['# ' + x, '']
        elif kind == 'h':
            lines += ['## ' + x, '']
        elif kind == 'p':
            lines += [x, '']
        elif kind == 'proactive':
            for t in proactive_tables(r):
                lines += md_table(t) + ['']
        elif kind == 'requests':
            rows = [[REQ_NOTE, '', ''] + [lab for _, lab in REQ_COLS]] + [cells for _, cells in requests_rows(r)]
            lines += md_table(rows) + ['']
        elif kind == 'appeals':
            rows = [['行政复议', '', '', '', '', '行政诉讼'] + [''] * 9,
                    ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
                    [''] * 5 + [lab for _, lab in APPEAL_COLS] * 2,
                    appeals_values(r)]
            lines += md_table(rows) + ['']
    while lines and lines[-1] == '':
        lines.pop()
    return '\n'.join(lines) + '\n'


# --- HTML: the table structure with the official merges, shared by the HTML and crawl forms

def html_table_rows(r, kind):
    """Rows of (text, attrs, is_header) cells, with rowspan/colspan as the official table merges them."""
    rows = []
    if kind == 'proactive':
        width = max(1 + len(cols) for _, cols, _ in r['proBlocks'])
        width = max(width, 4)
        for cap, cols, rws in r['proBlocks']:
            rows.append([(cap, {'colspan': width}, False)])

            def line(label, vals):
                cells = [(label, {}, False)]
                if len(vals) == width - 1:
                    cells += [(x, {}, False) for x in vals]
                else:
                    # fewer columns than the widest block: the last cell spans the rest
                    cells += [(x, {}, False) for x in vals[:-1]]
                    cells.append((vals[-1], {'colspan': width - len(vals)}, False))
                return cells
            rows.append(line('信息内容', [lab for _, lab in cols]))
            for rk, rl in rws:
                rows.append(line(rl, [r['pro'].get((rk, ck), '') for ck, _ in cols]))
            for rk, rl, bcap in r['extraProRows']:
                if bcap == cap:
                    rows.append(line(rl, [r['pro'].get((rk, ck), '') for ck, _ in cols]))
        return rows
    if kind == 'requests':
        rows.append([(REQ_NOTE, {'colspan': 3, 'rowspan': 3}, True), ('申请人情况', {'colspan': 7}, True)])
        rows.append([('自然人', {'rowspan': 2}, True), ('法人或其他组织', {'colspan': 5}, True), ('总计', {'rowspan': 2}, True)])
        rows.append([(lab, {}, True) for _, lab in REQ_COLS[1:6]])
        data = requests_rows(r)
        labels = [cells[:3] for _, cells in data]
        n = len(labels)
        for i, (k, cells) in enumerate(data):
            l1, l2, l3 = labels[i]
            out = []
            if not l2 and not l3:
                out.append((l1, {'colspan': 3}, False))
            else:
                if i == 0 or labels[i - 1][0] != l1:
                    span = 1
                    while i + span < n and labels[i + span][0] == l1:
                        span += 1
                    out.append((l1, {'rowspan': span} if span > 1 else {}, False))
                if not l3:
                    out.append((l2, {'colspan': 2}, False))
                else:
                    if i == 0 or labels[i - 1][1] != l2 or labels[i - 1][0] != l1:
                        span = 1
                        while i + span < n and labels[i + span][1] == l2 and labels[i + span][0] == l1:
                            span += 1
                        out.append((l2, {'rowspan': span} if span > 1 else {}, False))
                    out.append((l3, {}, False))
            out += [(x, {}, False) for x in cells[3:]]
            rows.append(out)
        return rows
    # appeals
    rows.append([('行政复议', {'colspan': 5}, True), ('行政诉讼', {'colspan': 10}, True)])
    rows.append([(lab, {'rowspan': 2}, True) for _, lab in APPEAL_COLS] +
                [('未经复议直接起诉', {'colspan': 5}, True), ('复议后起诉', {'colspan': 5}, True)])
    rows.append([(lab, {}, True) for _, lab in APPEAL_COLS] * 2)
    rows.append([(x, {}, False) for x in appeals_values(r)])
    return rows


def attrs_of(a, quote='"'):
    return ''.join(' %s=%s%d%s' % (k, quote, a[k], quote) for k in ('rowspan', 'colspan') if k in a)


def render_html_clean(r):
    """The HTML LibreOffice turns into DOCX and PDF: landscape page, small table font, official merges."""
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>%s</title>' % html.escape(r['title']),
           '<style>@page{size:29.7cm 21cm;margin:1.5cm} body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC";font-size:10.5pt}'
           ' table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:1px;font-size:7.5pt;font-weight:normal}'
           ' h1{font-size:16pt;font-weight:normal;text-align:center} h2{font-size:12.5pt;font-weight:normal}</style>',
           '</head><body>']
    for kind, x in blocks(r):
        if kind == 'title':
            out.append('<h1>%s</h1>' % html.escape(x))
        elif kind == 'h':
            out.append('<h2>%s</h2>' % html.escape(x))
        elif kind == 'p':
            out.append('<p>%s</p>' % html.escape(x))
        else:
            out.append('<table width="100%" border="1" cellspacing="0" cellpadding="1">')
            for row in html_table_rows(r, kind):
                out.append('<tr>' + ''.join('<td%s>%s</td>' % (attrs_of(a), html.escape(t)) for t, a, _ in row) + '</tr>')
            out.append('</table>')
    out.append('</body></html>')
    return '\n'.join(out) + '\n'


def render_html_published(r, style, charset):
    """The page as a portal publishes it: plain, Word-pasted, and/or wrapped in the portal's page."""
    word = 'word' in style
    portal = 'portal' in style
    cs = 'gbk' if charset == 'gbk' else 'utf-8'
    out = ['<!DOCTYPE html>' if not word else '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
           '<html xmlns:o="urn:schemas-microsoft-com:office:office">' if word else '<html>',
           '<head>', '<meta charset="%s">' % cs if cs == 'gbk' else '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<title>%s</title>' % html.escape(r['title'] + ('_' + r['short'] + '门户网站' if portal else ''))]
    out.append('</head><body>')
    if portal:
        site = r['organ'] if r['organKind'] != 'department' else r['organ']
        out += ['<div class="header"><div class="logo">%s门户网站</div>' % html.escape(site),
                '<ul class="nav"><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进%s</li></ul></div>' % html.escape(r['short']),
                '<div class="breadcrumb">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>',
                '<div class="article">']
    for kind, x in blocks(r):
        if kind == 'title':
            out.append('<h1 class="title">%s</h1>' % html.escape(x))
            if portal:
                out.append('<div class="info"><span>发布时间：%s</span> <span>来源：%s</span> <span>浏览次数：%d</span></div>'
                           % (r['published'], html.escape(r['office']), (len(r['title']) * 37) % 900 + 100))
                out.append('<div id="zoom" class="TRS_Editor">')
        elif kind in ('h', 'p'):
            if word:
                style_attr = " style='text-indent:21.0pt;mso-char-indent-count:2.0;line-height:150%'" if kind == 'p' else \
                    " style='mso-outline-level:2'"
                inner = html.escape(x)
                if kind == 'h':
                    inner = '<b><span style=\'font-family:黑体;mso-ascii-font-family:"Times New Roman"\'>%s</span></b>' % inner
                else:
                    inner = '<span style=\'font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:"Times New Roman"\'>%s</span>' % inner
                out.append('<p class=MsoNormal%s>%s<span lang=EN-US><o:p></o:p></span></p>' % (style_attr, inner))
            else:
                out.append(('<p><strong>%s</strong></p>' if kind == 'h' else '<p>%s</p>') % html.escape(x))
        else:
            if word:
                out.append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>")
                for i, row in enumerate(html_table_rows(r, kind)):
                    tds = []
                    for t, a, _ in row:
                        content = html.escape(t) if t else '&nbsp;'
                        tds.append("<td%s style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'>"
                                   "<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.0pt'>%s<o:p></o:p></span></p></td>"
                                   % (attrs_of(a, ''), content))
                    out.append("<tr style='mso-yfti-irow:%d'>" % i + ''.join(tds) + '</tr>')
                out.append('</table>')
            else:
                out.append('<table border="1" cellspacing="0" cellpadding="4">')
                for row in html_table_rows(r, kind):
                    out.append('<tr>' + ''.join('<%s%s>%s</%s>' % ('th' if h else 'td', attrs_of(a), html.escape(t), 'th' if h else 'td')
                                                for t, a, h in row) + '</tr>')
                out.append('</table>')
    if portal:
        out += ['</div></div>', '<div class="share">【打印本页】 【关闭窗口】</div>',
                '<div class="footer">主办单位：%s 网站标识码：%d 备案号：岚ICP备%08d号</div>'
                % (html.escape(r['office']), 3000000000 + len(r['organ']) * 1117, len(r['title']) * 123457)]
    out.append('</body></html>')
    text = '\n'.join(out) + '\n'
    return text.encode('gbk') if cs == 'gbk' else text.encode('utf-8')


def render_crawl(r, run_together):
    """Crawler text: a header block, then the whole body on one line."""
    head = ['标题:%s' % r['title'], '发布时间:%s' % r['published'], '来源:%s' % r['office'], '-' * 40]
    portal = 'portal' in r['style']
    parts = ['首页 政务公开 政务服务 互动交流 走进%s 当前位置：首页 > 政府信息公开 > 政府信息公开年报' % r['short']] if portal else []
    for kind, x in blocks(r):
        if kind in ('title', 'h', 'p'):
            parts.append(x)
            if kind == 'title' and portal:
                parts.append('发布时间：%s 来源：%s' % (r['published'], r['office']))
        else:
            for row in html_table_rows(r, kind):
                texts = [t for t, _, _ in row if t != '']
                # header rows keep their spaces; data rows (and the proactive label/value rows) run together
                data_row = len(row) > 1 and (kind == 'proactive' or any(not h for _, _, h in row))
                if run_together and data_row:
                    parts.append('\x00' + ''.join(texts))
                else:
                    parts.append(' '.join(texts))
    if portal:
        parts.append('【打印本页】 【关闭窗口】 主办单位：%s' % r['office'])
    body = ''
    for p in parts:
        if p.startswith('\x00'):
            body += p[1:]   # run together with what precedes it, as a site archive does
        else:
            body += (' ' if body else '') + p
    return '\n'.join(head) + '\n' + body + '\n'


# ---------------------------------------------------------------------------------------------
# Truth: cells, balance evaluation, expected findings

def cell_kind(raw):
    """(kind, value) the way canonical-keys.md describes a cell; value None where nothing can be read."""
    s = raw.strip()
    if s == '':
        return 'blank', None
    if s in ('/', '-', '—', '－', '无', '——', '／'):
        return 'dash', None
    try:
        return 'number', float(s) if '.' in s else int(s)
    except ValueError:
        pass
    import re
    m = re.match(r'^(-?\d+(?:\.\d+)?)\s*(?:件|h|个|项|%|万元|元)?$', s)
    if m:
        return 'text', float(m.group(1)) if '.' in m.group(1) else int(m.group(1))
    return 'text', None


def balance_findings(r):
    """B1-B4 as rules/balance.drl states them: error where evaluated and broken, warning where an
    operand is blank, a dash, unreadable or missing."""
    res = []
    req = r['req']
    rows = [k for k, _ in r['reqRows']]
    present = set(rows)
    fmt_rows = [k for k, _ in request_rows(r['tableFmt'])]

    def val(row, col):
        if row not in present:
            return None, 'missing'
        k, v = cell_kind(req.get((row, col), ''))
        return v, (None if v is not None else k)

    def relation(operands_l, operands_r):
        vals, bad = [], False
        for row, col in operands_l + operands_r:
            v, why = val(row, col)
            if v is None:
                bad = True
            vals.append(v)
        if bad:
            return 'warning'
        lsum = sum(vals[:len(operands_l)])
        rsum = sum(vals[len(operands_l):])
        return None if abs(lsum - rsum) < 1e-9 else 'error'

    outcome_rows = [k for k in fmt_rows if k.startswith(OUTCOME_PREFIXES)]
    # the 2019 one-row （六） in a 2021 table (mixed) is summed as other*
    if 'other' in present and 'other' not in outcome_rows:
        outcome_rows = [k for k in outcome_rows if not k.startswith('other.')] + ['other']
    for c, _ in REQ_COLS:
        s = relation([('total', c), ('carryForward', c)], [('new', c), ('carriedOver', c)])
        if s:
            res.append(('GK-BAL-B1', s, 'requests/*/%s' % c, None))
        s = relation([('total', c)], [(k, c) for k in outcome_rows])
        if s:
            res.append(('GK-BAL-B2', s, 'requests/*/%s' % c, None))
    for k in rows:
        if k not in fmt_rows and k != 'other':
            continue
        s = relation([(k, 'total')], [(k, c) for c in APPLICANTS])
        if s:
            res.append(('GK-BAL-B3', s, 'requests/%s' % k, None))
    for rk, _ in APPEAL_ROWS:
        vals = [cell_kind(r['app'].get((rk, ck), '')) for ck, _ in APPEAL_COLS]
        if any(v is None for _, v in vals):
            res.append(('GK-BAL-B4', 'warning', 'appeals/%s' % rk, None))
        elif sum(v for _, v in vals[:4]) != vals[4][1]:
            res.append(('GK-BAL-B4', 'error', 'appeals/%s' % rk, None))
    return res


def cell_findings(r):
    """B8 cell rules (rules/cell.drl) on every printed cell."""
    res = []
    cells = [('requests', k, c, r['req'].get((k, c), '')) for k, _ in r['reqRows'] for c, _ in REQ_COLS]
    cells += [('appeals', rk, ck, r['app'].get((rk, ck), '')) for rk, _ in APPEAL_ROWS for ck, _ in APPEAL_COLS]
    for cap, cols, rws in r['proBlocks']:
        for rk, _ in rws + [(a, b) for a, b, bc in r['extraProRows'] if bc == cap]:
            for ck, _ in cols:
                cells.append(('proactive', rk, ck, r['pro'].get((rk, ck), '')))
    for t, row, col, raw in cells:
        k, v = cell_kind(raw)
        key = '%s/%s/%s' % (t, row, col)
        money = col in ('procurementAmount', 'feeAmount')
        if k == 'blank':
            res.append(('GK-CELL-BLANK', 'warning', key, None))
        elif k == 'dash':
            res.append(('GK-CELL-DASH', 'warning', key, None))
        elif money:
            continue
        elif k == 'text':
            res.append(('GK-CELL-TEXT', 'warning', key, None) if v is not None else ('GK-CELL-UNREADABLE', 'error', key, None))
        elif k == 'number' and v < 0 and col != 'change':
            res.append(('GK-CELL-NEGATIVE', 'error', key, None))
    return res


def truth_cells(r):
    cells = []
    for cap, cols, rws in r['proBlocks']:
        for rk, _ in rws:
            for ck, _ in cols:
                cells.append({'table': 'proactive', 'row': rk, 'column': ck, 'raw': r['pro'].get((rk, ck), '')})
        for rk, rl, bc in r['extraProRows']:
            if bc == cap:
                for ck, _ in cols:
                    cells.append({'table': 'proactive', 'row': rk, 'rowLabel': rl, 'column': ck, 'raw': r['pro'].get((rk, ck), '')})
    if 'proactive' in r.get('missingTables', ()) or 2 in r.get('missingSections', ()):
        cells = []
    for k, lab in ([] if 'requests' in r.get('missingTables', ()) else r['reqRows']):
        for c, _ in REQ_COLS:
            cell = {'table': 'requests', 'row': k, 'column': c, 'raw': r['req'].get((k, c), '')}
            if k.startswith('extra'):
                cell['rowLabel'] = ''.join(x for x in lab if x)
            cells.append(cell)
    if 4 not in r.get('missingSections', ()):
        for rk, _ in APPEAL_ROWS:
            for ck, _ in APPEAL_COLS:
                cells.append({'table': 'appeals', 'row': rk, 'column': ck, 'raw': r['app'].get((rk, ck), '')})
    return cells


# ---------------------------------------------------------------------------------------------
# Defects. Each takes the report and returns (description, where, primary findings), mutating r.

def pick_applicant_cell(rng, r, rows=None, nonzero=False):
    rows = rows or [k for k, _ in r['reqRows'] if k.startswith(OUTCOME_PREFIXES) and k != 'other.2']
    cand = [(k, c) for k in rows for c in APPLICANTS if not nonzero or r['req'][(k, c)] not in ('0', '')]
    return rng.choice(cand)


def bump(r, k, c, d):
    r['req'][(k, c)] = str(int(r['req'][(k, c)]) + d)


def d_b1(rng, r, col=None):
    """A column's 本年新收 or 上年结转 entered wrong (the row total follows it)."""
    col = col or rng.choice(APPLICANTS)
    row = rng.choice(['new', 'carriedOver'])
    d = rng.choice([1, 2, 3])
    bump(r, row, col, d)
    bump(r, row, 'total', d)
    return ('requests/%s/%s and requests/%s/total both %+d: B1 broken in column %s and in the total column' % (row, col, row, d, col),
            'requests/%s/%s' % (row, col), [('GK-BAL-B1', 'error', 'requests/*/%s' % col, None), ('GK-BAL-B1', 'error', 'requests/*/total', None)])


def d_b1_total_column(rng, r):
    """Only the total column's 结转下年度 is wrong: B1 breaks in the total column, B3 in its row."""
    d = rng.choice([1, 2])
    bump(r, 'carryForward', 'total', d)
    return ('requests/carryForward/total %+d (applicant cells unchanged)' % d, 'requests/carryForward/total',
            [('GK-BAL-B1', 'error', 'requests/*/total', None)])


def d_b2(rng, r):
    """An outcome counted twice: one outcome cell (and its row total) too high, totals untouched."""
    k, c = pick_applicant_cell(rng, r)
    bump(r, k, c, 1)
    bump(r, k, 'total', 1)
    return ('requests/%s/%s and requests/%s/total +1: the outcomes add up to one more than （七）总计' % (k, c, k),
            'requests/%s/%s' % (k, c), [('GK-BAL-B2', 'error', 'requests/*/%s' % c, None), ('GK-BAL-B2', 'error', 'requests/*/total', None)])


def d_b3(rng, r):
    """A row's 总计 cell does not add up its applicant columns."""
    k = rng.choice(['granted', 'unavailable.1', 'partlyGranted'])
    d = rng.choice([1, 2, -1]) if r['req'][(k, 'total')] != '0' else 1
    bump(r, k, 'total', d)
    return ('requests/%s/total %+d' % (k, d), 'requests/%s/total' % k, [('GK-BAL-B3', 'error', 'requests/%s' % k, None)])


def d_wrong_grand_total(rng, r):
    d = rng.choice([1, -1, 10])
    bump(r, 'total', 'total', d)
    return ('requests/total/total %+d (the grand total cell)' % d, 'requests/total/total',
            [('GK-BAL-B3', 'error', 'requests/total', None)])


def d_b4(rng, r):
    rk = rng.choice([k for k, _ in APPEAL_ROWS])
    d = rng.choice([1, 2])
    r['app'][(rk, 'total')] = str(int(r['app'][(rk, 'total')]) + d)
    return ('appeals/%s/total %+d' % (rk, d), 'appeals/%s/total' % rk, [('GK-BAL-B4', 'error', 'appeals/%s' % rk, None)])


def d_blank_request(rng, r):
    k, c = pick_applicant_cell(rng, r)
    r['req'][(k, c)] = ''
    return ('requests/%s/%s left blank' % (k, c), 'requests/%s/%s' % (k, c), [('GK-CELL-BLANK', 'warning', 'requests/%s/%s' % (k, c), None)])


def d_blank_proactive(rng, r):
    keys = sorted(r['pro'].keys())
    k = rng.choice([x for x in keys if x[1] not in ('procurementAmount', 'feeAmount')])
    r['pro'][k] = ''
    return ('proactive/%s/%s left blank' % k, 'proactive/%s/%s' % k, [('GK-CELL-BLANK', 'warning', 'proactive/%s/%s' % k, None)])


def d_dash_request(rng, r, dash='/'):
    k, c = pick_applicant_cell(rng, r)
    r['req'][(k, c)] = dash
    return ('requests/%s/%s holds "%s"' % (k, c, dash), 'requests/%s/%s' % (k, c), [('GK-CELL-DASH', 'warning', 'requests/%s/%s' % (k, c), None)])


def d_dash_proactive(rng, r, dash='—'):
    k = rng.choice(sorted(x for x in r['pro'] if x[1] not in ('procurementAmount', 'feeAmount')))
    r['pro'][k] = dash
    return ('proactive/%s/%s holds "%s"' % (k[0], k[1], dash), 'proactive/%s/%s' % k, [('GK-CELL-DASH', 'warning', 'proactive/%s/%s' % k, None)])


def d_text_request(rng, r, suffix='件'):
    k, c = pick_applicant_cell(rng, r, nonzero=True)
    r['req'][(k, c)] = r['req'][(k, c)] + suffix
    return ('requests/%s/%s holds "%s" (number with a suffix)' % (k, c, r['req'][(k, c)]), 'requests/%s/%s' % (k, c),
            [('GK-CELL-TEXT', 'warning', 'requests/%s/%s' % (k, c), None)])


def d_text_proactive(rng, r, suffix='h'):
    k = rng.choice(sorted(x for x in r['pro'] if x[1] not in ('procurementAmount', 'feeAmount', 'change')))
    r['pro'][k] = r['pro'][k] + suffix
    return ('proactive/%s/%s holds "%s"' % (k[0], k[1], r['pro'][k]), 'proactive/%s/%s' % k,
            [('GK-CELL-TEXT', 'warning', 'proactive/%s/%s' % k, None)])


def d_negative_proactive(rng, r):
    k = rng.choice(sorted(x for x in r['pro'] if x[1] in ('decisions', 'inForce', 'publicTotal', 'issued')))
    r['pro'][k] = '-' + str(max(1, int(r['pro'][k]) % 7))
    return ('proactive/%s/%s negative "%s"' % (k[0], k[1], r['pro'][k]), 'proactive/%s/%s' % k,
            [('GK-CELL-NEGATIVE', 'error', 'proactive/%s/%s' % k, None)])


def d_negative_carry(rng, r):
    """结转下年度 printed as -1 in one column, 本年新收 entered so that the column still balances."""
    c = rng.choice(APPLICANTS)
    delta = -1 - int(r['req'][('carryForward', c)])
    bump(r, 'carryForward', c, delta)
    bump(r, 'new', c, delta)          # B1: new + carriedOver = total + carryForward still holds
    deficit = -int(r['req'][('new', c)])
    if deficit > 0:                   # nothing new in that column: more granted applications make room
        for k in ('new', 'granted', 'total'):
            bump(r, k, c, deficit)
    for k in ('carryForward', 'new', 'granted', 'total'):
        r['req'][(k, 'total')] = str(sum(int(r['req'][(k, x)]) for x in APPLICANTS))
    return ('requests/carryForward/%s is "-1", the column otherwise balanced' % c, 'requests/carryForward/%s' % c,
            [('GK-CELL-NEGATIVE', 'error', 'requests/carryForward/%s' % c, None)])


def d_unreadable(rng, r):
    k, c = pick_applicant_cell(rng, r)
    r['req'][(k, c)] = '若干'
    return ('requests/%s/%s holds "若干"' % (k, c), 'requests/%s/%s' % (k, c), [('GK-CELL-UNREADABLE', 'error', 'requests/%s/%s' % (k, c), None)])


def d_missing_row(rng, r, table='requests'):
    if table == 'requests':
        k = rng.choice(['withheld.5', 'withheld.7', 'notHandled.4', 'unavailable.3'])
        r['reqRows'] = [x for x in r['reqRows'] if x[0] != k]
        for c, _ in REQ_COLS:
            r['req'].pop((k, c), None)
        return ('row requests/%s left out' % k, 'requests/%s' % k, [('GK-CMP-ROW', 'error', 'requests/%s' % k, None)])
    k = 'enforcement'
    for i, (cap, cols, rws) in enumerate(r['proBlocks']):
        r['proBlocks'][i] = (cap, cols, [x for x in rws if x[0] != k])
    for key in [x for x in r['pro'] if x[0] == k]:
        del r['pro'][key]
    return ('row proactive/%s (行政强制) left out' % k, 'proactive/%s' % k, [('GK-CMP-ROW', 'error', 'proactive/%s' % k, None)])


def d_extra_row_subtotal(rng, r):
    """A publisher's subtotal row （三）不予公开 小计 after the eight withheld rows: no rule forbids it."""
    rows = r['reqRows']
    i = max(j for j, (k, _) in enumerate(rows) if k.startswith('withheld.'))
    rows.insert(i + 1, ('extra.withheldSubtotal', (R3, '（三）不予公开', '小计')))
    for c, _ in REQ_COLS:
        r['req'][('extra.withheldSubtotal', c)] = str(sum(int(r['req'][('withheld.%d' % n, c)]) for n in range(1, 9)))
    return ('an extra subtotal row "（三）不予公开 小计" (correct sums) inserted after withheld.8', 'requests/(extra row after withheld.8)', [])


def d_extra_row_2019_in_2021(rng, r):
    """其他对外管理服务事项 (a 2019-format row) added to the 2021 licensing block: the layouts mix."""
    for i, (cap, cols, rws) in enumerate(r['proBlocks']):
        if cap == '第二十条第（五）项':
            r['extraProRows'].append(('otherServices', '其他对外管理服务事项', cap))
            r['pro'][('otherServices', 'decisions')] = str(rng.randint(3, 60))
    return ('extra 2019-format row proactive/otherServices (其他对外管理服务事项) in the 2021 licensing block', 'proactive/otherServices',
            [('GK-FMT-MIXED', 'error', '-', None)])


def d_missing_section(rng, r, n):
    r.setdefault('missingSections', []).append(n)
    f = [('GK-STR-SECTION-MISSING', 'error', 'section %d' % n, n)]
    if n == 4:
        f.append(('GK-CMP-TABLE', 'error', 'appeals', 4))
    return ('section %s (%s) left out%s' % (NUMERALS[n - 1], SECTION_HEADINGS[n - 1], ' with its table' if n == 4 else ''),
            'section %d' % n, f)


def d_swap_sections(rng, r, a, b):
    o = r['order']
    ia, ib = o.index(a), o.index(b)
    o[ia], o[ib] = o[ib], o[ia]
    return ('sections %s and %s swapped' % (NUMERALS[a - 1], NUMERALS[b - 1]), 'sections %d,%d' % (a, b),
            [('GK-STR-SECTION-ORDER', 'error', 'section %d' % min(a, b), min(a, b))])


def d_renamed(rng, r, n=5, heading='五、下一步工作打算'):
    r['headings'][n] = heading
    return ('section %d headed "%s"' % (n, heading), 'section %d' % n, [('GK-STR-HEADING-RENAMED', 'error', 'section %d' % n, n)])


def d_format_version(rng, r, tables_fmt):
    """The tables of the other official format than the report year's."""
    r['tableFmt'] = tables_fmt
    r['proFmt'] = tables_fmt
    rows, v = make_requests(rng, tables_fmt, r['shape'])
    r['reqRows'] = request_rows(tables_fmt)
    r['req'] = {key: str(x) for key, x in v.items()}
    r['pro'] = make_proactive(rng, tables_fmt, r['shape'])
    r['proBlocks'] = [(cap, list(cols), list(rws)) for cap, cols, rws in PROACTIVE[tables_fmt]]
    return ('a %d report whose tables follow the %s format' % (r['year'], tables_fmt), 'tables', [('GK-FMT-VERSION', 'error', '-', None)])


def d_mixed(rng, r):
    """2021 report whose （六）其他处理 is the 2019 single row."""
    rows = r['reqRows']
    i = [k for k, _ in rows].index('other.1')
    vals = {c: sum(int(r['req'][('other.%d' % n, c)]) for n in (1, 2, 3)) for c, _ in REQ_COLS}
    r['reqRows'] = rows[:i] + [('other', (R3, '（六）其他处理', ''))] + rows[i + 3:]
    for n in (1, 2, 3):
        for c, _ in REQ_COLS:
            del r['req'][('other.%d' % n, c)]
    for c, _ in REQ_COLS:
        r['req'][('other', c)] = str(vals[c])
    return ('requests （六）其他处理 printed as the 2019 single row in a 2021-format table', 'requests/other',
            [('GK-FMT-MIXED', 'error', 'requests/other', None)])


def d_no_period(rng, r):
    r['hasPeriod'] = False
    return ('the statistical period sentence left out of the preamble', 'preamble', [('GK-STR-PERIOD-MISSING', 'warning', '-', None)])


def d_period_year(rng, r):
    r['periodYear'] = r['year'] - 1
    return ('statistical period stated for %d instead of %d' % (r['year'] - 1, r['year']), 'preamble',
            [('GK-STR-PERIOD-YEAR', 'error', '-', None)])


def d_placeholder(rng, r):
    r['overrides']['proactiveSentence'] = '全年通过门户网站主动公开政府信息XX条，其中政策解读XX件。'
    return ('placeholders "XX条" and "XX件" left in section 一', 'section 1', [('GK-TXT-PLACEHOLDER', 'error', 'section 1', 1)] * 2)


def d_missing_number(rng, r):
    r['overrides']['proactiveSentence'] = '%d年%s共发布相关信息条，其中政策解读%d篇。' % (r['year'], r['we'], rng.randint(5, 40))
    return ('"共发布相关信息条": the count left out of section 一', 'section 1', [('GK-TXT-MISSING-NUMBER', 'error', 'section 1', 1)])


def d_prose_mismatch(rng, r):
    true_new = int(r['req'][('new', 'total')])
    stated = true_new - 1 if true_new > 1 else true_new + 1
    r['overrides']['new'] = str(stated)
    return ('section 一 says %d new requests, the table %d' % (stated, true_new), 'section 1 / requests/new/total',
            [('GK-PROSE-MISMATCH', 'error', 'requests/new/total', 1)])


def d_art50(rng, r):
    r['overrides']['supervision'] = ART50_SYSTEMS_ONLY
    rule = 'GK-CNT-ART50-STREET' if r['organKind'] == 'street' else 'GK-CNT-ART50-RESULTS'
    sev = 'warning' if r['organKind'] == 'street' else 'error'
    return ('监督保障 states the systems only, no assessment/review/accountability results', 'section 1',
            [(rule, sev, 'section 1', 1)])


def d_fee_missing(rng, r):
    r['overrides'][('section', 6)] = ['无其他需要报告的事项。']
    return ('section 六 says only "无其他需要报告的事项", no 信息处理费 position', 'section 6',
            [('GK-CNT-FEE-MISSING', 'warning', 'section 6', 6)])


def d_fee_b10(rng, r):
    if int(r['req'][('other.2', 'total')]) == 0:
        c = 'natural'
        if int(r['req'][('granted', c)]) == 0:
            for k in ('new', 'granted', 'total'):
                bump(r, k, c, 1)
                bump(r, k, 'total', 1)
        bump(r, 'granted', c, -1)
        bump(r, 'granted', 'total', -1)
        bump(r, 'other.2', c, 1)
        bump(r, 'other.2', 'total', 1)
    r['overrides'][('section', 6)] = ['无。']
    return ('requests/other.2/total = %s (unpaid fee notices) while section 六 says "无"' % r['req'][('other.2', 'total')], 'section 6',
            [('GK-CNT-FEE-B10', 'warning', 'requests/other.2/total', 6)])


def d_problems_empty(rng, r, text='无。'):
    r['overrides'][('section', 5)] = [text] if text else []
    return ('section 五 says only "%s"' % text, 'section 5', [('GK-CNT-PROBLEMS-EMPTY', 'error', 'section 5', 5)])


def d_money_unit(rng, r):
    amt = r['pro'][('procurement', 'procurementAmount')].replace('万元', '')
    r['pro'][('procurement', 'procurementAmount')] = amt
    return ('procurement amount "%s" printed without a unit' % amt, 'proactive/procurement/procurementAmount',
            [('GK-CELL-MONEY-UNIT', 'info', 'proactive/procurement/procurementAmount', None)])


def d_b1_carried(rng, r, col='natural'):
    """上年结转 in one column entered too low (its row total follows): B1 breaks there and in the total column."""
    bump(r, 'carriedOver', col, 1)
    bump(r, 'carriedOver', 'total', 1)
    return ('requests/carriedOver/%s and requests/carriedOver/total both +1' % col, 'requests/carriedOver/%s' % col,
            [('GK-BAL-B1', 'error', 'requests/*/%s' % col, None), ('GK-BAL-B1', 'error', 'requests/*/total', None)])


def d_title_year(rng, r):
    r['title'] = '%s政府信息公开工作年度报告' % r['organ']
    return ('the title names no year: "%s"' % r['title'], 'title', [('GK-STR-TITLE-YEAR', 'error', '-', None)])


def d_prose_year(rng, r):
    r['overrides']['openYear'] = r['year'] - 2
    return ('section 一 opens with "%d年，%s…" in a %d report (text carried over from an earlier report)'
            % (r['year'] - 2, r['we'], r['year']), 'section 1', [('GK-DATE-PROSE-YEAR', 'warning', 'section 1', 1)])


def d_misplaced(rng, r):
    r['overrides']['congressIn5'] = True
    return ('the 人大代表建议/政协委员提案 paragraph stands in section 五 instead of 六', 'section 5',
            [('GK-CNT-MISPLACED', 'warning', 'section 5', 5)])


def d_fraction(rng, r):
    r['pro'][('licensing', 'decisions')] = r['pro'][('licensing', 'decisions')] + '.5'
    return ('proactive/licensing/decisions "%s" is not a whole number' % r['pro'][('licensing', 'decisions')],
            'proactive/licensing/decisions', [('GK-CELL-FRACTION', 'error', 'proactive/licensing/decisions', None)])


def d_money_garbled(rng, r):
    amt = r['pro'][('procurement', 'procurementAmount')].replace('万元', '')
    r['pro'][('procurement', 'procurementAmount')] = amt + ' 7万元'
    return ('procurement amount "%s" with a stray digit' % r['pro'][('procurement', 'procurementAmount')],
            'proactive/procurement/procurementAmount', [('GK-CELL-MONEY', 'warning', 'proactive/procurement/procurementAmount', None)])


def d_heading_variant(rng, r):
    r['headings'][4] = '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'
    return ('section 四 headed with the Art. 50(三) wording (a tolerated variant)', 'section 4',
            [('GK-STR-HEADING-VARIANT', 'info', 'section 4', 4)])


def d_prose_appeals(rng, r):
    if r['app'][('reconsideration', 'total')] in ('0', ''):
        r['app'][('reconsideration', 'upheld')] = '1'
        r['app'][('reconsideration', 'total')] = str(sum(int(r['app'][('reconsideration', c)]) for c, _ in APPEAL_COLS[:4]))
    r['appealSentence'] = True
    true = int(r['app'][('reconsideration', 'total')])
    r['overrides']['recon'] = str(true + 1)
    return ('section 一 says %d reconsiderations, the table %d' % (true + 1, true), 'section 1 / appeals/reconsideration/total',
            [('GK-PROSE-MISMATCH', 'error', 'appeals/reconsideration/total', 1)])


def d_missing_table(rng, r):
    r.setdefault('missingTables', []).append('requests')
    r['overrides'][('section', 3)] = ['本年度收到和处理政府信息公开申请情况详见第一部分。']
    return ('the requests table left out of section 三 (the heading and a sentence kept)', 'requests',
            [('GK-CMP-TABLE', 'error', 'requests', 3)])


# The matrix: (shape, year, [defects]); a defect is (function, kwargs)
def plan():
    C = []  # correct
    for shape, year in [('county', 2019), ('cityDept', 2019), ('district', 2020), ('township', 2020), ('countyDept', 2020),
                        ('city', 2021), ('street', 2021), ('district', 2022), ('cityDept', 2022), ('township', 2023),
                        ('county', 2023), ('countyDept', 2024), ('city', 2024), ('street', 2024)]:
        C.append((shape, year, []))
    D = [
        ('district', 2023, [(d_b1, {'col': 'natural'})]),
        ('cityDept', 2021, [(d_b1, {'col': 'commercial'})]),
        ('county', 2019, [(d_b1, {'col': 'legalService'})]),
        ('city', 2022, [(d_b1_total_column, {})]),
        ('countyDept', 2023, [(d_b2, {})]),
        ('district', 2020, [(d_b2, {})]),
        ('city', 2023, [(d_b3, {})]),
        ('county', 2024, [(d_wrong_grand_total, {})]),
        ('cityDept', 2024, [(d_b4, {})]),
        ('district', 2021, [(d_blank_request, {})]),
        ('countyDept', 2022, [(d_blank_proactive, {})]),
        ('county', 2022, [(d_dash_request, {'dash': '/'})]),
        ('cityDept', 2020, [(d_dash_proactive, {'dash': '—'})]),
        ('city', 2021, [(d_dash_request, {'dash': '—'}), (d_no_period, {})]),
        ('district', 2024, [(d_text_request, {'suffix': '件'})]),
        ('countyDept', 2019, [(d_text_proactive, {'suffix': 'h'})]),
        ('county', 2021, [(d_negative_proactive, {})]),
        ('cityDept', 2023, [(d_negative_carry, {})]),
        ('city', 2020, [(d_missing_row, {'table': 'requests'})]),
        ('countyDept', 2024, [(d_missing_row, {'table': 'proactive'})]),
        ('district', 2022, [(d_extra_row_subtotal, {})]),
        ('cityDept', 2022, [(d_extra_row_2019_in_2021, {})]),
        ('county', 2023, [(d_missing_section, {'n': 5})]),
        ('city', 2024, [(d_missing_section, {'n': 4})]),
        ('countyDept', 2021, [(d_missing_section, {'n': 6})]),
        ('district', 2023, [(d_swap_sections, {'a': 5, 'b': 6})]),
        ('cityDept', 2019, [(d_swap_sections, {'a': 2, 'b': 3})]),
        ('county', 2022, [(d_renamed, {'n': 5, 'heading': '五、下一步工作打算'})]),
        ('district', 2022, [(d_format_version, {'tables_fmt': '2019'})]),
        ('cityDept', 2020, [(d_format_version, {'tables_fmt': '2021'})]),
        ('county', 2023, [(d_mixed, {})]),
        ('countyDept', 2023, [(d_no_period, {})]),
        ('city', 2023, [(d_period_year, {})]),
        ('township', 2022, [(d_placeholder, {})]),
        ('district', 2019, [(d_missing_number, {})]),
        ('county', 2024, [(d_prose_mismatch, {})]),
        ('district', 2023, [(d_art50, {})]),
        ('township', 2021, [(d_art50, {})]),
        ('street', 2023, [(d_art50, {})]),
        ('cityDept', 2024, [(d_fee_missing, {})]),
        ('countyDept', 2022, [(d_fee_b10, {})]),
        ('city', 2022, [(d_problems_empty, {'text': '无。'})]),
        ('street', 2022, [(d_problems_empty, {'text': ''}), (d_b4, {})]),
        ('county', 2020, [(d_money_unit, {}), (d_text_request, {'suffix': '件'})]),
        ('township', 2024, [(d_unreadable, {})]),
        ('countyDept', 2021, [(d_b1_carried, {'col': 'natural'})]),
        ('district', 2024, [(d_title_year, {})]),
        ('cityDept', 2023, [(d_prose_year, {})]),
        ('city', 2021, [(d_misplaced, {})]),
        ('county', 2022, [(d_fraction, {}), (d_heading_variant, {})]),
        ('district', 2019, [(d_money_garbled, {})]),
        ('city', 2024, [(d_prose_appeals, {})]),
        ('countyDept', 2020, [(d_missing_table, {})]),
    ]
    return C, D


KIND_OF_SHAPE = dict(SHAPES)
MIXING_DEFECTS = ('mixed', 'extra_row_2019_in_2021')
DERIVED_RULES = ('GK-BAL-B1', 'GK-BAL-B2', 'GK-BAL-B3', 'GK-BAL-B4', 'GK-CELL-BLANK', 'GK-CELL-DASH',
                 'GK-CELL-TEXT', 'GK-CELL-UNREADABLE', 'GK-CELL-NEGATIVE')


def build(seed):
    rng = random.Random(seed)
    names = Names(rng)
    correct, defective = plan()
    # another seed (the held-out one) draws other organs, numbers, cells and wording for the same defect kinds, in another order
    if seed != 1:
        rng.shuffle(correct)
        rng.shuffle(defective)
    reports = []
    for i, (shape, year, defects) in enumerate(correct + defective):
        is_def = bool(defects)
        kind = KIND_OF_SHAPE[shape]
        rid = '%s-%02d-%d-%s' % ('d' if is_def else 'c', i + 1, year, shape)
        r = make_report(rng, names, rid, shape, kind, year)
        r['tableFmt'] = r['formatVersion']
        r['defects'] = []
        r['expected'] = []
        prim = []
        for j, (fn, kw) in enumerate(defects):
            desc, where, findings = fn(rng, r, **kw)
            name = fn.__name__[2:]
            r['defects'].append({'id': 'D%d' % (j + 1), 'kind': name, 'description': desc, 'where': where})
            for f in findings:
                prim.append((f, 'D%d' % (j + 1)))
        # derived (balance and cell) findings of the printed tables; anything not primary is a consequence
        derived = balance_findings(r) + cell_findings(r)
        exp = []
        prim_keys = [f[:3] for f, _ in prim]
        for f, d in prim:
            exp.append({'rule': f[0], 'severity': f[1], 'keys': f[2], 'section': f[3], 'defect': d})
        for f in derived:
            if f[:3] in prim_keys:
                continue
            exp.append({'rule': f[0], 'severity': f[1], 'keys': f[2], 'section': f[3],
                        'consequenceOf': r['defects'][0]['id'] if r['defects'] else None})
        # a primary finding the derived evaluation does not confirm (e.g. B1 intended, but cells say otherwise) is a generator bug
        for f, d in prim:
            if f[0] in DERIVED_RULES and f[:3] not in [x[:3] for x in derived]:
                raise AssertionError('%s: defect %s claims %s, the cells do not show it' % (rid, d, f))
        if not defects and derived:
            raise AssertionError('%s: a correct report that does not balance: %s' % (rid, derived))
        r['expected'] = sorted(exp, key=lambda e: (e['rule'], e['keys'], e['severity']))
        reports.append(r)
    return reports


def fix_consequences(r):
    """Name the defect a consequence belongs to: the one whose cells or rows it involves."""
    for e in r['expected']:
        if 'consequenceOf' not in e:
            continue
        best = None
        for d in r['defects']:
            w = d['where']
            parts = w.split('/')
            if len(parts) >= 3 and parts[0] == 'requests':
                row, col = parts[1], parts[2]
                if e['keys'] in ('requests/*/%s' % col, 'requests/%s' % row):
                    best = d['id']
            elif len(parts) == 2 and parts[0] == 'requests' and e['rule'].startswith('GK-BAL'):
                best = best or d['id']
            elif e['rule'].startswith('GK-CELL') and e['keys'] == w:
                best = d['id']
        e['consequenceOf'] = best or (r['defects'][0]['id'] if r['defects'] else None)


def truth(r):
    sections = []
    for n in r['order']:
        if n in r.get('missingSections', ()):
            continue
        sections.append({'number': n, 'heading': r['headings'][n], 'text': '\n'.join(section_paragraphs(r, n))})
    return {
        'id': r['id'],
        'meta': {'title': r['title'], 'organ': r['organ'], 'organKind': r['organKind'], 'year': r['year'],
                 # the format the printed tables follow ("mixed" where they mix), and the one the year requires
                 'formatVersion': 'mixed' if any(d['kind'] in MIXING_DEFECTS for d in r['defects']) else r['tableFmt'],
                 'requiredFormat': r['formatVersion'], 'published': r['published'],
                 'source': r['office']},
        'correct': not r['defects'],
        'preamble': preamble(r),
        'sections': sections,
        'cells': truth_cells(r),
        'defects': r['defects'],
        'expected': [{k: v for k, v in e.items() if v is not None} for e in r['expected']],
        'forms': {'html': {'charset': r['charset'], 'style': r['style']}},
    }


def truth_json(t):
    """Indented JSON with one line per table cell, to keep the files small and diffable."""
    cells = t.pop('cells')
    text = json.dumps(t, ensure_ascii=False, indent=2)
    lines = ',\n'.join('    ' + json.dumps(c, ensure_ascii=False) for c in cells)
    head, tail = text.rsplit('\n}', 1)
    return head + ',\n  "cells": [\n' + lines + '\n  ]\n}' + tail + '\n'


def write(path, data):
    mode = 'wb' if isinstance(data, bytes) else 'w'
    with open(path, mode, **({} if mode == 'wb' else {'encoding': 'utf-8', 'newline': '\n'})) as f:
        f.write(data)


def office(reports, out):
    """DOCX and PDF by LibreOffice from the clean HTML, then pdftotext -layout."""
    tmp = tempfile.mkdtemp(prefix='gkmatrix-')
    profile = os.path.join(tmp, 'profile')
    try:
        htmls = []
        for r in reports:
            p = os.path.join(tmp, r['id'] + '.html')
            write(p, render_html_clean(r))
            htmls.append(p)
        env = ['-env:UserInstallation=file://' + profile]
        for i in range(0, len(htmls), 12):
            subprocess.run(['soffice', *env, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', tmp] + htmls[i:i + 12],
                           check=True, stdout=subprocess.DEVNULL)
        docx = [os.path.join(tmp, r['id'] + '.docx') for r in reports]
        for i in range(0, len(docx), 12):
            subprocess.run(['soffice', *env, '--headless', '--convert-to', 'pdf', '--outdir', tmp] + docx[i:i + 12],
                           check=True, stdout=subprocess.DEVNULL)
        for r in reports:
            d = os.path.join(out, r['id'])
            shutil.copyfile(os.path.join(tmp, r['id'] + '.docx'), os.path.join(d, 'report.docx'))
            shutil.copyfile(os.path.join(tmp, r['id'] + '.pdf'), os.path.join(d, 'report.pdf'))
            subprocess.run(['pdftotext', '-layout', os.path.join(d, 'report.pdf'), os.path.join(d, 'report.layout.txt')], check=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


README = """# Defect matrix

Generated by `tools/gen_matrix.py` with seed {seed}: {n} fictional annual reports (政府信息公开工作年度报告),
{nc} correct and {nd} with one or two injected defects, each in seven forms. Do not edit by hand: regenerate.

    python3 tools/gen_matrix.py --seed {seed} --out fixtures/matrix

The Markdown, HTML, crawl texts and truth.json are byte-for-byte reproducible from the seed; report.docx,
report.pdf and report.layout.txt come from LibreOffice and pdftotext and embed dates (`--no-office` skips them).

**Held-out seed: 20261130.** It draws a different set of organs, numbers and defect placements from the same
generator. It is not in the repository and nobody has looked at its output: use it only to measure a
reader or rule change after the change is made (`--seed 20261130 --out /tmp/heldout`), never to tune one.

## Per report, in `<id>/`

| file | what |
|---|---|
| `report.md` | Markdown in the layout of `fixtures/clean/` (pipe tables, the requests table with 3 label columns) |
| `report.html` | the page as published: UTF-8 or GBK (`<meta charset="gbk">`), plain or Word-pasted markup (`MsoNormal`, `<o:p>`, `mso-` styles, `&nbsp;`), some inside a portal page (nav, breadcrumb, 发布时间, footer); tables with the official merged cells |
| `report.docx`, `report.pdf` | LibreOffice conversions of a clean HTML rendering (landscape A4, one table per printed table, merged label cells) |
| `report.layout.txt` | `pdftotext -layout report.pdf` (form feeds kept) |
| `report.crawl.txt` | crawler text: `标题:`/`发布时间:`/`来源:` header, then the whole body on one line, table cells separated by one space |
| `report.crawl-run.txt` | the same, with the cells of table rows run together without a separator, as site archives have them |
| `truth.json` | meta, preamble, sections as printed, every table cell `{{table,row,column,raw}}` under the canonical keys, the injected defects and the expected findings |

Expected findings (`truth.json` → `expected`): `rule`, `severity`, `keys` as gkcheck prints them
(`table/row/column`, `requests/*/natural` for a column relation, `requests/granted` for a row relation,
`section N` where only a section is named, `-` for none) and `section` where the finding is about a section.
A finding with `defect` is what the defect is; one with `consequenceOf` follows from it under today's rules
(a blank cell also makes B2 and B3 unevaluable; a wrong total cell breaks more than one relation). They were
derived from the injected defect and the rule definitions in `rules/*.drl` (balance relations evaluated on the
printed cells), not copied from gkcheck's output. `index.json` lists the reports. `DIFFERENCES.md` (hand-written,
not generated) records where gkcheck's findings differed from the expected ones when the set was made.
"""


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--no-office', action='store_true', help='skip LibreOffice and pdftotext (DOCX, PDF, layout text)')
    a = ap.parse_args(argv)
    reports = build(a.seed)
    rng = random.Random(a.seed * 7919 + 1)
    os.makedirs(a.out, exist_ok=True)
    index = []
    for i, r in enumerate(reports):
        fix_consequences(r)
        r['charset'] = 'gbk' if i % 3 == 1 else 'utf-8'
        r['style'] = ['plain', 'word', 'portal', 'portal+word'][rng.randrange(4)]
        d = os.path.join(a.out, r['id'])
        os.makedirs(d, exist_ok=True)
        write(os.path.join(d, 'report.md'), render_md(r))
        write(os.path.join(d, 'report.html'), render_html_published(r, r['style'], r['charset']))
        write(os.path.join(d, 'report.crawl.txt'), render_crawl(r, False))
        write(os.path.join(d, 'report.crawl-run.txt'), render_crawl(r, True))
        write(os.path.join(d, 'truth.json'), truth_json(truth(r)))
        index.append({'id': r['id'], 'correct': not r['defects'], 'organKind': r['organKind'], 'year': r['year'],
                      'formatVersion': r['formatVersion'], 'defects': [x['kind'] for x in r['defects']],
                      'html': {'charset': r['charset'], 'style': r['style']}})
    nc = sum(1 for x in index if x['correct'])
    write(os.path.join(a.out, 'index.json'), json.dumps({'seed': a.seed, 'reports': index}, ensure_ascii=False, indent=2) + '\n')
    write(os.path.join(a.out, 'README.md'), README.format(seed=a.seed, n=len(index), nc=nc, nd=len(index) - nc))
    if not a.no_office:
        office(reports, a.out)
    print('%d reports (%d correct, %d defective) in %s' % (len(index), nc, len(index) - nc, a.out))


if __name__ == '__main__':
    main()
