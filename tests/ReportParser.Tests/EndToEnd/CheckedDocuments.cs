using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ReportParser.Fixtures;
using ReportParser.Tests.Infrastructure;

namespace ReportParser.Tests.EndToEnd;

/// <summary>Every fixture and corpus document is checked once per test run, whichever test asks first.</summary>
internal static class CheckedDocuments
{
    private static readonly ConcurrentDictionary<string, Lazy<CheckResult>> Results = new(StringComparer.Ordinal);

    /// <summary>The result of a fixture (path relative to fixtures/).</summary>
    public static CheckResult Fixture(string path) => Checked(RepositoryPaths.Fixture(path));

    /// <summary>The result of a corpus report (path relative to the corpus folder).</summary>
    public static CheckResult Corpus(string source) => Checked(Path.Combine(RepositoryPaths.Corpus!, source));

    /// <summary>Every corpus truth file, in name order; empty when the corpus is absent.</summary>
    public static IReadOnlyList<TruthFile> CorpusTruths() =>
        RepositoryPaths.Corpus is { } corpus
            ? Directory.GetFiles(Path.Combine(corpus, "truth"), "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(TruthFile.Load).ToList()
            : [];

    /// <summary>Every fixture and corpus result with a name for messages.</summary>
    public static IEnumerable<(string Name, CheckResult Result)> All() =>
        FixtureCatalog.All.Select(f => (f.Path, Fixture(f.Path)))
            .Concat(CorpusTruths().Select(t => ("corpus " + t.Source, Corpus(t.Source))));

    private static CheckResult Checked(string fullPath) =>
        Results.GetOrAdd(fullPath, p => new Lazy<CheckResult>(() => ReportChecker.Default.Check(p))).Value;
}
