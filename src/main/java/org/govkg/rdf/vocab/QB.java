package org.govkg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sys.JenaSystem;

/** The few RDF Data Cube terms govkg emits (Jena ships no QB vocabulary class). */
public final class QB {

    static {
        // Jena's constants are only safe to touch once its subsystems are initialised.
        JenaSystem.init();
    }

    public static final String NS = "http://purl.org/linked-data/cube#";

    /** A single observation in a cube. */
    public static final Resource Observation = ResourceFactory.createResource(NS + "Observation");
    /** The data set an observation belongs to. */
    public static final Property dataSet = ResourceFactory.createProperty(NS, "dataSet");

    private QB() {
    }
}
