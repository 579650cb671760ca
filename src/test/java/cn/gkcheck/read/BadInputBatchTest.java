package cn.gkcheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a supervisor's folder really holds: corrupt, truncated, encrypted, scanned, empty and
 * wrongly named files beside good reports. Each bad one gets a clear finding, the batch goes on,
 * the exit code is 3, and no stack trace is printed.
 */
class BadInputBatchTest {
    @Test
    void everyKindOfBadFileIsReportedAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("fixtures/samples/huaian-city-2024.pdf"));
        byte[] docx = Files.readAllBytes(Path.of("fixtures/samples/template-2021-blank.docx"));
        byte[] png = Files.readAllBytes(Path.of("fixtures/bad/image-named-report.txt"));
        Files.write(dir.resolve("a-empty.txt"), new byte[0]);
        Files.write(dir.resolve("b-truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        Files.write(dir.resolve("c-scanned.pdf"), PdfReaderProblemTest.scanned());
        Files.write(dir.resolve("d-encrypted.pdf"), PdfReaderProblemTest.encrypted("user-pw"));
        Files.write(dir.resolve("e-corrupt.docx"), Arrays.copyOf(docx, docx.length / 2));
        Files.write(dir.resolve("f-picture-named.pdf"), png);
        Files.copy(Path.of("fixtures/clean/2023-xinan-district-government.md"), dir.resolve("g-good.md"));

        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"check", dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(code).isEqualTo(3);
        assertThat(text).contains(dir.resolve("a-empty.txt") + ": error GK-IN-UNREADABLE 文件为空");
        assertThat(text).contains(dir.resolve("b-truncated.pdf") + ": error GK-IN-UNREADABLE");
        assertThat(text).contains(dir.resolve("c-scanned.pdf") + ": error GK-IN-UNREADABLE").contains("OCR");
        assertThat(text).contains(dir.resolve("d-encrypted.pdf") + ": error GK-IN-UNREADABLE");
        assertThat(text).contains(dir.resolve("e-corrupt.docx") + ": error GK-IN-UNREADABLE");
        assertThat(text).contains(dir.resolve("f-picture-named.pdf") + ": error GK-IN-UNREADABLE 文件不是文本");
        assertThat(text).contains(dir.resolve("g-good.md") + ": 青禾市溪南区人民政府，2023年，格式 2021 — 0 个错误");
        assertThat(text).contains("共检查 7 份报告（6 份无法读取）");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
