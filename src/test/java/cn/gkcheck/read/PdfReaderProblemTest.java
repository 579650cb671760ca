package cn.gkcheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.model.ReadProblem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Files the reader cannot read give a ReadProblem with a Chinese explanation, never an exception. */
class PdfReaderProblemTest {

    @Test
    void scannedPdfWithoutTextLayerAsksForOcr() throws IOException {
        Doc doc = read(scanned());
        assertThat(doc.problems).extracting(ReadProblem::getKind).containsExactly("scanned");
        assertThat(doc.problems.get(0).getDetail()).contains("OCR").contains("文字层");
        assertThat(doc.blocks).isEmpty();
    }

    @Test
    void encryptedPdfNeedingAPasswordIsReportedAsEncrypted() throws IOException {
        Doc doc = read(encrypted("secret"));
        assertThat(doc.problems).extracting(ReadProblem::getKind).containsExactly("encrypted");
        assertThat(doc.problems.get(0).getDetail()).contains("加密");
    }

    @Test
    void pdfEncryptedWithEmptyUserPasswordIsStillRead() throws IOException {
        Doc doc = read(encrypted(""));
        assertThat(doc.problems).isEmpty();
        assertThat(doc.blocks).anyMatch(b -> b instanceof Block.Para p && p.text().contains("Annual report"));
    }

    @Test
    void truncatedSampleIsReportedAsCorrupt() {
        byte[] whole = PdfSamples.pdf("hongze-district-2024");
        for (int len : new int[] {whole.length / 2, 2000, 100, 9}) {
            Doc doc = read(Arrays.copyOf(whole, len));
            assertThat(doc.problems).as("cut at %d", len).extracting(ReadProblem::getKind).contains("corrupt");
            assertThat(doc.problems.get(0).getDetail()).contains("PDF");
        }
    }

    @Test
    void garbageAndEmptyInputNeverThrow() {
        assertThat(read("%PDF-1.7\n garbage \u0000\u0001".getBytes()).problems).isNotEmpty();
        assertThat(read(new byte[0]).problems).extracting(ReadProblem::getKind).containsExactly("empty");
        assertThat(new PdfReader().read(null, "x.pdf").problems).isNotEmpty();
    }

    private static Doc read(byte[] b) {
        return new PdfReader().read(b, "test.pdf");
    }

    /** One page holding only a picture of text, as a scanner produces. */
    static byte[] scanned() throws IOException {
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            g.drawString("2024 annual report", 10, 50);
            g.dispose();
            PDImageXObject x = LosslessFactory.createFromImage(d, img);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.drawImage(x, 50, 500, 400, 200);
            }
            return save(d);
        }
    }

    static byte[] encrypted(String userPassword) throws IOException {
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(d, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Annual report of the government information disclosure work");
                cs.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            d.protect(policy);
            return save(d);
        }
    }

    private static byte[] save(PDDocument d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        d.save(out);
        return out.toByteArray();
    }
}
