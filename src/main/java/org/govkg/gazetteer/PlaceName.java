package org.govkg.gazetteer;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * What a {@link PlaceLexicon} knows about one name form.
 *
 * @param form       the form itself
 * @param fullLevels mask of {@link PlaceLevel#bit()}s for which the form is an official or
 *                   suffixed name (石角镇, 黄布村, 黄布村委会, 连南县)
 * @param bareLevels mask of levels for which the form is a bare short form (石角, 黄布, 清远)
 * @param placeType  the kind of non-administrative place (river, region, …) when the form names one
 */
public record PlaceName(String form, int fullLevels, int bareLevels, Optional<String> placeType) {
    public PlaceName {
        requireNonNull(form, "form");
        requireNonNull(placeType, "placeType");
        if (fullLevels == 0 && bareLevels == 0 && placeType.isEmpty()) {
            throw new IllegalArgumentException("name form '" + form + "' names nothing");
        }
    }

    public boolean isFull(PlaceLevel level) {
        return (fullLevels & level.bit()) != 0;
    }

    public boolean isBare(PlaceLevel level) {
        return (bareLevels & level.bit()) != 0;
    }

    /** True when the form is a suffixed administrative name or a curated place name. */
    public boolean isFullName() {
        return fullLevels != 0 || placeType.isPresent();
    }

    /** True when the only reading is a bare short form of villages. */
    public boolean onlyBareVillage() {
        return fullLevels == 0 && placeType.isEmpty() && bareLevels == PlaceLevel.VILLAGE.bit();
    }

    /** The highest (closest to the country) level any reading has, or null for a curated-only form. */
    public PlaceLevel topLevel() {
        int mask = fullLevels | bareLevels;
        for (PlaceLevel l : PlaceLevel.values()) {
            if ((mask & l.bit()) != 0) {
                return l;
            }
        }
        return null;
    }
}
