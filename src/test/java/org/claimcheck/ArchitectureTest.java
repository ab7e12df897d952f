package org.claimcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline one-directional, read from the compiled classes' real dependencies (every type a class
 * uses, not only its import lines). Covers every package of the main code, and the Apache Spark job's when it
 * was compiled (the {@code spark} profile, which tells this test so).
 */
class ArchitectureTest {

    private static final String ROOT = "org.claimcheck";

    /** The main code as Maven compiles it (with the Spark job under the spark profile), no test classes. */
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(Path.of("target/classes"));

    /** For each top-level package (with its subpackages), the project packages it may depend on. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("files", Set.of()),
            Map.entry("problem", Set.of("text")),
            Map.entry("value", Set.of()),
            Map.entry("places", Set.of()),
            Map.entry("ingest", Set.of("text", "problem")),
            Map.entry("nlp", Set.of("text", "ingest", "files")),
            Map.entry("extract", Set.of("text", "value", "ingest", "nlp")),
            Map.entry("series", Set.of("text", "problem")),
            Map.entry("reference", Set.of("text", "problem", "value", "series")),
            Map.entry("statistics", Set.of("text", "value", "extract", "series", "places")),
            Map.entry("verify", Set.of("text", "value", "ingest", "extract", "reference", "problem", "series",
                    "places", "statistics")),
            Map.entry("result", Set.of("problem", "ingest", "verify", "extract")),
            Map.entry("run", Set.of("text", "files", "problem", "value", "ingest", "nlp", "extract", "verify",
                    "result")),
            Map.entry("report", Set.of("text", "files", "problem", "value", "ingest", "extract", "verify",
                    "result")),
            Map.entry("gate", Set.of("result", "verify", "extract")),
            Map.entry("job", Set.of("result", "run", "report")),
            Map.entry("eval", Set.of("text", "problem", "value", "ingest", "extract", "reference", "verify", "run",
                    "result", "report", "nlp")),
            Map.entry("bench", Set.of("text", "problem", "value", "ingest", "nlp", "extract", "reference",
                    "verify", "run", "result", "report", "gate")),
            Map.entry("spark", Set.of("text", "problem", "value", "ingest", "nlp", "extract", "series",
                    "reference", "places", "statistics", "verify", "run", "result", "report", "gate", "job")),
            Map.entry("cli", Set.of("text", "files", "problem", "value", "ingest", "nlp", "extract", "series",
                    "reference", "places", "statistics", "verify", "run", "result", "report", "gate", "job", "eval",
                    "bench")));

    /** The stages that must stay testable without CoreNLP, reports or the command line. */
    private static final String[] PURE = {"extract", "verify", "reference", "value", "statistics"};

    @Test
    void everyPackageIsCoveredByTheRules() {
        Set<String> packages = MAIN.stream().map(ArchitectureTest::topPackage)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(packages).contains("cli", "bench", "nlp", "verify");
        assertThat(ALLOWED.keySet()).containsAll(packages);
        if (Boolean.getBoolean("claimcheck.spark")) {
            assertThat(packages).as("the spark profile compiles the Spark job, so its classes are checked")
                    .contains("spark");
        }
    }

    @Test
    void everyPackageDependsOnlyOnStagesBeforeIt() {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : ALLOWED.entrySet()) {
            String[] allowed = Stream.concat(Stream.of(entry.getKey()), entry.getValue().stream())
                    .map(p -> ROOT + "." + p + "..").toArray(String[]::new);
            classes().that().resideInAPackage(ROOT + "." + entry.getKey() + "..")
                    .should().onlyDependOnClassesThat(
                            JavaClass.Predicates.resideOutsideOfPackage(ROOT + "..")
                                    .or(JavaClass.Predicates.resideInAnyPackage(allowed)))
                    .allowEmptyShould(true)
                    .evaluate(MAIN).getFailureReport().getDetails().forEach(violations::add);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void coreNlpIsUsedOnlyByTheNlpPackage() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".nlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
                .check(MAIN);
    }

    @Test
    void thePureStagesNeverUseCoreNlpBackedClassesReportsOrTheCommandLine() {
        DescribedPredicate<JavaClass> coreNlpBacked = DescribedPredicate.describe(
                "are in nlp and use CoreNLP, directly or through other classes of nlp", ArchitectureTest::usesCoreNlp);
        String[] pure = Stream.of(PURE).map(p -> ROOT + "." + p + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage(pure)
                .should().dependOnClassesThat(coreNlpBacked)
                .orShould().dependOnClassesThat().resideInAnyPackage(ROOT + ".report..", ROOT + ".cli..")
                .check(MAIN);
    }

    @Test
    void nothingOutsideTheCommandLineDependsOnIt() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .check(MAIN);
    }

