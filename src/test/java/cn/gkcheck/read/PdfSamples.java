package cn.gkcheck.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The two real PDF samples and their hand transcriptions (fixtures/samples/*.cells.tsv). */
final class PdfSamples {
    static final Path DIR = Path.of("fixtures/samples");
    static final List<String> SAMPLES = List.of("huaian-city-2024", "hongze-district-2024");

    record Expected(String table, String row, String column, String raw) {}

    private PdfSamples() {}

    static byte[] pdf(String name) {
        try {
            return Files.readAllBytes(DIR.resolve(name + ".pdf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Expected> cells(String name) {
        try {
            List<Expected> out = new ArrayList<>();
            List<String> lines = Files.readAllLines(DIR.resolve(name + ".cells.tsv"), StandardCharsets.UTF_8);
            for (String l : lines.subList(1, lines.size())) {
                if (l.isBlank()) continue;
                String[] f = l.split("\t", -1);
                out.add(new Expected(f[0], f[1], f[2], f[3]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
