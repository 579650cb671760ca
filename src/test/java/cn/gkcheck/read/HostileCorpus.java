package cn.gkcheck.read;

import static cn.gkcheck.read.DocxFiles.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The hostile corpus (issue 10): every file with the finding it must get. Small files are committed
 * in fixtures/hostile/ (written by {@link #main}, which also writes that folder's README from the
 * same list); large ones ({@link Entry#large}) are generated into a folder at test time, never
 * committed. Random bytes come from fixed seeds; a regenerated zip or PDF differs from the committed
 * one only in timestamps, document ids and encryption salts, never in what it tests.
 *
 * <p>Each file's output must hold a line with {@code rule} (severity and rule id) and {@code reason}
 * (the limit and the value found, or why the file cannot be read; empty for a readable file, whose
 * rule is then a finding it gets because it was read).
 */
final class HostileCorpus {
    private HostileCorpus() {}

    static final Path COMMITTED = Path.of("fixtures/hostile");
    static final String UNREADABLE = "error GK-IN-UNREADABLE";

    interface Bytes {
        byte[] make() throws IOException;
    }

    /**
     * @param name   file name in the corpus folder
     * @param large  generated at test time, not committed
     * @param rule   the finding's severity and rule id, as the text output prints them
     * @param reason what its message must hold
     * @param why    what the file is, for the README
     */
    record Entry(String name, boolean large, String rule, String reason, String why, Bytes bytes) {
        boolean matches(String line) {
            return line.contains(rule) && line.contains(reason);
        }
    }

    static List<Entry> entries() {
        List<Entry> e = new ArrayList<>();
        // -- empty, blank, binary
        e.add(small("empty.txt", UNREADABLE, "文件为空", "0 bytes", () -> new byte[0]));
        e.add(small("blank-lines.txt", UNREADABLE, "文件为空", "70,000 blank lines (the Markdown sniff once backtracked over them for seconds)",
                () -> "\n".repeat(70_000).getBytes(StandardCharsets.US_ASCII)));
        e.add(small("whitespace-only.md", UNREADABLE, "文件为空", "spaces, tabs and CRLFs only", () -> " \t\r\n".repeat(5000).getBytes(StandardCharsets.US_ASCII)));
        e.add(small("nul-bytes.txt", UNREADABLE, "文件不是文本", "a report's first lines with NUL bytes between them", () -> {
            byte[] good = Files.readAllBytes(Path.of("fixtures/samples/000_fbcc47a07046e9b4.txt"));
            byte[] b = Arrays.copyOf(good, 4000);
            for (int i = 100; i < b.length; i += 97) b[i] = 0;
            return b;
        }));
        e.add(small("control-chars.txt", UNREADABLE, "文件不是文本", "control characters, no NUL", () -> {
            byte[] b = new byte[4000];
            for (int i = 0; i < b.length; i++) b[i] = (byte) (1 + i % 8);
            return b;
        }));
        for (String ext : List.of("txt", "md", "html", "docx", "pdf", "json")) {
            e.add(small("garbage." + ext, UNREADABLE, "文件不是文本", "16 KB of random bytes named ." + ext, () -> random(ext.hashCode(), 16 * 1024)));
        }
        e.add(small("png-named.pdf", UNREADABLE, "文件不是文本", "a PNG image named .pdf", HostileCorpus::png));
        e.add(small("utf16-no-bom.txt", UNREADABLE, "文件不是文本", "a report in UTF-16LE without a byte order mark (half its bytes are NUL)",
                () -> goodText().getBytes(StandardCharsets.UTF_16LE)));
        e.add(small("bom-only.txt", UNREADABLE, "文件为空", "a UTF-8 byte order mark and nothing else", () -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        // -- encodings that lie
        e.add(small("gbk-unlabelled.txt", "GK-IN-ENCODING", "", "the good report in GBK, no label: read, the encoding reported",
                () -> goodText().getBytes(Charset.forName("GBK"))));
        e.add(small("gbk-labelled-utf8.html", "GK-IN-ENCODING", "", "a page in GBK whose meta says UTF-8: read by the bytes, the mismatch reported",
                () -> page("<meta charset=\"utf-8\">", goodHtmlBody()).getBytes(Charset.forName("GBK"))));
        e.add(small("utf8-labelled-gbk.html", "GK-IN-ENCODING", "", "a page in UTF-8 whose meta says GB2312",
                () -> page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", goodHtmlBody()).getBytes(StandardCharsets.UTF_8)));
        // -- HTML structure
        e.add(small("nested-divs-10000.html", UNREADABLE, "网页元素嵌套层数为 10003，超过上限 256", "10,000 nested <div>s (once 30 s and 4 GB)",
                () -> html("<div>一层".repeat(10_000) + "</div>".repeat(10_000))));
        e.add(small("nested-spans-300.html", UNREADABLE, "网页元素嵌套层数为 303，超过上限 256", "300 nested inline <span>s",
                () -> html("<span>字".repeat(300) + "</span>".repeat(300))));
        e.add(small("nested-tables-300.html", UNREADABLE, "网页元素嵌套层数为 1203，超过上限 256", "a table in a cell of a table … 300 deep",
                () -> html("<table><tr><td>格".repeat(300) + "</td></tr></table>".repeat(300))));
        e.add(small("colspan-100000.html", "GK-TXT-MISSING-NUMBER", "", "colspan=100000 and rowspan=100000 in the good report's page: spans capped (1000 columns, the table's rows), the page read",
                () -> page("<meta charset=\"utf-8\">", goodHtmlBody() + "<table><tr><td colspan=\"100000\" rowspan=\"100000\">合并</td><td>1</td></tr><tr><td>2</td></tr></table>")
                        .getBytes(StandardCharsets.UTF_8)));
        e.add(small("table-cells-600000.html", UNREADABLE, "表格单元格数（合并单元格展开后）为 501000，超过上限 500000", "600 rows of one cell spanning 2,000 columns (capped at 1,000): 600,000 cells",
                () -> html("<table>" + "<tr><td colspan=\"2000\">宽</td></tr>".repeat(600) + "</table>")));
        e.add(small("html-named.pdf", "GK-IN-EXTENSION", "", "the good report as a web page, named .pdf: read as HTML, the extension reported",
                () -> page("<meta charset=\"utf-8\">", goodHtmlBody()).getBytes(StandardCharsets.UTF_8)));
        e.add(large("table-20000-rows.html", UNREADABLE, "表格行数为 20000，超过上限 5000", "one table of 20,000 rows, 10 MB (did not finish in 120 s before)",
                () -> html("<table>" + rows(20_000, i -> "<tr><td>第" + i + "行</td><td>" + i + "</td><td>" + (i * 7) + "</td><td>0</td><td>"
                        + "说明文字".repeat(40) + "</td></tr>") + "</table>")));
        e.add(large("html-25mb.html", UNREADABLE, "文本文件大小（字节）为 26214400，超过上限 20971520", "a 25 MB page",
                () -> pad(html("<p>政府信息公开。</p>"), 25 * 1024 * 1024)));
        // -- text and Markdown
        e.add(large("table-20000-rows.md", UNREADABLE, "表格行数为 20001，超过上限 5000", "a Markdown pipe table of 20,000 rows",
                () -> utf8("# 报告\n\n| 项目 | 数量 |\n|---|---|\n" + rows(20_000, i -> "| 行" + i + " | " + i + " |\n"))));
        e.add(large("table-20000-rows.txt", UNREADABLE, "表格行数为 20000，超过上限 5000", "a tab-separated table of 20,000 rows",
                () -> utf8("某区人民政府2023年政府信息公开工作年度报告\n" + rows(20_000, i -> "第" + i + "项\t" + i + "\t" + (i * 3) + "\n"))));
        e.add(large("text-100mb.txt", UNREADABLE, "文本文件大小（字节）为 104857600，超过上限 20971520", "100 MB of report text",
                () -> pad(goodText(), 100 * 1024 * 1024)));
        e.add(large("long-line.txt", UNREADABLE, "最长一行的长度（字节）为 3145728，超过上限 2097152", "one line of 3 MB",
                () -> utf8("x".repeat(3 * 1024 * 1024))));
        e.add(large("paragraphs-150000.txt", UNREADABLE, "段落和表格数至少 100001，超过上限 100000", "150,000 one-line paragraphs",
                () -> utf8(rows(150_000, i -> "第" + i + "段。\n"))));
        e.add(large("sections-10000.txt", "GK-STR-SECTION-ORDER", "", "a report of 10,000 section headings (the six, over and over): read and checked",
                () -> utf8("某区人民政府2023年政府信息公开工作年度报告\n" + rows(10_000, i -> "一二三四五六".charAt(i % 6) + "、"
                        + List.of("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况",
                                "存在的主要问题及改进情况", "其他需要报告的事项").get(i % 6) + "\n本年度第" + i + "项工作。\n"))));
        // -- JSON
        e.add(small("json-deep.json", UNREADABLE, "JSON 嵌套层数至少 257，超过上限 256", "the model with 100,000 nested arrays",
                () -> utf8("{\"meta\":{},\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}")));
        e.add(small("json-huge-number.json", UNREADABLE, "JSON 数字的位数至少 5000，超过上限 100", "a number of 5,000 digits",
                () -> utf8("{\"meta\":{\"year\":" + "9".repeat(5000) + "}}")));
        e.add(small("json-wrong-shape.json", UNREADABLE, "JSON 文件不是 gkcheck 的报告模型", "\"meta\" is a number",
                () -> utf8("{\"meta\": 5, \"tables\": \"none\"}")));
        e.add(small("json-truncated.json", UNREADABLE, "JSON 文件不是 gkcheck 的报告模型", "cut off in the middle",
                () -> utf8("{\"meta\": {\"title\": \"某区2023年政府信息公开工作年度报告\", \"year\": 20")));
        // -- DOCX
        e.add(small("docx-zip-bomb.docx", UNREADABLE, "疑似压缩炸弹", "40 MB of one byte in document.xml, deflated ~1000:1", HostileCorpus::zipBomb));
        e.add(small("docx-billion-laughs.docx", UNREADABLE, "DTD", "document.xml declaring the billion-laughs entities", () -> docxWith(
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">" + laughs() + "]><w:document xmlns:w=\"" + DocxFiles.W_NS
                        + "\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>")));
        e.add(small("docx-xxe.docx", UNREADABLE, "DTD", "an external entity naming /etc/passwd", () -> docxWith(
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"" + DocxFiles.W_NS
                        + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")));
        e.add(small("docx-missing-document.docx", UNREADABLE, "压缩文件不是 Word", "content types and relationships, no word/ part at all", () -> {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            parts.put("[Content_Types].xml", utf8(DocxFiles.CONTENT_TYPES));
            parts.put("_rels/.rels", utf8(DocxFiles.RELS));
            return DocxFiles.zip(parts);
        }));
        e.add(small("docx-no-content-types.docx", UNREADABLE, "Word 文档已损坏或不完整", "document.xml without [Content_Types].xml", () -> {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            parts.put("_rels/.rels", utf8(DocxFiles.RELS));
            parts.put("word/document.xml", utf8(DocxFiles.document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>")));
            return DocxFiles.zip(parts);
        }));
        e.add(small("docx-wrong-content-type.docx", UNREADABLE, "Excel", "document.xml declared as an Excel workbook", () -> {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            parts.put("[Content_Types].xml", utf8(DocxFiles.CONTENT_TYPES.replace(
                    "wordprocessingml.document.main+xml", "spreadsheetml.sheet.main+xml")));
            parts.put("_rels/.rels", utf8(DocxFiles.RELS));
            parts.put("word/document.xml", utf8(DocxFiles.document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>")));
            return DocxFiles.zip(parts);
        }));
        e.add(small("docx-truncated.docx", UNREADABLE, "Word 文档已损坏或不完整", "the blank template cut in half",
                () -> half(Files.readAllBytes(Path.of("fixtures/samples/template-2021-blank.docx")))));
        e.add(small("docx-encrypted.docx", UNREADABLE, "加密", "the blank template with an open password", HostileCorpus::encryptedDocx));
        e.add(small("docx-legacy-doc.docx", UNREADABLE, ".doc", "an OLE2 .doc named .docx", HostileCorpus::legacyDoc));
        e.add(small("docx-not-word.docx", UNREADABLE, "压缩文件不是 Word", "a zip of text files", () -> {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            parts.put("readme.txt", utf8("hello"));
            return DocxFiles.zip(parts);
        }));
        e.add(small("docx-many-parts.docx", UNREADABLE, "Word 压缩包中的部件数为 1001，超过上限 1000", "a Word package of 1,500 parts", () -> {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            parts.put("[Content_Types].xml", utf8(DocxFiles.CONTENT_TYPES));
            parts.put("_rels/.rels", utf8(DocxFiles.RELS));
            parts.put("word/document.xml", utf8(DocxFiles.document("<w:p><w:r><w:t>正文</w:t></w:r></w:p>")));
            for (int i = 0; i < 1500; i++) parts.put("word/media/p" + i + ".xml", utf8("<x/>"));
            return DocxFiles.zip(parts);
        }));
        e.add(small("docx-nested-tables-300.docx", UNREADABLE, "表格嵌套层数为 257，超过上限 256", "a table in a cell of a table … 300 deep", () -> DocxFiles.docx(
                ("<w:tbl><w:tr><w:tc>").repeat(300) + "<w:p><w:r><w:t>格</w:t></w:r></w:p>" + ("</w:tc></w:tr></w:tbl><w:p/>").repeat(300))));
        e.add(small("docx-gridspan-100000.docx", "GK-STR-SECTION-MISSING", "", "a cell spanning 100,000 grid columns: capped at 1,000, the document read", () -> DocxFiles.docx(
                "<w:p><w:r><w:t>某区人民政府2023年政府信息公开工作年度报告</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"100000\"/></w:tcPr>"
                        + "<w:p><w:r><w:t>宽</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")));
        e.add(large("docx-table-20000-rows.docx", UNREADABLE, "表格行数为 20000，超过上限 5000", "a Word table of 20,000 rows", () -> DocxFiles.docx(
                "<w:tbl>" + rows(20_000, i -> "<w:tr><w:tc><w:p><w:r><w:t>第" + i + "行</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>" + i
                        + "</w:t></w:r></w:p></w:tc></w:tr>") + "</w:tbl>")));
        e.add(large("docx-part-120mb.docx", UNREADABLE, "Word 部件 word/document.xml 解压后的大小（字节）至少", "document.xml of 120 MB that deflates within POI's ratio",
                HostileCorpus::bigPart));
        // -- PDF
        e.add(small("pdf-truncated.pdf", UNREADABLE, "PDF 文件不完整", "a text PDF cut off before its end", () -> half(textPdf())));
        e.add(small("pdf-broken-xref.pdf", UNREADABLE, "找不到年度报告", "a text PDF whose cross-reference offsets all point nowhere: PDFBox rebuilds it, the text is read (and is no report)", () -> brokenXref(textPdf())));
        e.add(small("pdf-million-pages.pdf", UNREADABLE, "PDF 页数为 5000000，超过上限 2000", "a page tree declaring /Count 5000000", HostileCorpus::millionPages));
        e.add(small("pdf-encrypted.pdf", UNREADABLE, "PDF 已加密", "an open password", () -> PdfReaderProblemTest.encrypted("user-pw")));
        e.add(small("pdf-scanned.pdf", UNREADABLE, "OCR", "an image, no text layer", PdfReaderProblemTest::scanned));
        e.add(small("pdf-header-only.pdf", UNREADABLE, "PDF 文件已损坏", "\"%PDF-1.7\" and nothing else", () -> utf8("%PDF-1.7\n")));
        e.add(small("pdf-garbage-body.pdf", UNREADABLE, "PDF 文件已损坏", "a PDF header, then random bytes",
                () -> concat(utf8("%PDF-1.4\n"), random(7, 8000), utf8("\n%%EOF\n"))));
        return e;
    }

    // ------------------------------------------------------------------ builders

    private static Entry small(String name, String rule, String reason, String why, Bytes b) {
        return new Entry(name, false, rule, reason, why, b);
    }

    private static Entry large(String name, String rule, String reason, String why, Bytes b) {
        return new Entry(name, true, rule, reason, why, b);
    }

    static String goodText() throws IOException {
        return Files.readString(Path.of("fixtures/samples/000_fbcc47a07046e9b4.txt"), StandardCharsets.UTF_8);
    }

    /** The good report's lines as paragraphs of a page body. */
    private static String goodHtmlBody() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String l : goodText().split("\n")) if (!l.isBlank()) sb.append("<p>").append(l.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        return sb.toString();
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "<title>年度报告</title></head><body>" + body + "</body></html>";
    }

    private static byte[] html(String body) {
        return utf8(page("<meta charset=\"utf-8\">", "<h1>某区人民政府2023年政府信息公开工作年度报告</h1>" + body));
    }

    interface Row {
        String of(int i);
    }

    private static String rows(int n, Row row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) sb.append(row.of(i));
        return sb.toString();
    }

    /** {@code text} repeated to exactly {@code size} bytes. */
    private static byte[] pad(String text, int size) {
        byte[] unit = utf8(text + "\n");
        byte[] b = new byte[size];
        for (int i = 0; i < size; i += unit.length) System.arraycopy(unit, 0, b, i, Math.min(unit.length, size - i));
        return b;
    }

    private static byte[] pad(byte[] unit, int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i += unit.length) System.arraycopy(unit, 0, b, i, Math.min(unit.length, size - i));
        return b;
    }

    private static byte[] random(long seed, int n) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        b[0] = 0x01; // no magic number by chance
        b[10] = 0;
        return b;
    }

    private static byte[] half(byte[] b) {
        return Arrays.copyOf(b, b.length / 2);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static byte[] png() {
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, random(3, 2000));
    }

    private static String laughs() {
        StringBuilder sb = new StringBuilder();
        String prev = "lol";
        for (int i = 1; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">");
            prev = "lol" + i;
        }
        return sb.toString();
    }

    private static byte[] docxWith(String documentXml) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8(DocxFiles.CONTENT_TYPES));
        parts.put("_rels/.rels", utf8(DocxFiles.RELS));
        parts.put("word/document.xml", utf8(documentXml));
        return DocxFiles.zip(parts);
    }

    private static byte[] zipBomb() {
        byte[] filler = new byte[40 * 1024 * 1024];
        Arrays.fill(filler, (byte) 'A');
        return docxWith(DocxFiles.document("<w:p><w:r><w:t>") .replace("</w:body></w:document>", "") + new String(filler, StandardCharsets.US_ASCII)
                + "</w:t></w:r></w:p></w:body></w:document>");
    }

    /** 120 MB of varied text in one part: it deflates about 5:1, within POI's ratio, so only the size limit stops it. */
    private static byte[] bigPart() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(utf8(DocxFiles.CONTENT_TYPES));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(utf8(DocxFiles.RELS));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + DocxFiles.W_NS + "\"><w:body>"));
            Random rnd = new Random(11);
            byte[] chunk = new byte[1024 * 1024];
            for (int m = 0; m < 120; m++) {
                for (int i = 0; i < chunk.length; i++) chunk[i] = (byte) ('a' + rnd.nextInt(16));
                zip.write(chunk);
            }
            zip.write(utf8("</w:body></w:document>"));
            zip.closeEntry();
        }
        return zipped.toByteArray();
    }

    /** The blank 2021 template encrypted with a password, as Word writes it (an OLE2 container): DocxSafetyTest too. */
    static byte[] encryptedDocx() throws IOException {
        try {
            byte[] template = Files.readAllBytes(Path.of("fixtures/samples/template-2021-blank.docx"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (POIFSFileSystem fs = new POIFSFileSystem()) {
                EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
                Encryptor enc = info.getEncryptor();
                enc.confirmPassword("gkcheck");
                try (OutputStream os = enc.getDataStream(fs)) {
                    os.write(template);
                }
                fs.writeFilesystem(out);
            }
            return out.toByteArray();
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static byte[] legacyDoc() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
        }
        return out.toByteArray();
    }

    /** A one-page PDF whose text is the report's title, written by hand so every offset is known. */
    private static byte[] textPdf() {
        String content = "BT /F1 12 Tf 72 700 Td (Annual report of government information disclosure 2023) Tj ET";
        return pdf(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"), false);
    }

    private static byte[] millionPages() {
        return pdf(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 5000000 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"), false);
    }

    private static byte[] brokenXref(byte[] ignored) {
        String content = "BT /F1 12 Tf 72 700 Td (Annual report of government information disclosure 2023) Tj ET";
        return pdf(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"), true);
    }

    /** Objects 1…n, an xref table (its offsets all wrong when {@code brokenXref}) and a trailer. */
    private static byte[] pdf(List<String> objects, boolean brokenXref) {
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(sb.length());
            sb.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = sb.length();
        sb.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) sb.append(String.format("%010d 00000 n \n", brokenXref ? 999_999 + o : o));
        sb.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(brokenXref ? xref + 77 : xref).append("\n%%EOF\n");
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    // ------------------------------------------------------------------ writing

    /** Writes the entries ({@code large} or not) into {@code dir}. */
    static void write(Path dir, boolean large) {
        try {
            Files.createDirectories(dir);
            for (Entry e : entries()) if (e.large() == large) Files.write(dir.resolve(e.name()), e.bytes().make());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Rewrites the committed small files and fixtures/hostile/README.md from {@link #entries}; with a folder, writes the large files there. */
    public static void main(String[] args) throws IOException {
        if (args.length == 1) { // the large files into the folder named, to try the corpus by hand
            write(Path.of(args[0]), true);
            return;
        }
        write(COMMITTED, false);
        StringBuilder md = new StringBuilder("""
                # Hostile corpus (issue 10)

                Files no reader may crash, hang or run out of memory on. Each gets the outcome below — an unreadable
                one exactly one `GK-IN-UNREADABLE` finding naming the limit or reason — and the batch goes on.
                `HostileCorpusTest` checks them all in one batch with a good report
                (`fixtures/samples/000_fbcc47a07046e9b4.txt`), which must still get its usual findings, through
                `Main.run`, and the same batch again in a JVM of 256 MB heap.

                The small files are committed here. The large ones (*generated*) are written at test time into
                `target/hostile/` by `HostileCorpus.write`, never committed. This README and the small files are
                written by `HostileCorpus.main` from the same list the test reads (`src/test/java/cn/gkcheck/read/HostileCorpus.java`).

                The test also adds, in its batch folder: a directory named `report.pdf/` (not a file: skipped by the
                folder walk), a symbolic link to the folder itself and one to itself (`loop.txt`: neither is a
                regular file, so neither is followed), and on the command line a path that does not exist (a file
                deleted between listing and reading: "文件无法打开"). A separate test gives an input a time budget of
                zero: "超出单个文件处理时限".

                | file | what it is | expected finding (rule, and what its message holds) |
                |---|---|---|
                """);
        for (Entry e : entries()) {
            md.append("| ").append(e.large() ? "`" + e.name() + "` *(generated)*" : "`" + e.name() + "`").append(" | ").append(e.why())
                    .append(" | `").append(e.rule()).append("`").append(e.reason().isEmpty() ? "" : " “" + e.reason() + "”").append(" |\n");
        }
        Files.writeString(COMMITTED.resolve("README.md"), md.toString());
    }
}
