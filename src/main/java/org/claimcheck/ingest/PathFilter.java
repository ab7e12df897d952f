package org.claimcheck.ingest;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimcheck.problem.Problem;

/**
 * Include and exclude globs, matched against paths relative to the directory being searched (with {@code /}
 * separators), with the conveniences users expect from tools like git: {@code **}{@code /} also matches no
 * directory at all ({@code **}{@code /*.md} matches {@code a.md}), a glob without {@code /} also matches the
 * file name at any depth ({@code *.md}), and an exclude also prunes directories it names
 * ({@code drafts} or {@code drafts/**}).
 */
final class PathFilter {

    /** One user glob compiled in all the forms it should match. */
    private record Glob(List<PathMatcher> forms, boolean matchesNames) {

        boolean matches(String relative) {
            Path path = Path.of(relative);
            Path name = path.getFileName();
            for (PathMatcher form : forms) {
                if (form.matches(path) || (matchesNames && name != null && form.matches(name))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Glob> includes;
    private final List<Glob> excludes;
    private final List<Glob> excludedDirectories;
    private final List<Problem> problems;

    private PathFilter(List<String> includes, List<String> excludes) {
        this.problems = new ArrayList<>();
        this.includes = compile(includes, false);
        this.excludes = compile(excludes, false);
        this.excludedDirectories = compile(excludes, true);
    }

    static PathFilter of(List<String> includes, List<String> excludes) {
        return new PathFilter(includes, excludes);
    }

    /** Problems with globs that do not compile (they are left out). */
    List<Problem> problems() {
        return List.copyOf(problems);
    }

    boolean acceptsFile(String relative) {
        boolean included = includes.isEmpty() || includes.stream().anyMatch(g -> g.matches(relative));
        return included && excludes.stream().noneMatch(g -> g.matches(relative));
    }

    boolean prunesDirectory(String relative) {
        return excludedDirectories.stream().anyMatch(g -> g.matches(relative));
    }

    private List<Glob> compile(List<String> globs, boolean forDirectories) {
        List<Glob> compiled = new ArrayList<>();
        for (String glob : globs) {
            String g = glob.startsWith("./") ? glob.substring(2) : glob;
            Set<String> forms = new LinkedHashSet<>();
            forms.add(g);
            if (g.startsWith("**/")) {
                forms.add(g.substring(3));
            }
            for (String form : List.copyOf(forms)) {
                forms.add(form.replace("/**/", "/"));
            }
            if (forDirectories) {
                for (String form : List.copyOf(forms)) {
                    if (form.endsWith("/**")) {
                        forms.add(form.substring(0, form.length() - 3));
                    }
                }
            }
            try {
                List<PathMatcher> matchers = new ArrayList<>();
                for (String form : forms) {
                    matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + form));
                }
                compiled.add(new Glob(matchers, !g.contains("/")));
            } catch (IllegalArgumentException e) {
                if (!forDirectories) {
                    problems.add(Problem.error("invalid-glob", glob, null,
                            "invalid glob (" + e.getMessage().lines().findFirst().orElse("") + "): expected a"
                                    + " glob such as **/*.md or drafts/**"));
                }
            }
        }
        return List.copyOf(compiled);
    }
}
