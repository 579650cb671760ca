package cn.gkcheck.read;

import static cn.gkcheck.read.DocxFiles.docx;
import static cn.gkcheck.read.DocxFiles.p;
import static cn.gkcheck.read.DocxFiles.utf8;
import static cn.gkcheck.read.DocxFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gkcheck.model.ReadProblem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken files come back as a ReadProblem with a Chinese reason — never an exception, never file contents. */
class DocxSafetyTest {

    static Doc read(byte[] b) {
        return new DocxReader().read(b, "x.docx");
    }

    static String kinds(Doc d) {
        return String.join(",", d.problems.stream().map(ReadProblem::getKind).toList());
    }

    static String allText(Doc d) {
        StringBuilder sb = new StringBuilder();
        for (Block b : d.blocks) {
            if (b instanceof Block.Para p) sb.append(p.text()).append('\n');
            else if (b instanceof Block.Grid g) g.rows().forEach(r -> sb.append(String.join("|", r.texts())).append('\n'));
        }
        d.problems.forEach(p -> sb.append(p.getDetail()).append('\n'));
        return sb.toString();
    }

    @Test
    void externalEntityIsNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER-4711");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"" + DocxFiles.W_NS + "\"><w:body>"
                + "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8(DocxFiles.CONTENT_TYPES));
        parts.put("_rels/.rels", utf8(DocxFiles.RELS));
        parts.put("word/document.xml", utf8(xml));
        Doc d = read(zip(parts));
        assertThat(allText(d)).doesNotContain("TOP-SECRET-MARKER-4711");
        assertThat(d.problems).isNotEmpty();
        assertThat(kinds(d)).isEqualTo("hostile");
        assertThat(d.problems.get(0).getDetail()).matches(".*[\\u4e00-\\u9fff].*");
    }

    @Test
    void zipBombIsRefused() {
        // 40 MB of the same byte inside one paragraph: deflates ~1000:1, far past POI's minimum inflate ratio
        byte[] filler = new byte[40 * 1024 * 1024];
        Arrays.fill(filler, (byte) 'A');
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + DocxFiles.W_NS
                + "\"><w:body><w:p><w:r><w:t>";
        String tail = "</w:t></w:r></w:p></w:body></w:document>";
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        xml.writeBytes(utf8(head));
        xml.writeBytes(filler);
        xml.writeBytes(utf8(tail));
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8(DocxFiles.CONTENT_TYPES));
        parts.put("_rels/.rels", utf8(DocxFiles.RELS));
        parts.put("word/document.xml", xml.toByteArray());
        byte[] bomb = zip(parts);
        assertThat(bomb.length).isLessThan(200_000);
        Doc d = read(bomb);
        assertThat(kinds(d)).isEqualTo("hostile");
        assertThat(d.blocks).isEmpty();
    }

    @Test
    void corruptAndTruncatedZips() throws Exception {
        byte[] template = Files.readAllBytes(Path.of("fixtures/samples/template-2021-blank.docx"));
        Doc truncated = read(Arrays.copyOf(template, template.length / 2));
        assertThat(kinds(truncated)).isEqualTo("corrupt");
        assertThat(truncated.blocks).isEmpty();

        byte[] garbled = template.clone();
        for (int i = 2000; i < garbled.length - 2000; i += 7) garbled[i] ^= 0x5A;
        assertThat(kinds(read(garbled))).isIn("corrupt", "hostile");

        assertThat(kinds(read("PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1)))).isEqualTo("corrupt");
        assertThat(kinds(read("<html>not a docx</html>".getBytes(StandardCharsets.UTF_8)))).isEqualTo("corrupt");
        assertThat(kinds(read(new byte[0]))).isEqualTo("empty");
    }

    @Test
    void zipThatIsNotAWordDocument() {
        Map<String, byte[]> plain = new LinkedHashMap<>();
        plain.put("readme.txt", utf8("hello"));
        plain.put("word/notes.txt", utf8("a folder named word is not enough"));
        assertThat(kinds(read(zip(plain)))).isEqualTo("unsupported");

        Map<String, byte[]> xlsx = new LinkedHashMap<>();
        xlsx.put("[Content_Types].xml", utf8("""
                <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                </Types>"""));
        xlsx.put("_rels/.rels", utf8("""
                <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>"""));
        xlsx.put("xl/workbook.xml", utf8("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"));
        Doc d = read(zip(xlsx));
        assertThat(kinds(d)).isEqualTo("unsupported");
        assertThat(d.problems.get(0).getDetail()).contains("Excel");
    }

    @Test
    void encryptedDocxIsReportedAsEncrypted() throws Exception {
        Doc d = read(HostileCorpus.encryptedDocx());
        assertThat(kinds(d)).isEqualTo("encrypted");
        assertThat(d.problems.get(0).getDetail()).contains("加密");
    }

    @Test
    void legacyDocIsUnsupported() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
        }
        Doc d = read(out.toByteArray());
        assertThat(kinds(d)).isEqualTo("unsupported");
        assertThat(d.problems.get(0).getDetail()).contains(".doc");
    }

    @Test
    void randomBytesNeverThrow() {
        java.util.Random rnd = new java.util.Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] b = new byte[rnd.nextInt(4000) + 1];
            rnd.nextBytes(b);
            if (i % 2 == 0 && b.length > 4) { b[0] = 'P'; b[1] = 'K'; b[2] = 3; b[3] = 4; }
            Doc d = read(b);
            assertThat(d.problems).isNotEmpty();
        }
        assertThat(docx(p("ok"))).isNotEmpty();
    }
}
