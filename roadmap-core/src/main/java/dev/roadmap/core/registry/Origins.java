package dev.roadmap.core.registry;

import java.net.URL;
import java.security.CodeSource;

/** Names where a provider class came from: the jar file or class directory. */
final class Origins {
    private Origins() {
    }

    static String of(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown";
            }
            URL url = source.getLocation();
            String path = url.getPath();
            if (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            int slash = path.lastIndexOf('/');
            return slash >= 0 ? path.substring(slash + 1) : path;
        } catch (SecurityException e) {
            return "unknown";
        }
    }

    static String describe(Object provider) {
        return provider.getClass().getName() + " (" + of(provider.getClass()) + ")";
    }
}
