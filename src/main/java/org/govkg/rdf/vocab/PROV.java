package org.govkg.rdf.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sys.JenaSystem;

/** The few PROV-O terms govkg emits (Jena ships no PROV vocabulary class). */
public final class PROV {

    static {
        // Jena's constants are only safe to touch once its subsystems are initialised.
        JenaSystem.init();
    }

    public static final String NS = "http://www.w3.org/ns/prov#";

    /** A resource was derived from another (a recognition or figure from the text that states it). */
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");

    private PROV() {
    }
}
