package cn.gkcheck.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * gkcheck.yaml as written: every key it may hold, and nothing else — an unknown key (a typo such as
 * {@code fail_on}) is refused rather than silently ignored, since an ignored suppression or profile
 * would change what a CI gate lets through. Turned into a {@link Config} by {@link Config#load}.
 */
final class ConfigFile {
    @JsonProperty("fail-on") String failOn;
    @JsonProperty("severity") Map<String, String> severity = new LinkedHashMap<>();
    @JsonProperty("suppressions") List<SuppressionEntry> suppressions = new ArrayList<>();
    @JsonProperty("baseline") String baseline;
    @JsonProperty("rules") List<String> rules = new ArrayList<>();
    @JsonProperty("profile") ProfileEntry profile;

    static final String KEYS = "fail-on, severity, suppressions, baseline, rules, profile";

    /** One waiver: rule and reason required; organ, year, file (glob) and keys (glob) narrow it. */
    static final class SuppressionEntry {
        @JsonProperty("rule") String rule;
        @JsonProperty("organ") String organ;
        @JsonProperty("year") Integer year;
        @JsonProperty("file") String file;
        @JsonProperty("keys") String keys;
        @JsonProperty("reason") String reason;
    }

    /** A regional profile: its name (the document it rests on) and deadlines "MM-DD" by organ kind. */
    static final class ProfileEntry {
        @JsonProperty("name") String name;
        @JsonProperty("deadlines") Map<String, String> deadlines = new LinkedHashMap<>();
    }

    /** The shape of a {@code --suppressions FILE}: the same list under the same key. */
    static final class SuppressionsFile {
        @JsonProperty("suppressions") List<SuppressionEntry> suppressions = new ArrayList<>();
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    static <T> T read(Path file, Class<T> type) throws ConfigException {
        try {
            T t = YAML.readValue(Files.readString(file), type);
            if (t == null) throw new ConfigException(file + ": empty");
            return t;
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(file + ": unknown key \"" + e.getPropertyName() + "\"" + where(e)
                    + "; known keys here: " + String.join(", ", e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new ConfigException(file + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static String where(UnrecognizedPropertyException e) {
        StringBuilder b = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) b.append(b.length() == 0 ? "" : ".").append(ref.getFieldName());
            else if (ref.getIndex() >= 0) b.append('[').append(ref.getIndex() + 1).append(']');
        }
        String path = b.toString();
        int cut = path.lastIndexOf('.');
        path = cut < 0 ? "" : path.substring(0, cut);
        return (path.isEmpty() ? "" : " in " + path)
                + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")");
    }
}
