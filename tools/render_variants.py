#!/usr/bin/env python3
"""Render one report as HTML from its Markdown, so that LibreOffice can make the DOCX and PDF variants.

Used once to make fixtures/variants/ (the outputs are committed; the build does not need LibreOffice):
    python3 tools/render_variants.py fixtures/clean/2023-xinan-district-government.md fixtures/variants/report.html
    cd fixtures/variants && soffice --headless --convert-to docx:"MS Word 2007 XML" report.html
    soffice --headless --convert-to pdf report.docx
The Markdown subset is the one the fixtures use: # headings, paragraphs, pipe tables.
"""
import html
import sys


def render(md):
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>report</title>',
           # tables as wide as the page, so that a word processor keeps every column on it
           '<style>table{border-collapse:collapse;width:100%} td{border:1px solid #000;padding:1px;font-size:8pt}</style>',
           '</head><body>']
    table = None
    for line in md.split('\n'):
        s = line.strip()
        if s.startswith('|'):
            cells = [c.strip() for c in s.strip('|').split('|')]
            if all(set(c) <= set('-: ') and c for c in cells):
                continue
            table = table if table is not None else []
            table.append(cells)
            continue
        if table is not None:
            out.append('<table width="100%" border="1" cellspacing="0">')
            for row in table:
                out.append('<tr>' + ''.join('<td>%s</td>' % html.escape(c) for c in row) + '</tr>')
            out.append('</table>')
            table = None
        if not s:
            continue
        if s.startswith('## '):
            out.append('<h2>%s</h2>' % html.escape(s[3:]))
        elif s.startswith('# '):
            out.append('<h1>%s</h1>' % html.escape(s[2:]))
        else:
            out.append('<p>%s</p>' % html.escape(s))
    if table is not None:
        out.append('<table width="100%" border="1" cellspacing="0">' + ''.join('<tr>' + ''.join('<td>%s</td>' % html.escape(c) for c in r) + '</tr>' for r in table) + '</table>')
    out.append('</body></html>')
    return '\n'.join(out) + '\n'


if __name__ == '__main__':
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding='utf-8') as f:
        text = f.read()
    with open(dst, 'w', encoding='utf-8') as f:
        f.write(render(text))
