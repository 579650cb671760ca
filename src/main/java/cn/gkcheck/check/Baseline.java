package cn.gkcheck.check;

import cn.gkcheck.model.Json;
import cn.gkcheck.model.Meta;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The findings a team has accepted for now ({@code --write-baseline}, then {@code --baseline}): a later run
 * reports only what is new. Stored as JSON sorted by fingerprint, each entry readable (rule, organ, year,
 * keys) so that a reviewer of the baseline file sees what was accepted; only the id is matched.
 */
public final class Baseline {
    static final int VERSION = 1;

    private final Set<String> ids;

    private Baseline(Set<String> ids) {
        this.ids = ids;
    }

    public static Baseline empty() {
        return new Baseline(Set.of());
    }

    public boolean covers(Meta meta, Finding f) {
        return !ids.isEmpty() && ids.contains(Fingerprint.of(meta, f).id());
    }

    public int size() {
        return ids.size();
    }

    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("not a gkcheck baseline (JSON): " + e.getOriginalMessage());
        }
        if (root == null || !root.path("fingerprints").isArray()) throw new IOException("not a gkcheck baseline: no \"fingerprints\" list");
        Set<String> ids = new TreeSet<>();
        for (JsonNode e : root.path("fingerprints")) {
            String id = e.isTextual() ? e.asText() : e.path("id").asText("");
            if (id.isEmpty()) throw new IOException("a baseline entry has no \"id\": " + e);
            ids.add(id);
        }
        return new Baseline(Collections.unmodifiableSet(ids));
    }

    /** One accepted finding as the file shows it. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"id", "rule", "organ", "year", "keys", "text"})
    public record Entry(String id, String rule, String organ, Integer year, String keys, String text) {
        static Entry of(Fingerprint p) {
            return new Entry(p.id(), p.rule(), p.organ(), p.year(), p.keys(), p.discriminator());
        }
    }

    /** Gathers the fingerprints of a run as results stream past; written once at the end, sorted. */
    public static final class Writer {
        private final Map<String, Entry> entries = new TreeMap<>();

        public synchronized void add(Meta meta, List<Finding> findings) {
            for (Finding f : findings) {
                Entry e = Entry.of(Fingerprint.of(meta, f));
                entries.putIfAbsent(e.id(), e);
            }
        }

        public void write(Path file, String version) throws IOException {
            Map<String, Object> root = new java.util.LinkedHashMap<>();
            root.put("gkcheckBaseline", VERSION);
            root.put("tool", "gkcheck " + version);
            root.put("fingerprints", new ArrayList<>(entries.values()));
            if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Json.MAPPER.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        }
    }
}
