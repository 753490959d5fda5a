using System;
using System.IO;

namespace ReportParser.Tests.Infrastructure;

/// <summary>Locates the repository (for fixtures/ and docs/) and the shared corpus beside it (../shared/corpus).</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReportParser.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ReportParser.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Fixtures => Path.Combine(Root, "fixtures");

    public static string Docs => Path.Combine(Root, "docs");

    /// <summary>The shared real-report corpus, or null when this checkout has none (tests that need it skip).</summary>
    public static string? Corpus
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("REPORTPARSER_CORPUS")
                ?? Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));
            return Directory.Exists(Path.Combine(path, "truth")) ? path : null;
        }
    }

    public static string Fixture(string relative) => Path.Combine(Fixtures, relative);
}
