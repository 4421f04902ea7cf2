package org.govkg.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of a build ({@code DIR/text}, next to {@code DIR/tdb2}): jena-text's Lucene index
 * over labels, aliases and definitions with a Chinese analyzer, defined once in the resource
 * {@code text-index.ttl}, which {@code fuseki-config.ttl} also embeds.
 * <p>The TDB2 dataset is wrapped so that every quad added or removed through the wrapper adds or deletes
 * its index document inside the same TDB2 transaction (jena-text joins TDB2's commit), and so that
 * {@code text:query} finds the index. An index that is empty while the dataset holds labels (a build
 * made before the index existed, or a deleted {@code text/}) is filled from the dataset on opening.
 * Self-contained: it needs only the TDB2 dataset and the directory that holds it.
 */
public final class LabelIndex {

    static {
        // Jena's assemblers (jena-text's among them) register when its subsystems start.
        JenaSystem.init();
    }

    private static final Logger LOG = LoggerFactory.getLogger(LabelIndex.class);

    /** The directory under a build directory that holds the Lucene index. */
    public static final String DIR = "text";
    private static final String RESOURCE = "text-index.ttl";
    private static final String ROOT = "#labelIndex";

    private LabelIndex() {
    }

    /** The index definition (Turtle, with IRIs relative to the directory that holds {@code text/}). */
    public static String definition() {
        try (InputStream in = LabelIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the govkg jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    /**
     * Opens (creating if needed) the index in {@code buildDir/text} and wraps {@code tdb} with it.
     * Close the returned dataset's index with {@link #close(DatasetGraph)}.
     */
    public static DatasetGraph wrap(DatasetGraph tdb, Path buildDir) {
        requireNonNull(tdb, "tdb");
        String base = buildDir.toAbsolutePath().normalize().toUri().toString();
        return wrap(tdb, open(base.endsWith("/") ? base : base + "/", false));
    }

    /** Wraps {@code dataset} with an index held in memory (for tests and fixtures). */
    public static DatasetGraph inMemory(DatasetGraph dataset) {
        requireNonNull(dataset, "dataset");
        return wrap(dataset, open("file:///govkg-memory/", true));
    }

    /** Closes the index of a dataset {@link #wrap} returned, releasing its Lucene lock. */
    static void close(DatasetGraph text) {
        ((DatasetGraphText) text).getTextIndex().close();
    }

    private static DatasetGraph wrap(DatasetGraph dataset, TextIndex index) {
        DatasetGraph text = TextDatasetFactory.create(dataset, index, true);
        try {
            fillIfEmpty(dataset, index);
        } catch (RuntimeException | Error e) {
            // A fill that failed (a full disk) must not keep the index's files open and locked.
            try {
                index.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return text;
    }

    private static TextIndex open(String base, boolean inMemory) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(definition(), Lang.TURTLE).base(base).parse(m);
        Resource root = m.getResource(base + ROOT);
        if (inMemory) {
            root.removeAll(TextVocab.pDirectory).addProperty(TextVocab.pDirectory, "mem");
        }
        return (TextIndex) Assembler.general().open(root);
    }

    private static void fillIfEmpty(DatasetGraph dataset, TextIndex index) {
        if (!(index instanceof TextIndexLucene lucene) || lucene.getIndexWriter().getDocStats().numDocs > 0) {
            return;
        }
        EntityDefinition def = index.getDocDef();
        long n = Txn.calculateRead(dataset, () -> {
            long added = 0;
            for (Node p : def.getPredicates(def.getPrimaryField())) {
                Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, p, Node.ANY);
                while (it.hasNext()) {
                    Quad q = it.next();
                    Entity e = q.isDefaultGraph() ? null : TextQueryFuncs.entityFromQuad(def, q);
                    if (e != null) {
                        index.addEntity(e);
                        added++;
                    }
                }
            }
            return added;
        });
        if (n > 0) {
            index.commit();
            LOG.info("filled the empty full-text index with {} labels, aliases and definitions", n);
        }
    }
}
