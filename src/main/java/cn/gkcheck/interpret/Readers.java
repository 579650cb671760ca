package cn.gkcheck.interpret;

import cn.gkcheck.model.GuessKind;
import cn.gkcheck.read.Deadline;
import cn.gkcheck.read.Failures;
import cn.gkcheck.read.LimitExceeded;
import cn.gkcheck.read.Limits;
import cn.gkcheck.read.TextLimits;
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
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    /** Reads with the default time budget ({@link Limits#TIME_BUDGET}). */
    public static Report read(Path path) {
        return read(path, Limits.TIME_BUDGET);
    }

    /**
     * Reads one input within {@code budget}: the reader checks the deadline in its loops, and this
     * caller waits no longer than the budget (and a grace for the reader to notice) in case the
     * reader is stuck where it never checks. Either way the input gets one GK-IN-UNREADABLE
     * finding and the batch goes on.
     */
    public static Report read(Path path, Duration budget) {
        Future<Report> reading = WORKERS.submit(() -> {
            Deadline.start(budget);
            try {
                return readNow(path);
            } finally {
                Deadline.clear();
            }
        });
        try {
            return reading.get(budget.toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            return failed(path, "unknown", Deadline.expired(budget));
        } catch (InterruptedException e) {
            reading.cancel(true);
            Thread.currentThread().interrupt();
            return failed(path, "unknown", Deadline.expired(budget));
        } catch (ExecutionException e) {
            return failed(path, "unknown", Failures.problemOf(e.getCause()));
        }
    }

    /** Time the reader has after its deadline to notice it, before the caller gives up on it. */
    private static final long GRACE_MILLIS = 2000;

    /** Reading threads: daemons, so a reader stuck in a library's loop cannot keep the JVM alive. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "gkcheck-read", 16L * 1024 * 1024); // deep but bounded nesting needs stack
        t.setDaemon(true);
        return t;
    });

    private static Report readNow(Path path) {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                return failed(path, "unknown", new ReadProblem("io", "这是一个文件夹，不是文件，无法作为报告读取"));
            }
            bytes = readBounded(path);
        } catch (LimitExceeded e) {
            return failed(path, "unknown", e.problem());
        } catch (ChangedWhileRead e) {
            return failed(path, "unknown", new ReadProblem("io", "文件在读取过程中被改动（读到的字节数与文件大小不符），无法确定其内容，请稍后重新检查"));
        } catch (IOException | SecurityException e) {
            return failed(path, "unknown", new ReadProblem("io", "文件无法打开（" + e.getClass().getSimpleName() + "）："
                    + (e.getMessage() == null ? path : e.getMessage())));
        }
        return read(bytes, path.toString());
    }

    /**
     * The file's bytes, read into one array of the file's size (reading into growing buffers held
     * twice the file at the end). A text file over the text limit is refused from its first bytes,
     * without reading the rest. A file whose size changes while it is read is not guessed at.
     */
    private static byte[] readBounded(Path path) throws IOException {
        long size = Files.size(path);
        LimitExceeded.check("文件大小（字节）", "file size (bytes)", size, Limits.FILE_BYTES);
        try (InputStream in = Files.newInputStream(path)) {
            if (size > Limits.TEXT_BYTES) {
                byte[] head = in.readNBytes(HEAD_BYTES);
                TextLimits.checkSize(InputKind.sniff(head, path.toString()), size);
                byte[] bytes = java.util.Arrays.copyOf(head, (int) size);
                if (in.readNBytes(bytes, head.length, bytes.length - head.length) != bytes.length - head.length || in.read() >= 0) {
                    throw new ChangedWhileRead();
                }
                return bytes;
            }
            byte[] bytes = new byte[(int) size];
            if (in.readNBytes(bytes, 0, bytes.length) != bytes.length || in.read() >= 0) throw new ChangedWhileRead();
            return bytes;
        }
    }

    /** Enough of a file to tell text from PDF, Word and binary: what {@link InputKind#sniff} looks at. */
    private static final int HEAD_BYTES = 256 * 1024;

    /** The file is not the size it had when the read began: written to, or replaced, meanwhile. */
    private static final class ChangedWhileRead extends IOException {
        ChangedWhileRead() {
            super(null, null);
        }
    }

    public static Report read(byte[] bytes, String fileName) {
        InputKind kind = InputKind.sniff(bytes, fileName);
        Report report;
        try {
            TextLimits.check(kind, bytes);
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
