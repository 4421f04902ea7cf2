package org.govkg.gazetteer;

import java.util.Locale;

/** Administrative levels of Chinese divisions, from the country down to villages and communities. */
public enum PlaceLevel {
    COUNTRY, PROVINCE, CITY, COUNTY, TOWN, VILLAGE;

    /** The level as written in {@link org.govkg.extract.Attr#LEVEL}: {@code county}, {@code town} … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This level's bit in a level mask. */
    public int bit() {
        return 1 << ordinal();
    }

    /** The level with id {@code id}. */
    public static PlaceLevel of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
