package cn.gkcheck.interpret;

import cn.gkcheck.model.GuessKind;
import cn.gkcheck.read.Failures;
import cn.gkcheck.read.InputKind;
import cn.gkcheck.read.TextReader;
import cn.gkcheck.read.LayoutTextReader;
import cn.gkcheck.read.PdfReader;
import cn.gkcheck.read.DocxReader;
import cn.gkcheck.read.HtmlReader;
import cn.gkcheck.read.DocReader;
import cn.gkcheck.model.ReadProblem;
import cn.gkcheck.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads any input into the canonical {@link Report}. The reader is chosen by what the bytes
 * are, not by the file's name; a file that cannot be read still yields a Report, carrying the
 * {@link ReadProblem} that says why, so that a batch goes on past it. Inputs are only read.
 */
public final class Readers {
    private Readers() {}

    /** Larger inputs are refused rather than read: no annual report comes near this. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    public static Report read(Path path) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                return failed(path, "text", new ReadProblem("hostile", "文件大小 " + size + " 字节，超过 200 MB 上限，不予读取"));
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException | SecurityException e) {
            return failed(path, "unknown", new ReadProblem("io", "文件无法打开：" + e.getMessage()));
        }
        return read(bytes, path.toString());
    }

    public static Report read(byte[] bytes, String fileName) {
        InputKind kind = InputKind.sniff(bytes, fileName);
        Report report;
        try {
            report = switch (kind) {
                case EMPTY -> failed(null, "text", new ReadProblem("empty", "文件为空，没有可检查的内容"));
                case BINARY -> failed(null, "binary", new ReadProblem("binary",
                        "文件不是文本、HTML、Word（.docx）、PDF 或 JSON 报告，无法读取（可能是图片、旧版 .doc 或其他二进制文件）"));
                case ZIP -> failed(null, "zip", new ReadProblem("unsupported", "压缩文件不是 Word（.docx）文档，无法读取"));
                case JSON -> JsonReader.read(bytes);
                case TEXT, MARKDOWN, CRAWLER, PDFTEXT, PDF, DOCX, HTML -> DocInterpreter.interpret(docReader(kind).read(bytes, fileName));
            };
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            report = failed(null, kind.id(), Failures.problemOf(e));
        }
        if (report.getProblems().isEmpty() && nothingFound(report)) {
            report.getProblems().add(new ReadProblem("notReport", "文件中找不到年度报告的标题、章节或统计表，可能不是政府信息公开工作年度报告"));
        }
        report.getMeta().setSourceFile(fileName);
        report.getMeta().setSha256(sha256(bytes));
        if (report.getMeta().getInputKind() == null) report.getMeta().setInputKind(kind.id());
        if (report.getProblems().isEmpty()) noteExtension(report, kind, fileName);
        return report;
    }

    /**
     * The reader for a kind of document input, or null for inputs that are no document (JSON, empty,
     * binary, zip). Public so that {@code gkcheck bench} can time reading apart from interpretation.
     */
    public static DocReader docReader(InputKind kind) {
        return switch (kind) {
            case TEXT -> new TextReader(false);
            case MARKDOWN -> new TextReader(true);
            case CRAWLER -> new cn.gkcheck.read.crawler.CrawlerReader();
            case PDFTEXT -> new LayoutTextReader();
            case PDF -> new PdfReader();
            case DOCX -> new DocxReader();
            case HTML -> new HtmlReader();
            default -> null;
        };
    }

    private static boolean nothingFound(Report r) {
        return r.getMeta().getTitle() == null && r.getSections().isEmpty() && r.getTables().isEmpty();
    }

    /** A report named .pdf that is really HTML is read as HTML, and the mismatch said. */
    private static void noteExtension(Report report, InputKind kind, String fileName) {
        if (fileName == null) return;
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot < 0) return;
        String ext = n.substring(dot + 1);
        String expected = switch (ext) {
            case "pdf" -> "pdf";
            case "docx" -> "docx";
            case "htm", "html", "shtml", "xhtml" -> "html";
            case "json" -> "json";
            case "md", "markdown" -> "markdown";
            case "txt", "text" -> "text";
            default -> null;
        };
        String actual = kind.id();
        if (expected == null || expected.equals(actual)) return;
        if (expected.equals("text") && (actual.equals("markdown") || actual.equals("crawler") || actual.equals("pdftext"))
                || expected.equals("markdown") && actual.equals("text")) return; // text laid out or saved another way is text
        report.getGuesses().add(new cn.gkcheck.model.Guess(GuessKind.EXTENSION, null, null, null, ext,
                "文件扩展名为 ." + ext + "，内容却是 " + actual.toUpperCase(Locale.ROOT) + "，按内容读取", null));
    }

    static Report failed(Path path, String kind, ReadProblem problem) {
        Report r = new Report();
        r.getMeta().setInputKind(kind);
        if (path != null) r.getMeta().setSourceFile(path.toString());
        r.getProblems().add(problem);
        return r;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
