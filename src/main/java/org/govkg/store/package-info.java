/**
 * The build's TDB2 dataset ({@code DIR/tdb2}, one named graph per document, union default graph) and SHACL
 * validation of the merged graph against {@code ontology/shapes.ttl}.
 */
package org.govkg.store;
