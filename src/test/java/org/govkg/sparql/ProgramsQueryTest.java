package org.govkg.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sys.JenaSystem;
import org.junit.jupiter.api.Test;

/** Runs sparql/programs.rq on a small fixture graph written in the govkg vocabulary. */
class ProgramsQueryTest {

    private static final String FIXTURE = """
            @prefix govkg: <https://w3id.org/govkg/ontology#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix : <https://w3id.org/govkg/> .
            @prefix program: <https://w3id.org/govkg/program/> .
            @prefix term: <https://w3id.org/govkg/term/> .
            @prefix place: <https://w3id.org/govkg/place/> .
            @prefix doc: <https://w3id.org/govkg/doc/> .
            program:百千万工程 a govkg:Program ; skos:prefLabel "百千万工程"@zh ;
                skos:altLabel "百县千镇万村高质量发展工程"@zh ; govkg:issuingLevel "省" .
            term:百县千镇万村高质量发展工程 a govkg:DefinedTerm, skos:Concept ;
                skos:prefLabel "百县千镇万村高质量发展工程"@zh ; skos:definition "推动城乡区域协调发展。"@zh ;
                govkg:definesProgram program:百千万工程 .
            place:441802106 skos:prefLabel "石角镇"@zh .
            :rec1 a govkg:Recognition ; govkg:recognisedUnder program:百千万工程 ;
                govkg:recognisedPlace place:441802106 ; govkg:designation "典型镇" ; govkg:batch "第二批" ;
                govkg:year 2025 .
            doc:000 a govkg:Report ; dcterms:identifier "000.txt" .
            doc:001 a govkg:Report ; dcterms:identifier "001.txt" .
            :m1 a govkg:Mention ; govkg:mentionOf program:百千万工程 ; govkg:inDocument doc:000 .
            :m2 a govkg:Mention ; govkg:mentionOf program:百千万工程 ; govkg:inDocument doc:001 .
            program:河长制 a govkg:Program ; skos:prefLabel "河长制"@zh .
            """;

    private static String text(QuerySolution s, String var) {
        if (!s.contains(var)) {
            return "-";
        }
        // GROUP_CONCAT's order is unspecified: compare its parts sorted.
        return String.join("|", new TreeSet<>(List.of(s.getLiteral(var).getLexicalForm().split("\\|"))));
    }

    @Test
    void programsWithDefinitionLevelRecognitionsAndReports() throws Exception {
        JenaSystem.init();
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(FIXTURE), null, "TTL");
        String query = Files.readString(Path.of("sparql/programs.rq"));
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(query, model)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                rows.add(String.join(" | ", text(s, "label"), text(s, "altLabels"), text(s, "definition"),
                        text(s, "issuingLevels"), text(s, "recognisedPlaces"), text(s, "reports")));
            }
        }
        assertEquals(List.of(
                "河长制 | - | - | - | - | -",
                "百千万工程 | 百县千镇万村高质量发展工程 | 推动城乡区域协调发展。 | 省 | 石角镇 第二批典型镇 2025 | 000.txt|001.txt"),
                rows);
    }
}
