package cn.gkcheck.read;

import cn.gkcheck.model.ReadProblem;
import cn.gkcheck.model.Source;
import cn.gkcheck.read.docx.Numbering;
import cn.gkcheck.read.docx.ZipBounds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a Word (.docx) report: body paragraphs and tables in document order, Word's automatic
 * numbering rendered as printed ("一、" of a list-styled heading), tables with horizontal
 * (gridSpan, legacy hMerge, gridBefore) and vertical (vMerge restart/continue) merges
 * expanded into the real grid by {@link Grid}. Hostile or broken files (zip bomb, DTD/external entity, corrupt
 * or truncated zip, not a Word package, encrypted, legacy .doc) come back as a
 * {@link ReadProblem}, never as an exception.
 */
public final class DocxReader implements DocReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final int MAX_GRID_COLUMNS = Limits.ROW_CELLS;

    static {
        if (ZipSecureFile.getMaxEntrySize() > Limits.ZIP_ENTRY_BYTES) ZipSecureFile.setMaxEntrySize(Limits.ZIP_ENTRY_BYTES);
        if (ZipSecureFile.getMinInflateRatio() < Limits.ZIP_MIN_INFLATE_RATIO) ZipSecureFile.setMinInflateRatio(Limits.ZIP_MIN_INFLATE_RATIO);
        if (ZipSecureFile.getMaxFileCount() > Limits.ZIP_ENTRIES) ZipSecureFile.setMaxFileCount(Limits.ZIP_ENTRIES);
    }

    @Override
    public Doc read(byte[] bytes, String fileName) {
        Doc doc = new Doc("docx");
        if (bytes == null || bytes.length == 0) {
            doc.problems.add(new ReadProblem("empty", "Word 文件为空"));
            return doc;
        }
        try {
            FileMagic magic = FileMagic.valueOf(bytes);
            if (magic == FileMagic.OLE2) {
                doc.problems.add(ole2Problem(bytes));
                return doc;
            }
            if (magic != FileMagic.OOXML) {
                doc.problems.add(new ReadProblem("corrupt", "文件不是有效的 Word（.docx）文档：开头不是 ZIP 压缩包"));
                return doc;
            }
            ZipBounds.check(bytes);
            try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
                String type = mainPartType(pkg);
                if (type == null) {
                    doc.problems.add(new ReadProblem("unsupported", "压缩包不是 Word 文档：缺少正文部件（word/document.xml）"));
                    return doc;
                }
                if (!type.contains("wordprocessingml")) {
                    doc.problems.add(new ReadProblem("unsupported", "压缩包不是 Word 文档，而是" + describeType(type)));
                    return doc;
                }
                try (XWPFDocument x = new XWPFDocument(pkg)) {
                    Walk walk = new Walk(doc, x);
                    walk.run();
                    doc.original = walk::cellText;
                }
            }
        } catch (LimitExceeded | Deadline.Expired e) {
            doc.blocks.clear();
            doc.problems.add(Failures.problemOf(e));
        } catch (Exception | StackOverflowError e) {
            doc.blocks.clear();
            ReadProblem p = classify(e);
            if (p.getKind().equals("corrupt") && !looksLikeWordPackage(bytes)) {
                p = new ReadProblem("unsupported", "压缩包不是 Word 文档：其中没有 [Content_Types].xml 和 word/document.xml");
            }
            doc.problems.add(p);
        }
        return doc;
    }

    /**
     * Whether the zip's entry names (read from the local headers, nothing inflated) include a
     * Word package's parts — a zip of other files is "not a Word document", not a corrupt one.
     */
    static boolean looksLikeWordPackage(byte[] b) {
        boolean any = false;
        for (int i = 0; i + 30 < b.length; i++) {
            if (b[i] != 'P' || b[i + 1] != 'K' || b[i + 2] != 3 || b[i + 3] != 4) continue;
            int n = (b[i + 26] & 0xFF) | (b[i + 27] & 0xFF) << 8;
            if (n <= 0 || i + 30 + n > b.length) continue;
            any = true;
            String name = new String(b, i + 30, n, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (name.equals("[Content_Types].xml") || name.startsWith("word/document")) return true;
        }
        return !any;
    }

    // ---------------------------------------------------------------- problems

    private static ReadProblem ole2Problem(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return new ReadProblem("encrypted", "Word 文档已加密（设有打开密码），无法读取内容");
            }
            if (fs.getRoot().hasEntry("WordDocument")) {
                return new ReadProblem("unsupported", "这是旧版 Word（.doc）文件，不是 .docx；请另存为 .docx 后再检查");
            }
            return new ReadProblem("unsupported", "这是 OLE2 复合文档，但不是 Word 文档");
        } catch (Exception | StackOverflowError e) {
            return new ReadProblem("corrupt", "文件头是 OLE2 复合文档，但文件已损坏或不完整");
        }
    }

    private static ReadProblem classify(Throwable e) {
        ReadProblem bounded = Failures.problemOf(e); // a limit or the time budget, wrapped by POI
        if (bounded.getKind().equals("limit") || bounded.getKind().equals("timeout")) return bounded;
        if (e instanceof RuntimeException && Failures.problemOf(e).isInternal()) return Failures.problemOf(e); // ours, not the file's
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null && all.length() < 4000; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        }
        String m = all.toString().toLowerCase(Locale.ROOT);
        if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("maxentrysize") || m.contains("exceeds the maximal")
                || m.contains("max file count") || m.contains("maxfilecount") || m.contains("max text size") || m.contains("inflate ratio")) {
            return new ReadProblem("hostile", "拒绝读取：压缩包解压后异常膨胀或条目过多（疑似压缩炸弹）");
        }
        if (m.contains("doctype") || m.contains("dtd") || m.contains("entity")) {
            return new ReadProblem("hostile", "拒绝读取：文档 XML 含有 DTD 或外部实体声明（可能是 XXE 攻击）");
        }
        if (e instanceof EncryptedDocumentException || m.contains("encrypted")) {
            return new ReadProblem("encrypted", "Word 文档已加密，无法读取内容");
        }
        if (m.contains("strict ooxml") || m.contains("strict")) {
            return new ReadProblem("unsupported", "这是 Strict Open XML 格式的文档，暂不支持；请另存为普通 .docx");
        }
        if (e instanceof StackOverflowError) {
            return new ReadProblem("hostile", "拒绝读取：文档结构嵌套过深");
        }
        if (e instanceof IOException || m.contains("zip") || m.contains("truncated") || m.contains("eof") || m.contains("not a valid ooxml")
                || m.contains("no valid entries") || m.contains("invalidformat") || m.contains("xmlexception") || m.contains("unexpected end")) {
            return new ReadProblem("corrupt", "Word 文档已损坏或不完整（压缩包或 XML 无法解析）");
        }
        return new ReadProblem("corrupt", "Word 文档无法读取（" + e.getClass().getSimpleName() + "）");
    }

    private static String mainPartType(OPCPackage pkg) {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.size() == 0) rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        if (rels.size() == 0) return null;
        PackageRelationship rel = rels.getRelationship(0);
        PackagePart part = pkg.getPart(rel);
        return part == null ? null : part.getContentType();
    }

    private static String describeType(String type) {
        if (type.contains("spreadsheetml")) return " Excel 工作簿";
        if (type.contains("presentationml")) return " PowerPoint 演示文稿";
        return "其他类型（" + type + "）";
    }

    // ---------------------------------------------------------------- the walk

    private static final class Walk {
        final Doc doc;
        final XWPFDocument x;
        final Numbering numbering;
        int paragraphs;
        int tables;
        final List<XWPFTable> numbered = new java.util.ArrayList<>();

        Walk(Doc doc, XWPFDocument x) {
            this.doc = doc;
            this.x = x;
            this.numbering = new Numbering(x.getNumbering());
        }

        void run() {
            for (IBodyElement el : x.getBodyElements()) body(el);
        }

        void body(IBodyElement el) {
            Deadline.check();
            if (el instanceof XWPFParagraph p) paragraph(p);
            else if (el instanceof XWPFTable t) table(t);
            else if (el instanceof XWPFSDT sdt) contentControl(sdt);
        }

        /** A block content control (cover page, text placeholder): its paragraphs and tables in order. */
        void contentControl(XWPFSDT sdt) {
            // the CTSdtBlock behind this element, by its position among the body's block content controls
            XmlObject block = null;
            int index = 0;
            for (IBodyElement e : x.getBodyElements()) {
                if (e == sdt) break;
                if (e instanceof XWPFSDT) index++;
            }
            CTSdtBlock[] blocks = x.getDocument().getBody().getSdtArray();
            if (index < blocks.length) block = blocks[index];
            if (!(block instanceof CTSdtBlock sb) || sb.getSdtContent() == null) {
                String text = sdt.getContent() == null ? "" : sdt.getContent().getText();
                paragraphs++;
                lines(text, Source.path("p[" + paragraphs + "]"));
                return;
            }
            sdtContent(sb.getSdtContent());
        }

        void sdtContent(XmlObject content) {
            try (XmlCursor c = content.newCursor()) {
                if (!c.toFirstChild()) return;
                do {
                    XmlObject o = c.getObject();
                    if (o instanceof CTP ctp) paragraph(new XWPFParagraph(ctp, x));
                    else if (o instanceof CTTbl tbl) table(new XWPFTable(tbl, x));
                    else if (o instanceof CTSdtBlock inner && inner.getSdtContent() != null) sdtContent(inner.getSdtContent());
                } while (c.toNextSibling());
            }
        }

        void paragraph(XWPFParagraph p) {
            paragraphs++;
            lines(numbering.label(p) + p.getText(), Source.path("p[" + paragraphs + "]"));
        }

        /** A paragraph's manual line breaks (Shift+Enter) end a line of prose as printed. */
        void lines(String text, Source src) {
            for (String line : text.split("[\\n\\r\\u000B]")) {
                String t = RichText.trim(line);
                if (!t.isEmpty()) doc.add(new Block.Para(t, src));
            }
        }

        /**
         * The text POI gives for the cell a source names (table as numbered here, row, cell among the
         * row's own cells before any span is expanded): the source gate's independent look-up.
         */
        String cellText(Source s) {
            if (s.getTable() == null || s.getRow() == null || s.getCell() == null || s.getTable() > numbered.size()) return null;
            List<XWPFTableRow> rows = numbered.get(s.getTable() - 1).getRows();
            if (s.getRow() > rows.size()) return null;
            List<ICell> cells = rows.get(s.getRow() - 1).getTableICells();
            if (s.getCell() > cells.size()) return null;
            ICell c = cells.get(s.getCell() - 1);
            if (c instanceof XWPFTableCell tc) return tc.getText();
            if (c instanceof XWPFSDTCell sc && sc.getContent() != null) return sc.getContent().getText();
            return null;
        }

        void table(XWPFTable t) {
            int ti = ++tables;
            numbered.add(t);
            Source tableSource = new Source();
            tableSource.setTable(ti);
            Grid grid = new Grid(MAX_GRID_COLUMNS);
            List<XWPFTableRow> rows = t.getRows();
            LimitExceeded.check("表格行数", "table rows", rows.size(), Limits.TABLE_ROWS);
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = rows.get(r);
                Source rowSource = new Source();
                rowSource.setTable(ti);
                rowSource.setRow(r + 1);
                grid.startRow();
                grid.blanks(trPrValue(row, "gridBefore"), rowSource);
                List<ICell> icells = row.getTableICells();
                for (int c = 0; c < icells.size(); c++) {
                    ICell ic = icells.get(c);
                    Source src = Source.tableCell(ti, r + 1, c + 1);
                    if (ic instanceof XWPFSDTCell sc) {
                        grid.cell(sc.getContent() == null ? "" : RichText.trim(sc.getContent().getText()), src, 1, 1);
                        continue;
                    }
                    if (!(ic instanceof XWPFTableCell cell)) continue;
                    Element tcPr = child((Element) cell.getCTTc().getDomNode(), "tcPr");
                    int span = intVal(child(tcPr, "gridSpan"), 1);
                    if ("continue".equals(mergeVal(child(tcPr, "vMerge"))) && grid.continueAbove(span)) continue;
                    if ("continue".equals(mergeVal(child(tcPr, "hMerge"))) && grid.continueLeft(span)) continue;
                    grid.cell(cellText(cell, 1), src, span, 1);
                }
                grid.endRow(rowSource);
            }
            if (!grid.rows().isEmpty()) doc.add(new Block.Grid(grid.rows(), tableSource));
        }

        /** The cell's paragraphs (and any nested table) joined so a label broken over lines stays whole. */
        String cellText(XWPFTableCell cell, int depth) {
            LimitExceeded.check("表格嵌套层数", "tables nested in cells", depth, Limits.NESTING);
            List<String> lines = new ArrayList<>();
            for (IBodyElement el : cell.getBodyElements()) {
                if (el instanceof XWPFParagraph p) {
                    for (String l : (numbering.label(p) + p.getText()).split("[\\n\\r\\u000B]")) lines.add(RichText.trim(l));
                } else if (el instanceof XWPFTable inner) {
                    for (XWPFTableRow r : inner.getRows()) {
                        List<String> texts = new ArrayList<>();
                        for (XWPFTableCell c : r.getTableCells()) texts.add(cellText(c, depth + 1));
                        lines.add(String.join(" ", texts).trim());
                    }
                } else if (el instanceof XWPFSDT sdt && sdt.getContent() != null) {
                    lines.add(RichText.trim(sdt.getContent().getText()));
                }
            }
            return RichText.trim(RichText.joinLines(lines));
        }
    }

    // ---------------------------------------------------------------- DOM helpers

    private static Element child(Element parent, String localName) {
        if (parent == null) return null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName()) && W.equals(e.getNamespaceURI())) return e;
        }
        return null;
    }

    private static int intVal(Element e, int dflt) {
        if (e == null) return dflt;
        String v = e.getAttributeNS(W, "val");
        try {
            return v == null || v.isEmpty() ? dflt : Integer.parseInt(v.trim());
        } catch (NumberFormatException bad) {
            return dflt;
        }
    }

    /** "restart", "continue" (also when the val is left out, as Word writes it), or null for no merge. */
    private static String mergeVal(Element e) {
        if (e == null) return null;
        String v = e.getAttributeNS(W, "val");
        return "restart".equals(v) ? "restart" : "continue";
    }

    private static int trPrValue(XWPFTableRow row, String name) {
        Element trPr = child((Element) row.getCtRow().getDomNode(), "trPr");
        return Math.min(Math.max(intVal(child(trPr, name), 0), 0), MAX_GRID_COLUMNS);
    }
}