    @Test
    void placesUsesNothingButTheJdkAndCommonsCsv() {
        classes().that().resideInAPackage(ROOT + ".places..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.apache.commons.csv..", ROOT + ".places..")
                .check(MAIN);
    }

    @Test
    void seriesUsesOnlyTextAndProblemOfTheProject() {
        classes().that().resideInAPackage(ROOT + ".series..")
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideOutsideOfPackage(ROOT + "..")
                        .or(JavaClass.Predicates.resideInAnyPackage(ROOT + ".series..", ROOT + ".text..",
                                ROOT + ".problem..")))
                .check(MAIN);
    }

    @Test
    void onlyTheEntryPointsEndTheProcess() {
        classes().should(new ArchCondition<JavaClass>("end the process only in an entry point") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                    if (endsTheProcess(call) && !mayEndTheProcess(call)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        }).check(MAIN);
    }

    @Test
    void theCommandLineHoldsNoStaticMutableState() {
        // Synthetic fields are the compiler's (an enum's values array, a switch's map), not state of ours.
        fields().that().areDeclaredInClassesThat().resideInAPackage(ROOT + ".cli..").and().areStatic()
                .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should().beFinal()
                .andShould(new ArchCondition<JavaField>("not be of a mutable container type") {
                    @Override
                    public void check(JavaField field, ConditionEvents events) {
                        JavaClass type = field.getRawType();
                        // Collections, maps, atomics and arrays: java.util's own types, read by name.
                        if (type.isArray() || type.getPackageName().startsWith("java.util")) {
                            events.add(SimpleConditionEvent.violated(field, field.getFullName()
                                    + " is a static " + type.getName()));
                        }
                    }
                })
                .check(MAIN);
    }

    @Test
    void theRulesSeeRealDependencies() {
        // The rules read class files: the calls that end the process must be found in Main's, or the rule on
        // them would pass over nothing.
        List<String> targets = new ArrayList<>();
        MAIN.get(ROOT + ".cli.Main").getMethodCallsFromSelf().forEach(c -> targets.add(c.getTarget().getFullName()));
        assertThat(targets).anyMatch(t -> t.startsWith("java.lang.System.exit"));
        assertThat(targets).anyMatch(t -> t.startsWith("java.lang.Runtime.halt"));
    }

    /** System.exit, Runtime.exit and Runtime.halt. */
    private static boolean endsTheProcess(JavaAccess<?> call) {
        String owner = call.getTarget().getOwner().getName();
        String name = call.getTarget().getName();
        return owner.equals(System.class.getName()) && name.equals("exit")
                || owner.equals(Runtime.class.getName()) && (name.equals("exit") || name.equals("halt"));
    }

    /**
     * The command line's {@code Main} (its {@code main}, and {@code halt} for the Ctrl-C hook), and the
     * {@code main} of the Spark job, which hands spark-submit its exit status.
     */
    private static boolean mayEndTheProcess(JavaMethodCall call) {
        String owner = call.getOriginOwner().getName();
        String method = call.getOrigin().getName();
        return owner.equals(ROOT + ".cli.Main") && (method.equals("main") || method.equals("halt"))
                || owner.equals(ROOT + ".spark.ClaimcheckSparkJob") && method.equals("main");
    }

    /** Whether {@code c}, a class of {@code nlp}, reaches CoreNLP through its own dependencies within nlp. */
    private static boolean usesCoreNlp(JavaClass c) {
        Set<String> seen = new HashSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>(List.of(c));
        while (!todo.isEmpty()) {
            JavaClass next = todo.pop();
            if (!next.getPackageName().startsWith(ROOT + ".nlp") || !seen.add(next.getName())) {
                continue;
            }
            for (Dependency d : next.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (target.getPackageName().startsWith("edu.stanford.nlp")) {
                    return true;
                }
                todo.push(target);
            }
        }
        return false;
    }

    private static String topPackage(JavaClass c) {
        String rest = c.getPackageName().substring(ROOT.length());
        String trimmed = rest.startsWith(".") ? rest.substring(1) : rest;
        int dot = trimmed.indexOf('.');
        return dot < 0 ? trimmed : trimmed.substring(0, dot);
    }
}
