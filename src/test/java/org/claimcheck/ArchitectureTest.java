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
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
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
            // verify may use nlp's classes that load no model (the lemmatizer); the pure-stage rule below
            // keeps everything else of CoreNLP out
            Map.entry("verify", Set.of("text", "value", "ingest", "nlp", "extract", "reference", "problem",
                    "series", "places", "statistics")),
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

    private static final String VERIFY = ROOT + ".verify";

    /**
     * For each stage of verification (a subpackage of {@code verify}), the other stages it may use. Linking never
     * judges; judging reads the links it judges; the article against itself keys its statements by their links and
     * writes its findings with the judge's explanations, evidence and precision rules. All may use {@code words}.
     */
    private static final Map<String, Set<String>> VERIFY_STAGES = Map.of(
            "words", Set.of(),
            "link", Set.of("words"),
            "judge", Set.of("words", "link"),
            "consistency", Set.of("words", "link", "judge"));

    private static final DescribedPredicate<JavaClass> IN_A_STAGE_OF_VERIFY = DescribedPredicate.describe(
            "are in a subpackage of " + VERIFY, c -> c.getPackageName().startsWith(VERIFY + "."));

    /** What {@code verify} gives the rest of the program: the findings and what they are made of. */
    private static final Set<String> VERIFY_RESULTS = Set.of("Finding", "Verdict", "Reason", "Evidence", "LinkBasis",
            "LinkStrength");

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
    void everyStageOfVerificationIsCoveredByTheRules() {
        Set<String> stages = MAIN.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith(VERIFY + "."))
                .map(p -> p.substring(VERIFY.length() + 1).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(stages).containsExactlyInAnyOrderElementsOf(VERIFY_STAGES.keySet());
        assertThat(VERIFY_RESULTS).allSatisfy(name -> assertThat(MAIN.contain(VERIFY + "." + name)).isTrue());
    }

    @Test
    void theStagesOfVerificationDependOnlyOnStagesBeforeThem() {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : VERIFY_STAGES.entrySet()) {
            Set<String> forbidden = new TreeSet<>(VERIFY_STAGES.keySet());
            forbidden.remove(entry.getKey());
            forbidden.removeAll(entry.getValue());
            noClasses().that().resideInAPackage(VERIFY + "." + entry.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            forbidden.stream().map(p -> VERIFY + "." + p + "..").toArray(String[]::new))
                    .allowEmptyShould(true)
                    .evaluate(MAIN).getFailureReport().getDetails().forEach(violations::add);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theStagesOfVerificationAreFreeOfCycles() {
        SlicesRuleDefinition.slices().matching(VERIFY + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theStagesUseOnlyTheResultTypesOfVerify() {
        // Not the Verifier that wires them, nor its other helpers: a stage knows nothing of the stages after it.
        noClasses().that(IN_A_STAGE_OF_VERIFY)
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "are in " + VERIFY + " itself but not among its result types " + VERIFY_RESULTS,
                        c -> c.getPackageName().equals(VERIFY) && !isVerifyResult(c)))
                .check(MAIN);
    }

    @Test
    void theResultTypesOfVerifyDependOnNoStage() {
        noClasses().that(DescribedPredicate.describe("are result types of " + VERIFY,
                        ArchitectureTest::isVerifyResult))
                .should().dependOnClassesThat(IN_A_STAGE_OF_VERIFY)
                .check(MAIN);
    }

    @Test
    void otherPackagesUseOnlyTheFacadeOfVerify() {
        // The Verifier and the result types: how a finding was reached stays inside verify's stages.
        noClasses().that().resideOutsideOfPackage(VERIFY + "..")
                .should().dependOnClassesThat(IN_A_STAGE_OF_VERIFY)
                .check(MAIN);
    }

    /**
     * CoreNLP's lemmatizer is a finite-state lexer that loads no model: the pure stages may reach it through
     * {@code nlp.Lemmas}, and through nothing else of CoreNLP.
     */
    private static final String MODEL_FREE_LEMMATIZER = "edu.stanford.nlp.process.Morphology";

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
                if (target.getPackageName().startsWith("edu.stanford.nlp")
                        && !target.getName().equals(MODEL_FREE_LEMMATIZER)) {
                    return true;
                }
                todo.push(target);
            }
        }
        return false;
    }

    /** A result type of {@code verify}, or a type nested in one. */
    private static boolean isVerifyResult(JavaClass c) {
        String name = c.getName();
        if (!c.getPackageName().equals(VERIFY)) {
            return false;
        }
        String simple = name.substring(VERIFY.length() + 1);
        int nested = simple.indexOf('$');
        return VERIFY_RESULTS.contains(nested < 0 ? simple : simple.substring(0, nested));
    }

    private static String topPackage(JavaClass c) {
        String rest = c.getPackageName().substring(ROOT.length());
        String trimmed = rest.startsWith(".") ? rest.substring(1) : rest;
        int dot = trimmed.indexOf('.');
        return dot < 0 ? trimmed : trimmed.substring(0, dot);
    }
}
