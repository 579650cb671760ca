package cn.gkcheck.read.docx;

import cn.gkcheck.read.Deadline;
import cn.gkcheck.read.LimitExceeded;
import cn.gkcheck.read.Limits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Measures a Word package before POI opens it: how many parts, how large each one and all of
 * them are once decompressed. POI bounds each part and the inflate ratio, but not the total, and
 * it holds every part in memory; this pass inflates into nothing and stops at the first
 * {@link Limits} crossed. A zip it cannot walk is left for POI to call corrupt.
 */
public final class ZipBounds {
    private ZipBounds() {}

    public static void check(byte[] bytes) {
        byte[] sink = new byte[64 * 1024];
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                LimitExceeded.check("Word 压缩包中的部件数", "parts in the Word package", ++entries, Limits.ZIP_ENTRIES);
                long size = 0;
                for (int n = zip.read(sink); n > 0; n = zip.read(sink)) {
                    size += n;
                    total += n;
                    if (size > Limits.ZIP_ENTRY_BYTES) {
                        throw new LimitExceeded("Word 部件 " + e.getName() + " 解压后的大小（字节）",
                                "decompressed size of the Word part " + e.getName() + " (bytes)",
                                "至少 " + size, Long.toString(Limits.ZIP_ENTRY_BYTES));
                    }
                    if (total > Limits.ZIP_TOTAL_BYTES) {
                        throw new LimitExceeded("Word 压缩包解压后的总大小（字节）", "decompressed size of the Word package (bytes)",
                                "至少 " + total, Long.toString(Limits.ZIP_TOTAL_BYTES));
                    }
                    Deadline.check();
                }
            }
        } catch (IOException | IllegalArgumentException notWalkable) {
            // a damaged zip: POI reports it as corrupt, with its own reason
        }
    }
}
