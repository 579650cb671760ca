#!/usr/bin/env python3
"""Turns Markdown fixtures into crawler text: what a site archive keeps of a report page.

A header block (title, publication date, source, link — fields in varying order and spelling),
then the page text on ONE line: navigation, the title again, every paragraph, heading and table
cell in reading order. Table cells are flattened as a browser's text would be: a merged label
(rowspan) once, header cells that are empty (colspan) not at all, a blank value cell as nothing.

Two forms per report:
  NAME.crawl.txt      everything separated by one space (a blank cell leaves two spaces)
  NAME.crawl-run.txt  everything run together with no separator at all ("…申请数量405102149二、…")

It also writes the fixtures of the input rules GK-IN-CELL-SPLIT and GK-IN-TABLE-UNREADABLE
(RULE_FIXTURES); their .expected sidecars are written and reviewed by hand.

Deterministic: same input, same bytes. Run from the repository root:
  python3 tools/crawl_fixtures.py
"""
import os
import re

OUT = "fixtures/crawler"

# (source Markdown, output name, header style, publication date)
REPORTS = [
    ("fixtures/clean/2023-xinan-district-government.md", "xinan-2023", 0, "2024-01-20 15:07"),
    ("fixtures/clean/2019-qinghe-transport-bureau.md", "qinghe-2019", 1, "2020-01-15"),
    ("fixtures/rules/GK-BAL-B1/fires.md", "bal-b1", 2, "2024-01-22 09:30:00"),
    ("fixtures/rules/GK-BAL-B3/fires.md", "bal-b3", 0, "2024-01-22"),
    ("fixtures/rules/GK-BAL-B4/fires.md", "bal-b4", 1, "2024-01-22"),
    ("fixtures/rules/GK-CELL-BLANK/fires.md", "cell-blank", 2, "2024-01-22"),
    ("fixtures/rules/GK-CELL-DASH/fires.md", "cell-dash", 0, "2024-01-22"),
    ("fixtures/rules/GK-STR-SECTION-ORDER/fires.md", "section-order", 1, "2024-01-22"),
    # a real report's text (PDF transcription, tab-separated cells, spaces inside prose and labels)
    ("fixtures/prose/hongze-district-2024.txt", "hongze-2024", 0, "2025-01-20 10:12"),
]

# rule fixtures: where the input rules fire (run together) and their near misses (the same report spaced)
RULE_FIXTURES = [
    ("fixtures/clean/2019-qinghe-transport-bureau.md", "fixtures/rules/GK-IN-CELL-SPLIT/fires.crawl-run.txt", 1, "2020-01-15", ""),
    ("fixtures/clean/2019-qinghe-transport-bureau.md", "fixtures/rules/GK-IN-CELL-SPLIT/ok-spaced.crawl.txt", 1, "2020-01-15", " "),
    ("fixtures/rules/GK-CELL-BLANK/fires.md", "fixtures/rules/GK-IN-TABLE-UNREADABLE/fires.crawl-run.txt", 0, "2024-01-22", ""),
    ("fixtures/rules/GK-CELL-BLANK/fires.md", "fixtures/rules/GK-IN-TABLE-UNREADABLE/ok-spaced.crawl.txt", 0, "2024-01-22", " "),
]

NAV = ["首页", ">", "政务公开", ">", "政府信息公开年报"]
VALUE = re.compile(r"^(?:[-+]?\d[\d.,]*\S*|[/／—－\-]+|无)?$")


def parse(path):
    """The Markdown (or tab-separated text) as a list of ('title'|'para'|'table', content) in order."""
    if path.endswith(".txt"):
        return parse_text(path)
    blocks, table = [], None
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            s = line.strip()
            if s.startswith("|"):
                cells = [c.strip() for c in s.strip("|").split("|")]
                if all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                    continue
                if table is None:
                    table = []
                    blocks.append(("table", table))
                table.append(cells)
                continue
            table = None
            if not s:
                continue
            if s.startswith("# "):
                blocks.append(("title", s[2:].strip()))
            else:
                blocks.append(("para", re.sub(r"^#+\s*", "", s)))
    return blocks


def parse_text(path):
    """Text with one paragraph a line and tab-separated table rows; an empty cell there is a merge, left out."""
    blocks = []
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if l.strip()]
    blocks.append(("title", lines[0].strip()))
    for line in lines[1:]:
        if "\t" in line:
            blocks.append(("cells", [c.strip() for c in line.split("\t") if c.strip()]))
        else:
            blocks.append(("para", line.strip()))
    return blocks


def label_columns(rows):
    text = "".join("".join(r) for r in rows)
    if "自然人" in text:
        return 3
    if "第二十条" in text or "信息内容" in text:
        return 1
    return 0


def flatten(rows):
    """A table's cells in reading order, as a page's text gives them."""
    labels = label_columns(rows)
    out, above = [], {}
    for row in rows:
        data = any(re.search(r"\d", c) or re.fullmatch(r"[/／—－\-]+", c) for c in row[labels:])
        if not data:
            out.extend(c for c in row if c)
            continue
        for i, c in enumerate(row[:labels]):
            if c and above.get(i) != c:
                out.append(c)
            above[i] = c
            if not c:
                above[i] = None
        out.extend(row[labels:])  # value cells, blanks included
    return out


def header(style, title, date, name):
    link = "https://www.qinghe.example.gov.cn/zwgk/ndbg/%s.html" % name
    if style == 0:
        lines = ["标题：" + title, "发布时间：" + date, "来源：政府门户网站", "链接：" + link, "-" * 40]
    elif style == 1:
        lines = ["来源: 政府信息公开专栏", "URL: " + link, "标题: " + title, "发布日期: " + date, "=" * 40]
    else:
        lines = ["标题：" + title, "发布日期：" + date]
    return "\n".join(lines) + "\n"


def render(path, name, style, date, sep):
    blocks = parse(path)
    title = next(c for k, c in blocks if k == "title")
    items = list(NAV) if sep else ["".join(NAV)]
    for kind, content in blocks:
        if kind == "table":
            items.extend(flatten(content))
        elif kind == "cells":
            items.extend(content)
        else:
            items.append(content)
    return header(style, title, date, name) + sep.join(items) + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    for path, name, style, date in REPORTS:
        for suffix, sep in ((".crawl.txt", " "), (".crawl-run.txt", "")):
            with open(os.path.join(OUT, name + suffix), "w", encoding="utf-8", newline="\n") as f:
                f.write(render(path, name, style, date, sep))
    for path, target, style, date, sep in RULE_FIXTURES:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="\n") as f:
            f.write(render(path, os.path.basename(target).split(".")[0], style, date, sep))


if __name__ == "__main__":
    main()
