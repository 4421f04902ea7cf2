package org.govkg.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.govkg.lexicon.ResourceLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the gazetteer's resources: the division list {@value #DIVISIONS} (rows {@code code, level, label,
 * parent}; level and parent blank when the code implies them) and the curated places {@value #CURATED}
 * (rows {@code label, type, aliases} with {@code |} between aliases). Fails loudly on a missing resource
 * or a bad row, naming it.
 */
final class GazetteerLoader {

    private static final Logger LOG = LoggerFactory.getLogger(GazetteerLoader.class);
    static final String DIVISIONS = "/gazetteer/divisions.tsv.gz";
    static final String CURATED = "/places/places.tsv";

    private GazetteerLoader() {
    }

    /** Loads the gazetteer from the classpath. */
    static Gazetteer load() {
        long t0 = System.nanoTime();
        DivisionIndex index;
        try (BufferedReader r = open(DIVISIONS, true)) {
            index = readDivisions(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DIVISIONS, e);
        }
        long tDivisions = System.nanoTime();
        CuratedPlaces curated = readCurated(ResourceLines.of(CURATED));
        Gazetteer g = new Gazetteer(index, curated);
        LOG.info("gazetteer: {} divisions, {} name forms, {} curated places in {} ms (divisions {})",
                index.size(), index.formCount(), curated.formCount(), (System.nanoTime() - t0) / 1_000_000,
                (tDivisions - t0) / 1_000_000);
        return g;
    }

    /** Reads and indexes the rows of a division list; {@code #} lines are comments. */
    static DivisionIndex readDivisions(BufferedReader r) throws IOException {
        int capacity = 700_000;
        long[] codes = new long[capacity];
        byte[] levels = new byte[capacity];
        long[] parentCodes = new long[capacity];
        int[] labelStart = new int[capacity + 1];
        StringBuilder labels = new StringBuilder(4_000_000);
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            if (n == codes.length) {
                int grown = codes.length * 3 / 2;
                codes = Arrays.copyOf(codes, grown);
                levels = Arrays.copyOf(levels, grown);
                parentCodes = Arrays.copyOf(parentCodes, grown);
                labelStart = Arrays.copyOf(labelStart, grown + 1);
            }
            int t1 = line.indexOf('\t');
            int t2 = line.indexOf('\t', t1 + 1);
            int t3 = line.indexOf('\t', t2 + 1);
            if (t1 < 0 || t2 < 0 || t3 < 0) {
                throw new IllegalStateException(DIVISIONS + ": bad row '" + line + "'");
            }
            String code = line.substring(0, t1);
            String level = line.substring(t1 + 1, t2);
            String parent = line.substring(t3 + 1);
            codes[n] = Long.parseLong(code);
            levels[n] = (byte) (level.isEmpty() ? impliedLevel(code) : PlaceLevel.of(level)).ordinal();
            if (!parent.isEmpty() && !code.startsWith(parent)) {
                // Gazetteer.within relies on it: an ancestor's code begins its descendants' codes.
                throw new IllegalStateException(DIVISIONS + ": parent " + parent + " of " + code
                        + " is not a prefix of its code");
            }
            parentCodes[n] = !parent.isEmpty() ? Long.parseLong(parent)
                    : code.length() == 2 ? -1 : Long.parseLong(code.substring(0, parentLength(code)));
            labelStart[n] = labels.length();
            labels.append(line, t2 + 1, t3);
            n++;
        }
        labelStart[n] = labels.length();
        return DivisionIndex.build(n, codes, levels, parentCodes, labels.toString(), labelStart);
    }

    /** Reads the entries of a curated places list (comments and blank lines already left out). */
    static CuratedPlaces readCurated(List<String> lines) {
        List<CuratedPlace> places = new ArrayList<>();
        for (String line : lines) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw new IllegalStateException(CURATED + ": bad row '" + line + "'");
            }
            List<String> aliases = cols.length > 2 && !cols[2].isBlank()
                    ? List.of(cols[2].strip().split("\\|")) : List.of();
            places.add(new CuratedPlace(cols[0].strip(), cols[1].strip(), aliases));
        }
        return CuratedPlaces.of(places);
    }

    private static BufferedReader open(String resource, boolean gzip) throws IOException {
        InputStream in = GazetteerLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        InputStream data = gzip ? new GZIPInputStream(in, 1 << 16) : in;
        return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), 1 << 16);
    }

    private static PlaceLevel impliedLevel(String code) {
        return switch (code.length()) {
            case 2 -> PlaceLevel.PROVINCE;
            case 4 -> PlaceLevel.CITY;
            case 6 -> PlaceLevel.COUNTY;
            case 9 -> PlaceLevel.TOWN;
            case 12 -> PlaceLevel.VILLAGE;
            default -> throw new IllegalStateException(DIVISIONS + ": code '" + code
                    + "' has no implied level");
        };
    }

    private static int parentLength(String code) {
        return switch (code.length()) {
            case 4 -> 2;
            case 6 -> 4;
            case 9 -> 6;
            default -> 9;
        };
    }
}
