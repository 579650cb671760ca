package cn.gkcheck.interpret;

import cn.gkcheck.read.Block;
import cn.gkcheck.read.Doc;
import cn.gkcheck.format.Labels;
import cn.gkcheck.format.OfficialFormat;
import cn.gkcheck.format.TableWords;
import cn.gkcheck.model.Paragraph;
import cn.gkcheck.model.Report;
import cn.gkcheck.model.Section;
import cn.gkcheck.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Doc} from any reader into the canonical {@link Report}: the title and what it
 * says, the six sections, the paragraphs of prose, the three tables (grids grouped by what
 * they hold and mapped by their labels), and the format version their layout follows.
 */
public final class DocInterpreter {
    private DocInterpreter() {}

    private static final List<String> TABLE_ORDER = List.of("proactive", "requests", "appeals");

    public static Report interpret(Doc doc) {
        Report report = new Report();
        report.getMeta().setInputKind(doc.inputKind);
        report.getMeta().setEncoding(doc.encoding);
        report.getMeta().setPublished(doc.published);
        report.getGuesses().addAll(doc.guesses);
        report.getProblems().addAll(doc.problems);

        Map<String, List<Block.GridRow>> grids = new LinkedHashMap<>();
        Map<String, Block.Grid> unreadable = new LinkedHashMap<>(); // tables a reader could not read whole
        int current = 0;
        String lastGrid = null;
        boolean titleSeen = false;
        List<Block.Para> titleParts = new ArrayList<>(); // short lines just before the title: its first lines, where it wraps
        int blockIndex = 0;
        List<Block> blocks = "pdf".equals(doc.inputKind) || "pdftext".equals(doc.inputKind) ? joinWrappedLines(doc.blocks) : doc.blocks;
        for (Block b : blocks) {
            blockIndex++;
            if (b instanceof Block.Para p) {
                String text = p.text().strip();
                if (text.isEmpty()) continue;
                lastGrid = null;
                if (!titleSeen && blockIndex <= 12 && current == 0) {
                    TitleLines.Found t = TitleLines.find(text, titleParts);
                    if (t != null) {
                        MetaReader.readTitle(report.getMeta(), t.title(), t.joined() == 0 ? p.source() : titleParts.get(titleParts.size() - t.joined()).source());
                        // the lines the title began on were taken for prose until the line that ends it came
                        for (Block.Para part : titleParts.subList(titleParts.size() - t.joined(), titleParts.size())) {
                            report.getParagraphs().removeIf(x -> x.getSource() == part.source());
                        }
                        titleSeen = true;
                        if (t.rest().isEmpty()) continue;
                        text = t.rest(); // "…年度报告根据《条例》…": the body run into the title's line
                    } else if (TitleLines.mayBeTitlePart(text)) {
                        titleParts.add(p);
                        if (titleParts.size() > TitleLines.MAX_LINES - 1) titleParts.remove(0);
                    } else {
                        titleParts.clear();
                    }
                }
                var heading = HeadingMatcher.match(text, current + 1);
                if (heading.isPresent() && report.section(heading.get().number()).isEmpty()
                        && (heading.get().match() != HeadingMatcher.Match.RENAMED || heading.get().number() == current + 1)) {
                    var h = heading.get();
                    Section s = new Section(h.number(), h.printed(), p.source());
                    s.setVariant(cn.gkcheck.model.HeadingForm.valueOf(h.match().name()));
                    s.setOrder(blockIndex);
                    report.getSections().add(s);
                    current = h.number();
                    if (!h.rest().isEmpty()) addParagraph(report, h.rest(), current, p);
                    continue;
                }
                addParagraph(report, text, current, p);
            } else if (b instanceof Block.Grid g) {
                String key = classify(g, current, lastGrid);
                if (key == null) {
                    // not one of the three tables: a table in the prose ("考核、评议、追究结果见下表"), read as its rows
                    if (g.unreadable() == null) for (Block.GridRow r : g.rows()) addRow(report, r, current);
                    continue;
                }
                if (g.unreadable() != null) unreadable.putIfAbsent(key, g);
                grids.computeIfAbsent(key, k -> new ArrayList<>()).addAll(g.rows());
                lastGrid = key;
            }
        }
        for (String key : TABLE_ORDER) {
            if (unreadable.containsKey(key)) {
                // none of its cells is mapped: a cell read wrongly is worse than a table said to be unread
                Table t = new Table(key);
                t.setSource(unreadable.get(key).source());
                t.setUnreadable(unreadable.get(key).unreadable());
                t.setLayout(LayoutDetector.layoutOfLabels(key, grids.get(key)));
                report.getTables().add(t);
                continue;
            }
            List<Block.GridRow> rows = grids.get(key);
            if (rows == null) continue;
            Table t = switch (key) {
                case "proactive" -> ProactiveMapper.map(report, rows);
                case "requests" -> RequestsMapper.map(report, rows);
                default -> AppealsMapper.map(report, rows);
            };
            carryPlacements(rows, t);
            if (!t.getRows().isEmpty()) report.getTables().add(t);
        }
        SourceGate.check(report, doc.original);
        Certainty.mark(report);
        LayoutDetector.detect(report);
        finishSections(report);
        MetaReader.yearFromPeriod(report.getMeta());
        OrganReader.settle(report);
        return report;
    }

