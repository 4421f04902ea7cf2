package org.govkg.build;

import java.util.List;
import org.govkg.extract.DefinedTermExtractor;
import org.govkg.extract.EntityType;
import org.govkg.extract.FigureExtractor;
import org.govkg.extract.OrganizationExtractor;
import org.govkg.extract.PlaceExtractor;
import org.govkg.extract.ProgramExtractor;
import org.govkg.extract.ProjectExtractor;
import org.govkg.resolve.EntityResolver;
import org.govkg.resolve.NameResolver;
import org.govkg.resolve.OrganizationResolver;
import org.govkg.resolve.ProjectResolver;

/** The standard extractors and resolvers, wired once per process. */
public final class Pipeline {

    private Pipeline() {
    }

    public static DocumentProcessor standard() {
        return new DocumentProcessor(
                List.of(new PlaceExtractor(), new ProgramExtractor(), new DefinedTermExtractor(),
                        new ProjectExtractor(), new OrganizationExtractor(), new FigureExtractor()),
                new EntityResolver(List.of(new NameResolver(EntityType.Place), new NameResolver(EntityType.Program),
                        new NameResolver(EntityType.DefinedTerm), new ProjectResolver(),
                        new OrganizationResolver())));
    }
}
