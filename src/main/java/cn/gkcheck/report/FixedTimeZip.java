package cn.gkcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a zip (an .xlsx) entry by entry, in the same order, with every entry's time set to one fixed
 * moment: POI stamps each entry with the time of writing, so without this two runs on the same input
 * would differ in bytes. Contents are recompressed unchanged.
 */
final class FixedTimeZip {
    private FixedTimeZip() {}

    /**
     * 1980-01-02 00:00 in DOS time, a moment that says "none": not 1980-01-01 00:00, which Java takes for "before 1980"
     * and answers with an extra field holding the time in the local zone, so that bytes would change with the zone.
     */
    private static final long FIXED = java.time.LocalDateTime.of(1980, 1, 2, 0, 0)
            .atZone(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli();

    static void copy(Path zip, OutputStream target) throws IOException {
        // read by the central directory: POI's local headers do not always state the sizes a stream reader checks
        try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                ZipEntry fixed = new ZipEntry(e.getName());
                fixed.setTime(FIXED);
                out.putNextEntry(fixed);
                try (InputStream data = in.getInputStream(e)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
