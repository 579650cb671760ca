#!/usr/bin/env python3
"""Compare gkcheck's findings on a matrix form with the expected findings in truth.json.

    ./gkcheck check --fail-on never --format json fixtures/matrix/*/report.md > /tmp/findings.json
    python3 tools/compare_matrix.py fixtures/matrix /tmp/findings.json

Prints, per report, the expected findings gkcheck did not give (missing) and the findings it gave
that were not expected (extra), compared on rule, severity and keys (as gkcheck prints them).
"""
import json
import os
import sys


def keys(loc):
    t, row, col, sec = loc.get('table'), loc.get('row'), loc.get('column'), loc.get('section')
    b = t or ''
    if row:
        b += '/' + row
    if col:
        b += ('/*/' if b and not row else '/') + col
    if not b and sec is not None:
        b = 'section %s' % sec
    return b or '-'


def main(matrix, findings):
    with open(findings, encoding='utf-8') as f:
        data = json.load(f)
    actual = {}
    for rep in data['reports']:
        rid = os.path.basename(os.path.dirname(rep['source']))
        actual[rid] = sorted('%s %s %s' % (x['rule'], x['severity'], keys(x.get('location', {}))) for x in rep.get('findings', []))
    diffs = 0
    for rid in sorted(actual):
        with open(os.path.join(matrix, rid, 'truth.json'), encoding='utf-8') as f:
            t = json.load(f)
        exp = sorted('%s %s %s' % (e['rule'], e['severity'], e['keys']) for e in t['expected'])
        a = list(actual[rid])
        missing = [e for e in exp if e not in a or a.remove(e)]
        extra = a
        if missing or extra:
            diffs += 1
            print('== %s (%s)' % (rid, ', '.join(d['kind'] for d in t['defects']) or 'correct'))
            for m in missing:
                print('   expected, not given: ' + m)
            for x in extra:
                print('   given, not expected: ' + x)
    print('%d of %d reports differ' % (diffs, len(actual)))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
