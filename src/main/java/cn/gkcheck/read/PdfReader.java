package cn.gkcheck.read;

import cn.gkcheck.model.ReadProblem;
import cn.gkcheck.read.positional.Glyph;
import cn.gkcheck.read.pdf.GlyphCollector;
import cn.gkcheck.read.positional.Line;
import cn.gkcheck.read.positional.PageLines;
import cn.gkcheck.read.positional.Layout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a PDF with a text layer into a {@link Doc}: prose lines become paragraphs, the three
 * statistical tables become grids rebuilt from glyph positions (see {@code cn.gkcheck.read.positional}).
 * A PDF that cannot be read (scanned, encrypted, damaged, absurdly large) gives a Doc with a
 * {@link ReadProblem}, never an exception.
 */
public final class PdfReader implements DocReader {
    /** Memory PDFBox may use for decoded streams before it gives up: generous on a 24 GB machine, finite. */
    static final long MAX_STREAM_CACHE = 1024L * 1024 * 1024;
    /** Fewer printed characters than this on all pages: there is no real text layer. */
    static final int MIN_TEXT_GLYPHS = 20;

    @Override
    public Doc read(byte[] bytes, String fileName) {
        Doc doc = new Doc(InputKind.PDF.id());
        if (bytes == null || bytes.length == 0) {
            doc.problems.add(new ReadProblem("empty", "文件是空的 (empty file)"));
            return doc;
        }
        if (bytes.length > Limits.FILE_BYTES) {
            doc.problems.add(new LimitExceeded("文件大小（字节）", "file size (bytes)", bytes.length, Limits.FILE_BYTES).problem());
            return doc;
        }
        boolean truncated = !hasEof(bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(MAX_STREAM_CACHE).streamCache)) {
            int pages = pdf.getNumberOfPages();
            if (pages > Limits.PDF_PAGES) {
                doc.problems.add(new LimitExceeded("PDF 页数", "PDF pages", pages, Limits.PDF_PAGES).problem());
                return doc;
            }
            List<List<Glyph>> glyphs = new GlyphCollector().collect(pdf);
            int count = glyphs.stream().mapToInt(List::size).sum();
            if (truncated) {
                doc.problems.add(new ReadProblem("corrupt", "PDF 文件不完整（缺少文件结尾，可能下载不全或被截断），读出的内容可能缺失 (truncated PDF)"));
            }
            if (count < MIN_TEXT_GLYPHS) {
                if (!truncated) {
                    doc.problems.add(new ReadProblem("scanned", "PDF 没有文字层（可能是扫描件），需要先做 OCR 才能检查 (no text layer, OCR needed)"));
                }
                return doc;
            }
            layout(doc, pdf, glyphs);
        } catch (InvalidPasswordException e) {
            doc.problems.add(new ReadProblem("encrypted", "PDF 已加密，需要密码才能打开，无法读取 (encrypted PDF)"));
        } catch (IOException e) {
            doc.problems.add(new ReadProblem("corrupt", "PDF 文件已损坏，无法读取 (corrupt PDF: " + e.getClass().getSimpleName() + ")"));
        } catch (RuntimeException e) {
            ReadProblem p = Failures.problemOf(e); // PDFBox's fault is the file's; ours is gkcheck's
            if (e instanceof LimitExceeded || e instanceof Deadline.Expired) doc.blocks.clear();
            else if (!p.isInternal()) p = new ReadProblem("corrupt", "PDF 文件已损坏，无法读取 (corrupt PDF: " + e.getClass().getSimpleName() + ")");
            else doc.blocks.clear();
            doc.problems.add(p);
        } catch (StackOverflowError | OutOfMemoryError e) {
            doc.problems.add(new ReadProblem("hostile", "PDF 结构异常（嵌套过深或过大），拒绝读取 (" + e.getClass().getSimpleName() + ")"));
        }
        return doc;
    }

    private static void layout(Doc doc, PDDocument pdf, List<List<Glyph>> glyphs) {
        List<Line> lines = new ArrayList<>();
        java.util.Map<Long, String> printed = new java.util.HashMap<>();
        for (int p = 0; p < glyphs.size(); p++) {
            float height = pdf.getPage(p).getMediaBox().getHeight();
            for (Line l : PageLines.of(p + 1, glyphs.get(p))) {
                printed.put(pageLine(l.page, l.number), l.text());
                if (!PageLines.isPageMarker(l, height)) lines.add(l);
            }
        }
        doc.original = s -> s.getPage() == null || s.getLine() == null ? null : printed.get(pageLine(s.getPage(), s.getLine()));
        for (Block b : Layout.blocks(lines)) doc.add(b);
    }

    private static long pageLine(int page, int line) {
        return (long) page << 32 | line;
    }

    /** A complete PDF ends with %%EOF (readers allow some trailing bytes after it). */
    private static boolean hasEof(byte[] b) {
        int from = Math.max(0, b.length - 2048);
        return new String(b, from, b.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
}
