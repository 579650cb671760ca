package cn.gkcheck.fuzz;

import cn.gkcheck.check.Engine;
import cn.gkcheck.check.Finding;
import cn.gkcheck.interpret.Readers;
import cn.gkcheck.model.ReadProblem;
import cn.gkcheck.model.Report;
import cn.gkcheck.report.CheckedReport;
import cn.gkcheck.report.Destination;
import cn.gkcheck.report.Formats;
import cn.gkcheck.report.Run;
import cn.gkcheck.report.Sink;
import cn.gkcheck.report.Totals;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Any bytes, read, checked and printed as the CLI does ({@link Readers#read(byte[], String)}, the rules, every
 * output to standard output): gkcheck answers every input with findings. An exception escaping, or a {@link ReadProblem#INTERNAL} problem (reading
 * or checking), is a defect of gkcheck and fails the target; a hang is caught by libFuzzer's {@code -timeout}
 * when fuzzing (tools/fuzz.sh).
 *
 * <p>One target per kind of input. Each starts from its own seeds ({@code InputFuzzTestInputs/<method>/}: fixtures
 * the build copies there, see pom.xml {@code fuzz-seeds-*}), which {@code mvn test} runs as regression tests, with
 * every input found to crash gkcheck kept beside them in src/test/resources. The readers
 * choose by content, not by name, so a target drifts into the other readers as its inputs mutate; the name given
 * is the one a user's file of that kind would have.
 */
class InputFuzzTest {

    @FuzzTest
    void text(byte[] input) {
        readAndCheck(input, "fuzz.txt");
    }

    @FuzzTest
    void markdown(byte[] input) {
        readAndCheck(input, "fuzz.md");
    }

    @FuzzTest
    void html(byte[] input) {
        readAndCheck(input, "fuzz.html");
    }

    /**
     * A .docx, or, where the input is not a zip, a {@code word/document.xml} that is packed into one: mutating the
     * XML itself reaches the table and paragraph reading, which mutated deflate streams seldom do.
     */
    @FuzzTest
    void docx(byte[] input) {
        boolean zip = input.length >= 2 && input[0] == 'P' && input[1] == 'K';
        readAndCheck(zip ? input : docxAround(input), "fuzz.docx");
    }

    @FuzzTest
    void pdf(byte[] input) {
        readAndCheck(input, "fuzz.pdf");
    }

    /** The canonical JSON model, as {@code gkcheck parse} prints it. */
    @FuzzTest
    void json(byte[] input) {
        readAndCheck(input, "fuzz.json");
    }

    /** Text saved from a web page by a crawler (a 标题:/发布时间: header, or the body run together). */
    @FuzzTest
    void crawler(byte[] input) {
        readAndCheck(input, "fuzz.txt");
    }

    /** Text laid out by position, as {@code pdftotext -layout} writes it. */
    @FuzzTest
    void pdftext(byte[] input) {
        readAndCheck(input, "fuzz.layout.txt");
    }

    static void readAndCheck(byte[] input, String fileName) {
        Report report = Readers.read(input, fileName);
        noInternalProblem(report, "reading");
        List<Finding> findings = Engine.get().check(report, null, Map.of());
        noInternalProblem(report, "checking");
        render(new CheckedReport(fileName, report, findings));
    }

    /** Printed as the CLI prints it: every format that goes to standard output, in Chinese and in English. */
    private static void render(CheckedReport checked) {
        Totals totals = new Totals();
        totals.add(checked);
        for (String format : Formats.NAMES) {
            if (!Formats.streamable(format)) continue;
            for (boolean english : new boolean[] {false, true}) {
                Run run = new Run("fuzz", english, Engine.get().catalog().rules());
                try {
                    Sink sink = Formats.open(format, Destination.stdout(new PrintWriter(new StringWriter())), run);
                    sink.begin(run);
                    sink.report(checked);
                    sink.end(totals);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static void noInternalProblem(Report report, String when) {
        for (ReadProblem p : report.getProblems()) {
            if (p.isInternal()) throw new AssertionError("internal error while " + when + ": " + p.getDetail());
        }
    }

    /** The least package POI opens as a Word document: content types, the package relation, the body. */
    static byte[] docxAround(byte[] documentXml) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" \
                    ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    </Types>""".getBytes(StandardCharsets.UTF_8));
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" \
                    Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                    Target="word/document.xml"/></Relationships>""".getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", documentXml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
