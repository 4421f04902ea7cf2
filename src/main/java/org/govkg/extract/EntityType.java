package org.govkg.extract;

/** The five kinds of entity govkg extracts; names are those of the entities table and the gold files. */
public enum EntityType {
    Program, Place, Project, DefinedTerm, Organization
}
