package cn.gkcheck.report;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where one format writes: standard output, or a path given by {@code --output} (a file, or a folder
 * for the formats that write several files). With several formats in one run, {@code --output} names a
 * folder and each format takes its default name in it ({@link Formats#defaultName}).
 */
public final class Destination {
    private final PrintWriter stdout;
    private final Path path;

    private Destination(PrintWriter stdout, Path path) {
        this.stdout = stdout;
        this.path = path;
    }

    public static Destination stdout(PrintWriter out) {
        return new Destination(out, null);
    }

    public static Destination path(Path p) {
        return new Destination(null, p);
    }

    public boolean isStdout() {
        return path == null;
    }

    /** The file or folder; null for standard output. */
    public Path path() {
        return path;
    }

    /** A UTF-8 writer; closing it closes the file, and only flushes standard output. */
    public Writer writer() throws IOException {
        if (path == null) {
            return new FilterWriter(stdout) {
                @Override
                public void close() {
                    stdout.flush();
                }
            };
        }
        if (path.getParent() != null) Files.createDirectories(path.getParent());
        return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
    }

    /** Bytes (a spreadsheet): only to a file. */
    public OutputStream stream() throws IOException {
        if (path == null) throw new IllegalStateException("binary output needs --output");
        if (path.getParent() != null) Files.createDirectories(path.getParent());
        return new java.io.BufferedOutputStream(Files.newOutputStream(path));
    }

    /** A folder (an HTML audit): created if absent. */
    public Path folder() throws IOException {
        if (path == null) throw new IllegalStateException("a folder output needs --output");
        Files.createDirectories(path);
        return path;
    }
}