    /**
     * Where a reader marked how it placed a grid cell ({@link Block.GridCell#placement}, e.g. a
     * positional rebuild that could not tie a column to a header), the table cell made from it
     * carries that placement, unless the mapper already placed it less surely. Cells are tied to
     * grid cells by their source, which the mappers pass on as the reader made it.
     */
    private static void carryPlacements(List<Block.GridRow> rows, Table t) {
        Map<cn.gkcheck.model.Source, cn.gkcheck.model.Placement> marked = new java.util.IdentityHashMap<>();
        for (Block.GridRow r : rows) {
            for (Block.GridCell c : r.cells()) if (c.placement() != null && c.source() != null) marked.put(c.source(), c.placement());
        }
        if (marked.isEmpty()) return;
        for (cn.gkcheck.model.Cell c : t.getCells()) {
            var p = marked.get(c.getSource());
            if (p != null && c.getPlacement() == cn.gkcheck.model.Placement.LABEL) c.setPlacement(p);
        }
    }

    private static final java.util.regex.Pattern SUB_HEADING =
            java.util.regex.Pattern.compile("^\\s*([（(][一二三四五六七八九十]+[）)]|[0-9]+[、.．]|[一二三四五六七八九十]+是)");

    /**
     * A PDF prints prose as lines wrapped at the page width. A line that does not end a sentence
     * continues on the next, unless that one starts a heading or a numbered item; a title or a
     * heading line stands alone. The paragraph keeps the source of its first line.
     */
    static List<Block> joinWrappedLines(List<Block> in) {
        List<Block> out = new ArrayList<>();
        for (Block b : in) {
            if (b instanceof Block.Para p && !out.isEmpty() && out.get(out.size() - 1) instanceof Block.Para prev
                    && continues(prev.text(), p.text())) {
                out.set(out.size() - 1, new Block.Para(prev.text().strip() + p.text().strip(), prev.source()));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean continues(String prev, String next) {
        String a = prev.strip(), n = next.strip();
        if (a.isEmpty() || n.isEmpty()) return false;
        if ("。！？；：:;!?…”】".indexOf(a.charAt(a.length() - 1)) >= 0) return false;
        if (MetaReader.looksLikeTitle(a) || a.endsWith("报告")) return false;
        if (HeadingMatcher.headingLike(a) || HeadingMatcher.match(n, 0).isPresent()) return false;
        return !SUB_HEADING.matcher(n).find();
    }

    /** One row of a table in the prose, as a sentence: "工作考核：考核等次为优秀。". */
    private static void addRow(Report report, Block.GridRow row, int section) {
        String text = String.join("：", row.cells().stream().map(c -> c.text().strip()).filter(t -> !t.isEmpty()).toList());
        if (!text.isEmpty()) report.getParagraphs().add(new Paragraph(text + "。", section, row.source()));
    }

    private static void addParagraph(Report report, String text, int section, Block.Para p) {
        report.getParagraphs().add(new Paragraph(text, section, p.source()));
        if (report.getMeta().getPeriod() == null) MetaReader.readPeriod(report.getMeta(), text, p.source());
    }

    /** Which table a grid belongs to: by the labels it holds ({@link TableWords}), else as the continuation of the grid before it. */
    static String classify(Block.Grid g, int section, String previousGrid) {
        StringBuilder all = new StringBuilder();
        for (Block.GridRow r : g.rows()) for (Block.GridCell c : r.cells()) all.append(Labels.fold(c.text())).append('|');
        String text = all.toString();
        String best = null;
        int bestHits = 0;
        for (String key : TABLE_ORDER) {
            int hits = 0;
            for (String k : TableWords.of(key)) if (text.contains(k)) hits++;
            if (hits > bestHits) {
                bestHits = hits;
                best = key;
            }
        }
        if (bestHits >= 2) return best;
        if (previousGrid != null) return previousGrid;
        if (bestHits == 1) return best;
        return OfficialFormat.tableIn(section).orElse(null);
    }

    private static void finishSections(Report report) {
        for (Section s : report.getSections()) {
            StringBuilder body = new StringBuilder();
            Integer end = null;
            for (Paragraph p : report.getParagraphs()) {
                if (p.getSection() != s.getNumber()) continue;
                if (body.length() > 0) body.append('\n');
                body.append(p.getText());
                if (p.getSource() != null && p.getSource().getLine() != null) end = p.getSource().getLine();
            }
            s.setBody(body.toString());
            s.setEndLine(end);
        }
    }
}
