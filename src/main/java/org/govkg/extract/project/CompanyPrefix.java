package org.govkg.extract.project;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The company a project name opens with (广东某某有限公司年产…项目): the builder, not the place. */
public final class CompanyPrefix {

    private static final Pattern COMPANY = Pattern.compile("^(.{2,20}?(有限公司|集团|公司))(?=.)");

    private CompanyPrefix() {
    }

    /** The company name {@code surface} starts with, when the name goes on after it. */
    public static Optional<String> of(String surface) {
        Matcher company = COMPANY.matcher(surface);
        return company.find() ? Optional.of(company.group(1)) : Optional.empty();
    }
}
