package org.govkg.store;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Loads N-Quads into an empty TDB2 dataset the way Jena's {@code tdb2.xloader} builds its indexes, in
 * this process and in bounded memory: the terms go through the node table (one write transaction), each
 * statement is written out once as its row of node ids, and every index is then sorted from those rows
 * (in chunks, merged from spill files when there is more than one) and written bottom-up, full blocks in
 * key order, by Jena's {@link BPlusTreeRewriter}.
 * <p>Jena's sequential loader builds the same indexes by inserting every statement into each B+ tree
 * in turn, five of six in an order unrelated to their keys: with TDB2's files accessed directly (above
 * {@link GraphStore#DIRECT_FILES_ABOVE}) each insert then misses the block cache, and a corpus of 1,000
 * documents spent four minutes there. Packing sorted rows writes each block once.
 * <p>Requires: a freshly created, empty dataset. Produces: its node table and every triple and quad index,
 * committed; the caller closes the dataset. Scratch files live in {@code scratch} and are removed.
 */
final class PackedLoad {

    /** Rows sorted in memory at once: 32-byte keys, about 50 MB of heap at this size. */
    static final int CHUNK_ROWS = 1 << 20;

    private final DatasetGraphTDB tdb;
    private final Path scratch;
    private final int chunkRows;

    PackedLoad(DatasetGraph dsg, Path scratch, int chunkRows) {
        this.tdb = TDBInternal.getDatasetGraphTDB(requireNonNull(dsg, "dsg"));
        this.scratch = requireNonNull(scratch, "scratch");
        if (chunkRows < 2) {
            throw new IllegalArgumentException("chunkRows must be at least 2: " + chunkRows);
        }
        this.chunkRows = chunkRows;
    }

    /** Loads {@code nquads}; returns the number of statements read. */
    long load(Path nquads) throws IOException {
        Files.createDirectories(scratch);
        Path triples = scratch.resolve("triples.rows");
        Path quads = scratch.resolve("quads.rows");
        try {
            long n = writeRows(nquads, triples, quads);
            for (TupleIndex index : tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                pack(index, triples);
            }
            for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                pack(index, quads);
            }
            return n;
        } finally {
            try (var files = Files.list(scratch)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(scratch);
        }
    }

    /**
     * Gives every term its node id, in one write transaction on the node table, and writes each triple and
     * each quad as its ids in the tables' primary order (SPO, GSPO).
     */
    private long writeRows(Path nquads, Path triples, Path quads) throws IOException {
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        long[] count = new long[1];
        try (OutputStream t = new BufferedOutputStream(Files.newOutputStream(triples), 1 << 16);
             OutputStream q = new BufferedOutputStream(Files.newOutputStream(quads), 1 << 16)) {
            byte[] row = new byte[4 * NodeId.SIZE];
            tdb.executeWrite(() -> RDFParser.source(nquads).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    count[0]++;
                    boolean triple = quad.isTriple() || quad.isDefaultGraph();
                    int at = 0;
                    if (!triple) {
                        at = put(nodes, quad.getGraph(), row, at);
                    }
                    at = put(nodes, quad.getSubject(), row, at);
                    at = put(nodes, quad.getPredicate(), row, at);
                    at = put(nodes, quad.getObject(), row, at);
                    try {
                        (triple ? t : q).write(row, 0, at);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void triple(org.apache.jena.graph.Triple triple) {
                    quad(Quad.create(Quad.defaultGraphIRI, triple));
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    private static int put(NodeTable nodes, Node node, byte[] row, int at) {
        NodeIdFactory.set(nodes.getAllocateNodeId(node), row, at);
        return at + NodeId.SIZE;
    }

    /** Sorts {@code rows} into {@code index}'s order and writes the index from them, in a transaction. */
    private void pack(TupleIndex index, Path rows) throws IOException {
        if (Files.size(rows) == 0) {
            return;
        }
        TupleIndexRecord records = (TupleIndexRecord) index;
        BPlusTree tree = (BPlusTree) records.getRangeIndex();
        RecordFactory factory = tree.getRecordFactory();
        BPlusTreeParams params = tree.getParams();
        int width = index.getTupleLength() * NodeId.SIZE;
        List<Path> runs = sortedRuns(rows, index.getMapping(), width, index.getName());
        List<RunReader> readers = new ArrayList<>();
        try {
            for (Path run : runs) {
                readers.add(new RunReader(run, width));
            }
            Iterator<Record> sorted = new Merged(readers, factory);
            CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(sorted, params, factory,
                    tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(),
                    tree.getRecordsMgr().getBlockMgr()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (RunReader r : readers) {
                r.close();
            }
            for (Path run : runs) {
                Files.deleteIfExists(run);
            }
        }
    }

    /**
     * Reads {@code rows} (primary order) in chunks, each put into the index's column order and sorted,
     * written as a run of its own.
     */
    private List<Path> sortedRuns(Path rows, TupleMap map, int width, String name) throws IOException {
        List<Path> runs = new ArrayList<>();
        int columns = width / NodeId.SIZE;
        byte[][] chunk = new byte[(int) Math.min(chunkRows, Files.size(rows) / width)][];
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(rows),
                1 << 16))) {
            byte[] row = new byte[width];
            boolean more = true;
            while (more) {
                int n = 0;
                while (n < chunk.length && (more = readRow(in, row))) {
                    byte[] key = new byte[width];
                    for (int i = 0; i < columns; i++) {
                        System.arraycopy(row, map.getSlotIdx(i) * NodeId.SIZE, key, i * NodeId.SIZE,
                                NodeId.SIZE);
                    }
                    chunk[n++] = key;
                }
                if (n == 0) {
                    break;
                }
                // TDB2 compares keys as unsigned bytes; the sort is stable and fast on near-sorted rows.
                Arrays.sort(chunk, 0, n, Arrays::compareUnsigned);
                Path run = scratch.resolve(name + "." + runs.size() + ".run");
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(run), 1 << 16)) {
                    for (int i = 0; i < n; i++) {
                        out.write(chunk[i]);
                    }
                }
                runs.add(run);
                Arrays.fill(chunk, 0, n, null);
            }
        }
        return runs;
    }

    private static boolean readRow(DataInputStream in, byte[] row) throws IOException {
        try {
            in.readFully(row);
            return true;
        } catch (EOFException e) {
            return false;
        }
    }

    /** One sorted run, read a key at a time. */
    private static final class RunReader implements AutoCloseable {
        private final DataInputStream in;
        private final int width;
        byte[] head;

        RunReader(Path run, int width) throws IOException {
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
            this.width = width;
            advance();
        }

        void advance() throws IOException {
            byte[] next = new byte[width];
            head = readRow(in, next) ? next : null;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The runs merged in key order, each key once, as index records. */
    private static final class Merged implements Iterator<Record> {
        private final PriorityQueue<RunReader> queue = new PriorityQueue<>((a, b) -> Arrays.compareUnsigned(
                a.head, b.head));
        private final RecordFactory factory;
        private byte[] last;
        private byte[] next;

        Merged(List<RunReader> readers, RecordFactory factory) {
            this.factory = factory;
            for (RunReader r : readers) {
                if (r.head != null) {
                    queue.add(r);
                }
            }
        }

        @Override
        public boolean hasNext() {
            while (next == null && !queue.isEmpty()) {
                RunReader r = queue.poll();
                byte[] key = r.head;
                try {
                    r.advance();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (r.head != null) {
                    queue.add(r);
                }
                if (last == null || !Arrays.equals(last, key)) {
                    next = key;
                    last = key;
                }
            }
            return next != null;
        }

        @Override
        public Record next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Record r = factory.create(next);
            next = null;
            return r;
        }
    }
}
