package cn.gkcheck.cli;

/** A config file, suppressions file or baseline that cannot be used as written: a usage error (exit 2). */
final class ConfigException extends Exception {
    ConfigException(String message) {
        super(message);
    }
}
