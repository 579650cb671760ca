package cn.gkcheck.read;

/**
 * Reads one input kind into a {@link Doc}. Chosen by content ({@link InputKind#sniff}), not by
 * file extension. A reader never throws for a bad file: it returns a Doc carrying a
 * {@link cn.gkcheck.model.ReadProblem}, so a batch goes on past it.
 */
public interface DocReader {
    Doc read(byte[] bytes, String fileName);
}
