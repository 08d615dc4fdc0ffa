package dev.roadmap.plugins.casejson.internal;

/** Names of the extension fields the CASE format keeps on roadmaps, groups and skills. */
public final class CaseKeys {
    /** {@code {"identifier": ..., "lastChangeDateTime": ..., "creator": ...}}: the CASE identity of a part. */
    public static final String EXTENSION = "x-case";
    /** Associations the model does not represent (external references, unsupported types), kept verbatim. */
    public static final String KEPT_ASSOCIATIONS = "x-case-associations";

    private CaseKeys() {
    }
}
