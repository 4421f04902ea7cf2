package org.govkg.pipeline;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.govkg.extract.FigureExtractor;
import org.govkg.extract.OrganizationExtractor;
import org.govkg.extract.PlaceExtractor;
import org.govkg.extract.ProjectExtractor;
import org.govkg.extract.link.ProjectOrganizationLinker;
import org.govkg.extract.link.ProjectProgramLinker;
import org.govkg.extract.program.DefinedTermExtractor;
import org.govkg.extract.program.ProgramExtractor;
import org.govkg.gazetteer.Gazetteer;
import org.govkg.nlp.HanlpAnalyzer;
import org.govkg.resolve.DefinedTermResolver;
import org.govkg.resolve.EntityResolver;
import org.govkg.resolve.OrganizationResolver;
import org.govkg.resolve.PlaceLinker;
import org.govkg.resolve.ProgramResolver;
import org.govkg.resolve.ProjectResolver;

/** The standard extractors and resolvers, wired once per process. */
public final class Pipeline {

    private Pipeline() {
    }

    public static DocumentProcessor standard() {
        // HanLP's models and the gazetteer each take seconds of one core to load: load them side by side.
        CompletableFuture<Void> models = CompletableFuture.runAsync(HanlpAnalyzer::loadModels);
        Gazetteer gazetteer = Gazetteer.shared();
        models.join();
        return new DocumentProcessor(
                List.of(new PlaceExtractor(gazetteer), new ProgramExtractor(), new DefinedTermExtractor(),
                        new ProjectExtractor(), new OrganizationExtractor(), new FigureExtractor()),
                List.of(new ProjectProgramLinker(), new ProjectOrganizationLinker()),
                // Places first: the other resolvers use the document's linked places and region.
                new EntityResolver(List.of(new PlaceLinker(gazetteer), new ProgramResolver(),
                        new DefinedTermResolver(), new ProjectResolver(), new OrganizationResolver())));
    }
}
