package org.govkg.text;

import java.util.Optional;

/**
 * What a report says about itself.
 *
 * @param title   the report's title
 * @param region  the name of its subject region as written (e.g. {@code 清远市清城区}), linked later
 * @param year    the year it looks back on (a 2023 work report reviewing 2022 gives 2022)
 * @param kind    {@code work-report}, {@code plan-execution-midyear}, {@code plan-execution-annual}
 *                or {@code other}
 * @param date    the date it was given or published, ISO {@code yyyy-mm-dd}, when stated
 * @param speaker who gave it, when stated
 */
public record DocumentMetadata(String title, Optional<String> region, Optional<Integer> year, String kind,
                               Optional<String> date, Optional<String> speaker) {
    public static final String WORK_REPORT = "work-report";
    public static final String MIDYEAR = "plan-execution-midyear";
    public static final String ANNUAL = "plan-execution-annual";
    public static final String OTHER = "other";
}
