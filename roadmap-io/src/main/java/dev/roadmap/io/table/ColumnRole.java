package dev.roadmap.io.table;

/** What a table column holds, as decided by {@link ColumnRoles}. */
public enum ColumnRole {
    /** The unit's name: one skill per row. */
    TITLE,
    /** A duration or an amount of work ("14 weeks", "3 hours"). */
    EFFORT,
    /** Hours per week ("6-10 hours/week"): the row's pace; with a duration it makes the effort. */
    WEEKLY_LOAD,
    /** Free text about the row. */
    DESCRIPTION,
    /** A stable identifier. */
    ID,
    /** A row number ("#", "01", "2."). */
    NUMBER,
    /** Names of other rows that must come first. */
    REQUIRES,
    /** Names of other rows best taken before or alongside. */
    RECOMMENDS,
    /** A track or category. */
    TRACK,
    /** A stage, week or level repeated over rows. */
    GROUP,
    /** Progress: done, todo, icons such as ✅. */
    STATUS,
    /** High / Mid / Low. */
    PRIORITY,
    /** A date or deadline. */
    DATE,
    /** Links only (discussion, video, solution): resources, never a title. */
    LINK,
    /** Reading or material links: resources of the row. */
    RESOURCES,
    /** Nothing recognised; ignored. */
    UNKNOWN
}
